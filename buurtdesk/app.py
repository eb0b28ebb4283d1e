"""The composition root: find the database, open it, build the services and the window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.paths import default_database_path, demo_database_path

if TYPE_CHECKING:
    from PySide6.QtCore import QObject, QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from buurtdesk.services import Services
    from buurtdesk.services.first_look import FirstLook
    from buurtdesk.store.database import Database
    from buurtdesk.store.lock import WriterLock
    from buurtdesk.store.recovery import Damage
    from buurtdesk.ui.main_window import MainWindow, SectionFactory

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


def _resolve_database(
    args: argparse.Namespace, *, read_only: bool = False, checked: bool = False
) -> Database:
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
            from buurtdesk.demo.builder import build_demo
            from buurtdesk.services import Services

            database = open_sqlite(path)
            build_demo(Services.build(database))
            return database
        return open_sqlite(path, checked=checked)
    return open_sqlite(
        Path(args.db) if getattr(args, "db", None) else default_database_path(), checked=checked
    )


def resolve_language(args: argparse.Namespace, settings: QSettings | None = None) -> str:
    """The language of the screens, decided once at start: --lang, else the preference, else
    BUURTDESK_LANG, else Dutch."""
    chosen = getattr(args, "lang", None)
    if not chosen and settings is not None:
        chosen = str(settings.value("language", "") or "")
    chosen = chosen or os.environ.get("BUURTDESK_LANG") or "nl"
    return chosen if chosen in ("nl", "en") else "nl"


def install_translator(app: QApplication, language: str) -> QTranslator:
    """Dutch is the default; English is the source language of the code. Returns the
    translator installed (an empty one for English), so a caller can remove it again."""
    from PySide6.QtCore import QTranslator

    from buurtdesk.ui.common.language import install_language

    return install_language(app, language) or QTranslator(app)


def build_window(
    services: Services,
    settings: QSettings | None = None,
    *,
    read_only: bool = False,
    sections_later: bool = False,
    first_look: FirstLook | None = None,
) -> MainWindow:
    """The main window with every section; tests call this with their own services.

    With `sections_later` only the overview is built at once; the caller adds the other
    sections once it is on screen (`window.add_sections_later(section_factories)`): the app
    starts that way. `first_look` (services.first_look): the councils and the overview read
    at start, painted before the services are open.
    """
    from buurtdesk.ui.common.section import Context
    from buurtdesk.ui.common.undo import UndoStack
    from buurtdesk.ui.main_window import MainWindow

    context = Context(services=services, undo_stack=UndoStack(), read_only=read_only)
    window = MainWindow(
        context,
        extra_sections=[] if sections_later else section_factories(),
        settings=settings,
        first_look=first_look,
        menus_later=sections_later,
    )
    context.undo_stack.setParent(window)
    return window


def section_factories() -> list[SectionFactory]:
    """The sections after the overview, in sidebar order; each capability adds its own."""
    factories: list[SectionFactory] = []
    import importlib

    for module_name, class_name in (
        ("buurtdesk.ui.meetings.section", "MeetingsSection"),
        ("buurtdesk.ui.registers.actions", "ActionsSection"),
        ("buurtdesk.ui.registers.decisions", "DecisionsSection"),
        ("buurtdesk.ui.cycle.section", "ToekomstagendaSection"),
        ("buurtdesk.ui.budget.section", "BudgetSection"),
        ("buurtdesk.ui.registers.people", "PeopleSection"),
        ("buurtdesk.ui.municipality.section", "MunicipalitySection"),
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
    """Start the app. The order is explicit: settings and language, the writer lock, the first
    look at the file, the window painted from it, and right after the first paint
    `_Opening.finish` opens the database (the one point where the services get it), then the
    other sections, the fallback fonts and the day's backup."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("BuurtDesk")
    app.setOrganizationName("BuurtDesk")
    settings = QSettings()
    shared_server = str(settings.value("database_url", "") or "")
    if shared_server and not (
        getattr(args, "db", None)
        or getattr(args, "database_url", None)
        or getattr(args, "demo", False)
    ):
        args.database_url = shared_server  # the preference "Gedeelde server"
    language = resolve_language(args, settings)
    install_translator(app, language)
    from buurtdesk.services import Services

    try:
        lock, read_only = _take_writer_lock(args)
        look = None if read_only else _first_look(args, settings)
        opening = None
        if look is not None:  # the usual start: paint the overview now, open the database after it
            services = Services.opening(look.path)
            opening = _Opening(args, look, services, language)
        else:
            if not read_only and not _mend_damaged_file(args, language):
                return 2
            services = Services.build(
                _resolve_database(args, read_only=read_only, checked=not read_only)
            )
    except BuurtDeskError as exc:
        return _refuse(exc, args, language)

    from buurtdesk.ui.common.style import apply_style, apply_theme, load_fallback_fonts
    from buurtdesk.ui.preferences import Preferences, PreferencesController

    chosen = Preferences.load(settings)
    apply_style(app, chosen.text_percent / 100)
    apply_theme(app, chosen.theme)
    window = build_window(
        services, settings, read_only=read_only, sections_later=True, first_look=look
    )
    preferences = PreferencesController(
        app,
        settings,
        lambda: build_window(services, settings, read_only=read_only),
        window,
    )
    if opening is not None:
        opening.hold_input(app)

    def after_first_paint() -> None:
        if opening is not None and not opening.finish(window):
            return
        window.add_sections_later(section_factories)
        load_fallback_fonts()
        if getattr(args, "import_file", None) is not None:  # a .buurtdesk file from the desktop
            QTimer.singleShot(0, lambda: window.exchange_menu.open_import(args.import_file))

    _after_first_paint(window, after_first_paint)
    if getattr(args, "exit_after_startup", False):
        started: dict[str, float] = {}  # startup_ms: the overview painted; ready_ms: every section

        def report(figure: str) -> None:
            if figure in started:
                return
            started[figure] = (time.perf_counter() - PROCESS_STARTED) * 1000
            print(f"{figure}={started[figure]:.0f}", flush=True)
            QTimer.singleShot(0, quit_once_open)

        def quit_once_open() -> None:  # the database is opened (and checked) before the quit, too
            if len(started) == 2 and (opening is None or opening.finish(window)):
                app.quit()

        window.overview.painted_with_data.connect(lambda: report("startup_ms"))
        window.sections_ready.connect(lambda: report("ready_ms"))
        QTimer.singleShot(60_000, app.quit)  # never hang a script
    backup_threads: list[threading.Thread | None] = []
    if not read_only:  # after the first paint, so the backup never slows the start
        QTimer.singleShot(
            BACKUP_DELAY_MS, lambda: backup_threads.append(_start_daily_backup(services))
        )
    _fit_to_screen(app, window)
    window.show()
    code = app.exec()
    del preferences
    for thread in backup_threads:
        if thread is not None:
            thread.join()
    if services.is_open:
        services.database.dispose()
    if lock is not None:
        lock.release()
    return int(code)


