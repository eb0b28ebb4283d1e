"""Toekomstagenda capture in meeting mode: what the chair captures lands in the round itself.

Ctrl+W a wish under a theme, Ctrl+T this meeting's dot vote (paper tally or counted on
screen, with the top 3 and its tie notes), Ctrl+R a role with an optional ladder step.
Offered in a toekomstagenda meeting, or at an agenda item linked to a phase, theme or
project. Every capture is one command on the shared undo stack.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from buurtdesk.domain.enums import MeetingKind
from buurtdesk.domain.errors import BuurtDeskError, RuleViolation
from buurtdesk.services.cycle.views import RoleAssignmentView, RoundView, VoteSessionView
from buurtdesk.ui.common import labels
from buurtdesk.ui.meeting_mode.cycle_dialogs import (
    RoleDialog,
    RoleInput,
    WishDialog,
    subject_key,
)
from buurtdesk.ui.meeting_mode.host import MeetingHost
from buurtdesk.ui.meeting_mode.keys import MeetingKeys
from buurtdesk.ui.meeting_mode.vote_dialog import VoteDialog


class CycleCapture:
    """Toekomstagenda capture; offered where `applies` says (see MeetingKeys)."""

    def __init__(self, host: MeetingHost) -> None:
        self.host = host
        self.vote_ref: dict[str, int | None] = {"id": None}
        self.vote_cycle_id = 0

    def add_keys(self, keys: MeetingKeys) -> None:
        self.wish_action = keys.add(
            QCoreApplication.translate("MeetingCycleCapture", "Wish"),
            ["Ctrl+W"],
            self.capture_wish,
            hint=QCoreApplication.translate("MeetingCycleCapture", "Ctrl+W wish"),
            button=True,
            applies=self.applies,
        )
        self.vote_action = keys.add(
            QCoreApplication.translate("MeetingCycleCapture", "Dot vote"),
            ["Ctrl+T"],
            self.capture_votes,
            hint=QCoreApplication.translate("MeetingCycleCapture", "Ctrl+T dot vote"),
            button=True,
            applies=self.applies,
        )
        self.role_action = keys.add(
            QCoreApplication.translate("MeetingCycleCapture", "Role"),
            ["Ctrl+R"],
            self.capture_role,
            hint=QCoreApplication.translate("MeetingCycleCapture", "Ctrl+R role"),
            button=True,
            applies=self.applies,
        )

    def applies(self) -> bool:
        """In a toekomstagenda meeting, or at an item linked to a phase, theme or project."""
        if self.host.detail.meeting.kind == MeetingKind.TOEKOMSTAGENDA:
            return True
        item = self.host.current_item()
        return item is not None and (
            item.phase is not None or item.theme_id is not None or item.project_id is not None
        )

    def refresh(self) -> None:
        """Called whenever meeting mode shows the meeting or an item again."""
        dialog = self.host.dialog
        if isinstance(dialog, VoteDialog) and shiboken6.isValid(dialog):
            self._show_vote(dialog)

    # -- shared -----------------------------------------------------------------------------------
    def _round(self) -> RoundView | None:
        """The council's open round, or None after saying why there is none."""
        cycle = self.host.context.services.cycle
        council_id = self.host.detail.council.id
        try:
            current = cycle.current_round(council_id)
            if current is None:
                self.host.show_message(
                    QCoreApplication.translate(
                        "MeetingCycleCapture",
                        "Start a round of the toekomstagenda first; then what you capture here "
                        "goes into it.",
                    )
                )
                return None
            return cycle.round_overview(council_id, current.id)
        except BuurtDeskError as exc:
            self.host.show_error(exc)
            return None

    # -- Ctrl+W: a wish ---------------------------------------------------------------------------
    def capture_wish(self) -> None:
        overview = self._round()
        if overview is None:
            return
        themes = overview.vision.themes
        if not themes:
            self.host.show_message(
                QCoreApplication.translate(
                    "MeetingCycleCapture",
                    "This round has no themes yet; add them under Toekomstagenda first.",
                )
            )
            return
        item = self.host.current_item()
        dialog = WishDialog(themes, item.theme_id if item else None, self.host.dialog_parent())
        names = {t.id: t.name for t in themes}
        dialog.accepted.connect(
            lambda: self.add_wish(
                dialog.theme_id(), dialog.wish_text(), dialog.raised_by.text(), names
            )
        )
        self.host.open_dialog(dialog)

    def add_wish(self, theme_id: int, text: str, raised_by: str, names: dict[int, str]) -> None:
        vision = self.host.context.services.vision
        command = self.host.push(
            QCoreApplication.translate("MeetingCycleCapture", "Add wish"),
            lambda: vision.add_wish(theme_id, text, raised_by),
            lambda view: vision.remove_wish(view.id),
        )
        if command.result is not None:
            self.host.say(
                QCoreApplication.translate("MeetingCycleCapture", "Wish added under %1.").replace(
                    "%1", names.get(theme_id, "")
                )
            )

    # -- Ctrl+T: this meeting's dot vote ------------------------------------------------------------
    def capture_votes(self) -> None:
        overview = self._round()
        if overview is None:
            return
        if not any(t.wishes for t in overview.vision.themes):
            self.host.show_message(
                QCoreApplication.translate(
                    "MeetingCycleCapture",
                    "There are no wishes to vote on yet; capture them first with Ctrl+W.",
                )
            )
            return
        ours = [s for s in overview.vision.vote_sessions if s.meeting_id == self.host.meeting_id]
        self.vote_ref["id"] = ours[-1].id if ours else None
        self.vote_cycle_id = overview.cycle.id
        dialog = VoteDialog(
            self.start_vote, self.record_tally, self.count_dots, self.host.dialog_parent()
        )
        self.host.open_dialog(dialog, forget_when_finished=True)
        self._show_vote(dialog)

    def _show_vote(self, dialog: VoteDialog) -> None:
        votes = self.host.context.services.priorities
        session: VoteSessionView | None = None
        paper: dict[int, int] = {}
        session_id = self.vote_ref["id"]
        if session_id is not None:
            try:
                session = votes.vote_session(session_id)
                paper = votes.counted_dots(session_id).get("", {})
            except BuurtDeskError:
                session = None  # undone in the meantime: ask for the set-up again
        dialog.show_session(session, paper)

    def start_vote(self, dots: int, participants: int) -> None:
        votes, ref, cycle_id = (
            self.host.context.services.priorities,
            self.vote_ref,
            self.vote_cycle_id,
        )
        title = QCoreApplication.translate("MeetingCycleCapture", "Dot vote of %1").replace(
            "%1", labels.long_date(self.host.detail.meeting.date)
        )
        meeting_id = self.host.meeting_id

        def do() -> VoteSessionView:
            session = votes.open_vote_session(
                cycle_id,
                dots_per_participant=dots,
                participants=participants,
                title=title,
                meeting_id=meeting_id,
            )
            ref["id"] = session.id
            return session

        def undo(session: VoteSessionView) -> None:
            votes.remove_vote_session(session.id)
            ref["id"] = None

        self.host.push(
            QCoreApplication.translate("MeetingCycleCapture", "Start the dot vote"),
            do,
            undo,
            self._vote_refused,
        )

    def record_tally(self, tally: dict[int, int]) -> None:
        votes, ref = self.host.context.services.priorities, self.vote_ref
        session_id = ref["id"]
        if session_id is None:
            return
        before = votes.counted_dots(session_id).get("", {})

        def do() -> VoteSessionView:
            return votes.enter_paper_tally(_session(ref), tally)

        command = self.host.push(
            QCoreApplication.translate("MeetingCycleCapture", "Record the paper tally"),
            do,
            lambda _r: votes.enter_paper_tally(_session(ref), before),
            self._vote_refused,
        )
        if command.result is not None:
            self.host.say(
                QCoreApplication.translate("MeetingCycleCapture", "The paper tally is recorded.")
            )

    def count_dots(self, who: str, wish_ids: list[int]) -> bool:
        votes, ref = self.host.context.services.priorities, self.vote_ref
        session_id = ref["id"]
        if session_id is None:
            return False
        before = votes.counted_dots(session_id).get(who.strip())

        def undo(_r: object) -> None:
            if before:
                votes.count_participant(
                    _session(ref), who, [w for w, n in before.items() for _ in range(n)]
                )
            else:
                votes.remove_participant(_session(ref), who)

        command = self.host.push(
            QCoreApplication.translate("MeetingCycleCapture", "Count dots on screen"),
            lambda: votes.count_participant(_session(ref), who, wish_ids),
            undo,
            self._vote_refused,
        )
        return command.result is not None

    def _vote_refused(self, error: BuurtDeskError) -> None:
        dialog = self.host.dialog
        if isinstance(dialog, VoteDialog):
            dialog.show_refusal(error)

    # -- Ctrl+R: a role -----------------------------------------------------------------------------
    def capture_role(self) -> None:
        overview = self._round()
        if overview is None:
            return
        services = self.host.context.services
        subjects = [(QCoreApplication.translate("MeetingCycleCapture", "The round as a whole"), "")]
        subjects += [
            (
                QCoreApplication.translate("MeetingCycleCapture", "Theme: %1").replace(
                    "%1", t.name
                ),
                subject_key(t.id, None),
            )
            for t in overview.vision.themes
        ]
        subjects += [
            (
                QCoreApplication.translate("MeetingCycleCapture", "Project: %1").replace(
                    "%1", p.project.name
                ),
                subject_key(None, p.project.id),
            )
            for p in overview.projects
        ]
        item = self.host.current_item()
        current = subject_key(item.theme_id, item.project_id) if item else ""
        dialog = RoleDialog(
            services.councils.people_of_council(self.host.detail.council.id),
            services.councils.list_organisations(),
            services.roles.standard_roles(labels.ui_language()),
            subjects,
            current,
            self.host.dialog_parent(),
        )
        cycle_id = overview.cycle.id
        dialog.accepted.connect(lambda: self.assign_role(cycle_id, dialog.result_input))
        self.host.open_dialog(dialog)
        dialog.who.setFocus()

    def assign_role(self, cycle_id: int, given: RoleInput | None) -> None:
        if given is None:
            return
        roles, council_id = self.host.context.services.roles, self.host.detail.council.id

        def do() -> RoleAssignmentView:
            view = roles.assign_role(
                cycle_id,
                given.role,
                person_id=given.person_id,
                organisation_id=given.organisation_id,
                theme_id=given.theme_id,
                project_id=given.project_id,
            )
            if given.ladder_step is not None and given.person_id is not None:
                try:
                    roles.set_ladder_step(council_id, given.person_id, given.ladder_step)
                except BuurtDeskError:
                    roles.remove_role(view.id)
                    raise
            return view

        def undo(view: RoleAssignmentView) -> None:
            if given.ladder_step is not None and given.person_id is not None:
                roles.undo_ladder_step(council_id, given.person_id)
            roles.remove_role(view.id)

        command = self.host.push(
            QCoreApplication.translate("MeetingCycleCapture", "Assign role"), do, undo
        )
        if command.result is not None:
            view = command.result
            self.host.say(
                QCoreApplication.translate("MeetingCycleCapture", "%1 is %2 for %3.")
                .replace("%1", view.participant_name)
                .replace("%2", view.role)
                .replace(
                    "%3",
                    view.subject
                    or QCoreApplication.translate("MeetingCycleCapture", "the round as a whole"),
                )
            )


def _session(ref: dict[str, int | None]) -> int:
    session_id = ref["id"]
    if session_id is None:
        raise RuleViolation.said("This vote session has been undone.")
    return session_id
