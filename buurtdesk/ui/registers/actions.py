"""Actiepunten: every action point of the council across meetings, filtered, edited in place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import parse_date
from buurtdesk.domain.enums import ActionStatus
from buurtdesk.domain.errors import BuurtDeskError, ConcurrentEdit
from buurtdesk.services.actions import ActionFilter
from buurtdesk.services.views import ActionPointView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.registers.action_editing import (
    ActionDelegate,
    ActionHistoryPane,
    ListedOnDemandComboBox,
)
from buurtdesk.ui.registers.action_model import (
    ID_ROLE,
    ActionCriteria,
    ActionFilterProxy,
    ActionTableModel,
    owner_ids,
    owner_key,
)


class ActionsSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = ActionTableModel(context.current_date, self)
        self.model.editor = self._edit
        self.proxy = ActionFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._meeting_actions: dict[int, frozenset[int]] = {}
        self._loaded_council: int | None = None
        self._complete = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Action points"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)

        filters = FlowLayout(spacing=10)  # the filters wrap onto a second line at large text
        self.show_filter = self._combo(self.tr("Which action points to show"))
        self.show_filter.setAccessibleDescription(
            self.tr("Chooses between open, overdue and all action points")
        )
        self.show_filter.addItem(self.tr("Open"), "open")
        self.show_filter.addItem(self.tr("Overdue"), "overdue")
        self.show_filter.addItem(self.tr("All"), "all")
        self.owner_filter = self._combo(
            self.tr("Only the action points of this person or organisation")
        )
        self.owner_filter.setAccessibleDescription(
            self.tr("Shows only the action points of the chosen person or organisation")
        )
        self.project_filter = self._combo(self.tr("Only the action points of this project"))
        self.project_filter.setAccessibleDescription(
            self.tr("Shows only the action points of the chosen project")
        )
        self.meeting_filter = ListedOnDemandComboBox(self._list_meetings)
        self._style_combo(self.meeting_filter, self.tr("Only the action points of this meeting"))
        self.meeting_filter.setAccessibleDescription(
            self.tr("Shows only the action points of the chosen meeting")
        )
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search in what, who, project and progress"))
        room_for_placeholder(self.search)
        self.search.setAccessibleName(self.tr("Search action points"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the action points whose text contains these words")
        )
        self.count = QLabel()
        self.count.setProperty("class", "muted")
        search_label = QLabel(self.tr("Sea&rch"))
        search_label.setBuddy(self.search)
        search_caption = QHBoxLayout()
        search_caption.addWidget(search_label)
        search_caption.addStretch(1)
        search_caption.addWidget(self.count)
        for caption, widget, chars in (
            (self.tr("&Show"), self.show_filter, 12),
            (self.tr("&Who"), self.owner_filter, 18),
            (self.tr("&Project"), self.project_filter, 18),
            (self.tr("&Meeting"), self.meeting_filter, 18),
            ("", self.search, 30),
        ):
            if caption:
                label = QLabel(caption)
                label.setBuddy(widget)
                filters.addWidget(captioned(label, widget, chars))
            else:
                filters.addWidget(captioned(search_caption, widget, chars))
        layout.addLayout(filters)

        self.table = QTableView()
        self.table.setObjectName("actionTable")
        self.table.setAccessibleName(self.tr("Action points"))
        self.table.setAccessibleDescription(
            self.tr("F2 edits the chosen cell; Ctrl+Z takes an edit back")
        )
        self.table.setModel(self.proxy)
        self.delegate = ActionDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ActionTableModel.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # "Wat" and the last progress wrap and show in full at any text size.
        self.fitter = fit_columns(
            self.table,
            ActionTableModel.WHAT,
            optional=(
                ActionTableModel.CARRIED,
                ActionTableModel.MEETING,
                ActionTableModel.PROJECT,
                ActionTableModel.PROGRESS,  # it shows in full in the history below
            ),
        )
        self.history = ActionHistoryPane()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.history)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.setTabOrder(self.show_filter, self.owner_filter)
        self.setTabOrder(self.owner_filter, self.project_filter)
        self.setTabOrder(self.project_filter, self.meeting_filter)
        self.setTabOrder(self.meeting_filter, self.search)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.history.table)

        self.show_filter.currentIndexChanged.connect(self._show_changed)
        for combo in (self.owner_filter, self.project_filter, self.meeting_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.proxy.rowsInserted.connect(self._show_count)
        self.proxy.rowsRemoved.connect(self._show_count)
        self.proxy.modelReset.connect(self._show_count)
        self.proxy.layoutChanged.connect(self._show_count)

    def title(self) -> str:
        return self.tr("Action points")

    @classmethod
    def _combo(cls, description: str) -> QComboBox:
        return cls._style_combo(QComboBox(), description)

    @staticmethod
    def _style_combo(combo: QComboBox, description: str) -> QComboBox:
        combo.setAccessibleName(description)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(combo.fontMetrics().averageCharWidth() * 30)
        return combo

    # -- loading --------------------------------------------------------------------------------
    def show_council(self, council_id: int) -> None:
        if council_id != self.council_id:
            self.notice.clear()
        self.council_id = council_id
        self.reload()  # the main window calls this only for the section on screen

    def reload(self) -> None:
        if self.council_id is None:
            return
        services = self.context.services
        new_council = self.council_id != self._loaded_council
        self._loaded_council = self.council_id
        self._meeting_actions.clear()
        selected = None if new_council else self.selected_action_id()
        # Open and overdue need only the open action points (a dozen, not a thousand): the
        # closed ones are fetched when "All" is chosen.
        self._complete = self.show_filter.currentData() == "all"
        actions = services.actions.list_actions(
            self.council_id, None if self._complete else ActionFilter(open_only=True)
        )
        people = services.councils.people_of_council(self.council_id)
        self.model.set_actions(actions)
        owners = {f"p{p.id}": p.display_name for p in people}
        organisations = {}
        for action in actions:
            key = owner_key(action.owner_person_id, action.owner_organisation_id)
            if key.startswith("o"):
                organisations[key] = action.owner_name
            elif key and key not in owners:
                owners[key] = action.owner_name
        for org in services.councils.list_organisations():
            organisations.setdefault(f"o{org.id}", org.name)
        choices = sorted(owners.items(), key=lambda kv: kv[1].casefold()) + sorted(
            organisations.items(), key=lambda kv: kv[1].casefold()
        )
        self.delegate.owner_choices = choices
        self._fill(self.owner_filter, self.tr("Everyone"), choices)
        projects = sorted(
            {(a.project_id, a.project_name) for a in actions if a.project_id is not None},
            key=lambda p: p[1].casefold(),
        )
        self.delegate.project_choices = [
            (p.id, p.name) for p in services.projects.council_projects(self.council_id)
        ]
        self._fill(
            self.project_filter, self.tr("All projects"), [(pid, name) for pid, name in projects]
        )
        if new_council or not self.meeting_filter.listed:
            self._fill(self.meeting_filter, self.tr("All meetings"), [])
            self.meeting_filter.listed = False
        else:
            self._list_meetings()
        self.apply_filters()
        self.select_action(selected)

    def _list_meetings(self) -> None:
        if self.council_id is None:
            return
        meetings = self.context.services.meetings.list_meetings(self.council_id)
        self._fill(
            self.meeting_filter,
            self.tr("All meetings"),
            [
                (m.id, f"{labels.short_date(m.date)} · {m.title or labels.meeting_kind(m.kind)}")
                for m in reversed(meetings)
            ],
        )

    def _fill(self, combo: QComboBox, everything: str, choices: list[tuple[Any, str]]) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
        combo.blockSignals(False)

    # -- filters --------------------------------------------------------------------------------
    def _show_changed(self) -> None:
        if self.show_filter.currentData() == "all" and not self._complete:
            self.reload()
        else:
            self.apply_filters()

    def apply_filters(self) -> None:
        meeting_id = self.meeting_filter.currentData()
        meeting_actions = None
        if meeting_id is not None and self.council_id is not None:
            if meeting_id not in self._meeting_actions:
                found = self.context.services.actions.list_actions(
                    self.council_id, ActionFilter(meeting_id=meeting_id)
                )
                self._meeting_actions[meeting_id] = frozenset(a.id for a in found)
            meeting_actions = self._meeting_actions[meeting_id]
        self.proxy.set_criteria(
            ActionCriteria(
                show=self.show_filter.currentData() or "all",
                owner=self.owner_filter.currentData() or "",
                project_id=self.project_filter.currentData(),
                meeting_action_ids=meeting_actions,
                text=self.search.text(),
            )
        )
        self._show_count()

    def _show_count(self) -> None:
        shown, loaded = str(self.proxy.rowCount()), str(self.model.rowCount())
        if self._complete:
            text = self.tr("%1 of %2 action points")
        else:
            text = self.tr("%1 of %2 open action points")
        self.count.setText(text.replace("%1", shown).replace("%2", loaded))

    # -- selection and history ------------------------------------------------------------------
    def selected_action_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_action(self, action_id: int | None) -> None:
        row = self.model.row_of(action_id) if action_id is not None else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        else:
            self.table.clearSelection()
            self._show_history(None)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_history(self.selected_action_id())

    def _show_history(self, action_id: int | None) -> None:
        view = self.model.action(action_id) if action_id is not None else None
        if view is None:
            self.history.show_nothing()
            return
        self.history.show_action(view, self.context.services.actions.history(view.id))

    # -- editing --------------------------------------------------------------------------------
    def _edit(self, view: ActionPointView, column: int, value: Any) -> bool:
        """Turn what was typed or chosen into one undoable change of the action point."""
        self.notice.clear()
        if column == ActionTableModel.WHAT:
            changes: dict[str, Any] = {"title": str(value)}
            before: dict[str, Any] = {"title": view.title}
            text = self.tr("Change what needs to be done")
        elif column == ActionTableModel.WHO:
            person_id, organisation_id = owner_ids(str(value or ""))
            changes = {"owner_person_id": person_id, "owner_organisation_id": organisation_id}
            before = {
                "owner_person_id": view.owner_person_id,
                "owner_organisation_id": view.owner_organisation_id,
            }
            text = self.tr("Change who does it")
        elif column == ActionTableModel.DUE:
            typed = str(value or "").strip()
            try:
                due = parse_date(typed) if typed else None
            except BuurtDeskError as exc:
                self.notice.show_error(exc)
                return False
            changes, before = {"due_date": due}, {"due_date": view.due_date}
            text = self.tr("Change due date")
        elif column == ActionTableModel.STATUS:
            changes, before = {"status": ActionStatus(str(value))}, {"status": view.status}
            text = self.tr("Change status")
        elif column == ActionTableModel.PROJECT:
            changes = {"project_id": int(value or 0) or None}
            before = {"project_id": view.project_id}
            text = self.tr("Change project")
        else:
            return False
        if all(getattr(view, key) == new for key, new in changes.items()):
            return True
        command = EditCommand(
            text,
            do=lambda: self._update(view.id, changes),
            undo=lambda _result: self._update(view.id, before),
            on_error=self._edit_failed,
        )
        self.context.undo_stack.push(command)
        return command.failed is None

    def _update(self, action_id: int, changes: dict[str, Any]) -> ActionPointView:
        actions = self.context.services.actions
        known = self.model.action(action_id) or actions.get_action(action_id)
        view = actions.update_action(action_id, expected_version=known.version, **changes)
        self.model.replace(view)
        if self.selected_action_id() == action_id:
            self._show_history(action_id)
        return view

    def _edit_failed(self, error: BuurtDeskError) -> None:
        self.notice.show_error(error)
        if isinstance(error, ConcurrentEdit):
            # Not while the cell editor is still handing over its value: right after.
            QTimer.singleShot(0, self.reload)
