"""Building views from rows in bulk, shared by the services (no N+1 queries in lists)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.meeting_rules import item_numbers
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services.views import (
    ActionPointView,
    ActionProgressView,
    AgendaItemView,
    DecisionView,
    MeetingSummary,
)
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Allocation,
    Decision,
    Meeting,
    Organisation,
    Person,
    Project,
)


def meeting_summary(row: Meeting, item_count: int = 0) -> MeetingSummary:
    return MeetingSummary(
        id=row.id,
        uuid=row.uuid,
        council_id=row.council_id,
        kind=row.kind,
        title=row.title,
        date=row.date,
        start_time=row.start_time,
        end_time=row.end_time,
        place=row.place,
        status=row.status,
        minutes_state=row.minutes_state,
        minutes_adopted_on=row.minutes_adopted_on,
        item_count=item_count,
        version=row.version,
        closed_session=row.closed_session,
        opened_at=row.opened_at,
        closed_at=row.closed_at,
    )


def item_view(row: AgendaItem) -> AgendaItemView:
    return AgendaItemView(
        id=row.id,
        uuid=row.uuid,
        meeting_id=row.meeting_id,
        position=row.position,
        kind=row.kind,
        title=row.title,
        planned_minutes=row.planned_minutes,
        notes=row.notes,
        is_private=row.is_private,
        phase=row.phase,
        theme_id=row.theme_id,
        project_id=row.project_id,
        spent_seconds=row.spent_seconds,
        version=row.version,
        level=row.level,
    )


def numbered(views: Iterable[AgendaItemView]) -> tuple[AgendaItemView, ...]:
    """Agenda items with their numbers ("4", "4a"; a break has none)."""
    items = list(views)
    numbers = item_numbers([(v.level, v.kind) for v in items])
    return tuple(replace(v, number=n) for v, n in zip(items, numbers, strict=True))


def decision_views(s: Session, rows: Sequence[Decision]) -> list[DecisionView]:
    meeting_ids = {r.meeting_id for r in rows if r.meeting_id}
    dates: dict[int, date] = {}
    if meeting_ids:
        dates = dict(
            s.execute(select(Meeting.id, Meeting.date).where(Meeting.id.in_(meeting_ids))).all()
        )
    amounts = _allocated_amounts(s, [r.id for r in rows])
    return [
        DecisionView(
            id=r.id,
            uuid=r.uuid,
            council_id=r.council_id,
            meeting_id=r.meeting_id,
            agenda_item_id=r.agenda_item_id,
            number=DecisionNumber(r.year, r.sequence),
            text=r.text,
            decided_on=r.decided_on,
            votes_for=r.votes_for,
            votes_against=r.votes_against,
            votes_abstain=r.votes_abstain,
            withdrawn=r.withdrawn,
            meeting_date=dates.get(r.meeting_id) if r.meeting_id else None,
            amount=amounts.get(r.id),
            confidential=r.confidential,
            version=r.version,
        )
        for r in rows
    ]


def _allocated_amounts(s: Session, decision_ids: list[int]) -> dict[int, Money]:

    if not decision_ids:
        return {}
    found: dict[int, Money] = {}
    for chunk_start in range(0, len(decision_ids), 500):
        chunk = decision_ids[chunk_start : chunk_start + 500]
        rows = s.execute(
            select(Allocation.decision_id, func.sum(Allocation.amount_cents))
            .where(Allocation.decision_id.in_(chunk))
            .group_by(Allocation.decision_id)
        )
        for decision_id, cents in rows:
            found[decision_id] = Money(int(cents))
    return found


def action_views(s: Session, rows: Sequence[ActionPoint]) -> list[ActionPointView]:
    """Views for many action points with four queries in all, whatever their number."""
    if not rows:
        return []
    ids = [r.id for r in rows]
    person_ids = {r.owner_person_id for r in rows if r.owner_person_id}
    org_ids = {r.owner_organisation_id for r in rows if r.owner_organisation_id}
    meeting_ids = {r.origin_meeting_id for r in rows if r.origin_meeting_id}
    project_ids = {r.project_id for r in rows if r.project_id}
    people = _names(s, Person, person_ids)
    orgs = _names(s, Organisation, org_ids)
    projects = _names(s, Project, project_ids)
    dates: dict[int, date] = {}
    if meeting_ids:
        for chunk in _chunks(list(meeting_ids)):
            dates.update(
                s.execute(select(Meeting.id, Meeting.date).where(Meeting.id.in_(chunk))).all()
            )
    progress: dict[int, list[tuple[date, str]]] = defaultdict(list)
    for chunk in _chunks(ids):
        for action_id, meeting_date, note in s.execute(
            select(ActionProgress.action_point_id, Meeting.date, ActionProgress.note)
            .join(Meeting, Meeting.id == ActionProgress.meeting_id)
            .where(ActionProgress.action_point_id.in_(chunk))
        ):
            progress[action_id].append((meeting_date, note))
    views = []
    for r in rows:
        history = sorted(progress.get(r.id, []))
        notes = [note for _, note in history if note]
        owner = people.get(r.owner_person_id or -1) or orgs.get(r.owner_organisation_id or -1) or ""
        views.append(
            ActionPointView(
                id=r.id,
                uuid=r.uuid,
                council_id=r.council_id,
                title=r.title,
                owner_person_id=r.owner_person_id,
                owner_organisation_id=r.owner_organisation_id,
                owner_name=owner,
                due_date=r.due_date,
                status=r.status,
                origin_meeting_id=r.origin_meeting_id,
                origin_meeting_date=dates.get(r.origin_meeting_id) if r.origin_meeting_id else None,
                origin_item_id=r.origin_item_id,
                project_id=r.project_id,
                project_name=projects.get(r.project_id or -1, ""),
                closed_on=r.closed_on,
                last_progress=notes[-1] if notes else "",
                times_carried=len(history),
                version=r.version,
            )
        )
    return views


def progress_history(s: Session, action_id: int) -> list[ActionProgressView]:
    rows = s.execute(
        select(ActionProgress, Meeting.date)
        .join(Meeting, Meeting.id == ActionProgress.meeting_id)
        .where(ActionProgress.action_point_id == action_id)
        .order_by(Meeting.date, Meeting.id)
    ).all()
    return [
        ActionProgressView(
            meeting_id=p.meeting_id, meeting_date=d, note=p.note, status_after=p.status_after
        )
        for p, d in rows
    ]


def _names(
    s: Session, model: type[Person] | type[Organisation] | type[Project], ids: set[int]
) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(list(ids)):
        found.update(s.execute(select(model.id, model.name).where(model.id.in_(chunk))).all())
    return found


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
