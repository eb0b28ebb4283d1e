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

from buurtdesk.documents.minutes import render_minutes
from buurtdesk.domain.enums import Language
from buurtdesk.services import Services


def test_minutes_hold_attendance_notes_decisions_and_actions_in_agenda_order(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Wijkoverleg Blerick-Noord",
            "Verslag",
            "dinsdag 10 maart 2026",
            "19:30 tot 21:45 uur",
            "Buurthuis De Schakel",
        ],
    )
    assert_in_order(
        text,
        [
            "Aanwezig",
            *sample.people,
            "Gasten",
            "Henk Willems (Welzijn Venlo)",
            "Afgemeld",
            "Dirk van 't Hek (Politie Limburg-Noord)",
        ],
    )
    assert "Chantal Özdemir-Verstappen (Woonwenz)" in text
    # Every item's notes, in agenda order; decisions inside their item, with number and vote.
    assert_in_order(text, sample.notes)
    assert_in_order(
        text,
        [
            "Verkeersveiligheid Antoniuslaan",
            sample.notes[5],
            f"Besluit {sample.decision_numbers[0]}",
            "Stemming: 7 voor, 1 tegen, 2 onthouding",
            "Brief aan de gemeente over de 30 km-zone sturen",
            "Buurtbudget: aanvraag speeltuin",
            f"Besluit {sample.decision_numbers[1]}",
            "Toegekend bedrag: € 1.250,00",
        ],
    )
    # The decision list, the new actions, the action list and the next meeting follow.
    assert_in_order(
        text,
        [
            "Besluitenlijst",
            *sample.decision_numbers,
            "Nieuwe actiepunten",
            *sample.new_actions,
            "Afgehandeld sinds de vorige vergadering",
            *sample.finished_actions,
            "Offerte ontvangen: € 2.400 voor drie bankjes.",
            "Blijft open",
            sample.open_actions[0],
            "Drukker is gevonden",
            "Volgende vergadering",
            "dinsdag 7 april 2026",
        ],
    )
    assert "te laat" in text  # the flyer was due on 28 February


def test_minutes_keep_contact_details_and_private_notes_out(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "verslag.pdf"))
    assert_no_contact_details(text)
    for phone in PHONES:
        assert phone not in text
    assert "Klacht over overlast (persoonlijk) (besloten)" in text
    assert sample.private_notes not in text
    assert "vertrouwelijk" not in text


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
        assert "Vastgesteld op dinsdag 7 april 2026" in page_text
        assert "Concept" not in page_text
    assert_in_order(flat_text(adopted), ["Wijzigingen bij de vaststelling", "in plaats van"])


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
    assert info.title == "Verslag Wijkoverleg Blerick-Noord, dinsdag 10 maart 2026"


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
            "Minutes per agenda item",
            "Opening",
            "Adoption of the agenda",
            f"Decision {sample.decision_numbers[0]}",
            "Vote: 7 for, 1 against, 2 abstaining",
            "Amount allocated: €1,250.00",
            "Decisions",
            "New action points",
            "Finished since the previous meeting",
            "Stays open",
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
            "dinsdag 17 maart 2026",
            "nog niet bekend",
            "Aanwezig",
            "niemand",
            "In deze vergadering zijn geen besluiten genomen.",
            "Er zijn geen nieuwe actiepunten afgesproken.",
            "De volgende vergadering is nog niet gepland.",
        ],
    )


def test_minutes_judge_overdue_actions_on_the_meeting_date(
    services: Services, sample: SampleMeeting, clock: object, tmp_path: Path
) -> None:
    from datetime import date

    clock.today = date(2026, 6, 1)  # type: ignore[attr-defined]  # printed long after the meeting
    text = flat_text(render_minutes(services, sample.meeting_id, tmp_path / "later.pdf"))
    # Only the flyer (due 28 February) was late on 10 March; the rest was not, whatever today is.
    assert text.count("te laat") == 1
