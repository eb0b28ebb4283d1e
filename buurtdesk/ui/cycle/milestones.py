"""A project's milestones: tick off, add with a date, remove — on the plans and execution pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.cycle.views import MilestoneView, ProjectDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.widgets import PageHost, group, picked_date

KEY = Qt.ItemDataRole.UserRole


class MilestonesBox(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail: ProjectDetail | None = None
        self.milestones: dict[int, MilestoneView] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box, inner = group(self.tr("Milestones"))
        outer.addWidget(box)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Milestones; space ticks one off"))
        self.list.setAccessibleDescription(
            self.tr("Lists the milestones of the chosen project; space ticks one off")
        )
        lines_tall(self.list, least=3, most=6)
        self.list.itemChanged.connect(self._ticked)
        inner.addWidget(self.list, 1)
        row = FlowLayout(spacing=8, fill=True)  # wraps at large text
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("New milestone"))
        room_for_placeholder(self.title)
        self.title.setAccessibleName(self.tr("New milestone"))
        self.title.setAccessibleDescription(
            self.tr("What the milestone is; the add button adds it")
        )
        self.title.returnPressed.connect(self.add)
        self.has_due = QCheckBox(self.tr("by"))
        self.has_due.setAccessibleName(self.tr("The milestone has a date"))
        self.has_due.setAccessibleDescription(self.tr("Gives the milestone a due date"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dd-MM-yyyy")
        self.due.setAccessibleName(self.tr("Date of the milestone"))
        self.due.setAccessibleDescription(self.tr("The day the milestone is due"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the milestone"))
        self.add_button.setAccessibleDescription(
            self.tr("Adds the milestone to the chosen project")
        )
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen milestone"))
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the milestone chosen in the list")
        )
        self.remove_button.clicked.connect(self.remove)
        row.addWidget(self.title)
        row.addWidget(self.has_due)
        row.addWidget(self.due)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        inner.addLayout(row)

    def show_detail(self, detail: ProjectDetail, editable: bool, today: date) -> None:
        self.detail = detail
        self.milestones = {m.id: m for m in detail.milestones}
        self.list.blockSignals(True)
        self.list.clear()
        for m in detail.milestones:
            text = m.title
            if m.due_on:
                text += " · " + self.tr("by %1").replace("%1", labels.short_date(m.due_on))
            if m.done_on:
                text += " · " + self.tr("done %1").replace("%1", labels.short_date(m.done_on))
            elif m.is_overdue(today):
                text += " · " + self.tr("overdue")
            item = QListWidgetItem(text)
            item.setData(KEY, m.id)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if editable:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(Qt.CheckState.Checked if m.is_done else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if not self.due.property("dated"):
            self.due.setDate(QDate(today.year, today.month, today.day))
            self.due.setProperty("dated", True)
        for widget in (self.title, self.has_due, self.due, self.add_button, self.remove_button):
            widget.setEnabled(editable)

    def _ticked(self, item: QListWidgetItem) -> None:
        milestone_id = int(item.data(KEY))
        done = item.checkState() == Qt.CheckState.Checked
        projects = self.host.services.projects
        QTimer.singleShot(
            0,
            lambda: self.host.edit(
                self.tr("Tick off a milestone") if done else self.tr("Open a milestone again"),
                lambda: projects.mark_milestone_done(milestone_id, undo=not done),
                lambda _r: projects.mark_milestone_done(milestone_id, undo=done),
            ),
        )

    def add(self) -> None:
        if self.detail is None:
            return
        project_id, title = self.detail.project.id, self.title.text()
        due = picked_date(self.due) if self.has_due.isChecked() else None
        projects = self.host.services.projects
        if self.host.edit(
            self.tr("Add a milestone"),
            lambda: projects.add_milestone(project_id, title, due),
            lambda m: projects.remove_milestone(m.id),
        ):
            self.title.clear()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        milestone = self.milestones[int(item.data(KEY))]
        projects = self.host.services.projects
        holder = {"id": milestone.id}

        def undo(_r: object) -> None:
            again = projects.add_milestone(milestone.project_id, milestone.title, milestone.due_on)
            if milestone.done_on:
                projects.mark_milestone_done(again.id, milestone.done_on)
            holder["id"] = again.id

        self.host.edit(
            self.tr("Remove a milestone"), lambda: projects.remove_milestone(holder["id"]), undo
        )
