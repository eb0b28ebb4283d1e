"""The organisations that own action points across the councils of the municipality-scale
demo: the municipality and a housing corporation, as the district manager's view shows them."""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from buurtdesk.domain.enums import OrganisationKind
from buurtdesk.store.database import Database
from buurtdesk.store.models import Organisation

OWNERS = (
    ("Gemeente Hoogeveen", OrganisationKind.MUNICIPALITY),
    ("Woonconcern Hoogeveen", OrganisationKind.CORPORATION),
)
OWNED_EVERY = 12  # every twelfth action point is the municipality's, every 36th the corporation's


def action_owners(
    database: Database, rows: list[dict[str, Any]], stamp: datetime, seed: int
) -> tuple[int, int]:
    """The ids of the municipality and the corporation: the ones of these names on a server
    that had the demo before, else new rows after the organisations already there (with
    draws of their own, so that the rest of the demo stays as it was)."""
    with database.sessions.begin() as s:
        known = dict(s.execute(select(Organisation.name, Organisation.id)).tuples().all())
        top = int(s.scalar(select(func.max(Organisation.id))) or 0)
    draws = random.Random(seed + 1)
    found = []
    for name, kind in OWNERS:
        if name not in known:
            top += 1
            known[name] = top
            rows.append(
                dict(
                    id=top,
                    uuid=str(uuid.UUID(int=draws.getrandbits(128), version=4)),
                    created_at=stamp,
                    updated_at=stamp,
                    version=1,
                    name=name,
                    kind=kind.value,
                    email="",
                    phone="",
                )
            )
        found.append(known[name])
    return found[0], found[1]


def owner_of(number: int, owners: tuple[int, int]) -> int | None:
    """The organisation that owns the action point of this number, if any."""
    if number % (3 * OWNED_EVERY) == OWNED_EVERY - 1:
        return owners[1]
    return owners[0] if number % OWNED_EVERY == 0 else None
