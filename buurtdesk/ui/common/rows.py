"""Rows of lists and trees that wrap their text and show it in full, at any text size; and
fields and lists that are a number of lines tall rather than a number of pixels.

    wrap_rows(view)

The view wraps its lines at the width it has (never a horizontal scroll bar, never "…"); each
row is as tall as its wrapped text, and grows or shrinks again when the view's width or a
column's width changes. Tables do the same through tables.fit_columns, which uses this for
trees too.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
UNBOUNDED = 100_000


class WrappingDelegate(QStyledItemDelegate):
    """Gives each item the height of its text wrapped at the width it is painted in, plus the
    style's own margins around the item (once)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def room(self, index: Index) -> int:
        """The width an item of `index` is painted in."""
        view = self.view
        if isinstance(view, QListView):
            return view.viewport().width() - 2 * view.spacing()
        if isinstance(view, QTreeView):
            width = view.columnWidth(index.column())
            if index.column() == view.header().logicalIndex(0):
                depth, parent = 0, index.parent()
                while parent.isValid():
                    depth, parent = depth + 1, parent.parent()
                # the tree paints the first column's item to the right of its branch marks
                width -= view.indentation() * (depth + int(view.rootIsDecorated()))
            return width
        return view.viewport().width()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        room = self.room(index)
        # The style's size of the item with its text on unwrapped lines: margins, padding,
        # icon and check box around the text, counted once.
        flat = QStyleOptionViewItem(option)
        flat.rect = QRect()  # no width: the style measures the lines unwrapped
        hint = super().sizeHint(flat, index)
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        if not item.text or room <= 0:
            return hint
        # The text's width as painted: the item's rect less what the style puts beside it.
        item.rect = QRect(0, 0, room, max(1, hint.height()))
        style = self.view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, self.view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 1
        width = max(1, text_rect.width() - 2 * margin)
        extra = max(0, text_height(item.text, item.font, width) - text_height(item.text, item.font))
        # A list's items never run past its edge; a tree's columns get their widths from
        # its header (tables.fit_columns), which asks for the whole line.
        wide = min(hint.width(), room) if isinstance(self.view, QListView) else hint.width()
        return QSize(wide, hint.height() + extra)


def text_height(text: str, font: QFont, width: int = UNBOUNDED) -> int:
    """The height of `text` in `font` wrapped at `width`, laid out as an item view's style
    lays out an item's text (line by line, breaking at spaces, and where a word is longer
    than the line)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    height = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return ceil(height)


class _Relayout(QObject):
    """Lays the rows out again (their heights) when the width they wrap at changes."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.width = -1
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(self.relayout)
        view.viewport().installEventFilter(self)
        if isinstance(view, QTreeView):
            view.header().sectionResized.connect(lambda *_args: self.pending.start())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Resize
            and self.view.viewport().width() != self.width
            or event.type() == QEvent.Type.FontChange
        ):
            self.pending.start()
        return False

    def relayout(self) -> None:
        self.width = self.view.viewport().width()
        self.view.doItemsLayout()


def wrap_rows(view: QAbstractItemView) -> None:
    """Make the rows of `view` (a list or a tree) wrap and show their text in full."""
    if isinstance(view.itemDelegate(), WrappingDelegate):
        return
    view.setItemDelegate(WrappingDelegate(view))
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    if isinstance(view, QListView):
        view.setWordWrap(True)
        view.setUniformItemSizes(False)
        view.setResizeMode(QListView.ResizeMode.Adjust)
    elif isinstance(view, QTreeView):
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
    _Relayout(view)


def wrap_all_rows(root: QWidget) -> None:
    """wrap_rows for every list and tree in `root` that shows items of its own."""
    from PySide6.QtWidgets import QListWidget, QTreeWidget

    for view in [*root.findChildren(QListWidget), *root.findChildren(QTreeWidget)]:
        wrap_rows(view)


class _LinesTall(QObject):
    """Keeps a widget between `least` and `most` lines of its text tall, at any text size."""

    def __init__(self, widget: QWidget, least: int, most: int) -> None:
        super().__init__(widget)
        self.widget, self.least, self.most = widget, least, most
        widget.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self.apply()
        return False

    def apply(self) -> None:
        widget = self.widget
        line = widget.fontMetrics().lineSpacing()
        room = 12  # frame and margins
        if isinstance(widget, QAbstractItemView):
            line += 6  # a row's padding
        if self.least:
            widget.setMinimumHeight(self.least * line + room)
        if self.most:
            widget.setMaximumHeight(self.most * line + room)


def lines_tall(widget: QWidget, least: int = 0, most: int = 0) -> None:
    """Make `widget` (a text field or a list) at least `least` and at most `most` lines of
    text tall (0: no limit), at the text size shown now and after it changes."""
    _LinesTall(widget, least, most)
