"""Councils, people, organisations and memberships."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.enums import (
    CouncilKind,
    LadderStep,
    Language,
    MembershipRole,
    MinutesTitle,
    OrganisationKind,
)
from buurtdesk.store.models.base import EnumText, Row


class Council(Row):
    __tablename__ = "councils"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[CouncilKind] = mapped_column(EnumText(CouncilKind))
    municipality: Mapped[str] = mapped_column(String(200), default="")
    language: Mapped[Language] = mapped_column(EnumText(Language), default=Language.DUTCH)
    # The logo itself (a PNG or JPEG of at most 1 MB, domain.validation.check_logo), never a
    # path: it travels in packages and backups, and no package can point a PDF at a file.
    logo: Mapped[bytes | None] = mapped_column(LargeBinary, default=None)
    default_place: Mapped[str] = mapped_column(String(300), default="")
    # The council's own view of its role in the neighbourhood (toekomstagenda, roles phase).
    role_view: Mapped[str] = mapped_column(Text, default="")
    # The title of its minutes (Notulen, Verslag or Besluitenlijst) and whether the minutes end
    # with a besluitenlijst appendix (off by default: each decision is in the body once).
    minutes_title: Mapped[MinutesTitle] = mapped_column(
        EnumText(MinutesTitle), default=MinutesTitle.NOTULEN
    )
    decisions_appendix: Mapped[bool] = mapped_column(Boolean, default=False)


class Organisation(Row):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[OrganisationKind] = mapped_column(
        EnumText(OrganisationKind), default=OrganisationKind.OTHER
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")


class Person(Row):
    __tablename__ = "people"

    name: Mapped[str] = mapped_column(String(200), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), default=None, index=True
    )
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    remarks: Mapped[str] = mapped_column(Text, default="")
    # Set when a person asked to be forgotten (AVG): the name is "[verwijderd]" everywhere.
    forgotten: Mapped[bool] = mapped_column(Boolean, default=False)
    # The council that registered the person: on a shared server a person is seen through it
    # and through the councils they belong to or took part in (revision 0007).
    council_id: Mapped[int | None] = mapped_column(
        ForeignKey("councils.id", ondelete="SET NULL"), default=None, index=True
    )


class Membership(Row):
    """A person's place in a council: role and step on the initiative ladder."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("council_id", "person_id", "role"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[MembershipRole] = mapped_column(EnumText(MembershipRole))
    ladder_step: Mapped[LadderStep | None] = mapped_column(EnumText(LadderStep), default=None)
    since: Mapped[date | None] = mapped_column(Date, default=None)
    until: Mapped[date | None] = mapped_column(Date, default=None)


class LadderStepChange(Row):
    """The history of a resident's steps on the initiative ladder."""

    __tablename__ = "ladder_step_changes"
    __table_args__ = (Index("ix_ladder_membership", "membership_id"),)

    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id", ondelete="CASCADE"))
    step: Mapped[LadderStep] = mapped_column(EnumText(LadderStep))
    changed_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
