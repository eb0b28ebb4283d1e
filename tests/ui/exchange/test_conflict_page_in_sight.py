"""The import preview at 200 % text on a 13-inch laptop: a page of conflicts opens with its
first choice focused and the whole conflict in sight, its heading line included, with the
conflicts' heading above it read in full (never a line cut in half at the top)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
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


def _rows_shown(widget: QWidget, area: QScrollArea) -> tuple[int, int]:
    """The part of `widget` (top, bottom, in its own pixels) the scroll area's viewport shows."""
    viewport = area.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    shown_top = max(top, 0)
    shown_bottom = min(top + widget.height(), viewport.height())
    return shown_top - top, shown_bottom - top


def _whole(widget: QWidget, area: QScrollArea) -> bool:
    return _rows_shown(widget, area) == (0, widget.height())


def test_the_next_page_opens_with_its_first_conflict_whole_in_sight(
    qtbot: QtBot, large_text: None, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the room a 13-inch laptop's screen gives a dialog (under its title bar)
    monkeypatch.setattr(dialog_body, "room_on_screen", lambda _dialog: (1366, 768 - 48))
    dialog = import_preview(demo_services).window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(60)
    body = dialog.findChild(QScrollArea, "dialogBody")
    assert body is not None, "at 200 % the preview's body scrolls"
    conflicts = dialog.conflict_area  # type: ignore[attr-defined]
    # the chair scrolls to the bottom of the page and goes on with "Volgende conflicten"
    body.verticalScrollBar().setValue(body.verticalScrollBar().maximum())
    conflicts.next_page.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    qtbot.wait(120)  # the page is laid out and scrolled through the event queue
    assert conflicts.page == 1
    first = next(iter(conflicts.groups))
    choice = conflicts.groups[first].buttons()[0]
    assert choice.hasFocus()
    box = conflicts.boxes[first]
    assert _whole(box, body), f"the conflict shows rows {_rows_shown(box, body)} of {box.height()}"
    title = conflicts.title
    assert _whole(title, body), (
        f"the conflicts' heading shows rows {_rows_shown(title, body)} of {title.height()}"
    )
