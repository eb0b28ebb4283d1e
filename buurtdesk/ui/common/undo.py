"""Undo/redo for every edit: a QUndoCommand that calls a service to do and to undo.

    stack.push(EditCommand(tr("Change due date"), do=lambda: svc.update_action(...),
                           undo=lambda: svc.update_action(...), after=section.reload))

The command runs `do` when pushed (QUndoStack calls redo() at once). When a service raises a
BuurtDeskError the command is marked obsolete (so it leaves the stack) and the error is passed
to `on_error`, so the screen can say what went wrong while what the user typed stays visible.

A refused undo (the service said no) leaves the edit in place, so it must stay where it was
on the stack: QUndoStack has already moved its index back, so the command remembers that its
edit is still done (its next redo does nothing, never the edit a second time) and UndoStack
puts the index back at once. The edit can be undone again later.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.errors import BuurtDeskError

ErrorHandler = Callable[[BuurtDeskError], None]
# What `do` returned and `undo` is given (a bare `EditCommand` is one whose result is not read).
if TYPE_CHECKING:  # typing_extensions (for the defaults) would load before the first paint
    import typing_extensions

    T = typing_extensions.TypeVar("T", default=Any)
    R = typing_extensions.TypeVar("R", default=Any)  # what a VersionedEdit's `apply` returns
else:
    T = TypeVar("T")
    R = TypeVar("R")


class EditCommand(QUndoCommand, Generic[T]):
    def __init__(
        self,
        text: str,
        *,
        do: Callable[[], T],
        undo: Callable[[T], object],
        after: Callable[[], None] | None = None,
        on_error: ErrorHandler | None = None,
        merge_id: int = -1,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._after = after
        self._on_error = on_error
        self._merge_id = merge_id
        self.result: T | None = None
        self._done: tuple[T] | None = None  # what `do` returned, for `undo`
        self.failed: BuurtDeskError | None = None
        self.still_done = False  # set by a refused undo: the edit is in place

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_id

    def redo(self) -> None:
        if self.still_done:  # the index is put back after a refused undo: nothing to do again
            self.still_done = False
            return
        try:
            self.result = self._do()
            self._done = (self.result,)
            self.failed = None
        except BuurtDeskError as exc:
            self.failed = exc
            self.setObsolete(True)
            if self._on_error:
                self._on_error(exc)
            return
        if self._after:
            self._after()

    def undo(self) -> None:
        if self._done is None:  # `do` was refused: there is nothing to undo
            return
        try:
            self._undo(self._done[0])
        except BuurtDeskError as exc:
            self.still_done = True
            if self._on_error:
                self._on_error(exc)
            return
        if self._after:
            self._after()


class Push(Protocol):
    """A screen's way to do an edit as one command on its undo stack: `push(text, do, undo)`."""

    def __call__(
        self, text: str, do: Callable[[], T], undo: Callable[[T], object], /
    ) -> EditCommand[T]: ...


