"""Every key of meeting mode in one place: the action it runs, its hint and where it works.

    keys.add(tr("Decision"), ["Ctrl+B"], capture.capture_decision, hint=tr("Ctrl+B decision"))
    keys.add(..., applies=lambda: at_minutes())     # enabled (and hinted) only where it works
    keys.note(tr("D done"), applies=at_action_list) # a key a widget handles itself: hint only

`refresh()` (called whenever meeting mode shows an item) enables each action where it
applies and writes the hint line from the keys that work at the current item, in the order
they were added. Window-wide shortcuts pass through the notes editor (see NotesEditor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from buurtdesk.ui.meeting_mode.notes import NotesEditor

Applies = Callable[[], bool]


def always() -> bool:
    return True


@dataclass
class MeetingKey:
    hint: str
    applies: Applies
    action: QAction | None = None  # None: a key a widget handles itself


class MeetingKeys:
    def __init__(self, window: QWidget, notes: NotesEditor, hint_line: QLabel) -> None:
        self.window = window
        self.notes = notes
        self.hint_line = hint_line
        self.keys: list[MeetingKey] = []

    def add(
        self,
        text: str,
        shortcuts: list[str],
        slot: Callable[[], object],
        *,
        hint: str = "",
        applies: Applies = always,
    ) -> QAction:
        """A window-wide key: works from the notes, the agenda and the review alike."""
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        self.keys.append(MeetingKey(hint, applies, action))
        self.notes.passthrough = [
            seq for key in self.keys if key.action for seq in key.action.shortcuts()
        ]
        return action

    def note(self, hint: str, applies: Applies = always) -> None:
        """A key handled by a widget itself (D/O/V in the review, a label's Alt key): hint only."""
        self.keys.append(MeetingKey(hint, applies))

    def refresh(self) -> None:
        hints = []
        for key in self.keys:
            works = key.applies()
            if key.action is not None:
                key.action.setEnabled(works)
            if works and key.hint:
                hints.append(key.hint)
        self.hint_line.setText(" · ".join(hints))

    def hint_text(self) -> str:
        return self.hint_line.text()
