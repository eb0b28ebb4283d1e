"""The command line: the same services as the app, without a window.

Each group of commands lives in its own module with a `register(subparsers)` function that
adds its sub-commands; a sub-command's handler takes the parsed arguments and returns the
exit code. Errors a user can cause are BuurtDeskError: one sentence on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import NoReturn

from buurtdesk import __version__
from buurtdesk.cli import common
from buurtdesk.cli.parser import Parser, speak_the_users_language
from buurtdesk.messages import _
from buurtdesk.store.lock import release_all_for_process

# Every module that adds sub-commands, loaded with the full parser only (a start of the app
# needs none). A capability that is not built yet is not listed, so `buurtdesk --help` never
# shows a command that does nothing.
COMMAND_MODULES: list[ModuleType] = []


def _load_optional_modules() -> None:
    """Command groups brought by later capabilities register themselves here when present."""
    import importlib

    from buurtdesk.cli import core

    if core not in COMMAND_MODULES:
        COMMAND_MODULES.insert(0, core)
    for name in ("pdf", "exchange", "server", "show", "municipality", "docx", "mail", "person"):
        try:
            module = importlib.import_module(f"buurtdesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"buurtdesk.cli.{name}":
                raise
            continue
        if module not in COMMAND_MODULES:
            COMMAND_MODULES.append(module)


def _add_app_options(parser: argparse.ArgumentParser) -> None:
    """The options of the app itself (a start without a command)."""
    common.add_database_options(parser, required=False, top_level=True)
    parser.add_argument(
        "--lang",
        choices=["nl", "en"],
        help=_("the language of messages and of the window: nl (Dutch, the default) or en"),
    )
    parser.add_argument("--demo", action="store_true", help=_("open the app on the demo database"))
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help=_("open, wait until the overview with data is painted, print startup_ms=N and quit"),
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        nargs="?",  # the desktop entry's `--import %f` without a file opens the app as usual
        metavar=_("FILE.buurtdesk"),
        help=_("open the app and show what importing this package would do"),
    )


class _NotAnAppStart(Exception):
    pass


class _AppStartParser(Parser):
    def error(self, message: str) -> NoReturn:
        raise _NotAnAppStart(message)


def app_start_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a start of the app (no command), read without loading the command
    modules, which only a command needs: the window is painted sooner. None when the line
    names a command, asks for help or the version, or has a mistake: the full parser reads
    (and explains) it then."""
    parser = _AppStartParser(prog="buurtdesk", add_help=False)
    _add_app_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotAnAppStart:
        return None
    if rest:
        return None
    args.command = None
    return args


def build_parser() -> argparse.ArgumentParser:
    _load_optional_modules()
    speak_the_users_language()  # before the parser is built: argparse translates as it builds
    parser = Parser(
        prog="buurtdesk",
        description=_(
            "BuurtDesk: meetings, action points, toekomstagenda and buurtbudget for "
            "wijkoverleggen and dorpsraden. Without a command it opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"BuurtDesk {__version__}",
        help=_("show the version of BuurtDesk and stop"),
    )
    _add_app_options(parser)
    sub = parser.add_subparsers(
        dest="command",
        metavar=_("COMMAND"),
        title=_("commands"),
        help=_("buurtdesk COMMAND --help tells more"),
        parser_class=Parser,
    )
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    common.set_language_from_argv(args_list)
    args = app_start_arguments(args_list) or build_parser().parse_args(args_list)
    if args.lang:
        common.set_language(args.lang)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            if no_display():
                print(no_display_sentence(), file=sys.stderr)
                return 2
            from buurtdesk import app  # the window only when it is asked for

            return app.run(args)
        return int(handler(args))
    except common.BuurtDeskError as exc:
        common.fail(exc)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, a read-only folder, a name too long: one sentence
        from buurtdesk.store.output import os_error_sentence

        common.fail(os_error_sentence(exc, Path(str(exc.filename or "?"))))
        return 2
    except Exception as exc:  # a database failure no command foresaw: still one sentence
        if not _is_database_error(exc):
            raise
        from buurtdesk.domain.errors import StoreError
        from buurtdesk.messages import Sentence
        from buurtdesk.store.errors import reason_of

        why = reason_of(exc)
        common.fail(
            StoreError.said(
                "The database reported an error ({why}); nothing was changed.",
                why=Sentence(why),
            )
        )
        return 2
    finally:
        release_all_for_process()  # no lock file stays behind, also beside a refused file


def _is_database_error(exc: BaseException) -> bool:
    import sqlite3

    return isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("sqlalchemy")


def no_display() -> bool:
    """Linux without a screen (a server, an SSH session, a container) and no Qt platform
    chosen by hand: Qt's window cannot open, and Qt's own message would blame a library."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def no_display_sentence() -> str:
    return _(
        "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so BuurtDesk's "
        "window cannot open: start it on a desktop, or in a virtual display with "
        "xvfb-run buurtdesk."
    )


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
