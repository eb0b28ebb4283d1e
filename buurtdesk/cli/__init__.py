"""The command line: the same services as the app, without a window.

Each group of commands lives in its own module with a `register(subparsers)` function that
adds its sub-commands; a sub-command's handler takes the parsed arguments and returns the
exit code. Errors a user can cause are BuurtDeskError: one sentence on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from buurtdesk import __version__
from buurtdesk.cli import common, core

# Every module that adds sub-commands. A capability that is not built yet is not listed,
# so `buurtdesk --help` never shows a command that does nothing.
COMMAND_MODULES = [core]


def _load_optional_modules() -> None:
    """Command groups brought by later capabilities register themselves here when present."""
    import importlib

    for name in ("pdf", "exchange"):
        try:
            module = importlib.import_module(f"buurtdesk.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"buurtdesk.cli.{name}":
                raise
            continue
        if module not in COMMAND_MODULES:
            COMMAND_MODULES.append(module)


def build_parser() -> argparse.ArgumentParser:
    _load_optional_modules()
    parser = argparse.ArgumentParser(
        prog="buurtdesk",
        description=common.say(
            "BuurtDesk: vergaderingen, actiepunten, toekomstagenda en buurtbudget voor wijkoverleggen en dorpsraden.",
            "BuurtDesk: meetings, action points, toekomstagenda and buurtbudget for neighbourhood councils.",
        ),
    )
    parser.add_argument("--version", action="version", version=f"BuurtDesk {__version__}")
    common.add_database_options(parser, required=False, top_level=True)
    parser.add_argument("--lang", choices=["nl", "en"], help="taal / language")
    parser.add_argument(
        "--demo",
        action="store_true",
        help=common.say("open de app op de demodatabase", "open the app on the demo database"),
    )
    parser.add_argument(
        "--exit-after-startup",
        action="store_true",
        help=common.say(
            "open, wacht tot het overzicht met gegevens getekend is, print startup_ms=N en stop",
            "open, wait until the overview with data is painted, print startup_ms=N and quit",
        ),
    )
    parser.add_argument(
        "--import",
        dest="import_file",
        type=Path,
        metavar="FILE.buurtdesk",
        help=common.say(
            "open de app en toon wat het inlezen van dit pakket zou doen",
            "open the app and show what importing this package would do",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    common.set_language_from_argv(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.lang:
        common.set_language(args.lang)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
