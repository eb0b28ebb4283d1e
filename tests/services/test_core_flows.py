"""The core flows as a chair lives them: council, meeting from the template, capture, close, carry."""

from __future__ import annotations

from datetime import date

import pytest

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CouncilKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
)
from buurtdesk.domain.errors import InvalidInput, NotFound, RuleViolation
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services import Services


@pytest.fixture
def council(services: Services) -> dict[str, int]:
    c = services.councils.create_council(
        "Wijkoverleg Klingerberg",
        CouncilKind.WIJKOVERLEG,
        municipality="Venlo",
        default_place="Buurthuis",
    )
    chair = services.councils.add_person(
        "Anna de Vries", email="anna@voorbeeld.nl", phone="06-12345678"
    )
    secretary = services.councils.add_person("Bram Janssen")
    services.councils.add_member(c.id, chair.id, MembershipRole.CHAIR)
    services.councils.add_member(c.id, secretary.id, MembershipRole.SECRETARY)
    return {"council": c.id, "chair": chair.id, "secretary": secretary.id}


def test_a_meeting_starts_from_the_template_with_members_invited(
    services: Services, council: dict[str, int]
) -> None:
    meeting = services.meetings.plan_meeting(
        council["council"], date(2026, 3, 17), topics=("Groen in de wijk",)
    )
    detail = services.meetings.get_meeting(meeting.id)
    kinds = [i.kind for i in detail.items]
    assert kinds == [
        AgendaItemKind.OPENING,
        AgendaItemKind.AGENDA,
        AgendaItemKind.PREVIOUS_MINUTES,
        AgendaItemKind.ACTION_LIST,
        AgendaItemKind.ANNOUNCEMENTS,
        AgendaItemKind.TOPIC,
        AgendaItemKind.ANY_OTHER_BUSINESS,
        AgendaItemKind.CLOSING,
    ]
    assert detail.items[5].title == "Groen in de wijk"
    assert [i.position for i in detail.items] == list(range(1, 9))
    assert detail.meeting.place == "Buurthuis"
    assert {a.name for a in detail.attendance} == {"Anna de Vries", "Bram Janssen"}


def test_the_template_pulls_in_the_open_action_points(
    services: Services, council: dict[str, int]
) -> None:
    cid = council["council"]
    first = services.meetings.plan_meeting(cid, date(2026, 2, 10))
    services.actions.add_action(
        cid, "Bankjes navragen", owner_person_id=council["chair"], meeting_id=first.id
    )
    services.meetings.close_meeting(first.id)
    second = services.meetings.list_meetings(cid)[-1]
    reviewed = services.meetings.get_meeting(second.id).reviewed_actions
    assert [a.title for a, _ in reviewed] == ["Bankjes navragen"]


def test_capture_during_a_meeting(services: Services, council: dict[str, int]) -> None:
    cid = council["council"]
    meeting = services.meetings.plan_meeting(cid, date(2026, 3, 17))
    services.meetings.start_meeting(meeting.id)
    item = services.meetings.get_meeting(meeting.id).items[4]
    services.meetings.set_attendance(meeting.id, council["chair"], AttendanceStatus.PRESENT)
    services.meetings.set_attendance(meeting.id, council["secretary"], AttendanceStatus.APOLOGIES)
    services.meetings.add_guest(meeting.id, "Karin Smeets", "Woonstichting Maasoever")
    services.meetings.set_notes(item.id, "De wijkagent vertelt over de inbraken.")
    decision = services.decisions.record_decision(
        cid,
        "Een brief sturen aan de gemeente.",
        meeting_id=meeting.id,
        item_id=item.id,
        votes=(7, 1, 2),
    )
    action = services.actions.add_action(
        cid,
        "Brief opstellen",
        owner_person_id=council["secretary"],
        due_date=date(2026, 4, 1),
        meeting_id=meeting.id,
        item_id=item.id,
    )
    detail = services.meetings.get_meeting(meeting.id)
    assert detail.meeting.status == MeetingStatus.IN_PROGRESS
    assert detail.items[4].notes == "De wijkagent vertelt over de inbraken."
    assert {(a.name, a.status) for a in detail.attendance} == {
        ("Anna de Vries", AttendanceStatus.PRESENT),
        ("Bram Janssen", AttendanceStatus.APOLOGIES),
        ("Karin Smeets", AttendanceStatus.GUEST),
    }
    assert str(decision.number) == "2026-001" and (
        decision.votes_for,
        decision.votes_against,
        decision.votes_abstain,
    ) == (7, 1, 2)
    assert [a.id for a in detail.new_actions] == [action.id]
    assert detail.new_actions[0].owner_name == "Bram Janssen"


