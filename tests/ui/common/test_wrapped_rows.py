"""Rows that wrap their text (rows.wrap_rows) are exactly as tall as their wrapped text plus
the style's own margins: no blank line above or below an entry, and no line cut off, at 100 %
and 200 % text, in a list with padded items (the meetings list) and in a tree's first column.

Measured from the pixels: the blank above the first and below the last line of a wrapped
entry is the same as around a one-line entry, and painting the entry in a taller rect shows
no more text than the row shows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.rows import wrap_rows
from buurtdesk.ui.common.style import apply_style, apply_theme

ONE_LINE = "Gepland"
TWO_LINES = "woensdag 9 december 2026\n    Ledenvergadering · Gepland"
LONG = (
    "Het overleg vraagt de gemeente om de verlichting aan het Klingerpad te herstellen "
    "voor de winter · Gepland"
)
SLACK = 2  # px: rounding of the line heights


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    apply_style(qapp, request.param)
    apply_theme(qapp, "light")
    yield request.param
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")


def _ink(image: QImage, rect: QRect) -> tuple[int, int]:
    """The first and last pixel rows of `rect` with text in them, relative to its top."""
    rows = [
        y
        for y in range(rect.top(), rect.bottom() + 1)
        if any(
            QColor(image.pixel(x, y)).lightness() < 110
            for x in range(rect.left() + 2, rect.right() - 2)
        )
    ]
    assert rows, f"no text painted in {rect}"
    return rows[0] - rect.top(), rows[-1] - rect.top()


def _painted_tall(view: QAbstractItemView, index: QModelIndex, rect: QRect) -> int:
    """The height of the text when the item is painted in a rect far taller than its row."""
    tall = QRect(0, 0, rect.width(), rect.height() + 400)
    image = QImage(tall.size(), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = tall
    painter = QPainter(image)
    view.itemDelegateForIndex(index).paint(painter, option, index)
    painter.end()
    top, bottom = _ink(image, tall)
    return bottom - top


def _check_rows(
    view: QAbstractItemView, indexes: list[QModelIndex], reference: QModelIndex
) -> None:
    for _ in range(4):
        QApplication.processEvents()
    image = view.viewport().grab().toImage()
    ref_rect = view.visualRect(reference)
    ref_top, ref_bottom = _ink(image, ref_rect)
    ref_below = ref_rect.height() - 1 - ref_bottom
    lines = view.fontMetrics().lineSpacing()
    for index in indexes:
        rect = view.visualRect(index)
        top, bottom = _ink(image, rect)
        below = rect.height() - 1 - bottom
        text = index.data()
        assert bottom - top > lines, f"{text!r} is not wrapped onto several lines here"
        assert abs(top - ref_top) <= SLACK, f"{text!r}: {top} px blank above, one line: {ref_top}"
        assert abs(below - ref_below) <= SLACK + lines // 3, (
            f"{text!r}: {below} px blank below its text, one line has {ref_below}"
        )
        assert _painted_tall(view, index, rect) == bottom - top, (
            f"{text!r}: its last line is cut off"
        )


def test_a_padded_lists_rows_are_as_tall_as_their_wrapped_text(
    qtbot: QtBot, text_size: float
) -> None:
    view = QListWidget()
    qtbot.addWidget(view)
    view.setObjectName("meetingList")
    view.setStyleSheet("QListWidget#meetingList::item { padding: 3px 4px; }")
    wrap_rows(view)
    view.addItems([ONE_LINE, TWO_LINES, LONG])
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.resize(int(260 * text_size), 900)
    view.show()
    qtbot.waitExposed(view)
    model = view.model()
    for width in (int(260 * text_size), int(330 * text_size)):
        view.resize(width, 900)
        _check_rows(view, [model.index(1, 0), model.index(2, 0)], model.index(0, 0))


def test_a_trees_rows_are_as_tall_as_their_wrapped_text(qtbot: QtBot, text_size: float) -> None:
    view = QTreeWidget()
    qtbot.addWidget(view)
    view.setHeaderHidden(True)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    wrap_rows(view)
    top = QTreeWidgetItem([ONE_LINE])
    view.addTopLevelItem(top)
    long_top = QTreeWidgetItem([LONG])
    view.addTopLevelItem(long_top)
    child = QTreeWidgetItem([LONG])
    long_top.addChild(child)
    view.expandAll()
    view.resize(int(300 * text_size), 900)
    view.show()
    qtbot.waitExposed(view)
    for width in (int(300 * text_size), int(380 * text_size)):
        view.resize(width, 900)
        view.setColumnWidth(0, view.viewport().width())
        _check_rows(
            view, [view.indexFromItem(long_top), view.indexFromItem(child)], view.indexFromItem(top)
        )
