"""Words of the import preview: kinds of record and moments of change, as a reader says them."""

from __future__ import annotations

from datetime import datetime

from buurtdesk.exchange.plan import kind_in
from buurtdesk.ui.common import labels


def kind_word(table: str) -> str:
    """A kind of record in the language on screen: 'vergadering', 'meeting'."""
    return kind_in(table, labels.ui_language())


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
