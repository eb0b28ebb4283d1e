"""Rules of the council's work that do not need a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.enums import AgendaItemKind, PhaseKind
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.numbers import Number
from buurtdesk.domain.validation import plain_text
from buurtdesk.messages import N_, Marked, Sentence

PHASE_ORDER: tuple[PhaseKind, ...] = (
    PhaseKind.VISION,
    PhaseKind.ROLES,
    PhaseKind.PLANS,
    PhaseKind.EXECUTION,
    PhaseKind.EVALUATION,
)

# The standing items of a regular meeting, in order (titles: English source, in the council's
# language from the message catalogue). Open action points are reviewed at the action-list
# item; topics go between announcements and any other business.
STANDING_ITEMS: tuple[tuple[AgendaItemKind, str, int], ...] = (
    (AgendaItemKind.OPENING, N_("Opening"), 5),
    (AgendaItemKind.AGENDA, N_("Adoption of the agenda"), 5),
    (AgendaItemKind.PREVIOUS_MINUTES, N_("Minutes of the previous meeting"), 10),
    (AgendaItemKind.ACTION_LIST, N_("Action list"), 15),
    (AgendaItemKind.ANNOUNCEMENTS, N_("Announcements"), 10),
    (AgendaItemKind.ANY_OTHER_BUSINESS, N_("Any other business"), 10),
    (AgendaItemKind.CLOSING, N_("Closing"), 5),
)

# Longest texts accepted anywhere; beyond these a paste is refused with a message.
MAX_NAME_LENGTH = 200
MAX_PLACE_LENGTH = 300  # a meeting place, and a council's usual one
MAX_TITLE_LENGTH = 500
MAX_NOTE_LENGTH = 1_000_000


@dataclass(frozen=True, order=True, slots=True)
class DecisionNumber:
    """A decision's number: per council per year, shown as 2026-014."""

    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.year}-{self.sequence:03d}"

    @classmethod
    def parse(cls, text: str) -> DecisionNumber:
        raw = text.strip()
        year_text, sep, seq_text = raw.partition("-")
        if not sep or not year_text.isdigit() or not seq_text.isdigit() or len(year_text) != 4:
            raise InvalidInput.said(
                "'{raw}' is not a decision number; it looks like 2026-014.", raw=raw[:20]
            )
        sequence = int(seq_text)
        if sequence < 1:
            raise InvalidInput.said("Decision numbers start at 1.")
        return cls(int(year_text), sequence)


def next_phase(current: PhaseKind) -> PhaseKind | None:
    """The phase after `current`, or None after evaluation (a new round starts)."""
    index = PHASE_ORDER.index(current)
    return PHASE_ORDER[index + 1] if index + 1 < len(PHASE_ORDER) else None


def phase_distance(current: PhaseKind, target: PhaseKind) -> int:
    """Steps forward (positive) or back (negative) from current to target."""
    return PHASE_ORDER.index(target) - PHASE_ORDER.index(current)


def is_overdue(due: date | None, today: date, *, open_: bool) -> bool:
    return open_ and due is not None and due < today


def clean_text(value: str, *, field: Marked, limit: int, required: bool) -> str:
    """Strip a typed text and check its length; one clear sentence when it does not fit.
    `field` names what was typed ("the remarks"), marked with NC_("field", ...)."""
    text = plain_text(value).strip()  # the same characters as a package may bring
    if required and not text:
        raise InvalidInput.said("Enter {field}.", field=Sentence.of(field))
    if len(text) > limit:
        raise InvalidInput.said(
            "{field} is too long ({length} characters; at most {limit}).",
            field=Sentence.of(field).capital(),
            length=Number(len(text)),
            limit=Number(limit),
        )
    return text
