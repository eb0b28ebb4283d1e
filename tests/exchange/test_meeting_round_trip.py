"""Done when: a meeting prepared on one laptop is run and closed on another, and comes back."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from exchange_samples import populate_council

from buurtdesk.domain.enums import ActionStatus, AttendanceStatus
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services


def _minutes(services: Services, meeting_uuid: str) -> dict[str, Any]:
    council = services.councils.list_councils()[0]
    meeting = next(m for m in services.meetings.list_meetings(council.id) if m.uuid == meeting_uuid)
    detail = services.meetings.get_meeting(meeting.id)
    return {
        "meeting": (
            detail.meeting.uuid,
            detail.meeting.date,
            detail.meeting.status,
            detail.meeting.minutes_state,
            detail.meeting.place,
        ),
        "items": [(i.uuid, i.position, i.title, i.notes, i.planned_minutes) for i in detail.items],
        "attendance": sorted((a.name, a.status) for a in detail.attendance),
        "decisions": [
            (str(d.number), d.text, d.votes_for, d.votes_against, d.votes_abstain)
            for d in detail.decisions
        ],
        "new actions": [
            (a.uuid, a.title, a.owner_name, a.due_date, a.status) for a in detail.new_actions
        ],
        "action list": [
            (a.uuid, a.title, a.status, p.note if p else None, p.status_after if p else None)
            for a, p in detail.reviewed_actions
        ],
    }


def _open_actions(services: Services) -> list[tuple[Any, ...]]:
    council = services.councils.list_councils()[0]
    return [
        (a.uuid, a.title, a.owner_name, a.due_date, a.status, a.times_carried)
        for a in services.actions.open_actions(council.id)
    ]


def _move(source: Services, target: Services, meeting_uuid: str, path: Path) -> None:
    council = source.councils.list_councils()[0]
    meeting = next(m for m in source.meetings.list_meetings(council.id) if m.uuid == meeting_uuid)
    write_package(source.database, path, meeting_id=meeting.id)
    plan = plan_import(target.database, path)
    assert not plan.conflicts, plan.describe()
    apply_import(target.database, path, plan)


def test_a_meeting_prepared_here_run_there_and_brought_back_is_the_same_on_both(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    # The community worker prepares the next meeting on laptop 1.
    prepared = services.meetings.add_item(
        ids["second"],
        "Speeltuin Kloosterstraat",
        planned_minutes=25,
        notes="Toelichting door Woonwenz",
    )
    meeting_uuid = services.meetings.get_summary(ids["second"]).uuid
    _move(services, second_services, meeting_uuid, tmp_path / "voorbereid.buurtdesk")

    # The chair runs it on laptop 2, which had nothing of this council before.
    chair = second_services
    council = chair.councils.list_councils()[0]
    meeting = next(m for m in chair.meetings.list_meetings(council.id) if m.uuid == meeting_uuid)
    detail = chair.meetings.get_meeting(meeting.id)
    assert any(
        i.title == "Speeltuin Kloosterstraat" and i.notes == "Toelichting door Woonwenz"
        for i in detail.items
    )
    assert {a.title for a, _ in detail.reviewed_actions} == {
        "Offerte bomen opvragen",
        "Flyer maken",
    }
    chair.meetings.start_meeting(meeting.id)
    anna = next(a for a in detail.attendance if a.name == "Anna de Vries")
    chair.meetings.set_attendance(meeting.id, anna.person_id or 0, AttendanceStatus.PRESENT)
    chair.meetings.add_guest(meeting.id, "Karin Smeets", "Woonwenz")
    playground = next(i for i in detail.items if i.uuid == prepared.uuid)
    chair.meetings.set_notes(playground.id, "Woonwenz betaalt het hek; de buurt regelt de opening.")
    decision = chair.decisions.record_decision(
        council.id,
        "Het hek wordt in mei geplaatst.",
        meeting_id=meeting.id,
        item_id=playground.id,
        votes=(9, 0, 0),
    )
    assert str(decision.number) == "2026-002"  # laptop 2 knew the register of 2026
    chair.actions.add_action(
        council.id, "Opening speeltuin organiseren", meeting_id=meeting.id, item_id=playground.id
    )
    for action, _ in detail.reviewed_actions:
        if action.title == "Flyer maken":
            chair.actions.review(
                action.id, meeting.id, ActionStatus.DONE, "Verspreid in de hele wijk"
            )
    chair.meetings.close_meeting(meeting.id)

    # The minutes and the action list go back to laptop 1.
    _move(second_services, services, meeting_uuid, tmp_path / "verslag.buurtdesk")
    assert _minutes(services, meeting_uuid) == _minutes(second_services, meeting_uuid)
    assert _open_actions(services) == _open_actions(second_services)
    back_home = _minutes(services, meeting_uuid)
    assert back_home["decisions"] == [("2026-002", "Het hek wordt in mei geplaatst.", 9, 0, 0)]
    assert ("Karin Smeets", AttendanceStatus.GUEST) in back_home["attendance"]
    assert [t for _, t, *_ in back_home["new actions"]] == ["Opening speeltuin organiseren"]
    assert {t: s for _, t, s, *_ in back_home["action list"]}["Flyer maken"] == ActionStatus.DONE

    # Sending it once more changes nothing on either side.
    assert plan_import(services.database, tmp_path / "verslag.buurtdesk").is_empty
    again = tmp_path / "nogmaals.buurtdesk"
    write_package(services.database, again, meeting_id=ids["second"])
    assert plan_import(second_services.database, again).is_empty
