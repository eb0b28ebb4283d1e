"""Full disks, read-only folders and files, links to the database (issue 17, items 5, 10, 11
and the disk part of 14): one sentence and exit 2, and the database keeps every byte.

Full and read-only disks are small tmpfs mounts made for the test (root on Linux only; the
tests say so when they are skipped)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from generated import fingerprint, make_database, one_sentence, run_cli

from buurtdesk.store.lock import WriterLock


def _mount(folder: Path, size: str) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return done.returncode == 0


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / f"schijf-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if not _mount(folder, "16M"):
        pytest.skip("mounting a small tmpfs needs root on Linux; not allowed here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path, leave: int = 0) -> Path:
    """Fill the disk, then give back `leave` bytes (room for a lock file, not for a database)."""
    filler = folder / "vol.bin"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    if leave:
        os.truncate(filler, max(0, filler.stat().st_size - leave))
    return filler


def test_demo_force_on_a_full_disk_keeps_the_old_file(small_disk: Path) -> None:
    made = make_database(small_disk / "x.db")
    before = fingerprint(made.path)
    _fill(small_disk, leave=256 * 1024)  # the lock fits, a new demo database does not
    ran = run_cli("demo", "--db", str(made.path), "--force")
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert fingerprint(made.path) == before
    assert not [p for p in small_disk.iterdir() if ".nieuw-" in p.name or ".oud-" in p.name]


def test_every_command_on_a_full_disk_is_one_sentence(small_disk: Path) -> None:
    made = make_database(small_disk / "x.db")
    db = str(made.path)
    _fill(small_disk)
    before = fingerprint(made.path)
    for argv in (
        ["check", "--db", db],
        ["list", "councils", "--db", db],
        ["backup", "--db", db],
        [
            "pdf",
            "agenda",
            "--db",
            db,
            "--meeting",
            str(made.meeting_id),
            "-o",
            str(small_disk / "a.pdf"),
        ],
        [
            "export",
            "--db",
            db,
            "--council",
            str(made.council_id),
            "-o",
            str(small_disk / "a.buurtdesk"),
        ],
        ["ics", "--db", db, "--meeting", str(made.meeting_id), "-o", str(small_disk / "a.ics")],
        [
            "sheet",
            "actions",
            "--db",
            db,
            "--council",
            str(made.council_id),
            "-o",
            str(small_disk / "a.xlsx"),
        ],
        ["demo", "--db", str(small_disk / "nieuw.db")],
    ):
        ran = run_cli(*argv)
        assert ran.code in (0, 2), (argv, ran)
        if ran.code == 2:
            assert one_sentence(ran.err), (argv, ran.err)
    assert fingerprint(made.path) == before
    assert not list(small_disk.glob(".buurtdesk-*")), "no temporary file is left"


def test_check_and_backup_in_a_read_only_folder(small_disk: Path) -> None:
    made = make_database(small_disk / "x.db")
    before = fingerprint(made.path)
    _remount(small_disk, "ro")
    try:
        ran = run_cli("check", "--db", str(made.path))
        assert ran.code == 0 and ran.out.startswith("ok"), ran
        ran = run_cli("backup", "--db", str(made.path))
        assert ran.code == 2 and one_sentence(ran.err), ran
        assert "alleen-lezen" in ran.err or "mag BuurtDesk niet schrijven" in ran.err
    finally:
        _remount(small_disk, "rw")
    assert fingerprint(made.path) == before


def test_a_link_to_the_database_does_not_get_around_the_writer_lock(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    link = tmp_path / "ander-pad" / "link.db"
    link.parent.mkdir()
    link.symlink_to(made.path)
    holder = WriterLock(made.path)
    assert holder.acquire()
    try:
        second = WriterLock(link)
        assert not second.acquire(), "the link reaches the same file: the same lock"
        before = fingerprint(made.path)
        ran = subprocess.run(
            [sys.executable, "-m", "buurtdesk", "demo", "--db", str(link), "--force"],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert ran.returncode == 2 and one_sentence(ran.stderr), ran
        assert fingerprint(made.path) == before
    finally:
        holder.release()


def test_a_read_only_file_is_opened_read_only_and_never_changed(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    made.path.chmod(0o400)
    before = fingerprint(made.path)
    ran = run_cli("list", "councils", "--db", str(made.path))
    assert ran.code == 0 and "Wijkoverleg Klingerberg" in ran.out, ran
    ran = run_cli("import", "--db", str(made.path), str(tmp_path / "niets.buurtdesk"))
    assert ran.code == 2 and one_sentence(ran.err), ran
    ran = run_cli("demo", "--db", str(made.path), "--force")
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o400, "the user's choice is kept"
    assert fingerprint(made.path) == before


def test_the_app_opens_a_read_only_file_read_only(tmp_path: Path) -> None:
    import argparse

    from buurtdesk.app import opening

    made = make_database(tmp_path / "x.db")
    made.path.chmod(0o444)
    lock, read_only = opening.take_writer_lock(argparse.Namespace(db=str(made.path)))
    assert lock is None and read_only is True
    database = opening.resolve_database(argparse.Namespace(db=str(made.path)), read_only=True)
    database.dispose()
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o444
