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
from buurtdesk.exchange.sheets import Column, Sheet, _sheet, yes_no
from buurtdesk.messages import N_, NC_, Marked, normal_language, translated
from buurtdesk.services import Services
from buurtdesk.services.municipality.views import CouncilRow

KIND_WORDS: dict[CouncilKind, Marked] = {
    CouncilKind.WIJKOVERLEG: N_("Neighbourhood council"),  # as the documents say
    CouncilKind.DORPSRAAD: N_("Village council"),
}


def _euros(amount: Money) -> Decimal:
    return Decimal(amount.cents) / 100


def _yes_no(value: bool | None, language: str) -> str:
    return "" if value is None else yes_no(value, language)


def _phase(row: CouncilRow, language: str) -> str:
    if row.phase is None:
        return ""
    return label(PHASE_LABELS, PhaseKind(row.phase), language)


COUNCIL_COLUMNS = (
    Column(N_("Id"), "whole", 6, lambda r, lang: r.council_id),
    Column(N_("Council"), "text", 32, lambda r, lang: r.name),
    Column(N_("Kind"), "text", 14, lambda r, lang: translated(KIND_WORDS[r.kind], lang)),
    Column(N_("Next meeting"), "date", 14, lambda r, lang: r.next_meeting),
    Column(
        N_("Agenda ready"),
        "text",
        10,
        lambda r, lang: _yes_no(r.agenda_ready if r.next_meeting else None, lang),
    ),
    Column(N_("Last minutes"), "date", 14, lambda r, lang: r.last_minutes),
    Column(N_("Adopted"), "text", 10, lambda r, lang: _yes_no(r.minutes_adopted, lang)),
    Column(N_("Open action points"), "whole", 10, lambda r, lang: r.open_actions),
    Column(N_("Overdue"), "whole", 8, lambda r, lang: r.overdue_actions),
    Column(N_("With the municipality"), "whole", 10, lambda r, lang: r.municipality_actions),
    Column(N_("With other organisations"), "whole", 10, lambda r, lang: r.organisation_actions),
    Column(N_("Toekomstagenda phase"), "text", 18, _phase),
    Column(N_("Year"), "whole", 6, lambda r, lang: r.year),
    # The year's budget (all funding sources): "Budget", as the Gemeente screen's column.
    Column(NC_("council overview", "Budget"), "money", 13, lambda r, lang: _euros(r.assigned)),
    Column(N_("Allocated"), "money", 13, lambda r, lang: _euros(r.allocated)),
    Column(N_("Spent"), "money", 13, lambda r, lang: _euros(r.spent)),
    Column(N_("Free"), "money", 13, lambda r, lang: _euros(r.free)),
)


def council_sheet(services: Services, year: int | None, language: str = "nl") -> Sheet:
    rows: list[Any] = services.municipality.councils_table(year)
    return _sheet(N_("Councils"), COUNCIL_COLUMNS, rows, Language(normal_language(language)))
