"""What a closed round hands to the next one (used by CycleService.close_round).

- Every learning point of the round's evaluations (one per line, bullets taken off) becomes a
  wish under the theme "Uit de vorige ronde", with carried_from_cycle_id set to the old round.
- Every top priority that did not become a project (no project of the round under its
  wish's theme) becomes a wish under the same theme, beside the learning points.
- Every unfinished project (idea, planned, running) moves to the new round (Project.cycle_id),
  gets a progress note saying so, and is named by a wish under the same theme. Its theme comes
  along: the new round gets a theme of the same name (made once), so the project shows the
  same theme everywhere.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import CARRIED_THEME
from buurtdesk.domain.enums import ProjectStatus
from buurtdesk.messages import N_, translate
from buurtdesk.store.models import (
    Cycle,
    Evaluation,
    Priority,
    Project,
    ProjectNote,
    Theme,
    Wish,
)

UNFINISHED = (ProjectStatus.IDEA, ProjectStatus.PLANNED, ProjectStatus.RUNNING)


def learning_point_lines(text: str) -> list[str]:
    """Learning points as written: one per line, list bullets and numbers taken off."""
    lines = [re.sub(r"^\s*(?:[-*•·]|\d+[.)])\s*", "", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def carry_into_next_round(
    s: Session, old: Cycle, new: Cycle, language: str, meeting_id: int | None
) -> tuple[list[Wish], list[Project]]:
    """Carry learning points and unfinished projects from `old` into `new`; returns both."""
    theme = Theme(cycle_id=new.id, name=translate(CARRIED_THEME, language), position=0)
    s.add(theme)
    s.flush()
    wishes = _learning_points(s, old, theme, language)
    wishes += _open_priorities(s, old, theme, language)
    projects = list(
        s.scalars(
            select(Project)
            .where(Project.cycle_id == old.id, Project.status.in_(UNFINISHED))
            .order_by(Project.id)
        ).all()
    )
    for project in projects:
        what = translate(N_("Project in progress: {name}"), language).format(name=project.name)
        goal = project.goal.strip()
        wishes.append(
            Wish(
                theme_id=theme.id,
                text=what + (f" — {goal}" if goal else ""),
                raised_by=translate(N_("Project of round {number}"), language).format(
                    number=old.number
                ),
                carried_from_cycle_id=old.id,
            )
        )
        project.cycle_id = new.id
        project.theme_id = _theme_in(s, project.theme_id, new)
        note = translate(N_("Carried on into round {number}."), language).format(number=new.number)
        s.add(
            ProjectNote(
                project_id=project.id, meeting_id=meeting_id, written_on=new.started_on, note=note
            )
        )
    s.add_all(wishes)
    s.flush()
    return wishes, projects


def _learning_points(s: Session, old: Cycle, theme: Theme, language: str) -> list[Wish]:
    evaluations = s.scalars(
        select(Evaluation)
        .where(Evaluation.cycle_id == old.id)
        .order_by(Evaluation.project_id.is_not(None), Evaluation.id)
    ).all()
    wishes = []
    for evaluation in evaluations:
        project = s.get(Project, evaluation.project_id) if evaluation.project_id else None
        if project:
            source = translate(N_("Learning point, project {name}"), language).format(
                name=project.name
            )
        else:
            source = translate(N_("Learning point, round {number}"), language).format(
                number=old.number
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


def _open_priorities(s: Session, old: Cycle, theme: Theme, language: str) -> list[Wish]:
    """The round's priorities whose theme got no project: they still wait for one."""
    with_project = set(
        s.scalars(
            select(Project.theme_id).where(
                Project.cycle_id == old.id, Project.theme_id.is_not(None)
            )
        ).all()
    )
    rows = s.execute(
        select(Priority.rank, Wish.text, Wish.theme_id)
        .join(Wish, Wish.id == Priority.wish_id)
        .where(Priority.cycle_id == old.id)
        .order_by(Priority.rank, Priority.id)
    ).all()
    return [
        Wish(
            theme_id=theme.id,
            text=text,
            raised_by=(
                translate(N_("Priority {rank} of round {number}, no project yet"), language).format(
                    rank=rank, number=old.number
                )
            )[:200],
            carried_from_cycle_id=old.id,
        )
        for rank, text, theme_id in rows
        if theme_id not in with_project and rank > 0
    ]


def _theme_in(s: Session, theme_id: int | None, new: Cycle) -> int | None:
    """The new round's theme of the same name as the project's old theme (made when missing)."""
    if theme_id is None:
        return None
    old_theme = s.get(Theme, theme_id)
    if old_theme is None or old_theme.cycle_id == new.id:
        return theme_id
    found = s.scalars(
        select(Theme).where(Theme.cycle_id == new.id, Theme.name == old_theme.name)
    ).first()
    if found is None:
        position = len(s.scalars(select(Theme.id).where(Theme.cycle_id == new.id)).all())
        found = Theme(
            cycle_id=new.id,
            name=old_theme.name,
            description=old_theme.description,
            position=position,
        )
        s.add(found)
        s.flush()
    return found.id
