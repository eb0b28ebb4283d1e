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
    FrameworkCheckChange,
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
from buurtdesk.store.models.indexes import index_every_foreign_key
from buurtdesk.store.models.meetings import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    AgendaTemplateItem,
    Attendance,
    Decision,
    Meeting,
)
from buurtdesk.store.models.municipality import Foreword, Fund, FundContribution
from buurtdesk.store.models.server import CouncilAccess, DecisionCounter

index_every_foreign_key(Base.metadata)

__all__ = [
    "ActionPoint",
    "ActionProgress",
    "AgendaItem",
    "AgendaTemplateItem",
    "Allocation",
    "Attendance",
    "Base",
    "Budget",
    "Council",
    "CouncilAccess",
    "Cycle",
    "Decision",
    "DecisionCounter",
    "Evaluation",
    "Expense",
    "Foreword",
    "FrameworkCheck",
    "FrameworkCheckChange",
    "Fund",
    "FundContribution",
    "FundingSource",
    "LadderStepChange",
    "Meeting",
    "Membership",
    "Milestone",
    "Organisation",
    "Person",
    "Phase",
    "PhaseTransition",
    "Priority",
    "PriorityCommitment",
    "PriorityVote",
    "Project",
    "ProjectNote",
    "ProjectPartner",
    "RoleAssignment",
    "Row",
    "Theme",
    "VoteSession",
    "Wish",
    "utcnow",
    "ExchangeLog",
    "KnownVersion",
]
