"""Toekomstagenda capture in meeting mode: what the chair captures lands in the round itself.

Ctrl+W a wish under a theme, Ctrl+T this meeting's dot vote (paper tally or counted on
screen, with the top 3 and its tie notes), Ctrl+R a role with an optional ladder step.
Offered in a toekomstagenda meeting, or at an agenda item linked to a phase, theme or
project. Every capture is one command on the shared undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from buurtdesk.domain.enums import MeetingKind
from buurtdesk.domain.errors import BuurtDeskError, RuleViolation
from buurtdesk.services.cycle.views import RoundView, VoteSessionView
from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.meeting_mode.cycle_dialogs import (
    RoleDialog,
    RoleInput,
    VoteDialog,
    WishDialog,
    subject_key,
)


class CycleCaptureMixin:
    """The toekomstagenda half of MeetingModeWindow's capture; the window supplies these."""

    context: Context
    detail: MeetingDetail
    meeting_id: int
    dialog: Any
    notice: Any
    keeper: Any
    banner: Any
    safe_reload: Callable[[], None]
    safe_error: Callable[[BuurtDeskError], None]
    show_error: Callable[[BuurtDeskError], None]
    current_item: Callable[[], AgendaItemView | None]
    _action: Callable[[str, list[str], Callable[[], object]], QAction]
    _open: Callable[[Any], None]

    # -- building ------------------------------------------------------------------------------
    def build_cycle_hint(self) -> QLabel:
        """The one-line reminder of the keys, shown only where they work."""
        self.cycle_hint = QLabel(
            QCoreApplication.translate(
                "MeetingCycleCapture", "Toekomstagenda: Ctrl+W wish · Ctrl+T dot vote · Ctrl+R role"
            )
        )
        self.cycle_hint.setObjectName("cycleHint")
        self.cycle_hint.setProperty("class", "muted")
        self.cycle_hint.setContentsMargins(16, 0, 16, 2)
        self.cycle_hint.hide()
        return self.cycle_hint

    def build_cycle_actions(self) -> None:
        self.vote_ref: dict[str, int | None] = {"id": None}
        self.wish_action = self._action(
            QCoreApplication.translate("MeetingCycleCapture", "Wish"), ["Ctrl+W"], self.capture_wish
        )
        self.vote_action = self._action(
            QCoreApplication.translate("MeetingCycleCapture", "Dot vote"),
            ["Ctrl+T"],
            self.capture_votes,
        )
        self.role_action = self._action(
            QCoreApplication.translate("MeetingCycleCapture", "Role"), ["Ctrl+R"], self.capture_role
        )

    def cycle_capture_applies(self) -> bool:
        if self.detail.meeting.kind == MeetingKind.TOEKOMSTAGENDA:
            return True
        item = self.current_item()
        return item is not None and (
            item.phase is not None or item.theme_id is not None or item.project_id is not None
        )

    def show_cycle_capture(self) -> None:
        """Called whenever meeting mode shows the meeting or an item again."""
        applies = self.cycle_capture_applies()
        for action in (self.wish_action, self.vote_action, self.role_action):
            action.setEnabled(applies)
        self.cycle_hint.setVisible(applies)
        if isinstance(self.dialog, VoteDialog) and shiboken6.isValid(self.dialog):
            self._show_vote(self.dialog)

    # -- shared -----------------------------------------------------------------------------------
    def _round(self) -> RoundView | None:
        """The council's open round, or None after saying why there is none."""
        cycle = self.context.services.cycle
        council_id = self.detail.council.id
        try:
            current = cycle.current_round(council_id)
            if current is None:
                raise RuleViolation(
                    "Start eerst een toekomstagenda-ronde; dan komt wat u hier vastlegt in die ronde.",
                    "Start a round of the toekomstagenda first; then what you capture here goes into it.",
                )
            return cycle.round_overview(council_id, current.id)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return None

    def _push_cycle(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        refused: Callable[[BuurtDeskError], None] | None = None,
    ) -> EditCommand:
        """Like the window's _push; a refusal goes to `refused` (the open dialog) when given."""
        self.keeper.flush()
        self.banner.hide()
        window_error = self.safe_error

        def on_error(exc: BuurtDeskError) -> None:
            dialog = self.dialog
            if refused is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                refused(exc)
            else:
                window_error(exc)

        command = EditCommand(text, do=do, undo=undo, after=self.safe_reload, on_error=on_error)
        self.context.undo_stack.push(command)
        return command

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- Ctrl+W: a wish ---------------------------------------------------------------------------
    def capture_wish(self) -> None:
        overview = self._round()
        if overview is None:
            return
        themes = overview.vision.themes
        if not themes:
            self.show_error(
                RuleViolation(
                    "Deze ronde heeft nog geen thema's; voeg ze eerst toe bij Toekomstagenda.",
                    "This round has no themes yet; add them under Toekomstagenda first.",
                )
            )
            return
        item = self.current_item()
        dialog = WishDialog(themes, item.theme_id if item else None, self)  # type: ignore[arg-type]
        names = {t.id: t.name for t in themes}
        dialog.accepted.connect(
            lambda: self.add_wish(
                dialog.theme_id(), dialog.wish_text(), dialog.raised_by.text(), names
            )
        )
        self._open(dialog)

    def add_wish(self, theme_id: int, text: str, raised_by: str, names: dict[int, str]) -> None:
        vision = self.context.services.vision
        command = self._push_cycle(
            QCoreApplication.translate("MeetingCycleCapture", "Add wish"),
            lambda: vision.add_wish(theme_id, text, raised_by),
            lambda view: vision.remove_wish(view.id),
        )
        if command.result is not None:
            self._say(
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
            self.show_error(
                RuleViolation(
                    "Er zijn nog geen wensen om op te stemmen; leg ze eerst vast met Ctrl+W.",
                    "There are no wishes to vote on yet; capture them first with Ctrl+W.",
                )
            )
            return
        ours = [s for s in overview.vision.vote_sessions if s.meeting_id == self.meeting_id]
        self.vote_ref["id"] = ours[-1].id if ours else None
        self.vote_cycle_id = overview.cycle.id
        dialog = VoteDialog(self.start_vote, self.record_tally, self.count_dots, self)  # type: ignore[arg-type]
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self._open(dialog)
        self._show_vote(dialog)

    def _show_vote(self, dialog: VoteDialog) -> None:
        votes = self.context.services.priorities
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
        votes, ref, cycle_id = self.context.services.priorities, self.vote_ref, self.vote_cycle_id
        title = QCoreApplication.translate("MeetingCycleCapture", "Dot vote of %1").replace(
            "%1", labels.long_date(self.detail.meeting.date)
        )
        meeting_id = self.meeting_id

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

        self._push_cycle(
            QCoreApplication.translate("MeetingCycleCapture", "Start the dot vote"),
            do,
            undo,
            self._vote_refused,
        )

    def record_tally(self, tally: dict[int, int]) -> None:
        votes, ref = self.context.services.priorities, self.vote_ref
        session_id = ref["id"]
        if session_id is None:
            return
        before = votes.counted_dots(session_id).get("", {})

        def do() -> VoteSessionView:
            return votes.enter_paper_tally(_session(ref), tally)

        command = self._push_cycle(
            QCoreApplication.translate("MeetingCycleCapture", "Record the paper tally"),
            do,
            lambda _r: votes.enter_paper_tally(_session(ref), before),
            self._vote_refused,
        )
        if command.result is not None:
            self._say(
                QCoreApplication.translate("MeetingCycleCapture", "The paper tally is recorded.")
            )

    def count_dots(self, who: str, wish_ids: list[int]) -> bool:
        votes, ref = self.context.services.priorities, self.vote_ref
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

        command = self._push_cycle(
            QCoreApplication.translate("MeetingCycleCapture", "Count dots on screen"),
            lambda: votes.count_participant(_session(ref), who, wish_ids),
            undo,
            self._vote_refused,
        )
        return command.result is not None

    def _vote_refused(self, error: BuurtDeskError) -> None:
        if isinstance(self.dialog, VoteDialog):
            self.dialog.show_refusal(error)

    # -- Ctrl+R: a role -----------------------------------------------------------------------------
    def capture_role(self) -> None:
        overview = self._round()
        if overview is None:
            return
        services = self.context.services
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
        item = self.current_item()
        current = subject_key(item.theme_id, item.project_id) if item else ""
        dialog = RoleDialog(
            services.councils.people_of_council(self.detail.council.id),
            services.councils.list_organisations(),
            services.roles.standard_roles(labels.ui_language()),
            subjects,
            current,
            self,  # type: ignore[arg-type]
        )
        cycle_id = overview.cycle.id
        dialog.accepted.connect(lambda: self.assign_role(cycle_id, dialog.result_input))
        self._open(dialog)
        dialog.who.setFocus()

    def assign_role(self, cycle_id: int, given: RoleInput | None) -> None:
        if given is None:
            return
        roles, council_id = self.context.services.roles, self.detail.council.id

        def do() -> Any:
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

        def undo(view: Any) -> None:
            if given.ladder_step is not None and given.person_id is not None:
                roles.undo_ladder_step(council_id, given.person_id)
            roles.remove_role(view.id)

        command = self._push_cycle(
            QCoreApplication.translate("MeetingCycleCapture", "Assign role"), do, undo
        )
        if command.result is not None:
            view = command.result
            self._say(
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
        raise RuleViolation(
            "Deze stemronde is teruggedraaid.", "This vote session has been undone."
        )
    return session_id
