"""Action points across meetings: add, edit, review at each meeting, filter, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.loaders import action_views, progress_history
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.views import ActionPointView, ActionProgressView
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Council,
    Meeting,
    Organisation,
    Person,
    Project,
)


@dataclass(frozen=True)
class ActionFilter:
    """What the action table shows. Empty fields do not filter."""

    open_only: bool = False
    overdue_only: bool = False
    status: ActionStatus | None = None
    person_id: int | None = None
    project_id: int | None = None
    meeting_id: int | None = None
    text: str = ""


@dataclass(frozen=True)
class ReviewUndo:
    """How an action stood before a review, so the review can be taken back."""

    action_id: int
    meeting_id: int
    status_before: ActionStatus
    closed_on_before: date | None
    progress_before: tuple[str, ActionStatus] | None


def _what(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "what needs to be done"),
        limit=5000,
        required=True,
    )


class ActionService(Service):
    def add_action(
        self,
        council_id: int,
        title: str,
        *,
        owner_person_id: int | None = None,
        owner_organisation_id: int | None = None,
        due_date: date | None = None,
        meeting_id: int | None = None,
        item_id: int | None = None,
        project_id: int | None = None,
        uuid: str | None = None,
    ) -> ActionPointView:
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            if owner_person_id is not None:
                self.fetch(s, Person, owner_person_id, NC_("kind of record", "Person"))
            if owner_organisation_id is not None:
                self.fetch(
                    s, Organisation, owner_organisation_id, NC_("kind of record", "Organisation")
                )
            if meeting_id is not None:
                self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
                ensure_meeting_editable(s, meeting_id)
            if item_id is not None:
                self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            if project_id is not None:
                self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            row = ActionPoint(
                council_id=council_id,
                title=_what(title),
                owner_person_id=owner_person_id,
                owner_organisation_id=owner_organisation_id,
                due_date=due_date,
                origin_meeting_id=meeting_id,
                origin_item_id=item_id,
                project_id=project_id,
            )
            if uuid:
                row.uuid = uuid
            s.add(row)
            s.flush()
            return action_views(s, [row])[0]

    def update_action(
        self, action_id: int, *, expected_version: int | None = None, **changes: object
    ) -> ActionPointView:
        allowed = {
            "title",
            "owner_person_id",
            "owner_organisation_id",
            "due_date",
            "status",
            "project_id",
        }
        with self.unit() as s:
            row = self.fetch(s, ActionPoint, action_id, NC_("kind of record", "Action point"))
            check_version(row, expected_version, changes)
            for key, value in changes.items():
                if key not in allowed:
                    raise TypeError(f"cannot change {key}")
                if key == "title":
                    value = _what(str(value))
                if key == "status":
                    value = ActionStatus(str(value))
                    row.closed_on = None if value.is_open else (row.closed_on or self.today())
                if key == "owner_person_id" and value is not None:
                    self.fetch(s, Person, int(str(value)), NC_("kind of record", "Person"))
                setattr(row, key, value)
            s.flush()
            return action_views(s, [row])[0]

    def delete_action(self, action_id: int) -> None:
        """Only for taking back an action just added (undo); history goes with it."""
        with self.unit() as s:
            row = self.fetch(s, ActionPoint, action_id, NC_("kind of record", "Action point"))
            ensure_meeting_editable(s, row.origin_meeting_id)
            s.delete(row)

    def review(
        self, action_id: int, meeting_id: int, status: ActionStatus, note: str = ""
    ) -> ReviewUndo:
        """What a meeting decides about an open action: done, still open or dropped, plus progress."""
        if len(note) > MAX_NOTE_LENGTH:
            raise InvalidInput.said("This progress note is too long.")
        with self.unit() as s:
            row = self.fetch(s, ActionPoint, action_id, NC_("kind of record", "Action point"))
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            ensure_meeting_editable(s, meeting_id)
            if meeting.council_id != row.council_id:
                raise InvalidInput.said("This action point belongs to another council.")
            progress = s.scalars(
                select(ActionProgress).where(
                    ActionProgress.action_point_id == action_id,
                    ActionProgress.meeting_id == meeting_id,
                )
            ).first()
            undo = ReviewUndo(
                action_id=action_id,
                meeting_id=meeting_id,
                status_before=row.status,
                closed_on_before=row.closed_on,
                progress_before=(progress.note, progress.status_after) if progress else None,
            )
            status = ActionStatus(status)
            row.status = status
            row.closed_on = None if status.is_open else meeting.date
            if progress is None:
                s.add(
                    ActionProgress(
                        action_point_id=action_id,
                        meeting_id=meeting_id,
                        note=note.strip(),
                        status_after=status,
                    )
                )
            else:
                progress.note = note.strip()
                progress.status_after = status
            return undo

    def undo_review(self, undo: ReviewUndo) -> None:
        with self.unit() as s:
            row = self.fetch(s, ActionPoint, undo.action_id, NC_("kind of record", "Action point"))
            row.status = undo.status_before
            row.closed_on = undo.closed_on_before
            progress = s.scalars(
                select(ActionProgress).where(
                    ActionProgress.action_point_id == undo.action_id,
                    ActionProgress.meeting_id == undo.meeting_id,
                )
            ).first()
            if undo.progress_before is None:
                if progress is not None:
                    s.delete(progress)
            elif progress is not None:
                progress.note, progress.status_after = undo.progress_before

    def get_action(self, action_id: int) -> ActionPointView:
        with self.unit() as s:
            return action_views(
                s, [self.fetch(s, ActionPoint, action_id, NC_("kind of record", "Action point"))]
            )[0]

    def history(self, action_id: int) -> list[ActionProgressView]:
        """What every meeting said about this action, oldest first."""
        with self.unit() as s:
            self.fetch(s, ActionPoint, action_id, NC_("kind of record", "Action point"))
            return progress_history(s, action_id)

    def open_actions(self, council_id: int) -> list[ActionPointView]:
        return self.list_actions(council_id, ActionFilter(open_only=True))

    def list_actions(
        self, council_id: int, where: ActionFilter | None = None
    ) -> list[ActionPointView]:
        with self.unit() as s:
            return self._list_actions(s, council_id, where)

    def _list_actions(
        self, s: Session, council_id: int, where: ActionFilter | None = None
    ) -> list[ActionPointView]:
        """`list_actions` inside the caller's transaction."""
        where = where or ActionFilter()
        today = self.today()
        query = select(ActionPoint).where(ActionPoint.council_id == council_id)
        if where.open_only or where.overdue_only:
            query = query.where(
                ActionPoint.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS])
            )
        if where.overdue_only:
            query = query.where(ActionPoint.due_date < today)
        if where.status is not None:
            query = query.where(ActionPoint.status == where.status)
        if where.person_id is not None:
            query = query.where(ActionPoint.owner_person_id == where.person_id)
        if where.project_id is not None:
            query = query.where(ActionPoint.project_id == where.project_id)
        if where.meeting_id is not None:
            reviewed = select(ActionProgress.action_point_id).where(
                ActionProgress.meeting_id == where.meeting_id
            )
            query = query.where(
                (ActionPoint.origin_meeting_id == where.meeting_id) | ActionPoint.id.in_(reviewed)
            )
        if where.text.strip():
            query = query.where(ActionPoint.title.ilike(f"%{where.text.strip()}%"))
        query = query.order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
        return action_views(s, s.scalars(query).all())
