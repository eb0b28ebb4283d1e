"""Quick capture in meeting mode: decision, action point, attendance, action-list review.

Each capture is one command on the shared undo stack; redo puts back the very same record
(same number for a decision, same UUID for an action point).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.enums import ActionStatus, AttendanceStatus
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.meeting_mode.capture import ActionDialog, AttendanceDialog, DecisionDialog
from buurtdesk.ui.meeting_mode.minutes import (
    AdoptMinutesDialog,
    adopt_minutes_command,
    can_adopt_previous,
)


class QuickCaptureMixin:
    """The capture half of MeetingModeWindow, which supplies what is declared here."""

    context: Context
    detail: MeetingDetail
    meeting_id: int
    current_item_id: int | None
    dialog: Any
    notice: Any
    safe_reload: Callable[[], None]
    safe_error: Callable[[Any], None]
    _push: Callable[[str, Callable[[], Any], Callable[[Any], Any]], EditCommand]

    def capture_decision(self) -> None:
        year = self.detail.meeting.date.year
        number = self.context.services.meetings.next_decision_number(self.detail.council.id, year)
        dialog = DecisionDialog(str(number), self)
        dialog.accepted.connect(
            lambda: self.record_decision(dialog.decision_text(), dialog.votes())
        )
        self._open(dialog)

    def record_decision(self, text: str, votes: tuple[int, int, int] | None) -> None:
        decisions = self.context.services.decisions
        council_id, item_id = self.detail.council.id, self.current_item_id
        taken: dict[str, Any] = {}

        def do() -> Any:
            if "view" in taken:
                return decisions.restore_decision(taken["view"])
            taken["view"] = decisions.record_decision(
                council_id, text, meeting_id=self.meeting_id, item_id=item_id, votes=votes
            )
            return taken["view"]

        command = self._push(
            QCoreApplication.translate("MeetingModeWindow", "Record decision"),
            do,
            lambda view: decisions.delete_decision(view.id),
        )
        if command.result is not None:
            self.notice.setText(
                QCoreApplication.translate("MeetingModeWindow", "Decision %1 is recorded.").replace(
                    "%1", str(command.result.number)
                )
            )
            self.notice.show()

    def capture_action(self) -> None:
        people = self.context.services.councils.people_of_council(self.detail.council.id)
        organisations = self.context.services.councils.list_organisations()
        dialog = ActionDialog(people, organisations, self.context.current_date(), self)
        dialog.accepted.connect(lambda: self.add_action(dialog))
        self._open(dialog)

    def add_action(self, dialog: ActionDialog) -> None:
        given = dialog.result_input
        if given is None:
            return
        actions = self.context.services.actions
        council_id, item_id = self.detail.council.id, self.current_item_id
        made: dict[str, str] = {}

        def do() -> Any:
            view = actions.add_action(
                council_id,
                given.title,
                owner_person_id=given.owner_person_id,
                owner_organisation_id=given.owner_organisation_id,
                due_date=given.due_date,
                meeting_id=self.meeting_id,
                item_id=item_id,
                uuid=made.get("uuid"),
            )
            made["uuid"] = view.uuid
            return view

        self._push(
            QCoreApplication.translate("MeetingModeWindow", "Add action point"),
            do,
            lambda view: actions.delete_action(view.id),
        )

    def capture_attendance(self) -> None:
        dialog = AttendanceDialog(self.mark_attendance, self.add_guest, self)
        dialog.show_attendance(self.detail.attendance)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self._open(dialog)
        dialog.people.setFocus()

    def mark_attendance(self, person_id: int, status: AttendanceStatus) -> None:
        meetings = self.context.services.meetings
        self._push(
            QCoreApplication.translate("MeetingModeWindow", "Mark attendance"),
            lambda: meetings.set_attendance(self.meeting_id, person_id, status),
            lambda before: meetings.set_attendance(
                self.meeting_id, person_id, before or AttendanceStatus.ABSENT
            ),
        )

    def add_guest(self, name: str) -> None:
        meetings = self.context.services.meetings
        self._push(
            QCoreApplication.translate("MeetingModeWindow", "Add guest"),
            lambda: meetings.add_guest(self.meeting_id, name),
            lambda view: meetings.remove_attendance(view.id),
        )

    def _review(self, action_id: int, status: ActionStatus, note: str) -> None:
        actions = self.context.services.actions
        self._push(
            QCoreApplication.translate("MeetingModeWindow", "Review action point"),
            lambda: actions.review(action_id, self.meeting_id, status, note),
            lambda undo: actions.undo_review(undo),
        )

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def adopt_previous_minutes(self) -> None:
        """At the previous-minutes item: adopt them, with the amendments typed in the dialog."""
        previous = self.detail.previous_meeting
        if previous is None or not can_adopt_previous(previous):
            return
        dialog = AdoptMinutesDialog(previous, self)
        text = QCoreApplication.translate("MeetingModeWindow", "Adopt minutes")
        dialog.accepted.connect(
            lambda: adopt_minutes_command(
                self.context,
                previous,
                self.meeting_id,
                dialog.amendments.toPlainText(),
                self.safe_reload,
                self.safe_error,
                text,
            )
        )
        self._open(dialog)
