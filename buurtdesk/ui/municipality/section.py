"""Gemeente: the district manager's view across every council of the database.

Shown in the sidebar when the database holds more than one council. One table of all councils
(the next meeting and its agenda, the last minutes, open and overdue action points and how
many an organisation owns, the toekomstagenda phase, the budget of the chosen year); sorting
and filtering work on what is in memory. A double click (or Enter) opens that council. Below:
the action points one organisation owns, across every council. On a shared server the
database shows only the councils the user may see, and so does this table.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.municipality.council_model import ID_ROLE, CouncilFilter, CouncilTableModel
from buurtdesk.ui.municipality.organisation_actions import OrganisationActions


class CouncilTable(QTableView):
    """The table of councils: Enter opens the current council, like a double click."""

    open_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MunicipalitySection(Section):
    open_council = Signal(int)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.writer = Background(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        title = QLabel(self.tr("Municipality"))
        title.setObjectName("pageTitle")  # as every section's title
        layout.addWidget(title)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)

        bar = FlowLayout(spacing=8, fill=True)  # wraps at large text; the filter takes the room
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter councils by name"))
        self.filter.setAccessibleName(self.tr("Filter councils"))
        self.filter.setAccessibleDescription(
            self.tr("Shows only the councils whose name has this text")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(self.filter.fontMetrics().averageCharWidth() * 22)
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Show"))
        self.choice.setAccessibleDescription(self.tr("Which councils the table shows"))
        for value, text in (
            (CouncilFilter.ALL, self.tr("All councils")),
            (CouncilFilter.OVERDUE, self.tr("With overdue action points")),
            (CouncilFilter.AGENDA_NOT_READY, self.tr("Agenda not ready")),
            (CouncilFilter.NOT_ADOPTED, self.tr("Minutes not adopted")),
            (CouncilFilter.MUNICIPALITY, self.tr("With action points of the municipality")),
        ):
            self.choice.addItem(text, value)
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Budget year"))
        self.year.setAccessibleDescription(self.tr("The year whose budget the table shows"))
        year_label = QLabel(self.tr("Budget &year"))
        year_label.setBuddy(self.year)
        self.sheet_button = QPushButton(self.tr("&Spreadsheet…"))
        self.sheet_button.setAccessibleDescription(
            self.tr("Save the whole table as a spreadsheet (.xlsx or .csv)")
        )
        self.funds_button = QPushButton(self.tr("&Funds…"))
        self.funds_button.setAccessibleDescription(
            self.tr("The pooled funds: contributions and the shares of the councils")
        )
        self.report_button = QPushButton(self.tr("&Annual report…"))
        self.report_button.setAccessibleDescription(
            self.tr("The annual report of the chosen council, with the chair's foreword")
        )
        bar.addWidget(self.filter)
        bar.addWidget(self.choice)
        bar.addWidget(paired(year_label, self.year))
        bar.addWidget(self.sheet_button)
        bar.addWidget(self.funds_button)
        bar.addWidget(self.report_button)
        layout.addLayout(bar)

        self.model = CouncilTableModel(self)
        self.proxy = CouncilFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = CouncilTable()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Councils"))
        self.table.setAccessibleDescription(
            self.tr("Every council of the municipality; Enter or a double click opens it")
        )
        self.table.setSortingEnabled(True)
        self.table.setTabKeyNavigation(False)  # Tab moves on; the arrows move inside the table
        self.table.sortByColumn(CouncilTableModel.NAME, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Some rows always show: at large text the page scrolls rather than the table shrinking.
        self.table.setMinimumHeight(self.table.fontMetrics().lineSpacing() * 8)
        # Names wrap and show in full; the money columns go first when there is no room
        # (they are on the council's own Buurtbudget page).
        self.fitter = fit_columns(
            self.table,
            CouncilTableModel.NAME,
            0.2,
            optional=(
                CouncilTableModel.ASSIGNED,
                CouncilTableModel.ALLOCATED,
                CouncilTableModel.SPENT,
                CouncilTableModel.OWNED,
                CouncilTableModel.LAST,
                CouncilTableModel.FREE,
            ),
        )
        self.summary = QLabel()
        self.summary.setProperty("class", "muted")
        self.organisations = OrganisationActions(context)
        # The councils above the action points of one organisation, sharing the height; at
        # large text each keeps the room its rows and wrapped pickers need and the page scrolls.
        layout.addWidget(self.table, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.organisations, 2)

        self.filter.textChanged.connect(self._filtered)
        self.choice.currentIndexChanged.connect(
            lambda: self._filtered_by(self.choice.currentData())
        )
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.table.doubleClicked.connect(self._open)
        self.table.open_requested.connect(self._open)
        self.sheet_button.clicked.connect(self.save_sheet)
        self.funds_button.clicked.connect(self.open_funds)
        self.report_button.clicked.connect(self.open_annual_report)

    def title(self) -> str:
        return self.tr("Municipality")

    @staticmethod
    def wanted(council_count: int) -> bool:
        """The section is there for a municipality: more than one council."""
        return council_count > 1

    # -- contents ------------------------------------------------------------------------------
    def reload(self) -> None:
        services = self.context.services.municipality
        try:
            self._fill_years(services.budget_years())
            rows = services.councils_table(self.year.currentData())
            self.model.set_councils(rows)
            self.organisations.load([(r.council_id, r.name) for r in rows])
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        self._summarise()

    def _fill_years(self, years: list[int]) -> None:
        chosen = self.year.currentData() or self.context.current_date().year
        self.year.blockSignals(True)
        self.year.clear()
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(self.year.findData(chosen), 0))
        self.year.blockSignals(False)

    def _year_chosen(self) -> None:
        try:
            rows = self.context.services.municipality.councils_table(self.year.currentData())
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        self.model.set_councils(rows)
        self._summarise()

    def _filtered(self, text: str) -> None:
        self.proxy.set_text(text)
        self._summarise()

    def _filtered_by(self, choice: int) -> None:
        self.proxy.set_choice(choice)
        self._summarise()

    def _summarise(self) -> None:
        rows = self.model.councils
        late = sum(1 for r in rows if r.overdue_actions)
        self.summary.setText(
            self.tr("%1 of %2 councils shown; %3 with overdue action points")
            .replace("%1", str(self.proxy.rowCount()))
            .replace("%2", str(len(rows)))
            .replace("%3", str(late))
        )

    def chosen_council(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.proxy.data(index, ID_ROLE))

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_council.emit(int(self.proxy.data(index, ID_ROLE)))

    # -- the spreadsheet, funds, annual report ------------------------------------------------
    def _ask_save_path(self, suggested: str) -> Path | None:
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the councils as a spreadsheet"),
            suggested,
            self.tr("Spreadsheets (*.xlsx *.csv)"),
        )
        return Path(name) if name else None

    def save_sheet(self) -> bool:
        year = self.year.currentData()
        chosen = self.ask_save_path(self.tr("councils-%1.xlsx").replace("%1", str(year)))
        if chosen is None:
            return False
        if chosen.suffix.lower() not in (".xlsx", ".csv"):
            chosen = chosen.with_suffix(".xlsx")
        from buurtdesk.exchange.council_sheet import council_sheet
        from buurtdesk.exchange.sheets import load_writer, write_sheet
        from buurtdesk.ui.common import labels

        load_writer(chosen)
        services, language = self.context.services, labels.ui_language()
        return self.writer.start(
            lambda: write_sheet(council_sheet(services, year, language), chosen),
            lambda path: self.summary.setText(self.tr("Saved: %1").replace("%1", str(path))),
            self.notice.show_message,
        )

    def open_funds(self) -> QWidget:
        from buurtdesk.ui.municipality.funds import FundDialog

        dialog = FundDialog(self.context, self, after=self.reload)
        dialog.open()
        return dialog

    def open_annual_report(self) -> QWidget | None:
        from buurtdesk.ui.municipality.annual_report import AnnualReportDialog

        council_id = self.chosen_council() or self.council_id
        if council_id is None:
            return None
        dialog = AnnualReportDialog(self.context, council_id, self)
        dialog.open()
        return dialog
