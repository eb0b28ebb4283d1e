"""A meeting far beyond the usual: 200 items, 20,000-character notes, 200-character names
without a single space, and emoji everywhere. It renders, and no text leaves the page."""

from __future__ import annotations

import time
from datetime import date
from datetime import time as clock_time
from pathlib import Path

import pytest
from pdf_checks import (
    assert_fonts_embedded,
    assert_pdfa_markers,
    assert_text_inside_pages,
    flat_text,
    qpdf_check,
)

from buurtdesk.documents.meetings.action_list import Grouping, render_action_list
from buurtdesk.documents.meetings.agenda import render_agenda
from buurtdesk.documents.meetings.minutes import render_minutes
from buurtdesk.domain.enums import ActionStatus, AttendanceStatus, CouncilKind, MembershipRole
from buurtdesk.services import Services

EMOJI = "🎉😀👍🏽👨‍👩‍👧🚲🌳❤️☕"
LONG_WORD = ("Kinderspeelplaatsvernieuwingscommissievergadering" * 5)[:200]


def long_note(seed: int) -> str:
    words = [
        "buurt",
        "Straßenfest",
        "café",
        "overlast",
        EMOJI,
        "verkeersveiligheid",
        LONG_WORD,
        "→",
        "ƒ",
        "Ω",
    ]
    parts: list[str] = []
    size = 0
    index = seed
    while size < 20_000:
        word = words[index % len(words)]
        parts.append(word + ("\n" if index % 37 == 0 else "\n\n" if index % 101 == 0 else " "))
        size += len(parts[-1])
        index += 7
    return "".join(parts)[:20_000]


def build_huge_meeting(services: Services) -> tuple[int, int]:
    c = services.councils
    council = c.create_council(
        (LONG_WORD[:180] + " " + EMOJI)[:200], CouncilKind.WIJKOVERLEG, default_place=LONG_WORD
    )
    org = c.add_organisation(LONG_WORD)
    people = []
    for n in range(12):
        name = (f"{n}{LONG_WORD}")[:200] if n % 3 == 0 else f"Bewoner {n} {EMOJI}"
        person = c.add_person(
            name,
            organisation_id=org.id if n % 2 else None,
            email=f"p{n}@example.nl",
            phone="06-11111111",
        )
        c.add_member(council.id, person.id, MembershipRole.MEMBER, since=date(2025, 1, 1))
        people.append(person)
    m = services.meetings
    meeting = m.plan_meeting(
        council.id, date(2026, 3, 10), start_time=clock_time(19, 0), end_time=clock_time(23, 0)
    )
    for n in range(193):
        title = (f"{n} {LONG_WORD}{EMOJI}") if n % 25 == 0 else f"Onderwerp {n}: {EMOJI} speeltuin"
        m.add_item(meeting.id, title, planned_minutes=1 + n % 5, is_private=n % 50 == 7)
    for index, person in enumerate(people):
        m.set_attendance(
            meeting.id,
            person.id,
            AttendanceStatus.PRESENT if index % 4 else AttendanceStatus.APOLOGIES,
        )
    m.add_guest(meeting.id, LONG_WORD, LONG_WORD)
    items = m.get_meeting(meeting.id).items
    assert len(items) == 200
    for n, item in enumerate(items):
        m.set_notes(
            item.id,
            long_note(n) if n % 20 == 0 else f"Korte notitie {n} {EMOJI} {LONG_WORD[: n % 60]}",
        )
        if n % 7 == 0:
            services.decisions.record_decision(
                council.id,
                f"Besluit over {LONG_WORD} {EMOJI}",
                meeting_id=meeting.id,
                item_id=item.id,
                votes=(n, 1, 0),
            )
        if n % 5 == 0:
            action = services.actions.add_action(
                council.id,
                f"{LONG_WORD} {EMOJI} {n}",
                owner_person_id=people[n % 12].id,
                due_date=date(2026, 2, 1 + n % 27),
                meeting_id=meeting.id,
                item_id=item.id,
            )
            if n % 20 == 0:
                services.actions.review(
                    action.id, meeting.id, ActionStatus.IN_PROGRESS, long_note(n + 3)
                )
    return council.id, meeting.id


@pytest.mark.slow
def test_a_huge_meeting_renders_inside_the_page(services: Services, tmp_path: Path) -> None:
    council_id, meeting_id = build_huge_meeting(services)
    started = time.perf_counter()
    minutes = render_minutes(services, meeting_id, tmp_path / "verslag.pdf")
    seconds = time.perf_counter() - started
    print(f"huge minutes: {seconds:.1f} s, {minutes.stat().st_size / 1e6:.1f} MB")
    assert assert_text_inside_pages(minutes) > 1000
    assert_fonts_embedded(minutes)
    assert_pdfa_markers(minutes, language="nl-NL")
    qpdf_check(minutes)
    text = flat_text(minutes)
    assert "Pagina 1 van" in text and "Onderwerp 192" in text
    assert "example.nl" not in text and "06-11111111" not in text

    agenda = render_agenda(services, meeting_id, tmp_path / "agenda.pdf")
    assert_text_inside_pages(agenda)
    actions = render_action_list(
        services, council_id, tmp_path / "acties.pdf", grouping=Grouping.STATUS
    )
    assert_text_inside_pages(actions)
    assert_fonts_embedded(actions)
