"""Money follows content, visibly: "niet haalbaar" refuses with the reason, "aandacht nodig"
asks and keeps the council's choice, money without a project keeps its purpose, every check
keeps its history, and the booklet shows per project the ask, the allocations and the spending."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda
from buurtdesk.domain.budget import ConfirmationNeeded
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    CouncilKind,
    FundingSourceKind,
    PhaseKind,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services


@pytest.fixture
def playground(services: Services) -> tuple[int, int, int]:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    cycle = services.cycle.start_round(council)
    services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS, confirmed=True)
    theme = services.vision.add_theme(cycle.id, "Spelen")
    project = services.projects.create_project(
        cycle.id, "Speeltuin Kloosterstraat", theme_id=theme.id, plan="Een nieuwe speeltuin."
    ).project.id
    services.projects.ask_budget(project, Money.euros(2500))
    services.projects.set_check(project, CheckArea.FINANCIAL, CheckVerdict.OK)
    services.projects.set_check(project, CheckArea.CONTENT, CheckVerdict.OK)
    services.projects.set_check(
        project,
        CheckArea.LEGAL,
        CheckVerdict.NOT_FEASIBLE,
        note="De grond is van de corporatie",
        checked_by="Gemeente Venlo",
    )
    return council, cycle.id, project


def test_a_project_judged_not_feasible_gets_no_money_until_the_check_changes_with_a_note(
    services: Services, playground: tuple[int, int, int]
) -> None:
    council, _cycle, project = playground
    source = services.budget.add_source(
        council, 2026, FundingSourceKind.SAM_FUND, Money.euros(5000)
    )
    decision = services.decisions.record_decision(council, "Geld voor de speeltuin.")
    with pytest.raises(RuleViolation) as refused:
        services.budget.allocate(
            source.id, Money.euros(1000), decision=decision.id, project_id=project, confirmed=True
        )
    assert "juridisch niet haalbaar" in refused.value.dutch
    assert "De grond is van de corporatie" in refused.value.dutch
    assert (
        "Gemeente Venlo" in refused.value.dutch
        and "Pas eerst de toetsing aan" in refused.value.dutch
    )
    assert services.budget.year_balance(council, 2026).figures.allocated == Money(0)

    # The check changes only with a new note; its history keeps what it said before.
    with pytest.raises(InvalidInput):
        services.projects.set_check(
            project, CheckArea.LEGAL, CheckVerdict.NEEDS_WORK, note="De grond is van de corporatie"
        )
    detail = services.projects.set_check(
        project,
        CheckArea.LEGAL,
        CheckVerdict.NEEDS_WORK,
        note="Corporatie geeft de grond in bruikleen; contract volgt",
        checked_by="Karin Smeets",
    )
    legal = next(c for c in detail.checks if c.area == CheckArea.LEGAL)
    (before,) = legal.history
    assert (before.verdict_before, before.note_before, before.checked_by_before) == (
        CheckVerdict.NOT_FEASIBLE,
        "De grond is van de corporatie",
        "Gemeente Venlo",
    )
    assert before.changed_by == "Karin Smeets" and before.changed_on == services.cycle.today()

    # "Aandacht nodig" asks first; going ahead is kept on the allocation in words.
    with pytest.raises(ConfirmationNeeded):
        services.budget.allocate(
            source.id, Money.euros(1000), decision=decision.id, project_id=project
        )
    allocation = services.budget.allocate(
        source.id, Money.euros(1000), decision=decision.id, project_id=project, confirmed=True
    )
    assert allocation.checks_note.startswith("Het overleg koos ervoor door te gaan:")
    assert "juridisch: aandacht nodig" in allocation.checks_note
    services.budget.record_expense(allocation.id, Money.euros(400), description="Grondwerk")

    # Money without a project keeps its purpose: the decision's words when none was typed.
    party = services.decisions.record_decision(council, "Buurtfeest op Koningsdag.")
    loose = services.budget.allocate(source.id, Money.euros(200), decision=party.id)
    assert loose.description == "Buurtfeest op Koningsdag."

    funds = services.projects.get_project(project).funds
    assert funds is not None
    assert (funds.ask, funds.allocated, funds.spent) == (
        Money.euros(2500),
        Money.euros(1000),
        Money.euros(400),
    )


def test_the_booklet_shows_per_project_the_ask_the_allocations_and_the_spending(
    services: Services, playground: tuple[int, int, int], tmp_path: Path
) -> None:
    council, _cycle, project = playground
    services.projects.set_check(
        project, CheckArea.LEGAL, CheckVerdict.OK, note="Bruikleen getekend", checked_by="Gemeente"
    )
    source = services.budget.add_source(
        council, 2026, FundingSourceKind.SAM_FUND, Money.euros(5000)
    )
    decision = services.decisions.record_decision(council, "Geld voor de speeltuin.")
    allocation = services.budget.allocate(
        source.id, Money.euros(1500), decision=decision.id, project_id=project
    )
    services.budget.record_expense(allocation.id, Money.euros(600), description="Schommel")
    out = render_toekomstagenda(services, council, tmp_path / "boekje.pdf", round_number=1)
    words = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    plain = " ".join(words.split())
    assert "Geld voor dit project" in plain
    assert "Gevraagd € 2.500,00 · toegekend € 1.500,00 · besteed € 600,00" in plain
    assert str(decision.number) in plain and "SAM-fonds" in plain
    assert "eerder: niet haalbaar (De grond is van de corporatie)" in plain
    with pytest.raises(Exception, match="geen ronde 7"):
        render_toekomstagenda(services, council, tmp_path / "x.pdf", round_number=7)
