"""High contrast: a field, a button and a box to tick show their edge on the black window, so an
empty field, a button or an unticked box is seen as one (the style's own edge is black on black
there); a disabled field or button reads dimmer than an enabled one."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
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


def _brightest_inside(widget: QWidget, inset: int = 5) -> int:
    """The brightest pixel inside the widget's edge: its text on the black field."""
    image = widget.grab().toImage()
    return max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(inset, image.width() - inset)
        for y in range(inset, image.height() - inset)
    )


def test_a_button_shows_its_edge_and_a_disabled_one_is_dimmer(qtbot: QtBot, contrast: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    field = QLineEdit()  # has the focus: the button's edge is its own, not the focus's
    choose = QPushButton("Logo kiezen…")
    choose.setAutoDefault(False)
    remove = QPushButton("Logo weghalen")
    remove.setEnabled(False)
    for widget in (field, choose, remove):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    assert _brightest_on_the_left_edge(choose) > 200  # a white edge, not a plain label
    assert _brightest_inside(remove) < _brightest_inside(choose) - 40
    assert _brightest_on_the_left_edge(remove) < _brightest_on_the_left_edge(choose)


def test_a_disabled_field_reads_dimmer_than_an_enabled_one(qtbot: QtBot, contrast: None) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    enabled = QLineEdit("Buurthuis De Klingerberg")
    disabled = QLineEdit("Buurthuis De Klingerberg")
    disabled.setEnabled(False)
    layout.addWidget(enabled)
    layout.addWidget(disabled)
    window.show()
    qtbot.waitExposed(window)
    assert _brightest_inside(enabled) > 200
    assert _brightest_inside(disabled) < _brightest_inside(enabled) - 40


def _brightest_in_columns(widget: QWidget, first: int, last: int) -> int:
    image = widget.grab().toImage()
    return max(
        QColor(image.pixel(x, y)).lightness()
        for x in range(max(0, first), min(image.width(), last))
        for y in range(image.height())
    )


def test_lists_and_number_and_date_fields_show_their_edge_and_arrows(
    qtbot: QtBot, contrast: None
) -> None:
    """A drop-down list, a number and a date: their edge and their arrows are white on the
    black window (the style's own were grey on black: a status looked like plain text and the
    arrows that change a date were not there)."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    status = QComboBox()
    status.addItems(["Bezig", "Afgerond"])
    count, day = QSpinBox(), QDateEdit()
    for widget in (QLineEdit(), status, count, day):  # the focus in the first: white edges
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    for field in (status, count, day):
        assert _brightest_on_the_left_edge(field) > 200, field
        right = field.width()
        arrows = _brightest_in_columns(field, right - field.height() // 2, right - 3)
        assert arrows > 200, f"{type(field).__name__}: no white arrow ({arrows})"
