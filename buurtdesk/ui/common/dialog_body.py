"""A dialog taller than the screen (large text on a small laptop) scrolls its contents while
its buttons stay in sight at the bottom. Used by style.fit_dialog, for every dialog that
grows with its messages; nothing to do in the dialogs themselves."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

BODY = "dialogBody"
TITLE_BAR = 48  # px at least for the window's title bar and frame


def room_on_screen(dialog: QWidget) -> tuple[int, int]:
    """The largest width and height `dialog` may take: the screen's free area, less the title
    bar and frame the window gets around it."""
    screen = dialog.screen()
    free = screen.availableGeometry() if screen is not None else None
    width, height = (free.width(), free.height()) if free is not None else (1366, 768)
    # the frame is known only once the window manager has decorated the window
    frame = dialog.frameGeometry().height() - dialog.geometry().height()
    return width, height - max(frame, TITLE_BAR)


def _holds_buttons(item: QLayoutItem | None) -> bool:
    if item is None:
        return False
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()
    if layout is None:
        return False
    inner = [layout.itemAt(i) for i in range(layout.count())]
    return any(part is not None and isinstance(part.widget(), QDialogButtonBox) for part in inner)


def scrolling_body(dialog: QWidget) -> QScrollArea | None:
    """Put everything in `dialog` above its buttons into a scroll area that scrolls down (once;
    the area is returned, or None when the dialog's layout is not a column)."""
    existing = dialog.findChild(QScrollArea, BODY)
    if existing is not None:
        return existing
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    count = layout.count()
    first_button = count
    while first_button > 0 and _holds_buttons(layout.itemAt(first_button - 1)):
        first_button -= 1
    if first_button == 0:
        return None
    area = QScrollArea(dialog)  # in the dialog first: its fields keep their Tab order
    area.setObjectName(BODY)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    # made only when the contents are taller than the screen: the bar is always needed, and
    # the dialog's width counts it (its contents never go under it). Sideways only when the
    # contents cannot wrap to the screen's width (then nothing is out of reach either).
    area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    body = QWidget()
    area.setWidget(body)
    column = QVBoxLayout(body)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(layout.spacing())
    stretches = [layout.stretch(i) for i in range(first_button)]
    taken = [layout.takeAt(0) for _ in range(first_button)]
    for item, stretch in zip(taken, stretches, strict=True):
        if item is None:
            continue
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            alignment = item.alignment()
            # the old item goes first: the widget's size changes reach its new item
            shiboken6.delete(item)
            column.addWidget(widget, stretch, alignment)
        elif inner is not None:
            inner.setParent(None)
            column.addLayout(inner, stretch)
        else:
            column.addItem(item)
    layout.insertWidget(0, area, 1)
    area.show()
    return area


def body_height(area: QScrollArea, width: int) -> int:
    """The height the scrolled contents ask for at `width`."""
    body = area.widget()
    inner: QLayout | None = body.layout() if body is not None else None
    if inner is None:
        return 0
    if inner.hasHeightForWidth():
        return inner.totalHeightForWidth(width)
    return inner.totalSizeHint().height()
