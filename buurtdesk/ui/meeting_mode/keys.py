"""Every key of meeting mode in one place: the action it runs, its hint and where it works.

    keys.add(tr("Decision"), ["Ctrl+B"], capture.capture_decision, hint=tr("Ctrl+B decision"))
    keys.add(..., applies=lambda: at_minutes())     # enabled (and hinted) only where it works
    keys.note(tr("D done"), applies=at_action_list) # a key a widget handles itself: hint only
    keys.add(..., button=True)                       # also a button, for the mouse


`refresh()` (called whenever meeting mode shows an item) enables each action where it
applies, shows its button there, and writes the hint line from the other keys that work at
the current item, in the order they were added: together the buttons (which carry their key)
and the hint line name every key that works. Window-wide shortcuts pass through the notes editor (see NotesEditor).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.meeting_mode.notes import NotesEditor

Applies = Callable[[], bool]


def always() -> bool:
    return True


def mnemonic_hint(label: QLabel) -> str:
    """'Alt+N notes' for a label '&Notes' (in the language shown)."""
    text = label.text()
    at = text.find("&")
    if at < 0 or at + 1 >= len(text):
        return ""
    plain = text.replace("&", "")
    return f"Alt+{text[at + 1].upper()} {plain[:1].lower()}{plain[1:]}"


@dataclass
class MeetingKey:
    hint: str
    applies: Applies
    action: QAction | None = None  # None: a key a widget handles itself
    button: QPushButton | None = None


class MeetingKeys:
    def __init__(self, window: QWidget, notes: NotesEditor, hint_line: QLabel) -> None:
        self.window = window
        self.notes = notes
        self.hint_line = hint_line
        self.keys: list[MeetingKey] = []
        self.bar = QWidget()  # the buttons, for the mouse; they wrap at large text
        self.bar.setObjectName("meetingButtons")
        self.bar_layout = FlowLayout(self.bar)

    def add(
        self,
        text: str,
        shortcuts: list[str],
        slot: Callable[[], object],
        *,
        hint: str = "",
        applies: Applies = always,
        button: bool = False,
    ) -> QAction:
        """A window-wide key: works from the notes, the agenda and the review alike."""
        action = QAction(text, self.window)
        action.setShortcuts([QKeySequence(k) for k in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        pushed = None
        if button:
            shown = QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)
            pushed = QPushButton(f"{text} ({shown})")
            pushed.setAccessibleName(text)
            pushed.setAccessibleDescription(
                QCoreApplication.translate("MeetingKeys", "Also with the key %1").replace(
                    "%1", shown
                )
            )
            pushed.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the keys in the notes
            pushed.setAutoDefault(False)
            pushed.clicked.connect(lambda _checked=False: action.trigger())
            self.bar_layout.addWidget(pushed)
        self.keys.append(MeetingKey(hint, applies, action, pushed))
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
            if key.button is not None:
                key.button.setVisible(works)
            if works and key.hint and key.button is None:  # a button shows its own key
                hints.append(key.hint)
        self.hint_line.setText(" · ".join(hints))
