"""Does every placeholder a person sees fit its field? Used by test_placeholders_fit.py.

A placeholder is a hint a person needs to read: an empty one-line field that shows its
placeholder cut short ("Ingebra…", as QLineEdit elides it) counts, and so does a placeholder
of an empty text box that needs more lines than the box shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionFrame,
    QTextEdit,
    QWidget,
)

from buurtdesk.ui.common.rows import text_height

LINE_MARGIN = 2  # px: QLineEdit's own margin left and right of its text, inside the contents


def _shown(widget: QWidget, root: QWidget) -> bool:
    return (
        (widget is root or widget.isVisibleTo(root)) and widget.width() > 0 and widget.height() > 0
    )


def _line_room(edit: QLineEdit) -> int:
    """The width a line edit paints its text (and its placeholder) in."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = contents.width() - margins.left() - margins.right() - 2 * LINE_MARGIN
    # a clear button or another action beside the text
    for button in edit.findChildren(QAbstractButton):
        if button.parentWidget() is edit and button.isVisibleTo(edit):
            room -= button.width()
    return room


def _line_edit(edit: QLineEdit) -> str | None:
    hint = edit.placeholderText()
    if not hint or edit.text():
        return None
    room = _line_room(edit)
    metrics = edit.fontMetrics()
    needed = metrics.horizontalAdvance(hint)
    if metrics.elidedText(hint, Qt.TextElideMode.ElideRight, room) != hint:
        return f"placeholder {hint!r} needs {needed} px, has {room}"
    return None


def _text_box(edit: QPlainTextEdit | QTextEdit) -> str | None:
    hint = edit.placeholderText()
    if not hint or edit.toPlainText():
        return None
    margin = int(edit.document().documentMargin())
    viewport = edit.viewport()
    width = viewport.width() - 2 * margin
    height = text_height(hint, edit.font(), max(1, width))
    room = viewport.height() - 2 * margin
    if height > room + 2:
        lines = round(height / max(1, QFontMetrics(edit.font()).lineSpacing()))
        return f"placeholder {hint!r} needs {lines} lines ({int(height)} px), has {room} px"
    return None


def _where(widget: QWidget) -> str:
    return widget.accessibleName() or widget.objectName() or type(widget).__name__


def cut_placeholders(root: QWidget) -> list[str]:
    """Each field under `root` (shown, empty) whose placeholder does not show in full."""
    found: list[str] = []
    for edit in [root, *root.findChildren(QLineEdit)]:
        if isinstance(edit, QLineEdit) and _shown(edit, root):
            problem = _line_edit(edit)
            if problem:
                found.append(f"{_where(edit)}: {problem}")
    for box in [*root.findChildren(QPlainTextEdit), *root.findChildren(QTextEdit)]:
        if _shown(box, root) and not box.isReadOnly():
            problem = _text_box(box)
            if problem:
                found.append(f"{_where(box)}: {problem}")
    return found
