"""A text box that stores what was typed hands it on once, also when its handler asks a
question that takes the focus away (as the "someone else changed this" question does)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.widgets import SavingTextEdit


def test_a_question_during_the_save_does_not_save_twice(qtbot: QtBot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    box = SavingTextEdit("Visie")
    elsewhere = QLineEdit()
    layout.addWidget(box)
    layout.addWidget(elsewhere)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    handed: list[str] = []

    def store(text: str) -> None:
        handed.append(text)
        # the question's window takes the focus while the save runs
        QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusOut))

    box.edited.connect(store)
    box.setFocus()
    qtbot.keyClicks(box, "Een groene wijk")
    qtbot.keyClick(box, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert handed == ["Een groene wijk"]
