"""A layout that puts its widgets side by side and wraps onto the next line when the row is
full: buttons that stay whole at 200 % text on a small screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
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

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._visible():
            hint = item.sizeHint()
            width = min(hint.width(), area.width())
            if x > area.x() and x + width > area.right() + 1:
                x, y, line = area.x(), y + line + self._spacing, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + self._spacing
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


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
    """Side by side while there is room for `chars` average characters, else one below the
    other (the page then scrolls down, never sideways)."""

    def __init__(self, parent: QWidget | None = None, chars: int = 100) -> None:
        super().__init__(QBoxLayout.Direction.LeftToRight, parent)
        self.chars = chars

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        widget = self.parentWidget()
        average = widget.fontMetrics().averageCharWidth() if widget is not None else 7
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if rect.width() >= average * self.chars
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
