"""Councils, people, organisations and memberships."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import (
    CouncilKind,
    LadderStep,
    Language,
    MembershipRole,
    MinutesTitle,
    OrganisationKind,
)
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.meeting_rules import current_role
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_PLACE_LENGTH, clean_text
from buurtdesk.domain.validation import check_logo
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.views import CouncilView, MembershipView, OrganisationView, PersonView
from buurtdesk.store.models import (
    Council,
    LadderStepChange,
    Membership,
    Organisation,
    Person,
)


def council_view(row: Council) -> CouncilView:
    return CouncilView(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        kind=row.kind,
        municipality=row.municipality,
        language=row.language,
        default_place=row.default_place,
        logo=row.logo,
        role_view=row.role_view,
        minutes_title=row.minutes_title,
        decisions_appendix=bool(row.decisions_appendix),
        version=row.version,
    )


def organisation_view(row: Organisation) -> OrganisationView:
    return OrganisationView(
        id=row.id, uuid=row.uuid, name=row.name, kind=row.kind, email=row.email, phone=row.phone
    )


def _name(value: str) -> str:
    return clean_text(value, field=NC_("field", "a name"), limit=MAX_NAME_LENGTH, required=True)


def _municipality(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "the municipality"),
        limit=MAX_NAME_LENGTH,
        required=False,
    )


def _place(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "the usual meeting place"),
        limit=MAX_PLACE_LENGTH,
        required=False,
    )


def _logo(value: object) -> bytes | None:
    """A logo is the image itself (PNG or JPEG, at most 1 MB); None or empty: no logo."""
    if value is not None and not isinstance(value, bytes | bytearray | memoryview):
        raise InvalidInput.said("A logo is an image, not a file name.")
    return check_logo(bytes(value) if value is not None else None)


class CouncilService(Service):
    # -- councils -------------------------------------------------------------------------
    def create_council(
        self,
        name: str,
        kind: CouncilKind,
        *,
        municipality: str = "",
        language: Language = Language.DUTCH,
        default_place: str = "",
        logo: bytes | None = None,
        minutes_title: MinutesTitle = MinutesTitle.NOTULEN,
        decisions_appendix: bool = False,
    ) -> CouncilView:
        with self.unit() as s:
            row = Council(
                name=_name(name),
                kind=CouncilKind(kind),
                municipality=_municipality(municipality),
                language=Language(language),
                default_place=_place(default_place),
                logo=_logo(logo),
                minutes_title=MinutesTitle(minutes_title),
                decisions_appendix=bool(decisions_appendix),
            )
            s.add(row)
            s.flush()
            return council_view(row)

    def list_councils(self) -> list[CouncilView]:
        with self.unit() as s:
            rows = s.scalars(select(Council).order_by(Council.name, Council.id)).all()
            return [council_view(r) for r in rows]

    def get_council(self, council_id: int) -> CouncilView:
        with self.unit() as s:
            return council_view(
                self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            )

    def update_council(
        self, council_id: int, *, expected_version: int | None = None, **changes: object
    ) -> CouncilView:
        cleaners: dict[str, Callable[[Any], object]] = {
            "name": lambda v: _name(str(v)),
            "kind": lambda v: CouncilKind(str(v)),
            "municipality": lambda v: _municipality(str(v)),
            "language": lambda v: Language(str(v)),
            "default_place": lambda v: _place(str(v)),
            "logo": _logo,
            "role_view": lambda v: v,
            "minutes_title": lambda v: MinutesTitle(str(v)),
            "decisions_appendix": bool,
        }
        with self.unit() as s:
            row = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            check_version(row, expected_version, changes)
            for key, value in changes.items():
                if key not in cleaners:
                    raise TypeError(f"cannot change {key}")
                setattr(row, key, cleaners[key](value))
            s.flush()
            return council_view(row)

    # -- organisations ------------------------------------------------------------------------
    def add_organisation(
        self,
        name: str,
        kind: OrganisationKind = OrganisationKind.OTHER,
        *,
        email: str = "",
        phone: str = "",
    ) -> OrganisationView:
        with self.unit() as s:
            row = Organisation(
                name=_name(name),
                kind=OrganisationKind(kind),
                email=email.strip(),
                phone=phone.strip(),
            )
            s.add(row)
            s.flush()
            return organisation_view(row)

    def list_organisations(self) -> list[OrganisationView]:
        with self.unit() as s:
            rows = s.scalars(select(Organisation).order_by(Organisation.name)).all()
            return [organisation_view(r) for r in rows]

    # -- people ---------------------------------------------------------------------------------
    def add_person(
        self,
        name: str,
        *,
        organisation_id: int | None = None,
        email: str = "",
        phone: str = "",
        address: str = "",
        council_id: int | None = None,
    ) -> PersonView:
        """A new person; `council_id` is the council that registers them (on a shared server
        the person is seen through it until they belong to or take part in a council)."""
        with self.unit() as s:
            if organisation_id is not None:
                self.fetch(s, Organisation, organisation_id, NC_("kind of record", "Organisation"))
            if council_id is not None:
                self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            row = Person(
                council_id=council_id,
                name=_name(name),
                organisation_id=organisation_id,
                email=email.strip()[:200],
                phone=phone.strip()[:50],
                address=address.strip()[:300],
            )
            s.add(row)
            s.flush()
            return self._person_view(s, row, council_id=None)

    def update_person(
        self, person_id: int, *, expected_version: int | None = None, **changes: object
    ) -> PersonView:
        allowed = {"name", "organisation_id", "email", "phone", "address", "remarks"}
        with self.unit() as s:
            row = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            check_version(row, expected_version, changes)
            for key, value in changes.items():
                if key not in allowed:
                    raise TypeError(f"cannot change {key}")
                if key == "name":
                    value = _name(str(value))
                setattr(row, key, value)
            s.flush()
            return self._person_view(s, row, council_id=None)

    def add_member(
        self,
        council_id: int,
        person_id: int,
        role: MembershipRole = MembershipRole.MEMBER,
        *,
        ladder_step: LadderStep | None = None,
        since: date | None = None,
    ) -> MembershipView:
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            if person.council_id is None:
                person.council_id = council_id  # their first council registers them
            row = Membership(
                council_id=council_id,
                person_id=person_id,
                role=current_role(role),
                ladder_step=ladder_step,
                since=since or self.today(),
            )
            s.add(row)
            s.flush()
            if ladder_step is not None:
                s.add(
                    LadderStepChange(
                        membership_id=row.id, step=ladder_step, changed_on=row.since or self.today()
                    )
                )
            return _membership_view(row, person.name)

    def change_membership(
        self,
        membership_id: int,
        *,
        role: MembershipRole | None = None,
        ladder_step: LadderStep | None = None,
        clear_ladder_step: bool = False,
    ) -> MembershipView:
        """Change a member's role or ladder step (a new step is kept in the ladder history)."""
        with self.unit() as s:
            row = self.fetch(s, Membership, membership_id, NC_("kind of record", "Membership"))
            if role is not None:
                row.role = current_role(role)
            if clear_ladder_step:
                row.ladder_step = None
            elif ladder_step is not None and ladder_step != row.ladder_step:
                row.ladder_step = LadderStep(ladder_step)
                s.add(
                    LadderStepChange(
                        membership_id=row.id, step=row.ladder_step, changed_on=self.today()
                    )
                )
            s.flush()
            person = s.get(Person, row.person_id)
            return _membership_view(row, person.name if person else "")

    def set_membership_dates(
        self, membership_id: int, since: date | None, until: date | None
    ) -> tuple[date | None, date | None]:
        """When a role began and ended (until None: still held); returns both as they were."""
        if since is not None and until is not None and until < since:
            raise InvalidInput.said("A role cannot end before it begins.")
        with self.unit() as s:
            row = self.fetch(s, Membership, membership_id, NC_("kind of record", "Membership"))
            before = (row.since, row.until)
            row.since, row.until = since, until
            return before

    def remove_member(self, membership_id: int) -> None:
        """Take back a membership (undo of add_member); the person stays."""
        with self.unit() as s:
            s.delete(self.fetch(s, Membership, membership_id, NC_("kind of record", "Membership")))

    def remove_person(self, person_id: int) -> None:
        """Take back a person just added (undo of add_person); their memberships go with them."""
        with self.unit() as s:
            row = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            for membership in s.scalars(
                select(Membership).where(Membership.person_id == person_id)
            ).all():
                s.delete(membership)
            s.delete(row)

    def memberships(self, council_id: int) -> list[MembershipView]:
        with self.unit() as s:
            rows = s.execute(
                select(Membership, Person.name)
                .join(Person, Person.id == Membership.person_id)
                .where(Membership.council_id == council_id)
                .order_by(Person.name)
            ).all()
            return [_membership_view(m, name) for m, name in rows]

    def people_of_council(self, council_id: int) -> list[PersonView]:
        """Members of the council, with their roles; ordered by name."""
        with self.unit() as s:
            people = s.scalars(
                select(Person)
                .where(
                    Person.id.in_(
                        select(Membership.person_id).where(Membership.council_id == council_id)
                    )
                )
                .order_by(Person.name)
            ).all()
            return [self._person_view(s, p, council_id=council_id) for p in people]

    def get_person(self, person_id: int, council_id: int | None = None) -> PersonView:
        with self.unit() as s:
            return self._person_view(
                s, self.fetch(s, Person, person_id, NC_("kind of record", "Person")), council_id
            )

    def count_people(self) -> int:
        with self.unit() as s:
            return int(s.scalar(select(func.count(Person.id))) or 0)

    @staticmethod
    def _person_view(s: Session, row: Person, council_id: int | None) -> PersonView:
        org = s.get(Organisation, row.organisation_id) if row.organisation_id else None
        roles: tuple[MembershipRole, ...] = ()
        step: LadderStep | None = None
        if council_id is not None:
            memberships = s.scalars(
                select(Membership).where(
                    Membership.council_id == council_id, Membership.person_id == row.id
                )
            ).all()
            roles = tuple(m.role for m in memberships)
            step = next((m.ladder_step for m in memberships if m.ladder_step), None)
        return PersonView(
            id=row.id,
            uuid=row.uuid,
            name=row.name,
            organisation_id=row.organisation_id,
            organisation_name=org.name if org else "",
            email=row.email,
            phone=row.phone,
            address=row.address,
            forgotten=row.forgotten,
            roles=roles,
            ladder_step=step,
            version=row.version,
        )


def _membership_view(row: Membership, person_name: str) -> MembershipView:
    return MembershipView(
        id=row.id,
        council_id=row.council_id,
        person_id=row.person_id,
        person_name=person_name,
        role=row.role,
        ladder_step=row.ladder_step,
        since=row.since,
        until=row.until,
    )
