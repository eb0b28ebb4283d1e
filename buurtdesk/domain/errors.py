"""Errors a user can cause. Each carries one clear sentence, in Dutch and in English."""

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
        from buurtdesk.messages import translate

        error = cls(translate(text, "nl").format(**values), text.format(**values))
        error.key = text
        error.values = values
        return error

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
