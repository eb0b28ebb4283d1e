"""The first screen at start is read with plain sqlite3 (services.first_look) before the
services are open: it must show exactly what the overview service shows, and step aside
(None) for every file the usual opening has to handle first."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.first_look import first_look

ROOT = Path(__file__).resolve().parents[2]
DAYS = [date(2026, 11, 23), date(2026, 3, 10), date(2019, 6, 1), date(2031, 1, 1)]


def _path(services: Services) -> Path:
    path = services.database_path
    assert path is not None
    return path


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_first_look_is_the_overview_of_every_council(
    demo_services: Services, today: date
) -> None:
    services = Services.build(demo_services.database, lambda: today)
    councils = services.councils.list_councils()
    assert len(councils) >= 2
    for council in councils:
        look = first_look(_path(services), council.id, today)
        assert look is not None
        assert list(look.councils) == councils
        assert look.overview == services.overview.overview(council.id), council.name


def test_the_demo_overview_has_every_kind_of_figure(demo_services: Services) -> None:
    """So that the comparison above compares something: meetings, actions, money, decisions."""
    today = date(2026, 11, 23)
    looks = [
        first_look(_path(demo_services), c.id, today)
        for c in demo_services.councils.list_councils()
    ]
    overviews = [look.overview for look in looks if look is not None and look.overview is not None]
    assert any(
        o.next_meeting is not None and o.next_meeting.start_time is not None for o in overviews
    )
    assert any(o.overdue_actions > 0 for o in overviews)
    assert any(o.budget_spent > Money(0) for o in overviews)
    assert any(o.current_phase is not None for o in overviews)
    assert any(d.amount is not None for o in overviews for d in o.latest_decisions)
    assert any(d.meeting_date is not None for o in overviews for d in o.latest_decisions)


def test_a_new_council_and_an_unknown_remembered_one(services: Services) -> None:
    empty = first_look(_path(services), None, date(2026, 3, 10))
    assert empty is not None and empty.councils == () and empty.overview is None
    steyl = services.councils.create_council(
        "Dorpsraad Steyl", CouncilKind.DORPSRAAD, municipality="Venlo"
    )
    services.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG)
    look = first_look(
        _path(services), 9999, date(2026, 3, 10)
    )  # a council remembered from another file
    assert look is not None and look.overview is not None
    assert look.overview.council == steyl  # the first by name, as the picker shows it
    assert look.overview == services.overview.overview(steyl.id)


def _old_release(path: Path) -> None:
    shutil.copyfile(ROOT / "tests" / "data" / "buurtdesk-0001.db", path)


def _another_sqlite_file(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recepten (naam TEXT)")
    conn.commit()
    conn.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"\x00garbage" * 4096)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _missing(path: Path) -> None:
    path.unlink()


@pytest.mark.parametrize(
    "spoil",
    [_old_release, _another_sqlite_file, _garbage, _empty, _missing],
    ids=lambda f: f.__name__.strip("_"),
)
def test_files_that_must_be_opened_the_usual_way_get_no_first_look(tmp_path: Path, spoil) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "buurtdesk.db"
    path.write_bytes(b"")
    spoil(path)
    before = path.read_bytes() if path.exists() else None
    assert first_look(path, None, date(2026, 3, 10)) is None
    assert (
        path.read_bytes() if path.exists() else None
    ) == before  # not a byte changed, nothing made
