"""Besluiten: the decision register per year, search, the amount of an allocation, editing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from undo_stacks import undo_stack

from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.main_window import MainWindow
from buurtdesk.ui.registers.decision_model import ID_ROLE, DecisionTableModel
from buurtdesk.ui.registers.decisions import DecisionsSection


def window_with(section_class, services: Services):  # type: ignore[no-untyped-def]
    """The main window with only the section under test (as build_window makes it)."""
    context = Context(services=services, undo_stack=undo_stack())
    window = MainWindow(context, extra_sections=[section_class])
    context.undo_stack.setParent(window)
    return window


@dataclass
class Register:
    council: int
    adopted: int  # a 2025 decision of a meeting whose minutes are adopted
    playground: int  # 2026, with a vote and an allocation
    benches: int  # 2026, open to editing


def register(services: Services) -> Register:
    council = services.councils.create_council("Dorpsraad Proefdorp", CouncilKind.DORPSRAAD).id
    other = services.councils.create_council("Dorpsraad Elders", CouncilKind.DORPSRAAD).id
    meetings = services.meetings
    november = meetings.plan_meeting(council, date(2025, 11, 18)).id
    january = meetings.plan_meeting(council, date(2026, 1, 20)).id
    february = meetings.plan_meeting(council, date(2026, 2, 17)).id
    decisions = services.decisions
    adopted = decisions.record_decision(
        council, "De jaarvergadering wordt in maart gehouden.", meeting_id=november
    ).id
    decisions.record_decision(
        council, "Het verslag van oktober wordt vastgesteld.", meeting_id=november
    )
    playground = decisions.record_decision(
        council,
        "De dorpsraad draagt bij aan de nieuwe speeltuin.",
        meeting_id=january,
        votes=(9, 1, 2),
    ).id
    benches = decisions.record_decision(
        council, "Er komen twee bankjes bij de kerk.", meeting_id=february
    ).id
    decisions.record_decision(other, "Een besluit van een ander overleg over de speeltuin.")
    meetings.close_meeting(november)
    meetings.adopt_minutes(november, january)
    source = services.budget.add_source(
        council, 2026, FundingSourceKind.MUNICIPAL_BUDGET, Money(500_000)
    )
    services.budget.allocate(source.id, Money(125_050), decision=playground, confirmed=True)
    return Register(council, adopted, playground, benches)


@pytest.fixture
def sample(services: Services) -> Register:
    return register(services)


@pytest.fixture
def section(qtbot, services: Services, sample: Register) -> DecisionsSection:  # type: ignore[no-untyped-def]
    window = window_with(DecisionsSection, services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(sample.council))
    found = next(s for s in window.sections if isinstance(s, DecisionsSection))
    window.show_section(found)
    return found


def shown_numbers(section: DecisionsSection) -> list[str]:
    proxy = section.proxy
    return [proxy.index(row, DecisionTableModel.NUMBER).data() for row in range(proxy.rowCount())]


def test_the_register_opens_at_the_newest_year_newest_first(section: DecisionsSection) -> None:
    assert section.year_picker.currentData() == 2026
    assert shown_numbers(section) == ["2026-002", "2026-001"]
    section.show_year(2025)
    assert shown_numbers(section) == ["2025-002", "2025-001"]
    section.show_year(None)  # all years
    assert shown_numbers(section) == ["2026-002", "2026-001", "2025-002", "2025-001"]
    assert section.count.text().startswith("4 ")


def test_search_finds_words_and_numbers_of_this_council_only(section: DecisionsSection) -> None:
    section.show_year(None)
    section.search.setText("SPEELTUIN")
    assert shown_numbers(section) == ["2026-001"]
    section.search.setText("2025-002")
    assert shown_numbers(section) == ["2025-002"]
    section.search.setText("verslag vastgesteld")
    assert shown_numbers(section) == ["2025-002"]
    section.search.setText("jaarvergadering")
    section.show_year(2026)
    assert shown_numbers(section) == []


def test_vote_and_allocated_amount_are_shown(section: DecisionsSection, sample: Register) -> None:
    model = section.model
    row = model.row_of(sample.playground)
    assert model.index(row, DecisionTableModel.VOTE).data() == "9 for, 1 against, 2 abstained"
    assert model.index(row, DecisionTableModel.AMOUNT).data() == labels.money(Money(125_050))
    assert model.index(row, DecisionTableModel.MEETING).data() == labels.short_date(
        date(2026, 1, 20)
    )
    benches = model.row_of(sample.benches)
    assert model.index(benches, DecisionTableModel.VOTE).data() == ""
    assert model.index(benches, DecisionTableModel.AMOUNT).data() == ""


def test_text_edited_by_keyboard_is_stored_and_undone(
    qtbot, section: DecisionsSection, services: Services, sample: Register
) -> None:  # type: ignore[no-untyped-def]
    section.select_decision(sample.benches)
    index = section.proxy.mapFromSource(
        section.model.index(section.model.row_of(sample.benches), DecisionTableModel.TEXT)
    )
    section.table.setFocus()
    section.table.setCurrentIndex(index)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)
    editor = section.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Er komen drie bankjes bij de kerk.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "drie" in services.decisions.find(sample.council, _number("2026-002")).text
    )
    assert "drie bankjes" in section.full_text.text()
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (
        services.decisions.find(sample.council, _number("2026-002")).text
        == "Er komen twee bankjes bij de kerk."
    )
    assert (
        "twee bankjes"
        in section.model.index(section.model.row_of(sample.benches), DecisionTableModel.TEXT).data()
    )


def test_a_decision_in_adopted_minutes_is_not_changed_and_says_why(
    section: DecisionsSection, services: Services, sample: Register
) -> None:
    section.show_year(2025)
    model = section.model
    assert not model.setData(
        model.index(model.row_of(sample.adopted), DecisionTableModel.TEXT), "Iets anders."
    )
    assert section.notice.message()  # the service's sentence about adopted minutes
    assert services.decisions.find(sample.council, _number("2025-001")).text.startswith(
        "De jaarvergadering"
    )
    assert not section.context.undo_stack.canUndo()


def test_switching_council_resets_the_year_and_shows_the_other_register(
    qtbot, section: DecisionsSection, services: Services
) -> None:  # type: ignore[no-untyped-def]
    window = section.window()
    other = next(c.id for c in services.councils.list_councils() if c.name == "Dorpsraad Elders")
    window.council_picker.setCurrentIndex(window.council_picker.findData(other))
    assert section.model.rowCount() == 1
    assert section.proxy.index(0, 0).data(ID_ROLE) is not None


def test_the_decision_model_passes_the_model_tester(
    qtmodeltester, section: DecisionsSection
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)


def _number(text: str):  # type: ignore[no-untyped-def]
    from buurtdesk.domain.rules import DecisionNumber

    return DecisionNumber.parse(text)
