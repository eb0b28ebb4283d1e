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
from buurtdesk.store.models import FrameworkCheck, Project

FRAMEWORK_KINDS = (WarningKind.FRAMEWORK_NOT_CHECKED, WarningKind.FRAMEWORK_NOT_IN_ORDER)


def refuse_not_feasible(s: Session, project: Project, check: MoneyCheck) -> None:
    if not check.not_feasible:
        return
    rows = {
        c.area: c
        for c in s.scalars(select(FrameworkCheck).where(FrameworkCheck.project_id == project.id))
    }
    nl: list[str] = []
    en: list[str] = []
    for area in check.not_feasible:
        row = rows.get(area)
        by_nl = f" door {row.checked_by}" if row is not None and row.checked_by else ""
        by_en = f" by {row.checked_by}" if row is not None and row.checked_by else ""
        on_nl = f" op {short_date(row.checked_on)}" if row is not None and row.checked_on else ""
        on_en = (
            f" on {short_date(row.checked_on, 'en')}" if row is not None and row.checked_on else ""
        )
        why = f": {row.note}" if row is not None and row.note else ""
        nl.append(f"{label(AREA_LABELS, area)} niet haalbaar (getoetst{on_nl}{by_nl}{why})")
        en.append(f"{label(AREA_LABELS, area, 'en')} not feasible (checked{on_en}{by_en}{why})")
    raise RuleViolation(
        f"Project '{project.name}' krijgt geen geld: {'; '.join(nl)}. "
        "Pas eerst de toetsing aan, met een toelichting.",
        f"Project '{project.name}' gets no money: {'; '.join(en)}. "
        "Change the check first, with a note.",
    )


def went_ahead(warnings: list[BudgetWarning], language: str) -> str:
    """The council's choice to allocate although the check asked for attention, in words."""
    reasons = [w.message(language) for w in warnings if w.kind in FRAMEWORK_KINDS]
    if not reasons:
        return ""
    if language == "en":
        return "The council chose to go ahead: " + " ".join(reasons)
    return "Het overleg koos ervoor door te gaan: " + " ".join(reasons)
