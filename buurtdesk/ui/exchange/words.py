"""Words of the import preview: kinds of record and moments of change, as a reader says them."""

from __future__ import annotations

from datetime import datetime

from buurtdesk.exchange.plan import TABLE_WORDS
from buurtdesk.ui.common import labels


def in_screen_language(words: tuple[str, str]) -> str:
    """A (Dutch, English) pair the package reader made (its words and notes), in the
    language on screen: the one place the import preview picks from such a pair."""
    dutch, english = words
    return english if labels.ui_language() == "en" else dutch


def kind_word(table: str) -> str:
    return in_screen_language(TABLE_WORDS.get(table, (table, table)))


def moment(value: datetime | None) -> str:
    """A moment of change in the computer's own time zone."""
    if value is None:
        return "–"
    if value.tzinfo is not None:
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
