"""The agenda part of the meeting editor: items with planned minutes, reorder, add, remove."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import AgendaItemKind
from buurtdesk.services.meetings.agenda import RemovedItem
from buurtdesk.services.views import AgendaItemView
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.meetings.agenda_model import TITLE, AgendaModel
from buurtdesk.ui.meetings.when_form import labelled_field

if TYPE_CHECKING:
    from buurtdesk.ui.meetings.editor import MeetingEditor


class AgendaEditor(QWidget):
    """Every change goes through the host editor's undo stack (host.push)."""

    def __init__(self, host: MeetingEditor) -> None:
        super().__init__(host)
        self.host = host
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr(
                "A&genda (drag or Ctrl+Up/Ctrl+Down to reorder, Ctrl+Right makes a sub-item, "
                "Ctrl+Left undoes that, Delete removes)"
            )
        )
        caption.setWordWrap(True)
        self.model = AgendaModel(
            self._rename_item, self._plan_item, self.move_item, self._mark_private, self
        )
        self.view = QTableView()
        self.view.setTabKeyNavigation(
            False
        )  # Tab moves on to the next control; arrows move between cells
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Agenda items"))
        self.view.setAccessibleDescription(
            self.tr("Lists the agenda items in order; the menu moves or removes them")
        )
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.verticalHeader().hide()
        # The titles wrap and show in full at any text size (no "Verslag vorige …").
        self.fitter = fit_columns(self.view, TITLE)
        caption.setBuddy(self.view)
        for keys, slot, text in (
            ("Ctrl+Up", lambda: self.move_selected(-1), self.tr("Move item up")),
            ("Ctrl+Down", lambda: self.move_selected(1), self.tr("Move item down")),
            ("Delete", self.remove_selected, self.tr("Remove item")),
            ("Ctrl+Right", lambda: self.indent_selected(1), self.tr("Make sub-item")),
            ("Ctrl+Left", lambda: self.indent_selected(0), self.tr("Make main item")),
        ):
            action = QAction(text, self.view)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _checked=False, run=slot: run())
            self.view.addAction(action)
        add_row = FlowLayout(spacing=6, fill=True)  # wraps at large text
        add_label, self.new_item = labelled_field(
            self.tr("&New item"), self.tr("Title of a new agenda item")
        )
        self.new_item.setAccessibleDescription(
            self.tr("Adds an agenda item with this title when you press Enter")
        )
        self.new_item.setPlaceholderText(self.tr("Title, then Enter"))
        room_for_placeholder(self.new_item)
        self.new_item.returnPressed.connect(self._add_item)
        pause = QPushButton(self.tr("Add brea&k"))
        pause.setAccessibleName(self.tr("Add a break after the selected item"))
        pause.setAccessibleDescription(self.tr("A break prints as one line, without a number"))
        pause.clicked.connect(self.add_break)
        remove = QPushButton(self.tr("Remove"))
        remove.setAccessibleName(self.tr("Remove the selected agenda item"))
        remove.setAccessibleDescription(self.tr("Takes the chosen item off the agenda"))
        remove.clicked.connect(self.remove_selected)
        add_row.addWidget(paired(add_label, self.new_item))
        add_row.addWidget(pause)
        add_row.addWidget(remove)
        self.controls = [self.new_item, pause, remove]
        box.addWidget(caption)
        box.addWidget(self.view, 1)
        box.addLayout(add_row)

    def selected_item(self) -> AgendaItemView | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        row = rows[0].row() if rows else self.view.currentIndex().row()
        if 0 <= row < len(self.model.items):
            return self.model.items[row]
        return None

    def _rename_item(self, item: AgendaItemView, title: str) -> None:
        old = item.title
        meetings = self.host.meetings
        self.host.push_versioned(
            self.tr("Rename agenda item"),
            item.version,
            lambda v, values: meetings.update_item(item.id, expected_version=v, **values),
            {"title": title},
            {"title": old},
            ("agenda_items", item.id),
        )

    def _plan_item(self, item: AgendaItemView, minutes: int) -> None:
        old = item.planned_minutes
        meetings = self.host.meetings
        self.host.push_versioned(
            self.tr("Change planned time"),
            item.version,
            lambda v, values: meetings.update_item(item.id, expected_version=v, **values),
            {"planned_minutes": minutes},
            {"planned_minutes": old},
            ("agenda_items", item.id),
        )

    def _mark_private(self, item: AgendaItemView, private: bool) -> None:
        meetings = self.host.meetings
        self.host.push_versioned(
            self.tr("Mark confidential") if private else self.tr("Mark not confidential"),
            item.version,
            lambda v, values: meetings.update_item(item.id, expected_version=v, **values),
            {"is_private": private},
            {"is_private": not private},
            ("agenda_items", item.id),
        )

    def move_item(self, item: AgendaItemView, position: int) -> None:
        old = item.position
        self.host.push(
            self.tr("Move agenda item"),
            lambda: self.host.meetings.move_item(item.id, position),
            lambda _r: self.host.meetings.move_item(item.id, old),
        )
        row = self.model.row_of(item.id)
        if row >= 0:
            self.view.selectRow(row)

    def move_selected(self, delta: int) -> None:
        item = self.selected_item()
        if item is None or self.host.is_read_only():
            return
        target = item.position + delta
        if 1 <= target <= len(self.model.items):
            self.move_item(item, target)

    def _add_item(self) -> None:
        title = self.new_item.text().strip()
        if not title or self.host.detail is None:
            return
        meeting_id = self.host.detail.meeting.id
        made: dict[str, int] = {}

        def do() -> AgendaItemView:
            view = self.host.meetings.add_item(meeting_id, title, position=made.get("position"))
            made["position"] = view.position
            return view

        command = self.host.push(
            self.tr("Add agenda item"), do, lambda view: self.host.meetings.remove_item(view.id)
        )
        if command.result is not None:
            self.new_item.clear()

    def indent_selected(self, level: int) -> None:
        """Ctrl+Right: the item becomes a sub-item of the one above (4a); Ctrl+Left: back."""
        item = self.selected_item()
        if item is None or self.host.is_read_only() or item.level == level:
            return
        meetings = self.host.meetings
        self.host.push(
            self.tr("Make sub-item") if level else self.tr("Make main item"),
            lambda: meetings.set_item_level(item.id, level),
            lambda before: meetings.set_item_level(item.id, before),
        )

    def add_break(self) -> None:
        if self.host.detail is None or self.host.is_read_only():
            return
        selected = self.selected_item()
        meeting_id = self.host.detail.meeting.id
        position = selected.position + 1 if selected else None
        made: dict[str, int] = {}

        def do() -> AgendaItemView:
            view = self.host.meetings.add_item(
                meeting_id,
                self.tr("Break"),
                kind=AgendaItemKind.BREAK,
                planned_minutes=15,
                position=made.get("position", position),
            )
            made["position"] = view.position
            return view

        self.host.push(
            self.tr("Add break"), do, lambda view: self.host.meetings.remove_item(view.id)
        )

    def remove_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.host.is_read_only():
            return
        decisions = self.host.meetings.decisions_on_item(item.id)
        question = (
            self.tr(
                "'%1' holds a decision. Remove the item anyway? The decision stays in the "
                "register; Ctrl+Z brings the item back."
            )
            if decisions == 1
            else self.tr(
                "'%1' holds %2 decisions. Remove the item anyway? The decisions stay in the "
                "register; Ctrl+Z brings the item back."
            ).replace("%2", str(decisions))
        )
        if decisions and not self.host.confirm(
            self.tr("Remove agenda item"), question.replace("%1", item.title)
        ):
            return
        current = {"id": item.id}

        def do() -> RemovedItem:
            return self.host.meetings.remove_item(current["id"])

        def undo(removed: RemovedItem) -> None:
            current["id"] = self.host.meetings.restore_item(removed).id

        self.host.push(self.tr("Remove agenda item"), do, undo)
