"""Two and four BuurtDesks writing the same records at once, as real processes, on a SQLite
file and on a PostgreSQL server: every edit is stored or refused with a word, never lost.

The workers (shared_server_worker.py) start together on a signal file; the expectations are
exact (every number once, every paragraph's last version, every save based on its own
version) and do not depend on how the processes happen to interleave.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.store.opening import open_url

WORKER = Path(__file__).with_name("shared_server_worker.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def shared_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'gedeeld.db'}"
    else:
        yield request.getfixturevalue("postgres_url")


@pytest.fixture
def stage(shared_url: str) -> Iterator[dict[str, int]]:
    database = open_url(shared_url)
    services = Services.build(database, lambda: date(2026, 3, 10))
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 3, 12), topics=("Kermis",))
    item = next(i for i in services.meetings.get_meeting(meeting.id).items if i.title == "Kermis")
    services.meetings.set_notes(item.id, "\n\n".join(f"Alinea {p}: begin" for p in range(4)))
    yield {"council": council.id, "meeting": meeting.id, "item": item.id}
    database.dispose()


def run_workers(url: str, tmp_path: Path, jobs: list[list[str]]) -> list[dict[str, object]]:
    """Start every job as its own process, let them go at once, return their reports."""
    go = tmp_path / f"go-{len(list(tmp_path.glob('go-*')))}"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    processes = [
        subprocess.Popen(
            [sys.executable, str(WORKER), url, str(go), *job],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for job in jobs
    ]
    go.touch()
    reports = []
    for process in processes:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err[-2000:]
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def test_four_processes_take_fifty_decisions_each_numbered_once_without_gaps(
    shared_url: str, stage: dict[str, int], tmp_path: Path
) -> None:
    reports = run_workers(
        shared_url, tmp_path, [["decisions", str(stage["council"]), "50"] for _ in range(4)]
    )
    numbers = [n for report in reports for n in report["numbers"]]  # type: ignore[union-attr]
    assert sorted(numbers) == list(range(1, 201))
    for report in reports:  # each process got its own numbers in rising order
        own = report["numbers"]
        assert own == sorted(own)  # type: ignore[type-var]
    database = open_url(shared_url)
    try:
        decisions = Services.build(database).decisions.list_decisions(stage["council"])
        assert sorted(d.number.sequence for d in decisions) == list(range(1, 201))
    finally:
        database.dispose()


@pytest.mark.parametrize("writers", [2, 4])
def test_notes_typed_in_several_windows_at_once_keep_every_paragraph(
    shared_url: str, stage: dict[str, int], tmp_path: Path, writers: int
) -> None:
    saves = 15
    reports = run_workers(
        shared_url,
        tmp_path,
        [["notes", str(stage["item"]), str(p), str(saves)] for p in range(writers)],
    )
    expected = "\n\n".join(
        f"Alinea {p}: versie {saves}" if p < writers else f"Alinea {p}: begin" for p in range(4)
    )
    database = open_url(shared_url)
    try:
        services = Services.build(database)
        item = next(
            i
            for i in services.meetings.get_meeting(stage["meeting"]).items
            if i.id == stage["item"]
        )
        assert item.notes == expected
    finally:
        database.dispose()
    # the last writer's own view is the stored text once everybody is done
    assert expected in [report["last"] for report in reports]


@pytest.mark.parametrize("writers", [2, 4])
def test_an_agenda_item_renamed_in_several_windows_never_loses_a_save_silently(
    shared_url: str, stage: dict[str, int], tmp_path: Path, writers: int
) -> None:
    per_writer = 10
    reports = run_workers(
        shared_url,
        tmp_path,
        [["rename", str(stage["item"]), f"schrijver{w}", str(per_writer)] for w in range(writers)],
    )
    saves = [tuple(s) for report in reports for s in report["saves"]]  # type: ignore[union-attr]
    # every "saved" was made on the version its writer had seen, and each version once
    assert all(after == seen + 1 for seen, after in saves)
    seen_versions = sorted(seen for seen, _after in saves)
    first = seen_versions[0]
    assert seen_versions == list(range(first, first + writers * per_writer))
    database = open_url(shared_url)
    try:
        item = next(
            i
            for i in Services.build(database).meetings.get_meeting(stage["meeting"]).items
            if i.id == stage["item"]
        )
        assert item.version == first + writers * per_writer
        assert item.title in {f"schrijver{w} {per_writer}" for w in range(writers)}
    finally:
        database.dispose()


def test_four_first_starts_on_a_new_server_database_migrate_once(
    postgres_url: str, tmp_path: Path
) -> None:
    reports = run_workers(postgres_url, tmp_path, [["open"] for _ in range(4)])
    assert [r["kind"] for r in reports] == ["open"] * 4
    database = open_url(postgres_url)
    try:
        from buurtdesk.store import migrate

        assert migrate.current_revision(database) == migrate.head_revision()
        with database.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    finally:
        database.dispose()
