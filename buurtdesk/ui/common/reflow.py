"""A section shown in a scroll area that scrolls down, never sideways: at large text a
section that needs more height than the window has scrolls; its width always fits.

`WholeColumn` does the same for parts one below the other inside a window (meeting mode's
centre): each part gets at least the height it needs at the width it gets, so no part is
drawn over another when the window is short; the column scrolls instead."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.ui.common.on_screen import focus_in_sight
from buurtdesk.ui.common.style import reflow_texts


def reflowing(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("reflow")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    reflow_texts(page)
    area.setWidget(page)
    return area


class PageStack(QStackedWidget):
    """Pages on top of each other that take the room of the page shown, not of the largest
    page: a short page does not scroll or spread out because a hidden one is long."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def addWidget(self, page: QWidget) -> int:  # noqa: N802 - Qt's name
        reflow_texts(page)  # a page built after its section: its lists wrap too
        return super().addWidget(page)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        if page is None:
            return super().minimumSizeHint()
        return page.minimumSizeHint().expandedTo(page.minimumSize())

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


def least_height(layout: QBoxLayout, width: int) -> int:
    """The least height a column layout needs at `width`: each part at its least height, a
    part that wraps (a label, a row of buttons) at its height for the width, as the layout
    itself reckons them (a part whose height depends on its width is never squeezed below it)."""
    margins = layout.contentsMargins()
    inner = width - margins.left() - margins.right()
    total, parts = 0, 0
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.spacerItem() is not None:
            total += item.minimumSize().height()
            continue
        if item.isEmpty():  # a hidden part
            continue
        if item.hasHeightForWidth():
            least, most = item.minimumSize().width(), item.maximumSize().width()
            total += item.heightForWidth(max(least, min(inner, most)))
        else:
            total += item.minimumSize().height()
        parts += 1
    return margins.top() + margins.bottom() + total + max(0, layout.spacing()) * max(0, parts - 1)


class LeastColumn(QVBoxLayout):
    """A column that asks, for a width, the least height its parts need there (not the height
    they would like): in a `WholeColumn` it scrolls only when that does not fit."""

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return least_height(self, width)


class WholeColumn(QScrollArea):
    """`page` (laid out by a LeastColumn) shown whole: it gets the room there is, and at least
    what its parts need at this width; when the window is shorter it scrolls down (never
    sideways), and a part that takes the keyboard focus is scrolled into sight."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wholeColumn")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(page)
        page.installEventFilter(self)
        focus_in_sight(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the page's least width may have changed: so has ours
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.widget()
        width = page.minimumSizeHint().expandedTo(page.minimumSize()).width() if page else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.widget()
        return page.sizeHint() if page is not None else super().sizeHint()
