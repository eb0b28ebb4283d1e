"""Fields that show their placeholder in full: a placeholder is a hint a person needs to
read, and a field cut to "Ingebra…" tells nobody anything.

    room_for_placeholder(edit)

The field is at least as wide as its placeholder, with a little air after it so it does not
touch the field's edge, at the text size shown now, and again after the text size or the
placeholder changes. Use it where the layout can give that room (a row
that wraps, a column with room); elsewhere keep the placeholder short.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

LINE_MARGIN = 2  # px: a line edit's own margin left and right of its text
MIN_AIR = 3  # px: the least room between a placeholder's end and the field's edge


class _PlaceholderRoom(QObject):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        # measured once the style (and a style sheet's frame) has settled on the field
        self.pending = QTimer(self)
        self.pending.setSingleShot(True)
        self.pending.setInterval(0)
        self.pending.timeout.connect(self.apply)
        edit.installEventFilter(self)
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.ApplicationFontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.Polish,
            QEvent.Type.Show,
        ):
            self.pending.start()
        return False

    def apply(self) -> None:
        edit = self.edit
        hint = edit.placeholderText()
        if not hint:
            return
        margins = edit.textMargins()
        frame = max(self._frame(focused) for focused in (False, True))
        metrics = edit.fontMetrics()
        text = metrics.horizontalAdvance(hint) + 1  # the advance rounds down
        width = text + 2 * LINE_MARGIN + margins.left() + margins.right() + frame + air(edit)
        if edit.minimumWidth() != width:
            edit.setMinimumWidth(width)

    def _frame(self, focused: bool) -> int:
        """The width of the style's frame and padding around the text, with the focus (a
        theme may draw a thicker edge then) or without it."""
        edit, style = self.edit, self.edit.style()
        option = QStyleOptionFrame()
        edit.initStyleOption(option)
        if focused:
            option.state |= QStyle.StateFlag.State_HasFocus
        else:
            option.state &= ~QStyle.StateFlag.State_HasFocus
        option.lineWidth = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, option, edit)
        contents = style.subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
        return option.rect.width() - contents.width()


def air(edit: QLineEdit) -> int:
    """The room left after a placeholder, so that it does not touch the field's edge: half an
    average character at the text size shown (a few pixels at 100 %, more at 200 %)."""
    return max(MIN_AIR, edit.fontMetrics().averageCharWidth() // 2)


def room_for_placeholder(edit: QLineEdit) -> None:
    """Make `edit` at least as wide as its placeholder (see the module's text)."""
    _PlaceholderRoom(edit)
