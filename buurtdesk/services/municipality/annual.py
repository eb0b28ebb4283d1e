"""The council's year for its annual report (jaarverslag), and the chair's foreword to it.

`report(council_id, year)` gathers the year from what the council already keeps: members who
took part (and who joined and left), the meetings held with their attendance, the decisions,
what happened to the action points, the toekomstagenda's moves. The buurtbudget's figures come
from `BudgetService.year_balance`, the same numbers as the budget screen.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.councils import council_view
from buurtdesk.services.loaders import decision_views
from buurtdesk.services.municipality.annual_views import (
    ActionLine,
    AnnualReport,
    EvaluationLine,
    ForewordView,
    MeetingLine,
    MemberLine,
    PhaseMove,
    ProjectLine,
)
from buurtdesk.services.municipality.funds import _year
from buurtdesk.store.models import (
    ActionPoint,
    Attendance,
    Council,
    Cycle,
    Decision,
    Evaluation,
    Foreword,
    Meeting,
    Membership,
    Organisation,
    Person,
    PhaseTransition,
    Project,
)


class AnnualReportService(Service):
    # -- the foreword --------------------------------------------------------------------------
    def foreword(self, council_id: int, year: int) -> ForewordView:
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            row = _foreword_row(s, council_id, _year(year))
            if row is None:
                return ForewordView(council_id, year, "", 0)
            return ForewordView(council_id, year, row.text, row.version)

    def set_foreword(
        self, council_id: int, year: int, text: str, *, expected_version: int | None = None
    ) -> ForewordView:
        """Store the chair's foreword of `year` (an empty text clears it)."""
        value = (
            clean_text(
                text,
                field=NC_("field", "the foreword"),
                limit=MAX_NOTE_LENGTH,
                required=False,
            )
            if text.strip()
            else ""
        )
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            row = _foreword_row(s, council_id, _year(year))
            if row is None:
                row = Foreword(council_id=council_id, year=year, text=value)
                s.add(row)
            else:
                if expected_version:
                    check_version(row, expected_version)
                row.text = value
            s.flush()
            return ForewordView(council_id, year, row.text, row.version)

    # -- the year --------------------------------------------------------------------------------
    def report_years(self, council_id: int) -> list[int]:
        """Years in which the council met, newest first (this year always included)."""
        with self.unit() as s:
            days = s.scalars(
                select(func.min(Meeting.date)).where(Meeting.council_id == council_id)
            ).first()
        first = days.year if days else self.today().year
        return list(range(self.today().year, first - 1, -1))

    def report(self, council_id: int, year: int) -> AnnualReport:
        start, end = date(_year(year), 1, 1), date(year, 12, 31)
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            foreword = _foreword_row(s, council_id, year)
            meetings = _meetings(s, council_id, start, end)
            members = _members(s, council_id, start, end, meetings)
            decisions = s.scalars(
                select(Decision)
                .where(Decision.council_id == council_id, Decision.year == year)
                .order_by(Decision.sequence)
            ).all()
            opened, done, dropped, carried = _actions(s, council_id, start, end)
            moves, started, finished, evaluations, phase, number = _cycle(s, council_id, start, end)
            return AnnualReport(
                council=council_view(council),
                year=year,
                foreword=foreword.text if foreword else "",
                members=members,
                meetings=meetings,
                decisions=tuple(decision_views(s, decisions)),
                opened=opened,
                done=done,
                dropped=dropped,
                carried=carried,
                phase_moves=moves,
                projects_started=started,
                projects_finished=finished,
                evaluations=evaluations,
                current_phase=phase,
                cycle_number=number,
            )


def _foreword_row(s: Session, council_id: int, year: int) -> Foreword | None:
    return s.scalars(
        select(Foreword).where(Foreword.council_id == council_id, Foreword.year == year)
    ).first()


