"""All mapped classes; importing this module registers every table on `Base.metadata`."""

from buurtdesk.store.models.base import Base, Row, utcnow
from buurtdesk.store.models.budget import Allocation, Budget, Expense, FundingSource
from buurtdesk.store.models.council import (
    Council,
    LadderStepChange,
    Membership,
    Organisation,
    Person,
)
from buurtdesk.store.models.cycle import (
    Cycle,
    Evaluation,
    FrameworkCheck,
    Milestone,
    Phase,
    PhaseTransition,
    Priority,
    PriorityCommitment,
    PriorityVote,
    Project,
    ProjectNote,
    ProjectPartner,
    RoleAssignment,
    Theme,
    VoteSession,
    Wish,
)
from buurtdesk.store.models.exchange import ExchangeLog, KnownVersion
from buurtdesk.store.models.meetings import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
)

__all__ = [
    "ActionPoint", "ActionProgress", "AgendaItem", "Allocation", "Attendance", "Base",
    "Budget", "Council", "Cycle", "Decision", "Evaluation", "Expense", "FrameworkCheck",
    "FundingSource", "LadderStepChange", "Meeting", "Membership", "Milestone", "Organisation",
    "Person", "Phase", "PhaseTransition", "Priority", "PriorityCommitment", "PriorityVote",
    "Project", "ProjectNote", "ProjectPartner", "RoleAssignment", "Row", "Theme", "VoteSession",
    "Wish", "utcnow",
    "ExchangeLog", "KnownVersion",
]
