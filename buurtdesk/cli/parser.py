"""The command line's parser: argparse in the user's language, a mistake in one sentence.

argparse's own words ("usage:", "options", "invalid choice", ...) come from the message
catalogue (buurtdesk/messages.py) once `speak_the_users_language()` has run, which happens
before the parser is built: argparse translates its section titles while it builds.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Mapping
from typing import NoReturn

from buurtdesk import messages
from buurtdesk.messages import N_, _

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
    argparse._ = messages.gettext  # type: ignore[attr-defined]
    argparse.ngettext = messages.ngettext  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """Every parser of the command line (sub-commands inherit the class)."""

    def error(self, message: str) -> NoReturn:
        """A mistake on the command line: one sentence on stderr, exit code 2."""
        sentence = _("{prog}: {message}; see {prog} --help.").format(
            prog=self.prog, message=message.rstrip(".")
        )
        self.exit(2, sentence + "\n")


class Names:
    """The values a choice accepts: the English names scripts use and their Dutch names.

    Used as both `type=` (it turns a Dutch name into the English one) and `choices=` (it
    accepts the English names and lists them in the language of the messages):

        kinds = Names({"minutes": "notulen", "agenda": "agenda"})
        parser.add_argument("kind", type=kinds, choices=kinds, metavar=_("KIND"))
    """

    def __init__(self, dutch: Mapping[str, str]) -> None:
        self.dutch = dict(dutch)
        self._english = {name: english for english, name in self.dutch.items()}

    def __call__(self, text: str) -> str:
        typed = text.strip()
        return self._english.get(typed.lower(), typed)

    def __contains__(self, value: object) -> bool:
        return value in self.dutch

    def __iter__(self) -> Iterator[str]:
        if messages.language() == "en":
            return iter(self.dutch)
        return iter(self.dutch.values())

    def __len__(self) -> int:
        return len(self.dutch)

    def shown(self, english: str) -> str:
        """The name of a value in the language of the messages."""
        return english if messages.language() == "en" else self.dutch.get(english, english)

    def listed(self) -> str:
        return ", ".join(self)
