"""The five phases of a round as steps across the top of the Toekomstagenda section, and the
line under them that says which phase the round is in."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QPushButton, QWidget

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.rules import PHASE_ORDER
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout


class PhaseSteps(QWidget):
    """The five phases across the top; the current one is marked, any can be looked at."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = FlowLayout(self, spacing=6)  # the steps wrap onto two lines at large text
        self.setStyleSheet(
            "QPushButton:checked { border: 2px solid palette(highlight); background: palette(base); }"
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[PhaseKind, QPushButton] = {}
        for number, kind in enumerate(PHASE_ORDER, start=1):
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(40)
            button.setShortcut(f"Alt+{number}")
            button.clicked.connect(lambda _checked=False, k=kind: self.picked.emit(k))
            self.group.addButton(button)
            self.buttons[kind] = button
            layout.addWidget(button)
        self.set_state(None, PhaseKind.VISION)

    def set_state(self, current: PhaseKind | None, shown: PhaseKind) -> None:
        for number, kind in enumerate(PHASE_ORDER, start=1):
            button = self.buttons[kind]
            name = labels.phase(kind)
            is_current = kind == current
            button.setText(f"{number}. {name}" + ("  ●" if is_current else ""))
            font = button.font()
            font.setBold(is_current)
            button.setFont(font)
            button.setChecked(kind == shown)
            description = (
                self.tr("current phase") if is_current else self.tr("Shows the page of this phase")
            )
            button.setAccessibleName(
                self.tr("Phase %1: %2").replace("%1", str(number)).replace("%2", name)
            )
            button.setAccessibleDescription(description)


class PhaseLine(QLabel):
    """ "The round is in the phase **Plans and projects**." on a line of its own. At large text
    it wraps between the words of the sentence only: the phase's name (in bold) never breaks
    inside, and it stays with the word before it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )

    def say(self, sentence: str, name: str = "") -> None:
        """`sentence`, with the phase's `name` where it says "%1"."""
        whole = "<b>" + html.escape(name).replace(" ", "&nbsp;") + "</b>"
        text = html.escape(sentence)
        self.setText(text.replace(" %1", "&nbsp;%1").replace("%1", whole) if name else text)
        self.setAccessibleName(sentence.replace("%1", name))
