"""The shared server's password is never in the settings file: typed in the preferences, it
goes to the owner-only libpq password file (no credential store on a machine without a
desktop session, as here); the preference shows the server without it. An address that an
earlier release saved with its password is cleaned on the next start."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from buurtdesk.store.credentials import connect_secrets
from buurtdesk.ui.preferences import Preferences, PreferencesDialog

SECRET = "Geheim:wachtwoord\\7"


@pytest.fixture
def password_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config" / "pgpass"
    monkeypatch.setenv("BUURTDESK_PGPASSFILE", str(path))
    monkeypatch.setenv("BUURTDESK_NO_KEYRING", "1")
    return path


def test_a_typed_password_is_kept_in_the_owner_only_password_file(
    qtbot: QtBot, dutch: QApplication, tmp_path: Path, password_file: Path
) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.database_url.setFocus()
    qtbot.keyClicks(
        dialog.database_url, "postgresql+psycopg://secretaris@gemeente.example:5433/buurtdesk"
    )
    qtbot.keyClick(dialog.database_url, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.server_password
    qtbot.keyClicks(dialog.server_password, SECRET)
    settings_path = tmp_path / "settings.ini"
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    dialog.chosen().save(settings)
    settings.sync()
    written = settings_path.read_text()
    assert "secretaris@gemeente.example:5433/buurtdesk" in written
    assert "Geheim" not in written and "wachtwoord" not in written
    assert stat.S_IMODE(os.stat(password_file).st_mode) == 0o600
    assert password_file.read_text() == (
        "gemeente.example:5433:buurtdesk:secretaris:Geheim\\:wachtwoord\\\\7\n"
    )
    # libpq is handed the file when BuurtDesk connects
    url = make_url("postgresql+psycopg://secretaris@gemeente.example:5433/buurtdesk")
    assert connect_secrets(url) == {"passfile": str(password_file)}
    # the dialog opened again shows the server without the password
    again = PreferencesDialog(Preferences.load(settings))
    qtbot.addWidget(again)
    assert (
        again.database_url.text()
        == "postgresql+psycopg://secretaris@gemeente.example:5433/buurtdesk"
    )
    assert again.server_password.text() == ""


def test_an_address_saved_with_its_password_is_cleaned_on_loading(
    tmp_path: Path, password_file: Path
) -> None:
    settings_path = tmp_path / "old.ini"
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue("database_url", "postgresql+psycopg://voorzitter:oud-geheim@127.0.0.1/buurt")
    settings.sync()
    loaded = Preferences.load(settings)
    settings.sync()
    assert loaded.database_url == "postgresql+psycopg://voorzitter@127.0.0.1/buurt"
    assert "oud-geheim" not in settings_path.read_text()
    assert password_file.read_text() == "127.0.0.1:5432:buurt:voorzitter:oud-geheim\n"
