"""The import preview at 200 % text on a small screen: the summary, why Import waits and the
buttons stay in sight, and one scroll bar scrolls the rest, the conflicts included (never a
scrolling list inside a scrolling dialog)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QScrollArea,
    QScrollBar,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_dialogs_for_everyone import import_preview

from buurtdesk.services import Services
from buurtdesk.ui.common import dialog_body
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    yield
    apply_style(qapp, 1.0)
    install_language(qapp, "en")


def _vertical_bars(window: QWidget) -> list[str]:
    return [
        area.accessibleName() or area.objectName() or type(area).__name__
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.verticalScrollBar().isVisible()
    ]


def _in_sight(widget: QWidget, window: QWidget) -> bool:
    """Wholly inside the window and not scrolled out of any scroll area around it."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    if not window.rect().contains(QRect(top_left, widget.size())):
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if parent.objectName() == "qt_scrollarea_viewport":
            corner = widget.mapTo(parent, QPoint(0, 0))
            if not parent.rect().contains(QRect(corner, widget.size())):
                return False
        parent = parent.parentWidget()
    return True


def _settle(qtbot: QtBot, bar: QScrollBar) -> None:
    """Until the lists' heights are final: they follow their rows through the event queue."""
    seen: list[int] = []

    def steady() -> bool:
        seen.append(bar.maximum())
        return len(seen) > 3 and len(set(seen[-3:])) == 1

    qtbot.waitUntil(steady)


@pytest.mark.parametrize("laptop", [True, False], ids=["1366x768", "the test screen 800x800"])
def test_one_scroll_bar_and_the_summary_and_buttons_stay_in_sight(
    qtbot: QtBot,
    large_text: None,
    demo_services: Services,
    laptop: bool,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if laptop:  # the room a 13-inch laptop's screen gives a dialog (under its title bar)
        monkeypatch.setattr(dialog_body, "room_on_screen", lambda _dialog: (1366, 768 - 48))
    dialog = import_preview(demo_services).window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(50)  # fitted to the screen through the event queue
    assert _vertical_bars(dialog) == ["dialogBody"]
    body = dialog.findChild(QScrollArea, "dialogBody")
    assert body is not None
    steady = [dialog.open_choices, dialog.apply_button, dialog.close_button]
    if laptop:  # the summary too; on a smaller screen it scrolls, leaving the body room
        steady.append(dialog.status)
    bar = body.verticalScrollBar()
    _settle(qtbot, bar)
    for where in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(where)
        QApplication.processEvents()
        assert all(_in_sight(w, dialog) for w in steady), where
        assert _vertical_bars(dialog) == ["dialogBody"], where
    # the last conflict of the page is reached by the one bar
    last = dialog.conflict_area.boxes[list(dialog.conflict_area.boxes)[-1]]
    assert _in_sight(last, dialog)
    # the next page of conflicts starts in sight, its first choice has the focus
    qtbot.mouseClick(dialog.next_page, Qt.MouseButton.LeftButton)
    _settle(qtbot, bar)
    first = dialog.groups[next(iter(dialog.groups))].buttons()[0]
    assert first.hasFocus() and _in_sight(first, dialog)
    assert _vertical_bars(dialog) == ["dialogBody"]
