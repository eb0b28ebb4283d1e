"""Preparing a toekomstagenda session from the screen: a meeting whose agenda follows the
round's current phase (its themes, projects and the decision to move on)."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QPushButton, QWidget

from buurtdesk.services.cycle.views import PreparedMeeting, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.widgets import PageHost, picked_date


class SessionPlanner(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd-MM-yyyy")
        self.day.setAccessibleName(self.tr("Date of the toekomstagenda session"))
        self.day.setAccessibleDescription(self.tr("The day the session is planned for"))
        self.button = QPushButton(self.tr("Plan a session"))
        self.button.setAccessibleName(
            self.tr("Plan a toekomstagenda session for the current phase")
        )
        self.button.setAccessibleDescription(self.tr("Plans the session on the chosen day"))
        self.button.clicked.connect(self.plan)
        layout.addWidget(self.day)
        layout.addWidget(self.button)

    def show_round(self, view: RoundView) -> None:
        self.view = view
        if not self.day.property("dated"):
            today = self.host.today()
            self.day.setDate(QDate(today.year, today.month, today.day).addDays(14))
            self.day.setProperty("dated", True)
        self.setVisible(view.cycle.is_open)

    def plan(self) -> None:
        view = self.view
        if view is None:
            return
        council_id, on = view.council.id, picked_date(self.day)
        cycles, meetings = self.host.services.cycle, self.host.services.meetings

        def do() -> PreparedMeeting:
            prepared = cycles.prepare_session(council_id, on)
            self.host.say(
                self.tr(
                    "Toekomstagenda session planned on %1 with %2 agenda items; it is under Meetings."
                )
                .replace("%1", labels.long_date(prepared.meeting.date))
                .replace("%2", str(len(prepared.items)))
            )
            return prepared

        self.host.edit(
            self.tr("Plan a toekomstagenda session"),
            do,
            lambda p: meetings.remove_planned_meeting(p.meeting.id),
        )
