"""Notes typed during a meeting: stored as typed, never lost, undoable per pause.

The editor holds the truth while the chair types. A keystroke only restarts a short timer.
When the typing pauses (400 ms) the text is stored with one UPDATE on a background thread,
so a keystroke never waits on the database. When the item changes, before another edit and
when the window closes, what is pending is stored at once (after the background store in
flight, so they never overtake each other). When storing fails (disk full, read-only
database) the text stays in the editor (or, for an item left behind, in memory), `failed`
says so, and the next keystroke or a retry timer stores it again. Every stored pause becomes
one undo command; pauses on the same item merge into one.

Two people may type the notes of the same item at once (chair and secretary, two laptops on
one server). Every store carries the text it was typed from (`base`: what this keeper last
stored or loaded for the item); the service merges someone else's change in against that
base (services.meetings.notes). The merged text is shown at once, with what was typed in
the meantime kept on top of it, and `merged` tells the window so it can say so.
"""

from __future__ import annotations

import inspect
import time
import weakref
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.merge import merge_texts
from buurtdesk.ui.common.collector import worker_pool

STORE_DELAY_MS = 400
RETRY_DELAY_MS = 3000
NOTES_MERGE_ID = 4101

StoreNotes = Callable[..., object]


def _takes_base(store: StoreNotes) -> bool:
    try:
        return "base" in inspect.signature(store).parameters
    except (TypeError, ValueError):
        return False


def store_from(store: StoreNotes, item_id: int, text: str, base: str | None) -> object:
    """Call a store with the text it was typed from when it can merge (save_notes)."""
    if base is not None and _takes_base(store):
        return store(item_id, text, base=base)
    return store(item_id, text)


def merged_message(conflicts: int) -> str:
    """What the window says when someone else typed in the same notes at the same time."""
    if conflicts:
        return QCoreApplication.translate(
            "NotesKeeper",
            "Someone else wrote in these notes at the same time. Where you both changed the "
            "same lines, both versions now stand one under the other, from "
            "'[Changed at the same time…]' to '[End of the two versions]': keep what should stay.",
        )
    return QCoreApplication.translate(
        "NotesKeeper",
        "Someone else wrote in these notes at the same time; both texts are kept together.",
    )


def stored_text(result: object, typed: str) -> tuple[str, bool, int]:
    """What the store kept: (text, merged with someone else's change, conflicts)."""
    if getattr(result, "merged", False):
        return str(getattr(result, "text", typed)), True, int(getattr(result, "conflicts", 0))
    return typed, False, 0


