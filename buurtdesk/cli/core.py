"""Core commands: demo, list, check, backup, restore."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import (
    add_database_options,
    open_services,
    positive_id,
    print_json,
    print_table,
    take_writer_lock,
)
from buurtdesk.cli.listings import LISTINGS
from buurtdesk.cli.parser import Names
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.messages import NC_, _
from buurtdesk.paths import demo_database_path
from buurtdesk.store.lock import in_use_error

# The kinds `list` shows: the English names scripts use (their Dutch names are accepted too).
LIST_KINDS = Names(
    NC_("command-line value", "councils"),
    NC_("command-line value", "meetings"),
    NC_("command-line value", "actions"),
    NC_("command-line value", "decisions"),
    NC_("command-line value", "people"),
)
SCALES = Names(NC_("command-line value", "small"), NC_("command-line value", "municipality"))


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo",
        help=_("build a demo database"),
        description=_(
            "Build a demo database: four councils of Venlo with two years of meetings, "
            "decisions, action points, a toekomstagenda round and a buurtbudget."
        ),
    )
    add_database_options(demo, required=False)
    demo.add_argument(
        "--scale",
        type=SCALES,
        choices=SCALES,
        default="small",
        metavar="|".join(SCALES),
        help=_("{small}: four councils (the default); {large}: 35 councils over 20 years").format(
            small=SCALES.shown("small"), large=SCALES.shown("municipality")
        ),
    )
    demo.add_argument(
        "--seed", type=int, default=2026, metavar="N", help=_("the same number, the same demo")
    )
    demo.add_argument("--force", action="store_true", help=_("replace an existing demo database"))
    demo.set_defaults(handler=run_demo)

    listing = sub.add_parser(
        "list",
        help=_("list councils, meetings, action points, decisions or people"),
        description=_("List what the database holds, as a table or (--json) for scripts."),
    )
    listing.add_argument(
        "what",
        type=LIST_KINDS,
        choices=LIST_KINDS,
        metavar=_("KIND"),
        help=_("what to list: {kinds}").format(kinds=LIST_KINDS.listed()),
    )
    add_database_options(listing)
    listing.add_argument(
        "--council",
        type=positive_id,
        metavar="ID",
        help=_("only this council (the numbers are in `list {councils}`)").format(
            councils=LIST_KINDS.shown("councils")
        ),
    )
    listing.add_argument(
        "--json",
        action="store_true",
        help=_("print JSON with the stored values instead of a table, for scripts"),
    )
    listing.add_argument(
        "--organisation",
        "--organisatie",
        metavar="NAME",
        help=_("with actions: only those this organisation owns, across every council"),
    )
    listing.set_defaults(handler=run_list)

    check = sub.add_parser("check", help=_("check the database and its schema version"))
    add_database_options(check)
    check.set_defaults(handler=run_check)

    backup = sub.add_parser("backup", help=_("make a backup"))
    add_database_options(backup)
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=_("FILE"),
        help=_("where the backup goes (without -o: the backups folder beside the database)"),
    )
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser("restore", help=_("restore a backup"))
    add_database_options(restore)
    restore.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar=_("FILE"),
        help=_("the backup to put back (the current file is kept aside)"),
    )
    restore.add_argument("--list", action="store_true", help=_("list the backups"))
    restore.set_defaults(handler=run_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    if getattr(args, "database_url", None):
        raise InvalidInput.said("Backups are for SQLite files; a server makes its own backups.")
    if args.db is None:
        raise InvalidInput.said("Name a database with --db PATH.")
    return Path(args.db).expanduser().absolute()


def run_demo(args: argparse.Namespace) -> int:
    from buurtdesk.demo.builder import build_demo

    if getattr(args, "database_url", None):  # on the server only, never in a local file
        from buurtdesk.cli.server import run_demo_on_server

        return run_demo_on_server(args)

    path = Path(args.db) if args.db else demo_database_path()
    replacing = path.exists() and path.stat().st_size > 0
    if replacing:
        if not args.force:
            raise InvalidInput.said(
                "{path} already exists; choose another path or use --force.", path=path
            )
        from buurtdesk.store.database import inspect_sqlite_file

        inspect_sqlite_file(path)  # refuses to replace a file that is not a BuurtDesk database
        if not take_writer_lock(path):
            raise in_use_error(path.expanduser().absolute())
    started = time.perf_counter()
    if replacing:  # built beside the old file, which is replaced only once the new one is whole
        from buurtdesk.store.replace import build_then_replace

        summary = build_then_replace(path, lambda new: _build_demo_at(args, new))
    else:
        args.db = path
        summary = build_demo(open_services(args), scale=args.scale, seed=args.seed)
    seconds = time.perf_counter() - started
    print(
        _(
            "Demo database {path}: {councils} councils, {meetings} meetings, "
            "{decisions} decisions, {actions} action points ({seconds} s)."
        ).format(
            path=path,
            councils=summary.councils,
            meetings=summary.meetings,
            decisions=summary.decisions,
            actions=summary.actions,
            seconds=f"{seconds:.1f}",
        )
    )
    return 0


def _build_demo_at(args: argparse.Namespace, path: Path) -> Any:
    from buurtdesk.demo.builder import build_demo

    args.db = path
    services = open_services(args)
    try:
        return build_demo(services, scale=args.scale, seed=args.seed)
    finally:
        services.database.dispose()


def run_list(args: argparse.Namespace) -> int:
    if getattr(args, "organisation", None) is not None:
        if args.what != "actions":
            raise InvalidInput.said("--organisation goes with: buurtdesk list actions.")
        from buurtdesk.cli.municipality import list_organisation_actions

        return list_organisation_actions(args)
    services = open_services(args)
    councils = services.councils.list_councils()
    council_ids = [args.council] if args.council else [c.id for c in councils]
    if args.council:
        services.councils.get_council(args.council)  # a wrong id: one clear sentence
    names = {c.id: c.name for c in councils}
    rows, table, headers = LISTINGS[args.what](services, council_ids, names)
    if args.json:
        print_json(rows)
    else:
        print_table(table, headers)
    services.database.dispose()
    return 0


def run_check(args: argparse.Namespace) -> int:
    from buurtdesk.store import migrate

    services = open_services(args)
    database = services.database
    revision = migrate.current_revision(database)
    problems: list[str] = []
    if database.path is not None:
        from buurtdesk.store.sqlite_file import readonly_connect

        conn = readonly_connect(database.path)  # also in a read-only folder
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
        if integrity != "ok":
            problems.append(_("integrity: {answer}").format(answer=integrity))
        if foreign:
            problems.append(_("{count} broken references").format(count=len(foreign)))
    if revision != migrate.head_revision():
        problems.append(
            _("schema version {found}, expected {wanted}").format(
                found=revision, wanted=migrate.head_revision()
            )
        )
    database.dispose()
    if problems:
        raise StoreError.said("Check failed: {problems}.", problems="; ".join(problems))
    print(_("ok (schema version {revision})").format(revision=revision))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from buurtdesk.store.backup import create_backup, rotate_backups
    from buurtdesk.store.database import inspect_sqlite_file

    path = _sqlite_path(args)
    if inspect_sqlite_file(path) != "buurtdesk":
        raise StoreError.said("{path} does not exist.", path=path)
    target = create_backup(path, args.output.expanduser().absolute() if args.output else None)
    if args.output is None:
        rotate_backups(path)
    print(_("Backup made: {path}").format(path=target))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from buurtdesk.store.backup import list_backups, restore_backup

    path = _sqlite_path(args)
    if args.list or args.file is None:
        backups = list_backups(path)
        if not backups:
            print(_("There are no backups yet."))
        for b in backups:
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<14} {b.path}")
        return 0
    if not take_writer_lock(path):
        raise in_use_error(path)
    kept = restore_backup(path, args.file.expanduser().absolute())
    print(_("Restored: {backup} → {path}").format(backup=args.file, path=path))
    if kept:
        print(_("The previous file was kept as {path}").format(path=kept))
    return 0
