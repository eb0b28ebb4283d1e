"""The main window's menus, its search and backups entries and the read-only banner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox, QSizePolicy, QToolBar

from buurtdesk import __version__

if TYPE_CHECKING:
    from buurtdesk.ui.main_window import MainWindow
    from buurtdesk.ui.safety.backups import BackupsDialog


def build_menus(window: MainWindow) -> None:
    file_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    preferences = QAction(QCoreApplication.translate("MainWindow", "&Preferences…"), window)
    preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.triggered.connect(window.preferences_requested.emit)
    file_menu.addAction(preferences)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), window)
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)
    window.file_menu = file_menu

    edit_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo = window.context.undo_stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = window.context.undo_stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    edit_menu.addAction(undo)
    edit_menu.addAction(redo)
    window.edit_menu = edit_menu

    window.view_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    for section in window.sections:
        window._add_view_action(section)

    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about_action = QAction(QCoreApplication.translate("MainWindow", "&About BuurtDesk"), window)
    about_action.triggered.connect(lambda: about(window))
    help_menu.addAction(about_action)


def add_search_and_backups(window: MainWindow) -> None:
    search = QAction(QCoreApplication.translate("MainWindow", "&Search…"), window)
    search.setShortcut(QKeySequence.StandardKey.Find)
    search.triggered.connect(lambda: window.window_keys.go_to_search())
    window.edit_menu.addSeparator()
    window.edit_menu.addAction(search)
    window.search_action = search
    window.search_dialog = None
    if window.context.services.database_path is not None:
        backups = QAction(QCoreApplication.translate("MainWindow", "&Backups…"), window)
        backups.triggered.connect(window.open_backups)
        window.file_menu.insertAction(window.file_menu.actions()[0], backups)
        window.file_menu.insertSeparator(window.file_menu.actions()[1])
        window.backups_action = backups


def add_council_actions(window: MainWindow) -> None:
    new = QAction(QCoreApplication.translate("MainWindow", "&New council…"), window)
    new.triggered.connect(window.new_council)
    details = QAction(QCoreApplication.translate("MainWindow", "Council de&tails…"), window)
    details.triggered.connect(window.council_details)
    first = window.file_menu.actions()[0]
    window.file_menu.insertAction(first, new)
    window.file_menu.insertAction(first, details)
    report = QAction(QCoreApplication.translate("MainWindow", "&Annual report…"), window)
    report.triggered.connect(window.annual_report)
    window.file_menu.insertAction(first, report)
    window.annual_report_action = report
    window.file_menu.insertSeparator(first)
    for action in (new, details):
        action.setEnabled(not window.context.read_only)
    window.new_council_action, window.details_action = new, details
    window.exchange_slot = first  # the exchange entries go between these and the backups
    window.overview.add_council_requested.connect(window.new_council)


def add_read_only_banner(window: MainWindow) -> None:
    """A second BuurtDesk on the same file, or a read-only folder: say so, always visible."""
    bar = QToolBar(QCoreApplication.translate("MainWindow", "Read-only"))
    bar.setObjectName("readOnlyBanner")
    bar.setMovable(False)
    bar.setFloatable(False)
    window.read_only_banner = QLabel(
        QCoreApplication.translate(
            "MainWindow",
            "Read-only: this database is open in another BuurtDesk, or the file or its folder is read-only. You can look, not change.",
        )
    )
    window.read_only_banner.setWordWrap(True)
    window.read_only_banner.setSizePolicy(
        QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
    )
    window.read_only_banner.setStyleSheet(
        "QLabel { background: #fff3cd; color: #5c4400; padding: 8px 12px; font-weight: bold; }"
    )
    bar.addWidget(window.read_only_banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    window.setWindowTitle(QCoreApplication.translate("MainWindow", "BuurtDesk (read-only)"))


def about(window: MainWindow) -> None:
    from buurtdesk.ui.common.accessible import fit_message

    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "About BuurtDesk"),
        QCoreApplication.translate(
            "MainWindow",
            "BuurtDesk %1\n\nMeetings, action points, the toekomstagenda and the buurtbudget for district and village councils.\n\nEverything stays on this computer.",
        ).replace("%1", __version__),
        QMessageBox.StandardButton.Ok,
        window,
    )
    fit_message(box)
    box.exec()
    box.deleteLater()


def fit_sidebar(window: MainWindow) -> None:
    """Wide enough for the council names and the sections at the chosen text size, and
    never more than a third of a 1366-pixel screen."""
    if not hasattr(window, "council_picker"):
        return
    picker = window.council_picker
    metrics = picker.fontMetrics()
    names = [picker.itemText(i) for i in range(picker.count())]
    names += [s.title() for s in window.sections]
    widest = max((metrics.horizontalAdvance(n) for n in names), default=0)
    arrow = window.style().pixelMetric(window.style().PixelMetric.PM_ScrollBarExtent)
    window.sidebar.setFixedWidth(min(455, max(260, widest + arrow + 24 + 36)))


def open_backups(window: MainWindow) -> BackupsDialog | None:
    from buurtdesk.ui.safety.backups import BackupsDialog

    path = window.context.services.database_path
    if path is None:
        return None

    def after_restore() -> None:
        window.context.undo_stack.clear()  # the undo history belongs to the replaced data
        window.load_councils()

    dialog = BackupsDialog(
        path, read_only=window.context.read_only, after_restore=after_restore, parent=window
    )
    dialog.open()
    return dialog
