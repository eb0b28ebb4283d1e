"""Commands for exchange: export, import (with --dry-run), ics, sheet."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from buurtdesk.cli.common import add_database_options, language, open_services, positive_id, say
from buurtdesk.domain.errors import InvalidInput


@contextmanager
def _writing(target: Path) -> Iterator[None]:
    """A file that cannot be written is the user's to fix: one sentence, no traceback."""
    try:
        yield
    except OSError as exc:
        raise InvalidInput(
            f"{target} kan niet worden geschreven ({exc.strerror}).",
            f"{target} cannot be written ({exc.strerror}).",
        ) from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export",
        help=say(
            "exporteer een overleg of vergadering naar een .buurtdesk-pakket",
            "export a council or meeting to a .buurtdesk package",
        ),
    )
    add_database_options(export)
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--council",
        type=positive_id,
        metavar="ID",
        help=say("het hele overleg", "the whole council"),
    )
    what.add_argument(
        "--meeting",
        type=positive_id,
        metavar="ID",
        help=say("één voorbereide vergadering", "one prepared meeting"),
    )
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.buurtdesk")
    export.set_defaults(handler=run_export)

    load = sub.add_parser(
        "import", help=say("lees een .buurtdesk-pakket in", "import a .buurtdesk package")
    )
    add_database_options(load)
    load.add_argument("file", type=Path, metavar="FILE.buurtdesk")
    load.add_argument(
        "--dry-run",
        action="store_true",
        help=say("toon alleen wat er zou gebeuren", "only show what would happen"),
    )
    choice = load.add_mutually_exclusive_group()
    choice.add_argument(
        "--keep-mine",
        action="store_true",
        help=say(
            "bij elk conflict: houd de versie hier", "for every conflict: keep the version here"
        ),
    )
    choice.add_argument(
        "--take-theirs",
        action="store_true",
        help=say(
            "bij elk conflict: neem de versie uit het pakket",
            "for every conflict: take the package's version",
        ),
    )
    load.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="UUID=mine|theirs",
        help=say("keuze voor één conflict", "the choice for one conflict"),
    )
    load.set_defaults(handler=run_import)

    ics = sub.add_parser(
        "ics",
        help=say("een vergadering als agenda-item (.ics)", "a meeting as a calendar event (.ics)"),
    )
    add_database_options(ics)
    ics.add_argument("--meeting", type=positive_id, required=True, metavar="ID")
    ics.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.ics")
    ics.set_defaults(handler=run_ics)

    sheet = sub.add_parser(
        "sheet",
        help=say(
            "actielijst of besluitenlijst als spreadsheet (.xlsx of .csv)",
            "action list or decision register as a spreadsheet (.xlsx or .csv)",
        ),
    )
    sheet.add_argument("what", choices=["actions", "decisions"])
    add_database_options(sheet)
    sheet.add_argument("--council", type=positive_id, required=True, metavar="ID")
    sheet.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.xlsx|OUT.csv")
    sheet.set_defaults(handler=run_sheet)


def run_export(args: argparse.Namespace) -> int:
    from buurtdesk.exchange.writing import write_package

    services = open_services(args)
    try:
        result = write_package(
            services.database, args.output, council_id=args.council, meeting_id=args.meeting
        )
    finally:
        services.database.dispose()
    print(
        say(
            f"{result.records} records van '{result.council_name}' geschreven naar {result.path}",
            f"{result.records} records of '{result.council_name}' written to {result.path}",
        )
    )
    return 0


def _choices(args: argparse.Namespace, conflict_uuids: list[str]) -> dict[str, str]:
    picked: dict[str, str] = {}
    if args.keep_mine or args.take_theirs:
        picked = {u: "mine" if args.keep_mine else "theirs" for u in conflict_uuids}
    for entry in args.choose:
        key, sep, value = str(entry).partition("=")
        if not sep or value not in ("mine", "theirs"):
            raise InvalidInput(
                f"'{entry}' is geen keuze; schrijf UUID=mine of UUID=theirs.",
                f"'{entry}' is not a choice; write UUID=mine or UUID=theirs.",
            )
        picked[key.strip()] = value
    return picked


def run_import(args: argparse.Namespace) -> int:
    from buurtdesk.exchange.merge import apply_import, plan_import

    if not Path(args.file).is_file():
        raise InvalidInput(f"{args.file} bestaat niet.", f"{args.file} does not exist.")
    services = open_services(args)
    try:
        plan = plan_import(services.database, args.file)
        print(plan.describe(language()))
        if args.dry_run:
            return 0
        choices = _choices(args, [c.uuid for c in plan.conflicts])
        open_conflicts = [c for c in plan.conflicts if c.uuid not in choices]
        if open_conflicts:
            raise InvalidInput(
                f"Conflicten zonder keuze: {len(open_conflicts)}; kies met --keep-mine, --take-theirs of --choose UUID=mine|theirs. Er is niets ingelezen.",
                f"Conflicts without a choice: {len(open_conflicts)}; choose with --keep-mine, --take-theirs or --choose UUID=mine|theirs. Nothing was imported.",
            )
        result = apply_import(services.database, args.file, plan, choices)
    finally:
        services.database.dispose()
    print(
        say(
            f"Ingelezen: {result.added} toegevoegd, {result.changed} gewijzigd.",
            f"Imported: {result.added} added, {result.changed} changed.",
        )
    )
    return 0


def run_ics(args: argparse.Namespace) -> int:
    from buurtdesk.exchange.calendar import write_invitation

    services = open_services(args)
    try:
        with _writing(args.output):
            path = write_invitation(services, args.meeting, args.output)
    finally:
        services.database.dispose()
    print(path)
    return 0


def run_sheet(args: argparse.Namespace) -> int:
    from buurtdesk.exchange.sheets import action_sheet, decision_sheet, write_sheet

    services = open_services(args)
    try:
        sheet = (
            action_sheet(services, args.council)
            if args.what == "actions"
            else decision_sheet(services, args.council)
        )
        with _writing(args.output):
            path = write_sheet(sheet, args.output)
    finally:
        services.database.dispose()
    print(path)
    return 0
