"""Meeting mode's dialogs at large text: the action point's title fits its field, the attendance
list takes the room the screen gives, the dot vote's set-up is as tall as what it asks."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from buurtdesk.ui.common.dialog_body import room_on_screen
from buurtdesk.ui.common.style import apply_style
from buurtdesk.ui.meeting_mode.attendance_dialog import AttendanceDialog
from buurtdesk.ui.meeting_mode.capture import ActionDialog
from buurtdesk.ui.meeting_mode.vote_dialog import VoteDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = "Offerte voor extra lantaarnpalen aan het Maaspad sturen"


@pytest.fixture
def large(dutch: QApplication):
    apply_style(dutch, 2.0)
    yield 2.0
    apply_style(dutch, 1.0)


def _mode(qtbot, services, meeting_id: int) -> MeetingModeWindow:
    window = MeetingModeWindow(make_context(services), meeting_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.setFocus()
    return window


def _press(qtbot, mode: MeetingModeWindow, key: Qt.Key, modifiers, kind: type) -> QDialog:
    qtbot.keyClick(mode.notes, key, modifiers)
    dialog = mode.dialog
    assert isinstance(dialog, kind)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.wait(50)  # the dialog takes its size once shown
    return dialog


def _within_screen(dialog: QDialog) -> None:
    width, height = room_on_screen(dialog)
    assert dialog.width() <= width and dialog.height() <= height


def test_a_typical_action_title_fits_its_field(qtbot, services, large):
    mode = _mode(qtbot, services, build_world(services).next_meeting.id)
    modifiers = CTRL | Qt.KeyboardModifier.ShiftModifier
    dialog = _press(qtbot, mode, Qt.Key.Key_A, modifiers, ActionDialog)
    assert isinstance(dialog, ActionDialog)
    field = QApplication.focusWidget()
    assert field is dialog.what
    qtbot.keyClicks(field, TITLE)
    needed = field.fontMetrics().horizontalAdvance(TITLE) + 12  # the field's frame and margins
    full_width = room_on_screen(dialog)[0]
    # the whole title in sight, or the dialog as wide as the screen lets it be
    assert field.width() >= needed or dialog.frameGeometry().width() >= full_width - 2
    _within_screen(dialog)


def test_the_attendance_list_takes_the_room_the_screen_gives(qtbot, services, large):
    mode = _mode(qtbot, services, build_world(services).next_meeting.id)
    dialog = _press(qtbot, mode, Qt.Key.Key_P, CTRL, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    for name in ("Piet Gast", "Els de Wit", "Karel Smeets", "Ria Peeters", "Noor Jansen"):
        dialog.guest.setFocus()
        qtbot.keyClicks(dialog.guest, name)
        qtbot.keyClick(dialog.guest, Qt.Key.Key_Return)
    qtbot.wait(50)
    people = dialog.people
    assert people.count() >= 8
    rows = sum(people.sizeHintForRow(row) for row in range(people.count()))
    every_row_shown = people.viewport().height() >= rows
    screen_height = room_on_screen(dialog)[1]
    assert every_row_shown or dialog.height() >= screen_height - 8
    _within_screen(dialog)


def test_the_dot_vote_set_up_is_as_tall_as_what_it_asks(qtbot, services, large):
    world = build_world(services)
    cycle = services.cycle.start_round(world.council.id, horizon_year=2030)
    services.vision.add_theme(cycle.id, "Ontmoeten")
    theme = services.vision.vision(cycle.id).themes[0].id
    services.vision.add_wish(theme, "Een buurthuis dat 's avonds open is")
    session = services.cycle.prepare_session(world.council.id, date(2026, 3, 17))
    mode = _mode(qtbot, services, session.meeting.id)
    dialog = _press(qtbot, mode, Qt.Key.Key_T, CTRL, VoteDialog)
    assert isinstance(dialog, VoteDialog)
    assert QApplication.focusWidget() is dialog.dots
    layout = dialog.layout()
    needed = layout.totalHeightForWidth(dialog.width())
    assert dialog.height() <= needed + 4  # no empty half under the buttons
    _within_screen(dialog)
