"""The action list on a 13-inch laptop at 200 % text (1366×768): the chair pages to it by
keyboard and reviews every open action point. At each, the chosen point is whole in sight,
the D/O/V buttons, the progress field and the notes are on screen, nothing is cut and nothing
is drawn over anything else (before, the buttons covered the point's second line)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from meeting_world import make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from room_check import problems

from buurtdesk.domain.enums import AgendaItemKind, MeetingStatus
from buurtdesk.services import Services
from buurtdesk.ui.common.style import apply_style
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support", "propagateSizeHints")

LAPTOP = (1366, 768)


@pytest.fixture
def large_text(dutch: QApplication) -> Iterator[None]:
    apply_style(dutch, 2.0)
    yield
    apply_style(dutch, 1.0)


@pytest.fixture
def mode(qtbot: QtBot, demo_services: Services, large_text: None) -> MeetingModeWindow:
    """Meeting mode for the Klingerberg's next meeting: a Toekomstagenda meeting, so its
    buttons fill two rows at this size, with seven action points to review."""
    council = next(
        c.id for c in demo_services.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )
    meeting = max(
        (
            m
            for m in demo_services.meetings.list_meetings(council)
            if m.status != MeetingStatus.CLOSED
        ),
        key=lambda m: m.date,
    )
    window = MeetingModeWindow(make_context(demo_services), meeting.id)
    window.clock.stop()
    qtbot.addWidget(window)
    window.resize(*LAPTOP)  # the app shows it full screen
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _whole_in_sight(widget: QWidget) -> bool:
    """No part of `widget` is scrolled away or cut off by what holds it."""
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_the_chair_reviews_the_action_list_at_200_percent_on_a_laptop(
    qtbot: QtBot, mode: MeetingModeWindow
) -> None:
    kinds = [item.kind for item in mode.detail.items]
    for _ in range(kinds.index(AgendaItemKind.ACTION_LIST)):
        qtbot.keyClick(QApplication.focusWidget() or mode, Qt.Key.Key_PageDown)
    review = mode.review
    qtbot.waitUntil(review.list.hasFocus)  # the keys D / O / V work at once
    assert review.list.count() >= 3
    for row in range(review.list.count()):
        _settle()
        assert review.list.currentRow() == row
        chosen = review.list.visualRect(review.list.currentIndex())
        assert review.list.viewport().rect().contains(chosen), (
            f"action point {row + 1} is cut: {chosen} in {review.list.viewport().rect()}"
        )
        parts = [*review.buttons.values(), review.progress, mode.notes]
        assert all(_whole_in_sight(part) for part in parts), [
            type(part).__name__ for part in parts if not _whole_in_sight(part)
        ]
        found = problems(mode, LAPTOP)
        assert not found, "\n".join(found)
        qtbot.keyClick(review.list, Qt.Key.Key_O)  # still open; on to the next
    _settle()
    assert review.heading.text().startswith(f"{review.list.count()} van ")
    assert not problems(mode, LAPTOP)
