"""The demo's Klingerberg has a toekomstagenda session and a kerngroep prepared, ready to run."""

from __future__ import annotations

from datetime import date

from buurtdesk.domain.enums import MeetingKind, MeetingStatus
from buurtdesk.services import Services

DEMO_DAY = date(2026, 11, 23)


def test_klingerberg_has_a_session_with_a_dot_vote_and_a_kerngroep_prepared(
    demo_services: Services,
) -> None:
    council = next(
        c for c in demo_services.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )
    planned = [
        m
        for m in demo_services.meetings.list_meetings(council.id)
        if m.status == MeetingStatus.PLANNED and m.date > DEMO_DAY
    ]
    session = next(m for m in planned if m.kind == MeetingKind.TOEKOMSTAGENDA)
    kerngroep = next(m for m in planned if m.kind == MeetingKind.CORE_GROUP)
    round_ = demo_services.cycle.current_round(council.id)
    assert round_ is not None
    vision = demo_services.vision.vision(round_.id)
    assert len(vision.themes) >= 3 and sum(len(t.wishes) for t in vision.themes) >= 6
    ready = [v for v in vision.vote_sessions if v.meeting_id == session.id]
    assert [v.title for v in ready] == ["Wat pakken we hierna aan?"] and not ready[0].total_dots
    items = demo_services.meetings.get_meeting(session.id).items
    assert any("stippen" in i.title for i in items)
    running = demo_services.projects.running_projects(council.id)
    project_items = [
        i.project_id
        for i in demo_services.meetings.get_meeting(kerngroep.id).items
        if i.project_id is not None
    ]
    assert running and project_items == [p.id for p in running]
