"""Numbers as people read them: '1.250' in Dutch, '1,250' in English."""

from __future__ import annotations

from dataclasses import dataclass


def grouped(number: int, language: str = "nl") -> str:
    """A whole number with the language's thousands separator."""
    text = f"{number:,}"
    return text if language == "en" else text.replace(",", ".")


@dataclass(frozen=True, slots=True)
class Number:
    """A whole number said in a sentence of the message catalogue, grouped in thousands the
    way the language of the point of display does: `length=Number(len(text))`."""

    value: int

    def say(self, language: str) -> str:
        return grouped(self.value, language)