def _meetings(s: Session, council_id: int, start: date, end: date) -> tuple[MeetingLine, ...]:
    rows = s.execute(
        select(Meeting.id, Meeting.date, Meeting.kind, Meeting.title)
        .where(
            Meeting.council_id == council_id,
            Meeting.date >= start,
            Meeting.date <= end,
            Meeting.status == MeetingStatus.CLOSED,
        )
        .order_by(Meeting.date, Meeting.id)
    ).all()
    ids = [r[0] for r in rows]
    counts: dict[int, Counter[AttendanceStatus]] = defaultdict(Counter)
    for part in _chunks(ids):
        for mid, status, n in s.execute(
            select(Attendance.meeting_id, Attendance.status, func.count(Attendance.id))
            .where(Attendance.meeting_id.in_(part))
            .group_by(Attendance.meeting_id, Attendance.status)
        ):
            counts[mid][AttendanceStatus(status)] = int(n)
    return tuple(
        MeetingLine(
            meeting_id=mid,
            day=day,
            kind=MeetingKind(kind),
            title=title,
            present=counts[mid][AttendanceStatus.PRESENT],
            apologies=counts[mid][AttendanceStatus.APOLOGIES],
            absent=counts[mid][AttendanceStatus.ABSENT],
            guests=counts[mid][AttendanceStatus.GUEST],
        )
        for mid, day, kind, title in rows
    )


@dataclass
class _Memberships:
    """One person's memberships of the council in the report's year, gathered row by row."""

    name: str
    roles: list[MembershipRole] = field(default_factory=list)
    sinces: list[date | None] = field(default_factory=list)
    untils: list[date | None] = field(default_factory=list)


def _members(
    s: Session, council_id: int, start: date, end: date, meetings: tuple[MeetingLine, ...]
) -> tuple[MemberLine, ...]:
    meeting_ids = [m.meeting_id for m in meetings]
    rows = s.execute(
        select(
            Membership.person_id, Person.name, Membership.role, Membership.since, Membership.until
        )
        .join(Person, Person.id == Membership.person_id)
        .where(
            Membership.council_id == council_id,
            or_(Membership.since.is_(None), Membership.since <= end),
            or_(Membership.until.is_(None), Membership.until >= start),
        )
        .order_by(Person.name, Membership.person_id)
    ).all()
    present: Counter[int] = Counter()
    for part in _chunks(meeting_ids):
        for pid, n in s.execute(
            select(Attendance.person_id, func.count(Attendance.id))
            .where(
                Attendance.meeting_id.in_(part),
                Attendance.status == AttendanceStatus.PRESENT,
                Attendance.person_id.is_not(None),
            )
            .group_by(Attendance.person_id)
        ):
            present[int(pid or 0)] += int(n)
    people: dict[int, _Memberships] = {}
    for pid, name, role, since, until in rows:
        entry = people.setdefault(pid, _Memberships(name))
        entry.roles.append(MembershipRole(role))
        entry.sinces.append(since)
        entry.untils.append(until)
    order = list(MembershipRole)
    lines = []
    for pid, entry in people.items():
        sinces, untils, roles = entry.sinces, entry.untils, entry.roles
        joined = min((d for d in sinces if d is not None), default=None)
        left = None if any(u is None for u in untils) else max(d for d in untils if d is not None)
        spans = [(a or date.min, b or date.max) for a, b in zip(sinces, untils, strict=True)]
        possible = sum(1 for m in meetings if any(a <= m.day <= b for a, b in spans))
        lines.append(
            MemberLine(
                person_id=pid,
                name=entry.name,
                roles=tuple(sorted(set(roles), key=order.index)),
                joined_on=joined if joined is not None and start <= joined <= end else None,
                left_on=left if left is not None and start <= left <= end else None,
                meetings_present=present[pid],
                meetings_possible=possible,
            )
        )
    return tuple(sorted(lines, key=lambda m: (order.index(m.roles[0]), m.name.lower())))


