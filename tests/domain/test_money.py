"""Money as people type it and as the council reads it: whole cents, never floats."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.money import Money


@pytest.mark.parametrize(
    ("typed", "cents"),
    [
        ("1.250,50", 125050),
        ("1250,50", 125050),
        ("€ 1.250", 125000),
        ("1250.50", 125050),
        ("1250", 125000),
        ("€1,250.50", 125050),
        ("€ 1.250,50", 125050),
        ("1.250,-", 125000),
        ("1.250.000", 125000000),
        ("1,250,000.00", 125000000),
        ("1 250,50", 125050),
        ("EUR 12,50", 1250),
        ("eur 5", 500),
        ("12,5", 1250),
        ("0,05", 5),
        ("0", 0),
        ("  42  ", 4200),
        ("1250 €", 125000),
        ("\u00a0€\u00a07,25", 725),
    ],
)
def test_accepted_forms(typed: str, cents: int) -> None:
    assert Money.parse(typed) == Money(cents)


@pytest.mark.parametrize(
    ("typed", "reason_en"),
    [
        ("1.250", "ambiguous"),
        ("1,250", "ambiguous"),
        ("€ 1,250", "ambiguous"),
        ("12 50", "ambiguous"),
        ("1,250,50", "ambiguous"),
        ("12,345.67.89", "ambiguous"),
        ("€ 1234.567", "ambiguous"),
        ("1.2345", "more than two decimal digits"),
        ("12,505", "ambiguous"),
        ("0,125", "more than two decimal digits"),
        ("abc", "not an amount"),
        ("1e5", "not an amount"),
        ("--5", "not an amount"),
        ("€€5", "not an amount"),
        ("", "Enter an amount"),
        ("   ", "Enter an amount"),
        ("-5", "negative"),
        ("-€ 1.250,50", "negative"),
        ("€ -12,50", "negative"),
        ("99999999999999", "implausibly large"),
    ],
)
def test_refused_forms_say_why_in_both_languages(typed: str, reason_en: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        Money.parse(typed)
    assert reason_en in caught.value.english
    assert caught.value.dutch and caught.value.dutch != caught.value.english


def test_negative_only_where_allowed() -> None:
    assert Money.parse("-12,50", allow_negative=True) == Money(-1250)
    assert Money.parse("-€ 1.250,50", allow_negative=True) == Money(-125050)
    assert Money.parse("\u2212 3", allow_negative=True) == Money(-300)


def test_ambiguity_is_explained_in_dutch() -> None:
    with pytest.raises(InvalidInput) as caught:
        Money.parse("1.250")
    assert "dubbelzinnig" in caught.value.dutch


def test_floats_are_refused() -> None:
    with pytest.raises(TypeError):
        Money(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money.parse(12.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Money(True)


@pytest.mark.parametrize(
    ("cents", "dutch", "english"),
    [
        (125050, "€ 1.250,50", "€1,250.50"),
        (0, "€ 0,00", "€0.00"),
        (5, "€ 0,05", "€0.05"),
        (100000000, "€ 1.000.000,00", "€1,000,000.00"),
        (-125050, "-€ 1.250,50", "-€1,250.50"),
    ],
)
def test_display(cents: int, dutch: str, english: str) -> None:
    assert Money(cents).format("nl") == dutch
    assert str(Money(cents)) == dutch
    assert Money(cents).format("en") == english


def test_arithmetic_stays_in_cents() -> None:
    assert Money(10) + Money(5) - Money(20) == Money(-5)
    assert -Money(3) == Money(-3)
    assert Money.euros(12, 50) == Money(1250)
    assert not Money.zero()


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_what_is_shown_reads_back_the_same(cents: int) -> None:
    for language in ("nl", "en"):
        assert Money.parse(Money(cents).format(language), allow_negative=True) == Money(cents)


def test_words_are_not_an_amount_rather_than_ambiguous() -> None:
    from buurtdesk.domain.errors import InvalidInput

    with pytest.raises(InvalidInput, match="is geen bedrag"):
        Money.parse("twaalf euro")
