"""The rows a phase move writes: the phase of a round, and the council's decision to move on."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.services.decisions import next_sequence
from buurtdesk.store.models import Decision, Phase


def phase_row(s: Session, cycle_id: int, kind: PhaseKind) -> Phase:
    """The round's row for one phase (made now for a round stored before its phases were)."""
    row = s.scalars(select(Phase).where(Phase.cycle_id == cycle_id, Phase.kind == kind)).first()
    if row is None:
        row = Phase(cycle_id=cycle_id, kind=kind)
        s.add(row)
    return row


def decide(s: Session, council_id: int, text: str, meeting_id: int | None, on: date) -> Decision:
    """A decision of the council, numbered like every other (services.decisions.next_sequence)."""
    row = Decision(
        council_id=council_id,
        meeting_id=meeting_id,
        year=on.year,
        sequence=next_sequence(s, council_id, on.year),
        text=text,
        decided_on=on,
    )
    s.add(row)
    s.flush()
    return row
