"""Priorities the Buurt Bestuurt way: dot votes, the top priorities, and what each party commits.

A vote session gives each participant N dots. Dots arrive as a tally typed in from paper
(`enter_paper_tally`: dots per wish) or counted on screen per participant (`count_participant`:
one wish id per dot). `keep_priorities` keeps the top N of a session as the round's priorities;
equal dots are ranked by order of entry of the wishes and every such tie carries a note
(domain.cycle.rank_wishes). Each party then says what it commits to (`set_commitment`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import (
    MAX_DOTS_PER_PARTICIPANT,
    MAX_PARTICIPANTS,
    TalliedWish,
    check_paper_tally,
    count_dots,
    rank_wishes,
)
from buurtdesk.domain.enums import Party
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, VersionConflict, check_version
from buurtdesk.services.cycle.loaders import (
    council_language,
    fetch_open_round,
    priority_views,
    vote_session_view,
    wish_rows,
)
from buurtdesk.services.cycle.views import (
    PriorityView,
    VoteSessionView,
)
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.store.models import (
    Cycle,
    Meeting,
    Priority,
    PriorityCommitment,
    PriorityVote,
    VoteSession,
)


class PriorityService(Service):
    # -- dot votes ---------------------------------------------------------------------------------
    def open_vote_session(
        self,
        cycle_id: int,
        *,
        dots_per_participant: int = 3,
        participants: int = 0,
        title: str = "",
        held_on: date | None = None,
        meeting_id: int | None = None,
    ) -> VoteSessionView:
        """A dot-vote: N dots per participant; `meeting_id` when it is held in a meeting."""
        if not 1 <= dots_per_participant <= MAX_DOTS_PER_PARTICIPANT:
            raise InvalidInput.said(
                "Give everyone 1 to {most} dots.",
                most=MAX_DOTS_PER_PARTICIPANT,
            )
        _check_participants(participants)
        with self.unit() as s:
            cycle = fetch_open_round(s, cycle_id)
            if meeting_id is not None:
                meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
                if meeting.council_id != cycle.council_id:
                    raise InvalidInput.said("This meeting belongs to another council.")
                ensure_meeting_editable(s, meeting_id)
                held_on = held_on or meeting.date
            row = VoteSession(
                cycle_id=cycle_id,
                meeting_id=meeting_id,
                title=title.strip()[:MAX_TITLE_LENGTH] or "Prioriteren met stippen",
                held_on=held_on or self.today(),
                dots_per_participant=dots_per_participant,
                participants=participants,
            )
            s.add(row)
            s.flush()
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def vote_session(self, session_id: int) -> VoteSessionView:
        with self.unit() as s:
            row = self.fetch(s, VoteSession, session_id, NC_("kind of record", "Vote session"))
            cycle = self.fetch(s, Cycle, row.cycle_id, NC_("kind of record", "Round"))
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def set_participants(self, session_id: int, participants: int) -> VoteSessionView:
        _check_participants(participants)
        with self.unit() as s:
            row, cycle = self._session(s, session_id)
            row.participants = participants
            s.flush()
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def enter_paper_tally(self, session_id: int, tally: Mapping[int, int]) -> VoteSessionView:
        """The counts from a paper session, dots per wish id; replaces an earlier paper tally.

        Refused when a count is negative, a wish is not in this round, or the total is more
        than participants × dots handed out.
        """
        with self.unit() as s:
            row, cycle = self._session(s, session_id)
            known = {w.id for w, _t in wish_rows(s, cycle.id)}
            unknown = sorted(set(tally) - known)
            if unknown:
                raise InvalidInput.said(
                    "Wish {unknown} is not part of this round.", unknown=unknown[0]
                )
            on_screen = s.scalar(
                select(func.coalesce(func.sum(PriorityVote.dots), 0)).where(
                    PriorityVote.session_id == session_id, PriorityVote.participant != ""
                )
            )
            check_paper_tally(
                tally,
                row.dots_per_participant,
                row.participants,
                already_counted=int(on_screen or 0),
            )
            s.execute(
                delete(PriorityVote).where(
                    PriorityVote.session_id == session_id, PriorityVote.participant == ""
                )
            )
            for wish_id, dots in tally.items():
                if dots:
                    s.add(
                        PriorityVote(
                            session_id=session_id, wish_id=wish_id, dots=dots, participant=""
                        )
                    )
            s.flush()
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def count_participant(
        self, session_id: int, participant: str, wish_ids: Sequence[int]
    ) -> VoteSessionView:
        """One participant's dots counted on screen: one wish id per dot (a wish may repeat).

        Replaces what was counted for this participant before. More dots than the session
        allows is refused with the reason (InvalidInput, Dutch and English). The session's
        number of participants grows to at least the number counted on screen.
        """
        who = clean_text(
            participant,
            field=NC_("field", "who is voting"),
            limit=MAX_NAME_LENGTH,
            required=True,
        )
        with self.unit() as s:
            row, cycle = self._session(s, session_id)
            known = [w.id for w, _t in wish_rows(s, cycle.id)]
            dots = count_dots(wish_ids, row.dots_per_participant, who, known)
            s.execute(
                delete(PriorityVote).where(
                    PriorityVote.session_id == session_id, PriorityVote.participant == who
                )
            )
            for wish_id, n in dots.items():
                s.add(PriorityVote(session_id=session_id, wish_id=wish_id, dots=n, participant=who))
            s.flush()
            counted = s.scalar(
                select(func.count(func.distinct(PriorityVote.participant))).where(
                    PriorityVote.session_id == session_id, PriorityVote.participant != ""
                )
            )
            row.participants = max(row.participants, int(counted or 0))
            s.flush()
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def remove_participant(self, session_id: int, participant: str) -> VoteSessionView:
        """Take one participant's on-screen dots out again (undo of count_participant)."""
        with self.unit() as s:
            row, cycle = self._session(s, session_id)
            s.execute(
                delete(PriorityVote).where(
                    PriorityVote.session_id == session_id,
                    PriorityVote.participant == participant.strip(),
                )
            )
            s.flush()
            return vote_session_view(s, row, council_language(s, cycle.council_id))

    def counted_dots(self, session_id: int) -> dict[str, dict[int, int]]:
        """Dots per wish id per participant; the key "" holds the tally typed in from paper."""
        with self.unit() as s:
            self.fetch(s, VoteSession, session_id, NC_("kind of record", "Vote session"))
            counted: dict[str, dict[int, int]] = {}
            for vote in s.scalars(
                select(PriorityVote)
                .where(PriorityVote.session_id == session_id)
                .order_by(PriorityVote.id)
            ).all():
                per_wish = counted.setdefault(vote.participant, {})
                per_wish[vote.wish_id] = per_wish.get(vote.wish_id, 0) + vote.dots
            return counted

    def remove_vote_session(self, session_id: int) -> None:
        """Take a vote session away again (the screen's undo of open_vote_session)."""
        with self.unit() as s:
            row, _cycle = self._session(s, session_id)
            s.delete(row)

    # -- priorities ----------------------------------------------------------------------------------
    def keep_priorities(self, session_id: int, top: int = 3) -> tuple[PriorityView, ...]:
        """Keep the session's top `top` as the round's priorities, ties noted on the priority.

        Replaces the round's earlier priorities; a wish that stays a priority keeps its
        commitments, the commitments of a wish that drops out go with it.
        """
        if not 1 <= top <= 20:
            raise InvalidInput.said("Choose 1 to 20 priorities.")
        with self.unit() as s:
            row, cycle = self._session(s, session_id)
            language = council_language(s, cycle.council_id)
            votes = s.execute(
                select(PriorityVote.wish_id, func.sum(PriorityVote.dots))
                .where(PriorityVote.session_id == session_id)
                .group_by(PriorityVote.wish_id)
            ).all()
            dots = {wish_id: int(n or 0) for wish_id, n in votes}
            if not any(dots.values()):
                raise RuleViolation.said("No dots have been counted in this vote session yet.")
            wishes = [
                TalliedWish(w.id, w.text, dots.get(w.id, 0)) for w, _t in wish_rows(s, cycle.id)
            ]
            ranking = rank_wishes(wishes, top_n=top)
            chosen = [r for r in ranking.top if r.dots > 0]
            existing = {
                p.wish_id: p
                for p in s.scalars(select(Priority).where(Priority.cycle_id == cycle.id)).all()
            }
            keep = {r.wish_id for r in chosen}
            for wish_id, old in existing.items():
                if wish_id not in keep:
                    s.delete(old)
                else:
                    old.rank = -old.id  # out of the way of the unique (cycle, rank)
            s.flush()
            for r in chosen:
                found = existing.get(r.wish_id)
                priority = (
                    found if found is not None else Priority(cycle_id=cycle.id, wish_id=r.wish_id)
                )
                s.add(priority)
                priority.rank = r.rank
                priority.dots = r.dots
                priority.tie_note = r.tie_note(language)
            s.flush()
            return priority_views(s, cycle.id)

    def restore_priorities(
        self, cycle_id: int, previous: Sequence[PriorityView]
    ) -> tuple[PriorityView, ...]:
        """Put back the priorities as they were (the screen's undo of keep_priorities)."""
        with self.unit() as s:
            fetch_open_round(s, cycle_id)
            s.execute(delete(Priority).where(Priority.cycle_id == cycle_id))
            s.flush()
            for view in previous:
                row = Priority(
                    cycle_id=cycle_id,
                    wish_id=view.wish_id,
                    rank=view.rank,
                    dots=view.dots,
                    tie_note=view.tie_note,
                )
                s.add(row)
                s.flush()
                for c in view.commitments:
                    s.add(
                        PriorityCommitment(
                            priority_id=row.id, party=c.party, commitment=c.commitment
                        )
                    )
            s.flush()
            return priority_views(s, cycle_id)

    def priorities(self, cycle_id: int) -> tuple[PriorityView, ...]:
        with self.unit() as s:
            self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
            return priority_views(s, cycle_id)

    def set_commitment(
        self,
        priority_id: int,
        party: Party,
        commitment: str,
        *,
        expected_version: int | None = None,
    ) -> PriorityView:
        """What one party commits to do about a priority; an empty text takes it away.

        `expected_version` is the version of the commitment the edit was based on, 0 when
        there was none yet: a commitment someone else wrote in between is not overwritten.
        """
        text = _note(commitment)
        with self.unit() as s:
            priority = self.fetch(s, Priority, priority_id, NC_("kind of record", "Priority"))
            fetch_open_round(s, priority.cycle_id)
            row = s.scalars(
                select(PriorityCommitment).where(
                    PriorityCommitment.priority_id == priority_id,
                    PriorityCommitment.party == Party(party),
                )
            ).first()
            if row is None and expected_version:  # someone else took it away in between
                raise VersionConflict({"commitment": text}, {"commitment": ""}, 0)
            if row is not None and expected_version == 0:  # someone else wrote one in between
                raise VersionConflict(
                    {"commitment": text}, {"commitment": row.commitment}, row.version
                )
            if row is not None:
                check_version(row, expected_version, {"commitment": text})
            if not text:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(
                    PriorityCommitment(priority_id=priority_id, party=Party(party), commitment=text)
                )
            else:
                row.commitment = text
            s.flush()
            return next(p for p in priority_views(s, priority.cycle_id) if p.id == priority_id)

    # -- helpers ------------------------------------------------------------------------
    def _session(self, s: Session, session_id: int) -> tuple[VoteSession, Cycle]:
        row = self.fetch(s, VoteSession, session_id, NC_("kind of record", "Vote session"))
        cycle = fetch_open_round(s, row.cycle_id)
        if row.meeting_id is not None:
            ensure_meeting_editable(s, row.meeting_id)
        return row, cycle


def _check_participants(participants: int) -> None:
    if not 0 <= participants <= MAX_PARTICIPANTS:
        raise InvalidInput.said(
            "The number of participants is between 0 and {max_participants}.",
            max_participants=MAX_PARTICIPANTS,
        )


def _note(value: str) -> str:
    return clean_text(value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=False)
