"""Edits made in the cells of the people table, each as an undoable command."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.enums import LadderStep, MembershipRole
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import PersonView
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand, VersionedEdit
from buurtdesk.ui.registers.people_model import CouncilPerson, PeopleTableModel, check_email


class PeopleCellEdits(QObject):
    """Turns a value typed in a cell of the people table into the matching undoable change."""

    def __init__(
        self,
        context: Context,
        page: QWidget,
        reload: Callable[[], None],
        show_error: Callable[[BuurtDeskError], None],
    ) -> None:
        super().__init__(page)
        self.context = context
        self.page = page  # parent of the dialog shown when someone else changed the person
        self.reload = reload
        self.show_error = show_error

    def edit(self, entry: CouncilPerson, column: int, value: Any) -> bool:
        person = entry.person
        councils = self.context.services.councils
        membership = entry.single_membership
        try:
            if column in (PeopleTableModel.NAME, PeopleTableModel.EMAIL, PeopleTableModel.PHONE):
                field = {
                    PeopleTableModel.NAME: "name",
                    PeopleTableModel.EMAIL: "email",
                    PeopleTableModel.PHONE: "phone",
                }[column]
                new = check_email(str(value)) if field == "email" else str(value).strip()
                old = getattr(person, field)
                if new == old:
                    return True
                caption = {
                    "name": self.tr("Change name"),
                    "email": self.tr("Change e-mail address"),
                    "phone": self.tr("Change phone number"),
                }[field]
                return self._push_versioned(caption, person, {field: new}, {field: old})
            if column == PeopleTableModel.ORGANISATION:
                new_org, old_org = value, person.organisation_id
                if new_org == old_org:
                    return True
                return self._push_versioned(
                    self.tr("Change organisation"),
                    person,
                    {"organisation_id": new_org},
                    {"organisation_id": old_org},
                )
            if membership is None:
                return False
            if column == PeopleTableModel.ROLE:
                new_role, old_role = MembershipRole(str(value)), membership.role
                if new_role == old_role:
                    return True
                return self._push(
                    self.tr("Change role"),
                    lambda: councils.change_membership(membership.id, role=new_role),
                    lambda: councils.change_membership(membership.id, role=old_role),
                )
            if column == PeopleTableModel.LADDER:
                new_step = LadderStep(str(value)) if value else None
                old_step = membership.ladder_step
                if new_step == old_step:
                    return True
                return self._push(
                    self.tr("Change ladder step"),
                    lambda: councils.change_membership(
                        membership.id, ladder_step=new_step, clear_ladder_step=new_step is None
                    ),
                    lambda: councils.change_membership(
                        membership.id, ladder_step=old_step, clear_ladder_step=old_step is None
                    ),
                )
        except BuurtDeskError as exc:
            self.show_error(exc)
        return False

    def _push_versioned(
        self, text: str, person: PersonView, new: dict[str, Any], old: dict[str, Any]
    ) -> bool:
        """A change of a person's details, based on the version shown (VersionedEdit)."""
        councils = self.context.services.councils
        command = VersionedEdit(
            text,
            version=person.version,
            apply=lambda v, values: councils.update_person(person.id, expected_version=v, **values),
            new=new,
            old=old,
            parent=self.page,
            after=self.reload,
            on_error=self.show_error,
            record=("people", person.id),
            stack=self.context.undo_stack,
        )
        self.context.undo_stack.push(command)
        return command.failed is None

    def _push(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        command = EditCommand(
            text,
            do=do,
            undo=lambda _result: undo(),
            after=self.reload,
            on_error=self.show_error,
        )
        self.context.undo_stack.push(command)
        return command.failed is None
