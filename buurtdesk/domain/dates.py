"""Dates and times as people type and read them, in Dutch and English."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import LANGUAGES, NC_, translated

# The names as the catalogue has them (buurtdesk/messages.py): Monday first, as date.weekday()
# counts. "May" the month is not "may" the verb, so every name has its context.
WEEKDAYS = (
    NC_("weekday", "Monday"),
    NC_("weekday", "Tuesday"),
    NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"),
    NC_("weekday", "Friday"),
    NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
)
MONTHS = (
    NC_("month", "January"),
    NC_("month", "February"),
    NC_("month", "March"),
    NC_("month", "April"),
    NC_("month", "May"),
    NC_("month", "June"),
    NC_("month", "July"),
    NC_("month", "August"),
    NC_("month", "September"),
    NC_("month", "October"),
    NC_("month", "November"),
    NC_("month", "December"),
)
# Translators: a date written out: 'Tuesday 14 October 2025'; {weekday} and {month} are the
# names of this catalogue (context "weekday", "month"), {day} and {year} are figures.
LONG_DATE = NC_("long date", "{weekday} {day} {month} {year}")
# Translators: a date in figures: '14/10/2025' in English, '14-10-2025' in Dutch.
SHORT_DATE = NC_("short date", "{day:02d}/{month:02d}/{year}")


def long_date(day: date, language: str = "nl") -> str:
    """'dinsdag 14 oktober 2025' / 'Tuesday 14 October 2025'."""
    return translated(LONG_DATE, language).format(
        weekday=translated(WEEKDAYS[day.weekday()], language),
        day=day.day,
        month=translated(MONTHS[day.month - 1], language),
        year=day.year,
    )


@dataclass(frozen=True, slots=True)
class LongDate:
    """A date said long in a sentence of the message catalogue, in the language of the point
    of display: `InvalidInput.said("... on {date}.", date=LongDate(day))`."""

    day: date

    def say(self, language: str) -> str:
        return long_date(self.day, language)


def short_date(day: date, language: str = "nl") -> str:
    """'14-10-2025' in Dutch, '14/10/2025' in English."""
    return translated(SHORT_DATE, language).format(day=day.day, month=day.month, year=day.year)


def month_number(name: str) -> int | None:
    """1 for 'januari' or 'January' (any language BuurtDesk speaks, any case), else None."""
    wanted = name.strip().lower()
    for language in LANGUAGES:
        for number, month in enumerate(MONTHS, start=1):
            if translated(month, language).lower() == wanted:
                return number
    return None


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
            named = month_number(match.group(2)) if match else None
            if match is None or named is None:
                raise InvalidInput.said(
                    "'{text}' is not a date; write for example 14/10/2025.", text=text[:30]
                )
            day, month, year = int(match.group(1)), named, int(match.group(3))
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
