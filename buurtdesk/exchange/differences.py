"""A record as it differs between here and the package, and how a conflict ends.

Every differing field is kept with its words (the field's label, both values in words) so
the preview can show it as a person reads it and the user can choose per field.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from buurtdesk.exchange.naming import Namer
from buurtdesk.exchange.plan import (
    Choice,
    FieldChoices,
    FieldDifference,
    Outcome,
    RecordChange,
    shown,
)
from buurtdesk.exchange.tables import IncomingRow, TableCodec
from buurtdesk.messages import Said

if TYPE_CHECKING:
    from buurtdesk.exchange.walk import Walk


def record_change(
    namer: Namer,
    codec: TableCodec,
    row: IncomingRow,
    mine: dict[str, Any],
    theirs: dict[str, Any],
    outcome: Outcome,
    name: Said,
) -> RecordChange:
    differences = tuple(
        FieldDifference(
            column,
            shown(mine[column]),
            shown(theirs[column]),
            label=namer.field(column),
            mine_said=namer.value(codec.name, column, mine[column]),
            theirs_said=namer.value(codec.name, column, theirs[column]),
        )
        for column in codec.content_columns
        if plain(mine[column]) != plain(theirs[column])
    )
    return RecordChange(
        codec.name,
        row.uuid,
        name,
        outcome,
        differences,
        mine_changed_at=mine["updated_at"],
        theirs_changed_at=row.updated_at,
    )


def plain(value: Any) -> Any:
    return getattr(value, "value", value)


def count_voters(walk: Walk, codec: TableCodec, values: dict[str, Any]) -> None:
    if codec.name == "vote_sessions":
        walk.participants[values["uuid"]] = int(values["participants"] or 0)
    elif codec.name == "priority_votes" and values["participant"]:
        walk.voters.setdefault(values["session_id"], set()).add(values["participant"])


def chosen_values(
    change: RecordChange,
    choice: FieldChoices | None,
    mine: dict[str, Any],
    theirs: dict[str, Any],
) -> dict[str, Any] | None:
    """The values a conflict ends with: theirs, mine (None: nothing to write) or a mix.

    A mix is a new version that neither laptop had: it gets a new moment of change, so the
    next exchange carries it to the other laptop without asking again."""
    if choice is None or choice == Choice.MINE:
        return None
    if choice == Choice.THEIRS:
        return theirs
    assert isinstance(choice, dict)
    fields = {d.field for d in change.differences}
    kept = {f for f in fields if choice.get(f, Choice.MINE) == Choice.MINE}
    if kept == fields:
        return None
    if not kept:
        return theirs
    merged = dict(theirs)
    for column in kept:
        merged[column] = mine[column]
    merged["updated_at"] = datetime.now(UTC)
    return merged
