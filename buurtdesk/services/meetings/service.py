"""Planning, running and closing meetings; the agenda, notes, attendance and minutes state."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    Language,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    PhaseKind,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import (
    MAX_NAME_LENGTH,
    MAX_PLACE_LENGTH,
    MAX_TITLE_LENGTH,
    STANDING_ITEMS,
    STANDING_TITLES_EN,
    DecisionNumber,
    clean_text,
)
from buurtdesk.services.base import check_version
from buurtdesk.services.councils import council_view
from buurtdesk.services.loaders import action_views, decision_views, item_view, meeting_summary
from buurtdesk.services.meetings.agenda import AgendaOperations, item_title, note_text
from buurtdesk.services.views import (
    ActionPointView,
    ActionProgressView,
    AttendanceView,
    MeetingDetail,
    MeetingSummary,
)
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Attendance,
    Council,
    Decision,
    Meeting,
    Membership,
    Organisation,
    Person,
)

DEFAULT_INTERVAL = timedelta(days=28)


def _standing_title(kind: AgendaItemKind, dutch: str, language: Language) -> str:
    return STANDING_TITLES_EN[kind] if language == Language.ENGLISH else dutch


class MeetingService(AgendaOperations):
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
        council = self.fetch(s, Council, council_id, "Overleg", "Council")
        if start_time and end_time and end_time <= start_time:
            raise InvalidInput(
                "De eindtijd ligt voor de begintijd.", "The end time is before the start time."
            )
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
        for item_kind, dutch, minutes in STANDING_ITEMS:
            if item_kind == AgendaItemKind.ANY_OTHER_BUSINESS:
                for topic in topics:
                    position += 1
                    s.add(
                        AgendaItem(
                            meeting_id=meeting.id,
                            position=position,
                            title=item_title(topic),
                            planned_minutes=20,
                        )
                    )
            position += 1
            s.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=position,
                    kind=item_kind,
                    title=_standing_title(item_kind, dutch, council.language),
                    planned_minutes=minutes,
                    phase=PhaseKind.VISION
                    if kind == MeetingKind.TOEKOMSTAGENDA
                    and item_kind == AgendaItemKind.ANNOUNCEMENTS
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
                    meeting_id=meeting.id, person_id=person_id, status=AttendanceStatus.ABSENT
                )
            )
        s.flush()
        return meeting_summary(meeting, position)

    def update_meeting(
        self, meeting_id: int, *, expected_version: int | None = None, **changes: object
    ) -> MeetingSummary:
        allowed = {"date", "start_time", "end_time", "place", "kind", "title"}
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            check_version(meeting, expected_version)
            self._ensure_editable(meeting)
            for key, value in changes.items():
                if key not in allowed:
                    raise TypeError(f"cannot change {key}")
                if key == "kind":
                    value = MeetingKind(str(value))
                if key in ("place", "title"):
                    value = str(value).strip()[:MAX_PLACE_LENGTH]
                setattr(meeting, key, value)
            if meeting.start_time and meeting.end_time and meeting.end_time <= meeting.start_time:
                raise InvalidInput(
                    "De eindtijd ligt voor de begintijd.", "The end time is before the start time."
                )
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
            return meeting_summary(self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting"))

    def get_meeting(self, meeting_id: int) -> MeetingDetail:
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            council = s.get(Council, meeting.council_id)
            assert council is not None
            items = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            ).all()
            decisions = s.scalars(
                select(Decision)
                .where(Decision.meeting_id == meeting_id)
                .order_by(Decision.year, Decision.sequence)
            ).all()
            new_actions = s.scalars(
                select(ActionPoint)
                .where(ActionPoint.origin_meeting_id == meeting_id)
                .order_by(ActionPoint.id)
            ).all()
            previous = s.scalars(
                select(Meeting)
                .where(Meeting.council_id == meeting.council_id, Meeting.date < meeting.date)
                .order_by(Meeting.date.desc(), Meeting.id.desc())
                .limit(1)
            ).first()
            following = s.scalars(
                select(Meeting)
                .where(Meeting.council_id == meeting.council_id, Meeting.date > meeting.date)
                .order_by(Meeting.date, Meeting.id)
                .limit(1)
            ).first()
            adopted_in = (
                s.get(Meeting, meeting.minutes_adopted_in_id)
                if meeting.minutes_adopted_in_id
                else None
            )
            return MeetingDetail(
                meeting=meeting_summary(meeting, len(items)),
                council=council_view(council),
                items=tuple(item_view(i) for i in items),
                attendance=tuple(self._attendance(s, meeting)),
                decisions=tuple(decision_views(s, decisions)),
                new_actions=tuple(action_views(s, new_actions)),
                reviewed_actions=tuple(self._reviewed(s, meeting)),
                previous_meeting=meeting_summary(previous) if previous else None,
                next_meeting=meeting_summary(following) if following else None,
                minutes_amendments=meeting.minutes_amendments,
                adopted_in=meeting_summary(adopted_in) if adopted_in else None,
            )

    def _reviewed(
        self, s: Session, meeting: Meeting
    ) -> list[tuple[ActionPointView, ActionProgressView | None]]:
        """The action list of this meeting: what it reviewed, or (before it closes) what is open."""
        progress = {
            p.action_point_id: p
            for p in s.scalars(
                select(ActionProgress).where(ActionProgress.meeting_id == meeting.id)
            ).all()
        }
        query = select(ActionPoint).where(ActionPoint.council_id == meeting.council_id)
        if meeting.status == MeetingStatus.CLOSED:
            query = query.where(
                ActionPoint.id.in_(list(progress)) if progress else ActionPoint.id < 0
            )
        else:
            query = query.where(
                (ActionPoint.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]))
                | (ActionPoint.id.in_(list(progress)))
            )
        # Actions made in this very meeting are its new actions, not its action list.
        query = query.where(
            (ActionPoint.origin_meeting_id != meeting.id) | ActionPoint.origin_meeting_id.is_(None)
        )
        rows = s.scalars(
            query.order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
        ).all()
        result: list[tuple[ActionPointView, ActionProgressView | None]] = []
        for view in action_views(s, rows):
            p = progress.get(view.id)
            result.append(
                (
                    view,
                    ActionProgressView(meeting.id, meeting.date, p.note, p.status_after)
                    if p
                    else None,
                )
            )
        return result

    @staticmethod
    def _attendance(s: Session, meeting: Meeting) -> list[AttendanceView]:
        member_ids = set(
            s.scalars(
                select(Membership.person_id).where(Membership.council_id == meeting.council_id)
            ).all()
        )
        rows = s.execute(
            select(Attendance, Person.name, Organisation.name)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .outerjoin(Organisation, Organisation.id == Person.organisation_id)
            .where(Attendance.meeting_id == meeting.id)
        ).all()
        views = [
            AttendanceView(
                id=a.id,
                person_id=a.person_id,
                name=person_name or a.guest_name,
                organisation=org_name or a.guest_organisation or "",
                status=a.status,
                is_member=a.person_id in member_ids,
            )
            for a, person_name, org_name in rows
        ]
        views.sort(key=lambda v: (not v.is_member, v.name.casefold()))
        return views

    # -- attendance --------------------------------------------------------------------------
    def set_attendance(
        self, meeting_id: int, person_id: int, status: AttendanceStatus
    ) -> AttendanceStatus | None:
        """Mark a person; returns the status they had before (None when not on the list)."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            self._ensure_editable(meeting)
            self.fetch(s, Person, person_id, "Persoon", "Person")
            row = s.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
                )
            ).first()
            before = row.status if row else None
            if row is None:
                s.add(
                    Attendance(
                        meeting_id=meeting_id, person_id=person_id, status=AttendanceStatus(status)
                    )
                )
            else:
                row.status = AttendanceStatus(status)
            return before

    def add_guest(self, meeting_id: int, name: str, organisation: str = "") -> AttendanceView:
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            self._ensure_editable(meeting)
            guest = clean_text(
                name,
                field_nl="de naam van de gast",
                field_en="the guest's name",
                limit=MAX_NAME_LENGTH,
                required=True,
            )
            row = Attendance(
                meeting_id=meeting_id,
                guest_name=guest,
                guest_organisation=organisation.strip()[:MAX_NAME_LENGTH],
                status=AttendanceStatus.GUEST,
            )
            s.add(row)
            s.flush()
            return AttendanceView(
                row.id, None, guest, row.guest_organisation, AttendanceStatus.GUEST, False
            )

    def remove_attendance(self, attendance_id: int) -> None:
        with self.unit() as s:
            row = self.fetch(s, Attendance, attendance_id, "Presentie", "Attendance")
            self._ensure_editable(self._meeting_by_id(s, row.meeting_id))
            s.delete(row)

    # -- running and closing -----------------------------------------------------------------
    def start_meeting(self, meeting_id: int) -> MeetingSummary:
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            self._ensure_editable(meeting)
            if meeting.status == MeetingStatus.PLANNED:
                meeting.status = MeetingStatus.IN_PROGRESS
            return meeting_summary(meeting)

    def close_meeting(self, meeting_id: int) -> MeetingSummary:
        """Close: minutes become a draft, every open action is carried, the next meeting exists.

        Returns the next meeting, planned from the template when none was planned yet.
        """
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            if meeting.status == MeetingStatus.CLOSED:
                raise RuleViolation(
                    "Deze vergadering is al gesloten.", "This meeting is already closed."
                )
            meeting.status = MeetingStatus.CLOSED
            meeting.minutes_state = MinutesState.DRAFT
            reviewed = set(
                s.scalars(
                    select(ActionProgress.action_point_id).where(
                        ActionProgress.meeting_id == meeting_id
                    )
                ).all()
            )
            open_actions = s.scalars(
                select(ActionPoint).where(
                    ActionPoint.council_id == meeting.council_id,
                    ActionPoint.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]),
                    (ActionPoint.origin_meeting_id != meeting_id)
                    | ActionPoint.origin_meeting_id.is_(None),
                )
            ).all()
            for action in open_actions:
                if action.id not in reviewed:
                    # Not discussed this time: the history still shows it passed this meeting.
                    s.add(
                        ActionProgress(
                            action_point_id=action.id,
                            meeting_id=meeting_id,
                            status_after=action.status,
                        )
                    )
            following = s.scalars(
                select(Meeting)
                .where(
                    Meeting.council_id == meeting.council_id,
                    Meeting.date > meeting.date,
                    Meeting.status != MeetingStatus.CLOSED,
                )
                .order_by(Meeting.date)
            ).first()
            if following is not None:
                return meeting_summary(following)
            s.flush()
            return self._plan(
                s,
                meeting.council_id,
                meeting.date + DEFAULT_INTERVAL,
                MeetingKind.REGULAR
                if meeting.kind != MeetingKind.CORE_GROUP
                else MeetingKind.CORE_GROUP,
                meeting.start_time,
                meeting.end_time,
                meeting.place,
                "",
                (),
            )

    def mark_minutes_sent(self, meeting_id: int, on: date | None = None) -> MeetingSummary:
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            if meeting.minutes_state != MinutesState.DRAFT:
                raise RuleViolation(
                    "Alleen een conceptverslag kan worden verstuurd.",
                    "Only draft minutes can be sent.",
                )
            meeting.minutes_state = MinutesState.SENT
            meeting.minutes_sent_on = on or self.today()
            return meeting_summary(meeting)

    def adopt_minutes(
        self, meeting_id: int, in_meeting_id: int, amendments: str = ""
    ) -> MeetingSummary:
        """The next meeting adopts the minutes of an earlier one, with its amendments noted."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            adopting = self.fetch(s, Meeting, in_meeting_id, "Vergadering", "Meeting")
            if meeting.minutes_state is None:
                raise RuleViolation(
                    "Deze vergadering heeft nog geen verslag: sluit haar eerst.",
                    "This meeting has no minutes yet: close it first.",
                )
            if meeting.minutes_state == MinutesState.ADOPTED:
                raise RuleViolation(
                    "Dit verslag is al vastgesteld.", "These minutes are already adopted."
                )
            if adopting.council_id != meeting.council_id or adopting.date < meeting.date:
                raise RuleViolation(
                    "Een verslag wordt vastgesteld in een latere vergadering van hetzelfde overleg.",
                    "Minutes are adopted in a later meeting of the same council.",
                )
            meeting.minutes_state = MinutesState.ADOPTED
            meeting.minutes_adopted_on = adopting.date
            meeting.minutes_adopted_in_id = adopting.id
            meeting.minutes_amendments = note_text(amendments.strip())
            return meeting_summary(meeting)

    def undo_adopt_minutes(self, meeting_id: int, state: MinutesState) -> MeetingSummary:
        """Undo of adopt_minutes: the minutes go back to the state they had (draft or sent)."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            meeting.minutes_state = MinutesState(state)
            meeting.minutes_adopted_on = None
            meeting.minutes_adopted_in_id = None
            meeting.minutes_amendments = ""
            return meeting_summary(meeting)

    def remove_planned_meeting(self, meeting_id: int) -> None:
        """Undo of planning a meeting: only a meeting that has not started and holds no records."""
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, meeting_id, "Vergadering", "Meeting")
            held = s.scalar(
                select(func.count(Decision.id)).where(Decision.meeting_id == meeting_id)
            ) or s.scalar(
                select(func.count(ActionPoint.id)).where(
                    ActionPoint.origin_meeting_id == meeting_id
                )
            )
            if meeting.status != MeetingStatus.PLANNED or held:
                raise RuleViolation(
                    "Deze vergadering is al begonnen of heeft besluiten of actiepunten; ze blijft bestaan.",
                    "This meeting has started or holds decisions or action points; it stays.",
                )
            for model in (AgendaItem, Attendance):
                for row in s.scalars(select(model).where(model.meeting_id == meeting_id)).all():
                    s.delete(row)
            s.delete(meeting)

    def next_decision_number(self, council_id: int, year: int) -> DecisionNumber:
        """The number the next decision of this council in this year will get."""
        with self.unit() as s:
            current = s.scalar(
                select(func.max(Decision.sequence)).where(
                    Decision.council_id == council_id, Decision.year == year
                )
            )
            return DecisionNumber(year, int(current or 0) + 1)
