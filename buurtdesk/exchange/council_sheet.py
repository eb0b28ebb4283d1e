"""The municipality's overview of its councils (the Gemeente table) as a spreadsheet.

One row per council: the next meeting and whether its agenda is ready, the last minutes and
whether they are adopted, open and overdue action points (and how many the municipality or
another organisation owns), the toekomstagenda phase, and the budget of the year: assigned,
allocated, spent and free. Same CSV and XLSX rules as the action list (sheets.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from buurtdesk.domain.cycle import PHASE_LABELS, label
from buurtdesk.domain.enums import CouncilKind, Language, PhaseKind
from buurtdesk.domain.money import Money
from buurtdesk.exchange.sheets import YES_NO, Column, Sheet, _sheet
from buurtdesk.services import Services
from buurtdesk.services.municipality.views import CouncilRow

KIND_WORDS = {
    CouncilKind.WIJKOVERLEG: ("Wijkoverleg", "District council"),
    CouncilKind.DORPSRAAD: ("Dorpsraad", "Village council"),
}


def _euros(amount: Money) -> Decimal:
    return Decimal(amount.cents) / 100


def _yes_no(value: bool | None, word: int) -> str:
    if value is None:
        return ""
    return YES_NO[word][0] if value else YES_NO[word][1]


def _phase(row: CouncilRow, word: int) -> str:
    if row.phase is None:
        return ""
    return label(PHASE_LABELS, PhaseKind(row.phase), "en" if word else "nl")


COUNCIL_COLUMNS = (
    Column("Id", "Id", "whole", 6, lambda r, w: r.council_id),
    Column("Overleg", "Council", "text", 32, lambda r, w: r.name),
    Column("Soort", "Kind", "text", 14, lambda r, w: KIND_WORDS[r.kind][w]),
    Column("Volgende vergadering", "Next meeting", "date", 14, lambda r, w: r.next_meeting),
    Column(
        "Agenda klaar",
        "Agenda ready",
        "text",
        10,
        lambda r, w: _yes_no(r.agenda_ready if r.next_meeting else None, w),
    ),
    Column("Laatste verslag", "Last minutes", "date", 14, lambda r, w: r.last_minutes),
    Column("Vastgesteld", "Adopted", "text", 10, lambda r, w: _yes_no(r.minutes_adopted, w)),
    Column("Open actiepunten", "Open action points", "whole", 10, lambda r, w: r.open_actions),
    Column("Te laat", "Overdue", "whole", 8, lambda r, w: r.overdue_actions),
    Column(
        "Bij de gemeente", "With the municipality", "whole", 10, lambda r, w: r.municipality_actions
    ),
    Column(
        "Bij andere organisaties",
        "With other organisations",
        "whole",
        10,
        lambda r, w: r.organisation_actions,
    ),
    Column("Fase toekomstagenda", "Toekomstagenda phase", "text", 18, _phase),
    Column("Jaar", "Year", "whole", 6, lambda r, w: r.year),
    Column("Beschikbaar", "Assigned", "money", 13, lambda r, w: _euros(r.assigned)),
    Column("Toegekend", "Allocated", "money", 13, lambda r, w: _euros(r.allocated)),
    Column("Uitgegeven", "Spent", "money", 13, lambda r, w: _euros(r.spent)),
    Column("Vrij", "Free", "money", 13, lambda r, w: _euros(r.free)),
)


def council_sheet(services: Services, year: int | None, language: str = "nl") -> Sheet:
    rows: list[Any] = services.municipality.councils_table(year)
    return _sheet(
        ("Overleggen", "Councils"),
        COUNCIL_COLUMNS,
        rows,
        Language.ENGLISH if language == "en" else Language.DUTCH,
    )