def _actions(
    s: Session, council_id: int, start: date, end: date
) -> tuple[tuple[ActionLine, ...], ...]:
    origin_date = (
        select(Meeting.date).where(Meeting.id == ActionPoint.origin_meeting_id).scalar_subquery()
    )
    rows = s.execute(
        select(
            ActionPoint.id,
            ActionPoint.title,
            Person.name,
            Organisation.name,
            origin_date,
            ActionPoint.created_at,
            ActionPoint.due_date,
            ActionPoint.status,
            ActionPoint.closed_on,
        )
        .outerjoin(Person, Person.id == ActionPoint.owner_person_id)
        .outerjoin(Organisation, Organisation.id == ActionPoint.owner_organisation_id)
        .where(ActionPoint.council_id == council_id)
        .order_by(ActionPoint.id)
    ).all()
    opened, done, dropped, carried = [], [], [], []
    for aid, title, person, org, origin, created, due, status, closed in rows:
        opened_on = origin or created.date()
        if opened_on > end:
            continue
        status = ActionStatus(status)
        line = ActionLine(aid, title, person or org or "", opened_on, due, status, closed)
        if opened_on >= start:
            opened.append(line)
        if closed is not None and start <= closed <= end:
            if status == ActionStatus.DONE:
                done.append(line)
            elif status == ActionStatus.DROPPED:
                dropped.append(line)
        still_open = status.is_open or (closed is not None and closed > end)
        if still_open:
            carried.append(line)
    by_date = lambda a: (a.opened_on, a.id)  # noqa: E731
    by_close = lambda a: (a.closed_on or a.opened_on, a.id)  # noqa: E731
    return (
        tuple(sorted(opened, key=by_date)),
        tuple(sorted(done, key=by_close)),
        tuple(sorted(dropped, key=by_close)),
        tuple(sorted(carried, key=lambda a: (a.due_date or date.max, a.id))),
    )


# The toekomstagenda's year: its phase moves, the projects started and finished, the
# evaluations, the phase at the end of the year and the number of the round then.
_CycleYear = tuple[
    tuple[PhaseMove, ...],
    tuple[ProjectLine, ...],
    tuple[ProjectLine, ...],
    tuple[EvaluationLine, ...],
    PhaseKind | None,
    int | None,
]


def _cycle(s: Session, council_id: int, start: date, end: date) -> _CycleYear:
    cycles = s.scalars(
        select(Cycle).where(Cycle.council_id == council_id).order_by(Cycle.number)
    ).all()
    ids = [c.id for c in cycles]
    moves = (
        tuple(
            PhaseMove(t.moved_on, t.from_phase, t.to_phase, t.note)
            for t in s.scalars(
                select(PhaseTransition)
                .where(
                    PhaseTransition.cycle_id.in_(ids),
                    PhaseTransition.moved_on >= start,
                    PhaseTransition.moved_on <= end,
                )
                .order_by(PhaseTransition.moved_on, PhaseTransition.id)
            )
        )
        if ids
        else ()
    )
    projects = s.scalars(
        select(Project).where(Project.council_id == council_id).order_by(Project.name)
    ).all()
    started = tuple(
        ProjectLine(p.name, p.starts_on)
        for p in projects
        if p.starts_on is not None and start <= p.starts_on <= end
    )
    finished = tuple(
        ProjectLine(p.name, p.ends_on)
        for p in projects
        if p.status == ProjectStatus.FINISHED
        and p.ends_on is not None
        and start <= p.ends_on <= end
    )
    names = {p.id: p.name for p in projects}
    evaluations = (
        tuple(
            EvaluationLine(
                names.get(e.project_id or -1, ""),
                e.evaluated_on,
                e.result,
                e.success_factors,
                e.learning_points,
            )
            for e in s.scalars(
                select(Evaluation)
                .where(
                    Evaluation.cycle_id.in_(ids),
                    Evaluation.evaluated_on >= start,
                    Evaluation.evaluated_on <= end,
                )
                .order_by(Evaluation.evaluated_on, Evaluation.id)
            )
        )
        if ids
        else ()
    )
    begun = [c for c in cycles if c.started_on <= end]
    latest = begun[-1] if begun else None
    phase: PhaseKind | None = None
    if latest is not None and (latest.closed_on is None or latest.closed_on > end):
        phase = _phase_on(s, latest, end)
    return moves, started, finished, evaluations, phase, latest.number if latest else None


def _phase_on(s: Session, cycle: Cycle, day: date) -> PhaseKind:
    """The phase the round was in on `day` (at the end of the report's year), not today's."""
    moves = s.execute(
        select(PhaseTransition.moved_on, PhaseTransition.from_phase, PhaseTransition.to_phase)
        .where(PhaseTransition.cycle_id == cycle.id)
        .order_by(PhaseTransition.moved_on, PhaseTransition.id)
    ).all()
    before = [to_phase for moved_on, _from, to_phase in moves if moved_on <= day]
    if before:
        return PhaseKind(before[-1])
    later = [from_phase for moved_on, from_phase, _to in moves if moved_on > day]
    return PhaseKind(later[0]) if later and later[0] is not None else cycle.current_phase


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
