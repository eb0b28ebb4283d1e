"""Rows of lists and trees that wrap their text and show it in full, at any text size; and
fields and lists that are a number of lines tall rather than a number of pixels.

    wrap_rows(view)

The view wraps its lines at the width it has (never a horizontal scroll bar, never "…"); each
row is as tall as its wrapped text, and grows or shrinks again when the view's width or a
column's width changes. Tables do the same through tables.fit_columns, which uses this for
trees too.
"""

from __future__ import annotations

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
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

Index = QModelIndex | QPersistentModelIndex
UNBOUNDED = 100_000


class WrappingDelegate(QStyledItemDelegate):
    """Gives each item the height of its text wrapped at the width its column has."""

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
                # the branch marks, and a margin of one step for the marks' own room
                depth += 2 if view.rootIsDecorated() else 1
                width -= view.indentation() * depth
            return width
        return view.viewport().width()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = self.room(index)
        if not text or room <= 0:
            return hint
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        metrics = QFontMetrics(item.font)
        plain = metrics.boundingRect(QRect(0, 0, UNBOUNDED, UNBOUNDED), 0, text)
        overhead = max(0, hint.width() - plain.width())  # margins, icon, check box
        wrapped = metrics.boundingRect(
            QRect(0, 0, max(1, room - overhead), UNBOUNDED),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
            text,
        )
        extra = max(0, wrapped.height() - plain.height())
        # A list's items never run past its edge; a tree's columns get their widths from
        # its header (tables.fit_columns), which asks for the whole line.
        width = min(hint.width(), room) if isinstance(self.view, QListView) else hint.width()
        return QSize(width, hint.height() + extra)


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
