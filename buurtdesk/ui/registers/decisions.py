"""Besluiten: the decision register of a council, per year or all years, searchable.

The register is fetched a year at a time (all years only when asked for: a municipality's
council has several hundred decisions over twenty years); the search words filter what is
loaded in memory, so typing never waits on the database.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.views import DecisionView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.undo import VersionedEdit
from buurtdesk.ui.registers.decision_model import ID_ROLE, DecisionFilterProxy, DecisionTableModel


class DecisionsSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = DecisionTableModel(self)
        self.model.editor = self._edit_text
        self.proxy = DecisionFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Decisions"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)

        filters = FlowLayout(spacing=10, fill=True)  # wraps at large text
        self.year_picker = QComboBox()
        self.year_picker.setAccessibleName(self.tr("Year of the decisions"))
        self.year_picker.setAccessibleDescription(
            self.tr("Shows the decisions taken in the chosen year")
        )
        self.year_picker.setMinimumContentsLength(10)
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year_picker)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by word or number, e.g. 2026-014"))
        room_for_placeholder(self.search)
        self.search.setAccessibleName(self.tr("Search decisions"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the decisions whose number or text contains these words")
        )
        search_label = QLabel(self.tr("Sea&rch"))
        search_label.setBuddy(self.search)
        self.count = QLabel()
        self.count.setProperty("class", "muted")
        year = paired(year_label, self.year_picker)
        year.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)  # no wider
        filters.addWidget(year)
        filters.addWidget(paired(search_label, self.search))
        filters.addWidget(self.count)
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setObjectName("decisionTable")
        self.table.setAccessibleName(self.tr("Decision register"))
        self.table.setAccessibleDescription(
            self.tr("F2 edits the text of the chosen decision; Ctrl+Z takes an edit back")
        )
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DecisionTableModel.NUMBER, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # The meeting's date repeats the decision's date: one date column is enough.
        self.table.setColumnHidden(DecisionTableModel.MEETING, True)
        self.fitter = fit_columns(
            self.table, DecisionTableModel.TEXT, 0.3, optional=(DecisionTableModel.VOTE,)
        )
        self.full_text = QLabel()
        self.full_text.setObjectName("decisionFullText")
        self.full_text.setWordWrap(True)
        self.full_text.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.full_text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.full_text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.full_text.setAccessibleName(self.tr("The chosen decision in full"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.full_text)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.year_picker, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.full_text)
        self.year_picker.currentIndexChanged.connect(self._load_year)
        self.search.textChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._show_full_text(None)

    def title(self) -> str:
        return self.tr("Decisions")

    # -- loading and filtering ------------------------------------------------------------------
    def show_council(self, council_id: int) -> None:
        if council_id != self.council_id:
            self.notice.clear()
            self.year_picker.blockSignals(True)
            self.year_picker.clear()  # a new council starts at its newest year
            self.year_picker.blockSignals(False)
        self.council_id = council_id
        self.reload()  # the main window calls this only for the section on screen

    def reload(self) -> None:
        """The years of the register, then the decisions of the chosen year (or all years)."""
        if self.council_id is None:
            return
        years = self.context.services.decisions.years(self.council_id)
        kept = (
            self.year_picker.currentData()
            if self.year_picker.count()
            else (years[0] if years else None)
        )
        self.year_picker.blockSignals(True)
        self.year_picker.clear()
        self.year_picker.addItem(self.tr("All years"), None)
        for year in years:
            self.year_picker.addItem(str(year), year)
        self.year_picker.setCurrentIndex(
            max(0, self.year_picker.findData(kept)) if kept is not None else 0
        )
        self.year_picker.blockSignals(False)
        self._load_year()

    def _load_year(self) -> None:
        if self.council_id is None:
            return
        year = self.year_picker.currentData()
        selected = self.selected_decision_id()
        self.model.set_decisions(
            self.context.services.decisions.list_decisions(self.council_id, year=year)
        )
        self.apply_filters()
        if selected is not None:
            self.select_decision(selected)

    def show_year(self, year: int | None) -> None:
        self.year_picker.setCurrentIndex(
            max(0, self.year_picker.findData(year)) if year is not None else 0
        )

    def apply_filters(self) -> None:
        self.proxy.set_text(self.search.text())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(
            self.tr("%1 of %2 decisions").replace("%1", str(shown)).replace("%2", str(total))
        )
        if total == 0:
            self.full_text.setText(
                self.tr(
                    "No decisions yet. Decisions taken in a meeting appear here with their number."
                )
            )

    # -- selection ------------------------------------------------------------------------------
    def selected_decision_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_decision(self, decision_id: int) -> None:
        row = self.model.row_of(decision_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_full_text(self.selected_decision_id())

    def _show_full_text(self, decision_id: int | None) -> None:
        view = self.model.decision(decision_id) if decision_id is not None else None
        if view is None:
            self.full_text.setText(
                self.tr("Choose a decision to read it in full. F2 edits its text.")
            )
            return
        when = labels.long_date(view.decided_on)
        self.full_text.setText(f"{view.number} · {when}\n{view.text}")

    # -- editing --------------------------------------------------------------------------------
    def _edit_text(self, view: DecisionView, text: str) -> bool:
        self.notice.clear()
        if text.strip() == view.text.strip():
            return True
        decision_id, before = view.id, view.text
        command = VersionedEdit(
            self.tr("Change the text of decision %1").replace("%1", str(view.number)),
            version=view.version,
            apply=lambda version, values: self._update(decision_id, values["text"], version),
            new={"text": text},
            old={"text": before},
            parent=self,
            after=self.reload,
            on_error=self.notice.show_error,
            record=("decisions", decision_id),
            stack=self.context.undo_stack,
        )
        self.context.undo_stack.push(command)
        return command.failed is None

    def _update(self, decision_id: int, text: str, version: int | None) -> DecisionView:
        view = self.context.services.decisions.update_decision(
            decision_id, text=text, expected_version=version
        )
        self.model.replace(view)
        if self.selected_decision_id() == decision_id:
            self._show_full_text(decision_id)
        return view
