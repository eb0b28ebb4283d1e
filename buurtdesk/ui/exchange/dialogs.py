"""The File menu's exchange entries, and the meeting's "Uitnodiging als agenda-item".

"Export for…" writes the council, or one meeting, to a .buurtdesk file; "Import…" opens the
import preview (import_preview.py); the action list and the decision register go to XLSX or
CSV by the file name chosen. Every file is written off the UI thread; the result is said in
one sentence in the status bar, a failure in one sentence in a message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QMenu,
    QMessageBox,
    QStatusBar,
    QWidget,
)

from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.services import Services
from buurtdesk.ui.common.accessible import fit_message
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.exchange.export_dialog import PACKAGE_SUFFIX, ExportDialog
from buurtdesk.ui.exchange.invitation import InvitationWriter

if TYPE_CHECKING:
    from buurtdesk.ui.exchange.import_preview import ImportPreviewDialog


__all__ = ["PACKAGE_SUFFIX", "ExchangeMenu", "ExportDialog", "InvitationWriter"]


class ExchangeWindow(Protocol):
    """What the exchange entries need from the main window."""

    @property
    def file_menu(self) -> QMenu: ...

    @property
    def exchange_slot(self) -> QAction:
        """The File-menu entry the exchange entries go before."""
        ...

    @property
    def context(self) -> Context: ...

    @property
    def council_id(self) -> int | None: ...

    @property
    def sections(self) -> Sequence[Section]: ...

    def load_councils(self) -> None: ...

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs."""
        ...


class ExchangeMenu(QObject):
    """The exchange entries of a main window's File menu."""

    def __init__(self, window: ExchangeWindow) -> None:
        super().__init__(window.window())
        self.window = window
        self.widget = window.window()
        self.background = Background(self)
        self.dialog: QDialog | None = None
        menu = window.file_menu
        first = window.exchange_slot  # after the council entries, before the backups
        self.export_action = self._action(self.tr("&Export for…"), self.open_export)
        self.import_action = self._action(self.tr("&Import…"), self.choose_import)
        self.actions_sheet = self._action(
            self.tr("Action &list as spreadsheet…"), lambda: self.save_sheet("actions")
        )
        self.decisions_sheet = self._action(
            self.tr("&Decision register as spreadsheet…"), lambda: self.save_sheet("decisions")
        )
        self.import_action.setEnabled(not window.context.read_only)
        for action in (
            self.export_action,
            self.import_action,
            self.actions_sheet,
            self.decisions_sheet,
        ):
            menu.insertAction(first, action)
        menu.insertSeparator(first)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.widget)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    @property
    def services(self) -> Services:
        return self.window.context.services

    def _say(self, sentence: str) -> None:
        self.window.statusBar().showMessage(sentence, 15_000)

    def _warn(self, sentence: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            "BuurtDesk",
            sentence,
            QMessageBox.StandardButton.Ok,
            self.widget,
        )
        box.button(QMessageBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Closes this message")
        )
        fit_message(box)
        box.open()
        self.warning = box

    def _selected_meeting(self) -> int | None:
        """The meeting chosen in the Meetings section, else the next one not yet held."""
        for section in self.window.sections:
            editor = getattr(section, "editor", None)
            meeting_id = (
                editor.meeting_id()
                if editor is not None and hasattr(editor, "meeting_id")
                else None
            )
            if meeting_id is not None:
                return int(meeting_id)
        council_id = self.window.council_id
        if council_id is None:
            return None
        today = self.window.context.current_date()
        coming = [
            m
            for m in self.services.meetings.list_meetings(council_id)
            if m.status != MeetingStatus.CLOSED and m.date >= today
        ]
        return min(coming, key=lambda m: m.date).id if coming else None

    # -- export and import ------------------------------------------------------------------------
    def open_export(self) -> ExportDialog | None:
        council_id = self.window.council_id
        if council_id is None:
            self._warn(self.tr("There is no council to export yet."))
            return None
        dialog = ExportDialog(self.services, council_id, self._selected_meeting(), self.widget)
        dialog.exported.connect(self._say)
        dialog.open()
        self.dialog = dialog
        return dialog

    def choose_import(self) -> ImportPreviewDialog | None:
        name, _filter = QFileDialog.getOpenFileName(
            self.widget,
            self.tr("Import a BuurtDesk package"),
            "",
            self.tr("BuurtDesk packages (*.buurtdesk);;All files (*)"),
        )
        return self.open_import(Path(name)) if name else None

    def open_import(self, path: Path) -> ImportPreviewDialog:
        # The exchange code loads when it is first used, not when the window is built.
        from buurtdesk.ui.exchange.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(
            self.services, path, read_only=self.window.context.read_only, parent=self.widget
        )
        dialog.imported.connect(self._imported)
        dialog.open()
        dialog.start()
        self.dialog = dialog
        return dialog

    def _imported(self) -> None:
        self.window.context.undo_stack.clear()  # the history belongs to the data before the import
        self.window.load_councils()
        sentence = getattr(self.dialog, "result_sentence", None)
        if sentence:
            self._say(sentence)

    # -- spreadsheets -----------------------------------------------------------------------------
    def save_sheet(self, what: str) -> bool:
        council_id = self.window.council_id
        if council_id is None:
            self._warn(self.tr("There is no council yet."))
            return False
        stem = self.tr("action-list") if what == "actions" else self.tr("decision-register")
        xlsx, csv = self.tr("Excel workbook (*.xlsx)"), self.tr("CSV, comma-separated (*.csv)")
        name, chosen_filter = QFileDialog.getSaveFileName(
            self.widget, self.tr("Save as spreadsheet"), f"{stem}.xlsx", f"{xlsx};;{csv}"
        )
        if not name:
            return False
        target = Path(name)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + (".csv" if chosen_filter == csv else ".xlsx"))
        services = self.services
        from buurtdesk.exchange.sheets import action_sheet, decision_sheet, load_writer, write_sheet

        load_writer(target)  # here, on the UI thread; the writing itself runs in the background

        def work() -> Path:
            sheet = (
                action_sheet(services, council_id)
                if what == "actions"
                else decision_sheet(services, council_id)
            )
            return write_sheet(sheet, target)

        written = (
            self.tr("The action list is written to %1.")
            if what == "actions"
            else self.tr("The decision register is written to %1.")
        )
        return self.background.start(
            work, lambda path: self._say(written.replace("%1", str(path))), self._warn
        )


def install_exchange_menu(window: ExchangeWindow) -> ExchangeMenu:
    """Add the exchange entries to the window's File menu (called by the main window, which
    keeps the menu)."""
    return ExchangeMenu(window)
