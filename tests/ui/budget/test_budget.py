"""Buurtbudget through the screen, the way a treasurer keeps it: sources typed Dutch-style,
money to a project only by a decision (and only after a yes when its check is not in order),
expenses that overspend asked and marked, every edit undoable, the statement from the screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision
from buurtdesk.ui.budget.section import BudgetSection
from buurtdesk.ui.common import labels


class Answers:
    """Stands in for the question dialogs: answers yes (or no), remembers what was asked."""

    def __init__(self, answer: bool = True) -> None:
        self.answer, self.asked = answer, []

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def text(self, title: str, prompt: str) -> str | None:
        return None


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def type_into(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.clear()
    if text.isascii():
        qtbot.keyClicks(field, text)
    else:  # QTest types Latin-1 only; "€" goes in as a paste would
        field.insert(text)


@pytest.fixture
def world(qtbot, services: Services, dutch):  # type: ignore[no-untyped-def]
    council = services.councils.create_council(
        "Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    ).id
    cycle = services.cycle.start_round(council, horizon_year=2030)
    garden = services.projects.create_project(
        cycle.id, "Buurtmoestuin", plan="Bakken bij de school."
    ).project.id
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(council))
    section = next(s for s in window.sections if isinstance(s, BudgetSection))
    window.show_section(section)
    section.questions = Answers()
    return council, garden, section


def add_source(
    qtbot,
    section: BudgetSection,
    amount: str,
    kind: FundingSourceKind = FundingSourceKind.MUNICIPAL_BUDGET,
) -> None:  # type: ignore[no-untyped-def]
    page = section.sources
    click(qtbot, page.new_button)
    choose(page.kind, kind)
    type_into(qtbot, page.amount, amount)
    click(qtbot, page.add_button)


def shown_figures(section: BudgetSection) -> dict[str, str]:
    return {key: label.text() for key, label in section.figures.values.items()}


def test_a_year_kept_through_the_screen(world, qtbot, qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    council, garden, section = world
    budget = services.budget
    assert section.year == 2026
    assert "Nog geen geldbronnen voor 2026" in section.empty.text()
    assert section.tabs.currentWidget() is section.sources

    # -- a source typed the Dutch way; a wrong amount says why in Dutch and stores nothing ----------
    add_source(qtbot, section, "1.250,50")
    assert [s.amount for s in budget.list_sources(council, 2026)] == [Money(125_050)]
    assert section.notice.message() == ""
    type_into(qtbot, section.sources.amount, "1.250")
    click(qtbot, section.sources.add_button)
    assert "dubbelzinnig" in section.notice.message()
    type_into(qtbot, section.sources.amount, "twaalf")
    click(qtbot, section.sources.add_button)
    assert (
        section.notice.message()
        == "'twaalf' is geen bedrag: gebruik cijfers, bijvoorbeeld 1.250,50."
    )
    assert len(budget.list_sources(council, 2026)) == 1
    add_source(qtbot, section, "€ 2.000", FundingSourceKind.SAM_FUND)
    sam = next(
        s for s in budget.list_sources(council, 2026) if s.kind == FundingSourceKind.SAM_FUND
    )
    assert sam.amount == Money(200_000) and sam.name == "SAM-fonds"
    qtmodeltester.check(section.sources.model)

    # -- money follows content: the project's check is not in order, so a yes is asked first -------
    page = section.allocations
    choose(page.source, sam.id)
    choose(page.project, garden)
    type_into(qtbot, page.amount, "500")
    page.decision.new.setChecked(True)
    type_into(qtbot, page.decision.text, "Het overleg kent € 500 toe aan de buurtmoestuin.")
    section.questions = Answers(answer=False)
    click(qtbot, page.allocate_button)
    assert "Buurtmoestuin" in section.questions.asked[0]
    assert budget.year_balance(council, 2026).figures.allocated == Money(0)
    assert services.decisions.list_decisions(council) == []
    section.questions = Answers(answer=True)
    click(qtbot, page.allocate_button)
    balance = budget.year_balance(council, 2026)
    [allocation] = balance.allocations
    assert (
        allocation.allocated == Money(50_000)
        and allocation.allocation.project_name == "Buurtmoestuin"
    )
    assert allocation.allocation.decision.text == "Het overleg kent € 500 toe aan de buurtmoestuin."
    assert page.model.rows[0].cells[0].text == str(allocation.allocation.decision.number)
    qtmodeltester.check(page.model)

    # An allocation by the number of a decision already taken, with no questions asked.
    taken = services.decisions.record_decision(council, "Drukwerk nieuwsbrief: € 150.")
    section.allocations.show_balance(budget.year_balance(council, 2026), section._projects())
    section.questions = Answers(answer=False)
    choose(page.source, sam.id)
    choose(page.project, 0)
    type_into(qtbot, page.amount, "150")
    page.decision.number.setEditText(str(taken.number))
    click(qtbot, page.allocate_button)
    assert section.questions.asked == []
    printing = next(
        b
        for b in budget.year_balance(council, 2026).allocations
        if b.allocation.decision.id == taken.id
    )
    assert printing.allocated == Money(15_000)

    # -- an expense that overspends: warned, asked, then marked in colour and in words --------------
    section.show_expenses_of(allocation.allocation.id)
    assert section.tabs.currentWidget() is section.expenses
    expenses = section.expenses
    type_into(qtbot, expenses.spent_on, "31-02-2026")
    type_into(qtbot, expenses.description, "Zaaigoed en aarde")
    type_into(qtbot, expenses.amount, "595,00")
    click(qtbot, expenses.record_button)
    assert section.notice.message() == "'31-02-2026' bestaat niet als datum."
    type_into(qtbot, expenses.spent_on, "14-04-2026")
    type_into(qtbot, expenses.receipt, "F-2026-7")
    type_into(qtbot, expenses.paid_by, "Anna")
    section.questions = Answers(answer=True)
    click(qtbot, expenses.record_button)
    assert "€\u00a095,00" in section.questions.asked[0]
    kept = budget.allocation_balance(allocation.allocation.id)
    assert (
        kept.is_overspent
        and kept.expenses[0].spent_on == date(2026, 4, 14)
        and kept.expenses[0].paid_by == "Anna"
    )
    status = expenses.status.text()
    assert "€\u00a095,00" in status and expenses.status.property("class") == "warning"
    row = page.model.row_of(allocation.allocation.id)
    left = page.model.rows[row].cells[5]
    assert left.warning and "€\u00a095,00" in left.text
    assert page.model.data(page.model.index(row, 5), Qt.ItemDataRole.ForegroundRole) is not None
    problems = section.figures.problems.text()
    assert "€\u00a095,00" in problems and section.figures.problems.isVisible()
    qtmodeltester.check(expenses.model)

    # -- the figures on screen are the service's figures -------------------------------------------
    figures = budget.year_balance(council, 2026).figures
    assert shown_figures(section) == {
        "available": labels.money(figures.available),
        "allocated": labels.money(figures.allocated),
        "spent": labels.money(figures.spent),
        "free": labels.money(figures.free),
    }
    assert shown_figures(section)["free"] == "€\u00a02.600,50"
    qtmodeltester.check(section.balance_page.source_model)
    qtmodeltester.check(section.balance_page.project_model)
    garden_row = next(r for r in section.balance_page.project_model.rows if r.key == garden)
    assert garden_row.cells[4].warning and "€\u00a095,00" in garden_row.cells[4].text


def test_undo_of_every_kind_of_edit(world, qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    council, garden, section = world
    budget, stack = services.budget, section.context.undo_stack

    add_source(qtbot, section, "1.000,00")
    [source] = budget.list_sources(council, 2026)
    stack.undo()
    assert budget.list_sources(council, 2026) == []
    stack.redo()
    [source] = budget.list_sources(council, 2026)

    # Change a source (with carry-over allowed), then undo.
    section.sources.table.selectRow(0)
    type_into(qtbot, section.sources.amount, "1.500,00")
    section.sources.carry_over.setChecked(True)
    click(qtbot, section.sources.save_button)
    assert section.notice.message() == "", section.notice.message()
    changed = budget.list_sources(council, 2026)[0]
    assert changed.amount == Money(150_000) and changed.carry_over_allowed
    stack.undo()
    back = budget.list_sources(council, 2026)[0]
    assert back.amount == Money(100_000) and not back.carry_over_allowed
    stack.redo()

    # Allocate with a new decision; undo takes back the allocation and its decision.
    page = section.allocations
    choose(page.project, garden)
    type_into(qtbot, page.amount, "400")
    type_into(qtbot, page.decision.text, "Toekenning voor de moestuin.")
    click(qtbot, page.allocate_button)
    assert budget.year_balance(council, 2026).figures.allocated == Money(40_000)
    stack.undo()
    assert budget.year_balance(council, 2026).figures.allocated == Money(0)
    assert services.decisions.list_decisions(council) == []
    stack.redo()
    [allocation] = budget.year_balance(council, 2026).allocations
    assert services.decisions.list_decisions(council)[0].text == "Toekenning voor de moestuin."

    # An expense, its removal, and the undo of both.
    section.show_expenses_of(allocation.allocation.id)
    expenses = section.expenses
    type_into(qtbot, expenses.description, "Planken")
    type_into(qtbot, expenses.amount, "120")
    click(qtbot, expenses.record_button)
    assert budget.allocation_balance(allocation.allocation.id).spent == Money(12_000)
    expenses.table.selectRow(0)
    click(qtbot, expenses.remove_button)
    assert budget.allocation_balance(allocation.allocation.id).spent == Money(0)
    stack.undo()
    assert budget.allocation_balance(allocation.allocation.id).spent == Money(12_000)
    stack.undo()
    assert budget.allocation_balance(allocation.allocation.id).spent == Money(0)
    stack.redo()

    # A reversal by a decision (not a delete), asked because money was spent; then undone.
    section.tabs.setCurrentWidget(page)
    page.table.selectRow(page.model.row_of(allocation.allocation.id))
    dialog = page.open_reversal()
    assert dialog is not None
    type_into(qtbot, dialog.amount, "350")
    type_into(qtbot, dialog.decision.text, "De moestuin krijgt € 350 minder.")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert not dialog.isVisible()
    reversed_once = budget.allocation_balance(allocation.allocation.id)
    assert reversed_once.allocated == Money(5_000) and len(reversed_once.reversals) == 1
    assert any(r.muted for r in page.model.rows)
    stack.undo()
    assert budget.allocation_balance(allocation.allocation.id).allocated == Money(40_000)

    # Remove a source (one without allocations) and undo.
    add_source(qtbot, section, "250", FundingSourceKind.OTHER)
    other = next(s for s in budget.list_sources(council, 2026) if s.kind == FundingSourceKind.OTHER)
    section.sources.table.selectRow(section.sources.model.row_of(other.id))
    click(qtbot, section.sources.remove_button)
    assert other.id not in [s.id for s in budget.list_sources(council, 2026)]
    stack.undo()
    assert other.uuid in [s.uuid for s in budget.list_sources(council, 2026)]

    # Carry the free money over to next year, asked first; undo takes it back.
    free = budget.year_balance(council, 2026).sources[0].figures.free
    click(qtbot, section.carry_button)
    assert labels.money(free) in section.questions.asked[-1]
    assert budget.year_balance(council, 2027).figures.available == free
    stack.undo()
    assert budget.year_balance(council, 2027).figures.available == Money(0)


def test_a_refused_reversal_keeps_the_dialog_open_with_the_reason(
    world, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    council, _garden, section = world
    source = services.budget.add_source(council, 2026, FundingSourceKind.SAM_FUND, Money(100_000))
    services.budget.allocate(source.id, Money(10_000), decision=NewDecision("Buurtfeest."))
    section.reload()
    page = section.allocations
    page.table.selectRow(0)
    dialog = page.open_reversal()
    assert dialog is not None
    type_into(qtbot, dialog.amount, "500")
    dialog.decision.existing.setChecked(True)
    dialog.decision.number.setEditText("2026-077")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert dialog.isVisible()
    assert "Er staat nog €\u00a0100,00 toegekend" in dialog.notice.message()
    type_into(qtbot, dialog.amount, "50")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))
    assert "2026-077 bestaat niet" in dialog.notice.message()
    dialog.reject()


def test_the_statement_is_made_in_the_background_from_the_screen(
    world, qtbot, services: Services, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    council, garden, section = world
    source = services.budget.add_source(
        council, 2026, FundingSourceKind.MUNICIPAL_BUDGET, Money(1_234_567)
    )
    services.budget.allocate(
        source.id,
        Money(100_000),
        decision=NewDecision("Moestuin."),
        project_id=garden,
        confirmed=True,
    )
    section.reload()
    out = tmp_path / "verantwoording-2026"
    section.statement.ask_save_path = lambda suggested: out
    with qtbot.waitSignal(section.statement.finished, timeout=60_000) as finished:
        click(qtbot, section.save_button)
        assert section.progress.isVisible() and not section.save_button.isEnabled()
    qtbot.waitUntil(lambda: not section.progress.isVisible())
    path = Path(finished.args[0])
    assert path == out.with_suffix(".pdf") and path.exists()
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    free = services.budget.year_balance(council, 2026).figures.free
    assert free == Money(1_134_567)
    assert "11.345,67" in text
    assert str(path) in section.status.text()
    opened: list[Path] = []
    section.statement.open_file = opened.append
    click(qtbot, section.statement_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened[0].suffix == ".pdf" and opened[0].exists()


def test_years_are_picked_and_the_keyboard_is_enough(world, qtbot, services: Services) -> None:  # type: ignore[no-untyped-def]
    council, _garden, section = world
    services.budget.add_source(council, 2025, FundingSourceKind.SAM_FUND, Money(70_000))
    section.reload()
    picker = section.year_picker
    assert [picker.itemData(i) for i in range(picker.count())] == [2027, 2026, 2025]
    picker.setFocus()
    choose(picker, 2025)
    picker.activated.emit(picker.currentIndex())
    assert section.year == 2025
    assert section.figures.values["available"].text() == "€\u00a0700,00"
    assert section.figures.values["available"].accessibleName() == "Beschikbaar: €\u00a0700,00"

    # A source for 2026 typed and stored with Enter only.
    choose(picker, 2026)
    picker.activated.emit(picker.currentIndex())
    section.tabs.setCurrentWidget(section.sources)
    section.sources.start_new()
    qtbot.keyClicks(section.sources.amount, "300,25")
    qtbot.keyClick(section.sources.amount, Qt.Key.Key_Return)
    assert [s.amount for s in services.budget.list_sources(council, 2026)] == [Money(30_025)]
    assert "Nog geen geldbronnen" not in section.empty.text()

    # An allocation by the number of a decision already taken, with Enter in the amount field.
    taken = services.decisions.record_decision(council, "Zomerfeest: € 100.")
    section.reload()
    page = section.allocations
    page.decision.number.setEditText(str(taken.number))
    qtbot.keyClicks(page.amount, "100")
    qtbot.keyClick(page.amount, Qt.Key.Key_Return)
    [allocation] = services.budget.year_balance(council, 2026).allocations
    assert allocation.allocation.decision.id == taken.id
    assert page.decision_text.text().startswith("Kies een toekenning")
    page.table.setFocus()
    page.table.selectRow(0)
    assert (
        f"Besluit {taken.number}" in page.decision_text.text()
        and "Zomerfeest" in page.decision_text.text()
    )
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert section.tabs.currentWidget() is section.expenses
    assert section.expenses.chosen().allocation.id == allocation.allocation.id
