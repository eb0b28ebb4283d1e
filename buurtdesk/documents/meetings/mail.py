"""An unsent e-mail (.eml) with the invitation or the minutes, for the system's mail program.

BuurtDesk opens no network connection: it writes a draft that the mail program opens as a new
message (`X-Unsent: 1` for Outlook; Thunderbird and Apple Mail open it too). It is addressed, in
Bcc, to every member of the council on the meeting's date who has an e-mail address, and for an
invitation to every invited guest who has one. The subject names the council, the kind and the
date; the short body is Dutch (English for an English council). Attached: the agenda PDF and
the calendar invitation (.ics), or the minutes PDF. The people without an e-mail address are
returned, so the user can be told to print for them. The file is readable by the owner only.

The calendar text comes from the caller (exchange.calendar.meeting_invitation): documents and
exchange stand on the same floor and do not import each other.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr
from enum import StrEnum
from pathlib import Path

from buurtdesk.documents.meetings.minutes_content import adopted_amended, minutes_title
from buurtdesk.documents.meetings.parts import meeting_date
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import format_time, long_date
from buurtdesk.domain.enums import AttendanceStatus, MinutesState
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import N_, Marked, normal_language, translate
from buurtdesk.services import Services
from buurtdesk.services.views import MeetingDetail
from buurtdesk.store.output import write_output


class MailKind(StrEnum):
    INVITATION = "invitation"
    MINUTES = "minutes"


MAIL_WORDS: dict[str, Marked] = {
    "invitation_subject": N_("{council}: invitation and agenda, {kind} of {date}"),
    "minutes_subject": N_("{council}: {title} of the {kind} of {date}{state}"),
    "draft": N_(" (draft)"),
    "greeting": N_("Dear members of {council},"),
    "invitation_body": N_(
        "You are invited to the {kind} of {date}{hours}{place}. The agenda and the "
        "calendar invitation are attached to this e-mail."
    ),
    "minutes_body": N_("Please find attached the {title} of the {kind} of {date}."),
    "minutes_draft": N_(
        "This is a draft. Amendments can be raised when the minutes are adopted at the "
        "next meeting."
    ),
    "minutes_adopted": N_("They were adopted on {date}."),
    "minutes_adopted_amended": N_("They were adopted with amendments on {date}."),
    "hours": N_(" at {time}"),
    "place": N_(" in {place}"),
    "closing": N_("Kind regards,"),
}


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class MailDraft:
    path: Path
    recipients: tuple[Recipient, ...]
    without_email: tuple[str, ...]  # names: print the documents for them
    attachments: tuple[tuple[str, bytes], ...]


def recipients(
    services: Services, detail: MeetingDetail, kind: MailKind
) -> tuple[list[Recipient], list[str]]:
    """The members on the meeting's date (and for an invitation the invited guests) with an
    e-mail address, and the names of those without one."""
    day = detail.meeting.date
    members: dict[int, str] = {}
    for membership in services.councils.memberships(detail.council.id):
        current = (membership.since is None or membership.since <= day) and (
            membership.until is None or membership.until >= day
        )
        if current:
            members[membership.person_id] = membership.person_name
    ids = list(members)
    without: list[str] = []
    if kind == MailKind.INVITATION:
        for person in detail.attendance:
            if person.status != AttendanceStatus.GUEST:
                continue
            if person.person_id is None:
                without.append(person.name)
            elif person.person_id not in members:
                ids.append(person.person_id)
    found: list[Recipient] = []
    seen: set[str] = set()
    for person_id in ids:
        known = services.councils.get_person(person_id)
        if known.forgotten:
            continue
        email = known.email.strip()
        if email and "@" in email and email.casefold() not in seen:
            seen.add(email.casefold())
            found.append(Recipient(known.name, email))
        elif not email:
            without.append(known.name)
    return found, without


def _texts(detail: MeetingDetail, kind: MailKind, words: Words) -> tuple[str, str]:
    mail = words_for(words.language, extra=MAIL_WORDS)
    meeting, council = detail.meeting, detail.council
    when = meeting_date(meeting, words)
    what = words.meeting_kind(meeting.kind)
    if kind == MailKind.INVITATION:
        subject = mail["invitation_subject"].format(council=council.name, kind=what, date=when)
        hours = mail["hours"].format(time=format_time(meeting.start_time))
        place = mail["place"].format(place=meeting.place) if meeting.place.strip() else ""
        body = mail["invitation_body"].format(
            kind=what, date=when, hours=hours if meeting.start_time else "", place=place
        )
    else:
        title = minutes_title(detail, words).lower()
        adopted = meeting.minutes_state == MinutesState.ADOPTED and meeting.minutes_adopted_on
        subject = mail["minutes_subject"].format(
            council=council.name,
            title=title,
            kind=what,
            date=when,
            state="" if adopted else mail["draft"],
        )
        body = mail["minutes_body"].format(title=title, kind=what, date=when) + " "
        if adopted and meeting.minutes_adopted_on is not None:
            key = "minutes_adopted_amended" if adopted_amended(detail) else "minutes_adopted"
            body += mail[key].format(date=long_date(meeting.minutes_adopted_on, words.language))
        else:
            body += mail["minutes_draft"]
    text = "\n\n".join(
        [
            mail["greeting"].format(council=council.name),
            body,
            f"{mail['closing']}\n{council.name}",
        ]
    )
    return subject, text + "\n"


def compose(
    detail: MeetingDetail,
    kind: MailKind,
    to: list[Recipient],
    attachments: list[tuple[str, str, bytes]],
) -> EmailMessage:
    """The draft message: Bcc to everyone, the body, the attachments (name, MIME type, bytes)."""
    words = words_for(detail.council.language)
    subject, body = _texts(detail, kind, words)
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    message["Subject"] = subject
    if to:
        message["Bcc"] = ", ".join(formataddr((r.name, r.email)) for r in to)
    message["Content-Language"] = words.bcp47
    message.set_content(body)
    for name, mime, data in attachments:
        main, sub = mime.split("/", 1)
        params = {"method": "PUBLISH"} if sub == "calendar" else {}
        message.add_attachment(data, maintype=main, subtype=sub, filename=name, params=params)
    return message


def file_stem(detail: MeetingDetail, what: str) -> str:
    council = "".join(c if c.isalnum() else "-" for c in detail.council.name).strip("-").lower()
    fallback = translate(N_("council"), normal_language(detail.council.language))
    return f"{what}-{council[:60] or fallback}-{detail.meeting.date.isoformat()}"


def write_mail(
    services: Services,
    meeting_id: int,
    kind: MailKind,
    out_path: Path,
    *,
    calendar: Callable[[MeetingDetail], str] | None = None,
    pdf_copy: Path | None = None,
) -> MailDraft:
    """Make the PDF (and the .ics), compose the draft and write it to out_path (mode 0600).
    `pdf_copy`, when given, also keeps the attached PDF as that file."""
    detail = services.meetings.get_meeting(meeting_id)
    if kind == MailKind.MINUTES and detail.meeting.minutes_state is None:
        raise InvalidInput.said("This meeting has no minutes to send yet: close it first.")
    words = words_for(detail.council.language)
    to, without = recipients(services, detail, kind)
    with tempfile.TemporaryDirectory(prefix="buurtdesk-mail-") as folder:
        temp = Path(folder) / "document.pdf"
        if kind == MailKind.INVITATION:
            from buurtdesk.documents.meetings.agenda import render_agenda

            render_agenda(services, meeting_id, temp)
            name = file_stem(detail, words["agenda"].lower())
        else:
            from buurtdesk.documents.meetings.minutes import render_minutes

            render_minutes(services, meeting_id, temp)
            name = file_stem(detail, minutes_title(detail, words).lower())
        pdf = temp.read_bytes()
    files: list[tuple[str, str, bytes]] = [(f"{name}.pdf", "application/pdf", pdf)]
    if kind == MailKind.INVITATION and calendar is not None:
        files.append((f"{name}.ics", "text/calendar", calendar(detail).encode("utf-8")))
    message = compose(detail, kind, to, files)
    if pdf_copy is not None:
        write_output(Path(pdf_copy), pdf)
    path = write_output(Path(out_path), message.as_bytes())
    return MailDraft(
        path=path,
        recipients=tuple(to),
        without_email=tuple(without),
        attachments=tuple((n, data) for n, _m, data in files),
    )
