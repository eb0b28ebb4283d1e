"""What the pictures of the dialogs showed and room_check.py did not see: a window that grew
after it was placed and runs off its screen, the field with the keyboard focus scrolled out of
sight, and a field that shows the end of its text instead of its start ("uis De Klingerberg,
Hogeweg 12"). Used by test_dialogs_looked_at.py."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLineEdit, QMessageBox, QWidget

SLACK = 2  # px


def off_screen(window: QWidget) -> list[str]:
    """The window's frame (title bar too) lies within its screen's free area, on each side
    where it is not larger than that area."""
    screen = window.screen()
    if screen is None or not window.isWindow():
        return []
    free, frame = screen.availableGeometry(), window.frameGeometry()
    # (a window larger than the screen is room_check's finding; here: where it is put)
    across = frame.width() > free.width() or (
        free.left() - SLACK <= frame.left() and frame.right() <= free.right() + SLACK
    )
    down = frame.height() > free.height() or (
        free.top() - SLACK <= frame.top() and frame.bottom() <= free.bottom() + SLACK
    )
    if across and down:
        return []
    return [
        f"window at {frame.x()},{frame.y()} {frame.width()}×{frame.height()} runs off the "
        f"screen's {free.width()}×{free.height()}"
    ]


def focus_out_of_sight(window: QWidget) -> list[str]:
    """The widget with the keyboard focus can be seen: no scroll area around it has it
    scrolled (partly) out of its view."""
    focused = QApplication.focusWidget()
    if focused is None or focused.window() is not window or not focused.isVisible():
        return []
    shown = QRect(focused.mapTo(window, QPoint(0, 0)), focused.size())
    parent = focused.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            view = parent.viewport()
            room = QRect(view.mapTo(window, QPoint(0, 0)), view.size())
            if not room.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(shown):
                name = focused.accessibleName() or type(focused).__name__
                return [f"the focused '{name}' is scrolled out of sight"]
        parent = parent.parentWidget()
    return []


def tails_shown(window: QWidget) -> list[str]:
    """A field not being typed in, too narrow for its text, shows the text's start (what it is
    about), not its end."""
    found = []
    for field in window.findChildren(QLineEdit):
        if not field.isVisibleTo(window) or field.hasFocus() or not field.text():
            continue
        # the field scrolls to keep its cursor in view: past the room, the start is gone
        before = field.displayText()[: field.cursorPosition()]
        room = field.contentsRect().width() - field.textMargins().left() - 8
        if field.fontMetrics().horizontalAdvance(before) > room:
            name = field.accessibleName() or field.placeholderText() or type(field).__name__
            found.append(f"'{name}' shows the end of '{field.text()[:40]}', not its start")
    return found


def looked_at(window: QWidget) -> list[str]:
    return off_screen(window) + focus_out_of_sight(window) + tails_shown(window)


def message_read(box: QMessageBox) -> str:
    """A message box's text and informative text as a person reads them (rich text as text,
    its non-breaking spaces kept)."""
    shown = [box.text(), box.informativeText()]
    return "\n".join(
        QTextDocumentFragment.fromHtml(part).toRawText().replace("\u2029", "\n")
        if "<" in part
        else part
        for part in shown
    )
