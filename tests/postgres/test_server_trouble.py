"""Every trouble with a shared server is one sentence (exit 2 on the command line), never a
traceback or libpq's raw English: no rights, server gone, a server that never answers,
SSL, a wrong password, a statement that runs too long. And a table with council data is
always behind row-level security."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from buurtdesk.cli import main as cli_main
from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.store.opening import open_url
from buurtdesk.store.server import server_trouble

pytestmark = pytest.mark.postgres


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _as(url: str, user: str) -> str:
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[1]}"


def _one_sentence(capsys: pytest.CaptureFixture[str], code: int, start: str) -> None:
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(start), err
    assert err.count("\n") == 1 and "Traceback" not in err and "psycopg" not in err


@pytest.fixture
def role(postgres_url: str) -> Iterator[str]:
    import psycopg

    with psycopg.connect(_plain(postgres_url), autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS beperkt")
        conn.execute("CREATE ROLE beperkt LOGIN")
    yield "beperkt"


def test_a_role_that_may_not_create_tables_on_an_empty_database(
    postgres_server: object, role: str, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = postgres_server.create_database()  # type: ignore[attr-defined]
    try:
        code = cli_main(["list", "councils", "--database-url", _as(empty, role)])
        _one_sentence(
            capsys, code, "U heeft op de server geen rechten om de database in te richten"
        )
        code = cli_main(["--lang", "en", "list", "councils", "--database-url", _as(empty, role)])
        _one_sentence(capsys, code, "You have no rights on the server to set up the database")
    finally:
        postgres_server.drop_database(empty)  # type: ignore[attr-defined]


def test_a_read_only_role_writing_gets_one_sentence_and_nothing_changes(
    postgres_url: str, role: str, capsys: pytest.CaptureFixture[str]
) -> None:
    import psycopg

    database = open_url(postgres_url)
    council = Services.build(database).councils.create_council(
        "Dorpsraad Steyl", CouncilKind.DORPSRAAD
    )
    database.dispose()
    assert (
        cli_main(
            [
                "server",
                "grant",
                "--database-url",
                postgres_url,
                "--user",
                role,
                "--council",
                str(council.id),
            ]
        )
        == 0
    )
    capsys.readouterr()
    with psycopg.connect(_plain(postgres_url), autocommit=True) as conn:
        conn.execute(f"REVOKE INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public FROM {role}")
    reader = open_url(_as(postgres_url, role))
    try:
        services = Services.build(reader, lambda: date(2026, 3, 10))
        assert [c.name for c in services.councils.list_councils()] == ["Dorpsraad Steyl"]
        with pytest.raises(BuurtDeskError) as refused:
            services.meetings.plan_meeting(council.id, date(2026, 4, 1))
        assert refused.value.message("nl") == (
            "U heeft op de server geen rechten om dit te lezen of te wijzigen; vraag de beheerder om toegang."
        )
        assert services.meetings.list_meetings(council.id) == []
    finally:
        reader.dispose()
    # and the administrator's commands are refused to a user who does not own the tables
    code = cli_main(
        [
            "server",
            "grant",
            "--database-url",
            _as(postgres_url, role),
            "--user",
            role,
            "--all-councils",
        ]
    )
    _one_sentence(capsys, code, "U heeft op de server geen rechten")


def test_a_server_that_is_gone(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code = cli_main(
        [
            "list",
            "councils",
            "--database-url",
            f"postgresql+psycopg://secretaris@127.0.0.1:{port}/buurtdesk",
        ]
    )
    _one_sentence(capsys, code, "De databaseserver is niet bereikbaar")


def test_a_server_that_accepts_and_never_answers(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUURTDESK_CONNECT_TIMEOUT", "1")
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(5)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        silent.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(silent.accept()[0])  # accepted, never answered
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        port = silent.getsockname()[1]
        code = cli_main(
            [
                "list",
                "councils",
                "--database-url",
                f"postgresql+psycopg://secretaris@127.0.0.1:{port}/buurtdesk",
            ]
        )
        _one_sentence(capsys, code, "De server antwoordt niet op tijd")
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        silent.close()


def test_ssl_that_the_server_does_not_offer(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli_main(["list", "councils", "--database-url", postgres_url + "?sslmode=require"])
    _one_sentence(capsys, code, "De beveiligde verbinding met de server lukt niet")


def test_a_wrong_password_in_libpqs_words_becomes_one_sentence() -> None:
    import psycopg

    raw = psycopg.OperationalError(
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
        'FATAL:  password authentication failed for user "secretaris"'
    )
    trouble = server_trouble(raw)
    assert trouble is not None
    assert trouble.message("nl") == (
        "De server weigert de gebruikersnaam of het wachtwoord; vul in de voorkeuren de juiste gegevens in."
    )
    assert trouble.message("en").startswith("The server refuses the user name or the password")


def test_a_statement_that_runs_too_long_is_stopped_with_one_sentence(
    postgres_database: object,
) -> None:
    services = Services.build(postgres_database)  # type: ignore[arg-type]
    with pytest.raises(BuurtDeskError) as refused, services.meetings.unit() as s:
        s.execute(text("SET LOCAL statement_timeout = 50"))
        s.execute(text("SELECT pg_sleep(2)"))
    assert refused.value.message("nl") == (
        "De server deed te lang over deze opdracht en heeft haar afgebroken; probeer het zo opnieuw."
    )


def test_every_table_with_council_data_is_behind_row_level_security(
    postgres_database: object,
) -> None:
    with postgres_database.engine.connect() as conn:  # type: ignore[attr-defined]
        open_tables = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT relname FROM pg_class WHERE relkind = 'r' "
                "AND relnamespace = 'public'::regnamespace AND NOT relrowsecurity"
            )
        }
    # shared on purpose: the schema version, organisations, exchange bookkeeping by uuid,
    # and a municipality's pooled funds (no council of their own)
    assert open_tables <= {
        "alembic_version",
        "organisations",
        "exchange_known_versions",
        "funds",
        "fund_contributions",
    }
