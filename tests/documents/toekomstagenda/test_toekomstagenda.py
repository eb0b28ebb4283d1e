"""The toekomstagenda booklet: each phase's content, in the order of the cycle, as an archival PDF."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_pdfa_markers,
    flat_text,
)

from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    CouncilKind,
    LadderStep,
    MembershipRole,
    OrganisationKind,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.money import Money
from buurtdesk.services import Services


def _lived_round(services: Services, clock) -> int:  # noqa: ANN001 - the FixedClock of conftest
    c = services.councils
    council = c.create_council(
        "Wijkoverleg Blerick-Noord", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    )
    corporation = c.add_organisation("Woonwenz", OrganisationKind.CORPORATION).id
    anna = c.add_person("Anna Jacobs", email="anna@example.nl", phone="06-12345678").id
    bert = c.add_person("Bert Peeters").id
    c.add_member(council.id, anna, MembershipRole.CHAIR, ladder_step=LadderStep.INITIATOR)
    c.add_member(council.id, bert, MembershipRole.MEMBER)
    cycle = services.cycle.start_round(
        council.id, horizon_year=2030, vision="Een groene wijk waar iedereen elkaar kent."
    )
    themes = {t.name: t.id for t in services.vision.add_standard_themes(cycle.id)}
    trees = services.vision.add_wish(
        themes["Groen"], "Meer bomen in de Kerkstraat", "bewonersavond"
    ).id
    light = services.vision.add_wish(themes["Veiligheid"], "Licht op het fietspad").id
    speed = services.vision.add_wish(themes["Veiligheid"], "Minder hardrijders").id
    house = services.vision.add_wish(themes["Ontmoeten"], "Een buurthuis dat 's avonds open is").id
    votes = services.priorities.open_vote_session(
        cycle.id, dots_per_participant=3, participants=4, title="Bewonersavond"
    )
    services.priorities.enter_paper_tally(votes.id, {trees: 4, light: 5, speed: 1, house: 1})
    kept = services.priorities.keep_priorities(votes.id, top=3)
    services.priorities.set_commitment(
        kept[0].id, Party.MUNICIPALITY, "De gemeente plaatst lantaarns."
    )
    services.cycle.move_on(cycle.id)
    services.roles.assign_role(cycle.id, "Trekker", person_id=anna, theme_id=themes["Groen"])
    services.roles.assign_role(
        cycle.id, "Financier", organisation_id=corporation, theme_id=themes["Groen"]
    )
    clock.today = date(2026, 4, 14)
    services.roles.set_ladder_step(council.id, anna, LadderStep.CO_COMMISSIONER)
    services.roles.set_council_role_view(council.id, "Wij verbinden bewoners en partners.")
    services.cycle.move_on(cycle.id)
    bomen = services.projects.create_project(
        cycle.id, "Bomenplan Kerkstraat", theme_id=themes["Groen"], goal="Twintig nieuwe bomen",
        plan="Plekken kiezen met de gemeente, planten in november.", lead_person_id=anna,
    ).project  # fmt: skip
    trap = services.projects.create_project(
        cycle.id, "Trapveld aan de Maas", plan="Grasveld omvormen"
    ).project
    services.projects.ask_budget(bomen.id, Money.euros(4250))
    services.projects.ask_budget(trap.id, Money.euros(8000))
    for area in CheckArea:
        services.projects.set_check(bomen.id, area, CheckVerdict.OK, checked_by="Wijkregisseur")
    services.projects.set_check(
        trap.id,
        CheckArea.LEGAL,
        CheckVerdict.NOT_FEASIBLE,
        note="Uiterwaarden: geen vergunning",
        checked_by="Jurist",
    )
    services.cycle.move_on(cycle.id)
    services.projects.set_status(bomen.id, ProjectStatus.RUNNING)
    services.projects.add_milestone(bomen.id, "Bomen geplant", date(2026, 11, 30))
    services.actions.add_action(
        council.id, "Plantlijst naar de gemeente", owner_person_id=anna, project_id=bomen.id
    )
    core = services.projects.plan_core_group_meeting(council.id, date(2026, 6, 10))
    services.projects.add_note(bomen.id, "Twaalf plekken gekozen.", meeting_id=core.meeting.id)
    services.cycle.move_on(cycle.id)
    services.evaluations.record_evaluation(
        cycle.id, result="Twee van de drie prioriteiten opgepakt.", success_factors="Vaste trekkers",
        learning_points="Eerder de jurist vragen", continues="Het trapveld",
    )  # fmt: skip
    services.evaluations.record_evaluation(
        cycle.id, project_id=bomen.id, result="Twintig bomen geplant"
    )
    return council.id


def test_the_booklet_holds_each_phase_in_the_order_of_the_cycle(
    services: Services, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    council = _lived_round(services, clock)
    out = render_toekomstagenda(services, council, tmp_path / "toekomstagenda.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Toekomstagenda Wijkoverleg Blerick-Noord 2026",
            "Ronde 1", "kijkt vooruit naar 2030", "nu in de fase evaluatie",
            "Besluiten over de fasen", "Visie → Rollen", "2026-001",
            "1. Visie", "Een groene wijk waar iedereen elkaar kent.",
            "Groen", "Meer bomen in de Kerkstraat (bewonersavond)", "Veiligheid", "Licht op het fietspad",
            "Bewonersavond", "4 deelnemers met elk 3 stippen; 11 stippen geteld",
            "De prioriteiten", "Licht op het fietspad", "Meer bomen in de Kerkstraat", "Minder hardrijders",
            "Gelijke stand: 'Minder hardrijders' en 'Een buurthuis dat 's avonds open is' hebben elk 1 stip",
            "Wie doet wat aan prioriteit 1", "Gemeente", "De gemeente plaatst lantaarns.",
            "2. Rollen", "Onze eigen rol", "Wij verbinden bewoners en partners.",
            "Wie doet mee en hoe", "Thema: Groen", "Anna Jacobs", "Trekker", "Woonwenz", "Financier",
            "De initiatiefladder", "Anna Jacobs", "mede-opdrachtgever", "initiatiefnemer (10-03-2026) → mede-opdrachtgever (14-04-2026)",
            "3. Plannen en projecten", "Bomenplan Kerkstraat", "Trekker", "Anna Jacobs", "€ 4.250,00",
            "Twintig nieuwe bomen", "Plekken kiezen met de gemeente", "Toetsing aan de kaders", "juridisch", "in orde",
            "Plan en toetsing aan de kaders zijn in orde.",
            "Trapveld aan de Maas (zoekt een trekker)", "€ 8.000,00", "juridisch", "niet haalbaar",
            "Uiterwaarden: geen vergunning", "Nog niet klaar voor geld",
            "4. Uitvoering", "Bomenplan Kerkstraat", "Stand: loopt", "Bomen geplant", "30-11-2026",
            "Plantlijst naar de gemeente", "Twaalf plekken gekozen.", "Bijeenkomsten in deze ronde",
            "Kerngroep: voortgang van de projecten",
            "5. Evaluatie", "De ronde als geheel", "Twee van de drie prioriteiten opgepakt.", "Vaste trekkers",
            "Eerder de jurist vragen", "Het trapveld", "Evaluatie Bomenplan Kerkstraat", "Twintig bomen geplant",
        ],
    )  # fmt: skip
    # (pdf_checks.assert_no_contact_details takes "2026-001 14-04" for a phone number.)
    assert "anna@example.nl" not in text and "06-12345678" not in text
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")


def test_the_booklet_of_an_earlier_year_and_of_a_council_without_a_round(
    services: Services, clock, tmp_path: Path
) -> None:  # noqa: ANN001
    council = _lived_round(services, clock)
    services.projects.set_status(
        services.projects.running_projects(council)[0].id, ProjectStatus.FINISHED
    )
    clock.today = date(2027, 1, 20)
    first = services.cycle.current_round(council)
    assert first is not None and first.current_phase == PhaseKind.EVALUATION
    services.cycle.close_round(first.id)
    new = flat_text(render_toekomstagenda(services, council, tmp_path / "nu.pdf"))
    assert_in_order(new, ["Toekomstagenda Wijkoverleg Blerick-Noord 2027", "Ronde 2", "Uit de evaluatie van ronde 1",
                          "Eerder de jurist vragen", "Uit de vorige ronde", "Eerder de jurist vragen (Leerpunt ronde 1)",
                          "Lopend project: Trapveld aan de Maas"])  # fmt: skip
    old = flat_text(render_toekomstagenda(services, council, tmp_path / "2026.pdf", year=2026))
    assert_in_order(
        old,
        ["Toekomstagenda Wijkoverleg Blerick-Noord 2026", "Ronde 1", "afgesloten op 20-01-2027"],
    )
    with pytest.raises(NotFound):
        render_toekomstagenda(services, council, tmp_path / "2020.pdf", year=2020)
    empty = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    with pytest.raises(NotFound):
        render_toekomstagenda(services, empty.id, tmp_path / "leeg.pdf")


def test_the_pdf_command_writes_the_booklet(
    services: Services, clock, db_path: Path, tmp_path: Path
) -> None:  # noqa: ANN001
    council = _lived_round(services, clock)
    services.database.dispose()
    out = tmp_path / "boekje.pdf"
    command = [sys.executable, "-c", "import sys; from buurtdesk.cli import main; sys.exit(main())"]
    done = subprocess.run(
        [*command, "pdf", "toekomstagenda", "--db", str(db_path), "--council", str(council), "-o", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Toekomstagenda Wijkoverleg Blerick-Noord" in flat_text(out)
    missing = subprocess.run(
        [*command, "pdf", "toekomstagenda", "--db", str(db_path), "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert (
        missing.returncode != 0
        and "--council" in missing.stderr
        and "Traceback" not in missing.stderr
    )


def test_an_english_council_gets_an_english_booklet(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council(
        "Village council Steyl", CouncilKind.DORPSRAAD, language="en"
    )
    cycle = services.cycle.start_round(council.id, horizon_year=2030)
    green = services.vision.add_standard_themes(cycle.id)[0]
    services.vision.add_wish(green.id, "More trees")
    services.projects.create_project(cycle.id, "Tree plan", theme_id=green.id)
    text = flat_text(render_toekomstagenda(services, council.id, tmp_path / "booklet.pdf"))
    assert_in_order(text, ["Toekomstagenda Village council Steyl 2026", "Round 1", "looking ahead to 2030",
                           "1. Vision", "Green", "More trees", "2. Roles", "3. Plans and projects",
                           "Tree plan (looking for a lead)", "Not ready for money yet: there is no plan yet",
                           "4. Execution", "5. Evaluation"])  # fmt: skip
    assert "Page 1 of" in text
