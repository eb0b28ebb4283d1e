"""Use cases of BuurtDesk. Each call is one transaction and returns frozen views."""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from buurtdesk.services.actions import ActionService
    from buurtdesk.services.base import Clock
    from buurtdesk.services.budget.service import BudgetService
    from buurtdesk.services.councils import CouncilService
    from buurtdesk.services.cycle.evaluations import EvaluationService
    from buurtdesk.services.cycle.priorities import PriorityService
    from buurtdesk.services.cycle.projects import ProjectService
    from buurtdesk.services.cycle.roles import RoleService
    from buurtdesk.services.cycle.service import CycleService
    from buurtdesk.services.cycle.vision import VisionService
    from buurtdesk.services.decisions import DecisionService
    from buurtdesk.services.meetings.service import MeetingService
    from buurtdesk.services.municipality.annual import AnnualReportService
    from buurtdesk.services.municipality.funds import FundService
    from buurtdesk.services.municipality.overview import MunicipalityService
    from buurtdesk.services.overview import OverviewService
    from buurtdesk.services.privacy import PrivacyService
    from buurtdesk.services.search import SearchService
    from buurtdesk.services.server_access import ServerAccessService
    from buurtdesk.store.database import Database


class ServicesNotOpen(RuntimeError):
    """A service was asked for before the composition root opened the database: a fault in
    the start-up order, never something a user can cause."""


class Services:
    """Every service of one database, built by the composition root (app.py, cli, tests).

    A service (and the code behind it) is loaded when it is first used, so the overview can be
    on screen before the budget, the cycle or the search code has been read from disk.

    The database is given at one named point: `Services.build(database)` for the command line
    and the tests, or `Services.opening(path)` followed by `open(database)` in the app, which
    paints its first screen from the file (services.first_look) before SQLAlchemy is loaded.
    Until then every service refuses with ServicesNotOpen.
    """

    def __init__(
        self, database: Database | None, clock: Clock = date.today, *, path: Path | None = None
    ) -> None:
        self._database = database
        self._path = database.path if database is not None else path
        self.clock = clock

    @classmethod
    def build(cls, database: Database, clock: Clock = date.today) -> Services:
        return cls(database, clock)

    @classmethod
    def opening(cls, path: Path | None, clock: Clock = date.today) -> Services:
        """Services whose database the app opens right after the first paint (`open`)."""
        return cls(None, clock, path=path)

    def open(self, database: Database) -> None:
        """The one point where a not-yet-open Services receives its database."""
        if self._database is not None:
            raise ServicesNotOpen("the database of these services is open already")
        self._database = database
        self._path = database.path

    @property
    def database(self) -> Database:
        if self._database is None:
            raise ServicesNotOpen("the database is opened by app.py right after the first paint")
        return self._database

    @property
    def is_open(self) -> bool:
        return self._database is not None

    @property
    def database_path(self) -> Path | None:
        """The SQLite file (None for a server database), known without opening it."""
        return self._path

    def __repr__(self) -> str:
        return (
            f"Services({self._database.url!r})"
            if self._database is not None
            else f"Services(not yet open: {self._path})"
        )

    @cached_property
    def councils(self) -> CouncilService:
        from buurtdesk.services.councils import CouncilService

        return CouncilService(self.database, self.clock)

    @cached_property
    def meetings(self) -> MeetingService:
        from buurtdesk.services.meetings.service import MeetingService

        return MeetingService(self.database, self.clock)

    @cached_property
    def actions(self) -> ActionService:
        from buurtdesk.services.actions import ActionService

        return ActionService(self.database, self.clock)

    @cached_property
    def decisions(self) -> DecisionService:
        from buurtdesk.services.decisions import DecisionService

        return DecisionService(self.database, self.clock)

    @cached_property
    def overview(self) -> OverviewService:
        from buurtdesk.services.overview import OverviewService

        return OverviewService(self.database, self.clock)

    @cached_property
    def budget(self) -> BudgetService:
        from buurtdesk.services.budget.service import BudgetService

        return BudgetService(self.database, self.clock)

    @cached_property
    def cycle(self) -> CycleService:
        from buurtdesk.services.cycle.service import CycleService

        return CycleService(self.database, self.clock, meetings=self.meetings)

    @cached_property
    def vision(self) -> VisionService:
        from buurtdesk.services.cycle.vision import VisionService

        return VisionService(self.database, self.clock)

    @cached_property
    def priorities(self) -> PriorityService:
        from buurtdesk.services.cycle.priorities import PriorityService

        return PriorityService(self.database, self.clock)

    @cached_property
    def projects(self) -> ProjectService:
        from buurtdesk.services.cycle.projects import ProjectService

        return ProjectService(
            self.database, self.clock, meetings=self.meetings, actions=self.actions
        )

    @cached_property
    def roles(self) -> RoleService:
        from buurtdesk.services.cycle.roles import RoleService

        return RoleService(self.database, self.clock)

    @cached_property
    def evaluations(self) -> EvaluationService:
        from buurtdesk.services.cycle.evaluations import EvaluationService

        return EvaluationService(self.database, self.clock)

    @cached_property
    def search(self) -> SearchService:
        from buurtdesk.services.search import SearchService

        return SearchService(self.database, self.clock)

    @cached_property
    def privacy(self) -> PrivacyService:
        from buurtdesk.services.privacy import PrivacyService

        return PrivacyService(self.database, self.clock)

    @cached_property
    def server_access(self) -> ServerAccessService:
        from buurtdesk.services.server_access import ServerAccessService

        return ServerAccessService(self.database, self.clock)

    @cached_property
    def funds(self) -> FundService:
        from buurtdesk.services.municipality.funds import FundService

        return FundService(self.database, self.clock)

    @cached_property
    def municipality(self) -> MunicipalityService:
        from buurtdesk.services.municipality.overview import MunicipalityService

        return MunicipalityService(self.database, self.clock)

    @cached_property
    def annual(self) -> AnnualReportService:
        from buurtdesk.services.municipality.annual import AnnualReportService

        return AnnualReportService(self.database, self.clock)
