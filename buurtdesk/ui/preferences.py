"""Voorkeuren: language, text size, contrast, and the shared database server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.messages import normal_language
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style, apply_theme, grows_with_messages
from buurtdesk.ui.common.undo import let_go

if TYPE_CHECKING:
    from buurtdesk.ui.main_window import MainWindow

THEMES = ("system", "light", "dark", "contrast")
SERVER_EXAMPLE = "postgresql+psycopg://gebruiker@server/buurtdesk"


@dataclass(frozen=True)
class Preferences:
    language: str = "nl"
    text_percent: int = 100
    theme: str = "system"
    database_url: str = ""  # never with a password (store.credentials keeps that)
    server_password: str = field(default="", repr=False, compare=False)  # typed, not kept here

    @classmethod
    def load(cls, settings: QSettings) -> Preferences:
        percent = int(str(settings.value("text_percent", 100)))
        theme = str(settings.value("theme", "system"))
        url = str(settings.value("database_url", "") or "")
        if url:  # an address saved with its password by an earlier release: move it away
            url = _keep_password_safely(url, "")
            settings.setValue("database_url", url)
        return cls(
            language=normal_language(str(settings.value("language", "nl"))),
            text_percent=min(200, max(100, percent)),
            theme=theme if theme in THEMES else "system",
            database_url=url,
        )

    def save(self, settings: QSettings) -> None:
        settings.setValue("language", self.language)
        settings.setValue("text_percent", self.text_percent)
        settings.setValue("theme", self.theme)
        url = self.database_url
        if url:
            url = _keep_password_safely(url, self.server_password)
        settings.setValue("database_url", url)


def _keep_password_safely(url: str, typed_password: str) -> str:
    """The server address without its password; the password (in the address or typed in
    its own field) goes to the system's credential store or the owner-only password file."""
    from buurtdesk.store.credentials import remember_password, split_password

    try:
        clean, password = split_password(url)
    except Exception:  # noqa: BLE001 - not an address at all: the start says so in one sentence
        return url
    password = typed_password or password
    if password:
        remember_password(clean, password)
    return clean


class PreferencesDialog(QDialog):
    def __init__(self, current: Preferences, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("Preferences"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.language = QComboBox()
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(self.language.findData(current.language))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The language of the screens; documents follow the council's language")
        )
        form.addRow(self.tr("&Language"), self.language)

        self.text_size = QSpinBox()
        self.text_size.setRange(100, 200)
        self.text_size.setSingleStep(10)
        self.text_size.setSuffix(" %")
        self.text_size.setValue(current.text_percent)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.text_size.setAccessibleDescription(
            self.tr("Makes all text on screen larger, from 100 to 200 percent")
        )
        form.addRow(self.tr("&Text size"), self.text_size)

        self.theme = QComboBox()
        for key, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(current.theme)))
        self.theme.setAccessibleName(self.tr("Colours"))
        self.theme.setAccessibleDescription(self.tr("Light, dark or high-contrast colours"))
        form.addRow(self.tr("&Colours"), self.theme)

        self.database_url = QLineEdit(current.database_url)
        self.database_url.setPlaceholderText(SERVER_EXAMPLE)
        # Wide enough for the example address at every text size, so it is never cut off.
        self.database_url.setMinimumWidth(
            self.database_url.fontMetrics().horizontalAdvance(SERVER_EXAMPLE + "MM")
        )
        self.database_url.setAccessibleName(self.tr("Shared database server"))
        self.database_url.setAccessibleDescription(
            self.tr(
                "Leave empty to work in the file on this computer; takes effect at the next start"
            )
        )
        form.addRow(self.tr("Shared &server"), self.database_url)
        self.server_password = QLineEdit()
        self.server_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server_password.setPlaceholderText(self.tr("Leave empty to keep the stored one"))
        self.server_password.setAccessibleName(self.tr("Password of the shared server"))
        self.server_password.setAccessibleDescription(
            self.tr(
                "Kept in the system's credential store or in a file only you can read, never in the settings"
            )
        )
        form.addRow(self.tr("Server &password"), self.server_password)
        note = QLabel(
            self.tr(
                "A shared server takes effect at the next start. Everything else at once; nothing you typed is lost."
            )
        )
        note.setWordWrap(True)
        note.setProperty("class", "muted")
        layout.addWidget(note)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # loaded with the dialog: its Qt classes and enums would cost ~10 ms before the first paint
        from buurtdesk.ui.common.accessible import describe_buttons

        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr(
                    "Applies these preferences and closes this window"
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window and keeps the preferences as they were"
                ),
            },
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> Preferences:
        return Preferences(
            language=str(self.language.currentData()),
            text_percent=self.text_size.value(),
            theme=str(self.theme.currentData()),
            database_url=self.database_url.text().strip(),
            server_password=self.server_password.text(),
        )


class PreferencesController:
    """Shows the preferences and applies them. A new language rebuilds the window in place:
    every edit is stored as it is typed, so nothing is lost; the council, the section and
    the window's size and place are kept."""

    def __init__(
        self,
        app: QApplication,
        settings: QSettings,
        make_window: Callable[[], MainWindow],
        window: MainWindow,
    ) -> None:
        self.app = app
        self.settings = settings
        self.make_window = make_window
        self.window = window
        self._connect(window)

    def _connect(self, window: MainWindow) -> None:
        window.preferences_requested.connect(self.open)

    def open(self) -> PreferencesDialog:
        current = Preferences.load(self.settings)
        dialog = PreferencesDialog(current, self.window)
        dialog.accepted.connect(lambda: self.apply(current, dialog.chosen()))
        dialog.open()
        return dialog

    def apply(self, before: Preferences, chosen: Preferences) -> None:
        chosen.save(self.settings)
        apply_style(self.app, chosen.text_percent / 100)
        apply_theme(self.app, chosen.theme)
        if chosen.language != before.language:
            install_language(self.app, chosen.language)
            self._rebuild()

    def _rebuild(self) -> None:
        old = self.window
        council, row, geometry = old.council_id, old.section_list.currentRow(), old.saveGeometry()
        new = self.make_window()
        if council is not None:
            new.council_picker.setCurrentIndex(max(0, new.council_picker.findData(council)))
        new.section_list.setCurrentRow(row)
        new.restoreGeometry(geometry)
        self._connect(new)
        self.window = new
        new.show()
        old.close()
        let_go(old.context.undo_stack)  # the old window's edits cannot be undone from the new one
        old.deleteLater()
