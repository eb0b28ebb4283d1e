"""Who was there: attendance states, guests with organisation and function, the chair and the
minute-taker of a meeting, and the order attendance is listed in."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import AttendanceStatus, MembershipRole, OrganisationKind
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.meeting_rules import (
    BOARD_ROLES,
    NOT_THERE,
    ROLE_ORDER,
    current_role,
    role_rank,
    surname_key,
)
from buurtdesk.domain.rules import MAX_NAME_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.views import AttendanceView
from buurtdesk.store.models import Attendance, Meeting, Membership, Organisation, Person


class ChairNotPresent(RuleViolation):
    """The person chosen to chair (or take the minutes) is not recorded as present: ask once."""


def roles_on(s: Session, council_id: int, on: date) -> dict[int, tuple[MembershipRole, ...]]:
    """Every person's roles in the council on a date, in ROLE_ORDER."""
    rows = s.execute(
        select(Membership.person_id, Membership.role).where(
            Membership.council_id == council_id,
            or_(Membership.since.is_(None), Membership.since <= on),
            or_(Membership.until.is_(None), Membership.until >= on),
        )
    ).all()
    found: dict[int, set[MembershipRole]] = defaultdict(set)
    for person_id, role in rows:
        found[person_id].add(current_role(role))
    return {p: tuple(sorted(r, key=role_rank)) for p, r in found.items()}


def _order(view: AttendanceView) -> tuple[int, int, str]:
    """Board roles first (voorzitter ... notulist), then members by surname, then guests."""
    if view.is_guest:
        return (2, 0, surname_key(view.name))
    board = [role_rank(r) for r in view.roles if r in BOARD_ROLES]
    if board:
        return (0, min(board), surname_key(view.name))
    return (
        1,
        min((role_rank(r) for r in view.roles), default=len(ROLE_ORDER)),
        surname_key(view.name),
    )


def attendance_views(s: Session, meeting: Meeting) -> list[AttendanceView]:
    roles = roles_on(s, meeting.council_id, meeting.date)
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
            organisation=a.guest_organisation or org_name or "",
            status=a.status,
            is_member=a.person_id in member_ids and a.status != AttendanceStatus.GUEST,
            roles=roles.get(a.person_id, ()) if a.person_id else (),
            function=a.guest_function,
        )
        for a, person_name, org_name in rows
    ]
    views.sort(key=_order)
    return views


def _first_with(views: list[AttendanceView], role: MembershipRole) -> AttendanceView | None:
    return next((v for v in views if role in v.roles and v.status not in NOT_THERE), None)


def chair_of(meeting: Meeting, views: list[AttendanceView]) -> AttendanceView | None:
    """Who chaired: the one chosen, else the voorzitter, else the vicevoorzitter."""
    if meeting.chair_person_id is not None:
        chosen = next((v for v in views if v.person_id == meeting.chair_person_id), None)
        if chosen is not None:
            return chosen
    return _first_with(views, MembershipRole.CHAIR) or _first_with(views, MembershipRole.VICE_CHAIR)


def minute_taker_of(meeting: Meeting, views: list[AttendanceView]) -> AttendanceView | None:
    """Who took the minutes: the one chosen, else the notulist, else the secretaris."""
    if meeting.minute_taker_person_id is not None:
        chosen = next((v for v in views if v.person_id == meeting.minute_taker_person_id), None)
        if chosen is not None:
            return chosen
    return _first_with(views, MembershipRole.MINUTE_TAKER) or _first_with(
        views, MembershipRole.SECRETARY
    )


