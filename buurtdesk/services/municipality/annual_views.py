"""Frozen views of a council's year, for the annual report (jaarverslag)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.enums import ActionStatus, MeetingKind, MembershipRole, PhaseKind
from buurtdesk.services.overview_views import CouncilView, DecisionView


@dataclass(frozen=True)
class ForewordView:
    council_id: int
    year: int
    text: str
    version: int  # 0: not written yet


@dataclass(frozen=True)
class MemberLine:
    person_id: int
    name: str
    roles: tuple[MembershipRole, ...]
    joined_on: date | None  # set when the person joined during the year
    left_on: date | None  # set when the person left during the year
    meetings_present: int
    meetings_possible: int  # the year's meetings held while the person was a member


@dataclass(frozen=True)
class MeetingLine:
    meeting_id: int
    day: date
    kind: MeetingKind
    title: str
    present: int
    apologies: int
    absent: int
    guests: int


@dataclass(frozen=True)
class ActionLine:
    id: int
    title: str
    owner: str
    opened_on: date
    due_date: date | None
    status: ActionStatus
    closed_on: date | None


@dataclass(frozen=True)
class PhaseMove:
    day: date
    from_phase: PhaseKind | None
    to_phase: PhaseKind
    note: str


@dataclass(frozen=True)
class ProjectLine:
    name: str
    day: date | None


@dataclass(frozen=True)
class EvaluationLine:
    project: str  # "" for the evaluation of the whole round
    day: date | None
    result: str
    success_factors: str
    learning_points: str


@dataclass(frozen=True)
class AnnualReport:
    """Everything a council did in one year, from the data it already keeps."""

    council: CouncilView
    year: int
    foreword: str
    members: tuple[MemberLine, ...]
    meetings: tuple[MeetingLine, ...]
    decisions: tuple[DecisionView, ...]
    opened: tuple[ActionLine, ...]
    done: tuple[ActionLine, ...]
    dropped: tuple[ActionLine, ...]
    carried: tuple[ActionLine, ...]  # open at the end of the year: into the next year
    phase_moves: tuple[PhaseMove, ...]
    projects_started: tuple[ProjectLine, ...]
    projects_finished: tuple[ProjectLine, ...]
    evaluations: tuple[EvaluationLine, ...]
    current_phase: PhaseKind | None
    cycle_number: int | None

    @property
    def joined(self) -> tuple[MemberLine, ...]:
        return tuple(m for m in self.members if m.joined_on is not None)

    @property
    def left(self) -> tuple[MemberLine, ...]:
        return tuple(m for m in self.members if m.left_on is not None)
