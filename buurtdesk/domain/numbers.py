"""Numbers as people read them: '1.250' in Dutch, '1,250' in English.

The one place where numbers and amounts get their language's marks. The marks are texts of the
message catalogue (buurtdesk/messages.py), so a translator finds them next to every other word:
the thousands separator, the decimal separator and where the euro sign goes."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from buurtdesk.messages import NC_, translated

# Translators: the mark between groups of thousands in a number: 1,250 in English, 1.250 in Dutch.
THOUSANDS_SEPARATOR = NC_("thousands separator", ",")
# Translators: the mark before the cents of an amount: 1,250.50 in English, 1.250,50 in Dutch.
DECIMAL_SEPARATOR = NC_("decimal separator", ".")
# Translators: an amount of money: {sign} is '-' or nothing, {amount} the number ('1,250.50').
# Dutch puts a space after the euro sign: '€ 1.250,50'.
AMOUNT_IN_EURO = NC_("amount in euro", "{sign}€{amount}")


def grouped(number: int, language: str = "nl") -> str:
    """A whole number with the language's thousands separator."""
    return f"{number:,}".replace(",", translated(THOUSANDS_SEPARATOR, language))


def decimal(value: float | Decimal, places: int = 1, language: str = "nl") -> str:
    """A number with decimals, not grouped: '7,5' in Dutch, '7.5' in English."""
    return f"{value:.{places}f}".replace(".", translated(DECIMAL_SEPARATOR, language))


def euro(cents: int, language: str = "nl") -> str:
    """An amount in euro cents as the language writes it: '€ 1.250,50' in Dutch, '€1,250.50'
    in English; a negative one as '-€ 1.250,50'."""
    whole, part = divmod(abs(cents), 100)
    amount = f"{grouped(whole, language)}{translated(DECIMAL_SEPARATOR, language)}{part:02d}"
    return translated(AMOUNT_IN_EURO, language).format(sign="-" if cents < 0 else "", amount=amount)


@dataclass(frozen=True, slots=True)
class Number:
    """A whole number said in a sentence of the message catalogue, grouped in thousands the
    way the language of the point of display does: `length=Number(len(text))`."""

    value: int

    def say(self, language: str) -> str:
        return grouped(self.value, language)
