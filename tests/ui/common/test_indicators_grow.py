"""The boxes and rounds to tick grow with the text beside them (check boxes, radio buttons, a
table's check column), in the light, dark and high-contrast themes, at 100 % and 200 % text;
an empty box stands out from its background, and a ticked one looks different from an empty
one (the tick is painted, not only the box's size set)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.style import apply_style, apply_theme

SETTINGS = [(theme, size) for theme in ("light", "dark", "contrast") for size in (1.0, 2.0)]


@pytest.fixture(params=SETTINGS, ids=[f"{t}-{int(s * 100)}%" for t, s in SETTINGS])
def setting(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[str, float]]:
    theme, size = request.param
    apply_style(qapp, size)
    apply_theme(qapp, theme)
    yield theme, size
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def _contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _pixels(image: QImage, rect: QRect) -> list[QColor]:
    ratio = image.devicePixelRatio()
    return [
        QColor(image.pixel(int(x * ratio), int(y * ratio)))
        for y in range(rect.top(), rect.bottom() + 1)
        for x in range(rect.left(), rect.right() + 1)
    ]


def _check(
    where: str, empty: QImage, ticked: QImage, rect: QRect, background: QColor, line: int
) -> None:
    assert rect.height() >= 0.7 * line, (
        f"{where}: the box is {rect.height()} px beside a line of {line} px"
    )
    edge = max(_contrast(colour, background) for colour in _pixels(empty, rect))
    assert edge >= 3.0, f"{where}: the empty box stands out {edge:.1f}:1 from its background"
    changed = sum(a != b for a, b in zip(_pixels(empty, rect), _pixels(ticked, rect), strict=True))
    assert changed >= 0.08 * rect.width() * rect.height(), f"{where}: no tick drawn"


def _button_indicator(button: QAbstractButton) -> QRect:
    option = QStyleOptionButton()
    option.initFrom(button)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    return button.style().subElementRect(element, option, button)


def test_check_boxes_and_radio_buttons_grow_with_their_text(
    qtbot: QtBot, setting: tuple[str, float]
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    row = QHBoxLayout(window)
    buttons = [QCheckBox("Besloten"), QRadioButton("Voor")]
    for button in buttons:
        row.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    background = window.palette().window().color()
    for button in buttons:
        button.setAutoExclusive(False)
        button.setChecked(False)
        empty = button.grab().toImage()
        button.setChecked(True)
        ticked = button.grab().toImage()
        line = button.fontMetrics().height()
        rect = _button_indicator(button)
        _check(f"{type(button).__name__} {setting}", empty, ticked, rect, background, line)
        # the label beside the box, not on it
        assert button.sizeHint().width() >= rect.right() + button.fontMetrics().horizontalAdvance(
            button.text()
        )


def test_a_tables_check_column_grows_with_its_text(
    qtbot: QtBot, setting: tuple[str, float]
) -> None:
    table = QTableWidget(1, 1)
    qtbot.addWidget(table)
    item = QTableWidgetItem("Vertrouwelijk")
    item.setCheckState(Qt.CheckState.Unchecked)
    table.setItem(0, 0, item)
    table.resize(int(400 * setting[1]), int(200 * setting[1]))
    table.setColumnWidth(0, int(300 * setting[1]))
    table.resizeRowsToContents()
    table.clearSelection()
    table.setCurrentCell(-1, -1)
    table.show()
    qtbot.waitExposed(table)
    index = table.model().index(0, 0)
    option = QStyleOptionViewItem()
    table.initViewItemOption(option)
    option.rect = table.visualRect(index)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = table.style().subElementRect(
        QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, table
    )
    empty = table.viewport().grab().toImage()
    item.setCheckState(Qt.CheckState.Checked)
    QApplication.processEvents()
    ticked = table.viewport().grab().toImage()
    background = table.palette().base().color()
    line = table.fontMetrics().height()
    _check(f"table {setting}", empty, ticked, rect, background, line)
    assert table.rowHeight(0) >= rect.height(), "the row is lower than its box"
