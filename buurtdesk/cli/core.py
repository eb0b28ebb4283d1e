"""Core commands: demo, list, check, backup, restore."""

from __future__ import annotations

import argparse
import sqlite3
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from buurtdesk.cli.common import (
    add_database_options,
    language,
    open_services,
    positive_id,
    print_json,
    print_table,
    say,
    take_writer_lock,
)
from buurtdesk.domain.dates import short_date
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.paths import demo_database_path
from buurtdesk.store.lock import in_use_error


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser("demo", help=say("maak een demodatabase", "build a demo database"))
    add_database_options(demo, required=False)
    demo.add_argument("--scale", choices=["small", "municipality"], default="small")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument(
        "--force",
        action="store_true",
        help=say("overschrijf een bestaande demodatabase", "replace an existing demo database"),
    )
    demo.set_defaults(handler=run_demo)

    listing = sub.add_parser(
        "list",
        help=say(
            "toon overleggen, vergaderingen, actiepunten of besluiten",
            "list councils, meetings, actions or decisions",
        ),
    )
    listing.add_argument("what", choices=["councils", "meetings", "actions", "decisions"])
    add_database_options(listing)
    listing.add_argument("--council", type=positive_id, metavar="ID")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)

    check = sub.add_parser(
        "check",
        help=say(
            "controleer de database en haar versie", "check the database and its schema version"
        ),
    )
    add_database_options(check)
    check.set_defaults(handler=run_check)

    backup = sub.add_parser("backup", help=say("maak een reservekopie", "make a backup"))
    add_database_options(backup)
    backup.add_argument("-o", "--output", type=Path, metavar="FILE")
    backup.set_defaults(handler=run_backup)

    restore = sub.add_parser("restore", help=say("zet een reservekopie terug", "restore a backup"))
    add_database_options(restore)
    restore.add_argument("file", type=Path, nargs="?", metavar="FILE")
    restore.add_argument(
        "--list", action="store_true", help=say("toon de reservekopieën", "list the backups")
    )
    restore.set_defaults(handler=run_restore)


def _sqlite_path(args: argparse.Namespace) -> Path:
    if getattr(args, "database_url", None):
        raise InvalidInput(
            "Reservekopieën zijn er voor SQLite-bestanden; een server maakt zijn eigen kopieën.",
            "Backups are for SQLite files; a server makes its own backups.",
        )
    if args.db is None:
        raise InvalidInput("Geef een database op met --db PAD.", "Name a database with --db PATH.")
    return Path(args.db).expanduser().absolute()


def run_demo(args: argparse.Namespace) -> int:
    from buurtdesk.demo.builder import build_demo

    path = Path(args.db) if args.db else demo_database_path()
    if path.exists() and path.stat().st_size > 0:
        if not args.force:
            raise InvalidInput(
                f"{path} bestaat al; kies een ander pad of gebruik --force.",
                f"{path} already exists; choose another path or use --force.",
            )
        from buurtdesk.store.database import inspect_sqlite_file

        inspect_sqlite_file(path)  # refuses to replace a file that is not a BuurtDesk database
        if not take_writer_lock(path):
            raise in_use_error(path.expanduser().absolute())
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    args.db = path
    services = open_services(args)
    summary = build_demo(services, scale=args.scale, seed=args.seed)
    seconds = time.perf_counter() - started
    print(
        say(
            f"Demodatabase {path}: {summary.councils} overleggen, {summary.meetings} vergaderingen, "
            f"{summary.decisions} besluiten, {summary.actions} actiepunten ({seconds:.1f} s).",
            f"Demo database {path}: {summary.councils} councils, {summary.meetings} meetings, "
            f"{summary.decisions} decisions, {summary.actions} action points ({seconds:.1f} s).",
        )
    )
    return 0


def _jsonable(view: Any) -> dict[str, Any]:
    data = asdict(view)
    for key, value in list(data.items()):
        if hasattr(value, "value"):
            data[key] = value.value
    return data


