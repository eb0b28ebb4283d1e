"""Turning project rows into the frozen views of cycle_views.py (inside a service's session)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import money_check
from buurtdesk.domain.enums import CheckArea
from buurtdesk.domain.money import Money
from buurtdesk.services.cycle.project_money import project_funds
from buurtdesk.services.cycle.views import (
    CheckChangeView,
    CheckView,
    EvaluationView,
    MilestoneView,
    PartnerView,
    ProjectDetail,
    ProjectMoneyCheck,
    ProjectNoteView,
    ProjectSummary,
)
from buurtdesk.services.loaders import action_views
from buurtdesk.store.models import (
    ActionPoint,
    Evaluation,
    FrameworkCheck,
    FrameworkCheckChange,
    Milestone,
    Organisation,
    Person,
    Project,
    ProjectNote,
    ProjectPartner,
    Theme,
)

AREA_ORDER = (CheckArea.FINANCIAL, CheckArea.CONTENT, CheckArea.LEGAL)


def names_of(
    s: Session,
    model: type[Person] | type[Organisation] | type[Theme] | type[Project],
    ids: set[int],
) -> dict[int, str]:
    if not ids:
        return {}
    return {
        i: n
        for i, n in s.execute(select(model.id, model.name).where(model.id.in_(list(ids)))).all()
    }


def project_summaries(s: Session, rows: Sequence[Project]) -> list[ProjectSummary]:
    themes = names_of(s, Theme, {r.theme_id for r in rows if r.theme_id})
    people = names_of(s, Person, {r.lead_person_id for r in rows if r.lead_person_id})
    return [
        ProjectSummary(
            id=r.id,
            uuid=r.uuid,
            council_id=r.council_id,
            cycle_id=r.cycle_id,
            theme_id=r.theme_id,
            theme_name=themes.get(r.theme_id or 0, ""),
            name=r.name,
            goal=r.goal,
            plan=r.plan,
            lead_person_id=r.lead_person_id,
            lead_name=people.get(r.lead_person_id or 0, ""),
            status=r.status,
            budget_ask=Money(r.budget_ask_cents),
            starts_on=r.starts_on,
            ends_on=r.ends_on,
            version=r.version,
        )
        for r in rows
    ]


def check_views(s: Session, project_id: int) -> tuple[CheckView, ...]:
    rows = {
        c.area: c
        for c in s.scalars(
            select(FrameworkCheck).where(FrameworkCheck.project_id == project_id)
        ).all()
    }
    history: dict[int, list[CheckChangeView]] = {}
    if rows:
        for change in s.scalars(
            select(FrameworkCheckChange)
            .where(FrameworkCheckChange.check_id.in_([c.id for c in rows.values()]))
            .order_by(FrameworkCheckChange.changed_on, FrameworkCheckChange.id)
        ):
            history.setdefault(change.check_id, []).append(
                CheckChangeView(
                    change.verdict_before,
                    change.note_before,
                    change.checked_by_before,
                    change.checked_on_before,
                    change.verdict_after,
                    change.changed_by,
                    change.changed_on,
                    change.reason,
                )
            )
    return tuple(
        CheckView(
            a,
            rows[a].verdict,
            rows[a].note,
            rows[a].checked_by,
            rows[a].checked_on,
            tuple(history.get(rows[a].id, ())),
        )
        for a in AREA_ORDER
        if a in rows
    )


def money_check_view(s: Session, project: Project) -> ProjectMoneyCheck:
    checks = check_views(s, project.id)
    verdict = money_check({c.area: c.verdict for c in checks}, has_plan=bool(project.plan.strip()))
    return ProjectMoneyCheck(project.id, project.name, Money(project.budget_ask_cents), verdict)


def evaluation_views(s: Session, rows: Sequence[Evaluation]) -> tuple[EvaluationView, ...]:
    projects = names_of(s, Project, {r.project_id for r in rows if r.project_id})
    return tuple(
        EvaluationView(
            r.id,
            r.cycle_id,
            r.project_id,
            projects.get(r.project_id or 0, ""),
            r.result,
            r.success_factors,
            r.learning_points,
            r.continues,
            r.evaluated_on,
        )
        for r in rows
    )


def cycle_evaluations(s: Session, cycle_id: int) -> tuple[EvaluationView, ...]:
    """The round's evaluation first, then the projects' evaluations in order of entry."""
    rows = s.scalars(
        select(Evaluation)
        .where(Evaluation.cycle_id == cycle_id)
        .order_by(Evaluation.project_id.is_not(None), Evaluation.id)
    ).all()
    return evaluation_views(s, rows)


def project_detail(s: Session, project: Project) -> ProjectDetail:
    partners = s.scalars(
        select(ProjectPartner)
        .where(ProjectPartner.project_id == project.id)
        .order_by(ProjectPartner.id)
    ).all()
    people = names_of(s, Person, {p.person_id for p in partners if p.person_id})
    orgs = names_of(s, Organisation, {p.organisation_id for p in partners if p.organisation_id})
    milestones = s.scalars(
        select(Milestone)
        .where(Milestone.project_id == project.id)
        .order_by(Milestone.due_on.is_(None), Milestone.due_on, Milestone.id)
    ).all()
    notes = s.scalars(
        select(ProjectNote)
        .where(ProjectNote.project_id == project.id)
        .order_by(ProjectNote.written_on, ProjectNote.id)
    ).all()
    actions = s.scalars(
        select(ActionPoint)
        .where(ActionPoint.project_id == project.id)
        .order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
    ).all()
    evaluations = s.scalars(
        select(Evaluation).where(Evaluation.project_id == project.id).order_by(Evaluation.id)
    ).all()
    return ProjectDetail(
        project=project_summaries(s, [project])[0],
        partners=tuple(
            PartnerView(
                p.id,
                p.organisation_id,
                p.person_id,
                people.get(p.person_id or 0) or orgs.get(p.organisation_id or 0, ""),
                p.contribution,
            )
            for p in partners
        ),
        checks=check_views(s, project.id),
        milestones=tuple(
            MilestoneView(m.id, m.project_id, m.title, m.due_on, m.done_on) for m in milestones
        ),
        notes=tuple(
            ProjectNoteView(n.id, n.project_id, n.written_on, n.note, n.meeting_id) for n in notes
        ),
        actions=tuple(action_views(s, actions)),
        funds=project_funds(s, project),
        money=money_check_view(s, project),
        evaluations=evaluation_views(s, evaluations),
    )
