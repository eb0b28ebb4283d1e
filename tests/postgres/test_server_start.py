"""The start against a shared server paints the overview from one psycopg connection, before
SQLAlchemy and the models are loaded (services.first_look), as the start on a SQLite file
does with plain sqlite3. The figures must be exactly those of the overview service, only
the user's own councils show (row-level security applies to that connection as well), a
database that needs its schema made or brought up to date is opened the usual way (one
migrator), and a server that cannot be reached is said in one sentence, once.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from test_council_privacy import Municipality, as_user, municipality  # noqa: F401 - the fixture

from buurtdesk.domain.errors import StoreError
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.first_look import first_look_on_server
from buurtdesk.store.database import Database
from buurtdesk.store.opening import open_url
from buurtdesk.store.server import ServerTrouble

pytestmark = pytest.mark.postgres

ROOT = Path(__file__).resolve().parents[2]
DAYS = [date(2026, 11, 23), date(2026, 3, 10), date(2019, 6, 1)]


@pytest.fixture
def demo_on_server(postgres_database: Database) -> Services:
    from buurtdesk.demo.builder import build_demo

    services = Services.build(postgres_database, lambda: DAYS[0])
    build_demo(services, today=DAYS[0])
    return services


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_first_look_on_the_server_is_the_overview_of_every_council(
    demo_on_server: Services, today: date
) -> None:
    services = Services.build(demo_on_server.database, lambda: today)
    councils = services.councils.list_councils()
    assert len(councils) >= 2
    overviews = []
    for council in councils:
        look = first_look_on_server(services.database.url, council.id, today)
        assert look is not None and look.path is None
        assert list(look.councils) == councils
        assert look.overview == services.overview.overview(council.id), council.name
        overviews.append(look.overview)
    if today == DAYS[0]:  # so that the comparison compares something
        assert any(o.next_meeting is not None for o in overviews if o is not None)
        assert any(o.budget_spent > Money(0) for o in overviews if o is not None)
        assert any(d.meeting_date is not None for o in overviews if o for d in o.latest_decisions)


def test_the_first_look_shows_only_the_users_own_councils(
    municipality: Municipality,  # noqa: F811 - the fixture imported above
) -> None:
    today = date(2026, 3, 10)
    steyl_url = as_user(municipality.admin_url, "steyl_secretaris")
    look = first_look_on_server(steyl_url, municipality.klingerberg, today)
    assert look is not None
    assert [c.id for c in look.councils] == [municipality.steyl]
    assert look.overview is not None and look.overview.council.id == municipality.steyl
    database = open_url(steyl_url)
    try:
        services = Services.build(database, lambda: today)
        assert look.overview == services.overview.overview(municipality.steyl)
    finally:
        database.dispose()
    municipal = first_look_on_server(as_user(municipality.admin_url, "gemeente_venlo"), None, today)
    assert municipal is not None
    assert {c.id for c in municipal.councils} == {municipality.steyl, municipality.klingerberg}


def test_a_new_server_database_is_opened_the_usual_way(postgres_url: str) -> None:
    assert first_look_on_server(postgres_url, None, date(2026, 3, 10)) is None
    database = open_url(postgres_url)  # makes the schema
    database.dispose()
    look = first_look_on_server(postgres_url, None, date(2026, 3, 10))
    assert look is not None and look.councils == () and look.overview is None


def test_an_older_schema_is_left_to_the_migrator(postgres_database: Database) -> None:
    import psycopg

    plain = postgres_database.url.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert first_look_on_server(postgres_database.url, None, date(2026, 3, 10)) is None


def test_addresses_the_first_look_does_not_read_are_opened_the_usual_way(
    postgres_database: Database,
) -> None:
    with_options = postgres_database.url + "?application_name=BuurtDesk"
    assert first_look_on_server(with_options, None, date(2026, 3, 10)) is None


def test_a_server_that_is_not_there_is_said_once_in_one_sentence() -> None:
    import socket

    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"postgresql+psycopg://secretaris@127.0.0.1:{port}/buurtdesk"
    with pytest.raises(ServerTrouble) as raised:
        first_look_on_server(url, None, date(2026, 3, 10))
    assert isinstance(raised.value, StoreError)
    assert raised.value.message("en") == (
        "The database server cannot be reached; everything is stored once it is back."
    )


APP_PROBE = """
import builtins, json, sys
_print = builtins.print
DATABASE_CODE = ("sqlalchemy", "alembic", "buurtdesk.store.models", "buurtdesk.services.base")

def spy(*args, **kwargs):
    if args and str(args[0]).startswith("startup_ms="):
        _print("at_first_paint=" + json.dumps(sorted(m for m in DATABASE_CODE if m in sys.modules)), flush=True)
    _print(*args, **kwargs)

builtins.print = spy
from buurtdesk.cli import main
code = main(sys.argv[1:])
_print("at_exit=" + json.dumps(sorted(m for m in DATABASE_CODE if m in sys.modules)), flush=True)
sys.exit(code)
"""


def _start(url: str, config: Path) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(config)}
    result = subprocess.run(
        [sys.executable, "-c", APP_PROBE, "--database-url", url, "--exit-after-startup"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)


def test_the_app_paints_the_server_overview_before_the_database_code_loads(
    demo_on_server: Services, tmp_path: Path
) -> None:
    lines = _start(demo_on_server.database.url, tmp_path / "config")
    assert json.loads(lines["at_first_paint"]) == []
    assert "sqlalchemy" in json.loads(lines["at_exit"])  # opened before the quit
    assert "alembic" not in json.loads(lines["at_exit"])  # up to date: no migration code


def test_the_first_start_on_a_new_server_database_makes_the_schema(
    postgres_url: str, tmp_path: Path
) -> None:
    lines = _start(postgres_url, tmp_path / "config")
    assert "alembic" in json.loads(lines["at_exit"])
    assert first_look_on_server(postgres_url, None, date(2026, 3, 10)) is not None