def test_decisions_are_numbered_per_council_per_year(
    services: Services, council: dict[str, int]
) -> None:
    cid = council["council"]
    other = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    numbers = [
        str(services.decisions.record_decision(cid, "a", decided_on=date(2025, 12, 1)).number),
        str(services.decisions.record_decision(cid, "b", decided_on=date(2026, 1, 5)).number),
        str(services.decisions.record_decision(other, "c", decided_on=date(2026, 1, 6)).number),
        str(services.decisions.record_decision(cid, "d", decided_on=date(2026, 1, 7)).number),
    ]
    assert numbers == ["2025-001", "2026-001", "2026-001", "2026-002"]
    assert services.decisions.find(cid, DecisionNumber(2026, 2)).text == "d"
    with pytest.raises(InvalidInput):
        services.decisions.record_decision(
            cid, "e", decided_on=date(2026, 2, 1), number=DecisionNumber(2026, 2)
        )
    with pytest.raises(NotFound):
        services.decisions.find(cid, DecisionNumber(2026, 99))


def test_closing_carries_open_actions_with_their_history(
    services: Services, council: dict[str, int]
) -> None:
    cid = council["council"]
    m1 = services.meetings.plan_meeting(cid, date(2026, 1, 13))
    keep = services.actions.add_action(
        cid, "Speeltuin laten keuren", owner_person_id=council["chair"], meeting_id=m1.id
    )
    finish = services.actions.add_action(
        cid, "Zaal reserveren", owner_person_id=council["secretary"], meeting_id=m1.id
    )
    m2 = services.meetings.close_meeting(m1.id)  # no meeting was planned: one is made
    assert m2.date == date(2026, 2, 10) and m2.status == MeetingStatus.PLANNED
    services.actions.review(keep.id, m2.id, ActionStatus.IN_PROGRESS, "Keuring aangevraagd.")
    services.actions.review(finish.id, m2.id, ActionStatus.DONE, "Zaal is vastgelegd.")
    m3 = services.meetings.close_meeting(m2.id)
    m4 = services.meetings.close_meeting(m3.id)  # not discussed in m3: still carried
    history = services.actions.history(keep.id)
    assert [(h.meeting_id, h.note) for h in history] == [
        (m2.id, "Keuring aangevraagd."),
        (m3.id, ""),
    ]
    view = services.actions.get_action(keep.id)
    assert (
        view.times_carried == 2
        and view.last_progress == "Keuring aangevraagd."
        and view.status == ActionStatus.IN_PROGRESS
    )
    assert services.actions.get_action(finish.id).closed_on == date(2026, 2, 10)
    open_in_m4 = [a.title for a, _ in services.meetings.get_meeting(m4.id).reviewed_actions]
    assert open_in_m4 == ["Speeltuin laten keuren"]
    assert services.meetings.get_meeting(m1.id).meeting.minutes_state == MinutesState.DRAFT


def test_adopted_minutes_are_read_only(services: Services, council: dict[str, int]) -> None:
    cid = council["council"]
    m1 = services.meetings.plan_meeting(cid, date(2026, 1, 13))
    item = services.meetings.get_meeting(m1.id).items[0]
    m2 = services.meetings.close_meeting(m1.id)
    services.meetings.adopt_minutes(m1.id, m2.id, "Naam van de gast gecorrigeerd.")
    detail = services.meetings.get_meeting(m1.id)
    assert (
        detail.meeting.minutes_state == MinutesState.ADOPTED
        and detail.meeting.minutes_adopted_on == m2.date
    )
    assert detail.minutes_amendments == "Naam van de gast gecorrigeerd."
    with pytest.raises(RuleViolation):
        services.meetings.set_notes(item.id, "later veranderd")
    with pytest.raises(RuleViolation):
        services.decisions.record_decision(cid, "te laat", meeting_id=m1.id)
    with pytest.raises(RuleViolation):
        services.meetings.adopt_minutes(m1.id, m2.id)


