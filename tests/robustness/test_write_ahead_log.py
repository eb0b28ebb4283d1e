"""A -wal file beside the database is checked before SQLite replays it (issue 17, item 1):
a log from another database, or from an older copy of the same one, is refused with one
sentence and exit 2, set aside with a copy of the database, and the database keeps every byte;
the log a crash leaves behind is still replayed."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

from generated import make_database, one_sentence, run_cli

from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite


def _log_after(path: Path, change: Callable[[Services], object]) -> bytes:
    """The -wal a BuurtDesk leaves when it stops right after `change` (killed, no checkpoint)."""
    database = open_sqlite(path)
    change(Services.build(database, lambda: date(2026, 3, 10)))
    wal = Path(f"{path}-wal").read_bytes()
    database.dispose()
    return wal


def _names(path: Path) -> list[str]:
    ran = run_cli("list", "councils", "--db", str(path), "--json")
    assert ran.code == 0, ran
    import json

    return [c["name"] for c in json.loads(ran.out)]


def test_a_log_from_another_database_is_refused_and_kept_aside(tmp_path: Path) -> None:
    mine = make_database(tmp_path / "mijn" / "x.db")
    other = make_database(tmp_path / "ander" / "x.db", council="Dorpsraad Steyl")
    foreign = _log_after(
        other.path, lambda s: s.councils.update_council(other.council_id, name="Dorpsraad Anders")
    )
    Path(f"{mine.path}-wal").write_bytes(foreign)
    before = mine.path.read_bytes()
    for argv in (["check", "--db", str(mine.path)], ["backup", "--db", str(mine.path)]):
        ran = run_cli(*argv)
        if ran.code == 2:
            break
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert "-wal" in ran.err
    assert mine.path.read_bytes() == before
    assert not Path(f"{mine.path}-wal").exists()
    kept = list(mine.path.parent.glob("x.db.vreemd-logbestand-*"))
    assert sorted(p.name.endswith("-wal") for p in kept) == [False, True], "both kept aside"
    assert _names(mine.path) == ["Wijkoverleg Klingerberg"]  # the next start: its own data
    assert not (mine.path.parent / "backups").exists() or all(
        b.stat().st_size for b in (mine.path.parent / "backups").iterdir()
    )


def test_a_log_from_an_older_copy_of_the_same_database_is_refused(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    copy = tmp_path / "kopie" / "x.db"
    copy.parent.mkdir()
    shutil.copyfile(made.path, copy)
    database = open_sqlite(made.path)  # here the work goes on: the council is renamed twice
    services = Services.build(database, lambda: date(2026, 3, 10))
    services.councils.update_council(made.council_id, name="Wijkoverleg Klingerberg-Noord")
    services.councils.update_council(made.council_id, name="Wijkoverleg Klingerberg-Zuid")
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    stale = _log_after(
        copy, lambda s: s.councils.update_council(made.council_id, name="Wijkoverleg Oud")
    )
    Path(f"{made.path}-wal").write_bytes(stale)
    main_before = made.path.read_bytes()
    ran = run_cli("check", "--db", str(made.path))
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert made.path.read_bytes() == main_before  # byte for byte
    assert not Path(f"{made.path}-wal").exists()  # the stale log is set aside...
    assert _names(made.path) == ["Wijkoverleg Klingerberg-Zuid"]  # ...and nothing was lost


def test_the_log_a_crash_leaves_is_still_replayed(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    crashed = tmp_path / "na-crash" / "x.db"
    crashed.parent.mkdir()
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 10))
    services.councils.update_council(made.council_id, name="Wijkoverleg Nieuw")
    shutil.copyfile(made.path, crashed)  # the file and its log as a kill leaves them
    shutil.copyfile(Path(f"{made.path}-wal"), Path(f"{crashed}-wal"))
    database.dispose()
    ran = run_cli("check", "--db", str(crashed))
    assert ran.code == 0, ran
    assert _names(crashed) == ["Wijkoverleg Nieuw"]
    assert not list(crashed.parent.glob("*vreemd*"))


def test_the_apps_start_refuses_a_foreign_log_before_any_backup(tmp_path: Path) -> None:
    """The app looks at the file (recovery.diagnose) before it opens it or makes the day's
    backup: a foreign log stops the start with one sentence, and no backup holds its data."""
    import pytest

    from buurtdesk.domain.errors import StoreError
    from buurtdesk.services.first_look import first_look
    from buurtdesk.store.recovery import diagnose

    mine = make_database(tmp_path / "mijn" / "x.db")
    other = make_database(tmp_path / "ander" / "x.db", council="Dorpsraad Steyl")
    foreign = _log_after(
        other.path, lambda s: s.councils.update_council(other.council_id, name="Dorpsraad Anders")
    )
    Path(f"{mine.path}-wal").write_bytes(foreign)
    before = mine.path.read_bytes()
    assert first_look(mine.path, None, date(2026, 3, 10)) is None  # not painted from the log
    with pytest.raises(StoreError) as caught:
        diagnose(mine.path)
    assert "-wal" in caught.value.dutch and "\n" not in caught.value.dutch
    assert mine.path.read_bytes() == before
    assert not (mine.path.parent / "backups").exists()
    assert diagnose(mine.path) is None  # the next start: the file as it was, sound
