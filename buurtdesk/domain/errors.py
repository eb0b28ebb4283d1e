"""Errors a user can cause. Each carries one clear sentence: a key in the message catalogue
(buurtdesk/messages.py) and its values, said in the language of the point of display.

    raise InvalidInput.said("The database {path} does not exist.", path=path)

There is no other way to give an error its sentence: never two finished sentences (Dutch,
English), never one. A value that reads differently per language says itself (a `Sentence` of
the catalogue, Money, a `LongDate`, a `Number`: anything with `say(language)`) and is given
once, never apart per language as `name` and `name_nl`."""

from __future__ import annotations

from typing import Self


class BuurtDeskError(Exception):
    """A problem the user can understand and act on; never shown as a traceback."""

    key: str | None = None  # the sentence in the message catalogue (its English source)
    values: dict[str, object]

    def __init__(self) -> None:
        """Without its sentence yet: `said()` makes an error with one, an error class whose
        constructor takes other arguments calls `speak()`."""
        super().__init__()
        self.values = {}

    @classmethod
    def said(cls, text: str, /, **values: object) -> Self:
        """An error whose sentence is in the message catalogue (buurtdesk/messages.py): `text`
        is its English source and key, `values` fill its {names}. The sentence is looked up in
        the language of the point of display: `message(language)`.

            raise InvalidInput.said("The database {path} does not exist.", path=path)
        """
        error = cls()
        error.speak(text, **values)
        return error

    def speak(self, text: str, /, **values: object) -> None:
        """Give this error its sentence from the message catalogue (for an error class whose
        own constructor takes other arguments; mark `text` with N_() there)."""
        self.key = text
        self.values = values
        self.args = (self.message("nl"),)

    def message(self, language: str = "nl") -> str:
        """The sentence in `language`; empty for an error not given one."""
        if self.key is None:
            return ""
        from buurtdesk.messages import translate

        return translate(self.key, language).format(**self._values_in(language))

    def _values_in(self, language: str) -> dict[str, object]:
        """The values for `language`: one that says itself (a Sentence) is said in it."""
        from buurtdesk.messages import said_values

        return said_values(self.values, language)

    @property
    def dutch(self) -> str:
        return self.message("nl")

    @property
    def english(self) -> str:
        return self.message("en")


class InvalidInput(BuurtDeskError):
    """A value typed or imported by a user does not make sense."""


class NotFound(BuurtDeskError):
    """An id or number that does not exist in this database."""


class RuleViolation(BuurtDeskError):
    """An action the rules of the council do not allow (e.g. editing adopted minutes)."""


class StoreError(BuurtDeskError):
    """The database cannot be opened, read or written."""


class ConcurrentEdit(BuurtDeskError):
    """Someone else changed the same record in the meantime."""
