"""The command line's parser: argparse in the user's language, a mistake in one sentence.

argparse's own words ("usage:", "options", "invalid choice", ...) come from the message
catalogue (buurtdesk/messages.py) once `speak_the_users_language()` has run, which happens
before the parser is built: argparse translates its section titles while it builds.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from typing import NoReturn

from buurtdesk import messages
from buurtdesk.messages import N_, Marked, _, translated

# argparse's words in Python 3.13 that 3.11 (which `scripts/messages.py update` reads) lacks:
# marked here so the catalogue holds them for every Python BuurtDesk runs on.
NEWER_ARGPARSE_WORDS = (
    N_("%(heading)s:"),
    N_(" (default: %(default)s)"),
    N_("%(prog)s: warning: %(message)s\n"),
    N_("show program's version number and exit"),
    N_("subcommands"),
    N_("argument '%(argument_name)s' is deprecated"),
    N_("command '%(parser_name)s' is deprecated"),
    N_("option '%(option)s' is deprecated"),
)


def speak_the_users_language() -> None:
    """argparse asks gettext for its words; from now on it asks BuurtDesk's catalogue."""
    # argparse's module names for gettext's functions, which its stubs leave out as private.
    vars(argparse).update(_=messages.gettext, ngettext=messages.ngettext)


class Parser(argparse.ArgumentParser):
    """Every parser of the command line (sub-commands inherit the class)."""

    def error(self, message: str) -> NoReturn:
        """A mistake on the command line: one sentence on stderr, exit code 2."""
        sentence = _("{prog}: {message}; see {prog} --help.").format(
            prog=self.prog, message=message.rstrip(".")
        )
        self.exit(2, sentence + "\n")


class Names:
    """The values a choice accepts: the English names scripts use, marked with NC_() and a
    context, and their names in every language of the message catalogue (`pdf notulen` is
    `pdf minutes`).

    Used as both `type=` (it turns a name in any language into the English one) and `choices=`
    (it accepts the English names and lists them in the language of the messages):

        kinds = Names(NC_("command-line value", "minutes"), NC_("command-line value", "agenda"))
        parser.add_argument("kind", type=kinds, choices=kinds, metavar=_("KIND"))
    """

    def __init__(self, *names: Marked) -> None:
        self._marked = {(name[1] if isinstance(name, tuple) else name): name for name in names}
        self._english: dict[str, str] = {}
        for language in messages.LANGUAGES:
            for english, marked in self._marked.items():
                self._english.setdefault(translated(marked, language).lower(), english)

    def __call__(self, text: str) -> str:
        typed = text.strip()
        return self._english.get(typed.lower(), typed)

    def __contains__(self, value: object) -> bool:
        return value in self._marked

    def __iter__(self) -> Iterator[str]:
        return iter([self.shown(english) for english in self._marked])

    def __len__(self) -> int:
        return len(self._marked)

    def shown(self, english: str) -> str:
        """The name of a value in the language of the messages."""
        marked = self._marked.get(english)
        return translated(marked, messages.language()) if marked is not None else english

    def listed(self) -> str:
        return ", ".join(self)
