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
_print = builtins.print
# The database code, and the services' full catalogue of views (its dataclasses take ~15 ms to create).
DATABASE_CODE = ("sqlalchemy", "alembic", "buurtdesk.store.models", "buurtdesk.services.base", "buurtdesk.services.views")
# Meeting mode's window and its parts (~50 ms of imports) load when a meeting is first started.
LATER = DATABASE_CODE + ("buurtdesk.ui.meeting_mode.window",)

def spy(*args, **kwargs):
    if args and str(args[0]).startswith("startup_ms="):
        _print("at_first_paint=" + json.dumps(sorted(m for m in LATER if m in sys.modules)), flush=True)
    _print(*args, **kwargs)

builtins.print = spy
from buurtdesk.cli import main
code = main(sys.argv[1:])
_print("at_exit=" + json.dumps(sorted(m for m in DATABASE_CODE if m in sys.modules)), flush=True)
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
