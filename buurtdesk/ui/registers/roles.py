"""The roles of the chosen person in the council, with the dates they began and ended: a
person may be secretaris and notulist at once, or voorzitter until a date and lid after."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import parse_date, short_date
from buurtdesk.domain.enums import MembershipRole
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.meeting_rules import CURRENT_ROLES, role_rank
from buurtdesk.services.views import MembershipView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand

T = TypeVar("T")


class RolesBox(QGroupBox):
    """Every change goes through `push` (undoable)."""

    def __init__(
        self,
        context: Context,
        after: Callable[[], None],
        show_error: Callable[[BuurtDeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Roles"))
        self.context = context
        self._after = after
        self._show_error = show_error
        self.council_id: int | None = None
        self.person_id: int | None = None
        self.memberships: list[MembershipView] = []
        grid = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Roles of the chosen person"))
        self.list.setAccessibleDescription(self.tr("Each role with the date it began and ended"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role to add"))
        self.role.setAccessibleDescription(self.tr("The role the chosen person gets"))
        for role in CURRENT_ROLES:
            self.role.addItem(labels.membership_role(role), role.value)
        self.since = QLineEdit()
        self.since.setAccessibleName(self.tr("Role begins on"))
        self.since.setAccessibleDescription(self.tr("Empty means today"))
        self.since.setPlaceholderText("01-01-2026")
        add = QPushButton(self.tr("Add &role"))
        add.setAccessibleDescription(self.tr("Gives the chosen person this role from this date"))
        add.clicked.connect(self.add_role)
        self.until = QLineEdit()
        self.until.setAccessibleName(self.tr("Role ends on"))
        self.until.setAccessibleDescription(self.tr("Empty means today"))
        self.until.setPlaceholderText("31-12-2026")
        end = QPushButton(self.tr("E&nd role"))
        end.setAccessibleDescription(self.tr("The chosen role ends on this date"))
        end.clicked.connect(self.end_role)
        role_label = QLabel(self.tr("Ro&le"))
        role_label.setBuddy(self.role)
        since_label = QLabel(self.tr("From"))
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("Ends on"))
        until_label.setBuddy(self.until)
        self.list.setMaximumHeight(self.list.fontMetrics().lineSpacing() * 4)  # a few roles
        grid.addWidget(self.list)
        # A new role with its date and button, then the end date and its button: each line
        # wraps at large text, a caption above each field.
        adding = FlowLayout(spacing=8, fill=True)
        adding.addWidget(captioned(role_label, self.role, 10))
        adding.addWidget(captioned(since_label, self.since, 10))
        adding.addWidget(add)
        grid.addLayout(adding)
        ending = FlowLayout(spacing=8, fill=True)
        ending.addWidget(captioned(until_label, self.until, 10))
        ending.addWidget(end)
        grid.addLayout(ending)
        grid.addStretch(1)
        self.controls: list[QWidget] = [self.role, self.since, add, self.until, end]

    def show_person(self, council_id: int | None, person_id: int | None) -> None:
        self.council_id, self.person_id = council_id, person_id
        self.list.clear()
        self.memberships = []
        if council_id is not None and person_id is not None:
            try:
                everyone = self.context.services.councils.memberships(council_id)
            except BuurtDeskError as exc:
                self._show_error(exc)
                return
            self.memberships = sorted(
                (m for m in everyone if m.person_id == person_id), key=lambda m: role_rank(m.role)
            )
        for membership in self.memberships:
            self.list.addItem(QListWidgetItem(self._line(membership)))
        if self.memberships:
            self.list.setCurrentRow(0)
        for widget in self.controls:
            widget.setEnabled(person_id is not None and not self.context.read_only)

    def _push(self, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> None:
        command = EditCommand(text, do=do, undo=undo, after=self._after, on_error=self._show_error)
        self.context.undo_stack.push(command)

    def _line(self, membership: MembershipView) -> str:
        role = labels.membership_role(membership.role)
        since = short_date(membership.since) if membership.since else ""
        if membership.until is not None:
            return f"{role} · {since} – {short_date(membership.until)}"
        return f"{role} · " + self.tr("since %1").replace("%1", since) if since else role

    def _date(self, field: QLineEdit) -> date | None:
        text = field.text().strip()
        return parse_date(text) if text else None

    def add_role(self) -> None:
        if self.council_id is None or self.person_id is None:
            return
        try:
            since = self._date(self.since) or self.context.current_date()
        except BuurtDeskError as exc:
            self._show_error(exc)
            return
        role = MembershipRole(str(self.role.currentData()))
        councils = self.context.services.councils
        council_id, person_id = self.council_id, self.person_id
        self._push(
            self.tr("Add role %1").replace("%1", labels.membership_role(role)),
            lambda: councils.add_member(council_id, person_id, role, since=since),
            lambda made: councils.remove_member(made.id),
        )

    def end_role(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.memberships):
            return
        membership = self.memberships[row]
        try:
            until = self._date(self.until) or self.context.current_date()
        except BuurtDeskError as exc:
            self._show_error(exc)
            return
        councils = self.context.services.councils
        self._push(
            self.tr("End role %1").replace("%1", labels.membership_role(membership.role)),
            lambda: councils.set_membership_dates(membership.id, membership.since, until),
            lambda before: councils.set_membership_dates(membership.id, *before),
        )
