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

from buurtdesk.cli.common import add_database_options, open_services, positive_id
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import _
from buurtdesk.store.output import check_output_target

DUTCH_KINDS = {"uitnodiging": "invitation", "notulen": "minutes", "verslag": "minutes"}


def _kind(text: str) -> str:
    value = DUTCH_KINDS.get(text.strip().lower(), text.strip().lower())
    if value not in ("invitation", "minutes"):
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a kind of e-mail: choose invitation or minutes").format(text=text)
        )
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mail = sub.add_parser(
        "mail",
        help=_("make an e-mail to send (invitation or minutes)"),
        description=_(
            "Write an unsent e-mail (.eml) with the invitation (agenda and calendar item) or the minutes attached, in Bcc to the members with an e-mail address. Your mail program opens it as a new message; BuurtDesk sends nothing itself."
        ),
    )
    mail.add_argument(
        "kind",
        type=_kind,
        metavar="invitation|minutes",
        help=_("which e-mail: invitation or minutes"),
    )
    add_database_options(mail)
    mail.add_argument(
        "--meeting",
        type=positive_id,
        required=True,
        metavar="ID",
        help=_("the meeting"),
    )
    mail.add_argument(
        "--pdf",
        type=Path,
        metavar=_("FILE.pdf"),
        help=_("also keep the attached PDF as this file"),
    )
    mail.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.eml"),
        help=_("the e-mail file to write"),
    )
    mail.set_defaults(handler=run_mail)


def run_mail(args: argparse.Namespace) -> int:
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput.said("The database {path} does not exist.", path=args.db)
    out = Path(args.output).expanduser()
    check_output_target(out)
    if args.pdf is not None:
        check_output_target(Path(args.pdf).expanduser())
    services = open_services(args)
    try:
        from buurtdesk.documents.meetings.mail import MailKind, write_mail
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
        _("E-mail written: {path} ({count} recipients in Bcc)").format(
            path=draft.path, count=len(draft.recipients)
        )
    )
    if draft.without_email:
        names = ", ".join(draft.without_email)
        print(
            _("No e-mail address: {names} — print for them.").format(names=names),
            file=sys.stderr,
        )
    return 0
