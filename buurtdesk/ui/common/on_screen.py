"""What a person works with stays in sight: a dialog that grows after it was shown (a warning
appears, large text) moves back onto the screen, and in a dialog whose body scrolls the field
that has the keyboard focus is scrolled into view, also when the program put the focus there
(a share put into the form, a field with a refused amount), with the card it is in (a
conflict with its heading) where a dialog marks its cards with `shows_whole`.

Used by style.fit_dialog and dialog_body.scrolling_body; nothing to do in the dialogs."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QTimer, Slot
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

MARGIN = 12  # px of the body shown around the focused field
CARD = "showsWhole"  # a card (a conflict, say) shown whole when a field in it has the focus


def shows_whole(card: QWidget) -> None:
    """When a field inside `card` gets the focus, scrolling brings the whole card into sight
    (its heading line first), not only the field."""
    card.setProperty(CARD, True)


def _card_of(widget: QWidget, inside: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None and parent is not inside:
        if parent.property(CARD):
            return parent
        parent = parent.parentWidget()
    return None


def into_sight(area: QScrollArea, widget: QWidget, margin: int = MARGIN) -> None:
    """Scroll `area` so that `widget` shows, with the card it is in (shows_whole): the whole
    card where it fits, else as much of it from its heading as still shows the widget."""
    body = area.widget()
    if body is None or not body.isAncestorOf(widget):
        return
    card = _card_of(widget, body)
    if card is not None:
        bar, room = area.verticalScrollBar(), area.viewport().height()
        top = card.mapTo(body, QPoint(0, 0)).y() - margin
        bottom = top + card.height() + 2 * margin
        below = widget.mapTo(body, QPoint(0, widget.height())).y() + margin
        if bottom - top <= room:
            area.ensureWidgetVisible(card, margin, margin)
        elif not bar.value() <= top or below > bar.value() + room:
            bar.setValue(top if below - top <= room else below - room)
    area.ensureWidgetVisible(widget, margin, margin)


def keep_on_screen(window: QWidget) -> None:
    """Move `window` (frame and title bar included) within its screen's free area: left and up
    as far as it runs off on the right and at the bottom, never past the top left corner."""
    screen = window.screen()
    if screen is None or not window.isWindow():
        return
    free = screen.availableGeometry()
    frame, inner = window.frameGeometry(), window.geometry()
    # the frame as it will be around the window's present size
    width = window.width() + (frame.width() - inner.width())
    height = window.height() + (frame.height() - inner.height())
    x = max(free.left(), min(frame.x(), free.right() + 1 - width))
    y = max(free.top(), min(frame.y(), free.bottom() + 1 - height))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def span_into_sight(area: QScrollArea, first: QWidget, last: QWidget) -> bool:
    """Scroll `area` as little as needed to show everything from the top of `first` to the
    bottom of `last` (a list's heading and its first card), the top edge exactly at the
    heading, so no half line above it shows. False when the span is taller than the area."""
    body = area.widget()
    if body is None or not (body.isAncestorOf(first) and body.isAncestorOf(last)):
        return False
    bar, room = area.verticalScrollBar(), area.viewport().height()
    top = first.mapTo(body, QPoint(0, 0)).y()
    bottom = last.mapTo(body, QPoint(0, last.height())).y() + MARGIN
    if bottom - top > room:
        return False
    if top < bar.value():
        bar.setValue(top)
    elif bottom > bar.value() + room:
        bar.setValue(bottom - room)
    return True


class FocusInSight(QObject):
    """Scrolls `area` to the widget in it that gets the keyboard focus, and back to it when the
    area's room changes (a message above it took some) or its contents change size (a list
    above the field got longer)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.focus_moved)
        area.viewport().installEventFilter(self)  # the room changed
        inner = area.widget()
        if inner is not None:
            inner.installEventFilter(self)  # the contents grew or shrank around the field

    @Slot(QWidget, QWidget)
    def focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            QTimer.singleShot(0, self, self.show_focused)  # once the layout has settled

    def show_focused(self) -> None:
        if not shiboken6.isValid(self.area):
            return
        focused = QApplication.focusWidget()
        body = self.area.widget()
        if focused is None or body is None or not body.isAncestorOf(focused):
            return
        into_sight(self.area, focused)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.show_focused)
        return False


def focus_in_sight(area: QScrollArea) -> None:
    """Keep the focused field of `area`'s contents in view (see FocusInSight)."""
    FocusInSight(area)
