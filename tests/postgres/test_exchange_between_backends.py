"""A council moves between a laptop (SQLite) and the municipality's server (PostgreSQL)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(
    0, str(Path(__file__).resolve().parents[1] / "exchange")
)  # the shared sample council
from exchange_samples import dump, populate_council  # noqa: E402

from buurtdesk.exchange.merge import apply_import, plan_import  # noqa: E402
from buurtdesk.exchange.tables import EXCHANGED  # noqa: E402
from buurtdesk.exchange.writing import write_package  # noqa: E402
from buurtdesk.services import Services  # noqa: E402
from buurtdesk.store.database import Database  # noqa: E402

pytestmark = pytest.mark.postgres


def _copy(source: Database, target: Database, path: Path, council_id: int) -> None:
    write_package(source, path, council_id=council_id)
    plan = plan_import(target, path)
    assert not plan.conflicts
    apply_import(target, path, plan)


def test_a_council_goes_to_the_server_and_back_unchanged(
    services: Services, postgres_database: Database, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _copy(services.database, postgres_database, tmp_path / "up.buurtdesk", ids["council"])
    on_server = dump(postgres_database)
    original = dump(services.database)
    for codec in EXCHANGED:
        assert on_server[codec.name] == original[codec.name], codec.name

    server = Services.build(postgres_database)
    council = server.councils.list_councils()[0]
    item = next(
        i
        for i in server.meetings.get_meeting(server.meetings.list_meetings(council.id)[-1].id).items
    )
    server.meetings.set_notes(item.id, "Op de server geschreven")
    back = tmp_path / "down.buurtdesk"
    write_package(postgres_database, back, council_id=council.id)
    plan = plan_import(services.database, back)
    assert [c.table for c in plan.changes] == ["agenda_items"] and not plan.conflicts
    apply_import(services.database, back, plan)
    assert services.meetings.get_meeting(ids["second"]).items[0].notes == "Op de server geschreven"


def test_the_commands_work_on_the_server_with_database_url(
    postgres_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from buurtdesk.cli import common, main
    from buurtdesk.store.opening import open_sqlite

    common.set_language("nl")
    laptop = tmp_path / "laptop.db"
    database = open_sqlite(laptop)
    ids = populate_council(Services.build(database))
    database.dispose()
    package = tmp_path / "naar-server.buurtdesk"
    assert (
        main(["export", "--db", str(laptop), "--council", str(ids["council"]), "-o", str(package)])
        == 0
    )
    assert main(["import", "--database-url", postgres_url, str(package), "--dry-run"]) == 0
    assert "Voegt" in capsys.readouterr().out
    assert main(["import", "--database-url", postgres_url, str(package)]) == 0
    assert (
        main(
            ["ics", "--database-url", postgres_url, "--meeting", "1", "-o", str(tmp_path / "m.ics")]
        )
        == 0
    )
    assert (
        main(
            [
                "sheet",
                "decisions",
                "--database-url",
                postgres_url,
                "--council",
                "1",
                "-o",
                str(tmp_path / "b.xlsx"),
            ]
        )
        == 0
    )
    assert (tmp_path / "m.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
