"""Money follows content, visibly: what the framework checks say at the moment of allocating.

- A project judged "niet haalbaar" on any framework gets no money: `refuse_not_feasible`
  raises with the reason (which framework, when, by whom, why). The council first changes
  the check, with a note; the check's history keeps what it said before.
- "Aandacht nodig" (or a missing check or plan) asks first (ConfirmationNeeded); when the
  council goes ahead, the allocation keeps that choice in words (`went_ahead`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.budget import BudgetWarning, WarningKind
from buurtdesk.domain.cycle import AREA_LABELS, MoneyCheck, label
from buurtdesk.domain.dates import short_date
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.messages import N_, SaidBy, translate
from buurtdesk.store.models import FrameworkCheck, Project

FRAMEWORK_KINDS = (WarningKind.FRAMEWORK_NOT_CHECKED, WarningKind.FRAMEWORK_NOT_IN_ORDER)


def refuse_not_feasible(s: Session, project: Project, check: MoneyCheck) -> None:
    if not check.not_feasible:
        return
    # What the checks said, read now: the sentence is said later, after the session closed.
    rows = {
        c.area: (c.checked_on, c.checked_by, c.note)
        for c in s.scalars(select(FrameworkCheck).where(FrameworkCheck.project_id == project.id))
    }

    def problems(language: str) -> str:
        parts = []
        for area in check.not_feasible:
            checked_on, checked_by, note = rows.get(area, (None, "", ""))
            checked = translate(N_("checked"), language)
            if checked_on:
                on = short_date(checked_on, language)
                checked += translate(N_(" on {day}"), language).format(day=on)
            if checked_by:
                checked += translate(N_(" by {who}"), language).format(who=checked_by)
            if note:
                checked += f": {note}"
            parts.append(
                translate(N_("{area} not feasible ({checked})"), language).format(
                    area=label(AREA_LABELS, area, language), checked=checked
                )
            )
        return "; ".join(parts)

    raise RuleViolation.said(
        "Project '{name}' gets no money: {problems}. Change the check first, with a note.",
        name=project.name,
        problems=SaidBy(problems),
    )


def went_ahead(warnings: list[BudgetWarning], language: str) -> str:
    """The council's choice to allocate although the check asked for attention, in words."""
    reasons = [w.message(language) for w in warnings if w.kind in FRAMEWORK_KINDS]
    if not reasons:
        return ""
    return translate(N_("The council chose to go ahead: {reasons}"), language).format(
        reasons=" ".join(reasons)
    )
