"""Meetings, agenda items, attendance, decisions and action points."""

from __future__ import annotations

import datetime as dt
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesState,
    PhaseKind,
)
from buurtdesk.store.models.base import EnumText, Row


class Meeting(Row):
    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_council_date", "council_id", "date"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    kind: Mapped[MeetingKind] = mapped_column(EnumText(MeetingKind), default=MeetingKind.REGULAR)
    title: Mapped[str] = mapped_column(String(300), default="")
    date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[dt.time | None] = mapped_column(Time, default=None)
    end_time: Mapped[dt.time | None] = mapped_column(Time, default=None)
    place: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[MeetingStatus] = mapped_column(
        EnumText(MeetingStatus), default=MeetingStatus.PLANNED
    )
    cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycles.id", ondelete="SET NULL"), default=None
    )
    minutes_state: Mapped[MinutesState | None] = mapped_column(EnumText(MinutesState), default=None)
    minutes_sent_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    minutes_adopted_on: Mapped[dt.date | None] = mapped_column(Date, default=None)
    minutes_adopted_in_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    minutes_amendments: Mapped[str] = mapped_column(Text, default="")
    # Besloten: the whole meeting is closed to the public.
    closed_session: Mapped[bool] = mapped_column(Boolean, default=False)
    # When the meeting really opened and closed (start_time/end_time are the planned hours).
    opened_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    closed_at: Mapped[dt.time | None] = mapped_column(Time, default=None)
    # Who chaired and who took the minutes; None: the voorzitter / the notulist by default.
    chair_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    minute_taker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    # The next meeting as agreed when this one closed; None: "nog niet afgesproken".
    next_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )


class AgendaItem(Row):
    __tablename__ = "agenda_items"
    __table_args__ = (Index("ix_agenda_items_meeting_position", "meeting_id", "position"),)

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaItemKind] = mapped_column(
        EnumText(AgendaItemKind), default=AgendaItemKind.TOPIC
    )
    title: Mapped[str] = mapped_column(String(500))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    notes: Mapped[str] = mapped_column(Text, default="")
    is_private: Mapped[bool] = mapped_column(Boolean, default=False)
    phase: Mapped[PhaseKind | None] = mapped_column(EnumText(PhaseKind), default=None)
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), default=None
    )
    spent_seconds: Mapped[int] = mapped_column(Integer, default=0)
    # 0 an item, 1 a sub-item of the item above it (numbered 4a, 4b).
    level: Mapped[int] = mapped_column(Integer, default=0)


class Attendance(Row):
    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        Index("ix_attendance_person", "person_id"),
    )

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    # A member or a known person; guests may be only a name.
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), default=None
    )
    guest_name: Mapped[str] = mapped_column(String(200), default="")
    guest_organisation: Mapped[str] = mapped_column(String(200), default="")
    guest_function: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[AttendanceStatus] = mapped_column(EnumText(AttendanceStatus))


class Decision(Row):
    __tablename__ = "decisions"
    __table_args__ = (
        UniqueConstraint("council_id", "year", "sequence"),
        Index("ix_decisions_meeting", "meeting_id"),
    )

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), default=None
    )
    year: Mapped[int] = mapped_column(Integer)
    sequence: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    decided_on: Mapped[date] = mapped_column(Date)
    votes_for: Mapped[int | None] = mapped_column(Integer, default=None)
    votes_against: Mapped[int | None] = mapped_column(Integer, default=None)
    votes_abstain: Mapped[int | None] = mapped_column(Integer, default=None)
    # Set when the decision was withdrawn by a later decision; the number stays taken.
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)
    # Vertrouwelijk: left out of the minutes and the projector.
    confidential: Mapped[bool] = mapped_column(Boolean, default=False)


class ActionPoint(Row):
    __tablename__ = "action_points"
    __table_args__ = (
        Index("ix_action_points_council_status", "council_id", "status"),
        Index("ix_action_points_owner", "owner_person_id"),
        Index("ix_action_points_origin", "origin_meeting_id"),
        Index("ix_action_points_project", "project_id"),
    )

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(Text)
    owner_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), default=None
    )
    due_date: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus), default=ActionStatus.OPEN)
    origin_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    origin_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), default=None
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="SET NULL"), default=None
    )
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)


class ActionProgress(Row):
    """What a meeting said about an action point: one line of progress and the status after."""

    __tablename__ = "action_progress"
    __table_args__ = (UniqueConstraint("action_point_id", "meeting_id"),)

    action_point_id: Mapped[int] = mapped_column(ForeignKey("action_points.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    note: Mapped[str] = mapped_column(Text, default="")
    status_after: Mapped[ActionStatus] = mapped_column(EnumText(ActionStatus))


class AgendaTemplateItem(Row):
    """The council's own standing agenda: every new meeting starts from these items."""

    __tablename__ = "agenda_template_items"
    __table_args__ = (Index("ix_agenda_template_items_council", "council_id", "position"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[AgendaItemKind] = mapped_column(
        EnumText(AgendaItemKind), default=AgendaItemKind.TOPIC
    )
    title: Mapped[str] = mapped_column(String(500))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=10)
    level: Mapped[int] = mapped_column(Integer, default=0)
