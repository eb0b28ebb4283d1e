"""Revision 0009 (pooled funds, the foreword): every existing funding source stays as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command

from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.database import open_database, sqlite_url
from buurtdesk.store.opening import open_sqlite

COLUMNS = (
    "id, uuid, budget_id, kind, name, amount_cents, conditions, carry_over_allowed, carried_from_id"
)


def test_existing_sources_keep_their_meaning_and_belong_to_no_fund(tmp_path: Path) -> None:
    path = tmp_path / "before.db"
    first = open_sqlite(path)
    services = Services.build(first)
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    services.budget.add_source(
        council.id,
        2026,
        FundingSourceKind.CORPORATION,
        Money.euros(5_000),
        conditions="Alleen huurbuurten",
        carry_over_allowed=True,
    )
    services.budget.add_source(council.id, 2026, FundingSourceKind.SAM_FUND, Money(123_45))
    first.dispose()
    # Back to the schema before this revision, as the previous release left the file.
    old = open_database(sqlite_url(path))
    config = migrate.alembic_config(old)
    with old.engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0008")
    old.dispose()
    conn = sqlite3.connect(path)
    before = conn.execute(f"SELECT {COLUMNS} FROM funding_sources ORDER BY id").fetchall()
    conn.close()
    assert len(before) == 2

    database = open_sqlite(path)
    try:
        assert migrate.current_revision(database) == migrate.head_revision()
        services = Services.build(database)
        sources = services.budget.list_sources(council.id, 2026)
        assert [(s.kind, s.amount, s.conditions) for s in sources] == [
            (FundingSourceKind.CORPORATION, Money.euros(5_000), "Alleen huurbuurten"),
            (FundingSourceKind.SAM_FUND, Money(123_45), ""),
        ]
        assert services.funds.list_funds() == []
        assert services.annual.foreword(council.id, 2026).text == ""
        (row,) = services.municipality.councils_table(2026)
        assert row.assigned == Money(500_000 + 123_45)
    finally:
        database.dispose()
    conn = sqlite3.connect(path)
    after = conn.execute(
        f"SELECT {COLUMNS}, fund_id, board_decided_on, board_decision FROM funding_sources "
        "ORDER BY id"
    ).fetchall()
    conn.close()
    assert [row[:9] for row in after] == before
    assert all(row[9:] == (None, None, "") for row in after)
