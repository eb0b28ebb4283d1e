"""A full disk or a read-only folder: one clear sentence, what was typed stays in the window,
and it is stored as soon as writing works again.

Runs on a small tmpfs mounted for the test (size-limited, then filled; remounted read-only).
Mounting needs root on Linux; elsewhere the tests are skipped and say so.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from undo_stacks import undo_stack

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.errors import StoreError
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite


def _mount(folder: Path, size: str) -> bool:
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True
    )
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / f"schijf-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if not _mount(folder, "3M"):
        pytest.skip(
            "mounting a small tmpfs needs root on Linux (mount -t tmpfs -o size=3M); not allowed here"
        )
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def meeting(small_disk: Path) -> Iterator[tuple[Services, int, Path]]:
    database = open_sqlite(small_disk / "buurtdesk.db")
    services = Services.build(database, lambda: date(2026, 3, 10))
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    planned = services.meetings.plan_meeting(council.id, date(2026, 3, 12))
    item = services.meetings.get_meeting(planned.id).items[0]
    yield services, item.id, small_disk
    database.dispose()


def _fill(folder: Path) -> Path:
    filler = folder / "vol.bin"
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    return filler


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(folder)], check=True)


def test_disk_full_says_so_and_writes_again_after_freeing_space(
    meeting: tuple[Services, int, Path],
) -> None:
    services, item_id, folder = meeting
    notes = "De buurt wil een zebrapad bij de school. " * 2000  # ~80 kB: needs new pages
    filler = _fill(folder)
    with pytest.raises(StoreError) as caught:
        services.meetings.set_notes(item_id, notes)
    assert "schijf is vol" in caught.value.dutch and "disk is full" in caught.value.english
    filler.unlink()
    services.meetings.set_notes(item_id, notes)
    assert (
        services.meetings.get_meeting(services.meetings.get_summary(1).id).items[0].notes == notes
    )


def test_read_only_folder_says_so_and_writes_again_when_writable(
    meeting: tuple[Services, int, Path],
) -> None:
    services, item_id, folder = meeting
    services.database.dispose()  # a stick switched to read-only under a closed app
    _remount(folder, "ro")
    try:
        with pytest.raises(StoreError) as caught:
            services.meetings.set_notes(item_id, "Nieuwe notitie")
        assert "alleen-lezen" in caught.value.dutch and "read-only" in caught.value.english
    finally:
        _remount(folder, "rw")
    services.database.dispose()
    services.meetings.set_notes(item_id, "Nieuwe notitie")
    assert services.meetings.get_meeting(1).items[0].notes == "Nieuwe notitie"


def test_the_app_on_a_read_only_folder_opens_read_only(meeting: tuple[Services, int, Path]) -> None:
    import argparse

    from buurtdesk.app import opening

    services, _item_id, folder = meeting
    services.database.dispose()
    _remount(folder, "ro")
    try:
        lock, read_only = opening.take_writer_lock(
            argparse.Namespace(db=str(folder / "buurtdesk.db"))
        )
        assert lock is None and read_only is True  # no lock file can be made: nobody writes here
        database = opening.resolve_database(
            argparse.Namespace(db=str(folder / "buurtdesk.db")), read_only=True
        )
        try:
            reader = Services.build(database)
            assert [c.name for c in reader.councils.list_councils()] == ["Dorpsraad Steyl"]
            with pytest.raises(StoreError, match="alleen-lezen"):
                reader.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
        finally:
            database.dispose()
    finally:
        _remount(folder, "rw")


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_typed_notes_stay_in_the_window_and_are_stored_when_space_returns(
    meeting: tuple[Services, int, Path], qtbot
) -> None:  # type: ignore[no-untyped-def]
    notes_module = pytest.importorskip("buurtdesk.ui.meeting_mode.notes")
    from PySide6.QtGui import QTextCursor

    services, item_id, folder = meeting
    editor = notes_module.NotesEditor()
    qtbot.addWidget(editor)
    keeper = notes_module.NotesKeeper(editor, services.meetings.set_notes, undo_stack())
    keeper.show_item(item_id, "")
    failures: list[object] = []
    keeper.failed.connect(failures.append)
    filler = _fill(folder)
    typed = "Bewoners melden dat de lantaarnpalen al weken uit zijn. " * 1500
    editor.setPlainText(typed)
    assert keeper.flush() is False
    assert failures and "schijf is vol" in failures[-1].dutch  # type: ignore[attr-defined]
    assert editor.toPlainText() == typed  # nothing typed is lost from the window
    filler.unlink()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor, " Nu weer opgeslagen.")
    qtbot.waitUntil(
        lambda: keeper.settled if hasattr(keeper, "settled") else not keeper.dirty, timeout=5000
    )
    stored = services.meetings.get_meeting(1).items[0].notes
    assert stored == typed + " Nu weer opgeslagen."
