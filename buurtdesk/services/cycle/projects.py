"""Plans and projects of a round: trekker, partners, framework checks, budget ask, execution, evaluation.

Money follows content: `ask_budget` is refused while the plan text is empty, and
`project_money_check(project_id)` says whether the plan exists and the financial, content and
legal checks are all "in orde". The budget screens call `project_money_check` before an
allocation and show its `reason()` as the warning when `all_ok` is False.
A project without a trekker is allowed; its summary says `needs_trekker`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import CheckArea, CheckVerdict, ProjectStatus
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.actions import ActionService
from buurtdesk.services.base import Clock, Service, check_version
from buurtdesk.services.cycle.checks import keep_check_history
from buurtdesk.services.cycle.execution import ProjectExecution, open_project
from buurtdesk.services.cycle.loaders import fetch_open_round
from buurtdesk.services.cycle.project_loaders import (
    money_check_view,
    project_detail,
    project_summaries,
)
from buurtdesk.services.cycle.views import (
    ProjectDetail,
    ProjectMoneyCheck,
    ProjectSummary,
)
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    Allocation,
    Cycle,
    FrameworkCheck,
    Organisation,
    Person,
    Project,
    ProjectPartner,
    Theme,
)

_MAX_BUDGET_ASK = Money(10**11)  # a billion euro: far beyond any neighbourhood project


_OPEN_PROJECT = (ProjectStatus.IDEA, ProjectStatus.PLANNED, ProjectStatus.RUNNING)


def _name(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "the project's name"),
        limit=300,
        required=True,
    )


def _text(value: str, required: bool = False) -> str:
    return clean_text(
        value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=required
    )


class ProjectService(Service):
    def __init__(
        self,
        database: Database,
        clock: Clock,
        *,
        meetings: MeetingService,
        actions: ActionService,
    ) -> None:
        super().__init__(database, clock)
        self._meetings = meetings
        self._actions = actions
        # Execution (milestones, progress, the project's action points, the kerngroep) lives in
        # its own service; its use cases are this service's too.
        self.execution = ProjectExecution(database, clock, meetings=meetings, actions=actions)
        self.add_milestone = self.execution.add_milestone
        self.mark_milestone_done = self.execution.mark_milestone_done
        self.remove_milestone = self.execution.remove_milestone
        self.add_note = self.execution.add_note
        self.remove_note = self.execution.remove_note
        self.project_actions = self.execution.project_actions
        self.plan_core_group_meeting = self.execution.plan_core_group_meeting

    # -- projects ----------------------------------------------------------------------------------
    def create_project(
        self,
        cycle_id: int,
        name: str,
        *,
        theme_id: int | None = None,
        goal: str = "",
        plan: str = "",
        lead_person_id: int | None = None,
        starts_on: date | None = None,
        ends_on: date | None = None,
    ) -> ProjectDetail:
        """A project of the round, usually from one of its themes; a trekker may follow later."""
        with self.unit() as s:
            cycle = fetch_open_round(s, cycle_id)
            row = Project(
                council_id=cycle.council_id,
                cycle_id=cycle.id,
                name=_name(name),
                goal=_text(goal),
                plan=_text(plan),
            )
            s.add(row)
            self._apply(
                s,
                row,
                {
                    "theme_id": theme_id,
                    "lead_person_id": lead_person_id,
                    "starts_on": starts_on,
                    "ends_on": ends_on,
                },
            )
            s.flush()
            return project_detail(s, row)

    def update_project(
        self, project_id: int, *, expected_version: int | None = None, **changes: object
    ) -> ProjectDetail:
        """Change name, goal, plan, theme_id, lead_person_id (None: no trekker), starts_on, ends_on, status."""
        allowed = {
            "name",
            "goal",
            "plan",
            "theme_id",
            "lead_person_id",
            "starts_on",
            "ends_on",
            "status",
        }
        with self.unit() as s:
            row = self._project(s, project_id)
            check_version(row, expected_version, changes)
            unknown = set(changes) - allowed
            if unknown:
                raise TypeError(f"cannot change {sorted(unknown)}")
            if "name" in changes:
                row.name = _name(str(changes["name"]))
            for key in ("goal", "plan"):
                if key in changes:
                    setattr(row, key, _text(str(changes[key])))
            if "status" in changes:
                row.status = ProjectStatus(str(changes["status"]))
            self._apply(
                s,
                row,
                {
                    k: v
                    for k, v in changes.items()
                    if k in {"theme_id", "lead_person_id", "starts_on", "ends_on"}
                },
            )
            if "plan" in changes and not row.plan.strip() and row.budget_ask_cents:
                raise RuleViolation.said(
                    "This project asks for money, so its plan cannot become empty."
                )
            s.flush()
            return project_detail(s, row)

    def set_status(self, project_id: int, status: ProjectStatus) -> ProjectDetail:
        return self.update_project(project_id, status=ProjectStatus(status))

    def get_project(self, project_id: int) -> ProjectDetail:
        with self.unit() as s:
            return project_detail(
                s, self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            )

    def list_projects(self, cycle_id: int) -> list[ProjectSummary]:
        with self.unit() as s:
            self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
            return project_summaries(
                s,
                s.scalars(
                    select(Project).where(Project.cycle_id == cycle_id).order_by(Project.id)
                ).all(),
            )

    def council_projects(self, council_id: int, *, open_only: bool = True) -> list[ProjectSummary]:
        """The council's projects of every round, by name (open_only: idea, planned, running):
        the choices when an action point is linked to a project."""
        with self.unit() as s:
            query = select(Project).where(Project.council_id == council_id)
            if open_only:
                query = query.where(Project.status.in_(_OPEN_PROJECT))
            return project_summaries(s, s.scalars(query.order_by(Project.name)).all())

    def running_projects(self, council_id: int) -> list[ProjectSummary]:
        """The council's projects in execution (status running), any round."""
        with self.unit() as s:
            rows = s.scalars(
                select(Project)
                .where(Project.council_id == council_id, Project.status == ProjectStatus.RUNNING)
                .order_by(Project.id)
            ).all()
            return project_summaries(s, rows)

    # -- partners ------------------------------------------------------------------------------------
    def add_partner(
        self,
        project_id: int,
        *,
        organisation_id: int | None = None,
        person_id: int | None = None,
        contribution: str = "",
    ) -> ProjectDetail:
        if (organisation_id is None) == (person_id is None):
            raise InvalidInput.said("Choose an organisation or a person as partner.")
        with self.unit() as s:
            row = self._project(s, project_id)
            if organisation_id is not None:
                self.fetch(s, Organisation, organisation_id, NC_("kind of record", "Organisation"))
            if person_id is not None:
                self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            s.add(
                ProjectPartner(
                    project_id=project_id,
                    organisation_id=organisation_id,
                    person_id=person_id,
                    contribution=_text(contribution),
                )
            )
            s.flush()
            return project_detail(s, row)

    def remove_partner(self, partner_id: int) -> ProjectDetail:
        with self.unit() as s:
            partner = self.fetch(s, ProjectPartner, partner_id, NC_("kind of record", "Partner"))
            row = self._project(s, partner.project_id)
            s.delete(partner)
            s.flush()
            return project_detail(s, row)

    # -- framework checks and money ------------------------------------------------------------------
    def set_check(
        self,
        project_id: int,
        area: CheckArea,
        verdict: CheckVerdict,
        *,
        note: str = "",
        checked_by: str = "",
        checked_on: date | None = None,
    ) -> ProjectDetail:
        """The check against one framework (financial, content, legal): in orde, aandacht nodig,
        niet haalbaar. A verdict other than "in orde" needs a note saying why."""
        text = _text(note)
        if CheckVerdict(verdict) != CheckVerdict.OK and not text:
            raise InvalidInput.said("Write down why it is not in order yet.")
        with self.unit() as s:
            row = self._project(s, project_id)
            check = s.scalars(
                select(FrameworkCheck).where(
                    FrameworkCheck.project_id == project_id, FrameworkCheck.area == CheckArea(area)
                )
            ).first()
            if check is None:
                check = FrameworkCheck(
                    project_id=project_id, area=CheckArea(area), verdict=CheckVerdict(verdict)
                )
                s.add(check)
            else:
                keep_check_history(s, check, CheckVerdict(verdict), text, checked_by, self.today())
            check.verdict = CheckVerdict(verdict)
            check.note = text
            check.checked_by = checked_by.strip()[:MAX_NAME_LENGTH]
            check.checked_on = checked_on or self.today()
            s.flush()
            return project_detail(s, row)

    def clear_check(self, project_id: int, area: CheckArea) -> ProjectDetail:
        """Take the check of one framework away again (the screen's undo of a first check)."""
        with self.unit() as s:
            row = self._project(s, project_id)
            for check in s.scalars(
                select(FrameworkCheck).where(
                    FrameworkCheck.project_id == project_id, FrameworkCheck.area == CheckArea(area)
                )
            ).all():
                s.delete(check)
            s.flush()
            return project_detail(s, row)

    def ask_budget(self, project_id: int, amount: Money) -> ProjectDetail:
        """The project's budget ask. Money only after content: refused while the plan is empty."""
        if amount.is_negative or amount > _MAX_BUDGET_ASK:
            raise InvalidInput.said("A budget ask is an amount of zero or more.")
        with self.unit() as s:
            row = self._project(s, project_id)
            if amount.cents and not row.plan.strip():
                raise RuleViolation.said(
                    "Content first, then money: write the plan of '{name}' first; then the project can ask for money.",
                    name=row.name,
                )
            row.budget_ask_cents = amount.cents
            s.flush()
            return project_detail(s, row)

    def project_money_check(self, project_id: int) -> ProjectMoneyCheck:
        """May money go to this project? True only with a plan and all three checks "in orde".

        For the budget screens: call before an allocation; when `all_ok` is False show
        `reason(language)` as the warning (it names the missing plan and each area not in order).
        """
        with self.unit() as s:
            return money_check_view(
                s, self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            )

    def remove_project(self, project_id: int) -> None:
        """Take a project away again (the screen's undo of create_project).

        Refused once action points or budget allocations point at it: those stay traceable.
        """
        with self.unit() as s:
            row = self._project(s, project_id)
            linked = s.scalar(
                select(ActionPoint.id).where(ActionPoint.project_id == project_id).limit(1)
            ) or s.scalar(select(Allocation.id).where(Allocation.project_id == project_id).limit(1))
            if linked is not None:
                raise RuleViolation.said(
                    "Action points or allocations are linked to '{name}'; the project stays.",
                    name=row.name,
                )
            s.delete(row)

    # -- helpers ----------------------------------------------------------------------------------------
    def _project(self, s: Session, project_id: int) -> Project:
        """The project, when its round is still open (a closed round's projects moved on or ended)."""
        return open_project(self, s, project_id)

    def _apply(self, s: Session, row: Project, changes: dict[str, object]) -> None:
        if "theme_id" in changes and changes["theme_id"] is not None:
            theme = self.fetch(
                s, Theme, int(str(changes["theme_id"])), NC_("kind of record", "Theme")
            )
            if theme.cycle_id != row.cycle_id:
                raise InvalidInput.said("That theme belongs to another round.")
        if changes.get("lead_person_id") is not None:
            self.fetch(
                s, Person, int(str(changes["lead_person_id"])), NC_("kind of record", "Person")
            )
        for key, value in changes.items():
            setattr(row, key, value)
        if row.starts_on and row.ends_on and row.ends_on < row.starts_on:
            raise InvalidInput.said("The project ends before it starts.")
