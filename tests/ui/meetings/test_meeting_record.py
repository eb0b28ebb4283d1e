"""The record of how a meeting went, in the meeting editor: besloten, the real opening and
closing times, and re-opening a closed meeting; each undoable."""

from __future__ import annotations

from datetime import time

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import MeetingStatus, MinutesState
from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def editor(qtbot, services, dutch):
    world = build_world(services)
    section = MeetingsSection(make_context(services))
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    section.select_meeting(world.held.id)
    return section, world


def test_besloten_times_and_re_opening(qtbot, services, editor):
    section, world = editor
    editor = section.editor
    meeting_id = world.held.id
    stack = editor.context.undo_stack
    assert editor.record.reopen_button.isVisible() and not editor.record.close_button.isVisible()
    # B&esloten by keyboard
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: services.meetings.get_summary(meeting_id).closed_session)
    stack.undo()
    assert not services.meetings.get_summary(meeting_id).closed_session

    # the real times, typed; a closing time before the opening is refused in one sentence
    def type_time(field, text: str) -> None:
        qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)

    type_time(editor.record.closed, "21:40")
    type_time(editor.record.opened, "19:35")
    summary = services.meetings.get_summary(meeting_id)
    assert (summary.opened_at, summary.closed_at) == (time(19, 35), time(21, 40))
    type_time(editor.record.closed, "18:00")
    assert "sluitingstijd" in editor.error.text().lower()
    assert services.meetings.get_summary(meeting_id).closed_at == time(21, 40)
    stack.undo()
    assert services.meetings.get_summary(meeting_id).opened_at != time(19, 35)
    stack.redo()
    # re-open (a mouse user), and undo puts it back closed with its draft minutes
    qtbot.mouseClick(editor.record.reopen_button, Qt.MouseButton.LeftButton)
    summary = services.meetings.get_summary(meeting_id)
    assert (summary.status, summary.minutes_state) == (MeetingStatus.IN_PROGRESS, None)
    assert editor.record.close_button.isVisible()
    stack.undo()
    summary = services.meetings.get_summary(meeting_id)
    assert (summary.status, summary.minutes_state) == (MeetingStatus.CLOSED, MinutesState.DRAFT)
