"""The core of a council's work, the same on a SQLite file and on a shared PostgreSQL server."""

from __future__ import annotations

from datetime import date

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
)
from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.database import Database
from buurtdesk.store.models import Base


def _a_model(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Tables made by migrations on purpose without a model (SQLite's search index) are skipped."""
    if type_ == "table" and reflected and compare_to is None and name is not None:
        return not (name.startswith("search_") or name.endswith("_fts") or "_fts_" in name)
    return True


def test_the_schema_matches_the_models_after_the_migrations(any_database: Database) -> None:
    assert migrate.current_revision(any_database) == migrate.head_revision()
    with any_database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _a_model}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def _council(services: Services) -> tuple[int, int, int]:
    council = services.councils.create_council(
        "Dorpsraad Steyl", CouncilKind.DORPSRAAD, default_place="Gemeenschapshuis"
    )
    chair = services.councils.add_person("Ria Hendriks")
    member = services.councils.add_person("Sjaak Peeters")
    services.councils.add_member(council.id, chair.id, MembershipRole.CHAIR)
    services.councils.add_member(council.id, member.id, MembershipRole.MEMBER)
    return council.id, chair.id, member.id


def test_a_meeting_is_planned_run_and_closed_with_its_actions_carried_over(
    any_services: Services,
) -> None:
    services = any_services
    council_id, chair_id, member_id = _council(services)
    meeting = services.meetings.plan_meeting(council_id, date(2026, 3, 12), topics=("Speeltuin",))
    detail = services.meetings.get_meeting(meeting.id)
    assert [i.title for i in detail.items][:4] == [
        "Opening",
        "Vaststellen agenda",
        "Verslag vorige vergadering",
        "Actielijst",
    ]
    assert "Speeltuin" in [i.title for i in detail.items]
    assert {a.person_id for a in detail.attendance} == {chair_id, member_id}
    assert detail.meeting.place == "Gemeenschapshuis"

    services.meetings.start_meeting(meeting.id)
    services.meetings.set_attendance(meeting.id, chair_id, AttendanceStatus.PRESENT)
    services.meetings.set_attendance(meeting.id, member_id, AttendanceStatus.APOLOGIES)
    playground = next(i for i in detail.items if i.title == "Speeltuin")
    services.meetings.set_notes(
        playground.id, "De speeltuin krijgt een nieuw hek. Kosten € 1.200,– ‘offerte’ volgt."
    )
    first = services.decisions.record_decision(
        council_id, "Hek plaatsen", meeting_id=meeting.id, item_id=playground.id, votes=(6, 0, 1)
    )
    second = services.decisions.record_decision(
        council_id, "Offerte opvragen", meeting_id=meeting.id
    )
    later = services.decisions.record_decision(
        council_id, "Nieuw jaar", decided_on=date(2027, 1, 15)
    )
    assert (str(first.number), str(second.number), str(later.number)) == (
        "2026-001",
        "2026-002",
        "2027-001",
    )
    fence = services.actions.add_action(
        council_id,
        "Offerte hek",
        owner_person_id=member_id,
        due_date=date(2026, 4, 1),
        meeting_id=meeting.id,
    )
    old = services.actions.add_action(council_id, "Bankje repareren", owner_person_id=chair_id)
    services.actions.review(old.id, meeting.id, ActionStatus.IN_PROGRESS, "Gemeente is gebeld")

    following = services.meetings.close_meeting(meeting.id)
    closed = services.meetings.get_summary(meeting.id)
    assert closed.status == MeetingStatus.CLOSED and closed.minutes_state == MinutesState.DRAFT
    assert following.date == date(2026, 4, 9)
    minutes = services.meetings.get_meeting(meeting.id)
    assert next(i for i in minutes.items if i.title == "Speeltuin").notes.startswith(
        "De speeltuin krijgt"
    )
    assert [a.title for a in minutes.new_actions] == ["Offerte hek"]
    assert [(v.title, p.note if p else None) for v, p in minutes.reviewed_actions] == [
        ("Bankje repareren", "Gemeente is gebeld")
    ]

    next_list = services.meetings.get_meeting(following.id).reviewed_actions
    assert {v.title for v, _ in next_list} == {"Offerte hek", "Bankje repareren"}
    assert services.actions.get_action(old.id).times_carried >= 1
    services.actions.review(fence.id, following.id, ActionStatus.DONE, "Offerte binnen")
    assert [a.title for a in services.actions.open_actions(council_id)] == ["Bankje repareren"]


def test_adopted_minutes_stay_as_they_were(any_services: Services) -> None:
    services = any_services
    council_id, _, _ = _council(services)
    meeting = services.meetings.plan_meeting(council_id, date(2026, 3, 12))
    following = services.meetings.close_meeting(meeting.id)
    services.meetings.adopt_minutes(meeting.id, following.id, "Spelfout in punt 3 hersteld")
    item = services.meetings.get_meeting(meeting.id).items[0]
    try:
        services.meetings.set_notes(item.id, "Later toegevoegd")
    except Exception as exc:  # RuleViolation, one sentence
        assert "vastgesteld" in str(exc)
    else:  # pragma: no cover
        raise AssertionError("adopted minutes were changed")
    assert services.meetings.get_meeting(meeting.id).items[0].notes == ""