def _fit_to_screen(app: QApplication, window: MainWindow) -> None:
    """1366×768, or the part of the screen there is when it is smaller (a 1280-wide laptop)."""
    size = [1366, 768]
    screen = app.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        size = [min(size[0], free.width()), min(size[1], free.height())]
    window.resize(*size)


def _after_first_paint(window: MainWindow, work: Callable[[], object]) -> None:
    """Run `work` once the overview is on screen (at once when there is nothing to paint)."""
    from PySide6.QtCore import QTimer

    if window.council_id is None:
        QTimer.singleShot(0, work)
    else:
        window.overview.painted_with_data.connect(lambda: QTimer.singleShot(0, work))


def _refuse(error: BuurtDeskError, args: argparse.Namespace, language: str) -> int:
    print(_message(error, language), file=sys.stderr)
    if _can_ask(args):
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "BuurtDesk", _message(error, language))
    return 2


def _first_look(args: argparse.Namespace, settings: QSettings) -> FirstLook | None:
    """The councils and the remembered council's overview, read with plain sqlite3, or None
    when the database must be opened (or made, migrated, mended) the usual way first."""
    from datetime import date

    from buurtdesk.services.first_look import first_look

    path = _database_path(args)
    if path is None:
        return None
    try:
        remembered = int(str(settings.value("council_id", 0) or 0))
    except (TypeError, ValueError):
        remembered = 0
    return first_look(path.expanduser().absolute(), remembered or None, date.today())


class _Opening:
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
        self._damage: Damage | None = None
        self._error: BuurtDeskError | None = None
        self._check: threading.Thread | None = None
        self._opened: bool | None = None
        self._guard: QObject | None = None

    def hold_input(self, app: QApplication) -> None:
        """Keys and clicks wait until the database is open (a fraction of a second)."""
        self._guard = _InputGuard(app)
        app.installEventFilter(self._guard)

    def _start_check(self) -> threading.Thread:
        from buurtdesk.ui.common.collector import collect_on_ui_thread

        if self._check is None:
            collect_on_ui_thread()
            self._check = threading.Thread(target=self._diagnose, name="damage-check", daemon=True)
            self._check.start()
        return self._check

    def _diagnose(self) -> None:
        from buurtdesk.store.recovery import diagnose

        try:
            self._damage = diagnose(self.look.path)
        except BuurtDeskError as exc:
            self._error = exc

    def _open_database(self) -> Database:
        from buurtdesk.domain.errors import StoreError

        self._start_check().join()
        if self._error is not None:
            raise self._error
        if self._damage is not None:
            damage, self._damage = self._damage, None
            if not _mend(damage, self.args, self.language):  # `finish` stops the app
                self.quitting = True
                raise StoreError(
                    "BuurtDesk stopt; het beschadigde bestand is niet veranderd.",
                    "BuurtDesk stops; the damaged file has not been changed.",
                )
            self.mended = True
        return _resolve_database(self.args, checked=True)

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
                _refuse(exc, self.args, self.language)
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


def _InputGuard(parent: QObject) -> QObject:  # noqa: N802 - reads as the class it makes
    return _input_guard_class()(parent)


def _can_ask(args: argparse.Namespace) -> bool:
    """A dialog only for a person at a screen: not for scripts nor headless runs."""
    from PySide6.QtGui import QGuiApplication

    return (
        not getattr(args, "exit_after_startup", False)
        and QGuiApplication.platformName() != "offscreen"
    )


def _take_writer_lock(args: argparse.Namespace) -> tuple[WriterLock | None, bool]:
    """One writer per file: (the lock, False) when this app may write, (None, True) when
    another BuurtDesk holds the file or its folder is read-only: then it opens read-only."""
    from buurtdesk.store.lock import WriterLock

    path = _database_path(args)
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


def _mend_damaged_file(args: argparse.Namespace, language: str) -> bool:
    """A damaged file: say so, offer the newest sound backup, keep the damaged file aside.
    False when the user chose to quit (the file is then left exactly as it was)."""
    from buurtdesk.store.recovery import diagnose

    path = _database_path(args)
    if path is None:
        return True
    damage = diagnose(path)
    return damage is None or _mend(damage, args, language)


def _mend(damage: Damage, args: argparse.Namespace, language: str) -> bool:
    from buurtdesk.store.recovery import recover

    print(damage.error.message(language), file=sys.stderr)
    if not _can_ask(args):
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


def _start_daily_backup(services: Services) -> threading.Thread | None:
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
