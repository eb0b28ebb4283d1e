"""A damaged database: one clear sentence, the offer of the newest sound backup, and the
damaged file kept aside byte for byte, never overwritten."""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.errors import StoreError
from buurtdesk.services import Services, ServicesNotOpen
from buurtdesk.store.backup import create_backup
from buurtdesk.store.opening import open_sqlite
from buurtdesk.store.recovery import diagnose, latest_good_backup, recover

ROOT = Path(__file__).resolve().parents[2]
BUURTDESK = [sys.executable, "-c", "import sys; from buurtdesk.cli import main; sys.exit(main())"]


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _garbage_inside(path: Path) -> None:
    data = bytearray(path.read_bytes())
    noise = random.Random(3).randbytes(len(data) - 8192)
    data[8192:] = noise  # header intact, every page after the second one overwritten
    path.write_bytes(bytes(data))


def _all_garbage(path: Path) -> None:
    path.write_bytes(random.Random(4).randbytes(path.stat().st_size))


def _a_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" * 50)


def _another_sqlite_file(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.execute("INSERT INTO recepten VALUES ('erwtensoep')")
    conn.commit()
    conn.close()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "garbage-inside": _garbage_inside,
    "all-garbage": _all_garbage,
    "a-pdf": _a_pdf,
    "another-sqlite-file": _another_sqlite_file,
}


