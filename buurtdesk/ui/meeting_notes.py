"""Notes typed during a meeting: stored as typed, never lost, undoable per pause.

The editor holds the truth while the chair types. A keystroke only restarts a short timer;
when the typing pauses (400 ms), when the item changes and when the window closes, the text
is stored with one UPDATE. When storing fails (disk full, read-only database) the text stays
in the editor, `failed` says so, and the next keystroke or a retry timer stores it again.
Every stored pause becomes one undo command; pauses on the same item merge into one.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from buurtdesk.domain.errors import BuurtDeskError

STORE_DELAY_MS = 400
RETRY_DELAY_MS = 3000
NOTES_MERGE_ID = 4101

StoreNotes = Callable[[int, str], object]


class NotesEditor(QPlainTextEdit):
    """A plain text editor that lets the meeting's shortcuts through (Ctrl+A, Ctrl+Z, Page Down...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passthrough: list[QKeySequence] = []
        self.setUndoRedoEnabled(False)  # undo goes through the shared undo stack

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(seq) == QKeySequence.SequenceMatch.ExactMatch
                for seq in self.passthrough
            ):
                event.ignore()
                return True
        return super().event(event)


class NotesCommand(QUndoCommand):
    """The notes of one item went from `before` to `after` (already stored when pushed).

    Undo still works after meeting mode has closed: the text is stored through the service,
    and shown only while the keeper (and its window) still exists.
    """

    def __init__(self, keeper: NotesKeeper, item_id: int, before: str, after: str) -> None:
        super().__init__(QCoreApplication.translate("NotesKeeper", "Type notes"))
        self.keeper = keeper
        self.store = keeper.store
        self.item_id = item_id
        self.before = before
        self.after = after
        self._first = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return NOTES_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, NotesCommand) or other.item_id != self.item_id:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

    def _apply(self, text: str) -> None:
        if shiboken6.isValid(self.keeper):
            self.keeper.apply_from_stack(self.item_id, text)
            return
        try:
            self.store(self.item_id, text)
        except BuurtDeskError:
            self.setObsolete(True)


class NotesKeeper(QObject):
    """Keeps one item's notes in the editor stored; emits `failed`/`stored` for the banner."""

    stored = Signal(int)
    failed = Signal(object)

    def __init__(
        self,
        editor: NotesEditor,
        store: StoreNotes,
        undo_stack: QUndoStack,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.store = store
        self.undo_stack = undo_stack
        self.item_id: int | None = None
        self.saved_text = ""
        self.dirty = False
        self.failing: BuurtDeskError | None = None
        self.last_keystroke = 0.0
        self.worst_delay = 0.0  # seconds from a keystroke to the text being stored
        self.stored_texts: dict[int, str] = {}
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(STORE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_DELAY_MS)
        self.retry.timeout.connect(self.flush)
        self._loading = False
        editor.textChanged.connect(self._typed)

    def show_item(self, item_id: int | None, notes: str, read_only: bool = False) -> None:
        """Store what is pending for the current item, then show another item's notes."""
        self.flush()
        self.item_id = item_id
        self._loading = True
        self.editor.setPlainText(
            self.stored_texts.get(item_id, notes) if item_id is not None else ""
        )
        self._loading = False
        self.saved_text = self.editor.toPlainText()
        self.dirty = False
        self.editor.setReadOnly(read_only or item_id is None)

    def _typed(self) -> None:
        if self._loading or self.item_id is None:
            return
        self.dirty = True
        self.last_keystroke = time.perf_counter()
        if self.failing is not None:
            self.flush()  # writing may work again: try at once, the chair is typing anyway
        else:
            self.timer.start()

    def flush(self) -> bool:
        """Store pending text now. True when nothing is left unstored."""
        self.timer.stop()
        if not self.dirty or self.item_id is None:
            return True
        text = self.editor.toPlainText()
        try:
            self.store(self.item_id, text)
        except BuurtDeskError as exc:
            self.failing = exc
            self.failed.emit(exc)
            self.retry.start()
            return False
        if self.last_keystroke:
            self.worst_delay = max(self.worst_delay, time.perf_counter() - self.last_keystroke)
        self.dirty = False
        before, self.saved_text = self.saved_text, text
        self.stored_texts[self.item_id] = text
        if self.failing is not None:
            self.failing = None
            self.retry.stop()
        self.stored.emit(self.item_id)
        self.undo_stack.push(NotesCommand(self, self.item_id, before, text))
        return True

    def apply_from_stack(self, item_id: int, text: str) -> None:
        """Undo/redo of notes: store the text and show it when that item is on screen."""
        try:
            self.store(item_id, text)
        except BuurtDeskError as exc:
            self.failed.emit(exc)
            return
        self.stored_texts[item_id] = text
        if item_id == self.item_id:
            self._loading = True
            self.editor.setPlainText(text)
            self._loading = False
            self.saved_text = text
            self.dirty = False
        self.stored.emit(item_id)
