"""The meeting as it really happened, through the services: attendance states and roles,
guests who own actions, the chair and the minute-taker, sub-items and breaks, confidential
items and decisions, the honest close, and the bad input the issue names."""

from __future__ import annotations

from datetime import date, time

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
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.meeting_rules import item_numbers, surname_key
from buurtdesk.services import Services
from buurtdesk.services.meetings.attendance import ChairNotPresent
from buurtdesk.services.meetings.template import TemplateItem, default_template


@pytest.fixture
def council(services: Services):
    council = services.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
    people = {}
    for name, role in (
        ("Truus de Vries", MembershipRole.MEMBER),
        ("Anna Maas", MembershipRole.CHAIR),
        ("Karel van der Berg", MembershipRole.MEMBER),
        ("Wim Hermans", MembershipRole.VICE_CHAIR),
        ("Jeroen Theunissen", MembershipRole.MINUTE_TAKER),
        ("Olaf Driessen", MembershipRole.TREASURER),
    ):
        person = services.councils.add_person(name)
        services.councils.add_member(council.id, person.id, role, since=date(2025, 1, 1))
        people[name] = person.id
    return council, people


def test_before_the_meeting_nobody_is_absent_and_the_list_is_in_role_order(services, council):
    c, people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10))
    detail = services.meetings.get_meeting(meeting.id)
    assert {a.status for a in detail.attendance} == {AttendanceStatus.UNKNOWN}
    assert [a.name for a in detail.attendance] == [
        "Anna Maas",  # voorzitter
        "Wim Hermans",  # vicevoorzitter
        "Olaf Driessen",  # penningmeester
        "Jeroen Theunissen",  # notulist
        "Karel van der Berg",  # members by surname: Berg, Vries
        "Truus de Vries",
    ]
    assert (detail.present_count, detail.member_count) == (0, 6)
    assert detail.chair is not None and detail.chair.name == "Anna Maas"
    assert detail.minute_taker is not None and detail.minute_taker.name == "Jeroen Theunissen"


def test_an_apology_before_the_meeting_and_the_vice_chair_in_the_chair(services, council):
    c, people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10))
    attendance = services.meetings.attendance
    assert attendance.record_apology(meeting.id, people["Anna Maas"]) == AttendanceStatus.UNKNOWN
    detail = services.meetings.get_meeting(meeting.id)
    assert detail.chair is not None and detail.chair.name == "Wim Hermans"
    # A person cannot be both present and apologised.
    services.meetings.set_attendance(meeting.id, people["Wim Hermans"], AttendanceStatus.PRESENT)
    with pytest.raises(RuleViolation) as refused:
        attendance.record_apology(meeting.id, people["Wim Hermans"])
    assert refused.value.dutch.count(".") == 1 and "aanwezig" in refused.value.dutch
    assert services.meetings.get_meeting(meeting.id).attendance[1].status == (
        AttendanceStatus.PRESENT
    )
    # A chair who is not present is asked about once (the screen asks, then insists).
    with pytest.raises(ChairNotPresent):
        attendance.set_chair(meeting.id, people["Anna Maas"])
    assert attendance.set_chair(meeting.id, people["Anna Maas"], even_if_not_present=True) is None
    assert services.meetings.get_meeting(meeting.id).chair.name == "Anna Maas"


def test_a_guest_with_organisation_and_function_can_own_an_action(services, council):
    c, people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10))
    with pytest.raises(InvalidInput) as refused:
        services.meetings.attendance.add_guest(meeting.id, "  ", "Woonwenz")
    assert "naam" in refused.value.dutch
    guest = services.meetings.attendance.add_guest(
        meeting.id, "Sanne Hendriks", "Woonwenz", "bewonersconsulent"
    )
    assert (guest.organisation, guest.function, guest.status) == (
        "Woonwenz",
        "bewonersconsulent",
        AttendanceStatus.GUEST,
    )
    action = services.actions.add_action(
        c.id, "Inloopavond organiseren", owner_person_id=guest.person_id, meeting_id=meeting.id
    )
    assert action.owner_name == "Sanne Hendriks"
    detail = services.meetings.get_meeting(meeting.id)
    assert detail.attendance[-1].name == "Sanne Hendriks" and not detail.attendance[-1].is_member
    # The organisation is known now (it can own action points too).
    assert "Woonwenz" in {o.name for o in services.councils.list_organisations()}
    # The same guest next time is the same person.
    later = services.meetings.plan_meeting(c.id, date(2026, 4, 14))
    again = services.meetings.attendance.add_guest(later.id, "sanne hendriks", "Woonwenz")
    assert again.person_id == guest.person_id


def test_sub_items_breaks_and_their_numbers(services, council):
    c, _people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10), topics=("Verkeer",))
    detail = services.meetings.get_meeting(meeting.id)
    first = detail.items[0]
    with pytest.raises(InvalidInput) as refused:
        services.meetings.set_item_level(first.id, 1)
    assert "subpunt" in refused.value.dutch.lower()
    topic = next(i for i in detail.items if i.title == "Verkeer")
    sub = services.meetings.add_item(meeting.id, "Drempels", position=topic.position + 1)
    assert services.meetings.set_item_level(sub.id, 1) == 0
    services.meetings.add_item(
        meeting.id, "Pauze", kind=AgendaItemKind.BREAK, position=sub.position + 1
    )
    numbers = [(i.number, i.title) for i in services.meetings.get_meeting(meeting.id).items]
    assert numbers[5:9] == [("6", "Verkeer"), ("6a", "Drempels"), ("", "Pauze"), ("7", "Rondvraag")]
    assert item_numbers(
        [(0, AgendaItemKind.TOPIC), (1, AgendaItemKind.TOPIC), (1, AgendaItemKind.TOPIC)]
    ) == ["1", "1a", "1b"]
    assert surname_key("Karel van der Berg") < surname_key("Truus de Vries")


