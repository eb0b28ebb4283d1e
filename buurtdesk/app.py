"""The composition root: find the database, open it, build the services and the window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.paths import default_database_path, demo_database_path

PROCESS_STARTED = time.perf_counter()
BACKUP_DELAY_MS = 1500  # the automatic backup of the day starts this long after the window


def _message(error: BuurtDeskError, language: str) -> str:
    return error.message(language)


def _database_path(args: argparse.Namespace) -> Path | None:
    """The SQLite file the app will open, or None for a server database."""
    if getattr(args, "database_url", None):
        return None
    if getattr(args, "demo", False) and getattr(args, "db", None) is None:
        return demo_database_path()
    return Path(args.db) if getattr(args, "db", None) else default_database_path()


def _resolve_database(args: argparse.Namespace, *, read_only: bool = False, checked: bool = False):  # type: ignore[no-untyped-def]
    """Open the database the user asked for; build the demo when --demo finds none.
    `checked`: the damaged-file check has just read every page; do not read them again."""
    from buurtdesk.store.opening import open_sqlite, open_sqlite_read_only, open_url

    path = _database_path(args)
    if read_only and path is not None:
        return open_sqlite_read_only(path)
    if getattr(args, "database_url", None):
        return open_url(args.database_url)
    if getattr(args, "demo", False) and getattr(args, "db", None) is None:
        path = demo_database_path()
        if not path.exists() or path.stat().st_size == 0:
            from buurtdesk.services import Services
            from buurtdesk.services.demo import build_demo

            database = open_sqlite(path)
            build_demo(Services.build(database))
            return database
        return open_sqlite(path, checked=checked)
    return open_sqlite(Path(args.db) if getattr(args, "db", None) else default_database_path(), checked=checked)


def install_translator(app, language: str):  # type: ignore[no-untyped-def]
    """Dutch is the default; English is the source language of the code. Returns the
    translator installed (an empty one for English), so a caller can remove it again."""
    from PySide6.QtCore import QTranslator

    from buurtdesk.ui.language import install_language

    return install_language(app, language) or QTranslator(app)


def build_window(services, language: str = "nl", settings=None, *, read_only: bool = False, sections_later: bool = False):  # type: ignore[no-untyped-def]
    """The main window with every section; tests call this with their own services.

    With `sections_later` only the overview is built at once and the other sections right
    after it is on screen: the app starts that way.
    """
    from PySide6.QtGui import QUndoStack

    from buurtdesk.ui.main_window import MainWindow
    from buurtdesk.ui.section import Context

    context = Context(services=services, undo_stack=QUndoStack(), read_only=read_only)
    window = MainWindow(context, extra_sections=[] if sections_later else section_factories(), settings=settings)
    if sections_later and window.council_id is None:
        window.add_sections_later(section_factories())  # nothing to paint on the overview yet
    elif sections_later:
        window.overview.painted_with_data.connect(lambda: window.add_sections_later(section_factories()))
    context.undo_stack.setParent(window)
    return window


def section_factories() -> list:  # type: ignore[type-arg]
    """The sections after the overview, in sidebar order; each capability adds its own."""
    factories: list = []  # type: ignore[type-arg]
    import importlib

    for module_name, class_name in (
        ("buurtdesk.ui.meetings", "MeetingsSection"),
        ("buurtdesk.ui.actions", "ActionsSection"),
        ("buurtdesk.ui.decisions", "DecisionsSection"),
        ("buurtdesk.ui.toekomstagenda", "ToekomstagendaSection"),
        ("buurtdesk.ui.budget", "BudgetSection"),
        ("buurtdesk.ui.people", "PeopleSection"),
    ):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        factories.append(getattr(module, class_name))
    return factories


def run(args: argparse.Namespace) -> int:
    language = getattr(args, "lang", None) or os.environ.get("BUURTDESK_LANG") or "nl"
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BuurtDesk")
    app.setOrganizationName("BuurtDesk")
    settings = QSettings()
    shared_server = str(settings.value("database_url", "") or "")
    if shared_server and not (getattr(args, "db", None) or getattr(args, "database_url", None) or getattr(args, "demo", False)):
        args.database_url = shared_server  # the preference "Gedeelde server"
    language = getattr(args, "lang", None) or str(settings.value("language", language))
    install_translator(app, language)
    try:
        lock, read_only = _take_writer_lock(args)
        if not read_only and not _mend_damaged_file(args):
            return 2
        database = _resolve_database(args, read_only=read_only, checked=not read_only)
    except BuurtDeskError as exc:
        print(_message(exc, language), file=sys.stderr)
        if _can_ask(args):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "BuurtDesk", _message(exc, language))
        return 2

    from buurtdesk.services import Services
    from buurtdesk.ui.preferences import Preferences, PreferencesController
    from buurtdesk.ui.style import apply_style, apply_theme

    chosen = Preferences.load(settings)
    apply_style(app, chosen.text_percent / 100)
    apply_theme(app, chosen.theme)
    services = Services.build(database)
    window = build_window(services, language, settings, read_only=read_only, sections_later=True)
    preferences = PreferencesController(
        app, settings, lambda: build_window(services, language, settings, read_only=read_only), window
    )
    backup_threads: list = []  # type: ignore[type-arg]
    if not read_only:  # after the first paint, so the backup never slows the start
        QTimer.singleShot(BACKUP_DELAY_MS, lambda: backup_threads.append(_start_daily_backup(database)))
    if getattr(args, "exit_after_startup", False):
        def report() -> None:
            elapsed = (time.perf_counter() - PROCESS_STARTED) * 1000
            print(f"startup_ms={elapsed:.0f}", flush=True)
            QTimer.singleShot(0, app.quit)

        window.overview.painted_with_data.connect(report)
        QTimer.singleShot(60_000, app.quit)  # never hang a script
    window.resize(1366, 768)
    window.show()
    if getattr(args, "import_file", None) is not None:  # a .buurtdesk file opened from the desktop
        QTimer.singleShot(0, lambda: window.exchange_menu.open_import(args.import_file))
    code = app.exec()
    del preferences
    for thread in backup_threads:
        if thread is not None:
            thread.join()
    database.dispose()
    if lock is not None:
        lock.release()
    return int(code)


def _can_ask(args: argparse.Namespace) -> bool:
    """A dialog only for a person at a screen: not for scripts nor headless runs."""
    from PySide6.QtGui import QGuiApplication

    return not getattr(args, "exit_after_startup", False) and QGuiApplication.platformName() != "offscreen"


def _take_writer_lock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """One writer per file: (the lock, False) when this app may write, (None, True) when
    another BuurtDesk holds the file or its folder is read-only: then it opens read-only."""
    from buurtdesk.store.lock import WriterLock

    path = _database_path(args)
    if path is None:
        return None, False
    lock = WriterLock(path)
    try:
        if lock.acquire():
            return lock, False
    except BuurtDeskError:
        if not path.exists():
            raise
    return None, True


def _mend_damaged_file(args: argparse.Namespace) -> bool:
    """A damaged file: say so, offer the newest sound backup, keep the damaged file aside.
    False when the user chose to quit (the file is then left exactly as it was)."""
    from buurtdesk.store.recovery import diagnose, recover

    path = _database_path(args)
    if path is None:
        return True
    damage = diagnose(path)
    if damage is None:
        return True
    print(damage.error.message("nl"), file=sys.stderr)
    if not _can_ask(args):
        return False
    from buurtdesk.ui.recovery_dialog import RecoveryChoice, RecoveryDialog

    dialog = RecoveryDialog(damage)
    dialog.exec()
    if dialog.choice == RecoveryChoice.QUIT:
        return False
    backup = damage.latest_good_backup
    use = backup.path if backup is not None and dialog.choice == RecoveryChoice.RESTORE_BACKUP else None
    recover(path, use)
    return True


def _start_daily_backup(database):  # type: ignore[no-untyped-def]
    """The automatic backup of the day, off the UI thread; at most one a day."""
    import threading

    from buurtdesk.store.backup import daily_backup

    if database.path is None:
        return None

    def work() -> None:
        try:
            daily_backup(database.path)
        except BuurtDeskError as exc:
            print(exc.message("nl"), file=sys.stderr)

    thread = threading.Thread(target=work, name="daily-backup")
    thread.start()
    return thread
