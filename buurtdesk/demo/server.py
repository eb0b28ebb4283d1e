"""The demo on a shared server: built there only, never beside it in a local file.

A server that already holds councils is left alone unless the caller forces it; forcing
replaces only the demo's own councils (found by their names), never a real council. The
municipality-scale demo writes its rows in bulk with their own keys, so it needs a server
without other councils; afterwards the server's id sequences continue after its rows.
"""

from __future__ import annotations

from sqlalchemy import delete, inspect, select, text, update
from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.demo.summary import DemoSummary
from buurtdesk.domain.errors import BuurtDeskError, InvalidInput, StoreError
from buurtdesk.messages import Sentence
from buurtdesk.services import Services
from buurtdesk.store.errors import reason_of
from buurtdesk.store.models import (
    Allocation,
    Budget,
    Council,
    Expense,
    Fund,
    FundContribution,
    Organisation,
    Person,
)


def demo_council_names(scale: str) -> set[str]:
    if scale == "municipality":
        from buurtdesk.demo.bulk import COUNCIL_COUNT, DISTRICTS, VILLAGES

        names = set()
        for number in range(COUNCIL_COUNT):
            village = number % 2 == 0
            place = (VILLAGES if village else DISTRICTS)[
                number // 2 % len(VILLAGES if village else DISTRICTS)
            ]
            suffix = f" {number // 28 + 1}" if number >= 28 else ""
            names.add(f"{'Dorpsraad' if village else 'Wijkoverleg'} {place}{suffix}")
        return names
    from buurtdesk.demo.content import COUNCILS

    return {name for name, _kind, _place in COUNCILS}


def build_demo_on_server(services: Services, *, scale: str, seed: int, force: bool) -> DemoSummary:
    from buurtdesk.demo.builder import build_demo

    database = services.database
    names = demo_council_names(scale)
    with database.sessions.begin() as s:
        held = list(s.execute(select(Council.id, Council.name)).all())
        others = [name for _id, name in held if name not in names]
        if held and not force:
            raise InvalidInput.said(
                "The server already holds {count} council(s); use --force to replace "
                "only the demo's own councils.",
                count=len(held),
            )
        if others and scale == "municipality":
            raise InvalidInput.said(
                "The municipality demo fits only on a server without other councils."
            )
        ours = [council_id for council_id, name in held if name in names]
        if ours:  # money first: a spent allocation is never deleted by a cascade
            budgets = select(Budget.id).where(Budget.council_id.in_(ours))
            allocations = select(Allocation.id).where(Allocation.budget_id.in_(budgets))
            s.execute(delete(Expense).where(Expense.allocation_id.in_(allocations)))
            s.execute(
                update(Allocation)
                .where(Allocation.budget_id.in_(budgets))
                .values(reverses_id=None)
                .execution_options(synchronize_session=False)
            )
            s.execute(delete(Allocation).where(Allocation.budget_id.in_(budgets)))
            s.execute(delete(Person).where(Person.council_id.in_(ours)))
            s.execute(delete(Council).where(Council.id.in_(ours)))
        if force and scale == "municipality":
            # No councils but its own are here (checked above): the people, organisations
            # and funds they share, written with the demo's own keys, go with them.
            s.execute(delete(FundContribution))
            s.execute(delete(Fund))
            s.execute(delete(Person))
            s.execute(delete(Organisation))
        removed = bool(ours) or (force and scale == "municipality")
    try:
        summary = build_demo(services, scale=scale, seed=seed)
    except (BuurtDeskError, SQLAlchemyError) as exc:
        # The new demo is written council by council, after the old one's removal was
        # committed: "nothing was changed" would be untrue here, so say what is left.
        raise _build_failed(exc, removed=removed) from exc
    _continue_sequences(services)
    return summary


def _build_failed(exc: BuurtDeskError | SQLAlchemyError, *, removed: bool) -> StoreError:
    """What a failed build left on the server, with the database's reason."""
    cause = exc.__context__ if isinstance(exc, BuurtDeskError) and exc.__context__ else exc
    why = Sentence(reason_of(cause))
    if removed:
        return StoreError.said(
            "Building the demo on the server failed ({why}). Its old councils had already been "
            "removed and part of the new demo may be there: give the command again with --force "
            "to replace it.",
            why=why,
        )
    return StoreError.said(
        "Building the demo on the server failed ({why}); part of it may be there: give the "
        "command again with --force to replace it.",
        why=why,
    )


def _continue_sequences(services: Services) -> None:
    """After rows written with their own keys, new rows get keys after them."""
    database = services.database
    with database.engine.begin() as conn:
        for table in inspect(conn).get_table_names():
            if "id" not in {c["name"] for c in inspect(conn).get_columns(table)}:
                continue
            sequence = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table}
            ).scalar()
            if sequence:
                conn.execute(
                    text(
                        f'SELECT setval(:s, (SELECT COALESCE(MAX(id), 0) + 1 FROM "{table}"), false)'
                    ),
                    {"s": sequence},
                )
