"""The main window: the council picker and the sections in a sidebar, the chosen section beside it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk import __version__
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.first_look import FirstLook
from buurtdesk.services.overview_views import OverviewView
from buurtdesk.ui import window_menus
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.reflow import reflowing
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.overview import OverviewSection
from buurtdesk.ui.window_keys import WindowKeys

if TYPE_CHECKING:
    from buurtdesk.services.views import CouncilView
    from buurtdesk.ui.council_details import CouncilDetailsDialog
    from buurtdesk.ui.exchange.dialogs import ExchangeMenu
    from buurtdesk.ui.safety.backups import BackupsDialog
    from buurtdesk.ui.search import SearchDialog

SectionFactory = Callable[[Context], Section]


class MainWindow(QMainWindow):
    council_changed = Signal(int)
    preferences_requested = Signal()
    # Made by window_menus:
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    search_action: QAction
    search_dialog: SearchDialog | None
    backups_action: QAction
    annual_report_action: QAction
    new_council_action: QAction
    details_action: QAction
    exchange_slot: QAction
    read_only_banner: QLabel
    sections_ready = Signal()  # every section is built: the whole start is done

    def __init__(
        self,
        context: Context,
        extra_sections: list[SectionFactory] | None = None,
        settings: QSettings | None = None,
        first_look: FirstLook | None = None,
        menus_later: bool = False,
    ) -> None:
        """`first_look`: the councils and the overview already read at start (before the
        services are open), so the first screen is painted without them. `menus_later`: the
        exchange entries join the File menu with the sections added later."""
        super().__init__()
        self.context = context
        self.settings = settings
        self.setWindowTitle("BuurtDesk")
        self.setMinimumSize(900, 600)
        self.sections: list[Section] = []
        self._view_actions: list[QAction] = []
        self._council_for_hidden: dict[Section, int] = {}

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.setCentralWidget(central)

        sidebar = QWidget()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(260)  # grows with the text and the council names: _fit_sidebar
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(12, 16, 12, 12)
        side.setSpacing(10)
        picker_label = QLabel(self.tr("&Council"))
        self.council_picker = QComboBox()
        self.council_picker.setAccessibleName(self.tr("Council"))
        self.council_picker.setAccessibleDescription(
            self.tr("Choose the council whose work is shown")
        )
        picker_label.setBuddy(self.council_picker)
        side.addWidget(picker_label)
        side.addWidget(self.council_picker)
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_field.setAccessibleName(self.tr("Search"))
        self.search_field.returnPressed.connect(lambda: self.open_search(self.search_field.text()))
        side.addWidget(self.search_field)
        self.section_list = QListWidget()
        self.section_list.setObjectName("sections")
        self.section_list.setAccessibleName(self.tr("Sections"))
        self.section_list.setAccessibleDescription(self.tr("Choose what to work on"))
        self.section_list.setWordWrap(True)
        self.section_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.addWidget(self.section_list, 1)
        version = QLabel(f"BuurtDesk {__version__}")
        version.setProperty("class", "muted")
        side.addWidget(version)
        layout.addWidget(sidebar)
        self.sidebar = sidebar

        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        self.overview = OverviewSection(context)
        self.add_section(self.overview)
        for factory in extra_sections or []:
            self.add_section(factory(context))

        window_menus.build_menus(self)
        window_menus.add_search_and_backups(self)
        self.window_keys = WindowKeys(self)
        window_menus.add_council_actions(self)
        self._exchange_menu: ExchangeMenu | None = None
        if not menus_later:
            self.exchange_menu  # noqa: B018 - adds its entries
        if context.read_only:
            window_menus.add_read_only_banner(self)
        self.section_list.currentRowChanged.connect(self._show_section)
        self.council_picker.currentIndexChanged.connect(self._council_picked)
        self.section_list.setCurrentRow(0)
        self.load_councils(first_look)

    # -- sections --------------------------------------------------------------------------
    def add_section(self, section: Section) -> None:
        self.sections.append(section)
        self.stack.addWidget(reflowing(section))
        item = QListWidgetItem(section.title())
        item.setData(Qt.ItemDataRole.AccessibleTextRole, section.title())
        self.section_list.addItem(item)
        if hasattr(self, "view_menu"):
            self._add_view_action(section)
        if hasattr(self, "window_keys"):
            self.window_keys.section_added(section)
        self._fit_sidebar()
        opener = getattr(section, "open_council", None)
        if opener is not None:  # the Gemeente table: a double click opens that council
            opener.connect(self.open_council)
        self._show_wanted_sections()
        if self.council_id is None:
            self._sections_usable(False)
            return
        if self.shown_section() is section:
            section.show_council(self.council_id)
        else:  # a hidden section loads the council when it is first shown
            self._council_for_hidden[section] = self.council_id

    def add_sections_later(self, factories: Callable[[], list[SectionFactory]]) -> None:
        """Build the other sections once the overview is on screen (a faster start): their
        code is loaded then, too. All in one go, right after the database is opened: keys
        pressed meanwhile (F5, Ctrl+3) wait and then find every section there."""
        self.exchange_menu  # noqa: B018 - its File-menu entries
        for factory in factories():
            self.add_section(factory(self.context))
        self.sections_ready.emit()

    def _add_view_action(self, section: Section) -> None:
        number = self.sections.index(section)
        action = QAction(section.title(), self)
        if number < 9:
            action.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
        action.triggered.connect(
            lambda _checked=False, row=number: self.section_list.setCurrentRow(row)
        )
        self.view_menu.addAction(action)
        self._view_actions.append(action)

    def _show_wanted_sections(self) -> None:
        """A section that is only there for some databases (Gemeente: more than one council)
        is hidden from the sidebar and the View menu otherwise."""
        count = self.council_picker.count() if hasattr(self, "council_picker") else 0
        for row, section in enumerate(self.sections):
            wanted = getattr(section, "wanted", None)
            shown = wanted(count) if callable(wanted) else True
            self.section_list.item(row).setHidden(not shown)
            if row < len(self._view_actions):
                self._view_actions[row].setVisible(shown)
            if not shown and self.shown_section() is section:
                self.section_list.setCurrentRow(0)

    def open_council(self, council_id: int) -> None:
        """Choose the council and show its overview (from the Gemeente table)."""
        index = self.council_picker.findData(council_id)
        if index < 0:
            return
        self.section_list.setCurrentRow(0)
        self.council_picker.setCurrentIndex(index)

    def _sections_usable(self, usable: bool) -> None:
        """Without any council only the overview (with its welcome) can be chosen: the other
        sections would show empty editors that belong to no council."""
        for row in range(1, self.section_list.count()):
            item = self.section_list.item(row)
            flags = item.flags()
            enabled = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            item.setFlags(flags | enabled if usable else flags & ~enabled)
        for action in self._view_actions[1:]:
            action.setEnabled(usable)
        if not usable:
            self.section_list.setCurrentRow(0)

    def shown_section(self) -> QWidget | None:
        row = self.stack.currentIndex()
        return self.sections[row] if 0 <= row < len(self.sections) else None

    def _fit_sidebar(self) -> None:
        window_menus.fit_sidebar(self)

    def show_section(self, section: Section) -> None:
        self.section_list.setCurrentRow(self.sections.index(section))

    def _show_section(self, row: int) -> None:
        if 0 <= row < len(self.sections):
            self._catch_up(self.sections[row])
            self.stack.setCurrentIndex(row)

    def _catch_up(self, section: Section) -> None:
        """A hidden section learns of a council change when it is shown, not before."""
        council_id = self._council_for_hidden.pop(section, None)
        if council_id is None:
            return
        try:
            section.show_council(council_id)
        except BuurtDeskError as exc:
            self.show_error(exc)

    @property
    def exchange_menu(self) -> ExchangeMenu:
        """The exchange entries of the File menu (export, import, spreadsheets), added when
        first needed: after the first paint at start, or by whoever asks before that."""
        if self._exchange_menu is None:
            from buurtdesk.ui.exchange.dialogs import install_exchange_menu

            self._exchange_menu = install_exchange_menu(self)
        return self._exchange_menu

    @exchange_menu.setter
    def exchange_menu(self, menu: ExchangeMenu) -> None:
        self._exchange_menu = menu

    # -- councils --------------------------------------------------------------------------
    @property
    def council_id(self) -> int | None:
        data = self.council_picker.currentData() if hasattr(self, "council_picker") else None
        return int(data) if data is not None else None

    def load_councils(self, first_look: FirstLook | None = None) -> None:
        councils = (
            list(first_look.councils)
            if first_look is not None
            else self.context.services.councils.list_councils()
        )
        stored = str(self.settings.value("council_id", 0) or 0) if self.settings else "0"
        remembered = int(stored) if stored.isdigit() else 0  # a hand-edited setting is ignored
        self._fill_picker(councils, remembered)
        if councils:
            self._council_picked(first_view=first_look.overview if first_look is not None else None)

    def refresh_councils(self, council_id: int) -> None:
        """After a council was added or its details changed (or that was undone): the picker
        and the shown section read it again, with `council_id` chosen."""
        councils = self.context.services.councils.list_councils()
        self._fill_picker(councils, council_id)
        if councils:
            self._council_picked()

    def _fill_picker(self, councils: list[CouncilView], chosen: int) -> None:
        self.council_picker.blockSignals(True)
        self.council_picker.clear()
        for council in councils:
            self.council_picker.addItem(council.name, council.id)
            self.council_picker.setItemData(
                self.council_picker.count() - 1,
                labels.council_kind(council.kind),
                Qt.ItemDataRole.ToolTipRole,
            )
        index = self.council_picker.findData(chosen) if chosen else -1
        self.council_picker.setCurrentIndex(max(0, index))
        self.council_picker.blockSignals(False)
        self._fit_sidebar()
        self.details_action.setEnabled(bool(councils) and not self.context.read_only)
        self.annual_report_action.setEnabled(bool(councils))
        self.overview.show_empty(not councils, can_add=not self.context.read_only)
        self._sections_usable(bool(councils))
        self._show_wanted_sections()

    def _council_picked(
        self, _index: int | None = None, first_view: OverviewView | None = None
    ) -> None:
        council_id = self.council_id
        if council_id is None:
            return
        if self.settings is not None:
            self.settings.setValue("council_id", council_id)
        shown = self.shown_section()
        for section in self.sections:
            if (
                section is shown
                and section is self.overview
                and first_view is not None
                and first_view.council.id == council_id
            ):
                self._council_for_hidden.pop(section, None)
                self.overview.show_first_view(first_view)
            elif section is shown:
                self._council_for_hidden.pop(section, None)
                try:
                    section.show_council(council_id)
                except BuurtDeskError as exc:
                    self.show_error(exc)
            else:  # switching council stays quick: hidden sections load when they are shown
                self._council_for_hidden[section] = council_id
        self.council_changed.emit(council_id)

    def new_council(self) -> CouncilDetailsDialog:
        from buurtdesk.ui.council_details import CouncilDetailsDialog

        dialog = CouncilDetailsDialog(self.context, None, self, after=self.refresh_councils)
        dialog.open()
        return dialog

    def council_details(self) -> CouncilDetailsDialog | None:
        from buurtdesk.ui.council_details import CouncilDetailsDialog

        if self.council_id is None:
            return None
        council = self.context.services.councils.get_council(self.council_id)
        dialog = CouncilDetailsDialog(self.context, council, self, after=self.refresh_councils)
        dialog.open()
        return dialog

    # -- menus -----------------------------------------------------------------------------
    def annual_report(self) -> QWidget | None:
        """The current council's annual report: the chair's foreword, the PDF, a Word copy."""
        from buurtdesk.ui.municipality.annual_report import AnnualReportDialog

        if self.council_id is None:
            return None
        dialog = AnnualReportDialog(self.context, self.council_id, self)
        dialog.open()
        return dialog

    def open_search(self, text: str = "") -> SearchDialog:
        from buurtdesk.ui.search import SearchDialog, open_hit

        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.context.services, self)
            self.search_dialog.hit_chosen.connect(lambda hit: open_hit(self, hit))
        self.search_dialog.start(text)
        return self.search_dialog

    def open_backups(self) -> BackupsDialog | None:
        return window_menus.open_backups(self)

    def show_error(self, error: BuurtDeskError) -> None:
        from buurtdesk.ui.common.accessible import fit_message

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("BuurtDesk"),
            error.message(labels.ui_language()),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.button(QMessageBox.StandardButton.Ok).setAccessibleDescription(
            self.tr("Close this message and go back to the window")
        )
        fit_message(box)
        box.exec()
        box.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        for section in self.sections:
            flush = getattr(section, "flush_pending_edits", None)
            if callable(flush):
                flush()
        super().closeEvent(event)
