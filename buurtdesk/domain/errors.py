"""Errors a user can cause. Each carries one clear sentence, in Dutch and in English."""

from __future__ import annotations


class BuurtDeskError(Exception):
    """A problem the user can understand and act on; never shown as a traceback."""

    def __init__(self, dutch: str, english: str | None = None) -> None:
        super().__init__(dutch)
        self.dutch = dutch
        self.english = english or dutch

    def message(self, language: str = "nl") -> str:
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
