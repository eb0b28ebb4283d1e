"""How a package row finds its place here: the same thing made twice, and decision numbers.

Rows are matched by UUID first (merge.py). Only a row with its own unique key (a phase of a
round, a person's attendance at a meeting, a framework check of a project per area) that
exists here under another UUID is the same thing made twice. A position (a priority's
rank, an item's place) is never such a key. A decision keeps its number unless the council
used it here for another decision; then it gets the next free number, and the preview says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, tuple_

from buurtdesk.exchange.naming_words import phrase
from buurtdesk.exchange.tables import EXCHANGED, TableCodec
from buurtdesk.exchange.writing import _select_with_uuids
from buurtdesk.messages import N_

if TYPE_CHECKING:
    from buurtdesk.exchange.walk import Walk


def same_thing_here(walk: Walk, codec: TableCodec, values: dict[str, Any]) -> Any:
    """A local row with another UUID but the same unique key: the same thing made twice."""
    if codec.name == "decisions":
        return None  # two decisions with one number are two decisions: the new one is renumbered
    query, _ = _select_with_uuids(codec)
    for key in codec.natural_keys:
        conditions = []
        for name in key:
            value = values[name]
            column = next(c for c in codec.columns if c.name == name)
            if column.kind == "fk" and value is not None:
                if value in walk.added:
                    break  # under a row that is new here, nothing can be here already
                value = walk.ids.get(column.target, {}).get(value)
            if value is None:
                break
            conditions.append(codec.table.c[name] == value)
        else:
            found = walk.conn.execute(
                query.add_columns(codec.table.c.id.label("_local_id")).where(*conditions)
            ).first()
            if found is not None:
                return found
    return None


def free_decision_number(walk: Walk, values: dict[str, Any]) -> dict[str, Any]:
    """Keep the decision's number unless this council already used it here; then the next free."""
    council_id = walk.ids.get("councils", {}).get(values["council_id"])
    key = (council_id, values["year"], values["sequence"])
    table = next(c.table for c in EXCHANGED if c.name == "decisions")
    council_is_new = values["council_id"] in walk.added  # then only this import numbers it
    taken = key in walk.taken_numbers
    if not taken and council_id is not None and not council_is_new:
        taken = (
            walk.conn.execute(
                select(table.c.id).where(
                    tuple_(table.c.council_id, table.c.year, table.c.sequence) == key
                )
            ).first()
            is not None
        )
    if taken:
        highest = (
            walk.conn.execute(
                select(func.max(table.c.sequence)).where(
                    table.c.council_id == council_id, table.c.year == values["year"]
                )
            ).scalar()
            if council_id is not None and not council_is_new
            else None
        )
        used = [s for c, y, s in walk.taken_numbers if c == council_id and y == values["year"]]
        new_sequence = max([int(highest or 0), *used]) + 1
        old = f"{values['year']}-{values['sequence']:03d}"
        new = f"{values['year']}-{new_sequence:03d}"
        walk.notes.append(
            phrase(
                N_(
                    "Decision {old} from the package already exists here as another decision; "
                    "it becomes {new}."
                ),
                old=old,
                new=new,
            )
        )
        values = {**values, "sequence": new_sequence}
    walk.taken_numbers.add((council_id, values["year"], values["sequence"]))
    return values
