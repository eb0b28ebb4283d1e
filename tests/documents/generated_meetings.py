"""Meetings of every size, made through the services from a seed: 1 to 60 items, short and long
notes, decisions, new actions, a reviewed action list, sub-items and breaks."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CouncilKind,
    MembershipRole,
)
from buurtdesk.services import Services

WORDS = [
    "buurt",
    "gemeente",
    "overlast",
    "parkeren",
    "speeltuin",
    "bankjes",
    "verlichting",
    "groen",
    "afval",
    "fietsen",
    "wijkagent",
    "jongeren",
    "ouderen",
    "buurthuis",
    "subsidie",
    "verkeer",
    "veiligheid",
    "schouw",
    "straat",
    "plein",
    "vrijwilligers",
    "bewoners",
    "corporatie",
    "onderhoud",
    "zwerfvuil",
    "hondenpoep",
    "kermis",
    "markt",
]


@dataclass
class Generated:
    meeting_id: int
    council_id: int
    headings: list[str] = field(default_factory=list)  # every heading the minutes print
    titles: list[str] = field(default_factory=list)  # action titles: a table row each


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def generated_meeting(services: Services, seed: int, items: int) -> Generated:
    rng = random.Random(seed)
    c = services.councils
    council = c.create_council(f"Wijkoverleg Proef {seed}", CouncilKind.WIJKOVERLEG)
    people = []
    roles = [MembershipRole.CHAIR, MembershipRole.SECRETARY, MembershipRole.TREASURER]
    for number in range(rng.randint(3, 16)):
        person = c.add_person(f"Persoon {seed}-{number} {rng.choice(WORDS).title()}")
        role = roles[number] if number < len(roles) else MembershipRole.MEMBER
        c.add_member(council.id, person.id, role, since=date(2025, 1, 1))
        people.append(person)
    m = services.meetings
    first = m.plan_meeting(council.id, date(2026, 1, 13), start_time=time(19, 30))
    for number in range(rng.randint(0, 25)):
        services.actions.add_action(
            council.id,
            f"Vervolgactie {number}: " + sentence(rng, rng.randint(3, 30)),
            owner_person_id=rng.choice(people).id,
            due_date=date(2026, 1, 13) + timedelta(days=rng.randint(-20, 60))
            if rng.random() < 0.8
            else None,
            meeting_id=first.id,
        )
    m.close_meeting(first.id)
    meeting = next(s for s in m.list_meetings(council.id) if s.date > first.date)
    m.update_meeting(meeting.id, start_time=time(19, 30), end_time=time(22, 0), place="Buurthuis")
    for person in people:
        m.set_attendance(
            meeting.id,
            person.id,
            rng.choice([AttendanceStatus.PRESENT] * 4 + [AttendanceStatus.APOLOGIES]),
        )
    for number in range(rng.randint(0, 3)):
        m.add_guest(meeting.id, f"Gast {number}", "Gemeente Venlo", "wijkagent")
    existing = len(m.get_meeting(meeting.id).items)
    for number in range(max(0, items - existing)):
        if number and rng.random() < 0.05:
            m.add_item(meeting.id, "Pauze", kind=AgendaItemKind.BREAK, planned_minutes=15)
            continue
        title = f"Onderwerp {number + 1}: " + sentence(rng, rng.randint(1, 9))
        m.add_item(meeting.id, title, planned_minutes=rng.choice((5, 10, 15, 20)))
    detail = m.get_meeting(meeting.id)
    result = Generated(meeting.id, council.id)
    for item in detail.items:
        if item.is_break:
            continue
        if rng.random() < 0.85:
            paragraphs = [sentence(rng, rng.randint(5, 90)) for _ in range(rng.randint(1, 4))]
            m.set_notes(item.id, "\n\n".join(paragraphs))
        if item.kind == AgendaItemKind.TOPIC and rng.random() < 0.3:
            services.decisions.record_decision(
                council.id,
                sentence(rng, rng.randint(5, 40)),
                meeting_id=meeting.id,
                item_id=item.id,
                votes=(rng.randint(3, 9), rng.randint(0, 2), rng.randint(0, 3))
                if rng.random() < 0.6
                else None,
            )
        if item.kind == AgendaItemKind.TOPIC and rng.random() < 0.3:
            action = services.actions.add_action(
                council.id,
                sentence(rng, rng.randint(3, 25)),
                owner_person_id=rng.choice(people).id,
                due_date=date(2026, 3, 1) if rng.random() < 0.7 else None,
                meeting_id=meeting.id,
                item_id=item.id,
            )
            result.titles.append(action.title)
    for action, _progress in m.get_meeting(meeting.id).reviewed_actions:
        status = rng.choice((ActionStatus.DONE, ActionStatus.OPEN, ActionStatus.DROPPED))
        note = sentence(rng, rng.randint(2, 20)) if rng.random() < 0.5 else ""
        services.actions.review(action.id, meeting.id, status, note)
        result.titles.append(action.title)
    m.close_meeting(meeting.id)
    final = m.get_meeting(meeting.id)
    counter = 0
    for item in final.items:
        if item.is_break:
            continue
        counter += 1
        result.headings.append(f"{item.number or counter}. {item.title}")
    return result
