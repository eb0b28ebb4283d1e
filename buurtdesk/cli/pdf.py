"""`buurtdesk pdf KIND ...`: the printed documents from the command line.

    buurtdesk pdf minutes|agenda --db PATH --meeting ID -o OUT.pdf      (pdf notulen|agenda)
    buurtdesk pdf actions --db PATH --council ID [--group person|status] [--with-closed] -o OUT.pdf

Every kind has its English name (scripts use it) and may have a Dutch one (`pdf actielijst`).
Adding a document kind is one entry in `DOCUMENT_KINDS` below: a `DocumentKind` saying whether
it needs --meeting or --council, its help text (an English text marked with N_ for the message
catalogue), a render function `(services, args, out_path) -> Path` that imports its document
module inside the function, and its Dutch name. The options --year, --group and --with-closed are there
for every kind; a kind reads the ones it needs from `args`. Example:

    def _budget(services: Services, args: argparse.Namespace, out: Path) -> Path:
        from buurtdesk.documents.budget import render_budget
        return render_budget(services, args.council, args.year or date.today().year, out)

    DOCUMENT_KINDS["budget"] = DocumentKind(COUNCIL, N_("the budget statement"), _budget, "verantwoording")

reportlab is imported only when a PDF is made, never when the app or the CLI starts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.cli.common import add_database_options, open_services, positive_id, year
from buurtdesk.cli.parser import Names
from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.messages import N_, NC_, Marked, Sentence, _
from buurtdesk.services import Services
from buurtdesk.store.output import check_output_target

MEETING = "meeting"
COUNCIL = "council"
FUND = "fund"

Render = Callable[[Services, argparse.Namespace, Path], Path]


@dataclass(frozen=True)
class DocumentKind:
    target: str  # MEETING, COUNCIL or FUND: which id the document is about
    # What the document is, for help and messages: an English text of the message catalogue
    # (marked with N_).
    what: str
    render: Render
    # The kind's English name on the command line, marked for the catalogue, which holds its
    # other names (`pdf notulen`).
    name: Marked = ""

    def described(self) -> str:
        return _(self.what)


def _minutes(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.meetings.minutes import render_minutes

    meeting = services.meetings.get_meeting(args.meeting).meeting
    if meeting.status == MeetingStatus.PLANNED:
        raise InvalidInput.said(
            "Meeting {id} has not been held yet, so it has no minutes; make the invitation "
            "with the agenda with: buurtdesk pdf agenda --meeting {id}.",
            id=args.meeting,
        )

    return render_minutes(services, args.meeting, out)


def _agenda(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.meetings.agenda import render_agenda

    return render_agenda(services, args.meeting, out)


def _actions(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.meetings.action_list import Grouping, render_action_list

    return render_action_list(
        services, args.council, out, grouping=Grouping(args.group), include_closed=args.with_closed
    )


def _toekomstagenda(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda

    return render_toekomstagenda(
        services, args.council, out, year=args.year, round_number=args.round_number
    )


def _budget(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.budget.statement import render_budget_statement

    return render_budget_statement(
        services, args.council, args.year or services.budget.today().year, out
    )


DOCUMENT_KINDS: dict[str, DocumentKind] = {
    "minutes": DocumentKind(
        MEETING, N_("the minutes of a meeting"), _minutes, NC_("kind of document", "minutes")
    ),
    "agenda": DocumentKind(
        MEETING, N_("the invitation with the agenda"), _agenda, NC_("kind of document", "agenda")
    ),
    "actions": DocumentKind(
        COUNCIL, N_("the action list of a council"), _actions, NC_("kind of document", "actions")
    ),
    "toekomstagenda": DocumentKind(
        COUNCIL,
        N_("the toekomstagenda booklet (--year: that year's round)"),
        _toekomstagenda,
        NC_("kind of document", "toekomstagenda"),
    ),
}
DOCUMENT_KINDS["budget"] = DocumentKind(
    COUNCIL,
    N_("the budget statement (--year: that year, otherwise this year)"),
    _budget,
    NC_("kind of document", "budget"),
)


def _annual_report(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.cli.municipality import annual_report_pdf

    return annual_report_pdf(services, args, out)


def _fund(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.cli.municipality import fund_pdf

    return fund_pdf(services, args, out)


DOCUMENT_KINDS["annual-report"] = DocumentKind(
    COUNCIL,
    N_("the annual report (--year: that year, otherwise last year)"),
    _annual_report,
    NC_("kind of document", "annual-report"),
)
DOCUMENT_KINDS["fund"] = DocumentKind(
    FUND,
    N_("the statement of a pooled fund"),
    _fund,
    NC_("kind of document", "fund"),
)
GROUPS = Names(NC_("command-line value", "person"), NC_("command-line value", "status"))


def kind_names() -> Names:
    """Every document kind by its English name, and its names in the other languages."""
    return Names(*(kind.name or name for name, kind in DOCUMENT_KINDS.items()))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kinds = kind_names()
    listed = "\n".join(
        f"  {kinds.shown(name)}: {kind.described()}" for name, kind in DOCUMENT_KINDS.items()
    )
    pdf = sub.add_parser(
        "pdf",
        help=_("make a PDF (minutes, agenda, action list, ...)"),
        description=_("Make a PDF. The kinds of document:") + "\n" + listed,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    pdf.add_argument(
        "kind",
        type=kinds,
        choices=kinds,
        metavar=_("KIND"),
        help=_("which document: {kinds}").format(kinds=kinds.listed()),
    )
    add_database_options(pdf)
    pdf.add_argument(
        "--meeting",
        type=positive_id,
        metavar="ID",
        help=_("the meeting (for {kinds})").format(
            kinds=", ".join(
                kinds.shown(n) for n, k in DOCUMENT_KINDS.items() if k.target == MEETING
            )
        ),
    )
    pdf.add_argument(
        "--council",
        type=positive_id,
        metavar="ID",
        help=_("the council (for {kinds})").format(
            kinds=", ".join(
                kinds.shown(n) for n, k in DOCUMENT_KINDS.items() if k.target == COUNCIL
            )
        ),
    )
    pdf.add_argument(
        "--fund",
        type=positive_id,
        metavar="ID",
        help=_("the fund (for fund; see: buurtdesk funds)"),
    )
    pdf.add_argument("--year", type=year, metavar=_("YEAR"), help=_("the year"))
    pdf.add_argument(
        "--round",
        dest="round_number",
        type=positive_id,
        metavar="N",
        help=_("the round of the toekomstagenda (1, 2, ...), beside --year"),
    )
    pdf.add_argument(
        "--group",
        type=GROUPS,
        choices=GROUPS,
        default="person",
        metavar="|".join(GROUPS),
        help=_("the action list by person (the default) or by status"),
    )
    pdf.add_argument(
        "--with-closed",
        action="store_true",
        help=_("also finished and dropped action points"),
    )
    pdf.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.pdf"),
        help=_("the PDF file to write"),
    )
    pdf.set_defaults(handler=run_pdf)


def run_pdf(args: argparse.Namespace) -> int:
    kind = DOCUMENT_KINDS[args.kind]
    if kind.target == MEETING and args.meeting is None:
        raise InvalidInput.said(
            "Name the meeting with --meeting ID for {what}.",
            what=Sentence(kind.what),
        )
    if kind.target == COUNCIL and args.council is None:
        raise InvalidInput.said(
            "Name the council with --council ID for {what}.",
            what=Sentence(kind.what),
        )
    if kind.target == FUND and args.fund is None:
        raise InvalidInput.said(
            "Name the fund with --fund ID for {what} (see: buurtdesk funds).",
            what=Sentence(kind.what),
        )
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput.said("The database {path} does not exist.", path=args.db)
    out = Path(args.output).expanduser()
    check_output_target(out)  # the database, a folder, a device: one sentence before opening
    services = open_services(args)
    try:
        written = kind.render(services, args, out)
    except OSError as exc:
        raise StoreError.said(
            "The PDF could not be written to {path}: {why}.", path=out, why=exc.strerror or exc
        ) from None
    finally:
        services.database.dispose()
    print(_("PDF written: {path}").format(path=written))
    return 0
