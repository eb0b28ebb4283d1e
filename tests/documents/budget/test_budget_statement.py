"""The budget statement a treasurer hands the municipality: its numbers are the screen's numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_pdfa_markers,
    flat_text,
    qpdf_check,
)

from buurtdesk.cli import main
from buurtdesk.documents.budget.statement import render_budget_statement
from buurtdesk.domain.enums import CheckArea, CheckVerdict, CouncilKind, FundingSourceKind, Language
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import NewDecision, YearBalance
from buurtdesk.store.models import FrameworkCheck, Project


def _project(services: Services, council_id: int, name: str, *, checked: bool = True) -> int:
    with services.database.sessions.begin() as s:
        project = Project(
            council_id=council_id, name=name, plan="Het plan.", budget_ask_cents=400_000
        )
        s.add(project)
        s.flush()
        if checked:
            s.add_all(
                [
                    FrameworkCheck(project_id=project.id, area=a, verdict=CheckVerdict.OK)
                    for a in CheckArea
                ]
            )
        return project.id


def _year_with_everything(services: Services, language: Language = Language.DUTCH) -> int:
    """Sources (one carried in), allocations in and after a meeting, expenses, an overspending, a reversal."""
    council = services.councils.create_council(
        "Dorpsraad Steyl", CouncilKind.DORPSRAAD, language=language
    ).id
    budget = services.budget
    budget.add_source(
        council, 2025, FundingSourceKind.SAM_FUND, Money.parse("1.000,00"), carry_over_allowed=True
    )
    budget.carry_over(council, 2025)
    municipal = budget.add_source(
        council,
        2026,
        FundingSourceKind.MUNICIPAL_BUDGET,
        Money.parse("8.000,00"),
        conditions="Alleen voor leefbaarheid; verantwoorden voor 1 maart.",
    )
    corporations = budget.add_source(
        council, 2026, FundingSourceKind.CORPORATION, Money.parse("1.250,50")
    )
    garden = _project(services, council, "Kloostertuin")
    party = _project(services, council, "Zomerfeest", checked=False)
    meeting = services.meetings.plan_meeting(council, date(2026, 3, 12))
    to_garden = budget.allocate(
        municipal.id,
        Money.parse("€ 2.500"),
        project_id=garden,
        decision=NewDecision(
            "Het overleg kent de kloostertuin € 2.500 toe.", meeting_id=meeting.id, votes=(8, 0, 1)
        ),
    )
    to_party = budget.allocate(
        corporations.id,
        Money.parse("1.000,00"),
        project_id=party,
        confirmed=True,
        decision=NewDecision("Bijdrage corporaties aan het zomerfeest."),
    )
    budget.record_expense(
        to_garden.id,
        Money.parse("1.234,56"),
        description="Fruitbomen",
        receipt_ref="F-1",
        paid_by="Gemeente Venlo",
        spent_on=date(2026, 4, 1),
    )
    budget.record_expense(
        to_party.id,
        Money.parse("1.100,00"),
        description="Tent",
        receipt_ref="F-2",
        paid_by="Harmonie",
        spent_on=date(2026, 7, 1),
        confirmed=True,
    )
    budget.reverse_allocation(
        to_garden.id,
        amount=Money.parse("500,00"),
        decision=NewDecision("De kloostertuin geeft € 500 terug."),
    )
    return council


def _numbers_in_order(balance: YearBalance) -> list[str]:
    m = balance.money
    f = balance.figures
    expected = [m(f.available), m(f.allocated), m(f.spent), m(f.remaining), m(f.free)]
    for b in balance.sources:
        expected += [
            b.source.name,
            m(b.figures.available),
            m(b.figures.allocated),
            m(b.figures.spent),
            m(b.figures.free),
        ]
    expected += [m(f.available), m(f.allocated), m(f.spent), m(f.free)]
    for a in balance.allocations:
        for row in (a.allocation, *a.reversals):
            expected += [str(row.decision.number), m(row.amount), row.decision.text]
    for a in balance.allocations:
        expected += [str(a.allocation.decision.number), *(m(e.amount) for e in a.expenses)]
        expected += [m(a.allocated), m(a.spent), m(a.remaining)]
    for p in balance.projects:
        expected += [m(p.allocated), m(p.spent), m(p.remaining)]
    return expected


def test_statement_numbers_equal_the_balance_view(services: Services, tmp_path: Path) -> None:
    council = _year_with_everything(services)
    balance = services.budget.year_balance(council, 2026)
    out = render_budget_statement(services, council, 2026, tmp_path / "verantwoording.pdf")
    pdf = flat_text(out)
    assert_in_order(
        pdf,
        [
            "Verantwoording buurtbudget 2026",
            "Samenvatting",
            "Geldbronnen",
            "Toekenningen en besluiten",
            "Uitgaven per toekenning",
            "Saldo per project",
            "Voor akkoord",
        ],
    )
    assert_in_order(pdf, _numbers_in_order(balance))
    # The figures the treasurer looks for, spelled out.
    assert balance.figures.available == Money(
        1_025_050
    )  # 8.000,00 + 1.250,50 + 1.000,00 carried in
    assert_in_order(
        pdf, ["Beschikbaar", "€ 10.250,50", "Toegekend", "€ 3.000,00", "Uitgegeven", "€ 2.334,56"]
    )
    assert "SAM-fonds (meegenomen uit 2025)" in pdf and "Meegenomen uit het vorige jaar." in pdf
    assert "Voorwaarden: Alleen voor leefbaarheid" in pdf
    assert "teruggedraaid: Kloostertuin" in pdf and "-€ 500,00" in pdf
    assert "Zomerfeest: Let op: deze toekenning is met € 100,00 overschreden." in pdf
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")
    qpdf_check(out)


def test_english_council_gets_an_english_statement(services: Services, tmp_path: Path) -> None:
    council = _year_with_everything(services, Language.ENGLISH)
    balance = services.budget.year_balance(council, 2026)
    out = render_budget_statement(services, council, 2026, tmp_path / "statement.pdf")
    pdf = flat_text(out)
    assert_in_order(
        pdf, ["Budget statement 2026", "Summary", "Available", "€10,250.50", "Funding sources"]
    )
    assert_in_order(pdf, _numbers_in_order(balance))
    assert_pdfa_markers(out, language="en-GB")


def test_carried_over_money_shows_in_the_year_it_left(services: Services, tmp_path: Path) -> None:
    council = _year_with_everything(services)
    pdf = flat_text(render_budget_statement(services, council, 2025, tmp_path / "2025.pdf"))
    assert_in_order(pdf, ["Meegenomen naar 2026", "€ 1.000,00", "Vrij", "€ 0,00"])


def test_a_year_without_a_budget_says_so(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council(
        "Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG
    ).id
    pdf = flat_text(render_budget_statement(services, council, 2031, tmp_path / "leeg.pdf"))
    assert "Voor 2031 is nog geen buurtbudget vastgelegd." in pdf


def test_pdf_budget_command(
    services: Services, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    council = _year_with_everything(services)
    out = tmp_path / "budget.pdf"
    assert (
        main(
            [
                "pdf",
                "budget",
                "--db",
                str(db_path),
                "--council",
                str(council),
                "--year",
                "2026",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert "PDF geschreven" in capsys.readouterr().out
    assert_in_order(flat_text(out), _numbers_in_order(services.budget.year_balance(council, 2026)))
    assert (
        main(
            [
                "pdf",
                "budget",
                "--db",
                str(db_path),
                "--council",
                "999",
                "-o",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == "Overleg 999 bestaat niet."


def test_minutes_show_an_allocation_taken_in_meeting_mode(
    services: Services, tmp_path: Path
) -> None:
    from buurtdesk.documents.meetings.minutes import render_minutes

    council = _year_with_everything(services)
    meeting = services.meetings.list_meetings(council)[0]
    pdf = flat_text(render_minutes(services, meeting.id, tmp_path / "verslag.pdf"))
    assert_in_order(
        pdf,
        [
            "2026-001",
            "Het overleg kent de kloostertuin € 2.500 toe.",
            "Toegekend bedrag: € 2.500,00",
        ],
    )
