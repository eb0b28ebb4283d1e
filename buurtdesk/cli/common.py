"""What every command shares: the database options, the language of messages, output."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.domain.errors import BuurtDeskError, InvalidInput
from buurtdesk.paths import default_database_path
from buurtdesk.services import Services
from buurtdesk.store.lock import hold_for_process, in_use_error

if TYPE_CHECKING:
    from buurtdesk.store.database import Database

__all__ = ["BuurtDeskError", "add_database_options", "fail", "open_services", "say"]

_language = os.environ.get("BUURTDESK_LANG", "nl")


def set_language(language: str) -> None:
    global _language
    _language = "en" if language == "en" else "nl"


def set_language_from_argv(argv: list[str]) -> None:
    for index, value in enumerate(argv):
        if value == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif value.startswith("--lang="):
            set_language(value.split("=", 1)[1])


def language() -> str:
    return _language


def say(dutch: str, english: str) -> str:
    return english if _language == "en" else dutch


def fail(error: BuurtDeskError) -> None:
    print(error.message(_language), file=sys.stderr)


def add_database_options(
    parser: argparse.ArgumentParser, *, required: bool = True, top_level: bool = False
) -> None:
    group = parser.add_mutually_exclusive_group(required=False)
    # A sub-command's own options must not hide the ones given before it: `buurtdesk --db X demo`.
    default = None if top_level else argparse.SUPPRESS
    group.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        default=default,
        help=say("het databasebestand", "the database file"),
    )
    group.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=say(
            "een database-URL, bv. postgresql+psycopg://…",
            "a database URL, e.g. postgresql+psycopg://…",
        ),
    )
    parser.set_defaults(_db_required=required)


# Commands that only read: while the app has the file open they read it read-only.
READING_COMMANDS = {
    "list",
    "check",
    "pdf",
    "ics",
    "sheet",
    "backup",
}  # export notes what it wrote: a writer


def open_database_from_args(args: argparse.Namespace) -> Database:
    # loaded here, not at the top: the app itself starts without SQLAlchemy (services.first_look)
    from buurtdesk.store.opening import open_sqlite, open_sqlite_read_only, open_url

    if getattr(args, "database_url", None):
        return open_url(args.database_url)
    path = getattr(args, "db", None)
    if path is None:
        if getattr(args, "_db_required", False):
            raise InvalidInput(
                "Geef een database op met --db PAD.", "Name a database with --db PATH."
            )
        path = default_database_path()
    if getattr(args, "command", None) in READING_COMMANDS and not Path(path).expanduser().exists():
        # a command that only reads never leaves a new, empty database behind
        raise InvalidInput(
            f"De database {path} bestaat niet.", f"The database {path} does not exist."
        )
    if not take_writer_lock(Path(path)):
        if getattr(args, "command", None) in READING_COMMANDS:
            return open_sqlite_read_only(Path(path))
        raise in_use_error(Path(path).expanduser().absolute())
    return open_sqlite(Path(path))


def take_writer_lock(path: Path) -> bool:
    """One writer per file: False when another BuurtDesk (the app) has it open.
    A folder where no lock file can be made is read-only: nobody writes there."""
    try:
        return hold_for_process(path)
    except BuurtDeskError:
        if Path(path).exists():
            return False
        raise


def open_services(args: argparse.Namespace) -> Services:
    return Services.build(open_database_from_args(args))


def positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            say(f"'{text}' is geen nummer", f"'{text}' is not a number")
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(say("een nummer is 1 of meer", "a number is 1 or more"))
    return value


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[list[str]], headers: list[str]) -> None:
    widths = (
        [max(len(str(x)) for x in col) for col in zip(headers, *rows, strict=False)]
        if rows
        else [len(h) for h in headers]
    )
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)))
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)))
