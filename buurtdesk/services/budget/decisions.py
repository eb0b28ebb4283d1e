"""Finding (or, in meeting mode, recording) the decision an allocation rests on.

Runs inside the budget service's unit of work, so a new decision and its allocation are
stored together or not at all. Numbering follows the decision register (DecisionService).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import InvalidInput, NotFound, RuleViolation
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, DecisionNumber, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.budget.views import DecisionRef, NewDecision
from buurtdesk.services.decisions import next_sequence
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.store.models import AgendaItem, Decision, Meeting


def resolve_decision(s: Session, council_id: int, ref: DecisionRef, today: date) -> Decision:
    """The council's decision named by `ref`; a NewDecision is recorded first."""
    if isinstance(ref, NewDecision):
        return _record(s, council_id, ref, today)
    if isinstance(ref, bool):
        raise TypeError("a decision is named by its id, its number or a NewDecision")
    if isinstance(ref, int):
        row = s.get(Decision, ref)
        if row is None or row.council_id != council_id:
            raise NotFound.said("Decision {ref} does not exist for this council.", ref=ref)
    else:
        number = DecisionNumber.parse(ref) if isinstance(ref, str) else ref
        found = s.scalars(
            select(Decision).where(
                Decision.council_id == council_id,
                Decision.year == number.year,
                Decision.sequence == number.sequence,
            )
        ).first()
        if found is None:
            raise NotFound.said(
                "Decision {number} does not exist; record it in the decision register first.",
                number=number,
            )
        row = found
    if row.withdrawn:
        number = DecisionNumber(row.year, row.sequence)
        raise RuleViolation.said(
            "Decision {number} was withdrawn; no money can be allocated on it.", number=number
        )
    return row


def _record(s: Session, council_id: int, new: NewDecision, today: date) -> Decision:
    text = clean_text(
        new.text,
        field=NC_("field", "the decision's text"),
        limit=MAX_NOTE_LENGTH,
        required=True,
    )
    decided_on = new.decided_on
    if new.meeting_id is not None:
        meeting = s.get(Meeting, new.meeting_id)
        if meeting is None or meeting.council_id != council_id:
            raise NotFound.said(
                "Meeting {meeting_id} does not exist for this council.", meeting_id=new.meeting_id
            )
        ensure_meeting_editable(s, meeting.id)
        decided_on = decided_on or meeting.date
    if new.item_id is not None and s.get(AgendaItem, new.item_id) is None:
        raise NotFound.said("Agenda item {item_id} does not exist.", item_id=new.item_id)
    votes: tuple[int | None, int | None, int | None] = (None, None, None)
    if new.votes is not None:
        if len(new.votes) != 3 or any(v < 0 or v > 100_000 for v in new.votes):
            raise InvalidInput.said(
                "A vote is three counts of zero or more: for, against, abstain."
            )
        votes = new.votes
    decided_on = decided_on or today
    row = Decision(
        council_id=council_id,
        meeting_id=new.meeting_id,
        agenda_item_id=new.item_id,
        year=decided_on.year,
        sequence=next_sequence(s, council_id, decided_on.year),
        text=text,
        decided_on=decided_on,
        votes_for=votes[0],
        votes_against=votes[1],
        votes_abstain=votes[2],
    )
    s.add(row)
    s.flush()
    return row
