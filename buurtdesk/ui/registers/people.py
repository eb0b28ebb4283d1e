"""Mensen: the people and organisations of a council, their roles, ladder steps and contact
details (shown here only), adding someone, and the privacy actions for one person."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QItemSelection
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import MembershipRole
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.meeting_rules import CURRENT_ROLES
from buurtdesk.services.views import MembershipView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import Columns, FlowLayout, captioned
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.registers.people_edits import PeopleCellEdits
from buurtdesk.ui.registers.people_model import (
    ID_ROLE,
    CouncilPerson,
    OrganisationTableModel,
    PeopleDelegate,
    PeopleTableModel,
    check_email,
)
from buurtdesk.ui.registers.people_privacy import PersonPrivacyBox
from buurtdesk.ui.registers.roles import RolesBox


class PeopleSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = PeopleTableModel(self)
        self.model.editor = self._edit
        self.organisation_model = OrganisationTableModel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("People"))
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        hint = QLabel(
            self.tr(
                "Contact details are shown only here: never on the projector or in the minutes."
            )
        )
        hint.setProperty("class", "muted")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        self.edits = PeopleCellEdits(context, self, self.reload, self.notice.show_error)

        self.table = self._table(self.model, self.tr("People of this council"))
        self.table.setObjectName("peopleTable")
        self.table.setAccessibleDescription(
            self.tr("F2 edits the chosen cell; Ctrl+Z takes an edit back")
        )
        self.delegate = PeopleDelegate(self.table)
        self.table.setItemDelegate(self.delegate)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.fitter = fit_columns(
            self.table,
            PeopleTableModel.NAME,
            0.2,
            # At large text on a small screen these go, in this order, so that the name and
            # the e-mail address (one long word) show in full; the roles are in the box beside.
            optional=(
                PeopleTableModel.LADDER,
                PeopleTableModel.PHONE,
                PeopleTableModel.ROLE,
                PeopleTableModel.ORGANISATION,
            ),
        )
        self.organisation_table = self._table(
            self.organisation_model, self.tr("Organisations of this council's people")
        )
        self.organisation_table.setAccessibleDescription(
            self.tr("Lists the organisations the people of this council belong to")
        )
        self.organisation_table.setObjectName("organisationTable")
        self.organisation_fitter = fit_columns(self.organisation_table, 0, 0.25)
        self.lists = QTabWidget()
        self.lists.setAccessibleName(self.tr("People and organisations"))
        self.lists.addTab(self.table, self.tr("&People"))
        self.lists.addTab(self.organisation_table, self.tr("&Organisations"))
        # Ten rows or so always show: at large text the page scrolls rather than the list shrinking.
        self.lists.setMinimumHeight(self.lists.fontMetrics().lineSpacing() * 12)
        # Side by side while there is room; at large text the roles below the list and the
        # privacy box below the form (the page scrolls down, never sideways).
        top = Columns(chars=90)
        top.setSpacing(16)
        top.addWidget(self.lists, 1)
        self.roles = RolesBox(context, self.reload, self.notice.show_error, self)
        self.roles.setMaximumWidth(self.roles.fontMetrics().averageCharWidth() * 46)
        top.addWidget(self.roles)
        layout.addLayout(top, 1)

        below = Columns(chars=90)
        below.setSpacing(16)
        below.addWidget(self._build_add_form(), 1)
        self.privacy = PersonPrivacyBox(context, self, self.notice.show_error, self)
        below.addWidget(self.privacy)
        layout.addLayout(below)

        self.setTabOrder(self.lists, self.table)
        self.setTabOrder(self.table, self.organisation_table)
        self.setTabOrder(self.organisation_table, self.new_name)
        self.setTabOrder(self.new_name, self.new_organisation)
        self.setTabOrder(self.new_organisation, self.new_role)
        self.setTabOrder(self.new_role, self.new_email)
        self.setTabOrder(self.new_email, self.new_phone)
        self.setTabOrder(self.new_phone, self.add_button)
        self.setTabOrder(self.add_button, self.privacy.export_button)
        self.setTabOrder(self.privacy.export_button, self.privacy.forget_button)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed(QItemSelection(), QItemSelection())

    def title(self) -> str:
        return self.tr("People")

    @staticmethod
    def _table(model: QAbstractItemModel, name: str) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _build_add_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a person"))
        grid = FlowLayout(box, spacing=10, fill=True)  # one line per two fields, wrapping
        self.new_name = QLineEdit()
        self.new_organisation = QComboBox()
        self.new_email = QLineEdit()
        self.new_email.setPlaceholderText(self.tr("name@example.org"))
        self.new_phone = QLineEdit()
        self.new_role = QComboBox()
        for role in CURRENT_ROLES:
            self.new_role.addItem(labels.membership_role(role), role.value)
        self.new_role.setCurrentIndex(self.new_role.findData(MembershipRole.MEMBER.value))
        self.add_button = QPushButton(self.tr("&Add to the council"))
        self.add_button.setAccessibleName(self.tr("Add the person to the council"))
        self.add_button.setAccessibleDescription(
            self.tr("Adds the person with these details to the council")
        )
        self.new_name.setAccessibleDescription(self.tr("The full name of the person to add"))
        self.new_organisation.setAccessibleDescription(
            self.tr("The organisation the person speaks for, if any")
        )
        self.new_role.setAccessibleDescription(self.tr("The role the person gets in the council"))
        self.new_email.setAccessibleDescription(self.tr("Where the council can e-mail the person"))
        self.new_phone.setAccessibleDescription(self.tr("Where the council can phone the person"))
        for caption, widget, name, chars in (
            (self.tr("&Name"), self.new_name, self.tr("Name of the new person"), 24),
            (
                self.tr("Or&ganisation"),
                self.new_organisation,
                self.tr("Organisation of the new person"),
                16,
            ),
            (self.tr("&Role"), self.new_role, self.tr("Role of the new person in the council"), 12),
            (self.tr("E-&mail"), self.new_email, self.tr("E-mail address of the new person"), 24),
            (self.tr("&Telephone"), self.new_phone, self.tr("Phone number of the new person"), 12),
        ):
            widget.setAccessibleName(name)
            label = QLabel(caption)
            label.setBuddy(widget)
            grid.addWidget(captioned(label, widget, chars))
        grid.addWidget(self.add_button)
        self.add_button.clicked.connect(self.add_person_from_form)
        self.new_name.returnPressed.connect(self.add_person_from_form)
        return box

    # -- loading --------------------------------------------------------------------------------
    def show_council(self, council_id: int) -> None:
        if council_id != self.council_id:
            self.notice.clear()
            self.privacy.result.setText("")
        self.council_id = council_id
        self.reload()  # the main window calls this only for the section on screen

    def reload(self) -> None:
        if self.council_id is None:
            return
        councils = self.context.services.councils
        selected = self.selected_person_id()
        people = councils.people_of_council(self.council_id)
        memberships: dict[int, list[MembershipView]] = {}
        for membership in councils.memberships(self.council_id):
            memberships.setdefault(membership.person_id, []).append(membership)
        self.model.set_people([CouncilPerson(p, tuple(memberships.get(p.id, ()))) for p in people])
        organisations = councils.list_organisations()
        self.delegate.organisations = organisations
        counts: dict[int, int] = {}
        for person in people:
            if person.organisation_id is not None:
                counts[person.organisation_id] = counts.get(person.organisation_id, 0) + 1
        self.organisation_model.set_organisations(
            [(o, counts[o.id]) for o in organisations if o.id in counts]
        )
        self.lists.setTabText(0, self.tr("&People (%1)").replace("%1", str(self.model.rowCount())))
        self.lists.setTabText(
            1, self.tr("&Organisations (%1)").replace("%1", str(self.organisation_model.rowCount()))
        )
        kept = self.new_organisation.currentData()
        self.new_organisation.clear()
        self.new_organisation.addItem(self.tr("(none)"), None)
        for organisation in organisations:
            self.new_organisation.addItem(organisation.name, organisation.id)
        self.new_organisation.setCurrentIndex(max(0, self.new_organisation.findData(kept)))
        if selected is not None:
            self.select_person(selected)
        self.roles.show_person(self.council_id, self.selected_person_id())

    # -- selection ------------------------------------------------------------------------------
    def selected_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 0))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        person_id = self.selected_person_id()
        row = self.model.row_of(person_id) if person_id is not None else -1
        entry = self.model.people[row] if row >= 0 else None
        usable = entry is not None and not entry.person.forgotten
        self.privacy.show_chosen(
            entry.person.name if entry is not None else None, entry is not None and not usable
        )
        self.roles.show_person(self.council_id, person_id if usable else None)

    # -- editing --------------------------------------------------------------------------------
    def _edit(self, entry: CouncilPerson, column: int, value: Any) -> bool:
        self.notice.clear()
        return self.edits.edit(entry, column, value)

    def add_person_from_form(self) -> None:
        """Add the person typed in the form and make them a member with the chosen role."""
        self.notice.clear()
        if self.council_id is None:
            return
        council_id = self.council_id
        try:
            email = check_email(self.new_email.text())
        except BuurtDeskError as exc:
            self.notice.show_error(exc)
            self.new_email.setFocus()
            return
        name, phone = self.new_name.text(), self.new_phone.text()
        organisation_id = self.new_organisation.currentData()
        role = MembershipRole(str(self.new_role.currentData()))
        councils = self.context.services.councils

        def add() -> int:
            person = councils.add_person(
                name,
                organisation_id=organisation_id,
                email=email,
                phone=phone,
                council_id=council_id,
            )
            try:
                councils.add_member(council_id, person.id, role)
            except BuurtDeskError:
                councils.remove_person(person.id)
                raise
            return person.id

        command = EditCommand(
            self.tr("Add %1").replace("%1", " ".join(name.split())),
            do=add,
            undo=councils.remove_person,
            after=self.reload,
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.result is not None:  # stored: the new person's id
            for field in (self.new_name, self.new_email, self.new_phone):
                field.clear()
            self.select_person(command.result)
            self.new_name.setFocus()
