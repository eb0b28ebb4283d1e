"""Two BuurtDesks on one database, each with its own main window, services and undo: the way
two people (two laptops on a shared server, or two windows on one file) edit the same record.

    first = open_window(qtbot, services, council)
    second = open_window(qtbot, other_services, council)   # see `second_services` below
    activate(qtbot, second); field.setFocus(); type_keys(qtbot, "…")

The tests send real keys to the focused widget of the active window; `answer` reads the
question about the two versions when it comes up and presses one of its buttons.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from window_check import message_read

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.ui.main_window import MainWindow

SOMEONE_ELSE = "Iemand anders heeft dit intussen gewijzigd"


@contextmanager
def second_services(database: Database, clock: object) -> Iterator[Services]:
    """The other person's BuurtDesk: its own connection to the same file or server database."""
    from buurtdesk.store.opening import open_sqlite, open_url

    assert callable(clock)
    other = open_sqlite(database.path) if database.path is not None else open_url(database.url)
    try:
        yield Services.build(other, clock)
    finally:
        other.dispose()


def open_window(qtbot: QtBot, services: Services, council: int) -> MainWindow:
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(council))
    return window


def activate(qtbot: QtBot, window: MainWindow) -> None:
    """The person turns to this window: it becomes the active one, with the keyboard."""
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def type_keys(qtbot: QtBot, text: str) -> None:
    """Everything in the focused field replaced by `text`, typed key by key."""
    field = QApplication.focusWidget()
    assert field is not None
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    field = QApplication.focusWidget()
    assert field is not None
    if modifier is None:
        qtbot.keyClick(field, key)
    else:
        qtbot.keyClick(field, key, modifier)


def answer(keep_mine: bool, seen: list[str], watch_ms: int = 3000) -> None:
    """When the question about the two versions comes up, read it into `seen` and press a
    button. A question asked a second time for the same save (it must not be) is answered
    the same way for `watch_ms` after the first, so a test sees it in `seen` and never hangs."""
    import time

    until: list[float] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(message_read(box))
            wanted = "mijn" if keep_mine else "andere"
            for button in box.buttons():
                if wanted in button.text().replace("&", "").lower():
                    button.click()
                    break
            until[:] = until or [time.monotonic() + watch_ms / 1000]
        if not until or time.monotonic() < until[0]:
            QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)
