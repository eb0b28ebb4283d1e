"""F5 from anywhere starts meeting mode; Ctrl+F goes to the one search its label names."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.services import Services
from buurtdesk.ui.window_keys import choose_meeting

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, dutch: QApplication):
    main = build_window(demo_services)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText("Wijkoverleg Klingerberg"))
    main.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main)
    return main


def _meetings(window):
    return window.window_keys.meetings_section()


def test_f5_on_the_overview_opens_the_next_planned_meeting(qtbot: QtBot, window, demo_services):
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_F5)
    section = _meetings(window)
    mode = section.mode
    assert mode is not None, "F5 works on the overview, right after choosing a section"
    council = window.council_id
    planned = [
        m
        for m in demo_services.meetings.list_meetings(council)
        if m.date >= window.context.current_date() and m.id != mode.meeting_id
    ]
    assert all(m.date >= mode.detail.meeting.date for m in planned)
    mode.close()


def test_f5_from_another_section(qtbot: QtBot, window):
    window.section_list.setCurrentRow(3)  # Besluiten
    QApplication.processEvents()
    window.sections[3].setFocus()
    focus = QApplication.focusWidget() or window.section_list
    qtbot.keyClick(focus, Qt.Key.Key_F5)
    assert _meetings(window).mode is not None
    _meetings(window).mode.close()


def test_choosing_today_then_the_next_planned_then_the_selected():
    from buurtdesk.services.overview_views import MeetingSummary

    def meeting(number: int, day: date, status=MeetingStatus.PLANNED) -> MeetingSummary:
        return MeetingSummary(
            number, f"u{number}", 1, None, "", day, None, None, "", status, None, None
        )

    today = date(2026, 11, 23)
    held = meeting(1, date(2026, 10, 1), MeetingStatus.CLOSED)
    later = meeting(2, date(2026, 12, 14))
    sooner = meeting(3, date(2026, 12, 1))
    todays = meeting(4, today)
    assert choose_meeting([held, later, sooner, todays], today, 1) == 4
    assert choose_meeting([held, later, sooner], today, 1) == 3
    assert choose_meeting([held], today, 1) == 1
    assert choose_meeting([held], today, None) is None


def test_f5_says_so_in_one_line_when_there_is_nothing_to_start(qtbot, window, monkeypatch):
    monkeypatch.setattr(window.context.services.meetings, "list_meetings", lambda _c: [])
    monkeypatch.setattr(_meetings(window), "selected_meeting_id", lambda: None)
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_F5)
    assert _meetings(window).mode is None
    message = window.statusBar().currentMessage()
    assert "geen vergadering" in message.lower() and "\n" not in message


def test_ctrl_f_goes_to_the_search_field_it_names(qtbot: QtBot, window):
    assert "Ctrl+F" in window.search_field.placeholderText()
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_field.hasFocus()
    assert window.search_dialog is None, "no popup: the field itself"
    qtbot.keyClicks(window.search_field, "bankjes")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.search_dialog is not None and window.search_dialog.isVisible()
    window.search_dialog.close()
