"""Execution page: the projects being carried out, their milestones, the action points linked
to them from meetings, progress notes, and planning a core-group meeting about the progress."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ActionStatus, ProjectStatus
from buurtdesk.services.actions import ActionFilter
from buurtdesk.services.cycle.views import PreparedMeeting, ProjectDetail, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import StackingSplitter
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.widgets import PageHost, group, picked_date, text_label
from buurtdesk.ui.cycle import labels as cycle_labels
from buurtdesk.ui.cycle.milestones import MilestonesBox

KEY = Qt.ItemDataRole.UserRole
IN_EXECUTION = (ProjectStatus.RUNNING, ProjectStatus.PLANNED)


class ExecutionPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        self.projects: list[ProjectDetail] = []
        self.selected_id: int | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = StackingSplitter()  # the panes one below the other at large text
        outer.addWidget(splitter)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 6, 0)
        box, inner = group(self.tr("Projects in execution"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Projects in execution"))
        self.list.setAccessibleDescription(
            self.tr("Choose a project to follow its milestones, notes and action points")
        )
        self.list.setSpacing(3)
        self.list.currentRowChanged.connect(self._pick)
        inner.addWidget(self.list, 1)
        self.hint = text_label(
            self.tr(
                "No project is running yet: set a project's status to Running under Plans and projects."
            ),
            "muted",
        )
        inner.addWidget(self.hint)
        layout.addWidget(box, 1)
        box, inner = group(self.tr("Core group"))
        inner.addWidget(
            text_label(
                self.tr(
                    "Plan a core-group meeting whose agenda is the progress of the running projects."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.core_date = QDateEdit()
        self.core_date.setCalendarPopup(True)
        self.core_date.setDisplayFormat("dd-MM-yyyy")
        self.core_date.setAccessibleName(self.tr("Date of the core-group meeting"))
        self.core_date.setAccessibleDescription(
            self.tr("The day the core group meets about the chosen project")
        )
        self.core_button = QPushButton(self.tr("Plan core-group meeting"))
        self.core_button.setAccessibleDescription(
            self.tr("Plans a meeting of the core group about the chosen project")
        )
        self.core_button.clicked.connect(self.plan_core_group)
        row.addWidget(self.core_date)
        row.addWidget(self.core_button, 1)
        inner.addLayout(row)
        layout.addWidget(box)
        splitter.addWidget(left)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 6, 0)
        self.title = text_label()
        self.title.setProperty("class", "cardTitle")
        layout.addWidget(self.title)
        self.milestones = MilestonesBox(host)
        layout.addWidget(self.milestones)
        box, inner = group(self.tr("Action points of this project"))
        self.action_list = QListWidget()
        self.action_list.setAccessibleName(self.tr("Action points linked to the project"))
        self.action_list.setAccessibleDescription(
            self.tr("Lists the action points that belong to the chosen project")
        )
        self.action_list.setWordWrap(True)
        lines_tall(self.action_list, least=3, most=5)
        inner.addWidget(self.action_list)
        self.actions_hint = text_label(
            self.tr(
                "No action points yet: link them to this project when you record them in a meeting."
            ),
            "muted",
        )
        inner.addWidget(self.actions_hint)
        layout.addWidget(box)
        box, inner = group(self.tr("Progress"))
        self.notes = QListWidget()
        self.notes.setAccessibleName(self.tr("Progress notes, newest last"))
        self.notes.setAccessibleDescription(
            self.tr("Lists what was noted about the progress of the chosen project")
        )
        self.notes.setWordWrap(True)
        lines_tall(self.notes, least=3, most=7)
        inner.addWidget(self.notes)
        row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A line of progress"))
        self.note.setAccessibleName(self.tr("New progress note"))
        self.note.setAccessibleDescription(
            self.tr("A line about how the project is going; the add button saves it")
        )
        self.note.returnPressed.connect(self.add_note)
        self.note_button = QPushButton(self.tr("Add note"))
        self.note_button.setAccessibleDescription(
            self.tr("Adds the progress note to the chosen project")
        )
        self.note_button.clicked.connect(self.add_note)
        row.addWidget(self.note, 1)
        row.addWidget(self.note_button)
        inner.addLayout(row)
        layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        self.detail_scroll = scroll
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

    def show_round(self, view: RoundView) -> None:
        self.view = view
        today = self.host.today()
        if not self.core_date.property("dated"):
            self.core_date.setDate(QDate(today.year, today.month, today.day))
            self.core_date.setProperty("dated", True)
        self.projects = sorted(
            (
                d
                for d in view.projects
                if d.project.status in IN_EXECUTION and d.project.cycle_id == view.cycle.id
            ),
            key=lambda d: (d.project.status != ProjectStatus.RUNNING, d.project.id),
        )
        ids = [d.project.id for d in self.projects]
        if self.selected_id not in ids:
            self.selected_id = ids[0] if ids else None
        self.list.blockSignals(True)
        self.list.clear()
        for detail in self.projects:
            project = detail.project
            done = sum(1 for m in detail.milestones if m.is_done)
            text = f"{project.name}\n{cycle_labels.project_status(project.status)} · " + self.tr(
                "%1 of %2 milestones done"
            ).replace("%1", str(done)).replace("%2", str(len(detail.milestones)))
            item = QListWidgetItem(text)
            item.setData(KEY, project.id)
            self.list.addItem(item)
        if self.selected_id is not None:
            self.list.setCurrentRow(ids.index(self.selected_id))
        self.list.blockSignals(False)
        self.hint.setVisible(not self.projects)
        self.detail_scroll.setVisible(self.selected_id is not None)
        self.core_button.setEnabled(view.cycle.is_open)
        self._show_selected()

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.projects):
            self.selected_id = self.projects[row].project.id
            self._show_selected()

    def _selected(self) -> ProjectDetail | None:
        return next((d for d in self.projects if d.project.id == self.selected_id), None)

    def _show_selected(self) -> None:
        detail, view = self._selected(), self.view
        if detail is None or view is None:
            return
        project = detail.project
        editable = view.cycle.is_open
        self.title.setText(f"{project.name} — {project.lead_name or self.tr('no trekker')}")
        self.milestones.show_detail(detail, editable, self.host.today())
        self.action_list.clear()
        actions = self.host.services.actions.list_actions(
            view.council.id, ActionFilter(project_id=project.id)
        )
        for action in actions:
            parts = [
                action.title,
                action.owner_name or self.tr("nobody yet"),
                labels.action_status(action.status),
            ]
            if action.due_date:
                parts.insert(2, labels.short_date(action.due_date))
            item = QListWidgetItem(" · ".join(parts))
            if action.last_progress:
                item.setToolTip(action.last_progress)
            if action.status in (ActionStatus.DONE, ActionStatus.DROPPED):
                item.setForeground(self.palette().placeholderText())
            self.action_list.addItem(item)
        self.actions_hint.setVisible(not actions)
        self.notes.clear()
        for note in detail.notes:
            self.notes.addItem(f"{labels.short_date(note.written_on)}  {note.note}")
        self.note.setEnabled(editable)
        self.note_button.setEnabled(editable)

    def add_note(self) -> None:
        detail = self._selected()
        if detail is None:
            return
        project_id, text = detail.project.id, self.note.text()
        projects = self.host.services.projects
        if self.host.edit(
            self.tr("Add a progress note"),
            lambda: projects.add_note(project_id, text),
            lambda n: projects.remove_note(n.id),
        ):
            self.note.clear()

    def plan_core_group(self) -> None:
        view = self.view
        if view is None:
            return
        council_id, on = view.council.id, picked_date(self.core_date)
        projects = self.host.services.projects
        meetings = self.host.services.meetings

        def do() -> PreparedMeeting:
            prepared = projects.plan_core_group_meeting(council_id, on)
            topics = sum(1 for i in prepared.items if i.project_id is not None)
            self.host.say(
                self.tr(
                    "Core-group meeting planned on %1 with %2 progress items; it is under Meetings."
                )
                .replace("%1", labels.long_date(prepared.meeting.date))
                .replace("%2", str(topics))
            )
            return prepared

        self.host.edit(
            self.tr("Plan core-group meeting"),
            do,
            lambda p: meetings.remove_planned_meeting(p.meeting.id),
        )
