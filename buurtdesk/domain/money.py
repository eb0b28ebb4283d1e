"""Money as a whole number of euro cents. Never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass

from buurtdesk.domain.errors import InvalidInput

_MAX_CENTS = 10**13  # a hundred billion euro: far beyond any neighbourhood budget


@dataclass(frozen=True, order=True, slots=True)
class Money:
    cents: int

    def __post_init__(self) -> None:
        if not isinstance(self.cents, int) or isinstance(self.cents, bool):
            raise TypeError("Money holds whole cents as int")

    @classmethod
    def zero(cls) -> Money:
        return cls(0)

    @classmethod
    def euros(cls, euros: int, cents: int = 0) -> Money:
        return cls(euros * 100 + cents)

    def __add__(self, other: Money) -> Money:
        return Money(self.cents + other.cents)

    def __sub__(self, other: Money) -> Money:
        return Money(self.cents - other.cents)

    def __neg__(self) -> Money:
        return Money(-self.cents)

    def __bool__(self) -> bool:
        return self.cents != 0

    @property
    def is_negative(self) -> bool:
        return self.cents < 0

    def format(self, language: str = "nl") -> str:
        """'€ 1.250,50' in Dutch, '€1,250.50' in English; negatives as '-€ 1.250,50'."""
        sign = "-" if self.cents < 0 else ""
        whole, part = divmod(abs(self.cents), 100)
        if language == "en":
            return f"{sign}€{whole:,}.{part:02d}"
        grouped = f"{whole:,}".replace(",", ".")
        return f"{sign}€ {grouped},{part:02d}"

    def __str__(self) -> str:
        return self.format("nl")

    @classmethod
    def parse(cls, text: str, *, allow_negative: bool = False) -> Money:
        """Read an amount as people type it.

        Accepts "1.250,50", "1250,50", "€ 1.250", "1250.50", "1250", "€1,250.50".
        Refuses anything ambiguous ("1.250" could be 1250 or 1.25; "1,250" likewise).
        """
        raw = text.strip().replace("\u00a0", " ")
        if not raw:
            raise InvalidInput("Vul een bedrag in.", "Enter an amount.")
        negative = False
        if raw.startswith("-") or raw.startswith("−"):
            negative = True
            raw = raw[1:].strip()
        raw = raw.removeprefix("€").removeprefix("EUR").strip()
        if raw.startswith("-"):
            negative = True
            raw = raw[1:].strip()
        raw = raw.replace(" ", "")
        if raw.endswith(",-") or raw.endswith(".-"):
            raw = raw[:-2]
        if not raw or not re.fullmatch(r"[0-9.,]+", raw):
            raise InvalidInput(
                f"'{text[:40]}' is geen bedrag: gebruik cijfers, bijvoorbeeld 1.250,50.",
                f"'{text[:40]}' is not an amount: use digits, for example 1,250.50.",
            )
        cents = _parse_digits(raw, text)
        if cents > _MAX_CENTS:
            raise InvalidInput("Dit bedrag is onwaarschijnlijk groot.", "This amount is implausibly large.")
        if negative:
            if not allow_negative:
                raise InvalidInput(
                    "Een negatief bedrag kan hier niet.", "A negative amount is not allowed here."
                )
            cents = -cents
        return cls(cents)


def _ambiguous(text: str) -> InvalidInput:
    return InvalidInput(
        f"'{text[:40]}' is dubbelzinnig: schrijf bijvoorbeeld 1.250,00 of 1,25.",
        f"'{text[:40]}' is ambiguous: write for example 1,250.00 or 1.25.",
    )


def _parse_digits(raw: str, original: str) -> int:
    dots, commas = raw.count("."), raw.count(",")
    if dots and commas:
        # The separator that comes last is the decimal one.
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        if raw.count(decimal) != 1:
            raise _ambiguous(original)
        whole, frac = raw.split(decimal)
        return _join(_grouped(whole, thousands, original), frac, original)
    sep = "," if commas else "." if dots else ""
    if not sep:
        return _join(raw, "", original)
    parts = raw.split(sep)
    if len(parts) > 2:
        # "1.250.000" — only thousands separators, no decimals.
        return _join(_grouped(raw, sep, original), "", original)
    whole, frac = parts
    if len(frac) == 3 and whole and whole != "0":
        # "1.250" or "1,250": thousands or decimals? Dutch "€ 1.250" is common: a
        # dot with three digits after it counts as thousands, a comma as ambiguous.
        if sep == "." and original.strip().lstrip("-−").strip().startswith(("€", "EUR")):
            return _join(whole + frac, "", original)
        raise _ambiguous(original)
    return _join(whole, frac, original)


def _grouped(whole: str, sep: str, original: str) -> str:
    groups = whole.split(sep)
    if not groups[0] or len(groups[0]) > 3 or any(len(g) != 3 for g in groups[1:]):
        raise _ambiguous(original)
    return "".join(groups)


def _join(whole: str, frac: str, original: str) -> int:
    if not whole and not frac:
        raise _ambiguous(original)
    if not whole.isdigit() and whole:
        raise _ambiguous(original)
    if len(frac) > 2 or (frac and not frac.isdigit()):
        raise InvalidInput(
            f"'{original[:40]}' heeft meer dan twee cijfers achter de komma.",
            f"'{original[:40]}' has more than two decimal digits.",
        )
    return int(whole or "0") * 100 + int((frac + "00")[:2])