def test_agenda_items_move_and_come_back_after_removal(
    services: Services, council: dict[str, int]
) -> None:
    cid = council["council"]
    meeting = services.meetings.plan_meeting(cid, date(2026, 3, 17))
    topic = services.meetings.add_item(meeting.id, "Verkeer", planned_minutes=20)
    twin = services.meetings.add_item(
        meeting.id, "Verkeer", planned_minutes=5
    )  # the same title is fine
    services.decisions.record_decision(
        cid, "Drempels vragen", meeting_id=meeting.id, item_id=topic.id
    )
    titles = [i.title for i in services.meetings.move_item(twin.id, 1)]
    assert titles[0] == "Verkeer" and titles.count("Verkeer") == 2
    assert services.meetings.decisions_on_item(topic.id) == 1
    removed = services.meetings.remove_item(topic.id)
    assert len(services.meetings.get_meeting(meeting.id).items) == 8
    restored = services.meetings.restore_item(removed)
    detail = services.meetings.get_meeting(meeting.id)
    assert [i.position for i in detail.items] == list(range(1, 10))
    assert restored.uuid == topic.uuid
    assert services.decisions.list_decisions(cid)[0].agenda_item_id == restored.id


def test_a_huge_paste_is_stored_whole(services: Services, council: dict[str, int]) -> None:
    meeting = services.meetings.plan_meeting(council["council"], date(2026, 3, 17))
    item = services.meetings.get_meeting(meeting.id).items[4]
    text = ("Heel lange notitie met ë, ü en 🌳. " * 1600)[:50_000]
    services.meetings.set_notes(item.id, text)
    assert services.meetings.get_meeting(meeting.id).items[4].notes == text


def test_wrong_input_gets_one_clear_sentence(services: Services, council: dict[str, int]) -> None:
    with pytest.raises(InvalidInput, match="Vul een naam in"):
        services.councils.add_person("   ")
    with pytest.raises(InvalidInput, match="eindtijd"):
        from datetime import time

        services.meetings.plan_meeting(
            council["council"], date(2026, 3, 1), start_time=time(21, 0), end_time=time(19, 0)
        )
    with pytest.raises(NotFound, match="Vergadering 999 bestaat niet"):
        services.meetings.get_meeting(999)
    with pytest.raises(InvalidInput, match="drie aantallen"):
        services.decisions.record_decision(council["council"], "x", votes=(1, -1, 0))


def test_overview_counts_open_and_overdue(services: Services, council: dict[str, int]) -> None:
    cid = council["council"]
    services.actions.add_action(cid, "Te laat", due_date=date(2026, 3, 1))
    services.actions.add_action(cid, "Op tijd", due_date=date(2026, 4, 1))
    done = services.actions.add_action(cid, "Klaar", due_date=date(2026, 2, 1))
    services.actions.update_action(done.id, status=ActionStatus.DONE)
    services.meetings.plan_meeting(cid, date(2026, 3, 24), topics=("Verkeer",))
    overview = services.overview.overview(cid)
    assert (overview.open_actions, overview.overdue_actions) == (2, 1)
    assert overview.next_meeting is not None and overview.next_meeting.date == date(2026, 3, 24)
    assert overview.next_meeting_agenda_ready


def test_decision_numbers_come_from_the_council_years_counter(
    services: Services, council: dict[str, int]
) -> None:
    """One place gives numbers: consecutive, an undone last one is given again, a number
    given by hand or brought by a package is never given twice."""
    from sqlalchemy import insert

    from buurtdesk.store.models import Decision

    cid = council["council"]
    record = services.decisions.record_decision
    first = record(cid, "eerste", decided_on=date(2026, 5, 1))
    second = record(cid, "tweede", decided_on=date(2026, 5, 2))
    assert [str(first.number), str(second.number)] == ["2026-001", "2026-002"]
    services.decisions.delete_decision(second.id)
    assert str(record(cid, "opnieuw", decided_on=date(2026, 5, 2)).number) == "2026-002"
    by_hand = record(
        cid, "met de hand", decided_on=date(2026, 6, 1), number=DecisionNumber(2026, 10)
    )
    assert str(by_hand.number) == "2026-010"
    assert str(record(cid, "daarna", decided_on=date(2026, 6, 2)).number) == "2026-011"
    with services.database.sessions.begin() as s:  # as an import writes it: past the counter
        s.execute(
            insert(Decision).values(
                uuid="00000000-0000-4000-8000-000000000020",
                council_id=cid,
                year=2026,
                sequence=20,
                text="uit een pakket",
                decided_on=date(2026, 7, 1),
                version=1,
                withdrawn=False,
            )
        )
    assert str(record(cid, "na het pakket", decided_on=date(2026, 7, 2)).number) == "2026-021"
    assert str(record(cid, "volgend jaar", decided_on=date(2027, 1, 5)).number) == "2027-001"
