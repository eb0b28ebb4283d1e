"""Every use case is one transaction: a composite use case (planning a session, moving a
round on, closing a meeting, a step on the ladder) commits whole or leaves nothing behind."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event, text

import buurtdesk.services
from buurtdesk.domain.enums import (
    CouncilKind,
    LadderStep,
    MeetingStatus,
    MembershipRole,
    PhaseKind,
)
from buurtdesk.domain.errors import StoreError
from buurtdesk.services import Services
from buurtdesk.store.database import Database

TABLES = ("meetings", "agenda_items", "attendance", "decisions", "phase_transitions")


@dataclass
class Round:
    council_id: int
    cycle_id: int
    anna: int
    themes: int


def _round(services: Services) -> Round:
    c = services.councils
    council = c.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG, municipality="Venlo")
    anna = c.add_person("Anna Jacobs").id
    c.add_member(council.id, anna, MembershipRole.CHAIR)
    c.add_member(council.id, c.add_person("Bert Peeters").id, MembershipRole.MEMBER)
    cycle = services.cycle.start_round(council.id)
    themes = services.vision.add_standard_themes(cycle.id)
    return Round(council.id, cycle.id, anna, len(themes))


@contextmanager
def transactions(database: Database) -> Iterator[list[int]]:
    """Counts the transactions begun on the database while the block runs."""
    begun: list[int] = []

    def on_begin(_connection: object) -> None:
        begun.append(1)

    event.listen(database.engine, "begin", on_begin)
    try:
        yield begun
    finally:
        event.remove(database.engine, "begin", on_begin)


def _counts(database: Database) -> dict[str, int]:
    with database.engine.connect() as conn:
        return {
            t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES
        }


def _fail_on_insert(database: Database, table: str, when: str) -> None:
    """The database refuses one row half way through (as a full disk would)."""
    with database.engine.begin() as conn:
        conn.execute(
            text(
                f"CREATE TRIGGER refuse BEFORE INSERT ON {table} WHEN {when} "
                "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
            )
        )


def test_preparing_a_session_is_one_transaction(services: Services, database: Database) -> None:
    r = _round(services)
    assert r.themes == 5  # before: 13 (the round, its overview, the plan, 8 items, 2 reads)
    with transactions(database) as begun:
        session = services.cycle.prepare_session(r.council_id, date(2026, 3, 17))
    assert len(begun) == 1
    assert sum(1 for i in session.items if i.theme_id is not None) == 5
    assert all(i.phase in (None, PhaseKind.VISION) for i in session.items)


def test_a_session_that_fails_half_way_leaves_nothing_behind(
    services: Services, database: Database
) -> None:
    r = _round(services)
    before = _counts(database)
    # The meeting, its standing items, its attendance and two theme items are written; the
    # third theme item is refused.
    _fail_on_insert(database, "agenda_items", "NEW.title LIKE 'Thema Ontmoeten%'")
    with pytest.raises(StoreError) as failed:
        services.cycle.prepare_session(r.council_id, date(2026, 3, 17))
    assert "niets opgeslagen" in failed.value.dutch or "schijf is vol" in failed.value.dutch
    assert _counts(database) == before
    assert services.meetings.list_meetings(r.council_id) == []


def test_moving_on_is_one_transaction(services: Services, database: Database) -> None:
    r = _round(services)
    with transactions(database) as begun:
        moved = services.cycle.move_on(r.cycle_id)
    assert len(begun) == 1
    assert moved.cycle.current_phase == PhaseKind.ROLES and moved.decision is not None


def test_closing_a_meeting_plans_the_next_in_the_same_transaction(
    services: Services, database: Database
) -> None:
    r = _round(services)
    meeting = services.meetings.plan_meeting(r.council_id, date(2026, 3, 17))
    with transactions(database) as begun:
        following = services.meetings.close_meeting(meeting.id)
    assert len(begun) == 1  # before: 4
    assert following.date == date(2026, 4, 14)

    # A second meeting whose following meeting cannot be written stays open, untouched.
    second = services.meetings.plan_meeting(r.council_id, date(2026, 5, 12))
    before = _counts(database)
    _fail_on_insert(database, "meetings", "NEW.date = '2026-06-09'")
    with pytest.raises(StoreError):
        services.meetings.close_meeting(second.id)
    assert _counts(database) == before
    assert services.meetings.get_summary(second.id).status != MeetingStatus.CLOSED


def test_a_core_group_meeting_is_one_transaction(services: Services, database: Database) -> None:
    r = _round(services)
    with transactions(database) as begun:
        prepared = services.projects.plan_core_group_meeting(r.council_id, date(2026, 3, 24))
    assert len(begun) == 1  # before: 3
    assert prepared.meeting.title.startswith("Kerngroep")


def test_a_step_on_the_ladder_and_its_undo_are_one_transaction_each(
    services: Services, database: Database
) -> None:
    r = _round(services)
    with transactions(database) as begun:
        view = services.roles.set_ladder_step(r.council_id, r.anna, LadderStep.INITIATOR)
    assert len(begun) == 1  # before: 3
    assert view.step == LadderStep.INITIATOR
    with transactions(database) as begun:
        services.roles.undo_ladder_step(r.council_id, r.anna)
    assert len(begun) == 1  # before: 2
    assert all(v.membership_id != view.membership_id for v in services.roles.ladder(r.council_id))


def test_a_projects_action_points_are_read_in_one_transaction(
    services: Services, database: Database
) -> None:
    r = _round(services)
    project = services.projects.create_project(r.cycle_id, "Bomen in de Kerkstraat").project
    action = services.actions.add_action(r.council_id, "Plantlijst", project_id=project.id)
    services.actions.add_action(r.council_id, "Buurt informeren")
    with transactions(database) as begun:
        found = services.projects.project_actions(project.id)
    assert len(begun) == 1  # before: 2
    assert [a.id for a in found] == [action.id]


def _composite_use_cases() -> list[str]:
    """Public service methods that open more than one unit, open one and call another public
    use case inside, or call more than one public use case (each then opens its own unit)."""
    root = Path(buurtdesk.services.__file__).parent
    shared = {"fetch", "today", "unit"}
    found = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for fn in cls.body:
                if not isinstance(fn, ast.FunctionDef) or fn.name.startswith("_"):
                    continue
                units, calls = 0, []
                for node in ast.walk(fn):
                    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                        continue
                    name, owner = node.func.attr, node.func.value
                    if name == "unit":
                        units += 1
                    elif name.startswith("_") or name in shared:
                        continue
                    elif isinstance(owner, ast.Name) and owner.id == "self":
                        calls.append(name)
                    elif (
                        isinstance(owner, ast.Attribute)
                        and isinstance(owner.value, ast.Name)
                        and owner.value.id == "self"
                    ):
                        calls.append(f"{owner.attr}.{name}")
                if units > 1 or (units and calls) or len(calls) > 1:
                    found.append(f"{path.relative_to(root)}: {cls.name}.{fn.name} calls {calls}")
    return found


def test_no_use_case_is_made_of_other_use_cases() -> None:
    """A use case built on others calls their session-taking forms (`_add_item(s, ...)`)."""
    assert _composite_use_cases() == []
