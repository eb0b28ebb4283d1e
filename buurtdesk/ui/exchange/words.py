"""Words of the import preview: kinds of record, field names and moments, as a reader says them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from buurtdesk.exchange.plan import TABLE_WORDS
from buurtdesk.ui.common import labels


def kind_word(table: str) -> str:
    dutch, english = TABLE_WORDS.get(table, (table, table))
    return english if labels.ui_language() == "en" else dutch


FIELD_WORDS: dict[str, tuple[str, str]] = {
    "title": ("titel", "title"),
    "name": ("naam", "name"),
    "notes": ("notities", "notes"),
    "note": ("notitie", "note"),
    "text": ("tekst", "text"),
    "description": ("omschrijving", "description"),
    "status": ("status", "status"),
    "date": ("datum", "date"),
    "due_date": ("deadline", "due date"),
    "due_on": ("deadline", "due date"),
    "done_on": ("afgerond op", "done on"),
    "place": ("plaats", "place"),
    "start_time": ("begintijd", "start time"),
    "end_time": ("eindtijd", "end time"),
    "kind": ("soort", "kind"),
    "position": ("volgorde", "position"),
    "owner_person_id": ("eigenaar", "owner"),
    "email": ("e-mail", "email"),
    "phone": ("telefoon", "phone"),
    "address": ("adres", "address"),
    "amount_cents": ("bedrag", "amount"),
    "summary": ("samenvatting", "summary"),
    "planned_minutes": ("geplande minuten", "planned minutes"),
    "minutes_state": ("verslag", "minutes"),
    "role": ("rol", "role"),
    "result": ("uitkomst", "result"),
    "spent_on": ("besteed op", "spent on"),
    "decided_on": ("besloten op", "decided on"),
    "goal": ("doel", "goal"),
}


def field_word(name: str) -> str:
    dutch, english = FIELD_WORDS.get(name, (name.replace("_", " "), name.replace("_", " ")))
    return english if labels.ui_language() == "en" else dutch


def moment(value: Any) -> str:
    """A moment of change in the computer's own time zone."""
    if value is None:
        return "–"
    if getattr(value, "tzinfo", None) is not None:
        value = value.astimezone()
    return f"{labels.short_date(value.date())} {value.strftime('%H:%M')}"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def made_at(created_at: str) -> str:
    """When the package was made, in the computer's own time: '23 november 2026 09:15'."""
    try:
        moment = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at[:16].replace("T", " ")
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return f"{labels.long_date(moment.date())} {moment.strftime('%H:%M')}"
