"""Frozen views of the toekomstagenda cycle, handed to the screens and the booklet.

`RoundView` (from `CycleService.round_overview`) holds everything about one round; the
smaller views are what the single-purpose calls of the cycle services return.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.domain.cycle import MoneyCheck, RankedWish
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    LadderStep,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services.cycle.project_money import ProjectFunds
from buurtdesk.services.views import (
    ActionPointView,
    AgendaItemView,
    CouncilView,
    DecisionView,
    MeetingSummary,
)


@dataclass(frozen=True)
class CycleSummary:
    """One round: its number, dates, horizon year, current phase and vision text."""

    id: int
    uuid: str
    council_id: int
    number: int
    started_on: date
    closed_on: date | None
    horizon_year: int | None
    current_phase: PhaseKind
    vision: str
    version: int

    @property
    def is_open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class PhaseView:
    kind: PhaseKind
    started_on: date | None
    ended_on: date | None
    summary: str
    is_current: bool


@dataclass(frozen=True)
class TransitionView:
    """A move between phases: forward by a decision of the council, or back with a reason."""

    id: int
    from_phase: PhaseKind | None
    to_phase: PhaseKind
    moved_on: date
    decision_id: int | None
    decision_number: DecisionNumber | None
    note: str
    is_back: bool


@dataclass(frozen=True)
class PhaseMoveResult:
    cycle: CycleSummary
    transition: TransitionView
    decision: DecisionView | None  # None for a step back


@dataclass(frozen=True)
class WishView:
    id: int
    theme_id: int
    text: str
    raised_by: str
    carried_from_cycle_id: int | None
    position: int  # order of entry within the round, 1-based; the tie-break rule uses it
    version: int  # of the stored wish: an edit carries it (services.base.check_version)

    @property
    def is_carried(self) -> bool:
        return self.carried_from_cycle_id is not None


@dataclass(frozen=True)
class ThemeView:
    id: int
    cycle_id: int
    name: str
    description: str
    position: int
    wishes: tuple[WishView, ...]
    version: int


@dataclass(frozen=True)
class WishTally:
    wish_id: int
    wish_text: str
    theme_name: str
    dots: int


@dataclass(frozen=True)
class VoteSessionView:
    """A dot-vote: dots per participant, the tally per wish and the ranking it gives."""

    id: int
    cycle_id: int
    meeting_id: int | None
    title: str
    held_on: date
    dots_per_participant: int
    participants: int
    counted_on_screen: tuple[str, ...]  # participants whose dots were counted on screen
    total_dots: int
    tally: tuple[WishTally, ...]  # in order of entry of the wishes
    ranking: tuple[RankedWish, ...]  # best first, ties broken by order of entry
    tie_notes: tuple[str, ...]  # in the council's language, one per tie that touches the top 3


@dataclass(frozen=True)
class CommitmentView:
    id: int
    party: Party
    commitment: str
    version: int


@dataclass(frozen=True)
class PriorityView:
    id: int
    cycle_id: int
    rank: int
    wish_id: int
    wish_text: str
    theme_name: str
    dots: int
    tie_note: str
    commitments: tuple[CommitmentView, ...]


@dataclass(frozen=True)
class RoleAssignmentView:
    id: int
    cycle_id: int
    person_id: int | None
    organisation_id: int | None
    participant_name: str
    theme_id: int | None
    project_id: int | None
    subject: str  # the theme's or project's name, or "" for the round as a whole
    role: str


@dataclass(frozen=True)
class RoleColumn:
    theme_id: int | None
    project_id: int | None
    title: str  # "Thema: Groen", "Project: Speeltuin", or "Hele ronde"


@dataclass(frozen=True)
class RoleRow:
    person_id: int | None
    organisation_id: int | None
    name: str
    cells: tuple[str, ...]  # roles per column, joined with ", "; "" when none


@dataclass(frozen=True)
class RolesMatrix:
    """People and organisations (rows) against themes and projects (columns)."""

    columns: tuple[RoleColumn, ...]
    rows: tuple[RoleRow, ...]
    assignments: tuple[RoleAssignmentView, ...]


@dataclass(frozen=True)
class LadderChangeView:
    step: LadderStep
    changed_on: date
    note: str


@dataclass(frozen=True)
class LadderView:
    """A member's step on the initiative ladder with its history, oldest first."""

    membership_id: int
    person_id: int
    person_name: str
    step: LadderStep | None
    history: tuple[LadderChangeView, ...]


