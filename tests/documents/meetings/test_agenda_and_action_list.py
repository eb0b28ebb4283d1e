"""The invitation with its agenda, and a council's action list."""

from __future__ import annotations

from datetime import time
from pathlib import Path

from pdf_checks import (
    assert_fonts_embedded,
    assert_in_order,
    assert_no_contact_details,
    assert_pdfa_markers,
    flat_text,
    qpdf_check,
)
from sample_meeting import SampleMeeting, typical_meeting

from buurtdesk.documents.meetings.action_list import Grouping, render_action_list
from buurtdesk.documents.meetings.agenda import render_agenda
from buurtdesk.documents.meetings.parts import end_time, item_start_times
from buurtdesk.domain.enums import Language
from buurtdesk.services import Services


def test_item_times_follow_from_the_start_and_planned_minutes() -> None:
    assert item_start_times(time(19, 30), [5, 10, 25]) == [time(19, 30), time(19, 35), time(19, 45)]
    assert end_time(time(19, 30), [5, 10, 25]) == time(20, 10)
    assert item_start_times(time(23, 50), [15, 5]) == [time(23, 50), time(0, 5)]
    assert item_start_times(None, [5, 10]) == [None, None]
    assert end_time(None, [5]) is None


def test_agenda_lists_items_with_their_times_and_the_open_actions(
    services: Services, tmp_path: Path
) -> None:
    sample = typical_meeting(services, close=False)
    out = render_agenda(services, sample.meeting_id, tmp_path / "agenda.pdf")
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Uitnodiging en agenda",
            "Wijkoverleg Blerick-Noord",
            "dinsdag 10 maart 2026",
            "19:30 tot 21:45 uur",
            "Buurthuis De Schakel",
        ],
    )
    # Standing items 5+5+10+15+10 minutes, then the topics of 25, 20 and 10 minutes.
    assert_in_order(
        text,
        [
            "1.",
            "19:30",
            "Opening",
            "5 min.",
            "2.",
            "19:35",
            "Vaststellen agenda",
            "4.",
            "19:50",
            "Actielijst",
            "6.",
            "20:15",
            "Verkeersveiligheid Antoniuslaan",
            "25 min.",
            "7.",
            "20:40",
            "Buurtbudget: aanvraag speeltuin",
            "8.",
            "21:00",
            "Klacht over overlast (persoonlijk) (vertrouwelijk)",
            "9.",
            "21:10",
            "Rondvraag",
            "10.",
            "21:20",
            "Sluiting",
            "Verwacht einde: 21:25 uur",
        ],
    )
    assert_in_order(text, ["Bijlage: openstaande actiepunten", *sample.open_actions])
    for finished in sample.finished_actions:
        assert finished not in text
    assert sample.private_notes not in text
    assert_no_contact_details(text)
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")
    qpdf_check(out)


def test_english_agenda(services: Services, tmp_path: Path) -> None:
    sample = typical_meeting(services, language=Language.ENGLISH, close=False)
    text = flat_text(render_agenda(services, sample.meeting_id, tmp_path / "agenda.pdf"))
    assert_in_order(
        text,
        [
            "Invitation and agenda",
            "Tuesday 10 March 2026",
            "Agenda",
            "No.",
            "Time",
            "Agenda item",
            "Length",
            "Opening",
            "Any other business",
            "Closing",
            "Expected end: 21:25",
            "Attachment: open action points",
        ],
    )
    assert "Pagina" not in text and "Page 1 of 1" in text


def test_action_list_by_person_marks_overdue_actions(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_action_list(services, sample.council_id, tmp_path / "acties.pdf")
    text = flat_text(out)
    # Today is 10 March 2026: the flyer (due 28 February) is late, the others are not.
    assert_in_order(
        text,
        [
            "Actielijst",
            "Wijkoverleg Blerick-Noord",
            "Stand van zaken op dinsdag 10 maart 2026",
            "4 actiepunten, waarvan 4 open en 1 te laat",
            "Gegroepeerd per persoon",
            "Anna de Vries (1)",
            "Brief aan de gemeente over de 30 km-zone sturen",
            "Bert Hendriks (1, 1 te laat)",
            "Flyer voor de buurtschouw",
            "28-02-2026",
            "te laat",
            "Dirk van 't Hek (1)",
            "Kapotte lantaarnpaal",
            "Els Jacobs (1)",
            "Zaal reserveren",
        ],
    )
    assert sample.finished_actions[0] not in text
    assert_no_contact_details(text)
    assert_fonts_embedded(out)
    assert_pdfa_markers(out, language="nl-NL")
    qpdf_check(out)


def test_action_list_by_status_with_the_closed_ones(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_action_list(
        services,
        sample.council_id,
        tmp_path / "acties.pdf",
        grouping=Grouping.STATUS,
        include_closed=True,
    )
    text = flat_text(out)
    assert_in_order(
        text,
        [
            "Gegroepeerd per stand",
            "Open (3)",
            "Bezig (1, 1 te laat)",
            "Flyer voor de buurtschouw",
            "Afgerond (1)",
            sample.finished_actions[0],
        ],
    )


def test_action_list_of_a_council_without_actions(services: Services, tmp_path: Path) -> None:
    from buurtdesk.domain.enums import CouncilKind

    council = services.councils.create_council(
        "Dorpsraad Steyl", CouncilKind.DORPSRAAD, language=Language.ENGLISH
    )
    text = flat_text(render_action_list(services, council.id, tmp_path / "none.pdf"))
    assert_in_order(
        text,
        [
            "Action list",
            "Dorpsraad Steyl",
            "As of Tuesday 10 March 2026",
            "This council has no action points yet.",
        ],
    )
