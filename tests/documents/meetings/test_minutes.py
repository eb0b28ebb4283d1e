"""The minutes a chair prints after the meeting: complete, in agenda order, private where needed."""

from __future__ import annotations

from pathlib import Path

from pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_no_contact_details,
    assert_pdfa_markers,
    assert_text_inside_pages,
    flat_text,
    qpdf_check,
)
from sample_meeting import PHONES, SampleMeeting, typical_meeting

from buurtdesk.documents.meetings.minutes import render_minutes
from buurtdesk.domain.enums import Language
from buurtdesk.services import Services


def test_minutes_hold_attendance_notes_decisions_and_actions_in_agenda_order(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_minutes(services, sample.meeting_id, tmp_path / "notulen.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Wijkoverleg Blerick-Noord",
            "Notulen",
            "Vergadering van Wijkoverleg Blerick-Noord",
            "dinsdag 10 maart 2026",
            "19:30 tot 21:45 uur",
            "Buurthuis De Schakel",
            "Voorzitter: Anna de Vries · Notulist: Bert Hendriks",
        ],
    )
    # Role order with roles; guests; the apologies on one line; no absent line without absent.
    assert_in_order(
        text,
        [
            "Aanwezig (4 van 5 leden)",
            "Anna de Vries (voorzitter), Bert Hendriks (secretaris)",
            "Gasten",
            "Henk Willems (Welzijn Venlo)",
            "Afgemeld",
            "Dirk van 't Hek (adviseur, Politie Limburg-Noord)",
        ],
    )
    assert "Chantal Özdemir-Verstappen (adviseur, Woonwenz)" in text
    assert "Afwezig" not in text
    # Every item's notes, in agenda order; decisions and actions inside their item.
    assert_in_order(text, sample.notes)
    assert_in_order(
        text,
        [
            "6. Verkeersveiligheid Antoniuslaan",
            sample.notes[5],
            f"Besluit {sample.decision_numbers[0]}: Het overleg vraagt",
            "(voor 7, tegen 1, 2 onthoudingen)",
            "Actie: Brief aan de gemeente over de 30 km-zone sturen — Anna de Vries, "
            "uiterlijk 24 maart 2026",
            "7. Buurtbudget: aanvraag speeltuin",
            f"Besluit {sample.decision_numbers[1]}",
            "Toegekend bedrag: € 1.250,00",
            "Overige besluiten en acties",
            f"Besluit {sample.decision_numbers[2]}",
            "Actie: Zaal reserveren voor de jaarvergadering",
        ],
    )
    # The action list after this meeting, new ones marked, then the next meeting.
    assert_in_order(
        text,
        [
            "Actielijst na deze vergadering",
            sample.open_actions[0],
            "! te laat",
            sample.open_actions[1],
            sample.new_actions[0],
            "nieuw",
            "Volgende vergadering",
            "dinsdag 7 april 2026",
        ],
    )
    assert sample.finished_actions[0] not in text.split("Actielijst na deze vergadering")[1]


def test_each_decision_and_action_is_in_the_body_once(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "notulen.pdf"))
    for number in sample.decision_numbers:
        assert text.count(number) == 1, number
    for title in sample.new_actions:
        assert text.count(f"Actie: {title}") == 1
    for placeholder in ("nog niet bekend", "niemand", "geen datum", "Besluitenlijst"):
        assert placeholder not in text


def test_the_review_stands_under_the_action_list_item(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "notulen.pdf"))
    review = text.split("4. Actielijst")[1].split("5. Mededelingen")[0]
    assert_in_order(
        review,
        [
            "Actiepunt Wie Uitkomst",
            sample.open_actions[0],
            "loopt nog",
            "Voortgang: Drukker is gevonden",
            sample.finished_actions[0],
            "afgerond",
            "Voortgang: Offerte ontvangen: € 2.400 voor drie bankjes.",
            sample.open_actions[1],
            "loopt nog",
        ],
    )


def test_the_councils_own_title_and_the_decision_appendix(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    from buurtdesk.domain.enums import MinutesTitle

    services.councils.update_council(
        sample.council_id, minutes_title=MinutesTitle.VERSLAG, decisions_appendix=True
    )
    out = render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf")
    text = flat_text(out)
    assert text.startswith("Wijkoverleg Blerick-Noord Verslag, dinsdag 10 maart 2026 Verslag")
    appendix = text.split("Bijlage: besluitenlijst")[1]
    for number in sample.decision_numbers:
        assert text.count(number) == 2 and number in appendix
    assert "voor 7, tegen 1, 2 onthoudingen" in appendix

    services.councils.update_council(sample.council_id, minutes_title=MinutesTitle.BESLUITENLIJST)
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "besluiten.pdf"))
    assert "Besluitenlijst" in text and "Bijlage" not in text
    assert sample.notes[5] not in text  # a besluitenlijst holds no discussion
    for number in sample.decision_numbers:
        assert text.count(number) == 1


