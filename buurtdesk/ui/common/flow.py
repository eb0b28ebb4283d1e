"""A layout that puts its widgets side by side and wraps onto the next line when the row is
full: buttons that stay whole at 200 % text on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QSplitter, QWidget, QWidgetItem


class FlowLayout(QLayout):
    """With `fill`, each line's leftover width goes to the items that can grow (fields, not
    buttons), and items lower than their line sit at its foot (a button beside captioned
    fields lines up with the fields): a form that fills its row when wide and wraps field by
    field when narrow."""

    def __init__(
        self, parent: QWidget | None = None, spacing: int = 8, *, fill: bool = False
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._fill = fill
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802 - Qt's name
        self.addChildWidget(widget)
        self._items.insert(index, QWidgetItem(widget))
        self.invalidate()

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(i.sizeHint().width() + self._spacing for i in self._visible())
        height = max((i.sizeHint().height() for i in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        shown = []
        for item in self._items:
            widget = item.widget()
            if widget is None or not widget.isHidden():
                shown.append(item)
        return shown

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        """The items line by line, each with the width it gets before any filling."""
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]
        x = 0
        for item in self._visible():
            item_width = min(item.sizeHint().width(), width)
            if x > 0 and x + item_width > width:
                lines.append([])
                x = 0
            lines[-1].append((item, item_width))
            x += item_width + self._spacing
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        lines = self._lines(area.width())
        for number, line in enumerate(lines):
            widths = [width for _item, width in line]
            growing = [
                i
                for i, (item, _w) in enumerate(line)
                if item.expandingDirections() & Qt.Orientation.Horizontal
            ]
            left = area.width() - sum(widths) - self._spacing * (len(line) - 1)
            if self._fill and growing and left > 0:
                for rank, i in enumerate(growing):
                    widths[i] += left // len(growing) + (rank < left % len(growing))
            height = max(item.sizeHint().height() for item, _w in line)
            x = area.x()
            for (item, _w), width in zip(line, widths, strict=True):
                if move:
                    own = item.sizeHint().height()
                    top = y + height - own if self._fill else y
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, own)))
                x += width + self._spacing
            y += height + (self._spacing if number < len(lines) - 1 else 0)
        return y - rect.y() + margins.bottom()


def captioned(caption: QWidget | QLayout, field: QWidget, width_chars: int = 0) -> QWidget:
    """A caption above its field, as one piece for a FlowLayout (a row of filters that
    wraps at large text)."""
    from PySide6.QtWidgets import QVBoxLayout

    cell = QWidget()
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    if isinstance(caption, QLayout):
        column.addLayout(caption)
    else:
        column.addWidget(caption)
    column.addWidget(field)
    if width_chars:
        cell.setMinimumWidth(field.fontMetrics().averageCharWidth() * width_chars)
    return cell


class Columns(QBoxLayout):
    """Side by side while there is room for `chars` average characters (and for each part's
    least width), else one below the other (the page then scrolls down, never sideways)."""

    def __init__(self, parent: QWidget | None = None, chars: int = 100) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self.chars = chars

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        widget = self.parentWidget()
        average = widget.fontMetrics().averageCharWidth() if widget is not None else 7
        items = [self.itemAt(i) for i in range(self.count())]
        side_by_side = sum(item.minimumSize().width() for item in items if item is not None)
        side_by_side += self.spacing() * max(0, self.count() - 1)
        if self.direction() == QBoxLayout.Direction.TopToBottom:
            side_by_side += 2 * average  # a margin against flipping to and fro at the edge
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if rect.width() >= max(average * self.chars, side_by_side)
            else QBoxLayout.Direction.TopToBottom
        )
        if wanted != self.direction():
            self.setDirection(wanted)
        super().setGeometry(rect)


def paired(label: QWidget, field: QWidget) -> QWidget:
    """A label beside its field, as one piece for a FlowLayout."""
    from PySide6.QtWidgets import QHBoxLayout

    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field, 1)
    return pair


class StackingSplitter(QSplitter):
    """Panes side by side, with a handle to drag, while the width has room for all of them
    (and for `chars` average characters); one below the other at large text or in a narrow
    window, each at the height it asks for, so the page scrolls down, never sideways."""

    def __init__(self, chars: int = 110, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.chars = chars
        self.setChildrenCollapsible(False)
        self._again = QTimer(self)  # the panes' contents changed: their heights again
        self._again.setSingleShot(True)
        self._again.setInterval(0)
        self._again.timeout.connect(lambda: self._arrange(self.width()))

    def _side_by_side_fits(self, width: int) -> bool:
        needed, shown = 0, 0
        for index in range(self.count()):
            pane = self.widget(index)
            if pane is not None and not pane.isHidden():
                needed += pane.minimumSizeHint().expandedTo(pane.minimumSize()).width()
                shown += 1
        needed += self.handleWidth() * max(0, shown - 1)
        return width >= max(needed, self.fontMetrics().averageCharWidth() * self.chars)

    def _arrange(self, width: int) -> None:
        wanted = (
            Qt.Orientation.Horizontal if self._side_by_side_fits(width) else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
        for index in range(self.count()):
            pane = self.widget(index)
            if pane is None:
                continue
            # stacked: each pane as tall as it asks to be at this width (wrapped text and
            # rows of buttons included), so it is never squeezed
            tall = 0
            if wanted == Qt.Orientation.Vertical:
                tall = pane.sizeHint().height()
                if pane.hasHeightForWidth():
                    tall = max(tall, pane.heightForWidth(width))
            if pane.minimumHeight() != tall:
                pane.setMinimumHeight(tall)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        self._arrange(event.size().width())
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.LayoutRequest
            and self.orientation() == Qt.Orientation.Vertical
        ):
            self._again.start()
        return super().event(event)