class UndoStack(QUndoStack):
    """The app's undo stack: a refused undo does not move its index (see the module text)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # The version each shared record has after this user's own last edit of it (see
        # VersionedEdit): one table per stack, so two windows never take each other's.
        self.known_versions: dict[tuple[str, int], int] = {}
        self.indexChanged.connect(self._after_index_change)

    def push(self, command: QUndoCommand) -> None:
        if isinstance(command, VersionedEdit):
            command.keep_versions_in(self.known_versions)
        super().push(command)

    def _after_index_change(self, index: int) -> None:
        command = self.command(index)
        if isinstance(command, EditCommand) and command.still_done:
            # after Qt has finished its undo(): redo() then only moves the index back
            QTimer.singleShot(0, lambda: self._put_back(command))

    def _put_back(self, command: EditCommand) -> None:
        if command.still_done and self.command(self.index()) is command:
            self.redo()


def let_go(stack: QUndoStack) -> None:
    """Empty `stack` before the window it belongs to goes (a rebuilt window, the app's end).

    The commands are deleted here, while Qt and Python both still hold them. Left to Python's
    garbage collector, a command's Python side can go first (PySide gives it back to Python
    when the collector clears it), and the stack deleting the command once more crashes.
    """
    stack.clear()


Apply = Callable[[int | None, dict[str, Any]], object]


def _version_of(result: object) -> int | None:
    version = getattr(result, "version", None)
    for part in ("meeting", "project"):  # a MeetingDetail, a ProjectDetail
        if version is None and hasattr(result, part):
            version = getattr(getattr(result, part), "version", None)
    return version if isinstance(version, int) else None


class VersionedEdit(EditCommand[R]):
    """An edit of a shared record that carries the version it was based on.

        stack.push(VersionedEdit(tr("Rename item"), version=item.version,
                                 apply=lambda v, values: svc.update_item(item.id, expected_version=v, **values),
                                 new={"title": title}, old={"title": item.title},
                                 parent=self, after=self.reload, on_error=self.notice.show_error))

    `apply` stores `values` on the version the screen last saw (the record's version after
    the previous do or undo). When someone else changed the record in between, the service
    refuses with both versions (services.base.VersionConflict) and the user chooses: keep
    mine (stored on the newest version; undo then brings back the other person's values)
    or keep theirs (the edit is dropped and the screen shows the newest). Nothing is
    overwritten without the user seeing it.

    `record` ((table, id)) names the record: undo and redo then start from the version this
    user's own later edits of it left (the undo stack's `known_versions`, which UndoStack.push
    hands over; `stack` names it for a command done without push), not from the one the
    screen showed when the edit was first made. Another user's edit in between (another
    window or BuurtDesk, another undo stack) is therefore always met with the question.
    """

    def __init__(
        self,
        text: str,
        *,
        version: int | None,
        apply: Callable[[int | None, dict[str, Any]], R],
        new: dict[str, Any],
        old: dict[str, Any],
        parent: QWidget | None = None,
        after: Callable[[], None] | None = None,
        on_error: ErrorHandler | None = None,
        version_of: Callable[[R], int | None] = _version_of,
        record: tuple[str, int] | None = None,
        stack: QUndoStack | None = None,
    ) -> None:
        super().__init__(
            text,
            do=lambda: self._versioned(self.new, taking_over=True),
            undo=lambda _result: self._versioned(self.old, taking_over=False),
            after=after,
            on_error=on_error,
        )
        self.version = version
        self.new, self.old = dict(new), dict(old)
        self._apply = apply
        self._parent = parent
        self._version_of = version_of
        self._record = record
        self._known = known_versions(stack) if stack is not None else None
        self._first = True

    def keep_versions_in(self, known: dict[tuple[str, int], int]) -> None:
        """The table of the undo stack this edit is pushed onto (UndoStack.push)."""
        if self._known is None:
            self._known = known

    def _versioned(self, values: dict[str, Any], *, taking_over: bool) -> R:
        from buurtdesk.services.base import VersionConflict
        from buurtdesk.ui.common.conflict import choose_version

        known = self._known if self._known is not None else _UNNAMED
        record = self._record
        if record is not None and not self._first:
            self.version = known.get(record, self.version)
        self._first = False
        try:
            result = self._apply(self.version, values)
        except VersionConflict as conflict:
            if not choose_version(self._parent, conflict):
                if self._after:
                    self._after()  # show the other version
                raise
            if taking_over:  # undo brings back what the other person had stored
                self.old.update({k: v for k, v in conflict.theirs.items() if k in self.old})
            result = self._apply(conflict.newest_version, values)
        self.version = self._version_of(result)
        if record is not None and self.version is not None:
            known[record] = self.version
        return result


# The version tables of undo stacks other than UndoStack (a test's plain QUndoStack), and the
# one of edits that name no stack and are pushed without UndoStack.push.
_TABLES: WeakKeyDictionary[QUndoStack, dict[tuple[str, int], int]] = WeakKeyDictionary()
_UNNAMED: dict[tuple[str, int], int] = {}


def known_versions(stack: QUndoStack) -> dict[tuple[str, int], int]:
    """The version each shared record has after the own edits done on `stack`."""
    if isinstance(stack, UndoStack):
        return stack.known_versions
    return _TABLES.setdefault(stack, {})
