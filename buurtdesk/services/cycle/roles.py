"""Roles in a round: who takes part in what and how, the initiative ladder, the council's own role.

The roles matrix has people and organisations as rows and the round, its themes and its
projects as columns (`roles_matrix`). Ladder steps live on the council membership and keep
their history (`set_ladder_step` finds the membership of a person and writes the step and its
history in one transaction). The council's view of its own role is `Council.role_view`.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import InstrumentedAttribute

from buurtdesk.domain.cycle import STANDARD_ROLES
from buurtdesk.domain.enums import LadderStep
from buurtdesk.domain.errors import InvalidInput, NotFound
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_, translate
from buurtdesk.services.base import Clock, Service
from buurtdesk.services.councils import CouncilService
from buurtdesk.services.cycle.loaders import (
    council_language,
    fetch_open_round,
    ladder_views,
    role_assignment_views,
    roles_matrix,
)
from buurtdesk.services.cycle.views import LadderView, RoleAssignmentView, RolesMatrix
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    Cycle,
    LadderStepChange,
    Membership,
    Organisation,
    Person,
    Project,
    RoleAssignment,
    Theme,
)


class RoleService(Service):
    def __init__(self, database: Database, clock: Clock = date.today) -> None:
        super().__init__(database, clock)
        self._councils = CouncilService(database, clock)

    @staticmethod
    def standard_roles(language: str = "nl") -> tuple[str, ...]:
        """Role names to offer in the matrix (trekker, meedenker, ...); any other text is fine too."""
        return tuple(translate(role, language) for role in STANDARD_ROLES)

    # -- the matrix ----------------------------------------------------------------------------------
    def assign_role(
        self,
        cycle_id: int,
        role: str,
        *,
        person_id: int | None = None,
        organisation_id: int | None = None,
        theme_id: int | None = None,
        project_id: int | None = None,
    ) -> RoleAssignmentView:
        """One cell of the matrix: a person or an organisation takes a role in a theme, a
        project, or (neither given) the round as a whole. The same cell twice is refused."""
        name = clean_text(
            role, field=NC_("field", "the role"), limit=MAX_NAME_LENGTH, required=True
        )
        if (person_id is None) == (organisation_id is None):
            raise InvalidInput.said("Choose a person or an organisation.")
        if theme_id is not None and project_id is not None:
            raise InvalidInput.said("A role belongs to a theme or to a project, not to both.")
        with self.unit() as s:
            fetch_open_round(s, cycle_id)
            if person_id is not None:
                self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            if organisation_id is not None:
                self.fetch(s, Organisation, organisation_id, NC_("kind of record", "Organisation"))
            if (
                theme_id is not None
                and self.fetch(s, Theme, theme_id, NC_("kind of record", "Theme")).cycle_id
                != cycle_id
            ):
                raise InvalidInput.said("That theme belongs to another round.")
            if (
                project_id is not None
                and self.fetch(s, Project, project_id, NC_("kind of record", "Project")).cycle_id
                != cycle_id
            ):
                raise InvalidInput.said("That project belongs to another round.")
            same = s.scalars(
                select(RoleAssignment).where(
                    RoleAssignment.cycle_id == cycle_id,
                    _is(RoleAssignment.person_id, person_id),
                    _is(RoleAssignment.organisation_id, organisation_id),
                    _is(RoleAssignment.theme_id, theme_id),
                    _is(RoleAssignment.project_id, project_id),
                )
            ).all()
            if any(r.role.casefold() == name.casefold() for r in same):
                raise InvalidInput.said("This role ('{name}') is already there.", name=name)
            row = RoleAssignment(
                cycle_id=cycle_id,
                person_id=person_id,
                organisation_id=organisation_id,
                theme_id=theme_id,
                project_id=project_id,
                role=name,
            )
            s.add(row)
            s.flush()
            return next(a for a in role_assignment_views(s, cycle_id) if a.id == row.id)

    def remove_role(self, assignment_id: int) -> RoleAssignmentView:
        """Take a role out of the matrix; returns it so the screen can offer undo (assign again)."""
        with self.unit() as s:
            row = self.fetch(s, RoleAssignment, assignment_id, NC_("kind of record", "Role"))
            fetch_open_round(s, row.cycle_id)
            view = next(a for a in role_assignment_views(s, row.cycle_id) if a.id == row.id)
            s.delete(row)
            return view

    def roles_matrix(self, cycle_id: int) -> RolesMatrix:
        with self.unit() as s:
            cycle = self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
            return roles_matrix(s, cycle_id, council_language(s, cycle.council_id))

    # -- the initiative ladder ------------------------------------------------------------------------
    def set_ladder_step(
        self, council_id: int, person_id: int, step: LadderStep, note: str = ""
    ) -> LadderView:
        """Put a member of the council on a step of the ladder; the history keeps every change."""
        with self.unit() as s:
            membership = s.scalars(
                select(Membership)
                .where(Membership.council_id == council_id, Membership.person_id == person_id)
                .order_by(Membership.until.is_not(None), Membership.id)
            ).first()
            if membership is None:
                raise NotFound.said("This person is not a member of the council; add them first.")
            membership.ladder_step = LadderStep(step)
            s.add(
                LadderStepChange(
                    membership_id=membership.id,
                    step=membership.ladder_step,
                    changed_on=self.today(),
                    note=note.strip()[:MAX_NOTE_LENGTH],
                )
            )
            s.flush()
            return next(v for v in ladder_views(s, council_id) if v.membership_id == membership.id)

    def undo_ladder_step(self, council_id: int, person_id: int) -> LadderView | None:
        """Take the latest step change away again (the screen's undo of set_ladder_step)."""
        with self.unit() as s:
            membership = s.scalars(
                select(Membership)
                .where(Membership.council_id == council_id, Membership.person_id == person_id)
                .order_by(Membership.until.is_not(None), Membership.id)
            ).first()
            if membership is None:
                return None
            changes = s.scalars(
                select(LadderStepChange)
                .where(LadderStepChange.membership_id == membership.id)
                .order_by(LadderStepChange.changed_on, LadderStepChange.id)
            ).all()
            if changes:
                s.delete(changes[-1])
            membership.ladder_step = changes[-2].step if len(changes) > 1 else None
            s.flush()
            return next(
                (v for v in ladder_views(s, council_id) if v.membership_id == membership.id), None
            )

    def ladder(self, council_id: int) -> tuple[LadderView, ...]:
        """Members with a ladder step, by name, each with the history of their steps."""
        with self.unit() as s:
            return ladder_views(s, council_id)

    # -- the council's own role -----------------------------------------------------------------------
    def set_council_role_view(self, council_id: int, text: str) -> str:
        """How the council sees its own role in this cycle (shown in the roles phase and booklet)."""
        body = clean_text(
            text, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=False
        )
        return self._councils.update_council(council_id, role_view=body).role_view


def _is(column: InstrumentedAttribute[int | None], value: int | None) -> ColumnElement[bool]:
    return column.is_(None) if value is None else column == value
