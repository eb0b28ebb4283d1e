"""The annual report (jaarverslag) and the fund statement: what a council sends the municipality."""

from __future__ import annotations

import re
import zipfile
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
from buurtdesk.documents.budget.fund_statement import render_fund_statement
from buurtdesk.documents.jaarverslag.report import render_jaarverslag
from buurtdesk.documents.jaarverslag.word import render_jaarverslag_docx
from buurtdesk.domain.enums import CouncilKind, Language
from buurtdesk.services import Services


def _klingerberg(services: Services) -> int:
    return next(
        c.id for c in services.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )


def test_the_demo_jaarverslag_has_every_part_in_order(
    demo_services: Services, tmp_path: Path
) -> None:
    council = _klingerberg(demo_services)
    report = demo_services.annual.report(council, 2025)
    out = render_jaarverslag(demo_services, council, 2025, tmp_path / "jaarverslag.pdf")
    text = flat_text(out)
    first_decision, last_decision = report.decisions[0], report.decisions[-1]
    assert_in_order(
        text,
        [
            "Jaarverslag 2025",
            "Wijkoverleg Klingerberg, voor de leden en de gemeente Venlo",
            "Het jaar in het kort",
            f"Vergaderingen gehouden {len(report.meetings)}",
            "Voorwoord",
            "Beste buurtbewoners",
            "Het overleg en zijn leden",
            f"Nieuw in 2025 {report.joined[0].name}",
            f"Vertrokken in 2025 {report.left[0].name}",
            "Vergaderingen en aanwezigheid",
            "Aanwezig Afgemeld Afwezig Gasten",  # the chart's legend (reportlab graphics)
            "Besluiten",
            f"{first_decision.number}",
            f"{last_decision.number}",
            "Actiepunten",
            "Afgerond in 2025",
            "Open aan het eind van 2025, mee naar 2026",
            "De toekomstagenda",
            "Het buurtbudget",
            "Leefbaarheidsfonds Venlo",
            "Vaststelling",
            "Voorzitter Secretaris",
        ],
    )
    money = [d for d in report.decisions if d.amount is not None]
    assert money and money[0].amount is not None and money[0].amount.format("nl") in text
    # no contact details (the general phone check mistakes "2025-001 14-01" for a number)
    assert "@" not in text and not re.search(r"06-\d{8}", text)
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")
    qpdf_check(out)


def test_an_english_council_gets_an_english_jaarverslag(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council(
        "Riverside Council",
        CouncilKind.WIJKOVERLEG,
        municipality="Venlo",
        language=Language.ENGLISH,
    )
    services.annual.set_foreword(council.id, 2025, "Dear neighbours, a quiet year.")
    out = render_jaarverslag(services, council.id, 2025, tmp_path / "annual.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Annual report 2025",
            "Foreword",
            "Dear neighbours, a quiet year.",
            "No meetings were held in 2025.",
            "No decisions were taken in 2025.",
            "No neighbourhood budget was recorded for 2025.",
            "Adoption",
        ],
    )
    assert "Voorwoord" not in text
    assert_pdfa_markers(out, language="en-GB")


def test_the_word_copy_holds_the_same_parts(demo_services: Services, tmp_path: Path) -> None:
    council = _klingerberg(demo_services)
    out = render_jaarverslag_docx(demo_services, council, 2025, tmp_path / "jaarverslag.docx")
    with zipfile.ZipFile(out) as package:
        body = package.read("word/document.xml").decode("utf-8")
    for part in (
        "Jaarverslag 2025",
        "Voorwoord",
        "Beste buurtbewoners",
        "Besluiten",
        "Vaststelling",
    ):
        assert part in body
    assert out.stat().st_mode & 0o777 == 0o600


def test_the_fund_statement_shows_contributors_and_councils(
    demo_services: Services, tmp_path: Path
) -> None:
    (fund,) = demo_services.funds.list_funds()
    view = demo_services.funds.fund_year(fund.id, 2025)
    out = render_fund_statement(demo_services, fund.id, 2025, tmp_path / "fonds.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Fondsoverzicht 2025",
            "Ingelegd € 65.000,00",
            "Nog niet toegedeeld € 0,00",
            "Inleg per deelnemer",
            "Gemeente Venlo",
            "Woonstichting Maasoever",
            "Wooncorporatie De Kroonhorst",
            "Totaal € 65.000,00",
            "Verdeling over de overleggen",
            *[s.council_name for s in view.shares],
            f"Totaal € 65.000,00 {view.allocated.format('nl')} {view.spent.format('nl')}",
        ],
    )
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")


def test_the_fund_statement_says_so_in_red_when_over_assigned(
    services: Services, tmp_path: Path
) -> None:
    from datetime import date

    from buurtdesk.domain.money import Money

    fund = services.funds.create_fund("Wijkfonds")
    council = services.councils.create_council("Dorpsraad Oost", CouncilKind.DORPSRAAD)
    services.funds.set_contribution(fund.id, 2026, "Gemeente", Money.euros(1_000))
    services.funds.assign_share(
        fund.id, council.id, 2026, Money.euros(1_250), decided_on=date(2026, 1, 5), confirmed=True
    )
    out = render_fund_statement(services, fund.id, 2026, tmp_path / "fonds.pdf")
    assert "Let op: er is € 250,00 meer toegedeeld dan er is ingelegd." in flat_text(out)


def test_the_commands(
    demo_services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_services.database_path)
    council = str(_klingerberg(demo_services))
    demo_services.database.dispose()
    report = tmp_path / "jv.pdf"
    assert (
        main(
            [
                "pdf",
                "jaarverslag",
                "--db",
                db,
                "--council",
                council,
                "--year",
                "2025",
                "-o",
                str(report),
            ]
        )
        == 0
    )
    assert "Jaarverslag 2025" in flat_text(report)
    statement = tmp_path / "fonds.pdf"
    assert (
        main(["pdf", "fonds", "--db", db, "--fund", "1", "--year", "2026", "-o", str(statement)])
        == 0
    )
    assert "Fondsoverzicht 2026" in flat_text(statement)
    capsys.readouterr()
    assert main(["pdf", "fonds", "--db", db, "-o", str(statement)]) == 2
    assert "--fund" in capsys.readouterr().err
    assert main(["pdf", "fonds", "--db", db, "--fund", "7", "-o", str(statement)]) == 2
    assert capsys.readouterr().err.strip() == "Fonds 7 bestaat niet."
    word = tmp_path / "jv.docx"
    assert (
        main(
            [
                "docx",
                "jaarverslag",
                "--db",
                db,
                "--council",
                council,
                "--year",
                "2025",
                "-o",
                str(word),
            ]
        )
        == 0
    )
    with zipfile.ZipFile(word) as package:
        assert "Jaarverslag 2025" in package.read("word/document.xml").decode("utf-8")
    capsys.readouterr()
    assert main(["docx", "jaarverslag", "--db", db, "-o", str(word)]) == 2
    assert "--council" in capsys.readouterr().err
    assert main(["fondsen", "--db", db, "--json"]) == 0
    assert '"Leefbaarheidsfonds Venlo"' in capsys.readouterr().out
