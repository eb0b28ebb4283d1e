"""The demo's prepared sessions in Wijkoverleg Klingerberg: what a community worker has ready
on a laptop before handing it to the chair.

- a planned toekomstagenda session, its agenda following the round's phase, with a few new
  wishes written down beforehand and a dot vote ready to run (Ctrl+T in meeting mode);
- a planned kerngroep meeting with the running projects as its items.
"""

from __future__ import annotations

from datetime import date, timedelta

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.services import Services

PREPARED_WISHES = (
    ("Een jeu-de-boulesbaan bij het buurthuis", "Opbouwwerker, na gesprek met de senioren"),
    ("Een wandelroute langs de bankjes in de wijk", "Opbouwwerker, uit de bewonersenquête"),
)


def _free_day(services: Services, council_id: int, wanted: date) -> date:
    """The first day from `wanted` on without a meeting of the council."""
    taken = {m.date for m in services.meetings.list_meetings(council_id)}
    day = wanted
    while day in taken:
        day += timedelta(days=1)
    return day


def add_prepared_sessions(services: Services, council_id: int, today: date) -> None:
    round_ = services.cycle.current_round(council_id)
    if round_ is None:
        return
    session = services.cycle.prepare_session(
        council_id,
        _free_day(services, council_id, today + timedelta(days=16)),
        place="Buurthuis De Klinger",
    )
    # Where the chair takes the new wishes and runs the dot vote (Ctrl+W, Ctrl+T).
    decision_item = next(
        i
        for i in services.meetings.get_meeting(session.meeting.id).items
        if i.title.startswith("Besluit:")
    )
    services.meetings.add_item(
        session.meeting.id,
        "Nieuwe wensen en stippen: wat pakken we hierna aan?",
        planned_minutes=25,
        position=decision_item.position,
        phase=PhaseKind.VISION,
    )
    themes = services.vision.vision(round_.id).themes
    for (text, by), theme in zip(PREPARED_WISHES, themes, strict=False):
        services.vision.add_wish(theme.id, text, raised_by=by)
    services.priorities.open_vote_session(
        round_.id,
        dots_per_participant=3,
        title="Wat pakken we hierna aan?",
        meeting_id=session.meeting.id,
    )
    kerngroep_day = _free_day(services, council_id, session.meeting.date + timedelta(days=7))
    services.projects.plan_core_group_meeting(council_id, kerngroep_day)
