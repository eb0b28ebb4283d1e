"""What a closed round hands to the next one (used by CycleService.close_round).

- Every learning point of the round's evaluations (one per line, bullets taken off) becomes a
  wish under the theme "Uit de vorige ronde", with carried_from_cycle_id set to the old round.
- Every unfinished project (idea, planned, running) moves to the new round (Project.cycle_id),
  gets a progress note saying so, and is named by a wish under the same theme.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import CARRIED_THEME
from buurtdesk.domain.enums import ProjectStatus
from buurtdesk.store.models import Cycle, Evaluation, Project, ProjectNote, Theme, Wish

UNFINISHED = (ProjectStatus.IDEA, ProjectStatus.PLANNED, ProjectStatus.RUNNING)


def learning_point_lines(text: str) -> list[str]:
    """Learning points as written: one per line, list bullets and numbers taken off."""
    lines = [re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def carry_into_next_round(
    s: Session, old: Cycle, new: Cycle, language: str, meeting_id: int | None
) -> tuple[list[Wish], list[Project]]:
    """Carry learning points and unfinished projects from `old` into `new`; returns both."""
    en = language == "en"
    theme = Theme(cycle_id=new.id, name=CARRIED_THEME[1] if en else CARRIED_THEME[0], position=0)
    s.add(theme)
    s.flush()
    wishes = _learning_points(s, old, theme, en)
    projects = list(
        s.scalars(
            select(Project)
            .where(Project.cycle_id == old.id, Project.status.in_(UNFINISHED))
            .order_by(Project.id)
        ).all()
    )
    for project in projects:
        what = f"Project in progress: {project.name}" if en else f"Lopend project: {project.name}"
        goal = project.goal.strip()
        wishes.append(
            Wish(
                theme_id=theme.id,
                text=what + (f" — {goal}" if goal else ""),
                raised_by=f"Project of round {old.number}"
                if en
                else f"Project uit ronde {old.number}",
                carried_from_cycle_id=old.id,
            )
        )
        project.cycle_id = new.id
        note = (
            f"Carried on into round {new.number}."
            if en
            else f"Doorgeschoven naar ronde {new.number}."
        )
        s.add(
            ProjectNote(
                project_id=project.id, meeting_id=meeting_id, written_on=new.started_on, note=note
            )
        )
    s.add_all(wishes)
    s.flush()
    return wishes, projects


def _learning_points(s: Session, old: Cycle, theme: Theme, en: bool) -> list[Wish]:
    evaluations = s.scalars(
        select(Evaluation)
        .where(Evaluation.cycle_id == old.id)
        .order_by(Evaluation.project_id.is_not(None), Evaluation.id)
    ).all()
    wishes = []
    for evaluation in evaluations:
        project = s.get(Project, evaluation.project_id) if evaluation.project_id else None
        if en:
            source = (
                f"Learning point, project {project.name}"
                if project
                else f"Learning point, round {old.number}"
            )
        else:
            source = (
                f"Leerpunt project {project.name}" if project else f"Leerpunt ronde {old.number}"
            )
        for line in learning_point_lines(evaluation.learning_points):
            wishes.append(
                Wish(
                    theme_id=theme.id,
                    text=line,
                    raised_by=source[:200],
                    carried_from_cycle_id=old.id,
                )
            )
    return wishes
