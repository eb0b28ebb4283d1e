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

from buurtdesk.cli.common import add_database_options, open_services, positive_id, say, year
from buurtdesk.cli.parser import Names
from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.messages import N_, _, translate
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
    # (marked with N_), or a (Dutch, English) pair.
    what: str | tuple[str, str]
    render: Render
    dutch: str = ""  # the kind's Dutch name on the command line (`pdf notulen`), if it has one

    def described(self) -> str:
        return say(*self.what) if isinstance(self.what, tuple) else _(self.what)


def _minutes(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.minutes import render_minutes

    meeting = services.meetings.get_meeting(args.meeting).meeting
    if meeting.status == MeetingStatus.PLANNED:
        raise InvalidInput.said(
            "Meeting {id} has not been held yet, so it has no minutes; make the invitation "
            "with the agenda with: buurtdesk pdf agenda --meeting {id}.",
            id=args.meeting,
        )

    return render_minutes(services, args.meeting, out)


def _agenda(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.agenda import render_agenda

    return render_agenda(services, args.meeting, out)


def _actions(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.action_list import Grouping, render_action_list

    return render_action_list(
        services, args.council, out, grouping=Grouping(args.group), include_closed=args.with_closed
    )


def _toekomstagenda(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.toekomstagenda import render_toekomstagenda

    return render_toekomstagenda(
        services, args.council, out, year=args.year, round_number=args.round_number
    )


def _budget(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.budget_statement import render_budget_statement

    return render_budget_statement(
        services, args.council, args.year or services.budget.today().year, out
    )


DOCUMENT_KINDS: dict[str, DocumentKind] = {
    "minutes": DocumentKind(MEETING, N_("the minutes of a meeting"), _minutes, "notulen"),
    "agenda": DocumentKind(MEETING, N_("the invitation with the agenda"), _agenda, "agenda"),
    "actions": DocumentKind(COUNCIL, N_("the action list of a council"), _actions, "actielijst"),
    "toekomstagenda": DocumentKind(
        COUNCIL,
        N_("the toekomstagenda booklet (--year: that year's round)"),
        _toekomstagenda,
        "toekomstagenda",
    ),
}
DOCUMENT_KINDS["budget"] = DocumentKind(
    COUNCIL,
    N_("the budget statement (--year: that year, otherwise this year)"),
    _budget,
    "verantwoording",
)


def _annual_report(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.cli.municipality import annual_report_pdf

    return annual_report_pdf(services, args, out)


def _fund(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.cli.municipality import fund_pdf

    return fund_pdf(services, args, out)


DOCUMENT_KINDS["annual-report"] = DocumentKind(
    COUNCIL,
    (
        "het jaarverslag (--year: dat jaar, anders vorig jaar)",
        "the annual report (--year: that year, otherwise last year)",
    ),
    _annual_report,
    "jaarverslag",
)
DOCUMENT_KINDS["fund"] = DocumentKind(
    FUND,
    (
        "het overzicht van een gemeenschappelijk fonds",
        "the statement of a pooled fund",
    ),
    _fund,
    "fonds",
)
GROUPS = Names({"person": "persoon", "status": "stand"})


def kind_names() -> Names:
    """Every document kind by its English name and, where it has one, its Dutch name."""
    return Names({name: kind.dutch or name for name, kind in DOCUMENT_KINDS.items()})


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
        help=say(
            "het fonds (voor fonds; zie: buurtdesk fondsen)",
            "the fund (for fund; see: buurtdesk funds)",
        ),
    )
    pdf.add_argument("--year", type=year, metavar=_("YEAR"), help=_("the year"))
    pdf.add_argument(
        "--round",
        dest="round_number",
        type=positive_id,
        metavar="N",
        help=say(
            "de ronde van de toekomstagenda (1, 2, ...), naast --year",
            "the round of the toekomstagenda (1, 2, ...), beside --year",
        ),
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
        raise InvalidInput(
            f"Geef de vergadering op met --meeting ID voor {_described(kind, 'nl')}.",
            f"Name the meeting with --meeting ID for {_described(kind, 'en')}.",
        )
    if kind.target == COUNCIL and args.council is None:
        raise InvalidInput(
            f"Geef het overleg op met --council ID voor {_described(kind, 'nl')}.",
            f"Name the council with --council ID for {_described(kind, 'en')}.",
        )
    if kind.target == FUND and args.fund is None:
        raise InvalidInput(
            f"Geef het fonds op met --fund ID voor {_described(kind, 'nl')} (zie: buurtdesk fondsen).",
            f"Name the fund with --fund ID for {_described(kind, 'en')} (see: buurtdesk funds).",
        )
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput(
            f"De database {args.db} bestaat niet.", f"The database {args.db} does not exist."
        )
    out = Path(args.output).expanduser()
    check_output_target(out)  # the database, a folder, a device: one sentence before opening
    services = open_services(args)
    try:
        written = kind.render(services, args, out)
    except OSError as exc:
        raise StoreError(
            f"De PDF kon niet worden geschreven naar {out}: {exc.strerror or exc}.",
            f"The PDF could not be written to {out}: {exc.strerror or exc}.",
        ) from None
    finally:
        services.database.dispose()
    print(_("PDF written: {path}").format(path=written))
    return 0


def _described(kind: DocumentKind, language: str) -> str:
    if isinstance(kind.what, tuple):
        return kind.what[1] if language == "en" else kind.what[0]
    return translate(kind.what, language)