@pytest.fixture
def council_database(tmp_path: Path) -> Path:
    """A database with a council and enough rows to span many pages, and one good backup."""
    path = tmp_path / "buurtdesk.db"
    database = open_sqlite(path)
    services = Services.build(database)
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    for number in range(40):
        services.actions.add_action(
            council.id, f"Actiepunt {number}: " + "bankjes terugplaatsen bij de vijver " * 30
        )
    create_backup(path, reason="dagelijks")
    database.dispose()  # checkpoints the WAL into the file
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_cli_refuses_with_one_sentence_and_changes_no_byte(
    council_database: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from buurtdesk.cli import main

    DAMAGE[kind](council_database)
    before = council_database.read_bytes()
    for command in (["check"], ["list", "councils"], ["backup"]):
        assert main([*command, "--db", str(council_database)]) == 2, (kind, command)
        message = capsys.readouterr().err.strip()
        assert "Traceback" not in message and message.count("\n") == 0, message
        assert str(council_database) in message
        assert council_database.read_bytes() == before, f"{kind}: the damaged file was changed"


def test_the_real_command_exits_with_2(council_database: Path) -> None:
    _truncate(council_database)
    before = council_database.read_bytes()
    result = subprocess.run(
        [*BUURTDESK, "check", "--db", str(council_database)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "BUURTDESK_LANG": "en"},
    )
    assert result.returncode == 2
    assert result.stderr.strip() == f"{council_database} is damaged and cannot be opened."
    assert council_database.read_bytes() == before


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_recovery_keeps_the_damaged_file_and_restores_the_newest_sound_backup(
    council_database: Path, kind: str
) -> None:
    DAMAGE[kind](council_database)
    damaged_bytes = council_database.read_bytes()
    damage = diagnose(council_database)
    assert damage is not None and isinstance(damage.error, StoreError)
    assert damage.latest_good_backup is not None
    result = recover(council_database, damage.latest_good_backup.path)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged_bytes
    assert ".beschadigd-" in result.kept_aside.name
    services = Services.build(open_sqlite(council_database))
    try:
        assert [c.name for c in services.councils.list_councils()] == ["Dorpsraad Steyl"]
        assert len(services.actions.list_actions(services.councils.list_councils()[0].id)) == 40
    finally:
        services.database.dispose()


def test_a_damaged_backup_is_passed_over_for_an_older_sound_one(council_database: Path) -> None:
    older = latest_good_backup(council_database)
    assert older is not None
    newer = create_backup(council_database, reason="handmatig")
    _garbage_inside(newer)
    assert latest_good_backup(council_database) == older


def test_recovery_without_backup_sets_the_file_aside_and_starts_empty(
    council_database: Path,
) -> None:
    for backup in (council_database.parent / "backups").glob("*"):
        backup.unlink()
    _truncate(council_database)
    damaged = council_database.read_bytes()
    damage = diagnose(council_database)
    assert damage is not None and damage.latest_good_backup is None
    result = recover(council_database, None)
    assert result.kept_aside is not None and result.kept_aside.read_bytes() == damaged
    assert not council_database.exists()
    second = recover  # a second damage the same second never overwrites the first kept file
    council_database.write_bytes(b"kapot")
    again = second(council_database, None)
    assert again.kept_aside != result.kept_aside and result.kept_aside.read_bytes() == damaged


def test_a_sound_file_is_not_damage(council_database: Path, tmp_path: Path) -> None:
    assert diagnose(council_database) is None
    assert diagnose(tmp_path / "nog-niet-gemaakt.db") is None


def test_app_without_a_person_at_the_screen_leaves_the_damaged_file_alone(
    council_database: Path, qapp
) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.app import opening

    _truncate(council_database)
    before = council_database.read_bytes()
    assert opening.mend_damaged_file(argparse.Namespace(db=str(council_database)), "nl") is False
    assert council_database.read_bytes() == before
    assert not [p for p in council_database.parent.iterdir() if ".beschadigd" in p.name]


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_recovery_dialog_offers_the_backup_and_says_the_file_is_kept(
    council_database: Path, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from buurtdesk.ui.safety.recovery import RecoveryChoice, RecoveryDialog

    _truncate(council_database)
    damage = diagnose(council_database)
    assert damage is not None
    dialog = RecoveryDialog(damage)
    qtbot.addWidget(dialog)
    dialog.show()
    assert str(council_database) in dialog.problem.text()
    assert dialog.repair_button.isDefault() and dialog.repair_button.text().replace("&", "")
    qtbot.mouseClick(dialog.repair_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RecoveryChoice.RESTORE_BACKUP
    dialog.grab().save(str(tmp_path / "recovery.png"))


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_recovery_dialog_without_backup_offers_an_empty_start(
    council_database: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from buurtdesk.ui.safety.recovery import RecoveryChoice, RecoveryDialog

    for backup in (council_database.parent / "backups").glob("*"):
        backup.unlink()
    _a_pdf(council_database)
    damage = diagnose(council_database)
    assert damage is not None
    dialog = RecoveryDialog(damage)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)
    assert dialog.choice == RecoveryChoice.QUIT
    assert "no backup" in dialog.offer.text() or "geen reservekopie" in dialog.offer.text()


@pytest.mark.parametrize("choice", ["restore", "empty", "quit"])
def test_app_start_on_a_damaged_file_follows_the_chairs_choice(
    council_database: Path, qapp, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.app import opening
    from buurtdesk.ui.safety.recovery import RecoveryChoice, RecoveryDialog

    _truncate(council_database)
    damaged = council_database.read_bytes()
    monkeypatch.setattr(opening, "can_ask", lambda _args: True)

    def chair_answers(dialog: RecoveryDialog) -> int:
        dialog.choice = RecoveryChoice(choice)
        return 1

    monkeypatch.setattr(RecoveryDialog, "exec", chair_answers)
    args = argparse.Namespace(db=str(council_database))
    assert opening.mend_damaged_file(args, "nl") is (choice != "quit")
    kept = [
        p
        for p in council_database.parent.iterdir()
        if ".beschadigd-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    if choice == "quit":
        assert not kept and council_database.read_bytes() == damaged
        return
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    database = opening.resolve_database(args, checked=True)
    try:
        names = [c.name for c in Services.build(database).councils.list_councils()]
    finally:
        database.dispose()
    assert names == (["Dorpsraad Steyl"] if choice == "restore" else [])


def _damage_the_first_look_does_not_see(path: Path) -> None:
    """Overwrite one page that the first screen's queries never read: the start paints the
    overview from the file, and only SQLite's check of every page, after the paint, finds it."""
    from datetime import date

    from buurtdesk.services.first_look import first_look

    sound = path.read_bytes()
    pages = len(sound) // 4096
    for page in range(pages - 1, 1, -1):
        data = bytearray(sound)
        data[page * 4096 : (page + 1) * 4096] = random.Random(page).randbytes(4096)
        path.write_bytes(bytes(data))
        if first_look(path, None, date.today()) is not None and diagnose(path) is not None:
            return
    raise AssertionError("every damaged page was seen by the first look")


def test_damage_found_after_the_first_paint_stops_the_start_and_changes_no_byte(
    council_database: Path, tmp_path: Path
) -> None:
    _damage_the_first_look_does_not_see(council_database)
    before = council_database.read_bytes()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BUURTDESK_LANG": "en",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [*BUURTDESK, "--db", str(council_database), "--exit-after-startup"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"{council_database} is damaged and cannot be opened." in result.stderr
    assert council_database.read_bytes() == before


@pytest.mark.parametrize("choice", ["restore", "quit"])
def test_damage_found_after_the_first_paint_gets_the_same_offer(
    council_database: Path, qapp, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:  # type: ignore[no-untyped-def]
    """The window is on screen from the first look; the database opens only after the check."""
    from datetime import date

    from buurtdesk.app import opening
    from buurtdesk.services.first_look import first_look
    from buurtdesk.ui.safety.recovery import RecoveryChoice, RecoveryDialog

    _damage_the_first_look_does_not_see(council_database)
    damaged = council_database.read_bytes()
    look = first_look(council_database, None, date.today())
    assert look is not None and [c.name for c in look.councils] == ["Dorpsraad Steyl"]
    monkeypatch.setattr(opening, "can_ask", lambda _args: True)
    monkeypatch.setattr(
        RecoveryDialog,
        "exec",
        lambda dialog: setattr(dialog, "choice", RecoveryChoice(choice)) or 1,
    )
    services = Services.opening(look.path)
    pending = opening.Opening(argparse.Namespace(db=str(council_database)), look, services, "nl")
    with pytest.raises(ServicesNotOpen):  # nothing reaches the file before the named point
        services.councils.list_councils()
    if choice == "quit":
        with pytest.raises(StoreError):
            pending._open_database()
        assert pending.quitting and council_database.read_bytes() == damaged
        return
    services.open(pending._open_database())
    try:
        assert [c.name for c in services.councils.list_councils()] == ["Dorpsraad Steyl"]
        assert pending.mended
    finally:
        services.database.dispose()
    kept = [
        p
        for p in council_database.parent.iterdir()
        if ".beschadigd-" in p.name and not p.name.endswith(("-wal", "-shm"))
    ]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
