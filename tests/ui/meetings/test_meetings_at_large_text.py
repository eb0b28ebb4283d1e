"""Vergaderingen at 200 % text: on a 1920×1080 screen the list of meetings stands beside the
meeting (both have their least width there), on 1366×768 above it; either way each meeting's
date stands on one line and its row is no taller than its text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QBoxLayout
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.rows import text_height
from buurtdesk.ui.common.style import apply_style, apply_theme
from buurtdesk.ui.main_window import MainWindow
from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    apply_theme(qapp, "light")
    yield
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, large_text: None) -> MainWindow:
    main = build_window(demo_services)
    qtbot.addWidget(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText("Wijkoverleg Klingerberg"))
    main.show()
    qtbot.waitExposed(main)
    return main


def _meetings(window: MainWindow, size: tuple[int, int]) -> MeetingsSection:
    window.resize(*size)
    section = window.window_keys.meetings_section()
    assert section is not None
    window.show_section(section)
    for _ in range(6):
        QApplication.processEvents()
    return section


def _direction(section: MeetingsSection) -> QBoxLayout.Direction:
    layout = section.layout()
    assert isinstance(layout, QBoxLayout)
    return layout.direction()


def test_beside_the_meeting_on_a_wide_screen_above_it_on_a_small_one(window: MainWindow) -> None:
    section = _meetings(window, (1920, 1080))
    assert _direction(section) == QBoxLayout.Direction.LeftToRight
    assert section.list.geometry().right() < section.editor.geometry().left()
    section = _meetings(window, (1366, 768))
    assert _direction(section) == QBoxLayout.Direction.TopToBottom
    assert section.list.geometry().bottom() < section.editor.geometry().top()


def test_each_meeting_shows_its_date_on_one_line_in_a_row_as_tall_as_its_text(
    window: MainWindow,
) -> None:
    section = _meetings(window, (1920, 1080))
    listed = section.list
    metrics = listed.fontMetrics()
    lines = metrics.lineSpacing()
    heading = listed.visualItemRect(listed.item(0)).height()  # "Komend": one line
    for row in range(1, listed.count()):
        item = listed.item(row)
        if "\n" not in item.text():
            continue
        date_line, status = item.text().split("\n")
        rect = listed.visualItemRect(item)
        assert metrics.horizontalAdvance(date_line) < rect.width() - 2 * 4, date_line
        # the date's line, and the status wrapped at what is left
        room = rect.width() - 2 * 4 - 2 * 2
        status_lines = round(text_height(status, listed.font(), room) / lines)
        assert rect.height() <= heading + status_lines * lines + 2, (
            f"{item.text()!r}: {rect.height()} px for {1 + status_lines} lines"
        )
