"""High contrast: a field and a box to tick show their edge on the black window, so an empty
field or an unticked box is seen as one (the style's own edge is black on black there)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.style import apply_style, apply_theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def contrast(qapp: QApplication) -> Iterator[None]:
    apply_style(qapp, 1.0)
    apply_theme(qapp, "contrast")
    yield
    apply_theme(qapp, "system")


def _brightest_on_the_left_edge(widget: QWidget) -> int:
    image = widget.grab().toImage()
    middle = image.height() // 2
    return max(QColor(image.pixel(x, middle)).lightness() for x in range(3))


def test_an_empty_field_and_an_unticked_box_show_their_edges(qtbot: QtBot, contrast: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = QLineEdit()
    box = QCheckBox("Besloten")
    layout.addWidget(field)
    layout.addWidget(box)
    window.show()
    qtbot.waitExposed(window)
    assert _brightest_on_the_left_edge(field) > 200
    indicator = box.grab().toImage()
    column = [QColor(indicator.pixel(x, indicator.height() // 2)).lightness() for x in range(6)]
    assert max(column) > 200  # the box's white edge, before its text
