"""What every command shares: the database options, the language of messages, output."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk import messages
from buurtdesk.domain.errors import BuurtDeskError, InvalidInput
from buurtdesk.messages import _
from buurtdesk.paths import default_database_path
from buurtdesk.services import Services
from buurtdesk.store.lock import HardLinked, hold_for_process, in_use_error
from buurtdesk.store.sqlite_file import is_read_only_file, read_only_error

if TYPE_CHECKING:
    from buurtdesk.store.database import Database

__all__ = ["BuurtDeskError", "add_database_options", "fail", "open_services"]


def set_language(language: str) -> None:
    messages.set_language(language)


def settings_language() -> str | None:
    """The language chosen in the app's preferences (Linux: ~/.config/BuurtDesk/BuurtDesk.conf)."""
    if sys.platform in ("win32", "darwin"):
        return None  # the registry and the plist are Qt's; there, --lang or BUURTDESK_LANG
    import configparser

    folder = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(folder / "BuurtDesk" / "BuurtDesk.conf", encoding="utf-8")
        return settings.get("General", "language", fallback=None)
    except (configparser.Error, OSError, UnicodeDecodeError):
        return None


def set_language_from_argv(argv: list[str]) -> None:
    """The language of every message: --lang, else BUURTDESK_LANG, else the app's setting,
    else Dutch. Resolved before the parser is built, so argparse's own words follow it."""
    chosen = os.environ.get("BUURTDESK_LANG") or settings_language()
    for index, value in enumerate(argv):
        if value == "--":
            break
        if value == "--lang" and index + 1 < len(argv):
            chosen = argv[index + 1]
        elif value.startswith("--lang="):
            chosen = value.split("=", 1)[1]
    set_language(chosen or messages.DEFAULT_LANGUAGE)


def language() -> str:
    return messages.language()


def fail(error: BuurtDeskError) -> None:
    print(error.message(messages.language()), file=sys.stderr)


def add_database_options(
    parser: argparse.ArgumentParser, *, required: bool = True, top_level: bool = False
) -> None:
    group = parser.add_mutually_exclusive_group(required=False)
    # A sub-command's own options must not hide the ones given before it: `buurtdesk --db X demo`.
    default = None if top_level else argparse.SUPPRESS
    group.add_argument(
        "--db",
        type=Path,
        metavar=_("PATH"),
        default=default,
        help=_("the database file (without --db: the usual one in your data folder)")
        if top_level
        else _("the database file"),
    )
    group.add_argument(
        "--database-url",
        metavar="URL",
        default=default,
        help=_("a shared server instead of a file, e.g. postgresql+psycopg://user@server/buurt"),
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
    "funds",
    "docx",
    "mail",
}  # export notes what it wrote: a writer


def open_database_from_args(args: argparse.Namespace) -> Database:
    # loaded here, not at the top: the app itself starts without SQLAlchemy (services.first_look)
    from buurtdesk.store.opening import open_sqlite, open_sqlite_read_only, open_url

    if getattr(args, "database_url", None):
        return open_url(args.database_url)
    path = getattr(args, "db", None)
    if path is None:
        if getattr(args, "_db_required", False):
            raise InvalidInput.said("Name a database with --db PATH.")
        path = default_database_path()
    if getattr(args, "command", None) in READING_COMMANDS and not Path(path).expanduser().exists():
        # a command that only reads never leaves a new, empty database behind
        raise InvalidInput.said("The database {path} does not exist.", path=path)
    if getattr(args, "command", None) in READING_COMMANDS and is_read_only_file(
        Path(path).expanduser()
    ):  # made read-only by its owner: read, never written, its mode never changed
        return open_sqlite_read_only(Path(path))
    try:
        locked = take_writer_lock(Path(path))
    except HardLinked:  # a second name for one file: read, never written through it
        if getattr(args, "command", None) in READING_COMMANDS:
            return open_sqlite_read_only(Path(path))
        raise
    if not locked:
        if getattr(args, "command", None) in READING_COMMANDS:
            return open_sqlite_read_only(Path(path))
        raise in_use_error(Path(path).expanduser().absolute())
    return open_sqlite(Path(path))


def take_writer_lock(path: Path) -> bool:
    """One writer per file: False when another BuurtDesk (the app) has it open.
    A folder where no lock file can be made is read-only: nobody writes there.
    A file its owner made read-only is refused with one sentence: nobody writes it."""
    if is_read_only_file(Path(path).expanduser()):
        raise read_only_error(Path(path).expanduser().absolute())
    try:
        return hold_for_process(path)
    except HardLinked:
        raise
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
        raise argparse.ArgumentTypeError(_("'{text}' is not a number").format(text=text)) from None
    if value < 1:
        raise argparse.ArgumentTypeError(_("a number is 1 or more"))
    return value


def year(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(_("'{text}' is not a year").format(text=text)) from None
    if not 1900 <= value <= 2200:
        raise argparse.ArgumentTypeError(
            _("{year} is not a year BuurtDesk knows").format(year=value)
        )
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
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=False)).rstrip())
