"""Loading one whole round into a RoundView (used by CycleService.round_overview).

The round's projects are those linked to it plus those evaluated in it, so a closed round
still shows a project it evaluated before the project moved on to the next round.
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import MeetingKind
from buurtdesk.domain.rules import PHASE_ORDER
from buurtdesk.services.councils import council_view
from buurtdesk.services.cycle.loaders import (
    council_language,
    cycle_summary,
    ladder_views,
    roles_matrix,
    transition_views,
    vision_view,
)
from buurtdesk.services.cycle.project_loaders import evaluation_views, project_detail
from buurtdesk.services.cycle.views import PhaseView, RoundView
from buurtdesk.services.loaders import meeting_summary
from buurtdesk.store.models import Council, Cycle, Evaluation, Meeting, Phase, Project


def load_round_view(s: Session, council: Council, cycle: Cycle) -> RoundView:
    language = council_language(s, council.id)
    is_open = cycle.closed_on is None
    phases = sorted(
        (
            PhaseView(
                p.kind,
                p.started_on,
                p.ended_on,
                p.summary,
                is_open and p.kind == cycle.current_phase,
            )
            for p in s.scalars(select(Phase).where(Phase.cycle_id == cycle.id)).all()
        ),
        key=lambda p: PHASE_ORDER.index(p.kind),
    )
    evaluated = select(Evaluation.project_id).where(
        Evaluation.cycle_id == cycle.id, Evaluation.project_id.is_not(None)
    )
    projects = s.scalars(
        select(Project)
        .where(or_(Project.cycle_id == cycle.id, Project.id.in_(evaluated)))
        .order_by(Project.id)
    ).all()
    round_eval = s.scalars(
        select(Evaluation)
        .where(Evaluation.cycle_id == cycle.id, Evaluation.project_id.is_(None))
        .order_by(Evaluation.id)
    ).first()
    meetings = select(Meeting).where(
        Meeting.council_id == council.id,
        Meeting.kind.in_([MeetingKind.TOEKOMSTAGENDA, MeetingKind.CORE_GROUP]),
        Meeting.date >= cycle.started_on,
    )
    if cycle.closed_on is not None:
        meetings = meetings.where(Meeting.date <= cycle.closed_on)
    rounds = s.scalars(
        select(Cycle).where(Cycle.council_id == council.id).order_by(Cycle.number)
    ).all()
    return RoundView(
        council=council_view(council),
        cycle=cycle_summary(cycle),
        rounds=tuple(cycle_summary(r) for r in rounds),
        phases=tuple(phases),
        transitions=transition_views(s, cycle.id),
        vision=vision_view(s, cycle),
        roles=roles_matrix(s, cycle.id, language),
        ladder=ladder_views(s, council.id),
        projects=tuple(project_detail(s, p) for p in projects),
        round_evaluation=evaluation_views(s, [round_eval])[0] if round_eval else None,
        meetings=tuple(
            meeting_summary(m) for m in s.scalars(meetings.order_by(Meeting.date, Meeting.id)).all()
        ),
    )
