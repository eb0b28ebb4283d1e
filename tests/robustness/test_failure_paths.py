"""Failure paths found in review (issue 17, items 16, 17, 18): a refused undo keeps the undo
stack where it was (no duplicate row on redo); a background job whose code raises ends with a
sentence and frees its slot; the unit of work turns every database error into one sentence."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from generated import make_database

from buurtdesk.domain.errors import BuurtDeskError, RuleViolation, StoreError


def test_a_refused_undo_keeps_the_index_and_redo_adds_no_duplicate(qtbot) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.ui.common.undo import EditCommand, UndoStack

    rows: list[str] = []
    errors: list[BuurtDeskError] = []
    refuse = {"undo": True}

    def add() -> int:
        rows.append("besluit")
        return len(rows)

    def remove(_result: object) -> None:
        if refuse["undo"]:
            raise RuleViolation.said("Adopted minutes only go back to draft or sent.")
        rows.pop()

    stack = UndoStack()
    stack.push(EditCommand("Besluit toevoegen", do=add, undo=remove, on_error=errors.append))
    assert rows == ["besluit"] and stack.index() == 1
    stack.undo()  # refused
    qtbot.waitUntil(lambda: stack.index() == 1, timeout=2000)
    assert rows == ["besluit"] and len(errors) == 1
    assert stack.canUndo() and not stack.canRedo()
    stack.redo()  # nothing to redo: no second row
    assert rows == ["besluit"]
    refuse["undo"] = False
    stack.undo()  # allowed now: undone once
    assert rows == [] and stack.index() == 0
    stack.redo()
    assert rows == ["besluit"]


def test_a_job_that_raises_ends_with_a_sentence_and_frees_the_slot(qtbot) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.ui.common.background import Background

    background = Background()
    failures: list[str] = []
    results: list[object] = []

    def broken() -> object:
        raise KeyError("a bug in the job")

    assert background.start(broken, results.append, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert not background.running
    assert failures[0].count(".") == 1 and "\n" not in failures[0]
    assert background.start(lambda: 42, results.append, failures.append), "the slot is free"
    qtbot.waitUntil(lambda: results == [42], timeout=5000)


def _damage_a_page(path: Path) -> None:
    """Overwrite the pages of the agenda items' table with garbage, as a bad sector would."""
    conn = sqlite3.connect(path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'agenda_items'"
    ).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


def test_a_damaged_page_mid_session_is_one_sentence(tmp_path: Path) -> None:
    from datetime import date

    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite

    made = make_database(tmp_path / "x.db")
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 10))
    assert services.councils.list_councils()
    _damage_a_page(made.path)  # while the app has it open
    with pytest.raises(StoreError) as caught:
        services.meetings.get_meeting(made.meeting_id)
    assert "\n" not in caught.value.dutch and "beschadigd" in caught.value.dutch
    database.dispose()


def test_un_adopting_minutes_is_guarded(tmp_path: Path) -> None:
    from datetime import date

    from buurtdesk.domain.enums import MinutesState
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite

    made = make_database(tmp_path / "x.db")
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 5, 1))
    meetings = services.meetings
    with pytest.raises(RuleViolation):  # a meeting without minutes: nothing to undo
        meetings.undo_adopt_minutes(made.meeting_id, MinutesState.DRAFT)
    meetings.start_meeting(made.meeting_id)
    meetings.close_meeting(made.meeting_id)
    later = meetings.plan_meeting(made.council_id, date(2026, 4, 9))
    meetings.adopt_minutes(made.meeting_id, later.id)
    with pytest.raises(RuleViolation):  # "back" to adopted is no way back
        meetings.undo_adopt_minutes(made.meeting_id, MinutesState.ADOPTED)
    meetings.start_meeting(later.id)
    meetings.close_meeting(later.id)
    third = meetings.plan_meeting(made.council_id, date(2026, 5, 14))
    meetings.adopt_minutes(later.id, third.id)
    with pytest.raises(RuleViolation):  # the adopting meeting's own minutes are adopted
        meetings.undo_adopt_minutes(made.meeting_id, MinutesState.DRAFT)
    assert meetings.get_summary(made.meeting_id).minutes_state == MinutesState.ADOPTED
    meetings.undo_adopt_minutes(later.id, MinutesState.DRAFT)  # the newest one still can
    database.dispose()
