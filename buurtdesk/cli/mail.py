"""`buurtdesk mail invitation|minutes --db PATH --meeting ID -o OUT.eml`: an unsent e-mail.

The draft opens in the system's mail program as a new message, addressed in Bcc to every
member (and for an invitation every invited guest) with an e-mail address, with the agenda PDF
and the calendar invitation, or the minutes PDF, attached. Nothing is sent: BuurtDesk opens
no network connection. The people without an e-mail address are named on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from buurtdesk.cli.common import add_database_options, open_services, positive_id, say
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.store.output import check_output_target

DUTCH_KINDS = {"uitnodiging": "invitation", "notulen": "minutes", "verslag": "minutes"}


def _kind(text: str) -> str:
    value = DUTCH_KINDS.get(text.strip().lower(), text.strip().lower())
    if value not in ("invitation", "minutes"):
        raise argparse.ArgumentTypeError(
            say(
                f"'{text}' is geen soort e-mail: kies invitation (uitnodiging) of minutes (notulen)",
                f"'{text}' is not a kind of e-mail: choose invitation or minutes",
            )
        )
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mail = sub.add_parser(
        "mail",
        help=say(
            "maak een e-mail om te versturen (uitnodiging of notulen)",
            "make an e-mail to send (invitation or minutes)",
        ),
        description=say(
            "Schrijf een nog niet verstuurde e-mail (.eml) met de uitnodiging (agenda en "
            "agenda-item) of de notulen als bijlage, in Bcc aan de leden met een e-mailadres. "
            "Uw mailprogramma opent hem als nieuw bericht; BuurtDesk verstuurt niets zelf.",
            "Write an unsent e-mail (.eml) with the invitation (agenda and calendar item) or "
            "the minutes attached, in Bcc to the members with an e-mail address. Your mail "
            "program opens it as a new message; BuurtDesk sends nothing itself.",
        ),
    )
    mail.add_argument(
        "kind",
        type=_kind,
        metavar="invitation|minutes",
        help=say(
            "welke e-mail: invitation (uitnodiging) of minutes (notulen)",
            "which e-mail: invitation or minutes",
        ),
    )
    add_database_options(mail)
    mail.add_argument(
        "--meeting",
        type=positive_id,
        required=True,
        metavar="ID",
        help=say("de vergadering", "the meeting"),
    )
    mail.add_argument(
        "--pdf",
        type=Path,
        metavar=say("BESTAND.pdf", "FILE.pdf"),
        help=say(
            "bewaar de bijgevoegde PDF ook als dit bestand",
            "also keep the attached PDF as this file",
        ),
    )
    mail.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=say("BESTAND.eml", "FILE.eml"),
        help=say("het e-mailbestand dat wordt geschreven", "the e-mail file to write"),
    )
    mail.set_defaults(handler=run_mail)


def run_mail(args: argparse.Namespace) -> int:
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput(
            f"De database {args.db} bestaat niet.", f"The database {args.db} does not exist."
        )
    out = Path(args.output).expanduser()
    check_output_target(out)
    if args.pdf is not None:
        check_output_target(Path(args.pdf).expanduser())
    services = open_services(args)
    try:
        from buurtdesk.documents.mail import MailKind, write_mail
        from buurtdesk.exchange.calendar import meeting_invitation

        draft = write_mail(
            services,
            args.meeting,
            MailKind(args.kind),
            out,
            calendar=meeting_invitation,
            pdf_copy=Path(args.pdf).expanduser() if args.pdf is not None else None,
        )
    finally:
        services.database.dispose()
    print(
        say(
            f"E-mail geschreven: {draft.path} ({len(draft.recipients)} ontvangers in Bcc)",
            f"E-mail written: {draft.path} ({len(draft.recipients)} recipients in Bcc)",
        )
    )
    if draft.without_email:
        names = ", ".join(draft.without_email)
        print(
            say(
                f"Geen e-mailadres: {names} — print voor hen.",
                f"No e-mail address: {names} — print for them.",
            ),
            file=sys.stderr,
        )
    return 0