class NotesEditor(QPlainTextEdit):
    """A plain text editor that lets the meeting's shortcuts through (Ctrl+B, Ctrl+Z, Page Down...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.passthrough: list[QKeySequence] = []
        self.setUndoRedoEnabled(False)  # undo goes through the shared undo stack
        # Tab goes on to the buttons below, so a keyboard reaches everything; a pasted tab stays
        self.setTabChangesFocus(True)

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
        # weakly: the command stays on the main window's undo stack after meeting mode has
        # closed, and needs the keeper only while it is still there
        self._keeper = weakref.ref(keeper)
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
        keeper = self._keeper()
        if keeper is not None and shiboken6.isValid(keeper):
            keeper.apply_from_stack(self.item_id, text)
            return
        try:
            self.store(self.item_id, text)
        except BuurtDeskError:
            self.setObsolete(True)


class _StoreJob(QRunnable):
    """One background UPDATE of an item's notes; the result is read on the UI thread."""

    def __init__(
        self,
        store: StoreNotes,
        item_id: int,
        text: str,
        typed_at: float,
        done: SignalInstance,
        base: str | None = None,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.store, self.item_id, self.text, self.typed_at, self.done = (
            store,
            item_id,
            text,
            typed_at,
            done,
        )
        self.base = base
        self.result: object = None
        self.error: BuurtDeskError | None = None

    def run(self) -> None:
        try:
            self.result = store_from(self.store, self.item_id, self.text, self.base)
        except BuurtDeskError as exc:
            self.error = exc
        self.done.emit(self)


class NotesKeeper(QObject):
    """Keeps the notes typed in the editor stored; emits `failed`/`stored` for the banner."""

    stored = Signal(int)
    failed = Signal(object)
    merged = Signal(int, int)  # item id, places where both changed the same lines
    _job_done = Signal(object)

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
        self.unsaved: dict[
            int, tuple[str, str]
        ] = {}  # items left while storing failed: (before, text)
        self.job: _StoreJob | None = None
        self.pool = worker_pool(self)
        self._job_done.connect(self._background_done)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(STORE_DELAY_MS)
        self.timer.timeout.connect(self._store_in_background)
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_DELAY_MS)
        self.retry.timeout.connect(self.flush)
        self._loading = False
        editor.textChanged.connect(self._typed)

    @property
    def settled(self) -> bool:
        """Everything typed is stored."""
        return not self.dirty and self.job is None and not self.unsaved

    def show_item(self, item_id: int | None, notes: str, read_only: bool = False) -> None:
        """Store what is pending for the current item, then show another item's notes."""
        if not self.flush() and self.item_id is not None and self.dirty:
            # Storing fails: keep this item's text in memory and keep trying.
            self.unsaved[self.item_id] = (self.saved_text, self.editor.toPlainText())
        self.item_id = item_id
        shown = notes
        if item_id is not None:
            shown = (
                self.unsaved[item_id][1]
                if item_id in self.unsaved
                else self.stored_texts.get(item_id, notes)
            )
        self._loading = True
        self.editor.setPlainText(shown if item_id is not None else "")
        self._loading = False
        self.saved_text = (
            self.unsaved.pop(item_id)[0] if item_id in self.unsaved else self.editor.toPlainText()
        )
        self.dirty = self.saved_text != self.editor.toPlainText()
        self.editor.setReadOnly(read_only or item_id is None)

    def _typed(self) -> None:
        if self._loading or self.item_id is None:
            return
        self.dirty = True
        self.last_keystroke = time.perf_counter()
        self.timer.start()

    def _store_in_background(self) -> None:
        if not self.dirty or self.item_id is None or self.job is not None:
            return
        self.dirty = False
        self.job = _StoreJob(
            self.store,
            self.item_id,
            self.editor.toPlainText(),
            self.last_keystroke,
            self._job_done,
            base=self.saved_text,
        )
        self.pool.start(self.job)

    def _background_done(self, job: _StoreJob) -> None:
        if job is not self.job:
            return  # already settled by a flush
        self._settle()
        if self.dirty and self.failing is None:
            self.timer.start()  # the chair typed on while it was being stored

    def _settle(self) -> None:
        """Wait for the background store in flight (one UPDATE at most) and take its result."""
        job = self.job
        if job is None:
            return
        self.pool.waitForDone()
        self.job = None
        if job.error is not None:
            self.dirty = True
            self._failed(job.error)
        else:
            self._stored(job.item_id, job.text, job.typed_at, job.result)

    def flush(self) -> bool:
        """Store everything pending now. True when nothing is left unstored."""
        self.timer.stop()
        self._settle()
        for item_id, (before, text) in list(self.unsaved.items()):
            try:
                result = store_from(self.store, item_id, text, before)
            except BuurtDeskError as exc:
                self._failed(exc)
                return False
            del self.unsaved[item_id]
            kept, merged, conflicts = stored_text(result, text)
            if merged:
                self.merged.emit(item_id, conflicts)
            self._record(item_id, before, kept)
        if not self.dirty or self.item_id is None:
            return self.failing is None
        text = self.editor.toPlainText()
        try:
            result = store_from(self.store, self.item_id, text, self.saved_text)
        except BuurtDeskError as exc:
            self._failed(exc)
            return False
        self.dirty = False
        self._stored(self.item_id, text, self.last_keystroke, result)
        return True

    def _failed(self, error: BuurtDeskError) -> None:
        self.failing = error
        self.failed.emit(error)
        self.retry.start()

    def _stored(self, item_id: int, text: str, typed_at: float, result: object = None) -> None:
        if typed_at:
            self.worst_delay = max(self.worst_delay, time.perf_counter() - typed_at)
        before = self.saved_text
        kept, merged, conflicts = stored_text(result, text)
        if item_id == self.item_id:
            self.saved_text = kept
            if merged:
                self._show_merged(text, kept)
        self._record(item_id, before, kept)
        if merged:
            self.merged.emit(item_id, conflicts)

    def _show_merged(self, sent: str, kept: str) -> None:
        """Show the merged text; what was typed since `sent` went out stays on top of it."""
        now = self.editor.toPlainText()
        shown = kept if now == sent else merge_texts(sent, now, kept).text
        position = self.editor.textCursor().position()
        self._loading = True
        self.editor.setPlainText(shown)
        self._loading = False
        cursor = self.editor.textCursor()
        cursor.setPosition(min(position, len(shown)))
        self.editor.setTextCursor(cursor)
        if shown != kept:
            self.dirty = True
            self.timer.start()

    def _record(self, item_id: int, before: str, text: str) -> None:
        self.stored_texts[item_id] = text
        if not self.unsaved:
            self.failing = None
            self.retry.stop()
        self.stored.emit(item_id)
        if before != text:
            self.undo_stack.push(NotesCommand(self, item_id, before, text))

    def apply_from_stack(self, item_id: int, text: str) -> None:
        """Undo/redo of notes: store the text and show it when that item is on screen."""
        self.timer.stop()
        self.pool.waitForDone()  # a store in flight must not land after this one
        self.job = None  # its result is overtaken by the undo
        try:
            result = store_from(self.store, item_id, text, self.stored_texts.get(item_id))
        except BuurtDeskError as exc:
            self.failed.emit(exc)
            return
        text, merged, conflicts = stored_text(result, text)
        if merged:
            self.merged.emit(item_id, conflicts)
        self.stored_texts[item_id] = text
        if item_id == self.item_id:
            self._loading = True
            self.editor.setPlainText(text)
            self._loading = False
            self.saved_text = text
            self.dirty = False
        self.stored.emit(item_id)
