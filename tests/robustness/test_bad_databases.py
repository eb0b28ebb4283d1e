"""Databases that are not what they say (issue 17, item 14): a device, a file without its
version table, a file whose version does not match its tables. One sentence, exit 2, and the
file keeps every byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from generated import fingerprint, make_database, one_sentence, run_cli


def test_a_device_is_no_database() -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null here")
    for argv in (["check", "--db", "/dev/null"], ["list", "councils", "--db", "/dev/null"]):
        ran = run_cli(*argv)
        assert ran.code == 2 and one_sentence(ran.err), ran
    assert Path("/dev/null").is_char_device()


@pytest.mark.parametrize(
    "damage",
    [
        "DROP TABLE alembic_version",
        "UPDATE alembic_version SET version_num = '0002'",
        "UPDATE alembic_version SET version_num = '0001'",
    ],
    ids=["no version table", "older version than its tables", "first version"],
)
def test_a_database_that_is_not_what_it_says(tmp_path: Path, damage: str) -> None:
    made = make_database(tmp_path / "x.db")
    conn = sqlite3.connect(made.path)
    conn.execute(damage)
    conn.commit()
    conn.close()
    before = fingerprint(made.path)
    for argv in (["check", "--db", str(made.path)], ["list", "councils", "--db", str(made.path)]):
        ran = run_cli(*argv)
        assert ran.code == 2 and one_sentence(ran.err), (argv, ran)
    assert fingerprint(made.path) == before
