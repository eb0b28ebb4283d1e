"""'Uitnodiging als agenda-item': the meeting as an RFC 5545 event any calendar reads."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.enums import CouncilKind, Language
from buurtdesk.exchange.calendar import escape_text, fold, write_invitation
from buurtdesk.services import Services

STAMP = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _meeting(services: Services, **kwargs: object) -> int:
    council = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    meeting = services.meetings.plan_meeting(
        council.id,
        date(2026, 3, 26),
        place="Buurthuis ‘De Wieën’, Kloosterstraat 1; zaal 2",
        topics=("Groen; bomen, bankjes",),
        **kwargs,  # type: ignore[arg-type]
    )
    return meeting.id


def _event(path: Path) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return events[0]


def test_the_invitation_is_an_event_at_dutch_local_time_with_the_agenda(
    services: Services, tmp_path: Path
) -> None:
    meeting_id = _meeting(services)
    item = services.meetings.get_meeting(meeting_id).items[5]
    services.meetings.update_item(item.id, is_private=True)
    path = write_invitation(services, meeting_id, tmp_path / "uitnodiging.ics", stamp=STAMP)
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # every line ends in CRLF
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))

    event = _event(path)
    detail = services.meetings.get_meeting(meeting_id)
    assert str(event["UID"]) == f"{detail.meeting.uuid}@buurtdesk"
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == datetime(2026, 3, 26, 19, 30, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert start.utcoffset().total_seconds() == 3600  # CET, the clocks go forward on 29 March
    assert end - start == (datetime(2026, 1, 1, 21, 30) - datetime(2026, 1, 1, 19, 30))
    assert str(event["SUMMARY"]) == "Vergadering Wijkoverleg Blerick"
    assert str(event["LOCATION"]) == "Buurthuis ‘De Wieën’, Kloosterstraat 1; zaal 2"
    description = str(event["DESCRIPTION"])
    lines = description.split("\n")
    assert lines[2] == "Agenda:"
    assert lines[3] == "1. Opening"
    assert "6. Besloten agendapunt (20 min)" in lines and "Groen; bomen, bankjes" not in description
    assert lines[-1] == f"{len(detail.items)}. Sluiting"
    calendar = icalendar.Calendar.from_ical(raw)
    assert [str(z["TZID"]) for z in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]


def test_a_summer_meeting_and_an_english_council(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council(
        "Village Council Steyl", CouncilKind.DORPSRAAD, language=Language.ENGLISH
    )
    meeting = services.meetings.plan_meeting(
        council.id, date(2026, 7, 2), start_time=time(20, 0), end_time=None, title="Summer session"
    )
    event = _event(write_invitation(services, meeting.id, tmp_path, stamp=STAMP))
    assert event.decoded("DTSTART").utcoffset().total_seconds() == 7200  # CEST
    assert event.decoded("DTEND") - event.decoded("DTSTART") == datetime(2026, 1, 1, 2) - datetime(
        2026, 1, 1
    )
    assert str(event["SUMMARY"]) == "Summer session"
    assert "1. Opening" in str(event["DESCRIPTION"]) and "Any other business (10 min)" in str(
        event["DESCRIPTION"]
    )


def test_a_meeting_without_a_time_is_an_all_day_event(services: Services, tmp_path: Path) -> None:
    meeting_id = _meeting(services, start_time=None, end_time=None)
    event = _event(write_invitation(services, meeting_id, tmp_path / "x.ics", stamp=STAMP))
    assert event.decoded("DTSTART") == date(2026, 3, 26)
    assert event.decoded("DTEND") == date(2026, 3, 27)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_any_text_folds_and_unfolds_to_itself(text: str) -> None:
    line = "DESCRIPTION:" + escape_text(text)
    folded = fold(line)
    assert all(len(part.encode("utf-8")) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line
    parsed = icalendar.Event.from_ical(f"BEGIN:VEVENT\r\n{folded}\r\nEND:VEVENT\r\n")
    assert str(parsed["DESCRIPTION"]) == text.replace("\r\n", "\n").replace("\r", "\n")
