"""Generated files for the robustness and privacy tests: a small database made through the
services, the command line run in this process, and a fingerprint of the database's bytes.
No binary fixtures: every file a test needs is made here."""

from __future__ import annotations

import contextlib
import hashlib
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite

DAY = date(2026, 3, 10)


@dataclass(frozen=True)
class Made:
    path: Path
    council_id: int
    meeting_id: int
    item_id: int
    person_id: int


def make_database(path: Path, *, council: str = "Wijkoverleg Klingerberg") -> Made:
    """A council with a person (phone, e-mail), a meeting and an agenda item with notes."""
    database = open_sqlite(path)
    services = Services.build(database, lambda: DAY)
    made_council = services.councils.create_council(council, CouncilKind.WIJKOVERLEG)
    person = services.councils.add_person(
        "Ursula Linssen", email="ursula@example.nl", phone="06-12345678"
    )
    services.councils.add_member(made_council.id, person.id)
    meeting = services.meetings.plan_meeting(made_council.id, date(2026, 3, 12))
    item = services.meetings.get_meeting(meeting.id).items[0]
    services.meetings.set_notes(item.id, "Ursula Linssen opent de vergadering.")
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    return Made(path, made_council.id, meeting.id, item.id, person.id)


def fingerprint(path: Path) -> str:
    """The bytes of the database and of its -wal, if any: equal means nothing changed.
    (An empty -wal is the same as none: SQLite makes one when the file is merely opened.)"""
    digest = hashlib.sha256(path.read_bytes())
    wal = Path(f"{path}-wal")
    digest.update(wal.read_bytes() if wal.exists() else b"")
    return digest.hexdigest()


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str


def run_cli(*argv: str) -> Ran:
    """`buurtdesk ARGS` in this process; the exit code and what it printed."""
    from buurtdesk.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse
            code = int(exc.code or 0)
    return Ran(code, out.getvalue(), err.getvalue())


def one_sentence(text: str) -> bool:
    """One line, no traceback, ends like a sentence."""
    text = text.strip()
    return (
        bool(text)
        and "\n" not in text
        and "Traceback" not in text
        and text.endswith((".", "?", "!"))
    )


def rewrite_package(source: Path, target: Path, edit: object) -> Path:
    """A copy of a package with `edit(files)` applied to its files (name -> bytes), and the
    manifest's sizes, counts and checksums made to match again: a hostile package that is
    well-formed, so only the rules about its content can refuse it."""
    import json
    import zipfile
    from collections.abc import Callable
    from typing import cast

    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    cast(Callable[[dict[str, bytes]], None], edit)(files)
    manifest = json.loads(files["manifest.json"])
    for entry in manifest["files"]:
        data = files[entry["name"]]
        entry["size"] = len(data)
        entry["sha256"] = hashlib.sha256(data).hexdigest()
        entry["rows"] = len(json.loads(data))
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def rows_of(files: dict[str, bytes], table: str) -> list[dict[str, object]]:
    import json

    rows: list[dict[str, object]] = json.loads(files[f"data/{table}.json"])
    return rows


def put_rows(files: dict[str, bytes], table: str, rows: list[dict[str, object]]) -> None:
    import json

    files[f"data/{table}.json"] = json.dumps(rows, ensure_ascii=False).encode()
