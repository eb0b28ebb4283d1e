"""The chair and the secretary type the notes of the same item in two windows at once (two
laptops on one server, or one file): both texts are kept, merged where they do not overlap
and shown one under the other where they do, and the window says so. On SQLite and on
PostgreSQL."""

from __future__ import annotations

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

START = "Opening door de voorzitter.\n\nMededelingen van de gemeente.\n\nRondvraag."


def _open(qtbot, services, meeting_id: int) -> MeetingModeWindow:
    window = MeetingModeWindow(make_context(services), meeting_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_at(qtbot, window: MeetingModeWindow, where: Qt.Key, text: str) -> None:
    """Focus the window's notes, go to the start or end, type, and wait until stored."""
    window.activateWindow()
    window.notes.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.notes)
    qtbot.keyClick(QApplication.focusWidget(), where, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.waitUntil(lambda: window.keeper.settled, timeout=5000)


def _stored(services, meeting_id: int, item_id: int) -> str:
    return next(i.notes for i in services.meetings.get_meeting(meeting_id).items if i.id == item_id)


def test_two_windows_typing_the_same_notes_keep_both_texts(qtbot, any_services) -> None:
    services = any_services
    world = build_world(services)
    meeting_id = world.next_meeting.id
    item_id = services.meetings.get_meeting(meeting_id).items[0].id
    services.meetings.set_notes(item_id, START)
    chair = _open(qtbot, services, meeting_id)
    secretary = _open(qtbot, services, meeting_id)
    assert chair.current_item_id == secretary.current_item_id == item_id
    assert chair.notes.toPlainText() == secretary.notes.toPlainText() == START

    _type_at(qtbot, chair, Qt.Key.Key_End, " Einde om 21:30.")
    _type_at(qtbot, secretary, Qt.Key.Key_Home, "Welkom. ")  # typed from the old text
    both = "Welkom. Opening door de voorzitter.\n\nMededelingen van de gemeente.\n\nRondvraag. Einde om 21:30."
    assert _stored(services, meeting_id, item_id) == both
    assert secretary.notes.toPlainText() == both  # the chair's sentence appears at once
    qtbot.waitUntil(secretary.panel.banner.isVisible, timeout=3000)
    assert (
        "at the same time" in secretary.panel.banner.text()
        or "tegelijk" in secretary.panel.banner.text()
    )

    # both change the same line: both versions stay, between markers, nothing is lost
    _type_at(qtbot, chair, Qt.Key.Key_End, " Volgende keer in mei.")
    _type_at(qtbot, secretary, Qt.Key.Key_End, " Volgende keer in juni.")
    stored = _stored(services, meeting_id, item_id)
    assert "Volgende keer in mei." in stored and "Volgende keer in juni." in stored
    assert stored.startswith(
        "Welkom. Opening door de voorzitter.\n\nMededelingen van de gemeente.\n\n"
    )
    assert (
        "[Tegelijk gewijzigd. Uw tekst:]" in stored
        or "[Changed at the same time. Your text:]" in stored
    )
    assert secretary.notes.toPlainText() == stored
    qtbot.waitUntil(secretary.panel.banner.isVisible, timeout=3000)
    banner = secretary.panel.banner.text()
    assert "[Tegelijk gewijzigd" in banner or "[Changed at the same time" in banner
    chair.close()
    secretary.close()