def test_minutes_keep_contact_details_and_private_notes_out(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf"))
    assert_no_contact_details(text)
    for phone in PHONES:
        assert phone not in text
    assert "Klacht over overlast (persoonlijk) (vertrouwelijk)" in text
    assert sample.private_notes not in text
    assert "klaagt over de buren" not in text


def test_every_page_says_concept_and_page_x_of_y_until_adopted(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    out = render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf")
    pages = PdfReader(str(out)).pages
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        page_text = page.extract_text()
        assert "Concept" in page_text
        assert f"Pagina {number} van {len(pages)}" in page_text

    services.meetings.adopt_minutes(
        sample.meeting_id, sample.next_meeting_id, "Punt 6: '30 km-zone' in plaats van '30-zone'."
    )
    adopted = render_minutes(services, sample.meeting_id, tmp_path / "vastgesteld.pdf")
    reader = PdfReader(str(adopted))
    for page in reader.pages:
        page_text = page.extract_text()
        assert "Gewijzigd vastgesteld op dinsdag 7 april 2026" in page_text
        assert "Concept" not in page_text
    assert_in_order(
        flat_text(adopted),
        [
            "Vaststelling",
            "Gewijzigd vastgesteld in de vergadering van dinsdag 7 april 2026",
            "in plaats van",
        ],
    )
    # The meeting that adopted them says so under its item "Verslag vorige vergadering".
    services.meetings.add_item(sample.next_meeting_id, "Verslag vorige vergadering")
    later = flat_text(render_minutes(services, sample.next_meeting_id, tmp_path / "later.pdf"))
    assert (
        "De notulen van de vergadering van dinsdag 10 maart 2026 zijn gewijzigd vastgesteld"
        in later
    )


def test_minutes_adopted_unchanged_say_so(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    services.meetings.adopt_minutes(sample.meeting_id, sample.next_meeting_id, "")
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "vastgesteld.pdf"))
    assert "Ongewijzigd vastgesteld in de vergadering van dinsdag 7 april 2026." in text
    assert "Vastgesteld op dinsdag 7 april 2026" in text
    assert "Gewijzigd" not in text


def test_minutes_are_archival_pdf_a(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf")
    fonts = assert_fonts_embedded(out)
    assert any("AtkinsonHyperlegible" in f for f in fonts)
    assert not any("Helvetica" in f for f in fonts)
    assert_pdfa_markers(out, language="nl-NL")
    assert_text_inside_pages(out)
    qpdf_check(out)
    from pypdf import PdfReader

    info = PdfReader(str(out)).metadata
    assert info is not None
    assert info.author == "Wijkoverleg Blerick-Noord"
    assert info.title == "Notulen Wijkoverleg Blerick-Noord, dinsdag 10 maart 2026"


def test_english_council_gets_english_minutes(services: Services, tmp_path: Path) -> None:
    sample = typical_meeting(services, language=Language.ENGLISH)
    out = render_minutes(services, sample.meeting_id, tmp_path / "minutes.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Minutes",
            "Tuesday 10 March 2026",
            "19:30 to 21:45",
            "Attendance",
            "Present",
            "Guests",
            "Apologies",
            "1. Opening",
            "2. Adoption of the agenda",
            f"Decision {sample.decision_numbers[0]}",
            "(7 for, 1 against, 2 abstentions)",
            "Amount allocated: €1,250.00",
            "Action list after this meeting",
            "Next meeting",
            "Tuesday 7 April 2026",
        ],
    )
    assert "Page 1 of" in text and "Draft" in text
    for dutch in ("Aanwezig", "Pagina", "Besluit", "Volgende vergadering", "Stemming"):
        assert dutch not in text
    assert_pdfa_markers(out, language="en-GB")


def test_minutes_of_an_open_meeting_with_nothing_recorded(
    services: Services, tmp_path: Path
) -> None:
    from datetime import date

    from buurtdesk.domain.enums import CouncilKind

    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    meeting = services.meetings.plan_meeting(
        council.id, date(2026, 3, 17), start_time=None, end_time=None, place=""
    )
    text = flat_text(render_minutes(services, meeting.id, tmp_path / "leeg.pdf"))
    assert_in_order(
        text,
        [
            "Dorpsraad Steyl",
            "Notulen",
            "dinsdag 17 maart 2026",
            "Actielijst na deze vergadering",
            "Na deze vergadering staan er geen actiepunten open.",
        ],
    )
    for unknown in ("nog niet bekend", "niemand", "geen datum", "Tijd", "Plaats", "Aanwezig"):
        assert unknown not in text


def test_minutes_judge_overdue_actions_on_the_meeting_date(
    services: Services, sample: SampleMeeting, clock: object, tmp_path: Path
) -> None:
    from datetime import date

    clock.today = date(2026, 6, 1)  # type: ignore[attr-defined]  # printed long after the meeting
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "later.pdf"))
    # Only the flyer (due 28 February) was late on 10 March; the rest was not, whatever today is.
    assert text.count("te laat") == 1


def test_adopted_minutes_stay_frozen(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    import pytest

    from buurtdesk.domain.errors import BuurtDeskError

    services.meetings.adopt_minutes(sample.meeting_id, sample.next_meeting_id, "Punt 6: typfout.")
    before = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "a.pdf"))
    decision = services.meetings.get_meeting(sample.meeting_id).decisions[0]
    with pytest.raises(BuurtDeskError):
        services.decisions.update_decision(decision.id, text="Iets anders.")
    with pytest.raises(BuurtDeskError):
        services.meetings.adopt_minutes(sample.meeting_id, sample.next_meeting_id, "")
    item = services.meetings.get_meeting(sample.meeting_id).items[5]
    with pytest.raises(BuurtDeskError):
        services.meetings.set_notes(item.id, "Nieuwe aantekening.")
    after = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "b.pdf"))
    assert after == before
    assert "Gewijzigd vastgesteld in de vergadering van dinsdag 7 april 2026" in after
