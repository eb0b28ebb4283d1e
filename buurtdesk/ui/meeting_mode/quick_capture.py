"""Quick capture in meeting mode: decision, action point, attendance, action-list review.

Each capture is one command on the shared undo stack; redo puts back the very same record
(same number for a decision, same UUID for an action point).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MinutesState,
    MinutesTitle,
)
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import ActionPointView, AttendanceView, DecisionView
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.meeting_mode.attendance_dialog import AttendanceDialog
from buurtdesk.ui.meeting_mode.capture import ActionDialog, DecisionDialog
from buurtdesk.ui.meeting_mode.host import MeetingHost
from buurtdesk.ui.meeting_mode.keys import MeetingKeys
from buurtdesk.ui.meeting_mode.minutes import AdoptMinutesDialog, can_adopt_previous


class QuickCapture:
    """Ctrl+B decision, action point, Ctrl+P attendance, the review, adopting the minutes."""

    def __init__(self, host: MeetingHost) -> None:
        self.host = host

    def add_keys(self, keys: MeetingKeys) -> None:
        self.decision_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Decision"),
            ["Ctrl+B"],
            self.capture_decision,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+B decision"),
            button=True,
        )
        self.action_point_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Action point"),
            ["Ctrl+Shift+A"],
            self.capture_action,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+A action point"),
            button=True,
        )
        self.attendance_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Attendance"),
            ["Ctrl+P"],
            self.capture_attendance,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+P attendance"),
            button=True,
        )
        self.keys = keys
        # named by the council's own title for its minutes once the meeting is read
        self.adopt_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Adopt the minutes"),
            ["Ctrl+Shift+V"],
            self.adopt_previous_minutes,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+V adopt the minutes"),
            button=True,
            applies=self.at_adoptable_minutes,
        )

    def name_the_minutes(self, title: MinutesTitle) -> None:
        """The adopt key's button and hint say what this council calls its minutes."""
        if title == MinutesTitle.VERSLAG:
            text = QCoreApplication.translate("MeetingModeWindow", "Adopt the report")
            hint = QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+V adopt the report")
        elif title == MinutesTitle.BESLUITENLIJST:
            text = QCoreApplication.translate("MeetingModeWindow", "Adopt the list of decisions")
            hint = QCoreApplication.translate(
                "MeetingModeWindow", "Ctrl+Shift+V adopt the list of decisions"
            )
        else:
            text = QCoreApplication.translate("MeetingModeWindow", "Adopt the minutes")
            hint = QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+V adopt the minutes")
        self.adopt_action.setText(text)
        for key in self.keys.keys:
            if key.action is self.adopt_action:
                key.hint = hint
                if key.button is not None:
                    shown = key.button.text().rsplit(" (", 1)[-1]
                    key.button.setText(f"{text} ({shown}")
                    key.button.setAccessibleName(text)

    def at_adoptable_minutes(self) -> bool:
        item = self.host.current_item()
        return (
            item is not None
            and item.kind == AgendaItemKind.PREVIOUS_MINUTES
            and can_adopt_previous(self.host.detail.previous_meeting)
        )

    def _item_id(self) -> int | None:
        item = self.host.current_item()
        return item.id if item is not None else None

    def capture_decision(self) -> None:
        host = self.host
        year = host.detail.meeting.date.year
        number = host.context.services.meetings.next_decision_number(host.detail.council.id, year)
        dialog = DecisionDialog(str(number), host.dialog_parent())
        dialog.accepted.connect(
            lambda: self.record_decision(
                dialog.decision_text(), dialog.votes(), dialog.confidential.isChecked()
            )
        )
        host.open_dialog(dialog)

    def record_decision(
        self, text: str, votes: tuple[int, int, int] | None, confidential: bool = False
    ) -> None:
        host = self.host
        decisions = host.context.services.decisions
        council_id, item_id, meeting_id = host.detail.council.id, self._item_id(), host.meeting_id
        taken: list[DecisionView] = []

        def do() -> DecisionView:
            if taken:
                return decisions.restore_decision(taken[0])
            view = decisions.record_decision(
                council_id, text, meeting_id=meeting_id, item_id=item_id, votes=votes
            )
            if confidential:
                decisions.set_confidential(view.id, True)
                view = replace(view, confidential=True)
            taken.append(view)
            return taken[0]

        command = host.push(
            QCoreApplication.translate("MeetingModeWindow", "Record decision"),
            do,
            lambda view: decisions.delete_decision(view.id),
        )
        if command.result is not None:
            host.say(
                QCoreApplication.translate("MeetingModeWindow", "Decision %1 is recorded.").replace(
                    "%1", str(command.result.number)
                )
            )

    def capture_action(self) -> None:
        host = self.host
        councils = host.context.services.councils
        people = councils.people_of_council(host.detail.council.id)
        # Guests can own an action point too (the wijkagent, the corporation's consultant).
        known = {p.id for p in people}
        people += [
            councils.get_person(a.person_id)
            for a in host.detail.attendance
            if a.is_guest and a.person_id is not None and a.person_id not in known
        ]
        organisations = host.context.services.councils.list_organisations()
        projects = host.context.services.projects.council_projects(host.detail.council.id)
        item = host.current_item()
        dialog = ActionDialog(
            people,
            organisations,
            host.context.current_date(),
            host.dialog_parent(),
            projects=[(p.id, p.name) for p in projects],
            project_id=item.project_id if item is not None else None,
        )
        dialog.accepted.connect(lambda: self.add_action(dialog))
        host.open_dialog(dialog)

    def add_action(self, dialog: ActionDialog) -> None:
        given = dialog.result_input
        if given is None:
            return
        host = self.host
        actions = host.context.services.actions
        council_id, item_id, meeting_id = host.detail.council.id, self._item_id(), host.meeting_id
        made: dict[str, str] = {}

        def do() -> ActionPointView:
            view = actions.add_action(
                council_id,
                given.title,
                owner_person_id=given.owner_person_id,
                owner_organisation_id=given.owner_organisation_id,
                due_date=given.due_date,
                meeting_id=meeting_id,
                item_id=item_id,
                project_id=given.project_id,
                uuid=made.get("uuid"),
            )
            made["uuid"] = view.uuid
            return view

        host.push(
            QCoreApplication.translate("MeetingModeWindow", "Add action point"),
            do,
            lambda view: actions.delete_action(view.id),
        )

    def capture_attendance(self) -> None:
        host = self.host
        parent = host.dialog_parent()
        confirm = getattr(host, "confirm", None) or (lambda title, text: ask(parent, title, text))
        dialog = AttendanceDialog(
            host.context.services.meetings,
            lambda text, do, undo: host.push(text, do, undo, refused=dialog_refused),
            confirm,
            host.show_error,
            parent,
        )

        def dialog_refused(error: BuurtDeskError) -> None:
            dialog.panel._show_error(error)

        dialog.show_detail(host.detail)
        host.open_dialog(dialog, forget_when_finished=True)
        dialog.people.setFocus()

    def show_attendance(self) -> None:
        """After a reload: the open attendance dialog shows the attendance as stored."""
        dialog = self.host.dialog
        if isinstance(dialog, AttendanceDialog):
            dialog.show_detail(self.host.detail)

    def mark_attendance(self, person_id: int, status: AttendanceStatus) -> None:
        meetings, meeting_id = self.host.context.services.meetings, self.host.meeting_id
        self.host.push(
            QCoreApplication.translate("MeetingModeWindow", "Mark attendance"),
            lambda: meetings.set_attendance(meeting_id, person_id, status),
            lambda before: meetings.set_attendance(
                meeting_id, person_id, before or AttendanceStatus.UNKNOWN
            ),
        )

    def add_guest(self, name: str) -> None:
        meetings, meeting_id = self.host.context.services.meetings, self.host.meeting_id

        def undo(view: AttendanceView) -> None:
            meetings.remove_attendance(view.id)

        self.host.push(
            QCoreApplication.translate("MeetingModeWindow", "Add guest"),
            lambda: meetings.add_guest(meeting_id, name),
            undo,
        )

    def review(self, action_id: int, status: ActionStatus, note: str) -> None:
        actions, meeting_id = self.host.context.services.actions, self.host.meeting_id
        self.host.push(
            QCoreApplication.translate("MeetingModeWindow", "Review action point"),
            lambda: actions.review(action_id, meeting_id, status, note),
            lambda undo: actions.undo_review(undo),
        )

    def adopt_previous_minutes(self) -> None:
        """At the previous-minutes item: adopt them, with the amendments typed in the dialog."""
        host = self.host
        previous = host.detail.previous_meeting
        if previous is None or not can_adopt_previous(previous):
            return
        dialog = AdoptMinutesDialog(
            previous, host.dialog_parent(), host.detail.council.minutes_title
        )
        text = dialog.action_text
        state_before = previous.minutes_state or MinutesState.DRAFT
        dialog.accepted.connect(
            lambda: host.push(
                text,
                lambda: host.context.services.meetings.adopt_minutes(
                    previous.id, host.meeting_id, dialog.amendment_text()
                ),
                lambda _result: host.context.services.meetings.undo_adopt_minutes(
                    previous.id, state_before
                ),
            )
        )
        host.open_dialog(dialog)
