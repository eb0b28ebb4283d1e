"""Shared fixtures: every test gets its own migrated database; no real user folders are touched."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

# Set before anything imports Qt or platformdirs: headless Qt, and user folders in a sandbox.
# Every temporary file of the run goes into the sandbox too (pytest's tmp_path, the app's
# PDF previews, the programs the tests start, through TMPDIR), and the sandbox is removed
# when the run ends: a test run leaves no folders behind. BUURTDESK_KEEP_TEST_FILES=1 keeps it.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_SANDBOX = Path(tempfile.mkdtemp(prefix="buurtdesk-tests-"))
for _var in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_var] = str(_SANDBOX / _var.lower())
os.environ["BUURTDESK_NO_USER_FOLDERS"] = "1"
(_SANDBOX / "tmp").mkdir()
os.environ["TMPDIR"] = tempfile.tempdir = str(_SANDBOX / "tmp")

import pytest  # noqa: E402

from buurtdesk.services import Services  # noqa: E402
from buurtdesk.store.database import Database  # noqa: E402
from buurtdesk.store.opening import open_sqlite  # noqa: E402

# PostgreSQL for any test folder: `any_services` / `any_database` run a test on SQLite and on
# a real server started on loopback; `postgres_database` only on the server (skipped, with the
# reason, when no server can start). See tests/postgres/postgres_backends.py.
sys.path.insert(0, str(Path(__file__).parent / "postgres"))
from postgres_backends import (  # noqa: E402,F401
    any_database,
    any_services,
    postgres_database,
    postgres_server,
    postgres_url,
)

TODAY = date(2026, 3, 10)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """The run is over (pytest has cleaned up its own folders): the sandbox goes too."""
    if os.environ.get("BUURTDESK_KEEP_TEST_FILES") != "1":
        # multiprocessing keeps a folder of its own in the sandbox and would remove it at
        # exit, after the sandbox is gone (a traceback below the summary): let it go first.
        multiprocessing_util = sys.modules.get("multiprocessing.util")
        if multiprocessing_util is not None:
            multiprocessing_util._run_finalizers()
        shutil.rmtree(_SANDBOX, ignore_errors=True)


@pytest.fixture(autouse=True)
def _undo_stacks_emptied() -> Iterator[None]:
    """The undo stacks of a test's screens are emptied when it ends (tests/ui/undo_stacks.py)."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        import undo_stacks

        undo_stacks.empty_all()


class FixedClock:
    """A clock the test can move: services ask it for today's date."""

    def __init__(self, today: date = TODAY) -> None:
        self.today = today

    def __call__(self) -> date:
        return self.today


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "buurtdesk.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly migrated database per run; each test gets its own copy of the file."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_sqlite(path)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def database(db_path: Path, migrated_template: Path) -> Iterator[Database]:
    shutil.copyfile(migrated_template, db_path)
    db_path.chmod(0o600)
    db = open_sqlite(db_path)
    yield db
    db.dispose()


@pytest.fixture
def services(database: Database, clock: FixedClock) -> Services:
    return Services.build(database, clock)


DEMO_DAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small demo database, built once per run (as on 2026-11-23); tests get copies."""
    from buurtdesk.demo.builder import build_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    db = open_sqlite(path)
    build_demo(Services.build(db, lambda: DEMO_DAY), today=DEMO_DAY)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def demo_services(tmp_path: Path, demo_template: Path) -> Iterator[Services]:
    """Services on a private copy of the demo database, with today fixed at 2026-11-23."""
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    path.chmod(0o600)
    db = open_sqlite(path)
    yield Services.build(db, lambda: DEMO_DAY)
    db.dispose()


# The longest tests first: on several cores (./dev test runs one worker per core) they start
# while the many short ones fill the other workers, so no worker is left with a long tail.
LONGEST_FIRST = (
    "tests/ui/test_real_settings.py",
    "tests/tooling/test_leftovers.py",
    "tests/ui/test_screens_for_everyone.py",
    "tests/ui/test_preferences.py",
    "tests/robustness/test_packages.py",
    "tests/robustness/test_kill.py",
    "tests/postgres/",
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    def rank(item: pytest.Item) -> int:
        where = item.nodeid
        for place, start in enumerate(LONGEST_FIRST):
            if where.startswith(start):
                return place
        return 0 if item.get_closest_marker("slow") else len(LONGEST_FIRST)

    items.sort(key=rank)  # stable: the order within each group stays as collected


@pytest.fixture(autouse=True)
def _windows_go_with_their_test() -> Iterator[None]:
    """Every window a test left open is deleted by Qt when the test ends. Left to Python's
    collector instead, a window would be destroyed later, in the middle of another test,
    by shiboken from inside a collection (where Qt's own clean-up can crash the process)."""
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for window in app.topLevelWidgets():
        if window.parent() is None:
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
