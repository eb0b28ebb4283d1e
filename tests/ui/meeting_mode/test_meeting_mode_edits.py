"""Meeting mode: undo of every kind of edit, notes that never get lost, asking once."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import ActionStatus, AgendaItemKind, AttendanceStatus, MinutesState
from buurtdesk.domain.errors import StoreError
from buurtdesk.ui.meeting_mode.capture import ActionDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.fixture
def mode(qtbot, services, world):
    window = MeetingModeWindow(make_context(services), world.next_meeting.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.setFocus()
    return window


def _notes(services, item_id: int) -> str:
    """The notes of an item as stored in the database."""
    for meeting in services.meetings.list_meetings(1):
        for item in services.meetings.get_meeting(meeting.id).items:
            if item.id == item_id:
                return item.notes
    raise AssertionError(f"no item {item_id}")


def test_notes_are_stored_per_pause_and_undo_per_item(qtbot, mode, services):
    item_id = mode.current_item_id
    qtbot.keyClicks(mode.notes, "Eerste zin.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    qtbot.keyClicks(mode.notes, " Tweede zin.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    assert _notes(services, item_id) == "Eerste zin. Tweede zin."
    assert mode.context.undo_stack.count() == 1, "pauses on one item merge into one undo step"
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    second = mode.current_item_id
    qtbot.keyClicks(mode.notes, "Anders")
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageUp)  # leaving the item stores at once
    assert _notes(services, second) == "Anders"
    assert mode.notes.toPlainText() == "Eerste zin. Tweede zin."
    qtbot.keyClick(mode.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _notes(services, second) == ""
    qtbot.keyClick(mode.notes, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _notes(services, item_id) == ""
    assert mode.notes.toPlainText() == ""
    qtbot.keyClick(
        mode.notes,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert mode.notes.toPlainText() == "Eerste zin. Tweede zin."


def test_typing_never_waits_and_a_failing_store_keeps_the_text(qtbot, mode, services, monkeypatch):
    item_id = mode.current_item_id
    real = services.meetings.set_notes
    broken = {"on": True}

    def store(item: int, text: str) -> int:
        if broken["on"]:
            raise StoreError.said(
                "The disk is full: what you typed stays in the window and is stored once there is "
                "room again."
            )
        return real(item, text)

    mode.keeper.store = store
    qtbot.keyClicks(mode.notes, "Belangrijk")
    qtbot.waitUntil(mode.panel.banner.isVisible, timeout=3000)
    assert "disk is full" in mode.panel.banner.text() or "schijf is vol" in mode.panel.banner.text()
    assert mode.notes.toPlainText() == "Belangrijk"
    assert mode.keeper.dirty
    broken["on"] = False
    qtbot.keyClicks(mode.notes, "!")  # the next keystroke tries again
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    assert _notes(services, item_id) == "Belangrijk!"
    assert not mode.panel.banner.isVisible()


def test_a_failing_store_is_retried_by_the_timer(qtbot, mode, services):
    item_id = mode.current_item_id
    real = services.meetings.set_notes
    calls = []

    def store(item: int, text: str) -> int:
        calls.append(text)
        if len(calls) == 1:
            raise StoreError.said(
                "The database is read-only: what you typed stays in the window but is not stored."
            )
        return real(item, text)

    mode.keeper.store = store
    mode.keeper.retry.setInterval(200)
    qtbot.keyClicks(mode.notes, "Tekst")
    qtbot.waitUntil(lambda: len(calls) >= 2, timeout=3000)
    assert _notes(services, item_id) == "Tekst"


def test_a_50000_character_paste_is_stored_at_once(qtbot, mode, services):
    item_id = mode.current_item_id
    text = ("Lange notitie met veel woorden. " * 1600)[:50_000]
    mode.notes.insertPlainText(text)
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert len(_notes(services, item_id)) == 50_000


def test_decision_action_attendance_review_are_undoable(qtbot, mode, services, world):
    stack = mode.context.undo_stack
    meeting_id = world.next_meeting.id
    mode.capture.record_decision("Eerste besluit", None)
    assert [str(d.number) for d in services.meetings.get_meeting(meeting_id).decisions] == [
        "2026-002"
    ]
    stack.undo()
    assert services.meetings.get_meeting(meeting_id).decisions == ()
    stack.redo()
    assert [str(d.number) for d in services.meetings.get_meeting(meeting_id).decisions] == [
        "2026-002"
    ]

    dialog = ActionDialog([], [], date(2026, 3, 10))
    dialog.what.setText("Flyer maken")
    dialog.who.setText("Wim Hermans")
    dialog.owners["wim hermans"] = (world.people["Wim Hermans"].id, None)
    dialog._accept()
    mode.capture.add_action(dialog)
    assert [a.title for a in services.meetings.get_meeting(meeting_id).new_actions] == [
        "Flyer maken"
    ]
    stack.undo()
    assert services.meetings.get_meeting(meeting_id).new_actions == ()
    stack.redo()
    assert [a.owner_name for a in services.meetings.get_meeting(meeting_id).new_actions] == [
        "Wim Hermans"
    ]

    anna = world.people["Anna Maas"].id
    mode.capture.mark_attendance(anna, AttendanceStatus.PRESENT)
    mode.capture.add_guest("Gast Een")
    stack.undo()
    stack.undo()
    attendance = {a.name: a.status for a in services.meetings.get_meeting(meeting_id).attendance}
    assert attendance["Anna Maas"] == AttendanceStatus.UNKNOWN and "Gast Een" not in attendance

    first = world.carried[0]
    mode.capture.review(first.id, ActionStatus.DONE, "Klaar")
    assert services.actions.get_action(first.id).status == ActionStatus.DONE
    stack.undo()
    assert services.actions.get_action(first.id).status == ActionStatus.OPEN
    assert all(h.meeting_id != meeting_id for h in services.actions.history(first.id))


def test_an_action_without_owner_or_with_a_past_date_asks_once(qtbot, mode, services, world):
    qtbot.keyClick(
        mode.notes,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = mode.dialog
    assert isinstance(dialog, ActionDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.what, "Iemand zoeken voor de kascommissie")
    dialog.due.setFocus()
    qtbot.keyClicks(dialog.due, "1-1-2026")
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.warning.isVisible()
    assert "01/01/2026" in dialog.warning.text() or "01-01-2026" in dialog.warning.text()
    qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    made = services.meetings.get_meeting(world.next_meeting.id).new_actions
    assert [(a.title, a.owner_person_id, a.due_date) for a in made] == [
        ("Iemand zoeken voor de kascommissie", None, date(2026, 1, 1))
    ]


def test_the_clock_and_time_on_the_item(qtbot, mode, services):
    mode.times.entered_at -= 125
    mode.tick()
    assert mode.top.item_time.text().startswith("2:05")
    assert ":" in mode.top.clock_label.text()
    item_id = mode.current_item_id
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    spent = next(
        i.spent_seconds
        for i in services.meetings.get_meeting(mode.meeting_id).items
        if i.id == item_id
    )
    assert spent >= 125
    assert "2:05" in mode.agenda.item(0).text(), "the agenda shows the time used on a visited item"


def test_adopting_the_previous_minutes_at_their_item(qtbot, mode, services, world):
    kinds = [i.kind for i in mode.detail.items]
    assert not mode.capture.adopt_action.isEnabled(), "only at the previous-minutes item"
    mode.agenda.setCurrentRow(kinds.index(AgendaItemKind.PREVIOUS_MINUTES))
    assert mode.panel.minutes_hint.isVisible()
    assert (
        "10 February 2026" in mode.panel.minutes_hint.text()
        or "10 februari 2026" in mode.panel.minutes_hint.text()
    )
    mode.notes.setFocus()
    qtbot.keyClick(
        mode.notes,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = mode.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.amendments, "Bij punt 5: het feest is op 6 juni.")
    qtbot.keyClick(dialog.amendments, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    held = services.meetings.get_meeting(world.held.id)
    assert held.meeting.minutes_state == MinutesState.ADOPTED
    assert held.minutes_amendments == "Bij punt 5: het feest is op 6 juni."
    assert not mode.capture.adopt_action.isEnabled()
    mode.context.undo_stack.undo()
    assert services.meetings.get_summary(world.held.id).minutes_state == MinutesState.DRAFT


def test_undo_after_leaving_meeting_mode_reaches_the_editor(qtbot, services, world):
    from buurtdesk.ui.meetings.section import MeetingsSection

    section = MeetingsSection(make_context(services))
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.show()
    mode = section.start_meeting(world.next_meeting.id)
    mode.capture.record_decision("Besluit dat terug moet", None)
    mode.notes.setFocus()
    qtbot.keyClicks(mode.notes, "Notitie")
    mode.close()
    qtbot.waitUntil(lambda: not shiboken6.isValid(mode))
    assert section.mode is None
    stack = section.context.undo_stack
    stack.undo()  # the notes, stored through the service although the window is gone
    assert services.meetings.get_meeting(world.next_meeting.id).items[0].notes == ""
    stack.undo()  # the decision; the editor refreshes instead of the closed window
    assert services.meetings.get_meeting(world.next_meeting.id).decisions == ()
    stack.redo()
    stack.redo()
    assert services.meetings.get_meeting(world.next_meeting.id).items[0].notes == "Notitie"


def test_leaving_an_item_while_storing_fails_loses_nothing(qtbot, mode, services):
    first = mode.current_item_id
    real = services.meetings.set_notes
    broken = {"on": True}

    def store(item: int, text: str) -> int:
        if broken["on"]:
            raise StoreError.said(
                "The disk is full: what you typed stays in the window and is stored once there is "
                "room again."
            )
        return real(item, text)

    mode.keeper.store = store
    mode.keeper.retry.setInterval(200)
    qtbot.keyClicks(mode.notes, "Niet kwijtraken")
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert mode.panel.banner.isVisible() and mode.current_item_id != first
    assert not mode.keeper.settled
    asked = []
    mode.confirm = lambda _title, question: asked.append(question) or False
    mode.close()
    assert asked and mode.isVisible(), "leaving with unstored notes asks first"
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageUp)
    assert mode.notes.toPlainText() == "Niet kwijtraken", "the text comes back with its item"
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    broken["on"] = False
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    assert _notes(services, first) == "Niet kwijtraken"
    qtbot.waitUntil(lambda: not mode.panel.banner.isVisible(), timeout=3000)


@pytest.mark.parametrize(
    "text",
    [
        "Buurtfeest 🎉 met café en crème brûlée",
        "שלום / مرحبا — tekst van rechts naar links",
        "Regel één\n\n\tingesprongen regel\r\nWindows-regel",
        "x" * 1,
    ],
)
def test_notes_keep_whatever_the_chair_types(qtbot, mode, services, text):
    item_id = mode.current_item_id
    mode.notes.insertPlainText(text)
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageUp)
    stored = _notes(services, item_id)
    assert stored == mode.notes.toPlainText()
    assert stored.replace("\r\n", "\n") == text.replace("\r\n", "\n")


EDITING_KEYS = [
    "SelectAll",
    "Copy",
    "Cut",
    "Paste",
    "Delete",
    "Backspace",
    "DeleteStartOfWord",
    "DeleteEndOfWord",
    "DeleteEndOfLine",
    "MoveToNextWord",
    "MoveToPreviousWord",
    "MoveToStartOfLine",
    "MoveToEndOfLine",
    "MoveToStartOfDocument",
    "MoveToEndOfDocument",
    "SelectNextWord",
    "SelectPreviousWord",
    "SelectStartOfLine",
    "SelectEndOfLine",
    "SelectStartOfDocument",
    "SelectEndOfDocument",
    "InsertLineSeparator",
    "InsertParagraphSeparator",
]


def test_no_meeting_key_takes_an_editing_key_from_the_notes(qtbot, mode):
    from PySide6.QtGui import QKeySequence

    taken = {seq.toString() for seq in mode.notes.passthrough}
    for name in EDITING_KEYS:
        for seq in QKeySequence.keyBindings(getattr(QKeySequence.StandardKey, name)):
            assert seq.toString() not in taken, f"{seq.toString()} ({name}) is a meeting key"
    qtbot.keyClicks(mode.notes, "Alles selecteren")
    qtbot.keyClick(mode.notes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert mode.notes.textCursor().selectedText() == "Alles selecteren"
    assert mode.dialog is None, "Ctrl+A selects all in the notes; it opens nothing"
