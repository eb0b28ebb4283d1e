"""Notes typed by two people at once: merged against the text both started from.

The notes keeper sends, with every save, the text it last stored or loaded (`base`). When
nobody else changed the notes since, the new text is stored as is. When someone else did,
the two are merged three ways (domain.merge): changes on different lines are both kept,
changes to the same lines are both kept one under the other between markers, and the
caller is told (`merged`, `conflicts`) so the screen shows the stored text and says so.
"""

from __future__ import annotations

from dataclasses import dataclass

from buurtdesk.domain.merge import merge_texts
from buurtdesk.store.models import AgendaItem


@dataclass(frozen=True)
class NotesSaved:
    item_id: int
    text: str  # what is stored now: the typed text, or the merge of both
    version: int
    merged: bool  # someone else changed the notes in between; `text` holds both
    conflicts: int  # places where both changed the same lines (shown with markers)


def store_notes(row: AgendaItem, typed: str, base: str | None, language: str) -> NotesSaved:
    """Store `typed` on a row locked for this transaction (services.base.fetch_for_update)."""
    current = row.notes or ""
    if base is None or current in (base, typed):
        text, merged, conflicts = typed, False, 0
    else:
        result = merge_texts(base, typed, current, language)
        text, merged, conflicts = result.text, True, result.conflicts
    if text != current:
        row.notes = text
    return NotesSaved(row.id, text, row.version, merged, conflicts)
