"""One writer per file: a second BuurtDesk opens read-only (with a banner) or says the file is in use."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.errors import StoreError
from buurtdesk.services import Services
from buurtdesk.store.lock import WriterLock, lock_path_for
from buurtdesk.store.opening import open_sqlite_read_only

ROOT = Path(__file__).resolve().parents[2]
BUURTDESK = [sys.executable, "-c", "import sys; from buurtdesk.cli import main; sys.exit(main())"]

HOLDER = """
import sys, time
from pathlib import Path
from buurtdesk.store.lock import hold_for_process
print("HELD" if hold_for_process(Path(sys.argv[1])) else "BUSY", flush=True)
sys.stdin.readline()
"""


@pytest.fixture
def other_buurtdesk(db_path: Path, database: object):  # type: ignore[no-untyped-def]
    """Another process that holds the writer lock, like a BuurtDesk window left open."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "HELD"
    yield process
    assert process.stdin is not None
    process.stdin.close()
    process.wait(10)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "BUURTDESK_LANG": "en"}
    return subprocess.run(
        [*BUURTDESK, *args], capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )


def test_a_second_lock_in_another_process_is_refused(
    db_path: Path, other_buurtdesk: subprocess.Popen[str]
) -> None:
    lock = WriterLock(db_path)
    assert lock.acquire() is False
    assert str(other_buurtdesk.pid) in lock.holder()
    with pytest.raises(StoreError, match="in gebruik"), WriterLock(db_path):
        pass


def test_the_lock_is_free_again_when_its_holder_ends(db_path: Path, database: object) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        text=True,
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "HELD"
    process.kill()  # even a crash releases it: the operating system drops the lock
    process.wait(10)
    lock = WriterLock(db_path)
    assert lock.acquire() is True
    assert lock_path_for(db_path).stat().st_mode & 0o777 == 0o600
    lock.release()
    assert not lock_path_for(db_path).exists(), "a released lock leaves no file behind"


def test_read_only_database_reads_but_refuses_writes(
    db_path: Path, services: Services, other_buurtdesk: subprocess.Popen[str]
) -> None:
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    reader = Services.build(open_sqlite_read_only(db_path))
    try:
        assert [c.name for c in reader.councils.list_councils()] == ["Dorpsraad Steyl"]
        with pytest.raises(StoreError, match="alleen-lezen"):
            reader.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    finally:
        reader.database.dispose()


def test_writing_commands_refuse_and_reading_commands_read(
    db_path: Path, services: Services, other_buurtdesk: subprocess.Popen[str], tmp_path: Path
) -> None:
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    demo = _cli("demo", "--db", str(db_path), "--force")
    assert demo.returncode == 2
    assert "in use by another BuurtDesk" in demo.stderr and "Traceback" not in demo.stderr
    made = _cli("backup", "--db", str(db_path), "-o", str(tmp_path / "kopie.sqlite3"))
    assert made.returncode == 0, made.stderr
    restore = _cli("restore", "--db", str(db_path), str(tmp_path / "kopie.sqlite3"))
    assert restore.returncode == 2 and "in use" in restore.stderr
    listing = _cli("list", "councils", "--db", str(db_path))
    assert (
        listing.returncode == 0 and "Dorpsraad Steyl" in listing.stdout
    )  # demo --force deleted nothing


def test_second_app_opens_read_only_with_a_banner(
    db_path: Path, services: Services, other_buurtdesk: subprocess.Popen[str], qtbot
) -> None:  # type: ignore[no-untyped-def]
    import argparse

    from buurtdesk import app
    from buurtdesk.app import opening

    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    lock, read_only = opening.take_writer_lock(argparse.Namespace(db=str(db_path)))
    assert lock is None and read_only is True
    database = opening.resolve_database(argparse.Namespace(db=str(db_path)), read_only=True)
    window = app.build_window(Services.build(database), read_only=True)
    qtbot.addWidget(window)
    window.show()
    assert window.read_only_banner.isVisible()
    assert (
        "read-only" in window.read_only_banner.text().lower()
        or "alleen" in window.read_only_banner.text().lower()
    )
    database.dispose()


def test_first_app_takes_the_lock(db_path: Path, database: object) -> None:
    import argparse

    from buurtdesk.app import opening

    lock, read_only = opening.take_writer_lock(argparse.Namespace(db=str(db_path)))
    try:
        assert lock is not None and read_only is False
        assert WriterLock(db_path).acquire() is False  # a second one in the same process too
    finally:
        lock.release()


def test_app_startup_as_second_writer_reports_read_only(
    db_path: Path, services: Services, other_buurtdesk: subprocess.Popen[str]
) -> None:
    """The real command: `buurtdesk --db X --exit-after-startup` beside an open BuurtDesk."""
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    services.database.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [*BUURTDESK, "--db", str(db_path), "--exit-after-startup"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout
