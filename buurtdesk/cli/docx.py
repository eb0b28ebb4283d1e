"""`buurtdesk docx minutes|agenda --db PATH --meeting ID -o OUT.docx`: the editable Word copy.

The PDF stays the archival version; the Word copy holds the same text, with real Word styles
(headings, tables, lists, page numbers), for a secretary to touch up before sending.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from buurtdesk.cli.common import add_database_options, open_services, positive_id, year
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import _
from buurtdesk.store.output import check_output_target

KINDS = ("minutes", "agenda", "annual-report")
DUTCH_KINDS = {
    "notulen": "minutes",
    "verslag": "minutes",
    "agenda": "agenda",
    "jaarverslag": "annual-report",
}


def _kind(text: str) -> str:
    value = DUTCH_KINDS.get(text.strip().lower(), text.strip().lower())
    if value not in KINDS:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a kind of document: choose minutes, agenda or annual-report").format(
                text=text
            )
        )
    return value


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    docx = sub.add_parser(
        "docx",
        help=_("make an editable Word copy (minutes or agenda)"),
        description=_(
            "Make the minutes or the agenda of a meeting as a Word document (.docx), to touch up before sending. The PDF stays the archival version."
        ),
    )
    docx.add_argument(
        "kind",
        type=_kind,
        metavar="minutes|agenda|jaarverslag",
        help=_("which document: minutes, agenda or annual-report (with --council and --year)"),
    )
    add_database_options(docx)
    docx.add_argument(
        "--meeting",
        type=positive_id,
        metavar="ID",
        help=_("the meeting (minutes, agenda)"),
    )
    docx.add_argument(
        "--council",
        type=positive_id,
        metavar="ID",
        help=_("the council (annual report)"),
    )
    docx.add_argument(
        "--year",
        type=year,
        metavar="Y",
        help=_("the year (annual report; else last year)"),
    )
    docx.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.docx"),
        help=_("the Word file to write"),
    )
    docx.set_defaults(handler=run_docx)


def run_docx(args: argparse.Namespace) -> int:
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput.said("The database {path} does not exist.", path=args.db)
    if args.kind == "annual-report" and args.council is None:
        raise InvalidInput.said("Name the council with --council ID for the annual report.")
    if args.kind != "annual-report" and args.meeting is None:
        raise InvalidInput.said("Name the meeting with --meeting ID.")
    out = Path(args.output).expanduser()
    check_output_target(out)
    services = open_services(args)
    try:
        from buurtdesk.documents.meetings.word_copy import render_agenda_docx, render_minutes_docx

        if args.kind == "annual-report":
            from buurtdesk.cli.municipality import annual_report_docx

            written = annual_report_docx(services, args, out)
            print(_("Word document written: {path}").format(path=written))
            return 0

        render = render_minutes_docx if args.kind == "minutes" else render_agenda_docx
        written = render(services, args.meeting, out)
    finally:
        services.database.dispose()
    print(_("Word document written: {path}").format(path=written))
    return 0
