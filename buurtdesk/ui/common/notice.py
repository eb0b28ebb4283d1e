"""A calm line at the top of a section that says what went wrong, without a modal dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common import labels


class NoticeBar(QFrame):
    """Shows one message (an error of the service, a date that cannot be read) until closed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            "QFrame#noticeBar { border: 1px solid #b3261e; border-radius: 6px; background: #fdecea; }"
            "QFrame#noticeBar QLabel { color: #5f1410; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.icon = QLabel("⚠")
        self.icon.setAccessibleName(self.tr("Warning"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setAccessibleDescription(self.tr("Hides this message"))
        self.close_button.clicked.connect(self.clear)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    def show_message(self, text: str) -> None:
        self.text.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def show_error(self, error: BuurtDeskError) -> None:
        self.show_message(error.message(labels.ui_language()))

    def clear(self) -> None:
        self.text.setText("")
        self.hide()

    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""
