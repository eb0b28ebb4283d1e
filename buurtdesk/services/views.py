"""Frozen, read-only views that services hand out; the UI and documents hold these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    LadderStep,
    MembershipRole,
    OrganisationKind,
    PhaseKind,
)
from buurtdesk.services.overview_views import CouncilView as CouncilView
from buurtdesk.services.overview_views import DecisionView as DecisionView
from buurtdesk.services.overview_views import MeetingSummary as MeetingSummary
from buurtdesk.services.overview_views import OverviewView as OverviewView


@dataclass(frozen=True)
class OrganisationView:
    id: int
    uuid: str
    name: str
    kind: OrganisationKind
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class PersonView:
    """A person with contact details. Never hand this to the projector or a PDF as is."""

    id: int
    uuid: str
    name: str
    organisation_id: int | None
    organisation_name: str
    email: str
    phone: str
    address: str
    forgotten: bool
    roles: tuple[MembershipRole, ...] = ()
    ladder_step: LadderStep | None = None
    # None: not known (the edit is then not checked). Not part of equality.
    version: int | None = field(default=None, compare=False)

    @property
    def display_name(self) -> str:
        return f"{self.name} ({self.organisation_name})" if self.organisation_name else self.name


@dataclass(frozen=True)
class MembershipView:
    id: int
    council_id: int
    person_id: int
    person_name: str
    role: MembershipRole
    ladder_step: LadderStep | None
    since: date | None
    until: date | None


@dataclass(frozen=True)
class AgendaItemView:
    id: int
    uuid: str
    meeting_id: int
    position: int
    kind: AgendaItemKind
    title: str
    planned_minutes: int
    notes: str
    is_private: bool
    phase: PhaseKind | None
    theme_id: int | None
    project_id: int | None
    spent_seconds: int
    version: int
    level: int = 0  # 0 an item, 1 a sub-item of the item above
    number: str = ""  # "4", "4a"; "" for a break (filled in by get_meeting)

    @property
    def confidential(self) -> bool:
        """Vertrouwelijk: the notes stay out of the minutes and the projector."""
        return self.is_private

    @property
    def is_break(self) -> bool:
        return self.kind == AgendaItemKind.BREAK


@dataclass(frozen=True)
class AttendanceView:
    id: int
    person_id: int | None
    name: str
    organisation: str
    status: AttendanceStatus
    is_member: bool
    roles: tuple[MembershipRole, ...] = ()  # held on the meeting's date, in ROLE_ORDER
    function: str = ""  # a guest's function: wijkagent, bewonersconsulent, ...

    @property
    def is_guest(self) -> bool:
        return self.status == AttendanceStatus.GUEST


@dataclass(frozen=True)
class ActionProgressView:
    meeting_id: int
    meeting_date: date
    note: str
    status_after: ActionStatus


@dataclass(frozen=True)
class ActionPointView:
    id: int
    uuid: str
    council_id: int
    title: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    owner_name: str
    due_date: date | None
    status: ActionStatus
    origin_meeting_id: int | None
    origin_meeting_date: date | None
    origin_item_id: int | None
    project_id: int | None
    project_name: str
    closed_on: date | None
    last_progress: str
    times_carried: int
    version: int

    def is_overdue(self, today: date) -> bool:
        return self.status.is_open and self.due_date is not None and self.due_date < today


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingSummary
    council: CouncilView
    items: tuple[AgendaItemView, ...]
    attendance: tuple[AttendanceView, ...]
    decisions: tuple[DecisionView, ...]
    new_actions: tuple[ActionPointView, ...]
    reviewed_actions: tuple[tuple[ActionPointView, ActionProgressView | None], ...]
    previous_meeting: MeetingSummary | None
    next_meeting: MeetingSummary | None
    minutes_amendments: str
    adopted_in: MeetingSummary | None = None
    chair: AttendanceView | None = None  # who chaired
    minute_taker: AttendanceView | None = None  # who took the minutes
    # The agenda item where the action list was reviewed (its outcomes print there).
    action_list_item_id: int | None = None
    # For a closed meeting: True when the next date was agreed (next_meeting), False for
    # "nog niet afgesproken".
    next_meeting_agreed: bool = False

    @property
    def member_count(self) -> int:
        return sum(1 for a in self.attendance if a.is_member)

    @property
    def present_count(self) -> int:
        return sum(
            1 for a in self.attendance if a.is_member and a.status == AttendanceStatus.PRESENT
        )


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "note", "decision", "action", "project"
    council_id: int
    target_id: int
    title: str
    snippet: str
    when: date | None
