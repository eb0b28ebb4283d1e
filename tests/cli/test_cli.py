"""The command line as scripts and people use it: demo, list, check, backup, restore, bad input."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli import build_parser, main
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    return path


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "buurtdesk", *args], capture_output=True, text=True, timeout=120
    )


def test_demo_then_list_meetings_as_json(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    made = run("demo", "--db", str(path))
    assert made.returncode == 0, made.stderr
    assert "Demodatabase" in made.stdout
    listed = run("list", "meetings", "--db", str(path), "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    councils = {m["council"] for m in meetings}
    assert {"Wijkoverleg Klingerberg", "Dorpsraad Steyl"} <= councils
    assert len(meetings) > 60
    assert {m["status"] for m in meetings} >= {"closed", "planned"}
    assert run("check", "--db", str(path)).stdout.startswith("ok")


def test_the_demo_is_believable(demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "actions", "--db", str(demo_db), "--json"]) == 0
    actions = json.loads(capsys.readouterr().out)
    statuses = {a["status"] for a in actions}
    assert statuses == {"open", "in_progress", "done", "dropped"}
    assert max(a["times_carried"] for a in actions) >= 3, (
        "some actions are carried over three or more meetings"
    )
    assert main(["list", "decisions", "--db", str(demo_db), "--json"]) == 0
    decisions = json.loads(capsys.readouterr().out)
    assert any(d["number"].endswith("-001") for d in decisions)
    assert any(d["votes_for"] is not None for d in decisions)


def test_list_with_a_wrong_council_says_so(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "meetings", "--db", str(demo_db), "--council", "999"]) == 2
    assert capsys.readouterr().err.strip() == "Overleg 999 bestaat niet."


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Geen database maar een brief.\n" * 10, "is geen BuurtDesk-database"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "is geen BuurtDesk-database"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 200, "is geen BuurtDesk-database"),
    ],
)
def test_bad_files_are_refused_in_one_sentence_and_left_alone(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("check", "--db", str(path))
    assert result.returncode == 2
    assert expected in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_messages_in_english_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "bad.db"
    path.write_text("not a database at all, just text " * 10)
    result = run("--lang", "en", "check", "--db", str(path))
    assert result.returncode == 2 and "is not a BuurtDesk database" in result.stderr


def test_backup_and_restore(
    tmp_path: Path, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "work.db"
    path.write_bytes(demo_db.read_bytes())
    assert main(["backup", "--db", str(path)]) == 0
    assert "Reservekopie gemaakt" in capsys.readouterr().out
    backups = list((tmp_path / "backups").glob("work-*.sqlite3"))
    assert len(backups) == 1 and backups[0].stat().st_mode & 0o077 == 0
    database = open_sqlite(path)
    services = Services.build(database)
    council = services.councils.list_councils()[0]
    services.councils.update_council(council.id, name="Per ongeluk hernoemd")
    database.dispose()
    assert main(["restore", "--db", str(path), "--list"]) == 0
    assert "handmatig" in capsys.readouterr().out
    assert main(["restore", "--db", str(path), str(backups[0])]) == 0
    assert "Het vorige bestand is bewaard" in capsys.readouterr().out
    database = open_sqlite(path)
    assert Services.build(database).councils.get_council(council.id).name == council.name
    database.dispose()
    assert list(tmp_path.glob("work.db.voor-herstel-*")), "the replaced file is kept aside"


def test_startup_prints_its_time(demo_db: Path) -> None:
    result = run("--db", str(demo_db), "--exit-after-startup")
    assert result.returncode == 0, result.stderr
    line = [x for x in result.stdout.splitlines() if x.startswith("startup_ms=")]
    assert line and int(line[0].split("=")[1]) > 0


def test_a_first_start_on_an_empty_database_reports_its_time_too(tmp_path: Path) -> None:
    """A fresh install has no council yet: the welcome is the first screen, and the start ends."""
    result = run("--db", str(tmp_path / "nieuw.db"), "--exit-after-startup")
    assert result.returncode == 0, result.stderr
    assert any(x.startswith("startup_ms=") for x in result.stdout.splitlines()), result.stdout


def test_help_lists_only_built_commands() -> None:
    text = build_parser().format_help()
    for command in ("demo", "list", "check", "backup", "restore"):
        assert command in text