class AttendanceService(Service):
    """`services.meetings.attendance`: the attendance list of one meeting."""

    def views(self, meeting_id: int) -> list[AttendanceView]:
        with self.unit() as s:
            return attendance_views(
                s, self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
            )

    def set_attendance(
        self, meeting_id: int, person_id: int, status: AttendanceStatus
    ) -> AttendanceStatus | None:
        """Record a person's state; returns the state before (None when not on the list)."""
        with self.unit() as s:
            meeting = self._editable(s, meeting_id)
            self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            row = self._row(s, meeting.id, person_id)
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

    def set_state(self, attendance_id: int, status: AttendanceStatus) -> AttendanceStatus:
        """Record the state of one line of the list; returns the state before."""
        status = AttendanceStatus(status)
        with self.unit() as s:
            row = self.fetch(s, Attendance, attendance_id, NC_("kind of record", "Attendance"))
            self._editable(s, row.meeting_id)
            before = row.status
            if status == AttendanceStatus.GUEST and row.person_id is None and not row.guest_name:
                raise InvalidInput.said("A guest needs a name.")
            row.status = status
            return before

    def record_apology(self, meeting_id: int, person_id: int) -> AttendanceStatus | None:
        """An apology before (or during) the meeting ("Afmelding"); returns the state before."""
        with self.unit() as s:
            meeting = self._editable(s, meeting_id)
            person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            row = self._row(s, meeting.id, person_id)
            if row is not None and row.status in (AttendanceStatus.PRESENT, AttendanceStatus.GUEST):
                raise RuleViolation.said(
                    "{name} is already recorded as present and cannot also send apologies.",
                    name=person.name,
                )
            before = row.status if row else None
            if row is None:
                s.add(
                    Attendance(
                        meeting_id=meeting_id,
                        person_id=person_id,
                        status=AttendanceStatus.APOLOGIES,
                    )
                )
            else:
                row.status = AttendanceStatus.APOLOGIES
            return before

    def add_guest(
        self,
        meeting_id: int,
        name: str,
        organisation: str = "",
        function: str = "",
        *,
        person_id: int | None = None,
    ) -> AttendanceView:
        """A guest: a known person or a new one (so that a guest can own an action point)."""
        with self.unit() as s:
            meeting = self._editable(s, meeting_id)
            if person_id is not None:
                person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            else:
                guest = clean_text(
                    name,
                    field=NC_("field", "the guest's name"),
                    limit=MAX_NAME_LENGTH,
                    required=True,
                )
                person = self._person_named(s, guest, organisation)
            org = organisation.strip()[:MAX_NAME_LENGTH]
            role = function.strip()[:MAX_NAME_LENGTH]
            if self._row(s, meeting.id, person.id) is not None:
                raise RuleViolation.said(
                    "{name} is already on the attendance list.", name=person.name
                )
            row = Attendance(
                meeting_id=meeting.id,
                person_id=person.id,
                guest_organisation=org,
                guest_function=role,
                status=AttendanceStatus.GUEST,
            )
            s.add(row)
            s.flush()
            view = next(v for v in attendance_views(s, meeting) if v.id == row.id)
            return replace(view, organisation=org or view.organisation)

    def remove_attendance(self, attendance_id: int) -> None:
        with self.unit() as s:
            row = self.fetch(s, Attendance, attendance_id, NC_("kind of record", "Attendance"))
            self._editable(s, row.meeting_id)
            s.delete(row)

    def set_chair(
        self, meeting_id: int, person_id: int | None, *, even_if_not_present: bool = False
    ) -> int | None:
        """Who chairs; None: the voorzitter by default. Returns the choice before."""
        return self._set_person(meeting_id, person_id, "chair_person_id", even_if_not_present)

    def set_minute_taker(
        self, meeting_id: int, person_id: int | None, *, even_if_not_present: bool = False
    ) -> int | None:
        """Who takes the minutes; None: the notulist by default. Returns the choice before."""
        return self._set_person(
            meeting_id, person_id, "minute_taker_person_id", even_if_not_present
        )

    # -- helpers -----------------------------------------------------------------------------
    def _set_person(
        self, meeting_id: int, person_id: int | None, column: str, even_if_not_present: bool
    ) -> int | None:
        with self.unit() as s:
            meeting = self._editable(s, meeting_id)
            before: int | None = getattr(meeting, column)
            if person_id is not None:
                person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
                row = self._row(s, meeting.id, person_id)
                if not even_if_not_present and (row is None or row.status in NOT_THERE):
                    if column == "chair_person_id":
                        raise ChairNotPresent.said(
                            "{name} is not recorded as present; chair all the same?",
                            name=person.name,
                        )
                    raise ChairNotPresent.said(
                        "{name} is not recorded as present; take the minutes all the same?",
                        name=person.name,
                    )
            setattr(meeting, column, person_id)
            return before

    def _editable(self, s: Session, meeting_id: int) -> Meeting:
        meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
        ensure_meeting_editable(s, meeting.id)
        return meeting

    @staticmethod
    def _row(s: Session, meeting_id: int, person_id: int) -> Attendance | None:
        return s.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting_id, Attendance.person_id == person_id
            )
        ).first()

    @staticmethod
    def _person_named(s: Session, name: str, organisation: str) -> Person:
        """The person of this name (a guest who came before), or a new one."""
        found = s.scalars(
            select(Person).where(
                func.lower(Person.name) == name.lower(), Person.forgotten.is_(False)
            )
        ).first()
        if found is not None:
            return found
        person = Person(name=name)
        org_name = organisation.strip()[:MAX_NAME_LENGTH]
        if org_name:
            org = s.scalars(
                select(Organisation).where(func.lower(Organisation.name) == org_name.lower())
            ).first()
            if org is None:
                org = Organisation(name=org_name, kind=OrganisationKind.OTHER)
                s.add(org)
                s.flush()
            person.organisation_id = org.id
        s.add(person)
        s.flush()
        return person
