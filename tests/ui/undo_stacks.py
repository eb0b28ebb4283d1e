"""The undo stacks of a test's screens, emptied when the test ends (tests/conftest.py): the
ones made here, and the one of each window the test built the app's way (app.build_window).

The app's stack belongs to its window and is emptied when the window is let go
(buurtdesk.ui.common.undo.let_go). A test's stack must be emptied as deliberately: left to
Python's garbage collector with commands on it, the collector may take a command's Python
side first, PySide then deletes the command while the C++ stack still holds it, and the stack
deleting it again crashes the process (a pytest worker, in the middle of a later test).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QApplication

from buurtdesk.ui.common.undo import UndoStack, let_go

_LIVE: list[UndoStack] = []


def undo_stack() -> UndoStack:
    """A stack like the app's, emptied when the test ends."""
    stack = UndoStack()
    _LIVE.append(stack)
    return stack


def empty_all() -> None:
    """Empty every stack made since the last call, and those of the windows still there (the
    end of each test: pytest-qt has closed them, Qt deletes them later)."""
    stacks = list(_LIVE)
    _LIVE.clear()
    if QApplication.instance() is not None:
        for window in QApplication.topLevelWidgets():
            context = getattr(window, "context", None)
            stack = getattr(context, "undo_stack", None)
            if isinstance(stack, UndoStack):
                stacks.append(stack)
    for stack in stacks:
        if shiboken6.isValid(stack):
            let_go(stack)
