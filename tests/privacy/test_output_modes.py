"""Every file BuurtDesk writes for the user is readable by its owner only, whatever the umask
(issue 17, item 6): packages with phone numbers and e-mail addresses, spreadsheets, calendar
files, PDFs, backups, a person's export. Also when it replaces a file that was world-readable."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from generated import Made, make_database, run_cli


@pytest.fixture(autouse=True)
def generous_umask() -> Iterator[None]:
    old = os.umask(0o022)  # a typical desktop: new files would be world-readable
    yield
    os.umask(old)


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_database(tmp_path / "x.db")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_written_file_is_owner_only(made: Made, tmp_path: Path) -> None:
    out = tmp_path / "uit"
    out.mkdir()
    db = str(made.path)
    council, meeting = str(made.council_id), str(made.meeting_id)
    commands = {
        "pakket.buurtdesk": ["export", "--db", db, "--council", council],
        "acties.xlsx": ["sheet", "actions", "--db", db, "--council", council],
        "besluiten.csv": ["sheet", "decisions", "--db", db, "--council", council],
        "vergadering.ics": ["ics", "--db", db, "--meeting", meeting],
        "agenda.pdf": ["pdf", "agenda", "--db", db, "--meeting", meeting],
        "kopie.sqlite3": ["backup", "--db", db],
        "persoon.json": ["person", "export", "--db", db, "--person", str(made.person_id)],
    }
    for name, argv in commands.items():
        target = out / name
        target.write_bytes(b"oud")
        target.chmod(0o644)  # an older, world-readable file of the same name
        ran = run_cli(*argv, "-o", str(target))
        assert ran.code == 0, (name, ran)
        assert _mode(target) == 0o600, name
        assert target.read_bytes() != b"oud"
    assert not list(out.glob(".buurtdesk-*"))
