"""Dates and times as people type and read them, in Dutch and English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from buurtdesk.domain.errors import InvalidInput

DAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(day: date, language: str = "nl") -> str:
    """'dinsdag 14 oktober 2025' / 'Tuesday 14 October 2025'."""
    if language == "en":
        return f"{DAYS_EN[day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"
    return f"{DAYS_NL[day.weekday()]} {day.day} {MONTHS_NL[day.month - 1]} {day.year}"


@dataclass(frozen=True, slots=True)
class LongDate:
    """A date said long in a sentence of the message catalogue, in the language of the point
    of display: `InvalidInput.said("... on {date}.", date=LongDate(day))`."""

    day: date

    def say(self, language: str) -> str:
        return long_date(self.day, language)


def short_date(day: date, language: str = "nl") -> str:
    """'14-10-2025' in Dutch, '14/10/2025' in English."""
    sep = "/" if language == "en" else "-"
    return f"{day.day:02d}{sep}{day.month:02d}{sep}{day.year}"


def format_time(moment: time | None) -> str:
    return "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"


def parse_date(text: str) -> date:
    """Read '14-10-2025', '14/10/2025', '14.10.2025', '2025-10-14' or '14 oktober 2025'."""
    raw = text.strip().lower()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})", raw)
        if match:
            day, month, year = (int(g) for g in match.groups())
            if year < 100:
                year += 2000
        else:
            match = re.fullmatch(r"(?:[a-z]+\s+)?(\d{1,2})\s+([a-z]+)\s+(\d{4})", raw)
            months = [m.lower() for m in MONTHS_NL] + [m.lower() for m in MONTHS_EN]
            if not match or match.group(2) not in months:
                raise InvalidInput.said(
                    "'{text}' is not a date; write for example 14/10/2025.", text=text[:30]
                )
            day, year = int(match.group(1)), int(match.group(3))
            month = months.index(match.group(2)) % 12 + 1
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput.said("'{text}' is not a real date.", text=text[:30]) from None


def parse_time(text: str) -> time:
    """Read '19:30', '19.30', '1930' or '19'."""
    raw = text.strip()
    match = re.fullmatch(r"(\d{1,2})(?:[:.]?(\d{2}))?", raw)
    if not match:
        raise InvalidInput.said("'{raw}' is not a time; write for example 19:30.", raw=raw[:20])
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise InvalidInput.said("'{raw}' is not a real time.", raw=raw[:20])
    return time(hour, minute)
