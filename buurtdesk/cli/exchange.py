"""Commands for exchange: export, import (with --dry-run), ics, sheet."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import (
    add_database_options,
    language,
    open_services,
    positive_id,
    year,
)
from buurtdesk.cli.parser import Names
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import NC_, _


@contextmanager
def _writing(target: Path) -> Iterator[None]:
    """A file that cannot be written is the user's to fix: one sentence, no traceback."""
    try:
        yield
    except OSError as exc:
        raise InvalidInput.said(
            "{path} cannot be written ({why}).", path=target, why=exc.strerror
        ) from None


SHEET_KINDS = Names(
    NC_("command-line value", "actions"),
    NC_("command-line value", "decisions"),
    NC_("command-line value", "councils"),
)
CHOICES = Names(NC_("command-line value", "mine"), NC_("command-line value", "theirs"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser(
        "export", help=_("export a council or a meeting to a .buurtdesk package")
    )
    add_database_options(export)
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--council", type=positive_id, metavar="ID", help=_("the whole council"))
    what.add_argument("--meeting", type=positive_id, metavar="ID", help=_("one prepared meeting"))
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.buurtdesk"),
        help=_("the package to write"),
    )
    export.set_defaults(handler=run_export)

    load = sub.add_parser("import", help=_("import a .buurtdesk package"))
    add_database_options(load)
    load.add_argument("file", type=Path, metavar=_("FILE.buurtdesk"), help=_("the package to read"))
    load.add_argument("--dry-run", action="store_true", help=_("only show what would happen"))
    choice = load.add_mutually_exclusive_group()
    choice.add_argument(
        "--keep-mine", action="store_true", help=_("for every conflict: keep the version here")
    )
    choice.add_argument(
        "--take-theirs",
        action="store_true",
        help=_("for every conflict: take the package's version"),
    )
    load.add_argument(
        "--choose",
        action="append",
        default=[],
        metavar="UUID=" + "|".join(CHOICES),
        help=_(
            "the choice for one conflict: {mine} keeps the version here, {theirs} takes the package's"
        ).format(mine=CHOICES.shown("mine"), theirs=CHOICES.shown("theirs")),
    )
    load.set_defaults(handler=run_import)

    ics = sub.add_parser("ics", help=_("a meeting as a calendar invitation (.ics)"))
    add_database_options(ics)
    ics.add_argument(
        "--meeting", type=positive_id, required=True, metavar="ID", help=_("the meeting")
    )
    ics.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.ics"),
        help=_("the calendar file to write"),
    )
    ics.set_defaults(handler=run_ics)

    sheet = sub.add_parser(
        "sheet",
        help=_("the action list or the decision register as a spreadsheet (.xlsx or .csv)"),
    )
    sheet.add_argument(
        "what",
        type=SHEET_KINDS,
        choices=SHEET_KINDS,
        metavar=_("KIND"),
        help=_("what goes in the sheet: {kinds}").format(kinds=SHEET_KINDS.listed()),
    )
    add_database_options(sheet)
    sheet.add_argument("--council", type=positive_id, metavar="ID", help=_("the council"))
    sheet.add_argument(
        "--year",
        type=year,
        metavar=_("YEAR"),
        help=_("with councils: the budget's year (otherwise this year)"),
    )
    sheet.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("FILE.xlsx|FILE.csv"),
        help=_("the spreadsheet to write: .xlsx, or .csv for plain text"),
    )
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
        _("{count} records of '{council}' written to {path}").format(
            count=result.records, council=result.council_name, path=result.path
        )
    )
    return 0


def _choices(args: argparse.Namespace, conflicts: Sequence[Any]) -> dict[str, Any]:
    """Per conflict "mine"/"theirs" (or --keep-mine / --take-theirs for all), and per field
    with UUID:field=... (the field's name as --dry-run lists it); a field choice overrides
    the record's for that field."""
    whole: dict[str, str] = {}
    fields: dict[str, dict[str, str]] = {}
    if args.keep_mine or args.take_theirs:
        whole = {c.uuid: "mine" if args.keep_mine else "theirs" for c in conflicts}
    for entry in args.choose:
        key, sep, typed = str(entry).partition("=")
        value = CHOICES(typed)
        if not sep or value not in CHOICES:
            raise InvalidInput.said(
                "'{entry}' is not a choice; write UUID=mine, UUID=theirs or UUID:field=mine.",
                entry=entry,
            )
        record, colon, column = key.strip().partition(":")
        if colon:
            fields.setdefault(record, {})[column] = value
        else:
            whole[record] = value
    picked: dict[str, Any] = dict(whole)
    for conflict in conflicts:
        chosen = fields.get(conflict.uuid)
        if not chosen:
            continue
        default = whole.get(conflict.uuid)
        picked[conflict.uuid] = {
            d.field: chosen.get(d.field, default)
            for d in conflict.differences
            if d.field in chosen or default is not None
        }
    return picked


def run_import(args: argparse.Namespace) -> int:
    from buurtdesk.exchange.merge import apply_import, plan_import
    from buurtdesk.exchange.plan import decided

    if not Path(args.file).is_file():
        raise InvalidInput.said("{path} does not exist.", path=args.file)
    services = open_services(args)
    try:
        plan = plan_import(services.database, args.file)
        print(plan.describe(language()))
        if args.dry_run:
            return 0
        choices = _choices(args, plan.conflicts)
        open_conflicts = [c for c in plan.conflicts if not decided(c, choices.get(c.uuid))]
        if open_conflicts:
            raise InvalidInput.said(
                "Conflicts without a choice: {count}; choose with --keep-mine, --take-theirs or --choose UUID=mine|theirs. Nothing was imported.",
                count=len(open_conflicts),
            )
        result = apply_import(services.database, args.file, plan, choices)
    finally:
        services.database.dispose()
    print(
        _("Imported: {added} added, {changed} changed.").format(
            added=result.added, changed=result.changed
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

    if args.what == "councils":  # the municipality's overview: every council, one row each
        from buurtdesk.cli.municipality import council_sheet_file

        print(council_sheet_file(args))
        return 0
    if args.council is None:
        raise InvalidInput.said("Name the council with --council ID.")

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
