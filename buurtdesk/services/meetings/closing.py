"""Opening and closing a meeting honestly: the times it really opened and closed, the next
meeting as agreed (a date, or "nog niet afgesproken"), and undo of closing and re-opening."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.dates import LongDate
from buurtdesk.domain.enums import ActionStatus, MeetingKind, MeetingStatus, MinutesState
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import MAX_PLACE_LENGTH
from buurtdesk.messages import NC_
from buurtdesk.services.base import Clock, Service
from buurtdesk.services.loaders import meeting_summary
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.views import MeetingSummary
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Attendance,
    Council,
    Decision,
    Meeting,
)

# Plans a meeting inside a unit of work: (session, council, date, kind, start, end, place).
Planner = Callable[
    [Session, int, date, MeetingKind, time | None, time | None, str | None], MeetingSummary
]


def now_minute() -> time:
    return datetime.now().time().replace(second=0, microsecond=0)


@dataclass(frozen=True)
class Closing:
    """What closing changed, so that undo puts every bit of it back."""

    meeting_id: int
    status_before: MeetingStatus
    closed_at_before: time | None
    next_before: int | None
    carried_ids: tuple[int, ...]
    next_meeting: MeetingSummary | None
    created_next: bool
    next_date_before: date | None


@dataclass(frozen=True)
class Reopening:
    meeting_id: int
    minutes_state: MinutesState
    minutes_sent_on: date | None
    closed_at: time | None


class ClosingService(Service):
    """`services.meetings.closing`."""

    def __init__(self, database: Database, clock: Clock, planner: Planner) -> None:
        super().__init__(database, clock)
        self._planner = planner

    def open(self, meeting_id: int, at: time | None = None) -> MeetingSummary:
        """The meeting starts: in progress, and the time it opened (kept when already set)."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            ensure_meeting_editable(s, meeting.id)
            if meeting.status == MeetingStatus.PLANNED:
                meeting.status = MeetingStatus.IN_PROGRESS
            if meeting.opened_at is None and meeting.status != MeetingStatus.CLOSED:
                meeting.opened_at = at or now_minute()
            return meeting_summary(meeting)

    def set_times(
        self, meeting_id: int, opened_at: time | None, closed_at: time | None
    ) -> tuple[time | None, time | None]:
        """Correct the times the meeting opened and closed; returns both as they were."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            ensure_meeting_editable(s, meeting.id)
            if opened_at and closed_at and closed_at < opened_at:
                raise InvalidInput.said("The closing time is before the opening time.")
            before = (meeting.opened_at, meeting.closed_at)
            meeting.opened_at, meeting.closed_at = opened_at, closed_at
            return before

    def close(
        self,
        meeting_id: int,
        next_date: date | None,
        *,
        closed_at: time | None = None,
        start_time: time | None = None,
        end_time: time | None = None,
        place: str | None = None,
    ) -> Closing:
        """Close: minutes become a draft, open actions are carried, and the next meeting is
        the one agreed (next_date) or "nog niet afgesproken" (None). Nothing is invented."""
        with self.unit() as s:
            return self._close(s, meeting_id, next_date, closed_at, start_time, end_time, place)

    def _close(
        self,
        s: Session,
        meeting_id: int,
        next_date: date | None,
        closed_at: time | None = None,
        start_time: time | None = None,
        end_time: time | None = None,
        place: str | None = None,
    ) -> Closing:
        """`close` inside the caller's transaction."""
        meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
        if meeting.status == MeetingStatus.CLOSED:
            raise RuleViolation.said("This meeting is already closed.")
        ensure_meeting_editable(s, meeting.id)
        if next_date is not None and next_date <= meeting.date:
            raise InvalidInput.said(
                "The next meeting must come after this one (after {date}).",
                date=LongDate(meeting.date),
            )
        stamp = closed_at or meeting.closed_at or now_minute()
        if meeting.opened_at and stamp < meeting.opened_at and closed_at is not None:
            raise InvalidInput.said("The closing time is before the opening time.")
        closing_before = (meeting.status, meeting.closed_at, meeting.next_meeting_id)
        meeting.status = MeetingStatus.CLOSED
        meeting.minutes_state = MinutesState.DRAFT
        meeting.closed_at = stamp
        carried = self._carry(s, meeting)
        created, date_before, following = False, None, None
        if next_date is not None:
            following = self._following(s, meeting)
            if following is not None:
                if following.date != next_date:
                    date_before = following.date
                    following.date = next_date
                for key, value in (("start_time", start_time), ("end_time", end_time)):
                    if value is not None:
                        setattr(following, key, value)
                if place is not None:
                    following.place = place.strip()[:MAX_PLACE_LENGTH]
                summary = meeting_summary(following)
            else:
                council = s.get(Council, meeting.council_id)
                assert council is not None
                summary = self._planner(
                    s,
                    meeting.council_id,
                    next_date,
                    MeetingKind.CORE_GROUP
                    if meeting.kind == MeetingKind.CORE_GROUP
                    else MeetingKind.REGULAR,
                    start_time or meeting.start_time,
                    end_time or meeting.end_time,
                    place if place is not None else council.default_place,
                )
                created = True
            meeting.next_meeting_id = summary.id
        else:
            summary = None
            meeting.next_meeting_id = None
        s.flush()
        return Closing(
            meeting_id=meeting.id,
            status_before=closing_before[0],
            closed_at_before=closing_before[1],
            next_before=closing_before[2],
            carried_ids=tuple(carried),
            next_meeting=meeting_summary(s.get_one(Meeting, summary.id)) if summary else None,
            created_next=created,
            next_date_before=date_before,
        )

    def undo_close(self, closing: Closing) -> MeetingSummary:
        """Undo of close: the meeting open again as it was, the next meeting as it was."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, closing.meeting_id, NC_("kind of record", "Meeting"))
            ensure_meeting_editable(s, meeting.id)
            meeting.status = closing.status_before
            meeting.minutes_state = None
            meeting.minutes_sent_on = None
            meeting.closed_at = closing.closed_at_before
            meeting.next_meeting_id = closing.next_before
            for progress_id in closing.carried_ids:
                progress = s.get(ActionProgress, progress_id)
                if progress is not None:
                    s.delete(progress)
            nxt = s.get(Meeting, closing.next_meeting.id) if closing.next_meeting else None
            if nxt is not None and closing.created_next and _empty(s, nxt):
                for model in (AgendaItem, Attendance):
                    for row in s.scalars(select(model).where(model.meeting_id == nxt.id)).all():
                        s.delete(row)
                s.flush()
                s.delete(nxt)
            elif nxt is not None and closing.next_date_before is not None:
                nxt.date = closing.next_date_before
            s.flush()
            return meeting_summary(meeting)

    def reopen(self, meeting_id: int) -> Reopening:
        """A closed meeting opens again (closed by mistake); adopted minutes stay closed."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            ensure_meeting_editable(s, meeting.id)
            if meeting.status != MeetingStatus.CLOSED or meeting.minutes_state is None:
                raise RuleViolation.said("This meeting is not closed.")
            done = Reopening(
                meeting.id, meeting.minutes_state, meeting.minutes_sent_on, meeting.closed_at
            )
            meeting.status = MeetingStatus.IN_PROGRESS
            meeting.minutes_state = None
            meeting.minutes_sent_on = None
            return done

    def undo_reopen(self, reopening: Reopening) -> MeetingSummary:
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, reopening.meeting_id, NC_("kind of record", "Meeting"))
            meeting.status = MeetingStatus.CLOSED
            meeting.minutes_state = reopening.minutes_state
            meeting.minutes_sent_on = reopening.minutes_sent_on
            meeting.closed_at = reopening.closed_at
            return meeting_summary(meeting)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _carry(s: Session, meeting: Meeting) -> list[int]:
        """Every open action not discussed this time: the history shows it passed this meeting."""
        reviewed = set(
            s.scalars(
                select(ActionProgress.action_point_id).where(
                    ActionProgress.meeting_id == meeting.id
                )
            ).all()
        )
        open_actions = s.scalars(
            select(ActionPoint).where(
                ActionPoint.council_id == meeting.council_id,
                ActionPoint.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
                (ActionPoint.origin_meeting_id != meeting.id)
                | ActionPoint.origin_meeting_id.is_(None),
            )
        ).all()
        added = []
        for action in open_actions:
            if action.id not in reviewed:
                row = ActionProgress(
                    action_point_id=action.id, meeting_id=meeting.id, status_after=action.status
                )
                s.add(row)
                added.append(row)
        s.flush()
        return [row.id for row in added]

    @staticmethod
    def _following(s: Session, meeting: Meeting) -> Meeting | None:
        return s.scalars(
            select(Meeting)
            .where(
                Meeting.council_id == meeting.council_id,
                Meeting.date > meeting.date,
                Meeting.status != MeetingStatus.CLOSED,
            )
            .order_by(Meeting.date, Meeting.id)
        ).first()


def _empty(s: Session, meeting: Meeting) -> bool:
    if meeting.status != MeetingStatus.PLANNED:
        return False
    held = s.scalar(select(func.count(Decision.id)).where(Decision.meeting_id == meeting.id))
    made = s.scalar(
        select(func.count(ActionPoint.id)).where(ActionPoint.origin_meeting_id == meeting.id)
    )
    return not held and not made
