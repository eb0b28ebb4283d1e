"""Quick capture in meeting mode: decision, action point, attendance, action-list review.

Each capture is one command on the shared undo stack; redo puts back the very same record
(same number for a decision, same UUID for an action point).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.enums import ActionStatus, AgendaItemKind, AttendanceStatus, MinutesState
from buurtdesk.services.views import ActionPointView, AttendanceView, DecisionView
from buurtdesk.ui.meeting_mode.capture import ActionDialog, AttendanceDialog, DecisionDialog
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
        )
        self.action_point_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Action point"),
            ["Ctrl+Shift+A"],
            self.capture_action,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+A action point"),
        )
        self.attendance_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Attendance"),
            ["Ctrl+P"],
            self.capture_attendance,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+P attendance"),
        )
        self.adopt_action = keys.add(
            QCoreApplication.translate("MeetingModeWindow", "Adopt previous minutes"),
            ["Ctrl+Shift+V"],
            self.adopt_previous_minutes,
            hint=QCoreApplication.translate("MeetingModeWindow", "Ctrl+Shift+V adopt the minutes"),
            applies=self.at_adoptable_minutes,
        )

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
            lambda: self.record_decision(dialog.decision_text(), dialog.votes())
        )
        host.open_dialog(dialog)

    def record_decision(self, text: str, votes: tuple[int, int, int] | None) -> None:
        host = self.host
        decisions = host.context.services.decisions
        council_id, item_id, meeting_id = host.detail.council.id, self._item_id(), host.meeting_id
        taken: list[DecisionView] = []

        def do() -> DecisionView:
            if taken:
                return decisions.restore_decision(taken[0])
            taken.append(
                decisions.record_decision(
                    council_id, text, meeting_id=meeting_id, item_id=item_id, votes=votes
                )
            )
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
        people = host.context.services.councils.people_of_council(host.detail.council.id)
        organisations = host.context.services.councils.list_organisations()
        dialog = ActionDialog(
            people, organisations, host.context.current_date(), host.dialog_parent()
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
        dialog = AttendanceDialog(self.mark_attendance, self.add_guest, host.dialog_parent())
        dialog.show_attendance(host.detail.attendance)
        host.open_dialog(dialog, forget_when_finished=True)
        dialog.people.setFocus()

    def show_attendance(self) -> None:
        """After a reload: the open attendance dialog shows the attendance as stored."""
        dialog = self.host.dialog
        if isinstance(dialog, AttendanceDialog):
            dialog.show_attendance(self.host.detail.attendance)

    def mark_attendance(self, person_id: int, status: AttendanceStatus) -> None:
        meetings, meeting_id = self.host.context.services.meetings, self.host.meeting_id
        self.host.push(
            QCoreApplication.translate("MeetingModeWindow", "Mark attendance"),
            lambda: meetings.set_attendance(meeting_id, person_id, status),
            lambda before: meetings.set_attendance(
                meeting_id, person_id, before or AttendanceStatus.ABSENT
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
        dialog = AdoptMinutesDialog(previous, host.dialog_parent())
        text = QCoreApplication.translate("MeetingModeWindow", "Adopt minutes")
        state_before = previous.minutes_state or MinutesState.DRAFT
        dialog.accepted.connect(
            lambda: host.push(
                text,
                lambda: host.context.services.meetings.adopt_minutes(
                    previous.id, host.meeting_id, dialog.amendments.toPlainText()
                ),
                lambda _result: host.context.services.meetings.undo_adopt_minutes(
                    previous.id, state_before
                ),
            )
        )
        host.open_dialog(dialog)
