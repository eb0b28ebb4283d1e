"""Dates and whole amounts on screen are written as the language on screen writes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication

from buurtdesk.domain.money import Money
from buurtdesk.ui.common import labels
from buurtdesk.ui.municipality.council_model import whole_euros

DAY = date(2026, 11, 23)


def test_dutch_dates_and_amounts(dutch: QApplication) -> None:
    assert labels.ui_language() == "nl"
    assert labels.long_date(DAY) == "maandag 23 november 2026"
    assert labels.short_date(DAY) == "23-11-2026"
    assert labels.short_date(None) == ""
    assert whole_euros(Money(2_370_049)) == "23.700"
    assert whole_euros(Money(-123_456_700)) == "-1.234.567"
    assert whole_euros(Money(99_900)) == "999"


def test_english_dates_and_amounts(english: QApplication) -> None:
    assert labels.ui_language() == "en"
    assert labels.long_date(DAY) == "Monday 23 November 2026"
    assert labels.short_date(DAY) == "23/11/2026"
    assert whole_euros(Money(2_370_049)) == "23,700"
    assert whole_euros(Money(-123_456_700)) == "-1,234,567"
