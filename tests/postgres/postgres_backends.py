"""A real PostgreSQL server for the tests, and fixtures that run a test on both backends.

tests/conftest.py imports these fixtures, so any test folder can ask for them: a store or
service test that takes `any_services` instead of `services` runs on both backends.

`postgres_server` (session) starts one on loopback through scripts/postgres_for_tests.py,
or uses the one named by BUURTDESK_TEST_POSTGRES_URL. Each test that asks for
`postgres_database` gets a fresh, migrated database on it. `any_database` / `any_services`
are parametrized: the test runs once on SQLite and once on PostgreSQL. When no server can
be started, the PostgreSQL runs are skipped and say why.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.store.opening import open_url

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "postgres_for_tests.py"


def _load_script() -> Any:
    spec = importlib.util.spec_from_file_location("postgres_for_tests", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


class _Server:
    """The server the session uses: its admin URL and how to make a database on it."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url

    def create_database(self) -> str:
        import psycopg

        name = f"buurtdesk_test_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_plain(self.admin_url), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.admin_url.rsplit("/", 1)[0] + f"/{name}"

    def drop_database(self, url: str) -> None:
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(_plain(self.admin_url), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[_Server]:
    if os.environ.get("BUURTDESK_TEST_POSTGRES", "").lower() in ("0", "off", "no"):
        pytest.skip("PostgreSQL tests skipped: switched off with BUURTDESK_TEST_POSTGRES=off")
    given = os.environ.get("BUURTDESK_TEST_POSTGRES_URL")
    if given:
        yield _Server(given)
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip(
            "PostgreSQL tests skipped: the psycopg driver is not installed (pip install 'psycopg[binary]')"
        )
    script = _load_script()
    try:
        server = script.start_server()
    except script.ServerUnavailable as exc:
        pytest.skip(f"PostgreSQL tests skipped: {exc}")
    except (OSError, Exception) as exc:  # a broken machine set-up must not fail the SQLite tests
        pytest.skip(f"PostgreSQL tests skipped: the test server could not start ({exc})")
    try:
        yield _Server(server.url)
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: _Server) -> Iterator[str]:
    url = postgres_server.create_database()
    yield url
    postgres_server.drop_database(url)


@pytest.fixture
def postgres_database(postgres_url: str) -> Iterator[Database]:
    database = open_url(postgres_url)  # the same migrations as a SQLite file
    yield database
    database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest) -> Database:
    """The test runs twice: on a SQLite file and on a fresh PostgreSQL database."""
    name = "database" if request.param == "sqlite" else "postgres_database"
    database: Database = request.getfixturevalue(name)
    return database


@pytest.fixture
def any_services(any_database: Database, clock: Any) -> Services:
    return Services.build(any_database, clock)
