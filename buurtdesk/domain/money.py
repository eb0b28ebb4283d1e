"""Money as a whole number of euro cents. Never a float."""

from __future__ import annotations

import re
from dataclasses import dataclass

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.numbers import euro

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
        return euro(self.cents, language)

    def say(self, language: str) -> str:
        """Said in a sentence of the message catalogue, in the language of the point of display;
        the sign and the amount held together, so a wrapped sentence never ends a line on '€'."""
        return self.format(language).replace(" ", "\u00a0")

    def __str__(self) -> str:
        return self.format("nl")

    @classmethod
    def parse(cls, text: str, *, allow_negative: bool = False) -> Money:
        """Read an amount as people type it, or refuse it with the reason (Dutch and English).

        Accepts "1.250,50", "1250,50", "€ 1.250", "1250.50", "1250", "€1,250.50", "1.250,-",
        "1 250,50" and "EUR 12,50". Refuses anything ambiguous: "1.250" and "1,250" could each
        be 1250 or 1.25 (only "€ 1.250" is read as the Dutch thousands it nearly always is).
        A negative amount ("-12,50") only where the caller allows it.
        """
        if not isinstance(text, str):
            raise TypeError("Money.parse reads text; build Money from cents for numbers")
        raw = text.strip().replace("\u00a0", " ").replace("\u202f", " ").replace("\u2212", "-")
        if not raw:
            raise InvalidInput.said("Enter an amount.")
        negative = False
        if raw.startswith("-"):
            negative = True
            raw = raw[1:].strip()
        currency = False
        for mark in ("€", "EUR"):
            if raw.upper().startswith(mark):
                raw, currency = raw[len(mark) :].strip(), True
                break
            if raw.upper().endswith(mark):
                raw, currency = raw[: -len(mark)].strip(), True
                break
        if raw.startswith("-") and not negative:
            negative = True
            raw = raw[1:].strip()
        if not re.fullmatch(r"[0-9.,\s-]+", raw):
            raise InvalidInput.said(
                "'{text}' is not an amount: use digits, for example 1,250.50.", text=text[:40]
            )
        raw = _spaces_as_thousands(raw, text)
        whole_only = ""
        if raw.endswith((",-", ".-")):
            whole_only, raw = raw[-2], raw[:-2]
        if not raw or not re.fullmatch(r"[0-9.,]+", raw):
            raise InvalidInput.said(
                "'{text}' is not an amount: use digits, for example 1,250.50.", text=text[:40]
            )
        if whole_only:
            # "1.250,-": the dash stands for the cents, so any other mark groups thousands.
            if whole_only in raw:
                raise _ambiguous(text)
            thousands = "." if whole_only == "," else ","
            cents = _join(_grouped(raw, thousands, text) if thousands in raw else raw, "", text)
        else:
            cents = _parse_digits(raw, text, currency=currency)
        if cents > _MAX_CENTS:
            raise InvalidInput.said("This amount is implausibly large.")
        if negative:
            if not allow_negative:
                raise InvalidInput.said(
                    "'{text}' is negative; a negative amount is not allowed here.", text=text[:40]
                )
            cents = -cents
        return cls(cents)


def _ambiguous(text: str) -> InvalidInput:
    return InvalidInput.said(
        "'{text}' is ambiguous: write for example 1,250.00 or 1.25.", text=text[:40]
    )


def _spaces_as_thousands(raw: str, original: str) -> str:
    """'1 250,50' is fine; '12 50' is not (is it 1250 or 12.50?)."""
    if " " not in raw:
        return raw
    groups = raw.split(" ")
    head, tail = groups[0], groups[1:]
    if not head.isdigit() or len(head) > 3:
        raise _ambiguous(original)
    for position, group in enumerate(tail):
        digits = group if position < len(tail) - 1 else re.split(r"[.,]", group, maxsplit=1)[0]
        if len(digits) != 3 or not digits.isdigit():
            raise _ambiguous(original)
    return "".join(groups)


def _parse_digits(raw: str, original: str, *, currency: bool) -> int:
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
        # "1.250" or "1,250": thousands or decimals? Dutch "€ 1.250" is common: a dot
        # with three digits after it and a euro sign before counts as thousands.
        if sep == "." and currency and len(whole) <= 3:
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
        raise InvalidInput.said(
            "'{original}' has more than two decimal digits.", original=original[:40]
        )
    return int(whole or "0") * 100 + int((frac + "00")[:2])
