"""Heavy modules load when first used, never at start: the first window comes before them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite

app = QApplication([])
services = Services.build(open_sqlite(Path(sys.argv[1])))
window = build_window(services)
window.show()
app.processEvents()
heavy = ("reportlab", "openpyxl", "pypdf", "pikepdf", "icalendar", "buurtdesk.documents", "buurtdesk.exchange", "alembic")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(heavy))))
"""


def test_the_fast_schema_check_agrees_with_alembic() -> None:
    from buurtdesk.store import migrate
    from buurtdesk.store.sqlite_file import head_from_files as _head_from_files

    assert _head_from_files() == migrate.head_revision()


def test_building_the_main_window_imports_no_pdf_spreadsheet_exchange_or_migration_code(
    tmp_path: Path,
) -> None:
    """On a database that is up to date (the usual start), Alembic is not loaded either."""
    from buurtdesk.domain.enums import CouncilKind
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite

    database = open_sqlite(tmp_path / "buurtdesk.db")
    Services.build(database).councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    database.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "buurtdesk.db")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    loaded = json.loads(result.stdout.strip().splitlines()[-1])
    assert loaded == [], f"imported at start: {loaded}"


APP_PROBE = """
import builtins, json, sys
from pathlib import Path
_print = builtins.print
# The database code, and the services' full catalogue of views (its dataclasses take ~15 ms to create).
DATABASE_CODE = ("sqlalchemy", "alembic", "buurtdesk.store.models", "buurtdesk.services.base", "buurtdesk.services.views")
# Meeting mode's window and its parts (~50 ms of imports) load when a meeting is first started.
# The command line's commands, the rows of lists (rows.py creates QStyle's enums), the dialogs'
# button descriptions (accessible.py: a table of Qt enums), the shared server's code,
# typing_extensions and Qt's print and SVG modules load after the first paint.
LATER = DATABASE_CODE + (
    "buurtdesk.ui.meeting_mode.window",
    "buurtdesk.cli.core",
    "buurtdesk.cli.pdf",
    "buurtdesk.cli.server",
    "buurtdesk.services.server_access",
    "buurtdesk.store.server_plain",
    "buurtdesk.ui.common.rows",
    "buurtdesk.ui.common.accessible",
    "typing_extensions",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
)

def spy(*args, **kwargs):
    if args and str(args[0]).startswith("startup_ms="):
        _print("at_first_paint=" + json.dumps(sorted(m for m in LATER if m in sys.modules)), flush=True)
    _print(*args, **kwargs)

builtins.print = spy
# A worker thread (the damage check) imports nothing: the UI thread imports SQLAlchemy
# meanwhile, and a module imported by two threads at once can be seen half made.
import threading
_import = builtins.__import__
worker_imports = []
def watching(name, *args, **kwargs):
    before = len(sys.modules)
    module = _import(name, *args, **kwargs)
    if threading.current_thread() is not threading.main_thread() and len(sys.modules) > before:
        worker_imports.append(name)
    return module
builtins.__import__ = watching
from buurtdesk.cli import main
code = main(sys.argv[1:])
builtins.__import__ = _import
_print("worker_imports=" + json.dumps(worker_imports), flush=True)
_print("at_exit=" + json.dumps(sorted(m for m in DATABASE_CODE if m in sys.modules)), flush=True)
# PySide6 reads the source of each module imported after it (linecache keeps what it read);
# the database code is answered without reading (app/module_scan.py).
import linecache
# (asyncio and email: parts of Python's library that SQLAlchemy loads)
read = {Path(f).parent.name for f in linecache.cache if ("/sqlalchemy/" in f or "/buurtdesk/" in f or "/asyncio/" in f or "/email/" in f) and not ("/ui/" in f or "/app/" in f)}
_print("read_by_pyside=" + json.dumps(sorted(read)), flush=True)
sys.exit(code)
"""


def test_the_app_paints_the_overview_before_the_database_code_loads(
    tmp_path: Path, demo_template: Path
) -> None:
    """The usual start reads the first screen with plain sqlite3 (services.first_look); SQLAlchemy
    and the models load after the paint, and the database is open before --exit-after-startup quits."""
    import shutil

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", APP_PROBE, "--db", str(path), "--exit-after-startup"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split("=", 1) for line in result.stdout.splitlines() if "=" in line)
    assert json.loads(lines["at_first_paint"]) == []
    assert json.loads(lines["at_exit"]) == [
        "buurtdesk.services.base",
        "buurtdesk.services.views",
        "buurtdesk.store.models",
        "sqlalchemy",
    ]
    assert int(lines["startup_ms"]) > 0
    assert json.loads(lines["read_by_pyside"]) == []
    assert json.loads(lines["worker_imports"]) == []


def test_pyside_is_told_without_reading_only_about_code_that_never_mentions_it() -> None:
    """app/module_scan.py answers PySide's "does this module mention PySide6?" with no for
    these packages without reading them: true only while none of their files mentions it."""
    import importlib.util

    from buurtdesk.app.module_scan import WITHOUT_QT

    mentioning = []
    for package in WITHOUT_QT:
        spec = importlib.util.find_spec(package)
        assert spec is not None and spec.origin is not None, package
        origin = Path(spec.origin)
        files = origin.parent.rglob("*.py") if origin.name == "__init__.py" else [origin]
        mentioning += [str(f) for f in files if b"PySide6" in f.read_bytes()]
    package_itself = Path(importlib.util.find_spec("buurtdesk").origin or "")  # type: ignore[union-attr]
    assert b"PySide6" not in package_itself.read_bytes()
    # Python's own library, as far as it is here
    import sysconfig

    library = Path(sysconfig.get_paths()["stdlib"])
    for name in sorted(sys.stdlib_module_names):
        single, package = library / f"{name}.py", library / name
        files = [single] if single.is_file() else package.rglob("*.py") if package.is_dir() else []
        mentioning += [str(f) for f in files if b"PySide6" in f.read_bytes()]
    assert mentioning == []
    assert mentioning == []
