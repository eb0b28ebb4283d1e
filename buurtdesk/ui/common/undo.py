"""Undo/redo for every edit: a QUndoCommand that calls a service to do and to undo.

    stack.push(EditCommand(tr("Change due date"), do=lambda: svc.update_action(...),
                           undo=lambda: svc.update_action(...), after=section.reload))

The command runs `do` when pushed (QUndoStack calls redo() at once). When a service raises a
BuurtDeskError the command is marked obsolete (so it leaves the stack) and the error is passed
to `on_error`, so the screen can say what went wrong while what the user typed stays visible.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from buurtdesk.domain.errors import BuurtDeskError

ErrorHandler = Callable[[BuurtDeskError], None]


class EditCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        *,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
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
        self.result: Any = None
        self.failed: BuurtDeskError | None = None

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_id

    def redo(self) -> None:
        try:
            self.result = self._do()
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
        try:
            self._undo(self.result)
        except BuurtDeskError as exc:
            if self._on_error:
                self._on_error(exc)
            return
        if self._after:
            self._after()
