"""A toekomstagenda session: which agenda items the round's current phase asks for, and
planning the meeting through MeetingService (its template plus these items)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import PHASE_LABELS, label, phase_word
from buurtdesk.domain.enums import MeetingKind, PhaseKind, ProjectStatus
from buurtdesk.domain.rules import next_phase
from buurtdesk.messages import N_, translate
from buurtdesk.services.cycle.views import PreparedMeeting, RoundView
from buurtdesk.services.meetings.service import MeetingService

ACTIVE = (ProjectStatus.PLANNED, ProjectStatus.RUNNING)


@dataclass(frozen=True)
class SessionItem:
    title: str
    minutes: int
    theme_id: int | None = None
    project_id: int | None = None


def session_items(round_: RoundView, language: str) -> list[SessionItem]:
    """Items for the round's current phase, between the standing items of the meeting."""
    phase = round_.cycle.current_phase
    items = [
        SessionItem(
            translate(N_("Round {number}: where we stand ({phase})"), language).format(
                number=round_.cycle.number,
                phase=phase_word(phase).say(language),
            ),
            10,
        )
    ]
    themes = round_.vision.themes
    projects = [d.project for d in round_.projects if d.project.cycle_id == round_.cycle.id]
    if phase == PhaseKind.VISION:
        for theme in themes:
            items.append(
                SessionItem(
                    translate(N_("Theme {name}: wishes"), language).format(name=theme.name),
                    15,
                    theme.id,
                )
            )
        if not themes:
            items.append(SessionItem(translate(N_("Themes and wishes"), language), 30))
        items.append(SessionItem(translate(N_("Priorities: dot voting"), language), 20))
    elif phase == PhaseKind.ROLES:
        for theme in themes:
            items.append(
                SessionItem(
                    translate(N_("Roles for {name}"), language).format(name=theme.name),
                    10,
                    theme.id,
                )
            )
        items.append(SessionItem(translate(N_("Steps on the initiative ladder"), language), 10))
        items.append(SessionItem(translate(N_("Our own role as a council"), language), 15))
    elif phase == PhaseKind.PLANS:
        for p in projects:
            items.append(
                SessionItem(
                    translate(N_("Plan {name}: framework check"), language).format(name=p.name),
                    15,
                    p.theme_id,
                    p.id,
                )
            )
        if not projects:
            items.append(SessionItem(translate(N_("Plans for the priorities"), language), 30))
    elif phase == PhaseKind.EXECUTION:
        for p in projects:
            if p.status in ACTIVE:
                items.append(
                    SessionItem(
                        translate(N_("Progress {name}"), language).format(name=p.name),
                        10,
                        p.theme_id,
                        p.id,
                    )
                )
    else:
        for p in projects:
            items.append(
                SessionItem(
                    translate(N_("Evaluation {name}"), language).format(name=p.name),
                    10,
                    p.theme_id,
                    p.id,
                )
            )
        items.append(SessionItem(translate(N_("Evaluation of the round"), language), 20))
    after = next_phase(phase)
    if after is None:
        items.append(
            SessionItem(
                translate(N_("Decision: close the round, start the next"), language),
                5,
            )
        )
    else:
        items.append(
            SessionItem(
                translate(N_("Decision: on to {after}"), language).format(
                    after=phase_word(after).say(language),
                ),
                5,
            )
        )
    return items


def plan_session(
    s: Session,
    meetings: MeetingService,
    round_: RoundView,
    on: date,
    start_time: time | None,
    end_time: time | None,
    place: str | None,
) -> PreparedMeeting:
    """Plan the meeting from the template, then add the phase's items linked to phase,
    themes and projects. The template's own phase link is set to the round's phase. All in
    the caller's transaction `s`."""
    language = "en" if round_.council.language.value == "en" else "nl"
    phase = round_.cycle.current_phase
    meeting = meetings._plan(
        s,
        round_.council.id,
        on,
        MeetingKind.TOEKOMSTAGENDA,
        start_time,
        end_time,
        place,
        f"Toekomstagenda — {label(PHASE_LABELS, phase, language)}",
        (),
    )
    for item in meetings._detail(s, meeting.id).items:
        if item.phase is not None and item.phase != phase:
            meetings._update_item(s, item.id, None, {"phase": phase})
    for planned in session_items(round_, language):
        meetings._add_item(
            s,
            meeting.id,
            planned.title,
            planned_minutes=planned.minutes,
            phase=phase,
            theme_id=planned.theme_id,
            project_id=planned.project_id,
        )
    detail = meetings._detail(s, meeting.id)
    return PreparedMeeting(detail.meeting, detail.items)
