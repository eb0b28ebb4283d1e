"""The composition root: find the database, open it, build the services and the window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.paths import default_database_path, demo_database_path, resources_folder

PROCESS_STARTED = time.perf_counter()


def _message(error: BuurtDeskError, language: str) -> str:
    return error.message(language)


def _resolve_database(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Open the database the user asked for; build the demo when --demo finds none."""
    from buurtdesk.store.opening import open_sqlite, open_url

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
        return open_sqlite(path)
    return open_sqlite(Path(args.db) if getattr(args, "db", None) else default_database_path())


def install_translator(app, language: str):  # type: ignore[no-untyped-def]
    """Dutch is the default; English is the source language of the code."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator(app)
    if language != "en":
        translator.load(str(resources_folder() / "translations" / f"buurtdesk_{language}.qm"))
    app.installTranslator(translator)
    return translator


def build_window(services, language: str = "nl", settings=None):  # type: ignore[no-untyped-def]
    """The main window with every section; tests call this with their own services."""
    from PySide6.QtGui import QUndoStack

    from buurtdesk.ui.main_window import MainWindow
    from buurtdesk.ui.section import Context

    context = Context(services=services, undo_stack=QUndoStack())
    window = MainWindow(context, extra_sections=section_factories(), settings=settings)
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
    try:
        database = _resolve_database(args)
    except BuurtDeskError as exc:
        print(_message(exc, language), file=sys.stderr)
        return 2

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from buurtdesk.services import Services
    from buurtdesk.ui.style import apply_style

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("BuurtDesk")
    app.setOrganizationName("BuurtDesk")
    settings = QSettings()
    language = getattr(args, "lang", None) or str(settings.value("language", language))
    install_translator(app, language)
    apply_style(app, float(settings.value("text_scale", 1.0)))
    services = Services.build(database)
    window = build_window(services, language, settings)
    if getattr(args, "exit_after_startup", False):
        def report() -> None:
            elapsed = (time.perf_counter() - PROCESS_STARTED) * 1000
            print(f"startup_ms={elapsed:.0f}", flush=True)
            QTimer.singleShot(0, app.quit)

        window.overview.painted_with_data.connect(report)
        QTimer.singleShot(60_000, app.quit)  # never hang a script
    window.resize(1366, 768)
    window.show()
    code = app.exec()
    database.dispose()
    return int(code)
