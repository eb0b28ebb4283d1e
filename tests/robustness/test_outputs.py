"""One way to write every output file (buurtdesk/store/output.py): never over the database,
its side files or its backups, never over a device or a folder; a refusal is one sentence and
exit 2, and the database keeps every byte (issue 17, items 2, 3 and 4)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from generated import Made, fingerprint, make_database, one_sentence, run_cli


@pytest.fixture
def made(tmp_path: Path) -> Made:
    return make_database(tmp_path / "x.db")


def _outputs(made: Made, target: Path) -> list[list[str]]:
    db = str(made.path)
    return [
        ["export", "--db", db, "--council", str(made.council_id), "-o", str(target)],
        ["pdf", "minutes", "--db", db, "--meeting", str(made.meeting_id), "-o", str(target)],
        ["pdf", "agenda", "--db", db, "--meeting", str(made.meeting_id), "-o", str(target)],
        ["ics", "--db", db, "--meeting", str(made.meeting_id), "-o", str(target)],
        ["sheet", "actions", "--db", db, "--council", str(made.council_id), "-o", str(target)],
        ["backup", "--db", db, "-o", str(target)],
    ]


@pytest.mark.parametrize("side", ["", "-wal", "-shm", ".lock"])
def test_no_command_writes_over_the_database_or_its_side_files(made: Made, side: str) -> None:
    target = Path(f"{made.path}{side}")
    for argv in _outputs(made, target):
        if "sheet" in argv:
            argv[-1] = str(target)  # the extension decides the format: refused before that
        before = fingerprint(made.path)
        side_before = target.read_bytes() if target.exists() and side else b""
        ran = run_cli(*argv)
        assert ran.code == 2, (argv, ran)
        assert one_sentence(ran.err), ran.err
        assert fingerprint(made.path) == before, argv
        if side_before is not None and target.exists():
            assert not target.read_bytes().startswith((b"%PDF", b"PK", b"BEGIN:"))
        assert not list(made.path.parent.glob(".buurtdesk-*")), "no temporary file is left"


def test_a_symbolic_link_to_the_database_is_refused_too(made: Made, tmp_path: Path) -> None:
    link = tmp_path / "report.pdf"
    link.symlink_to(made.path)
    before = fingerprint(made.path)
    ran = run_cli(
        "pdf", "minutes", "--db", str(made.path), "--meeting", str(made.meeting_id), "-o", str(link)
    )
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert fingerprint(made.path) == before


def test_the_backups_folder_and_other_databases_are_refused(made: Made, tmp_path: Path) -> None:
    assert run_cli("backup", "--db", str(made.path)).code == 0
    kept = next((made.path.parent / "backups").iterdir())
    kept_bytes = kept.read_bytes()
    other = make_database(tmp_path / "ander.db", council="Dorpsraad Steyl")
    other_before = fingerprint(other.path)
    for target in (kept, made.path.parent / "backups" / "nieuw.buurtdesk", other.path):
        ran = run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(target)
        )
        assert ran.code == 2 and one_sentence(ran.err), (target, ran)
    assert kept.read_bytes() == kept_bytes
    assert fingerprint(other.path) == other_before
    assert not (made.path.parent / "backups" / "nieuw.buurtdesk").exists()


def test_a_device_or_a_pipe_is_never_replaced_by_a_file(made: Made, tmp_path: Path) -> None:
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    targets = [pipe] + ([Path("/dev/full")] if Path("/dev/full").exists() else [])
    for target in targets:
        for argv in _outputs(made, target):
            if "sheet" in argv:
                continue  # the extension is refused first
            ran = run_cli(*argv)
            assert ran.code == 2 and one_sentence(ran.err), (argv, ran)
    assert pipe.is_fifo()
    if Path("/dev/full").exists():
        assert Path("/dev/full").is_char_device()


def test_restore_refuses_the_database_itself_and_a_foreign_sqlite_file(
    made: Made, tmp_path: Path
) -> None:
    before = fingerprint(made.path)
    ran = run_cli("restore", "--db", str(made.path), str(made.path))
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert fingerprint(made.path) == before
    assert {p.name for p in tmp_path.iterdir() if p.name.startswith("x.db")} <= {
        "x.db",
        "x.db.lock",
    }, "nothing moved aside, nothing left half done"
    foreign = tmp_path / "andere-app.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (1)")
    conn.close()
    ran = run_cli("restore", "--db", str(made.path), str(foreign))
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert fingerprint(made.path) == before


def test_a_real_backup_is_still_restored_and_the_old_file_kept(made: Made, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.sqlite3"
    assert run_cli("backup", "--db", str(made.path), "-o", str(copy)).code == 0
    ran = run_cli("restore", "--db", str(made.path), str(copy))
    assert ran.code == 0, ran
    assert list(tmp_path.glob("x.db.voor-herstel-*"))


def test_a_name_too_long_is_one_sentence(made: Made, tmp_path: Path) -> None:
    target = tmp_path / ("a" * 300 + ".pdf")
    ran = run_cli(
        "pdf",
        "minutes",
        "--db",
        str(made.path),
        "--meeting",
        str(made.meeting_id),
        "-o",
        str(target),
    )
    assert ran.code == 2 and one_sentence(ran.err), ran
    deep = tmp_path / "/".join(["b" * 200] * 25) / "x.ics"
    ran = run_cli("ics", "--db", str(made.path), "--meeting", str(made.meeting_id), "-o", str(deep))
    assert ran.code == 2 and one_sentence(ran.err), ran


def test_other_databases_side_files_and_read_only_files_are_refused(
    made: Made, tmp_path: Path
) -> None:
    other = make_database(tmp_path / "ander.db", council="Dorpsraad Steyl")
    kept = tmp_path / "bewaard.csv"
    kept.write_text("niet overschrijven")
    kept.chmod(0o400)
    for target in (Path(f"{other.path}.lock"), Path(f"{other.path}-wal"), kept):
        ran = run_cli(
            "ics", "--db", str(made.path), "--meeting", str(made.meeting_id), "-o", str(target)
        )
        assert ran.code == 2 and one_sentence(ran.err), (target, ran)
    assert kept.read_text() == "niet overschrijven"
    assert not Path(f"{other.path}-wal").exists()


def test_a_hard_link_to_the_database_is_only_read(made: Made, tmp_path: Path) -> None:
    import os

    second = tmp_path / "tweede-naam.db"
    os.link(made.path, second)
    package = tmp_path / "p.buurtdesk"
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(package)
        ).code
        == 2
    ), "the first name is hard-linked too: both names are only read"
    second.unlink()
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(package)
        ).code
        == 0
    )
    os.link(made.path, second)
    before = fingerprint(made.path)
    ran = run_cli("import", "--db", str(second), str(package), "--take-theirs")
    assert ran.code == 2 and one_sentence(ran.err) and "harde koppeling" in ran.err, ran
    assert run_cli("list", "councils", "--db", str(second)).code == 0  # reading still works
    assert fingerprint(made.path) == before
