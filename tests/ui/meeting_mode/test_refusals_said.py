"""What meeting mode refuses, it says in one Dutch sentence, and nothing is stored: a wish or a
dot vote without a round (or without themes or wishes), a closing without the next date."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import MeetingKind, MeetingStatus
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier


def open_mode(qtbot, services, meeting_id: int) -> MeetingModeWindow:
    window = MeetingModeWindow(make_context(services), meeting_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.setFocus()
    return window


def shortcut(qtbot, mode: MeetingModeWindow, key: Qt.Key, modifiers=CTRL) -> None:
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, key, modifiers)


def test_cycle_keys_without_a_round_themes_or_wishes_say_why(dutch, qtbot, services) -> None:
    world = build_world(services)
    session = services.meetings.plan_meeting(
        world.council.id, date(2026, 3, 17), kind=MeetingKind.TOEKOMSTAGENDA
    )
    mode = open_mode(qtbot, services, session.id)

    shortcut(qtbot, mode, Qt.Key.Key_W)
    assert mode.dialog is None, "no wish dialog without a round"
    assert mode.panel.banner.isVisible()
    assert mode.panel.banner.text() == (
        "Start eerst een toekomstagenda-ronde; dan komt wat u hier vastlegt in die ronde."
    )

    cycle = services.cycle.start_round(world.council.id, horizon_year=2030)
    shortcut(qtbot, mode, Qt.Key.Key_W)
    assert mode.dialog is None
    assert mode.panel.banner.text() == (
        "Deze ronde heeft nog geen thema's; voeg ze eerst toe bij Toekomstagenda."
    )

    services.vision.add_theme(cycle.id, "Groen")
    shortcut(qtbot, mode, Qt.Key.Key_T)
    assert mode.dialog is None
    assert mode.panel.banner.text() == (
        "Er zijn nog geen wensen om op te stemmen; leg ze eerst vast met Ctrl+W."
    )
    assert not services.vision.vision(cycle.id).vote_sessions


def test_closing_without_the_next_date_is_refused_in_the_dialog(dutch, qtbot, services) -> None:
    world = build_world(services)
    meeting_id = world.next_meeting.id
    services.meetings.start_meeting(meeting_id)
    mode = open_mode(qtbot, services, meeting_id)
    shortcut(qtbot, mode, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    dialog = mode.dialog
    assert isinstance(dialog, CloseMeetingDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.date_field
    qtbot.keyClick(dialog.date_field, Qt.Key.Key_Return)
    assert dialog.isVisible(), "the dialog stays open with the reason"
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        "Vul de datum van de volgende vergadering in, of kies 'nog niet afgesproken'."
    )
    assert services.meetings.get_summary(meeting_id).status == MeetingStatus.IN_PROGRESS
