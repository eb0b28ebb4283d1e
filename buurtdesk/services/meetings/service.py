"""Planning, running and closing meetings; the agenda, notes, attendance and minutes state."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import (
    AgendaItemKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    PhaseKind,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import (
    MAX_PLACE_LENGTH,
    MAX_TITLE_LENGTH,
    DecisionNumber,
)
from buurtdesk.messages import NC_
from buurtdesk.services.base import Clock, check_version
from buurtdesk.services.loaders import (
    meeting_summary,
)
from buurtdesk.services.meetings.agenda import AgendaOperations, item_title, note_text
from buurtdesk.services.meetings.attendance import (
    AttendanceService,
)
from buurtdesk.services.meetings.closing import ClosingService
from buurtdesk.services.meetings.core_group import add_project_items, ensure_one_core_group
from buurtdesk.services.meetings.detail import meeting_detail
from buurtdesk.services.meetings.template import TemplateService, template_of
from buurtdesk.services.views import (
    AttendanceView,
    MeetingDetail,
    MeetingSummary,
)
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    AgendaItem,
    Attendance,
    Council,
    Decision,
    Meeting,
    Membership,
)

DEFAULT_INTERVAL = timedelta(days=28)


class MeetingService(AgendaOperations):
    """Meetings; `attendance`, `closing` and `template` are its composed parts."""

    def __init__(self, database: Database, clock: Clock = date.today) -> None:
        super().__init__(database, clock)
        self.attendance = AttendanceService(database, clock)
        self.template = TemplateService(database, clock)
        self.closing = ClosingService(database, clock, self._plan_for_close)

    # -- planning ------------------------------------------------------------------------------
    def plan_meeting(
        self,
        council_id: int,
        on: date,
        *,
        kind: MeetingKind = MeetingKind.REGULAR,
        start_time: time | None = time(19, 30),
        end_time: time | None = time(21, 30),
        place: str | None = None,
        title: str = "",
        topics: tuple[str, ...] = (),
    ) -> MeetingSummary:
        """A new meeting from the template: standing items, topics, and the members invited."""
        with self.unit() as s:
            return self._plan(s, council_id, on, kind, start_time, end_time, place, title, topics)

    def _plan(
        self,
        s: Session,
        council_id: int,
        on: date,
        kind: MeetingKind,
        start_time: time | None,
        end_time: time | None,
        place: str | None,
        title: str,
        topics: tuple[str, ...],
    ) -> MeetingSummary:
        council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
        if start_time and end_time and end_time <= start_time:
            raise InvalidInput.said("The end time is before the start time.")
        if kind == MeetingKind.CORE_GROUP:
            ensure_one_core_group(s, council_id, on)
        meeting = Meeting(
            council_id=council_id,
            kind=MeetingKind(kind),
            title=title.strip()[:MAX_TITLE_LENGTH],
            date=on,
            start_time=start_time,
            end_time=end_time,
            place=(place if place is not None else council.default_place).strip()[
                :MAX_PLACE_LENGTH
            ],
        )
        s.add(meeting)
        s.flush()
        position = 0
        template = template_of(s, council)
        kinds = [t.kind for t in template]
        topic_before = next(
            (k for k in (AgendaItemKind.ANY_OTHER_BUSINESS, AgendaItemKind.CLOSING) if k in kinds),
            None,
        )
        for entry in [*template, None]:
            if entry is None or entry.kind == topic_before:
                for topic in topics if entry is not None or topic_before is None else ():
                    position += 1
                    s.add(
                        AgendaItem(
                            meeting_id=meeting.id,
                            position=position,
                            title=item_title(topic),
                            planned_minutes=20,
                        )
                    )
            if entry is None:
                break
            position += 1
            s.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=position,
                    kind=entry.kind,
                    title=entry.title,
                    planned_minutes=entry.planned_minutes,
                    level=entry.level,
                    phase=PhaseKind.VISION
                    if kind == MeetingKind.TOEKOMSTAGENDA
                    and entry.kind == AgendaItemKind.ANNOUNCEMENTS
                    else None,
                )
            )
        members = s.scalars(
            select(Membership.person_id)
            .where(Membership.council_id == council_id, Membership.until.is_(None))
            .distinct()
        ).all()
        for person_id in members:
            s.add(
                Attendance(
                    meeting_id=meeting.id, person_id=person_id, status=AttendanceStatus.UNKNOWN
                )
            )
        s.flush()
        if kind == MeetingKind.CORE_GROUP:  # a kerngroep follows the running projects
            position += add_project_items(s, meeting)
        return meeting_summary(meeting, position)

    def update_meeting(
        self, meeting_id: int, *, expected_version: int | None = None, **changes: object
    ) -> MeetingSummary:
        allowed = {"date", "start_time", "end_time", "place", "kind", "title", "closed_session"}
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            check_version(meeting, expected_version, changes)
            self._ensure_editable(meeting)
            for key, value in changes.items():
                if key not in allowed:
                    raise TypeError(f"cannot change {key}")
                if key == "kind":
                    value = MeetingKind(str(value))
                if key in ("place", "title"):
                    value = str(value).strip()[:MAX_PLACE_LENGTH]
                if key == "closed_session":
                    value = bool(value)
                setattr(meeting, key, value)
            if meeting.start_time and meeting.end_time and meeting.end_time <= meeting.start_time:
                raise InvalidInput.said("The end time is before the start time.")
            if meeting.kind == MeetingKind.CORE_GROUP and ("date" in changes or "kind" in changes):
                ensure_one_core_group(s, meeting.council_id, meeting.date, meeting.id)
            s.flush()
            return meeting_summary(meeting)

    def list_meetings(self, council_id: int) -> list[MeetingSummary]:
        """All meetings of a council, oldest first."""
        with self.unit() as s:
            counts = (
                select(AgendaItem.meeting_id, func.count(AgendaItem.id).label("n"))
                .where(
                    AgendaItem.meeting_id.in_(
                        select(Meeting.id).where(Meeting.council_id == council_id)
                    )
                )
                .group_by(AgendaItem.meeting_id)
                .subquery()
            )
            rows = s.execute(
                select(Meeting, counts.c.n)
                .outerjoin(counts, counts.c.meeting_id == Meeting.id)
                .where(Meeting.council_id == council_id)
                .order_by(Meeting.date, Meeting.id)
            ).all()
            return [meeting_summary(m, n or 0) for m, n in rows]

    def get_summary(self, meeting_id: int) -> MeetingSummary:
        with self.unit() as s:
            return meeting_summary(
                self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            )

    def get_meeting(self, meeting_id: int) -> MeetingDetail:
        with self.unit() as s:
            return self._detail(s, meeting_id)

    def _detail(self, s: Session, meeting_id: int) -> MeetingDetail:
        """`get_meeting` inside the caller's transaction."""
        return meeting_detail(
            s, self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
        )

    # -- attendance (services.meetings.attendance) -------------------------------------------
    def set_attendance(
        self, meeting_id: int, person_id: int, status: AttendanceStatus
    ) -> AttendanceStatus | None:
        """Record a person's state; returns the state before (None when not on the list)."""
        return self.attendance.set_attendance(meeting_id, person_id, status)

    def add_guest(
        self, meeting_id: int, name: str, organisation: str = "", function: str = ""
    ) -> AttendanceView:
        return self.attendance.add_guest(meeting_id, name, organisation, function)

    def remove_attendance(self, attendance_id: int) -> None:
        self.attendance.remove_attendance(attendance_id)

    # -- running and closing -----------------------------------------------------------------
    def start_meeting(self, meeting_id: int) -> MeetingSummary:
        """The meeting begins: in progress, and the time it opened is noted."""
        return self.closing.open(meeting_id)

    def close_meeting(self, meeting_id: int) -> MeetingSummary:
        """Close for scripts and the demo: the next meeting is the one already planned, or four
        weeks later. The screens ask instead (`closing.close` with a date or None)."""
        with self.unit() as s:
            this = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            planned = s.scalars(
                select(Meeting.date)
                .where(
                    Meeting.council_id == this.council_id,
                    Meeting.date > this.date,
                    Meeting.status != MeetingStatus.CLOSED,
                )
                .order_by(Meeting.date, Meeting.id)
            ).first()
            closing = self.closing._close(s, meeting_id, planned or this.date + DEFAULT_INTERVAL)
            assert closing.next_meeting is not None
            return closing.next_meeting

    def _plan_for_close(
        self,
        s: Session,
        council_id: int,
        on: date,
        kind: MeetingKind,
        start_time: time | None,
        end_time: time | None,
        place: str | None,
    ) -> MeetingSummary:
        return self._plan(s, council_id, on, kind, start_time, end_time, place, "", ())

    def adopt_minutes(
        self, meeting_id: int, in_meeting_id: int, amendments: str = ""
    ) -> MeetingSummary:
        """The next meeting adopts the minutes of an earlier one, with its amendments noted."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            adopting = self.fetch(s, Meeting, in_meeting_id, NC_("kind of record", "Meeting"))
            if meeting.minutes_state is None:
                raise RuleViolation.said("This meeting has no minutes yet: close it first.")
            if meeting.minutes_state == MinutesState.ADOPTED:
                raise RuleViolation.said("These minutes are already adopted.")
            if adopting.council_id != meeting.council_id or adopting.date < meeting.date:
                raise RuleViolation.said(
                    "Minutes are adopted in a later meeting of the same council."
                )
            meeting.minutes_state = MinutesState.ADOPTED
            meeting.minutes_adopted_on = adopting.date
            meeting.minutes_adopted_in_id = adopting.id
            meeting.minutes_amendments = note_text(amendments.strip())
            return meeting_summary(meeting)

    def undo_adopt_minutes(self, meeting_id: int, state: MinutesState) -> MeetingSummary:
        """Undo of adopt_minutes: the minutes go back to the state they had (draft or sent).

        Guarded: only adopted minutes, only back to draft or sent, and not once the minutes of
        the meeting that adopted them are adopted too (then the adoption is on record)."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            if meeting.minutes_state != MinutesState.ADOPTED:
                raise RuleViolation.said("These minutes are not adopted; there is nothing to undo.")
            if state is None or MinutesState(state) == MinutesState.ADOPTED:
                raise RuleViolation.said("Adopted minutes only go back to draft or sent.")
            adopting = (
                s.get(Meeting, meeting.minutes_adopted_in_id)
                if meeting.minutes_adopted_in_id is not None
                else None
            )
            if adopting is not None and adopting.minutes_state == MinutesState.ADOPTED:
                raise RuleViolation.said(
                    "The minutes of the meeting that adopted these minutes are adopted too; the adoption can no longer be undone."
                )
            meeting.minutes_state = MinutesState(state)
            meeting.minutes_adopted_on = None
            meeting.minutes_adopted_in_id = None
            meeting.minutes_amendments = ""
            return meeting_summary(meeting)

    def remove_planned_meeting(self, meeting_id: int) -> None:
        """Undo of planning a meeting: only a meeting that has not started and holds no records."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            held = s.scalar(
                select(func.count(Decision.id)).where(Decision.meeting_id == meeting_id)
            ) or s.scalar(
                select(func.count(ActionPoint.id)).where(
                    ActionPoint.origin_meeting_id == meeting_id
                )
            )
            if meeting.status != MeetingStatus.PLANNED or held:
                raise RuleViolation.said(
                    "This meeting has started or holds decisions or action points; it stays."
                )
            for model in (AgendaItem, Attendance):
                for row in s.scalars(select(model).where(model.meeting_id == meeting_id)).all():
                    s.delete(row)
            s.delete(meeting)

    def next_decision_number(self, council_id: int, year: int) -> DecisionNumber:
        """The number the next decision of this council in this year will get."""
        from buurtdesk.store.numbering import peek_decision_number

        with self.unit() as s:
            return DecisionNumber(year, peek_decision_number(s, council_id, year))
