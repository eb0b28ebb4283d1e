"""Which language the screens speak: Dutch (the default) or English (the code's source text)."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from buurtdesk.paths import resources_folder

# The translators install_language put in place, so a change of language removes them without
# asking the application for its children (at start that would make Python wrappers, and
# their enums, for the event dispatcher, the session manager and the style: ~8 ms).
_INSTALLED: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Replace the translation installed before by the one for `language` ('nl' or 'en')."""
    for old in _INSTALLED:
        if shiboken6.isValid(old):
            app.removeTranslator(old)
            old.deleteLater()
    _INSTALLED.clear()
    if language == "en":
        return None
    ours = QTranslator(app)
    if ours.load(str(resources_folder() / "translations" / f"buurtdesk_{language}.qm")):
        app.installTranslator(ours)
        _INSTALLED.append(ours)
    qt_own = QTranslator(app)  # Qt's own words: the buttons of standard dialogs, context menus
    if qt_own.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_own)
        _INSTALLED.append(qt_own)
    return ours