def run_list(args: argparse.Namespace) -> int:
    services = open_services(args)
    lang = language()
    councils = services.councils.list_councils()
    council_ids = [args.council] if args.council else [c.id for c in councils]
    if args.council:
        services.councils.get_council(args.council)  # a wrong id: one clear sentence
    names = {c.id: c.name for c in councils}
    if args.what == "councils":
        rows: list[dict[str, Any]] = [_jsonable(c) for c in councils if c.id in council_ids]
        table = [[str(c["id"]), c["name"], c["kind"], c["municipality"]] for c in rows]
        headers = ["id", say("naam", "name"), say("soort", "kind"), say("gemeente", "municipality")]
    elif args.what == "meetings":
        rows = []
        for cid in council_ids:
            for m in services.meetings.list_meetings(cid):
                rows.append({**_jsonable(m), "council": names[cid]})
        table = [
            [
                str(r["id"]),
                r["council"],
                short_date(r["date"], lang),
                r["kind"],
                r["status"],
                r["minutes_state"] or "",
            ]
            for r in rows
        ]
        headers = [
            "id",
            say("overleg", "council"),
            say("datum", "date"),
            say("soort", "kind"),
            "status",
            say("verslag", "minutes"),
        ]
    elif args.what == "actions":
        rows = []
        for cid in council_ids:
            for a in services.actions.list_actions(cid):
                rows.append({**_jsonable(a), "council": names[cid]})
        table = [
            [
                str(r["id"]),
                r["council"],
                r["title"][:60],
                r["owner_name"],
                short_date(r["due_date"], lang) if r["due_date"] else "",
                r["status"],
            ]
            for r in rows
        ]
        headers = [
            "id",
            say("overleg", "council"),
            say("wat", "what"),
            say("wie", "who"),
            say("wanneer", "due"),
            "status",
        ]
    else:
        rows = []
        for cid in council_ids:
            for d in services.decisions.list_decisions(cid):
                row = _jsonable(d)
                row["number"] = str(d.number)
                row["amount"] = d.amount.cents if d.amount is not None else None
                rows.append({**row, "council": names[cid]})
        table = [
            [r["number"], r["council"], short_date(r["decided_on"], lang), r["text"][:70]]
            for r in rows
        ]
        headers = [
            say("nummer", "number"),
            say("overleg", "council"),
            say("datum", "date"),
            say("besluit", "decision"),
        ]
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
        conn = sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)
        try:
            integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
        finally:
            conn.close()
        if integrity != "ok":
            problems.append(say(f"integriteit: {integrity}", f"integrity: {integrity}"))
        if foreign:
            problems.append(
                say(
                    f"{len(foreign)} verwijzingen kloppen niet", f"{len(foreign)} broken references"
                )
            )
    if revision != migrate.head_revision():
        problems.append(
            say(
                f"schemaversie {revision}, verwacht {migrate.head_revision()}",
                f"schema version {revision}, expected {migrate.head_revision()}",
            )
        )
    database.dispose()
    if problems:
        raise StoreError(
            "Controle mislukt: " + "; ".join(problems) + ".",
            "Check failed: " + "; ".join(problems) + ".",
        )
    print(say(f"ok (schemaversie {revision})", f"ok (schema version {revision})"))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from buurtdesk.store.backup import create_backup, rotate_backups
    from buurtdesk.store.database import inspect_sqlite_file

    path = _sqlite_path(args)
    if inspect_sqlite_file(path) != "buurtdesk":
        raise StoreError(f"{path} bestaat niet.", f"{path} does not exist.")
    target = create_backup(path, args.output.expanduser().absolute() if args.output else None)
    if args.output is None:
        rotate_backups(path)
    print(say(f"Reservekopie gemaakt: {target}", f"Backup made: {target}"))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from buurtdesk.store.backup import list_backups, restore_backup

    path = _sqlite_path(args)
    if args.list or args.file is None:
        backups = list_backups(path)
        if not backups:
            print(say("Er zijn nog geen reservekopieën.", "There are no backups yet."))
        for b in backups:
            print(f"{b.taken_at:%Y-%m-%d %H:%M:%S} UTC  {b.reason:<14} {b.path}")
        return 0
    if not take_writer_lock(path):
        raise in_use_error(path)
    kept = restore_backup(path, args.file.expanduser().absolute())
    print(say(f"Teruggezet: {args.file} → {path}", f"Restored: {args.file} → {path}"))
    if kept:
        print(
            say(
                f"Het vorige bestand is bewaard als {kept}", f"The previous file was kept as {kept}"
            )
        )
    return 0
