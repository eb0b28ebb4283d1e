"""The message catalogue: every text BuurtDesk shows outside Qt's widgets, in the user's language.

Widgets translate with Qt's tr(); everything headless (the command line first) uses this one
catalogue. The source texts in the code are English, marked with `_()` (translated at once) or
`N_()` (marked only, translated where shown); the translations are gettext catalogues in
resources/locale/<language>/LC_MESSAGES/buurtdesk.po, compiled to .mo files that Python's own
gettext reads. The catalogue also holds the words of Python's argparse, so the command line's
"usage", "options" and error texts speak the user's language too.

Where one English text has two Dutch meanings, a context tells them apart: `pgettext(context,
text)`, or `NC_(context, text)` to mark only. A text shown in a language chosen at the point
of display (a council's documents, sheets, calendar) is `translate(text, language)`, or
`translated(marked, language)` for what N_() or NC_() gave. A sentence made in one place and
shown in another (the import preview's names and notes, made by the package reader and shown
by a screen or the command line) travels as a `Sentence`: its catalogue key and its values,
said with `.say(language)` where it is shown, never as two finished sentences.

After changing texts: `python scripts/messages.py update`, translate the new entries in the .po
file, then `python scripts/messages.py compile` (scripts/messages.py uses Babel). A test fails on
any marked text without a Dutch translation and on a .mo file older than its .po file.

    from buurtdesk.messages import _
    print(_("Backup made: {path}").format(path=target))
"""

from __future__ import annotations

import gettext as _gettext
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal, Protocol, TypeAlias

DOMAIN = "buurtdesk"
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
SOURCE_LANGUAGE = "en"  # the texts in the code

_language = DEFAULT_LANGUAGE
_catalogues: dict[str, _gettext.NullTranslations] = {}


def locale_folder() -> Path:
    from buurtdesk.paths import resources_folder

    return resources_folder() / "locale"


def normal_language(language: str | None) -> str:
    """'en', 'en_GB', 'EN' -> 'en'; anything BuurtDesk does not speak -> Dutch."""
    short = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return short if short in LANGUAGES else DEFAULT_LANGUAGE


def catalogue(language: str) -> _gettext.NullTranslations:
    language = normal_language(language)
    found = _catalogues.get(language)
    if found is None:
        if language == SOURCE_LANGUAGE:
            found = _gettext.NullTranslations()
        else:
            found = _gettext.translation(
                DOMAIN, localedir=locale_folder(), languages=[language], fallback=True
            )
        _catalogues[language] = found
    return found


def set_language(language: str | None) -> None:
    global _language
    _language = normal_language(language)


def language() -> str:
    return _language


def gettext(message: str) -> str:
    """The message in the current language (argparse calls this with None for 'no text')."""
    if not message:
        return message
    return catalogue(_language).gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    return catalogue(_language).ngettext(singular, plural, count)


def pgettext(context: str, message: str) -> str:
    """The message of that context in the current language: `context` tells two meanings of
    one English text apart ("Minutes" as a title, "Minutes" as the minute-taker)."""
    return catalogue(_language).pgettext(context, message) if message else message


def npgettext(context: str, singular: str, plural: str, count: int) -> str:
    return catalogue(_language).npgettext(context, singular, plural, count)


def translate(message: str, language: str, context: str | None = None) -> str:
    """The message in a language chosen at the point of display (a council's documents)."""
    if not message:
        return message
    if context is not None:
        return catalogue(language).pgettext(context, message)
    return catalogue(language).gettext(message)


def N_(message: str) -> str:  # noqa: N802 - gettext's usual name for "mark only"
    """Marks a text for the catalogue without translating it yet (tables, choices)."""
    return message


def NC_(context: str, message: str) -> tuple[str, str]:  # noqa: N802 - GLib's name for it
    """Marks a text with its context for the catalogue without translating it yet:
    (context, text), translated later with `translate(text, language, context)`."""
    return context, message


Marked = str | tuple[str, str]  # what N_() or NC_() gave: a text, or (context, text)


def translated(marked: Marked, language: str) -> str:
    """A text marked with N_() or NC_(), in a language chosen at the point of display."""
    if isinstance(marked, tuple):
        return translate(marked[1], language, marked[0])
    return translate(marked, language)


_ = gettext


class Sayable(Protocol):
    """Something said in a language chosen at the point of display."""

    def say(self, language: str) -> str: ...


Said: TypeAlias = str | Sayable  # a plain str is said as it is: a name, a number, typed text


def say(said: Said, language: str) -> str:
    return said if isinstance(said, str) else said.say(language)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the catalogue with its values, said where it is shown.

    `text` is the English source (the key), `context` tells two meanings of one text apart,
    `values` fill its {names}: plain text, or another Sentence (or Sayable) said in the same
    language. `case` lowers or capitalises the whole said text.

        name = Sentence.of(N_("decision {number}"), number="2026-014")
        name.say("nl")  # 'besluit 2026-014'
    """

    text: str
    values: tuple[tuple[str, Said], ...] = ()
    context: str | None = None
    case: Literal["", "lower", "capital"] = ""

    @classmethod
    def of(cls, marked: Marked, /, **values: Said) -> Sentence:
        """A sentence from what N_() or NC_() gave, with its values."""
        if isinstance(marked, tuple):
            return cls(marked[1], tuple(values.items()), marked[0])
        return cls(marked, tuple(values.items()))

    def say(self, language: str) -> str:
        text = translate(self.text, language, self.context)
        if self.values:
            text = text.format(**{key: say(value, language) for key, value in self.values})
        if self.case == "lower":
            return text.lower()
        if self.case == "capital":
            return text[:1].upper() + text[1:]
        return text

    def lower(self) -> Sentence:
        return replace(self, case="lower")

    def capital(self) -> Sentence:
        return replace(self, case="capital")


def said_values(values: Mapping[str, object], language: str) -> dict[str, object]:
    """The values of a sentence for `language`: one that says itself (a Sentence, Money, a
    date said long...) is said in it; any other value (a name, a count) stays as it is."""
    return {name: _said(value, language) for name, value in values.items()}


def _said(value: object, language: str) -> object:
    speak = getattr(value, "say", None)
    return speak(language) if callable(speak) else value


@dataclass(frozen=True)
class Listed:
    """Values said as one list: 'roles, plans and execution' ('rollen, plannen en uitvoering');
    with `last=None` simply joined by `separator` (whole sentences one after another)."""

    parts: tuple[Said, ...]
    separator: str = ", "
    last: Marked | None = N_("and")

    def say(self, language: str) -> str:
        words = [say(part, language) for part in self.parts]
        if self.last is None or len(words) < 2:
            return self.separator.join(words)
        word = translated(self.last, language)
        return self.separator.join(words[:-1]) + f" {word} " + words[-1]


@dataclass(frozen=True)
class SaidBy:
    """A value made by a function of the language of the point of display, for a text built
    from several parts where it is made (a list of problems with their dates and notes)."""

    make: Callable[[str], str]

    def say(self, language: str) -> str:
        return self.make(language)
