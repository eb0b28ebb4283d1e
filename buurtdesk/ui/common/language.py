"""Which language the screens speak: Dutch (the default) or English (the code's source text)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from buurtdesk.paths import resources_folder


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Replace whatever translation is installed by the one for `language` ('nl' or 'en')."""
    for old in app.findChildren(QTranslator):
        app.removeTranslator(old)
        old.deleteLater()
    if language == "en":
        return None
    ours = QTranslator(app)
    if ours.load(str(resources_folder() / "translations" / f"buurtdesk_{language}.qm")):
        app.installTranslator(ours)
    qt_own = QTranslator(app)  # Qt's own words: the buttons of standard dialogs, context menus
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
    return ours
