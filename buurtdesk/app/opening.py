"""The database side of start-up: which file, the writer lock, the first look, the damaged-file
check and recovery, and the one point where the services receive their database
(`Opening.finish`), then the day's backup."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from buurtdesk.domain.errors import BuurtDeskError, StoreError
from buurtdesk.paths import default_database_path, demo_database_path

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from buurtdesk.services import Services
    from buurtdesk.services.first_look import FirstLook
    from buurtdesk.store.database import Database
    from buurtdesk.store.lock import WriterLock
    from buurtdesk.store.recovery import Damage
    from buurtdesk.ui.main_window import MainWindow


def message(error: BuurtDeskError, language: str) -> str:
    return error.message(language)


def database_path(args: argparse.Namespace) -> Path | None:
    """The SQLite file the app will open, or None for a server database."""
    if getattr(args, "database_url", None):
        return None
    if getattr(args, "demo", False) and getattr(args, "db", None) is None:
        return demo_database_path()
    return Path(args.db) if getattr(args, "db", None) else default_database_path()


def resolve_database(
    args: argparse.Namespace, *, read_only: bool = False, checked: bool = False
) -> Database:
    """Open the database the user asked for; build the demo when --demo finds none.
    `checked`: the damaged-file check has just read every page; do not read them again."""
    from buurtdesk.store.opening import open_sqlite, open_sqlite_read_only, open_url

    path = database_path(args)
    if read_only and path is not None:
        return open_sqlite_read_only(path)
    if getattr(args, "database_url", None):
        return open_url(args.database_url)
    if getattr(args, "demo", False) and getattr(args, "db", None) is None:
        path = demo_database_path()
        if not path.exists() or path.stat().st_size == 0:
            from buurtdesk.demo.builder import build_demo
            from buurtdesk.services import Services

            database = open_sqlite(path)
            build_demo(Services.build(database))
            return database
        return open_sqlite(path, checked=checked)
    return open_sqlite(
        Path(args.db) if getattr(args, "db", None) else default_database_path(), checked=checked
    )


def refuse(error: BuurtDeskError, args: argparse.Namespace, language: str) -> int:
    print(message(error, language), file=sys.stderr)
    if can_ask(args):
        from PySide6.QtWidgets import QMessageBox

        from buurtdesk.ui.common.accessible import fit_message

        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "BuurtDesk",
            message(error, language),
            QMessageBox.StandardButton.Ok,
        )
        fit_message(box)
        box.exec()
    return 2


def first_look_at(args: argparse.Namespace, settings: QSettings) -> FirstLook | None:
    """The councils and the remembered council's overview, read with plain sqlite3 (or, on a
    shared server, plain psycopg), or None when the database must be opened (or made,
    migrated, mended) the usual way first."""
    from datetime import date

    from buurtdesk.services.first_look import first_look, first_look_on_server

    try:
        remembered = int(str(settings.value("council_id", 0) or 0))
    except (TypeError, ValueError):
        remembered = 0
    path = database_path(args)
    if path is None:
        url = str(getattr(args, "database_url", None) or "")
        return first_look_on_server(url, remembered or None, date.today()) if url else None
    return first_look(path.expanduser().absolute(), remembered or None, date.today())


class Opening:
    """The database behind a first look. Right after the first paint SQLite's check of every
    page runs in a thread while the database code loads; once its verdict is in, `finish`
    opens the database and hands it to the services: the one point where that happens. Until
    then the window takes no input, so nothing can ask the services early. A damaged file
    gets the same offer as at any start: restore the newest sound backup."""

    def __init__(
        self, args: argparse.Namespace, look: FirstLook, services: Services, language: str
    ) -> None:
        self.args = args
        self.look = look
        self.services = services
        self.language = language
        self.quitting = False  # the user chose to stop at the damaged-file question
        self.mended = False
        self._damaged: StoreError | None = None  # found by the check on its worker thread
        self._error: BuurtDeskError | None = None
        self._check: threading.Thread | None = None
        self._opened: bool | None = None
        self._guard: QObject | None = None

    def hold_input(self, app: QApplication) -> None:
        """Keys and clicks wait until the database is open (a fraction of a second). Called
        at the first paint: before it there is nothing on screen to type into, and a filter
        of every event in Python would slow the paint."""
        if self._opened is not None or self._guard is not None:
            return
        self._guard = InputGuard(app)
        app.installEventFilter(self._guard)

    def _start_check(self) -> threading.Thread | None:
        """SQLite's check of every page; a server database has no file to check. The worker
        imports nothing: its code is loaded here, because the UI thread imports SQLAlchemy
        meanwhile, and a module imported by two threads at once can be seen half made."""
        from buurtdesk.store.damage_check import damage_of
        from buurtdesk.ui.common.collector import collect_on_ui_thread

        if self._check is None and self.look.path is not None:
            path = self.look.path.expanduser().absolute()

            def check() -> None:
                try:
                    self._damaged = damage_of(path)
                except BuurtDeskError as exc:
                    self._error = exc

            collect_on_ui_thread()
            self._check = threading.Thread(target=check, name="damage-check", daemon=True)
            self._check.start()
        return self._check

    def _damage(self) -> Damage | None:
        """The damage the check found, with the newest sound backup (read on this thread)."""
        if self._damaged is None or self.look.path is None:
            return None
        from buurtdesk.store.recovery import Damage, latest_good_backup

        path = self.look.path.expanduser().absolute()
        error, self._damaged = self._damaged, None
        return Damage(path=path, error=error, latest_good_backup=latest_good_backup(path))

    def _open_database(self) -> Database:
        check = self._start_check()
        if check is None:  # a shared server: opened (and migrated by one) the usual way
            return resolve_database(self.args)
        check.join()
        if self._error is not None:
            raise self._error
        damage = self._damage()
        if damage is not None:
            self._release_input()  # the question about the damaged file takes keys and clicks
            if not mend(damage, self.args, self.language):  # `finish` stops the app
                self.quitting = True
                raise StoreError.said("BuurtDesk stops; the damaged file has not been changed.")
            self.mended = True
        return resolve_database(self.args, checked=True)

    def finish(self, window: MainWindow) -> bool:
        """Open the database (once); False when it could not be, and the app is stopping."""
        if self._opened is None:
            self._opened = self._finish(window)
        return self._opened

    def _finish(self, window: MainWindow) -> bool:
        from PySide6.QtWidgets import QApplication

        self._start_check()
        import buurtdesk.services.overview  # noqa: F401 - SQLAlchemy and the models load while the check runs
        import buurtdesk.store.opening  # noqa: F401

        try:
            self.services.open(self._open_database())
        except BuurtDeskError as exc:
            if not self.quitting:
                window.hide()
                refuse(exc, self.args, self.language)
            QApplication.exit(2)
            return False
        finally:
            self._release_input()
        if self.mended:  # the overview on screen came from the damaged file
            window.load_councils()
        return True

    def _release_input(self) -> None:
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if self._guard is not None and app is not None:
            app.removeEventFilter(self._guard)
            self._guard.deleteLater()
            self._guard = None


def _input_guard_class() -> type[QObject]:
    from PySide6.QtCore import QEvent, QObject

    held = {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.Shortcut,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
    }

    class InputGuard(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
            return event.type() in held

    return InputGuard


def InputGuard(parent: QObject) -> QObject:  # noqa: N802 - reads as the class it makes
    return _input_guard_class()(parent)


def can_ask(args: argparse.Namespace) -> bool:
    """A dialog only for a person at a screen: not for scripts nor headless runs."""
    from PySide6.QtGui import QGuiApplication

    return (
        not getattr(args, "exit_after_startup", False)
        and QGuiApplication.platformName() != "offscreen"
    )


def take_writer_lock(args: argparse.Namespace) -> tuple[WriterLock | None, bool]:
    """One writer per file: (the lock, False) when this app may write, (None, True) when
    another BuurtDesk holds the file or its folder is read-only: then it opens read-only."""
    from buurtdesk.store.lock import WriterLock

    path = database_path(args)
    if path is None:
        return None, False
    from buurtdesk.store.sqlite_file import is_read_only_file

    if is_read_only_file(path):  # made read-only by its owner: looked at, never written
        return None, True
    lock = WriterLock(path)
    try:
        if lock.acquire():
            return lock, False
    except BuurtDeskError:
        if not path.exists():
            raise
    return None, True


def mend_damaged_file(args: argparse.Namespace, language: str) -> bool:
    """A damaged file: say so, offer the newest sound backup, keep the damaged file aside.
    False when the user chose to quit (the file is then left exactly as it was)."""
    path = database_path(args)
    if path is None:  # a server database: no file to check
        return True
    from buurtdesk.store.recovery import diagnose

    damage = diagnose(path)
    return damage is None or mend(damage, args, language)


def mend(damage: Damage, args: argparse.Namespace, language: str) -> bool:
    from buurtdesk.store.recovery import recover

    print(damage.error.message(language), file=sys.stderr)
    if not can_ask(args):
        return False
    from buurtdesk.ui.safety.recovery import RecoveryChoice, RecoveryDialog

    dialog = RecoveryDialog(damage)
    dialog.exec()
    if dialog.choice == RecoveryChoice.QUIT:
        return False
    backup = damage.latest_good_backup
    use = (
        backup.path
        if backup is not None and dialog.choice == RecoveryChoice.RESTORE_BACKUP
        else None
    )
    recover(damage.path, use)
    return True


def start_daily_backup(services: Services) -> threading.Thread | None:
    """The automatic backup of the day, off the UI thread; at most one a day."""
    from buurtdesk.store.backup import daily_backup
    from buurtdesk.ui.common.collector import collect_on_ui_thread

    path = services.database_path
    if path is None or not services.is_open:  # never a backup of a file that did not open
        return None

    def work() -> None:
        try:
            daily_backup(path)
        except BuurtDeskError as exc:
            print(exc.message("nl"), file=sys.stderr)

    collect_on_ui_thread()
    thread = threading.Thread(target=work, name="daily-backup")
    thread.start()
    return thread
