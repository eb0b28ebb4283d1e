"""A kerngroep (core group) meeting: one per council per date, with the running projects as its
items. Used when a kerngroep is planned (also as the follow-up of a closed kerngroep) and when
a meeting becomes a kerngroep or moves to another date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.dates import LongDate
from buurtdesk.domain.enums import AgendaItemKind, Language, MeetingKind, ProjectStatus
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.messages import N_, translate
from buurtdesk.store.models import AgendaItem, Council, Meeting, Project

FOLLOWED = (ProjectStatus.RUNNING,)
PROJECT_MINUTES = 10


def ensure_one_core_group(
    s: Session, council_id: int, on: date, meeting_id: int | None = None
) -> None:
    """Refused when the council already has a kerngroep on that date."""
    other = s.scalars(
        select(Meeting).where(
            Meeting.council_id == council_id,
            Meeting.kind == MeetingKind.CORE_GROUP,
            Meeting.date == on,
            Meeting.id != (meeting_id or 0),
        )
    ).first()
    if other is not None:
        raise RuleViolation.said(
            "There is already a core group meeting on {date}; choose another date or open that one.",
            date=LongDate(on),
        )


def add_project_items(s: Session, meeting: Meeting) -> int:
    """One item "Voortgang <project>" per running project, before the any other
    business / closing; the number of items added."""
    council = s.get(Council, meeting.council_id)
    language = council.language.value if council is not None else Language.DUTCH.value
    projects = s.scalars(
        select(Project)
        .where(Project.council_id == meeting.council_id, Project.status.in_(FOLLOWED))
        .order_by(Project.id)
    ).all()
    if not projects:
        return 0
    items = s.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    ).all()
    tail = (AgendaItemKind.ANY_OTHER_BUSINESS, AgendaItemKind.CLOSING)
    first_tail = next((i.position for i in items if i.kind in tail), None)
    at = first_tail if first_tail is not None else len(items) + 1
    for item in items:
        if item.position >= at:
            item.position += len(projects)
    for offset, project in enumerate(projects):
        s.add(
            AgendaItem(
                meeting_id=meeting.id,
                position=at + offset,
                title=translate(N_("Progress {project}"), language).format(project=project.name)[
                    :500
                ],
                planned_minutes=PROJECT_MINUTES,
                project_id=project.id,
                theme_id=project.theme_id,
            )
        )
    s.flush()
    return len(projects)
