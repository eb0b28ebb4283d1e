"""The people of a council in a table: name, organisation, role, ladder step, contact details.

Contact details are shown here and only here; they never go to the projector or a PDF.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from buurtdesk.domain.enums import LadderStep, OrganisationKind
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.meeting_rules import CURRENT_ROLES
from buurtdesk.services.views import MembershipView, OrganisationView, PersonView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import muted_colour
from buurtdesk.ui.registers.register_model import ModelIndex, RegisterTableModel

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CouncilPerson:
    """A person with their memberships of this council (usually one, sometimes two roles)."""

    person: PersonView
    memberships: tuple[MembershipView, ...]

    @property
    def single_membership(self) -> MembershipView | None:
        return self.memberships[0] if len(self.memberships) == 1 else None


def _t(text: object) -> str:
    """Translate a QT_TRANSLATE_NOOP marker (typed as object by PySide6)."""
    return QCoreApplication.translate("People", str(text))


def ladder_step_name(step: LadderStep | None) -> str:
    names = {
        LadderStep.INITIATOR: _t(QT_TRANSLATE_NOOP("People", "Initiator")),
        LadderStep.PARTICIPANT: _t(QT_TRANSLATE_NOOP("People", "Participant")),
        LadderStep.CO_COMMISSIONER: _t(QT_TRANSLATE_NOOP("People", "Co-commissioner")),
        LadderStep.COMMISSIONER: _t(QT_TRANSLATE_NOOP("People", "Commissioner")),
    }
    return "" if step is None else names[step]


class PeopleTableModel(RegisterTableModel):
    NAME, ORGANISATION, ROLE, LADDER, EMAIL, PHONE = range(6)
    COLUMNS = 6
    EDITABLE = (NAME, ORGANISATION, ROLE, LADDER, EMAIL, PHONE)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.people: list[CouncilPerson] = []
        # Called with the row, the column and the new value; True when accepted.
        self.editor: Callable[[CouncilPerson, int, Any], bool] | None = None

    def set_people(self, people: list[CouncilPerson]) -> None:
        self.beginResetModel()
        self.people = list(people)
        self.endResetModel()

    def row_of(self, person_id: int) -> int:
        return next((row for row, p in enumerate(self.people) if p.person.id == person_id), -1)

    def row_total(self) -> int:
        return len(self.people)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Role"),
            self.tr("Ladder step"),
            self.tr("E-mail"),
            self.tr("Phone"),
        )

    def editable(self, index: ModelIndex) -> bool:
        if self.editor is None or not 0 <= index.row() < len(self.people):
            return False
        entry = self.people[index.row()]
        if entry.person.forgotten:
            return False
        # two roles in one council: change them one at a time elsewhere
        return index.column() not in (self.ROLE, self.LADDER) or entry.single_membership is not None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        entry = self.people[index.row()]
        person = entry.person
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == self.ORGANISATION:
                return person.organisation_id
            if column == self.ROLE:
                return entry.memberships[0].role.value if entry.memberships else None
            if column == self.LADDER:
                return person.ladder_step.value if person.ladder_step else ""
            return self._display(entry, column)
        if role == ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ForegroundRole and person.forgotten:
            return QBrush(QColor(muted_colour()))
        if role == Qt.ItemDataRole.ToolTipRole and person.forgotten:
            return self.tr("This person asked to be forgotten")
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or self.editor is None or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        return self.editor(self.people[index.row()], index.column(), value)

    def _display(self, entry: CouncilPerson, column: int) -> str:
        person = entry.person
        if column == self.NAME:
            return person.name
        if column == self.ORGANISATION:
            return person.organisation_name
        if column == self.ROLE:
            return ", ".join(labels.membership_role(m.role) for m in entry.memberships)
        if column == self.LADDER:
            return ladder_step_name(person.ladder_step)
        if column == self.EMAIL:
            return person.email
        return person.phone


def organisation_kind_name(kind: OrganisationKind) -> str:
    return {
        OrganisationKind.RESIDENTS_ASSOCIATION: _t(
            QT_TRANSLATE_NOOP("People", "Residents' association")
        ),
        OrganisationKind.CORPORATION: _t(QT_TRANSLATE_NOOP("People", "Housing corporation")),
        OrganisationKind.MUNICIPALITY: _t(QT_TRANSLATE_NOOP("People", "Municipality")),
        OrganisationKind.POLICE: _t(QT_TRANSLATE_NOOP("People", "Police")),
        OrganisationKind.WELFARE: _t(QT_TRANSLATE_NOOP("People", "Welfare work")),
        OrganisationKind.OTHER: _t(QT_TRANSLATE_NOOP("People", "Other")),
    }[kind]


class OrganisationTableModel(RegisterTableModel):
    """The organisations the council's people come from, with how to reach them."""

    NAME, KIND, PEOPLE, EMAIL, PHONE = range(5)
    COLUMNS = 5

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.organisations: list[tuple[OrganisationView, int]] = []

    def set_organisations(self, organisations: list[tuple[OrganisationView, int]]) -> None:
        self.beginResetModel()
        self.organisations = list(organisations)
        self.endResetModel()

    def row_total(self) -> int:
        return len(self.organisations)

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Organisation"),
            self.tr("Kind"),
            self.tr("People"),
            self.tr("E-mail"),
            self.tr("Phone"),
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.organisations):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        organisation, people = self.organisations[index.row()]
        return (
            organisation.name,
            organisation_kind_name(organisation.kind),
            str(people),
            organisation.email,
            organisation.phone,
        )[index.column()]


def check_email(text: str) -> str:
    value = text.strip()
    if value and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value):
        raise InvalidInput.said(
            "'{value}' is not an e-mail address; write for example name@example.org.",
            value=value[:60],
        )
    return value


class PeopleDelegate(QStyledItemDelegate):
    """Organisation, role and ladder step are chosen from a list; the rest is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.organisations: list[OrganisationView] = []

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:  # noqa: N802
        column = index.column()
        if column == PeopleTableModel.ORGANISATION:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Organisation"))
            combo.addItem(self.tr("(none)"), None)
            for organisation in self.organisations:
                combo.addItem(organisation.name, organisation.id)
            return combo
        if column == PeopleTableModel.ROLE:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Role in the council"))
            for role in CURRENT_ROLES:
                combo.addItem(labels.membership_role(role), role.value)
            return combo
        if column == PeopleTableModel.LADDER:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Step on the initiative ladder"))
            combo.addItem(self.tr("(none)"), "")
            for step in LadderStep:
                combo.addItem(ladder_step_name(step), step.value)
            return combo
        editor = QLineEdit(parent)
        editor.setAccessibleName(str(index.model().headerData(column, Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
