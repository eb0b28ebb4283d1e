"""A toekomstagenda session: which agenda items the round's current phase asks for, and
planning the meeting through MeetingService (its template plus these items)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from buurtdesk.domain.cycle import PHASE_LABELS, label
from buurtdesk.domain.enums import MeetingKind, PhaseKind, ProjectStatus
from buurtdesk.domain.rules import next_phase
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
    en = language == "en"
    phase = round_.cycle.current_phase
    items = [
        SessionItem(
            (
                f"Round {round_.cycle.number}: where we stand ({label(PHASE_LABELS, phase, 'en').lower()})"
            )
            if en
            else f"Ronde {round_.cycle.number}: waar staan we ({label(PHASE_LABELS, phase).lower()})",
            10,
        )
    ]
    themes = round_.vision.themes
    projects = [d.project for d in round_.projects if d.project.cycle_id == round_.cycle.id]
    if phase == PhaseKind.VISION:
        for theme in themes:
            items.append(
                SessionItem(
                    f"Theme {theme.name}: wishes" if en else f"Thema {theme.name}: wensen",
                    15,
                    theme.id,
                )
            )
        if not themes:
            items.append(
                SessionItem("Themes and wishes" if en else "Thema's en wensen verzamelen", 30)
            )
        items.append(SessionItem("Priorities: dot voting" if en else "Prioriteren met stippen", 20))
    elif phase == PhaseKind.ROLES:
        for theme in themes:
            items.append(
                SessionItem(
                    f"Roles for {theme.name}" if en else f"Rollen bij {theme.name}", 10, theme.id
                )
            )
        items.append(
            SessionItem(
                "Steps on the initiative ladder" if en else "Treden op de initiatiefladder", 10
            )
        )
        items.append(
            SessionItem("Our own role as a council" if en else "Onze eigen rol als overleg", 15)
        )
    elif phase == PhaseKind.PLANS:
        for p in projects:
            items.append(
                SessionItem(
                    f"Plan {p.name}: framework check"
                    if en
                    else f"Plan {p.name}: toetsing aan de kaders",
                    15,
                    p.theme_id,
                    p.id,
                )
            )
        if not projects:
            items.append(
                SessionItem(
                    "Plans for the priorities" if en else "Plannen maken bij de prioriteiten", 30
                )
            )
    elif phase == PhaseKind.EXECUTION:
        for p in projects:
            if p.status in ACTIVE:
                items.append(
                    SessionItem(
                        f"Progress {p.name}" if en else f"Voortgang {p.name}", 10, p.theme_id, p.id
                    )
                )
    else:
        for p in projects:
            items.append(
                SessionItem(
                    f"Evaluation {p.name}" if en else f"Evaluatie {p.name}", 10, p.theme_id, p.id
                )
            )
        items.append(SessionItem("Evaluation of the round" if en else "Evaluatie van de ronde", 20))
    after = next_phase(phase)
    if after is None:
        items.append(
            SessionItem(
                "Decision: close the round, start the next"
                if en
                else "Besluit: ronde afsluiten, nieuwe ronde starten",
                5,
            )
        )
    else:
        items.append(
            SessionItem(
                f"Decision: on to {label(PHASE_LABELS, after, 'en').lower()}"
                if en
                else f"Besluit: door naar {label(PHASE_LABELS, after).lower()}",
                5,
            )
        )
    return items


def plan_session(
    meetings: MeetingService,
    round_: RoundView,
    on: date,
    start_time: time | None,
    end_time: time | None,
    place: str | None,
) -> PreparedMeeting:
    """Plan the meeting from the template, then add the phase's items linked to phase,
    themes and projects. The template's own phase link is set to the round's phase."""
    language = "en" if round_.council.language.value == "en" else "nl"
    phase = round_.cycle.current_phase
    meeting = meetings.plan_meeting(
        round_.council.id,
        on,
        kind=MeetingKind.TOEKOMSTAGENDA,
        start_time=start_time,
        end_time=end_time,
        place=place,
        title=f"Toekomstagenda — {label(PHASE_LABELS, phase, language)}",
    )
    for item in meetings.get_meeting(meeting.id).items:
        if item.phase is not None and item.phase != phase:
            meetings.update_item(item.id, phase=phase)
    for planned in session_items(round_, language):
        meetings.add_item(
            meeting.id,
            planned.title,
            planned_minutes=planned.minutes,
            phase=phase,
            theme_id=planned.theme_id,
            project_id=planned.project_id,
        )
    detail = meetings.get_meeting(meeting.id)
    return PreparedMeeting(detail.meeting, detail.items)
