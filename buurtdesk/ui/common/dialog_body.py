"""A dialog taller than the screen (large text on a small laptop) scrolls its contents while
its buttons stay in sight at the bottom. Used by style.fit_dialog, for every dialog that
grows with its messages; nothing to do in the dialogs themselves.

One scroll bar, never one inside another: once the body scrolls, the lists, tables and
read-only texts in it are shown whole (as tall as their rows), so the body's bar is the only
one. A dialog may keep its summary in sight above the body with `stays_in_sight`; a warning
in the row of its buttons stays in sight with them.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QListView,
    QPushButton,
    QScrollArea,
    QTableView,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.ui.common.on_screen import focus_in_sight

BODY = "dialogBody"
TITLE_BAR = 48  # px at least for the window's title bar and frame
IN_SIGHT = "staysInSight"  # a dialog's part that stays out of its scrolling body
SUMMARY_SHARE = 0.55  # of the screen's height at most for the summary and the buttons in sight
OWN_MINIMUM = "ownMinimumHeight"  # a list's least height before it was shown whole
NOTICE_BAR = "noticeBar"  # notice.NoticeBar's object name


def stays_in_sight(*parts: QWidget) -> None:
    """`parts` (the first things in the dialog: a heading, a summary) stay at its top when
    the body under them scrolls; on a screen too small for that, they scroll with it."""
    for part in parts:
        part.setProperty(IN_SIGHT, True)


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
    if isinstance(widget, (QDialogButtonBox, QPushButton)):  # a button box, or a lone Close
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
    first = 0
    while first < first_button and _in_sight(layout.itemAt(first)):
        first += 1  # the summary at the top
    kept = [*range(first), *range(first_button, count)]
    width, height = room_on_screen(dialog)
    if _height_of(layout, kept, min(width, dialog.width())) > height * SUMMARY_SHARE:
        first = 0  # a narrow screen: the summary scrolls too, the body keeps room to scroll in
    if first == first_button:
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
    stretches = [layout.stretch(i) for i in range(first, first_button)]
    taken = [layout.takeAt(first) for _ in range(first, first_button)]
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
    layout.insertWidget(first, area, 1)
    area.show()
    focus_in_sight(area)  # a field given the focus by the program scrolls into view too
    return area


def _height_of(layout: QBoxLayout, rows: list[int], width: int) -> int:
    """The height of these items of `layout`, one under the other, at `width`."""
    margins = layout.contentsMargins()
    width -= margins.left() + margins.right()
    height = 0
    for row in rows:
        item = layout.itemAt(row)
        if item is None or item.isEmpty():
            continue
        own = item.heightForWidth(width) if item.hasHeightForWidth() else -1
        height += (own if own >= 0 else item.sizeHint().height()) + layout.spacing()
    return height


def _in_sight(item: QLayoutItem | None) -> bool:
    widget = item.widget() if item is not None else None
    # a dialog's message bar at its top stays in sight: a refusal is read wherever one scrolled
    return widget is not None and (
        bool(widget.property(IN_SIGHT)) or widget.objectName() == NOTICE_BAR
    )


def body_height(area: QScrollArea, width: int) -> int:
    """The height the scrolled contents ask for at `width`, their lists shown whole."""
    show_lists_whole(area)
    body = area.widget()
    inner: QLayout | None = body.layout() if body is not None else None
    if inner is None:
        return 0
    if inner.hasHeightForWidth():
        return inner.totalHeightForWidth(width)
    return inner.totalSizeHint().height()


# -- the lists in a scrolling body, shown whole ---------------------------------------------------
def show_lists_whole(area: QScrollArea) -> None:
    """Every list, table and read-only text in the scrolling body as tall as its contents, its
    own scroll bar off: the body's bar scrolls them. Editable texts keep theirs."""
    body, dialog = area.widget(), area.window()
    if body is None:
        return
    views = [
        view
        for view in body.findChildren(QAbstractScrollArea)
        if view.window() is dialog and view.isVisibleTo(body)  # not a combo box's popup
    ]
    views.sort(key=_depth, reverse=True)  # the inner first: an outer one holds them
    for view in views:
        if _show_whole(view) and view.property(OWN_MINIMUM) is None:
            view.setProperty(OWN_MINIMUM, view.minimumHeight())
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            _watch(view, dialog)
            _show_whole(view)


def _show_whole(view: QAbstractScrollArea) -> bool:
    """`view` as tall as its contents (False: it keeps its own scrolling)."""
    height = _whole_height(view)
    if height is None:
        return False
    own = view.property(OWN_MINIMUM)
    height = max(height, int(own) if own is not None else 0)
    if (view.minimumHeight(), view.maximumHeight()) != (height, height):
        view.setFixedHeight(height)  # no more (an empty table is not drawn taller)
    return True


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth


def _whole_height(view: QAbstractScrollArea) -> int | None:
    """The height `view` needs to show all of its contents without scrolling; None for one
    that keeps scrolling (a text being typed)."""
    across = view.horizontalScrollBar()
    around = 2 * view.frameWidth() + (across.sizeHint().height() if across.isVisible() else 0)
    if isinstance(view, QScrollArea):
        inner = view.widget()
        if inner is None:
            return None
        width = view.width() - 2 * view.frameWidth()
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        if height < 0:
            height = inner.sizeHint().height()
        return max(height, inner.minimumSizeHint().height()) + around
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        top = header.sizeHint().height() if not header.isHidden() else 0
        return top + view.verticalHeader().length() + around
    if isinstance(view, QListView):
        model = view.model()
        rows = model.rowCount(view.rootIndex()) if model is not None else 0
        lines = sum(max(0, view.sizeHintForRow(row)) for row in range(rows))
        return lines + 2 * view.spacing() * rows + around
    if isinstance(view, QTextEdit) and view.isReadOnly():
        document = view.document()
        document.setTextWidth(view.viewport().width())
        return math.ceil(document.size().height()) + around
    return None


class _Refit(QObject):
    """When a whole list's contents change (another page of conflicts, a row added), the
    dialog fits itself again: its height, and the lists' heights with it."""

    def __init__(self, dialog: QWidget, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self.dialog, self.view = dialog, view

    @Slot()  # a slot of this object: Qt drops the connections when the view (its parent) goes
    def again(self) -> None:
        # A dialog closed and collected can leave Qt calling a filter whose Python side Python's
        # collector has already cleared: then there is nothing left to fit.
        dialog, view = getattr(self, "dialog", None), getattr(self, "view", None)
        if dialog is None or view is None or not shiboken6.isValid(dialog):
            return
        _show_whole(view)  # at once: what is below it moves down with it
        QCoreApplication.postEvent(dialog, QEvent(QEvent.Type.LayoutRequest))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LayoutRequest:
            self.again()
        return False


def _watch(view: QAbstractScrollArea, dialog: QWidget) -> None:
    refit = _Refit(dialog, view)
    if isinstance(view, QScrollArea):
        inner = view.widget()
        if inner is not None:
            inner.installEventFilter(refit)
    elif isinstance(view, QAbstractItemView):
        model = view.model()
        if model is not None:
            for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
                signal.connect(refit.again)
            model.layoutChanged.connect(refit.again)
        if isinstance(view, QTableView):
            view.verticalHeader().sectionResized.connect(refit.again)
    elif isinstance(view, QTextEdit):
        view.document().contentsChanged.connect(refit.again)
