"""Use cases of BuurtDesk. Each call is one transaction and returns frozen views."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from buurtdesk.services.actions import ActionService
from buurtdesk.services.base import Clock
from buurtdesk.services.budget import BudgetService
from buurtdesk.services.councils import CouncilService
from buurtdesk.services.cycle import CycleService
from buurtdesk.services.decisions import DecisionService
from buurtdesk.services.evaluations import EvaluationService
from buurtdesk.services.meetings import MeetingService
from buurtdesk.services.overview import OverviewService
from buurtdesk.services.priorities import PriorityService
from buurtdesk.services.privacy import PrivacyService
from buurtdesk.services.projects import ProjectService
from buurtdesk.services.roles import RoleService
from buurtdesk.services.search import SearchService
from buurtdesk.services.vision import VisionService
from buurtdesk.store.database import Database


@dataclass(frozen=True)
class Services:
    """Every service of one database, built once by the composition root (app.py, cli, tests)."""

    database: Database
    councils: CouncilService
    meetings: MeetingService
    actions: ActionService
    decisions: DecisionService
    overview: OverviewService
    budget: BudgetService
    cycle: CycleService
    vision: VisionService
    priorities: PriorityService
    projects: ProjectService
    roles: RoleService
    evaluations: EvaluationService
    search: SearchService
    privacy: PrivacyService

    @classmethod
    def build(cls, database: Database, clock: Clock = date.today) -> Services:
        return cls(
            database=database,
            councils=CouncilService(database, clock),
            meetings=MeetingService(database, clock),
            actions=ActionService(database, clock),
            decisions=DecisionService(database, clock),
            overview=OverviewService(database, clock),
            budget=BudgetService(database, clock),
            cycle=CycleService(database, clock),
            vision=VisionService(database, clock),
            priorities=PriorityService(database, clock),
            projects=ProjectService(database, clock),
            roles=RoleService(database, clock),
            evaluations=EvaluationService(database, clock),
            search=SearchService(database, clock),
            privacy=PrivacyService(database, clock),
        )
