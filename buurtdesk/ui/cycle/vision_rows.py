"""The rows under the vision's themes: a new wish (with who raised it) and a new theme, with
the buttons beside them. They wrap at large text; the vision page connects what they do."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.placeholders import room_for_placeholder


class ThemeRows(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        wish_row = FlowLayout(spacing=8, fill=True)  # wraps at large text
        self.wish_text = QLineEdit()
        self.wish_text.setPlaceholderText(self.tr("A wish, in the residents' own words"))
        room_for_placeholder(self.wish_text)
        self.wish_text.setAccessibleName(self.tr("New wish"))
        self.wish_text.setAccessibleDescription(
            self.tr("A wish of residents to add under the chosen theme")
        )
        self.raised_by = QLineEdit()
        self.raised_by.setPlaceholderText(self.tr("Raised by"))
        room_for_placeholder(self.raised_by)
        self.raised_by.setAccessibleName(self.tr("Raised by"))
        self.raised_by.setAccessibleDescription(self.tr("Who brought the wish in, if anyone"))
        self.add_wish_button = QPushButton(self.tr("Add wish"))
        self.add_wish_button.setAccessibleName(self.tr("Add the wish to the chosen theme"))
        self.add_wish_button.setAccessibleDescription(
            self.tr("Adds the wish under the theme chosen in the list")
        )
        wish_row.addWidget(self.wish_text)
        wish_row.addWidget(self.raised_by)
        wish_row.addWidget(self.add_wish_button)
        outer.addLayout(wish_row)
        row = FlowLayout(spacing=8)  # wraps at large text
        self.theme_name = QLineEdit()
        self.theme_name.setPlaceholderText(self.tr("A theme of our own"))
        room_for_placeholder(self.theme_name)
        self.theme_name.setAccessibleName(self.tr("New theme"))
        self.theme_name.setAccessibleDescription(self.tr("Name of a theme to add to the vision"))
        self.add_theme_button = QPushButton(self.tr("Add theme"))
        self.add_theme_button.setAccessibleDescription(
            self.tr("Adds the typed theme to the vision")
        )
        self.standard_button = QPushButton(self.tr("Standard themes"))
        self.standard_button.setAccessibleName(self.tr("Add the standard themes"))
        self.standard_button.setAccessibleDescription(
            self.tr("Adds the usual themes of a neighbourhood to the vision")
        )
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen theme or wish"))
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the theme or wish chosen in the tree")
        )
        for control in (
            self.theme_name,
            self.add_theme_button,
            self.standard_button,
            self.remove_button,
        ):
            row.addWidget(control)
        outer.addLayout(row)