def test_the_council_template_is_its_own(services, council):
    c, _people = council
    template = services.meetings.template
    assert template.items(c.id) == default_template()
    mine = [
        TemplateItem(AgendaItemKind.OPENING, "Opening", 5),
        TemplateItem(AgendaItemKind.TOPIC, "Gemeente info", 15),
        TemplateItem(AgendaItemKind.TOPIC, "Ingekomen en uitgegane stukken", 10),
        TemplateItem(AgendaItemKind.BREAK, "Pauze", 15),
        TemplateItem(AgendaItemKind.TOPIC, "Verkeer", 15),
        TemplateItem(AgendaItemKind.TOPIC, "Veiligheid", 10, level=1),
        TemplateItem(AgendaItemKind.CLOSING, "Sluiting", 5),
    ]
    before = template.set_items(c.id, mine)
    assert before == default_template()
    with pytest.raises(InvalidInput):
        template.set_items(c.id, [TemplateItem(AgendaItemKind.TOPIC, "Los", 5, level=1)])
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10), topics=("Speeltuin",))
    items = services.meetings.get_meeting(meeting.id).items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Opening"),
        ("2", "Gemeente info"),
        ("3", "Ingekomen en uitgegane stukken"),
        ("", "Pauze"),
        ("4", "Verkeer"),
        ("4a", "Veiligheid"),
        ("5", "Speeltuin"),
        ("6", "Sluiting"),
    ]
    template.set_items(c.id, before)
    assert template.items(c.id) == default_template()


def test_an_honest_close_and_its_undo(services, council):
    c, people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10))
    services.meetings.closing.open(meeting.id, at=time(19, 34))
    action = services.actions.add_action(c.id, "Oud actiepunt")
    closing = services.meetings.closing
    with pytest.raises(InvalidInput) as refused:
        closing.close(meeting.id, date(2026, 3, 1))
    assert "na" in refused.value.dutch and refused.value.dutch.count(".") == 1
    assert services.meetings.get_summary(meeting.id).status == MeetingStatus.IN_PROGRESS
    done = closing.close(meeting.id, None, closed_at=time(21, 40))
    detail = services.meetings.get_meeting(meeting.id)
    assert detail.next_meeting is None and not detail.next_meeting_agreed
    assert (detail.meeting.opened_at, detail.meeting.closed_at) == (time(19, 34), time(21, 40))
    assert len(services.meetings.list_meetings(c.id)) == 1, "nothing invented"
    assert [a.id for a, _p in detail.reviewed_actions] == [action.id]
    closing.undo_close(done)
    summary = services.meetings.get_summary(meeting.id)
    assert (summary.status, summary.minutes_state, summary.closed_at) == (
        MeetingStatus.IN_PROGRESS,
        None,
        None,
    )
    assert services.actions.history(action.id) == []
    agreed = closing.close(
        meeting.id, date(2026, 4, 14), closed_at=time(21, 45), place="Wijkcentrum"
    )
    assert agreed.next_meeting is not None and agreed.created_next
    nxt = services.meetings.get_meeting(meeting.id).next_meeting
    assert (nxt.date, nxt.place, nxt.start_time) == (date(2026, 4, 14), "Wijkcentrum", time(19, 30))
    reopened = closing.reopen(meeting.id)
    assert services.meetings.get_summary(meeting.id).minutes_state is None
    closing.undo_reopen(reopened)
    assert services.meetings.get_summary(meeting.id).minutes_state == MinutesState.DRAFT
    closing.undo_close(agreed)
    assert len(services.meetings.list_meetings(c.id)) == 1, "the planned next meeting went too"
    assert services.actions.get_action(action.id).status == ActionStatus.OPEN


def test_an_agreed_date_moves_the_planned_next_meeting(services, council):
    c, _people = council
    first = services.meetings.plan_meeting(c.id, date(2026, 3, 10))
    planned = services.meetings.plan_meeting(c.id, date(2026, 4, 7))
    done = services.meetings.closing.close(first.id, date(2026, 4, 9))
    assert done.next_meeting.id == planned.id and not done.created_next
    assert services.meetings.get_summary(planned.id).date == date(2026, 4, 9)
    services.meetings.closing.undo_close(done)
    assert services.meetings.get_summary(planned.id).date == date(2026, 4, 7)


def test_besloten_and_vertrouwelijk(services, council):
    c, _people = council
    meeting = services.meetings.plan_meeting(c.id, date(2026, 3, 10), topics=("Buurtpand",))
    services.meetings.update_meeting(meeting.id, closed_session=True)
    item = next(
        i for i in services.meetings.get_meeting(meeting.id).items if i.title == "Buurtpand"
    )
    services.meetings.update_item(item.id, is_private=True)
    services.meetings.set_notes(item.id, "Onderhandelingspositie.")
    detail = services.meetings.get_meeting(meeting.id)
    assert detail.meeting.closed_session
    shown = next(i for i in detail.items if i.id == item.id)
    assert shown.confidential and shown.notes == "Onderhandelingspositie.", "notes are kept"

    decision = services.decisions.record_decision(
        c.id, "Het pand wordt gekocht.", meeting_id=meeting.id, item_id=item.id
    )
    assert services.decisions.set_confidential(decision.id, True) is False
    shown_decision = services.meetings.get_meeting(meeting.id).decisions[0]
    assert shown_decision.confidential
    removed = services.decisions.delete_decision(decision.id)
    assert services.decisions.restore_decision(removed).confidential, "undo keeps the flag"
