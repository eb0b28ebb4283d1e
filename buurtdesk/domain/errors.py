"""Errors a user can cause. Each carries one clear sentence: a key in the message catalogue
(buurtdesk/messages.py) and its values, said in the language of the point of display.

`BuurtDeskError(dutch, english)` with two finished sentences still works for code not yet
moved to the catalogue."""

from __future__ import annotations

from typing import Self


class BuurtDeskError(Exception):
    """A problem the user can understand and act on; never shown as a traceback."""

    key: str | None = None  # the sentence in the message catalogue, when it was said that way
    values: dict[str, object]

    def __init__(self, dutch: str, english: str | None = None) -> None:
        super().__init__(dutch)
        self.dutch = dutch
        self.english = english or dutch
        self.values = {}

    @classmethod
    def said(cls, text: str, /, **values: object) -> Self:
        """An error whose sentence is in the message catalogue (buurtdesk/messages.py): `text`
        is its English source and key, `values` fill its {names}. The sentence is looked up in
        the language of the point of display: `message(language)`.

            raise InvalidInput.said("The database {path} does not exist.", path=path)
        """
        error = cls(text.format(**values))
        error.speak(text, **values)
        return error

    def speak(self, text: str, /, **values: object) -> None:
        """Give this error its sentence from the message catalogue (for an error class whose
        own constructor takes other arguments; mark `text` with N_() there)."""
        from buurtdesk.messages import translate

        self.dutch = translate(text, "nl").format(**values)
        self.english = text.format(**values)
        self.args = (self.dutch,)
        self.key = text
        self.values = values

    def message(self, language: str = "nl") -> str:
        if self.key is not None:
            from buurtdesk.messages import translate

            return translate(self.key, language).format(**self.values)
        return self.english if language == "en" else self.dutch


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
