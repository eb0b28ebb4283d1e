"""The composition root: find the database, open it, build the services and the window."""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from buurtdesk.domain.errors import BuurtDeskError

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from buurtdesk.services import Services
    from buurtdesk.services.first_look import FirstLook
    from buurtdesk.ui.main_window import MainWindow, SectionFactory

PROCESS_STARTED = time.perf_counter()
BACKUP_DELAY_MS = 1500  # the automatic backup of the day starts this long after the window


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
    `Opening.finish` opens the database (the one point where the services get it), then the
    other sections, the fallback fonts and the day's backup."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from buurtdesk.app.module_scan import read_fewer_modules

    read_fewer_modules()
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
    from buurtdesk.app import opening
    from buurtdesk.services import Services

    try:
        lock, read_only = opening.take_writer_lock(args)
        look = None if read_only else opening.first_look_at(args, settings)
        pending = None
        if look is not None:  # the usual start: paint the overview now, open the database after it
            services = Services.opening(look.path)
            pending = opening.Opening(args, look, services, language)
        else:
            if not read_only and not opening.mend_damaged_file(args, language):
                return 2
            services = Services.build(
                opening.resolve_database(args, read_only=read_only, checked=not read_only)
            )
    except BuurtDeskError as exc:
        return opening.refuse(exc, args, language)

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
    if pending is not None:  # from the first paint until the database is open
        window.overview.painted_with_data.connect(lambda: pending.hold_input(app))

    def after_first_paint() -> None:
        if pending is not None and not pending.finish(window):
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
            try:
                print(f"{figure}={started[figure]:.0f}", flush=True)
            except OSError:  # a script read the first figure and closed the pipe (`| head -1`):
                # what is left goes nowhere, and Python's own flush at the exit succeeds
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            QTimer.singleShot(0, quit_once_open)

        def quit_once_open() -> None:  # the database is opened (and checked) before the quit, too
            if len(started) == 2 and (pending is None or pending.finish(window)):
                app.quit()

        window.overview.painted_with_data.connect(lambda: report("startup_ms"))
        window.sections_ready.connect(lambda: report("ready_ms"))
        QTimer.singleShot(60_000, app.quit)  # never hang a script
    backup_threads: list[threading.Thread | None] = []
    if not read_only:  # after the first paint, so the backup never slows the start
        QTimer.singleShot(
            BACKUP_DELAY_MS, lambda: backup_threads.append(opening.start_daily_backup(services))
        )
    _fit_to_screen(app, window)
    window.show()
    code = app.exec()
    from buurtdesk.ui.common.undo import let_go

    let_go(preferences.window.context.undo_stack)
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
