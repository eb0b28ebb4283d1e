"""A section shown in a scroll area that scrolls down, never sideways: at large text a
section that needs more height than the window has scrolls; its width always fits."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QStackedWidget, QWidget

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
