"""The undo stack of a test's screens, emptied when the test ends (tests/conftest.py).

The app's stack belongs to its window and is emptied when the window is let go
(buurtdesk.ui.common.undo.let_go). A test's stack must be emptied as deliberately: left to
Python's garbage collector with commands on it, the collector may take a command's Python
side first, PySide then deletes the command while the C++ stack still holds it, and the stack
deleting it again crashes the process (a pytest worker, in the middle of a later test).
"""

from __future__ import annotations

import shiboken6

from buurtdesk.ui.common.undo import UndoStack, let_go

_LIVE: list[UndoStack] = []


def undo_stack() -> UndoStack:
    """A stack like the app's, emptied when the test ends."""
    stack = UndoStack()
    _LIVE.append(stack)
    return stack


def empty_all() -> None:
    """Empty every stack made since the last call (the end of each test)."""
    while _LIVE:
        stack = _LIVE.pop()
        if shiboken6.isValid(stack):
            let_go(stack)
