"""Rules of the council's work that do not need a database."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.enums import AgendaItemKind, PhaseKind
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.validation import plain_text

PHASE_ORDER: tuple[PhaseKind, ...] = (
    PhaseKind.VISION,
    PhaseKind.ROLES,
    PhaseKind.PLANS,
    PhaseKind.EXECUTION,
    PhaseKind.EVALUATION,
)

# The standing items of a regular meeting, in order. Open action points are reviewed
# at the action-list item; topics go between announcements and any other business.
STANDING_ITEMS: tuple[tuple[AgendaItemKind, str, int], ...] = (
    (AgendaItemKind.OPENING, "Opening", 5),
    (AgendaItemKind.AGENDA, "Vaststellen agenda", 5),
    (AgendaItemKind.PREVIOUS_MINUTES, "Verslag vorige vergadering", 10),
    (AgendaItemKind.ACTION_LIST, "Actielijst", 15),
    (AgendaItemKind.ANNOUNCEMENTS, "Mededelingen", 10),
    (AgendaItemKind.ANY_OTHER_BUSINESS, "Rondvraag", 10),
    (AgendaItemKind.CLOSING, "Sluiting", 5),
)

STANDING_TITLES_EN: dict[AgendaItemKind, str] = {
    AgendaItemKind.OPENING: "Opening",
    AgendaItemKind.AGENDA: "Adoption of the agenda",
    AgendaItemKind.PREVIOUS_MINUTES: "Minutes of the previous meeting",
    AgendaItemKind.ACTION_LIST: "Action list",
    AgendaItemKind.ANNOUNCEMENTS: "Announcements",
    AgendaItemKind.ANY_OTHER_BUSINESS: "Any other business",
    AgendaItemKind.CLOSING: "Closing",
}

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


def clean_text(value: str, *, field_nl: str, field_en: str, limit: int, required: bool) -> str:
    """Strip a typed text and check its length; one clear sentence when it does not fit."""
    text = plain_text(value).strip()  # the same characters as a package may bring
    if required and not text:
        raise InvalidInput.said("Enter {field_en}.", field_en=field_en, field_nl=field_nl)
    if len(text) > limit:
        raise InvalidInput.said(
            "{field_en} is too long ({length:,} characters; at most {limit:,}).",
            field_en=field_en.capitalize(),
            field_nl=field_nl.capitalize(),
            length=len(text),
            limit=limit,
            length_nl=f"{len(text):,}".replace(",", "."),
            limit_nl=f"{limit:,}".replace(",", "."),
        )
    return text
