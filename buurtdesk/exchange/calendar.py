"""A meeting as a calendar invitation (RFC 5545), written by hand: no library, no network.

Meetings happen at Dutch wall-clock times, so the event carries TZID=Europe/Amsterdam with
its VTIMEZONE (a floating time would move for anyone whose computer is set elsewhere).
A meeting without a start time is an all-day event. The UID comes from the meeting's UUID,
and SEQUENCE from its version, so a calendar replaces an earlier invitation when sent again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from buurtdesk import __version__
from buurtdesk.domain.enums import AgendaItemKind, MeetingKind
from buurtdesk.messages import N_, Marked, normal_language, translate, translated
from buurtdesk.services import Services
from buurtdesk.services.views import MeetingDetail
from buurtdesk.store.output import write_output

ZONE = "Europe/Amsterdam"
DEFAULT_LENGTH = timedelta(hours=2)
AMSTERDAM = (
    "BEGIN:VTIMEZONE",
    f"TZID:{ZONE}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)
KIND_WORDS: dict[MeetingKind, Marked] = {
    MeetingKind.TOEKOMSTAGENDA: N_("Toekomstagenda session"),
    MeetingKind.CORE_GROUP: N_("Core group"),
}
MEETING = N_("Meeting")


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line to at most 75 octets per line, never inside a UTF-8 character."""
    pieces: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = " ", 1, 75
        current += char
        size += width
    pieces.append(current)
    return "\r\n".join(pieces)


def _local(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def _agenda_lines(detail: MeetingDetail, language: str) -> Iterable[str]:
    yield translate(N_("Agenda:"), language)
    for number, item in enumerate(detail.items, start=1):
        title = translate(N_("Closed item"), language) if item.is_private else item.title
        if (
            item.kind in (AgendaItemKind.OPENING, AgendaItemKind.CLOSING)
            or not item.planned_minutes
        ):
            yield f"{number}. {title}"
        else:
            minutes = translate(N_("{minutes} min"), language).format(minutes=item.planned_minutes)
            yield f"{number}. {title} ({minutes})"


def meeting_invitation(detail: MeetingDetail, *, stamp: datetime | None = None) -> str:
    """The .ics text of one meeting, with CRLF line ends."""
    meeting, council = detail.meeting, detail.council
    language = normal_language(council.language)
    kind_word = translated(KIND_WORDS.get(meeting.kind, MEETING), language)
    summary = meeting.title or f"{kind_word} {council.name}"
    stamp = (stamp or datetime.now(UTC)).astimezone(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//BuurtDesk//BuurtDesk {__version__}//{language.upper()}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if meeting.start_time is not None:
        lines.extend(AMSTERDAM)
    lines += [
        "BEGIN:VEVENT",
        f"UID:{meeting.uuid}@buurtdesk",
        f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
    ]
    lines.append(f"SEQUENCE:{max(0, meeting.version - 1)}")
    if meeting.start_time is None:
        lines.append(f"DTSTART;VALUE=DATE:{meeting.date.strftime('%Y%m%d')}")
        lines.append(f"DTEND;VALUE=DATE:{(meeting.date + timedelta(days=1)).strftime('%Y%m%d')}")
    else:
        start = datetime.combine(meeting.date, meeting.start_time)
        end = (
            datetime.combine(meeting.date, meeting.end_time)
            if meeting.end_time
            else start + DEFAULT_LENGTH
        )
        lines.append(f"DTSTART;TZID={ZONE}:{_local(start)}")
        lines.append(f"DTEND;TZID={ZONE}:{_local(end)}")
    lines.append(f"SUMMARY:{escape_text(summary)}")
    if meeting.place:
        lines.append(f"LOCATION:{escape_text(meeting.place)}")
    description = "\n".join([f"{kind_word} {council.name}", "", *_agenda_lines(detail, language)])
    lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines += ["STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "".join(fold(line) + "\r\n" for line in lines)


def invitation_file_name(detail: MeetingDetail) -> str:
    safe = "".join(c if c.isalnum() else "-" for c in detail.council.name).strip("-").lower()
    fallback = translate(N_("meeting"), normal_language(detail.council.language))
    return f"{safe or fallback}-{detail.meeting.date.isoformat()}.ics"


def write_invitation(
    services: Services, meeting_id: int, target: Path, *, stamp: datetime | None = None
) -> Path:
    """'Uitnodiging als agenda-item': the meeting as an .ics file the chair can mail or open."""
    detail = services.meetings.get_meeting(meeting_id)
    target = Path(target)
    if target.is_dir():
        target = target / invitation_file_name(detail)
    # the one output writer: never over the database, mode 0600, complete or not at all
    return write_output(target, meeting_invitation(detail, stamp=stamp).encode("utf-8"))
