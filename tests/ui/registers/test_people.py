"""Mensen: the council's people with roles and contact details, adding someone, inline edits
with undo, and the privacy actions (export, forget after a confirmation)."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from undo_stacks import undo_stack

from buurtdesk.domain.enums import CouncilKind, LadderStep, MembershipRole, OrganisationKind
from buurtdesk.services import Services
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.main_window import MainWindow
from buurtdesk.ui.registers.people import PeopleSection
from buurtdesk.ui.registers.people_model import PeopleTableModel


def window_with(section_class, services: Services):  # type: ignore[no-untyped-def]
    """The main window with only the section under test (as build_window makes it)."""
    context = Context(services=services, undo_stack=undo_stack())
    window = MainWindow(context, extra_sections=[section_class])
    context.undo_stack.setParent(window)
    return window


@dataclass
class Members:
    council: int
    anna: int
    cor: int
    police: int


def members(services: Services) -> Members:
    councils = services.councils
    council = councils.create_council("Wijkoverleg Testwijk", CouncilKind.WIJKOVERLEG).id
    police = councils.add_organisation(
        "Politie Limburg", OrganisationKind.POLICE, phone="0900-8844"
    ).id
    councils.add_organisation("Woonbron", OrganisationKind.CORPORATION)
    anna = councils.add_person("Anna de Vries", email="anna@voorbeeld.nl", phone="06-11112222").id
    cor = councils.add_person("Cor Wijkagent", organisation_id=police, email="cor@politie.nl").id
    councils.add_member(council, anna, MembershipRole.CHAIR, ladder_step=LadderStep.PARTICIPANT)
    councils.add_member(council, cor, MembershipRole.ADVISER)
    return Members(council, anna, cor, police)


@pytest.fixture
def sample(services: Services) -> Members:
    return members(services)


@pytest.fixture
def section(qtbot, services: Services, sample: Members) -> PeopleSection:  # type: ignore[no-untyped-def]
    window = window_with(PeopleSection, services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(sample.council))
    found = next(s for s in window.sections if isinstance(s, PeopleSection))
    window.show_section(found)
    return found


def names(section: PeopleSection) -> list[str]:
    return [
        section.model.index(row, PeopleTableModel.NAME).data()
        for row in range(section.model.rowCount())
    ]


def test_people_with_roles_ladder_and_contact_details(
    section: PeopleSection, sample: Members
) -> None:
    model = section.model
    assert names(section) == ["Anna de Vries", "Cor Wijkagent"]
    anna = model.row_of(sample.anna)
    assert model.index(anna, PeopleTableModel.ROLE).data() == "Chair"
    assert model.index(anna, PeopleTableModel.LADDER).data() == "Participant"
    assert model.index(anna, PeopleTableModel.EMAIL).data() == "anna@voorbeeld.nl"
    assert model.index(anna, PeopleTableModel.PHONE).data() == "06-11112222"
    cor = model.row_of(sample.cor)
    assert model.index(cor, PeopleTableModel.ORGANISATION).data() == "Politie Limburg"
    organisations = section.organisation_model
    assert organisations.rowCount() == 1  # Woonbron has nobody in this council
    assert [organisations.index(0, c).data() for c in range(5)] == [
        "Politie Limburg",
        "Police",
        "1",
        "",
        "0900-8844",
    ]


def test_add_a_person_as_member_by_keyboard_and_undo_it(
    qtbot, section: PeopleSection, services: Services, sample: Members
) -> None:  # type: ignore[no-untyped-def]
    section.new_name.setFocus()
    qtbot.keyClicks(section.new_name, "Bea Bakker")
    qtbot.keyClick(section.new_name, Qt.Key.Key_Tab)
    assert section.focusWidget() is section.new_organisation
    qtbot.keyClicks(section.new_organisation, "Woonbron")
    qtbot.keyClick(section.new_organisation, Qt.Key.Key_Tab)
    qtbot.keyClicks(section.new_role, "Treasurer")
    qtbot.keyClick(section.new_role, Qt.Key.Key_Tab)
    qtbot.keyClicks(section.new_email, "bea@woonbron.nl")
    qtbot.keyClick(section.new_email, Qt.Key.Key_Tab)
    qtbot.keyClicks(section.new_phone, "06-33334444")
    qtbot.keyClick(section.new_phone, Qt.Key.Key_Tab)
    assert section.focusWidget() is section.add_button
    qtbot.keyClick(section.add_button, Qt.Key.Key_Space)

    people = {p.name: p for p in services.councils.people_of_council(sample.council)}
    assert people["Bea Bakker"].roles == (MembershipRole.TREASURER,)
    assert people["Bea Bakker"].organisation_name == "Woonbron"
    assert people["Bea Bakker"].phone == "06-33334444"
    assert "Bea Bakker" in names(section)
    assert section.new_name.text() == ""
    assert section.organisation_model.rowCount() == 2

    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Bea Bakker" not in {p.name for p in services.councils.people_of_council(sample.council)}
    assert services.councils.count_people() == 2
    assert "Bea Bakker" not in names(section)
    section.context.undo_stack.redo()
    assert "Bea Bakker" in names(section)


def test_a_person_without_a_name_or_with_a_wrong_email_is_not_added(
    section: PeopleSection, services: Services
) -> None:
    section.new_email.setText("bea-at-woonbron")
    section.new_name.setText("Bea Bakker")
    section.add_person_from_form()
    assert "bea-at-woonbron" in section.notice.message()
    section.new_email.setText("")
    section.new_name.setText("   ")
    section.add_person_from_form()
    assert section.notice.message()
    assert services.councils.count_people() == 2
    assert section.new_name.text() == "   "  # what was typed stays


def test_inline_edits_are_stored_and_undone(
    qtbot, section: PeopleSection, services: Services, sample: Members
) -> None:  # type: ignore[no-untyped-def]
    model = section.model
    anna = model.row_of(sample.anna)
    section.table.setFocus()
    section.table.setCurrentIndex(model.index(anna, PeopleTableModel.ROLE))
    qtbot.keyClick(section.table, Qt.Key.Key_F2)
    editor = section.table.focusWidget()
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Secretary")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            services.councils.get_person(sample.anna, sample.council).roles
            == (MembershipRole.SECRETARY,)
        )
    )
    assert model.setData(
        model.index(model.row_of(sample.anna), PeopleTableModel.PHONE), "06-99998888"
    )
    assert model.setData(
        model.index(model.row_of(sample.anna), PeopleTableModel.LADDER), LadderStep.INITIATOR.value
    )
    assert not model.setData(
        model.index(model.row_of(sample.anna), PeopleTableModel.EMAIL), "geen adres"
    )
    anna_now = services.councils.get_person(sample.anna, sample.council)
    assert (anna_now.phone, anna_now.ladder_step, anna_now.email) == (
        "06-99998888",
        LadderStep.INITIATOR,
        "anna@voorbeeld.nl",
    )
    stack = section.context.undo_stack
    stack.undo()
    stack.undo()
    stack.undo()
    anna_now = services.councils.get_person(sample.anna, sample.council)
    assert (anna_now.roles, anna_now.phone, anna_now.ladder_step) == (
        (MembershipRole.CHAIR,),
        "06-11112222",
        LadderStep.PARTICIPANT,
    )


def test_export_writes_the_persons_data(section: PeopleSection, sample: Members, tmp_path) -> None:  # type: ignore[no-untyped-def]
    section.select_person(sample.anna)
    assert section.privacy.export_button.isEnabled()
    written = section.privacy.export_person_data(sample.anna, tmp_path / "anna.json")
    assert written is not None
    data = json.loads(written.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "anna@voorbeeld.nl"
    assert str(written) in section.privacy.result.text()


def test_forget_asks_first_and_then_removes_name_and_contact(
    section: PeopleSection, services: Services, sample: Members, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    asked = []

    def answer(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return len(asked) > 1  # No the first time, Yes the second

    monkeypatch.setattr("buurtdesk.ui.registers.people_privacy.ask", answer)
    section.select_person(sample.cor)
    assert not section.privacy.forget_person(sample.cor)
    assert services.councils.get_person(sample.cor).name == "Cor Wijkagent"
    section.privacy.forget_button.click()
    assert len(asked) == 2 and "Cor Wijkagent" in asked[0]
    cor = services.councils.get_person(sample.cor)
    assert cor.forgotten and cor.email == "" and cor.name != "Cor Wijkagent"
    row = section.model.row_of(sample.cor)
    assert section.model.index(row, PeopleTableModel.EMAIL).data() == ""
    assert (
        not section.model.flags(section.model.index(row, PeopleTableModel.NAME))
        & Qt.ItemFlag.ItemIsEditable
    )
    assert not section.context.undo_stack.canUndo()


def test_the_people_models_pass_the_model_tester(qtmodeltester, section: PeopleSection) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.organisation_model)
