"""The demo's meeting as it really happened (Wijkoverleg Klingerberg): the voorzitter sent
apologies and the vicevoorzitter chaired, one more apology, one member absent without notice,
the wijkagent and the corporation's bewonersconsulent as guests (the consultant takes an action
point), a sub-item and a break; and an earlier meeting that closed without a next date."""

from __future__ import annotations

from datetime import date, time, timedelta

from buurtdesk.domain.enums import AgendaItemKind, AttendanceStatus
from buurtdesk.services import Services

# Index into the demo's people (see DemoBuilder._people): who does what in the showcase.
_THERE = (AttendanceStatus.PRESENT, AttendanceStatus.GUEST)
CHAIR, VICE_CHAIR, APOLOGISING, NO_NOTICE = 0, 3, 5, 6
WIJKAGENT = ("Ramon Peeters", "Politie Limburg-Noord, basisteam Venlo", "wijkagent")
CONSULTANT = ("Sanne Hendriks", "Woonstichting Maasoever", "bewonersconsulent")


def stage_real_meeting(s: Services, council_id: int, meeting_id: int, members: list[int]) -> None:
    """Make the meeting what the showcase needs; called before it closes."""
    meetings = s.meetings
    meetings.closing.open(meeting_id, at=time(19, 32))
    for index, person_id in enumerate(members):
        state = {
            CHAIR: AttendanceStatus.APOLOGIES,
            APOLOGISING: AttendanceStatus.APOLOGIES,
            NO_NOTICE: AttendanceStatus.ABSENT,
        }.get(index, AttendanceStatus.PRESENT)
        meetings.attendance.set_attendance(meeting_id, person_id, state)
    meetings.attendance.set_chair(meeting_id, members[VICE_CHAIR])
    meetings.attendance.add_guest(meeting_id, *WIJKAGENT)
    consultant = meetings.attendance.add_guest(meeting_id, *CONSULTANT)
    detail = meetings.get_meeting(meeting_id)
    # The notes speak of people who were there.
    away = [a.name for a in detail.attendance if a.status not in _THERE]
    speaker = next(a.name for a in detail.attendance if a.person_id == members[VICE_CHAIR])
    for item in detail.items:
        notes = item.notes
        for name in away:
            notes = notes.replace(name, speaker)
        if notes != item.notes:
            meetings.set_notes(item.id, notes)
    topic = next(i for i in detail.items if i.kind == AgendaItemKind.TOPIC)
    sub = meetings.add_item(
        meeting_id,
        "Renovatie Hoogstraat: planning van Maasoever",
        planned_minutes=15,
        position=topic.position + 1,
    )
    meetings.set_item_level(sub.id, 1)
    meetings.set_notes(
        sub.id,
        f"{CONSULTANT[0]} (Maasoever) licht de planning toe: de renovatie begint na de zomer, "
        "blok voor blok. Bewoners krijgen vooraf een huisbezoek.",
    )
    meetings.add_item(
        meeting_id,
        "Pauze",
        kind=AgendaItemKind.BREAK,
        planned_minutes=10,
        position=sub.position + 1,
    )
    s.actions.add_action(
        council_id,
        "Bewoners van de Hoogstraat uitnodigen voor de inloopavond over de renovatie",
        owner_person_id=consultant.person_id,
        due_date=detail.meeting.date + timedelta(days=21),
        meeting_id=meeting_id,
        item_id=sub.id,
    )
    announcements = next((i for i in detail.items if i.kind == AgendaItemKind.ANNOUNCEMENTS), None)
    if announcements is not None:
        meetings.set_notes(
            announcements.id,
            f"{WIJKAGENT[0]} (wijkagent) meldt minder woninginbraken dan vorig jaar; "
            "hij vraagt bewoners verdachte situaties te blijven melden via 112 of 0900-8844.",
        )


def close_showcase(s: Services, meeting_id: int, next_date: date | None) -> None:
    """Close at the time it really closed, with the next date agreed or not."""
    s.meetings.closing.close(meeting_id, next_date, closed_at=time(21, 41))
