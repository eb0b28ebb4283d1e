"""The decision register: numbered per council per year (2026-014), with the vote."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import InvalidInput, NotFound
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, DecisionNumber, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.loaders import decision_views
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.views import DecisionView
from buurtdesk.store.models import AgendaItem, Council, Decision, Meeting
from buurtdesk.store.numbering import (
    claim_decision_number,
    release_decision_number,
    take_decision_number,
)

Votes = tuple[int, int, int]


def _votes(votes: Votes | None) -> tuple[int | None, int | None, int | None]:
    if votes is None:
        return None, None, None
    if len(votes) != 3 or any(v < 0 or v > 100_000 for v in votes):
        raise InvalidInput.said("A vote is three counts of zero or more: for, against, abstain.")
    return votes


def next_sequence(s: Session, council_id: int, year: int) -> int:
    """Every decision's number comes from here: store.numbering's counter, taken atomically."""
    return take_decision_number(s, council_id, year)


class DecisionService(Service):
    def record_decision(
        self,
        council_id: int,
        text: str,
        *,
        meeting_id: int | None = None,
        item_id: int | None = None,
        votes: Votes | None = None,
        decided_on: date | None = None,
        number: DecisionNumber | None = None,
    ) -> DecisionView:
        """Take a decision: it gets the next number of the council's year (or a given free one).

        The number comes from the council-year's counter, locked until the decision is stored:
        two people taking a decision at the same moment on a shared server both get one,
        consecutive, and neither is refused.
        """
        return self._record_decision(
            council_id,
            text,
            meeting_id=meeting_id,
            item_id=item_id,
            votes=votes,
            decided_on=decided_on,
            number=number,
        )

    def _record_decision(
        self,
        council_id: int,
        text: str,
        *,
        meeting_id: int | None = None,
        item_id: int | None = None,
        votes: Votes | None = None,
        decided_on: date | None = None,
        number: DecisionNumber | None = None,
    ) -> DecisionView:
        body = clean_text(
            text,
            field=NC_("field", "the decision's text"),
            limit=MAX_NOTE_LENGTH,
            required=True,
        )
        vote_for, vote_against, vote_abstain = _votes(votes)
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            if meeting_id is not None:
                meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
                ensure_meeting_editable(s, meeting_id)
                decided_on = decided_on or meeting.date
            if item_id is not None:
                self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            decided_on = decided_on or self.today()
            if number is not None:
                if number.year != decided_on.year:
                    raise InvalidInput.said(
                        "Decision {number} belongs to {year}, not to {decided_year}.",
                        number=number,
                        year=number.year,
                        decided_year=decided_on.year,
                    )
                taken = s.scalar(
                    select(Decision.id).where(
                        Decision.council_id == council_id,
                        Decision.year == number.year,
                        Decision.sequence == number.sequence,
                    )
                )
                if taken is not None:
                    raise InvalidInput.said(
                        "Decision number {number} is already taken.", number=number
                    )
                sequence = number.sequence
                claim_decision_number(s, council_id, number.year, sequence)
            else:
                sequence = next_sequence(s, council_id, decided_on.year)
            row = Decision(
                council_id=council_id,
                meeting_id=meeting_id,
                agenda_item_id=item_id,
                year=decided_on.year,
                sequence=sequence,
                text=body,
                decided_on=decided_on,
                votes_for=vote_for,
                votes_against=vote_against,
                votes_abstain=vote_abstain,
            )
            s.add(row)
            s.flush()
            return decision_views(s, [row])[0]

    def update_decision(
        self,
        decision_id: int,
        *,
        text: str | None = None,
        votes: Votes | None = None,
        clear_votes: bool = False,
        expected_version: int | None = None,
    ) -> DecisionView:
        with self.unit() as s:
            row = self.fetch(s, Decision, decision_id, NC_("kind of record", "Decision"))
            check_version(row, expected_version, {} if text is None else {"text": text})
            ensure_meeting_editable(s, row.meeting_id)
            if text is not None:
                row.text = clean_text(
                    text,
                    field=NC_("field", "the decision's text"),
                    limit=MAX_NOTE_LENGTH,
                    required=True,
                )
            if votes is not None or clear_votes:
                row.votes_for, row.votes_against, row.votes_abstain = _votes(
                    None if clear_votes else votes
                )
            s.flush()
            return decision_views(s, [row])[0]

    def set_confidential(self, decision_id: int, confidential: bool) -> bool:
        """Vertrouwelijk: the decision stays out of the minutes and the projector (its number
        stays taken). Returns the flag as it was."""
        with self.unit() as s:
            row = self.fetch(s, Decision, decision_id, NC_("kind of record", "Decision"))
            ensure_meeting_editable(s, row.meeting_id)
            before = row.confidential
            row.confidential = bool(confidential)
            return before

    def delete_decision(self, decision_id: int) -> DecisionView:
        """Take back a decision just recorded (undo). Returns it, so it can be put back."""
        with self.unit() as s:
            row = self.fetch(s, Decision, decision_id, NC_("kind of record", "Decision"))
            ensure_meeting_editable(s, row.meeting_id)
            view = decision_views(s, [row])[0]
            s.delete(row)
            release_decision_number(s, row.council_id, row.year, row.sequence)
            return view

    def restore_decision(self, view: DecisionView) -> DecisionView:
        """Undo of delete_decision: the same decision with the same number and UUID."""
        with self.unit() as s:
            row = Decision(
                uuid=view.uuid,
                council_id=view.council_id,
                meeting_id=view.meeting_id,
                agenda_item_id=view.agenda_item_id,
                year=view.number.year,
                sequence=view.number.sequence,
                text=view.text,
                decided_on=view.decided_on,
                votes_for=view.votes_for,
                votes_against=view.votes_against,
                votes_abstain=view.votes_abstain,
                withdrawn=view.withdrawn,
                confidential=view.confidential,
            )
            s.add(row)
            s.flush()
            claim_decision_number(s, view.council_id, view.number.year, view.number.sequence)
            return decision_views(s, [row])[0]

    def find(self, council_id: int, number: DecisionNumber) -> DecisionView:
        with self.unit() as s:
            row = s.scalars(
                select(Decision).where(
                    Decision.council_id == council_id,
                    Decision.year == number.year,
                    Decision.sequence == number.sequence,
                )
            ).first()
            if row is None:
                raise NotFound.said("Decision {number} does not exist.", number=number)
            return decision_views(s, [row])[0]

    def list_decisions(
        self, council_id: int, *, year: int | None = None, text: str = "", limit: int | None = None
    ) -> list[DecisionView]:
        """The register, newest first."""
        with self.unit() as s:
            query = select(Decision).where(Decision.council_id == council_id)
            if year is not None:
                query = query.where(Decision.year == year)
            if text.strip():
                query = query.where(Decision.text.ilike(f"%{text.strip()}%"))
            query = query.order_by(Decision.year.desc(), Decision.sequence.desc())
            if limit:
                query = query.limit(limit)
            return decision_views(s, s.scalars(query).all())

    def years(self, council_id: int) -> list[int]:
        with self.unit() as s:
            return list(
                s.scalars(
                    select(Decision.year)
                    .where(Decision.council_id == council_id)
                    .distinct()
                    .order_by(Decision.year.desc())
                )
            )
