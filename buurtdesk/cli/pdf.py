"""`buurtdesk pdf KIND ...`: the printed documents from the command line.

    buurtdesk pdf minutes|agenda --db PATH --meeting ID -o OUT.pdf
    buurtdesk pdf actions --db PATH --council ID [--group person|status] [--with-closed] -o OUT.pdf

Adding a document kind (the toekomstagenda booklet, the budget statement) is one entry in
`DOCUMENT_KINDS` below: a `DocumentKind` saying whether it needs --meeting or --council, its
help text, and a render function `(services, args, out_path) -> Path` that imports its
document module inside the function. The options --year, --group and --with-closed are there
for every kind; a kind reads the ones it needs from `args`. Example:

    def _budget(services: Services, args: argparse.Namespace, out: Path) -> Path:
        from buurtdesk.documents.budget import render_budget
        return render_budget(services, args.council, args.year or date.today().year, out)

    DOCUMENT_KINDS["budget"] = DocumentKind(COUNCIL, ("de begroting", "the budget statement"), _budget)

reportlab is imported only when a PDF is made, never when the app or the CLI starts.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.cli.common import add_database_options, open_services, positive_id, say
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.services import Services

MEETING = "meeting"
COUNCIL = "council"

Render = Callable[[Services, argparse.Namespace, Path], Path]


@dataclass(frozen=True)
class DocumentKind:
    target: str  # MEETING or COUNCIL: which id the document is about
    what: tuple[str, str]  # Dutch and English name, for help and messages
    render: Render


def _minutes(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.minutes import render_minutes

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

    return render_toekomstagenda(services, args.council, out, year=args.year)


def _budget(services: Services, args: argparse.Namespace, out: Path) -> Path:
    from buurtdesk.documents.budget_statement import render_budget_statement

    return render_budget_statement(
        services, args.council, args.year or services.budget.today().year, out
    )


DOCUMENT_KINDS: dict[str, DocumentKind] = {
    "minutes": DocumentKind(
        MEETING, ("het verslag van een vergadering", "the minutes of a meeting"), _minutes
    ),
    "agenda": DocumentKind(
        MEETING, ("de uitnodiging met agenda", "the invitation with the agenda"), _agenda
    ),
    "actions": DocumentKind(
        COUNCIL, ("de actielijst van een overleg", "the action list of a council"), _actions
    ),
    "toekomstagenda": DocumentKind(
        COUNCIL,
        (
            "het boekje van de toekomstagenda (--year: de ronde van dat jaar)",
            "the toekomstagenda booklet (--year: that year's round)",
        ),
        _toekomstagenda,
    ),
}
DOCUMENT_KINDS["budget"] = DocumentKind(
    COUNCIL,
    (
        "de verantwoording van het buurtbudget (--year: dat jaar, anders dit jaar)",
        "the budget statement (--year: that year, otherwise this year)",
    ),
    _budget,
)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kinds = ", ".join(f"{name}: {say(*kind.what)}" for name, kind in DOCUMENT_KINDS.items())
    pdf = sub.add_parser(
        "pdf",
        help=say(
            "maak een PDF (verslag, agenda, actielijst, ...)",
            "make a PDF (minutes, agenda, action list, ...)",
        ),
        description=kinds,
    )
    pdf.add_argument("kind", choices=list(DOCUMENT_KINDS), metavar="KIND", help=kinds)
    add_database_options(pdf)
    pdf.add_argument(
        "--meeting", type=positive_id, metavar="ID", help=say("de vergadering", "the meeting")
    )
    pdf.add_argument(
        "--council", type=positive_id, metavar="ID", help=say("het overleg", "the council")
    )
    pdf.add_argument("--year", type=int, metavar="Y", help=say("het jaar", "the year"))
    pdf.add_argument(
        "--group",
        choices=["person", "status"],
        default="person",
        help=say("actielijst per persoon of per stand", "action list by person or by status"),
    )
    pdf.add_argument(
        "--with-closed",
        action="store_true",
        help=say(
            "ook afgeronde en vervallen actiepunten", "also finished and dropped action points"
        ),
    )
    pdf.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT.pdf",
        help=say("het PDF-bestand dat gemaakt wordt", "the PDF file to write"),
    )
    pdf.set_defaults(handler=run_pdf)


def run_pdf(args: argparse.Namespace) -> int:
    kind = DOCUMENT_KINDS[args.kind]
    if kind.target == MEETING and args.meeting is None:
        raise InvalidInput(
            f"Geef de vergadering op met --meeting ID voor {kind.what[0]}.",
            f"Name the meeting with --meeting ID for {kind.what[1]}.",
        )
    if kind.target == COUNCIL and args.council is None:
        raise InvalidInput(
            f"Geef het overleg op met --council ID voor {kind.what[0]}.",
            f"Name the council with --council ID for {kind.what[1]}.",
        )
    if args.db is not None and not Path(args.db).is_file():
        raise InvalidInput(
            f"De database {args.db} bestaat niet.", f"The database {args.db} does not exist."
        )
    out = Path(args.output).expanduser()
    if out.is_dir():
        raise InvalidInput(
            f"{out} is een map; geef een bestandsnaam op.", f"{out} is a folder; give a file name."
        )
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
    print(say(f"PDF geschreven: {written}", f"PDF written: {written}"))
    return 0
