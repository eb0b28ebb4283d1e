"""The five phases of a round as steps across the top of the Toekomstagenda section."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QPushButton, QWidget

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