@dataclass(frozen=True)
class PartnerView:
    id: int
    organisation_id: int | None
    person_id: int | None
    name: str
    contribution: str


@dataclass(frozen=True)
class CheckChangeView:
    """What a check said before a change: who changed it, when, and why."""

    verdict_before: CheckVerdict | None
    note_before: str
    checked_by_before: str
    checked_on_before: date | None
    verdict_after: CheckVerdict | None
    changed_by: str
    changed_on: date
    reason: str


@dataclass(frozen=True)
class CheckView:
    area: CheckArea
    verdict: CheckVerdict
    note: str
    checked_by: str
    checked_on: date | None
    history: tuple[CheckChangeView, ...] = ()  # the earlier versions, oldest first


@dataclass(frozen=True)
class MilestoneView:
    id: int
    project_id: int
    title: str
    due_on: date | None
    done_on: date | None

    @property
    def is_done(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


@dataclass(frozen=True)
class ProjectNoteView:
    id: int
    project_id: int
    written_on: date
    note: str
    meeting_id: int | None


@dataclass(frozen=True)
class ProjectSummary:
    id: int
    uuid: str
    council_id: int
    cycle_id: int | None
    theme_id: int | None
    theme_name: str
    name: str
    goal: str
    plan: str
    lead_person_id: int | None
    lead_name: str
    status: ProjectStatus
    budget_ask: Money
    starts_on: date | None
    ends_on: date | None
    version: int

    @property
    def needs_trekker(self) -> bool:
        """No lead resident yet: the project may exist, the screens flag it."""
        return self.lead_person_id is None

    @property
    def has_plan(self) -> bool:
        return bool(self.plan.strip())


@dataclass(frozen=True)
class ProjectMoneyCheck:
    """Answer of `ProjectService.project_money_check`: may money go to this project yet?"""

    project_id: int
    project_name: str
    budget_ask: Money
    check: MoneyCheck

    @property
    def all_ok(self) -> bool:
        return self.check.all_ok

    def reason(self, language: str = "nl") -> str:
        return self.check.reason(language)


@dataclass(frozen=True)
class EvaluationView:
    """Evaluation of a project (project_id set) or of the whole round (project_id None)."""

    id: int
    cycle_id: int
    project_id: int | None
    project_name: str
    result: str
    success_factors: str
    learning_points: str
    continues: str
    evaluated_on: date | None


@dataclass(frozen=True)
class ProjectDetail:
    project: ProjectSummary
    partners: tuple[PartnerView, ...]
    checks: tuple[CheckView, ...]  # in the order financial, content, legal; unchecked left out
    milestones: tuple[MilestoneView, ...]
    notes: tuple[ProjectNoteView, ...]  # oldest first
    actions: tuple[ActionPointView, ...]
    money: ProjectMoneyCheck
    evaluations: tuple[EvaluationView, ...]
    funds: ProjectFunds | None = None  # ask, allocations and spending (None: not loaded)


@dataclass(frozen=True)
class VisionView:
    """The vision phase of a round, with what the previous round handed on."""

    cycle: CycleSummary
    themes: tuple[ThemeView, ...]
    vote_sessions: tuple[VoteSessionView, ...]
    priorities: tuple[PriorityView, ...]
    suggested_themes: tuple[str, ...]  # standard themes the round does not have yet
    previous_cycle: CycleSummary | None
    previous_evaluations: tuple[EvaluationView, ...]


@dataclass(frozen=True)
class PreparedMeeting:
    """A meeting planned by the cycle services, with its agenda."""

    meeting: MeetingSummary
    items: tuple[AgendaItemView, ...]


@dataclass(frozen=True)
class RoundHandover:
    """What closing a round's evaluation gives: the next round and what it carried."""

    closed: CycleSummary
    started: CycleSummary
    decision: DecisionView
    carried_wishes: tuple[WishView, ...]
    carried_projects: tuple[ProjectSummary, ...]


@dataclass(frozen=True)
class RoundView:
    """Everything about one round, for the Toekomstagenda screen and the booklet."""

    council: CouncilView
    cycle: CycleSummary
    rounds: tuple[CycleSummary, ...]  # all rounds of the council, oldest first
    phases: tuple[PhaseView, ...]  # in cycle order
    transitions: tuple[TransitionView, ...]  # oldest first
    vision: VisionView
    roles: RolesMatrix
    ladder: tuple[LadderView, ...]
    projects: tuple[ProjectDetail, ...]
    round_evaluation: EvaluationView | None
    meetings: tuple[MeetingSummary, ...]  # toekomstagenda and core-group meetings of the round
