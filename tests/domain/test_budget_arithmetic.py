"""The budget arithmetic and its warnings, without a database."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.budget import (
    ConfirmationNeeded,
    Figures,
    WarningKind,
    carry_over_amount,
    framework_warnings,
    lowered_source_warnings,
    overspending_warnings,
    reversal_warnings,
    source_kind_name,
    source_warnings,
)
from buurtdesk.domain.cycle import money_check
from buurtdesk.domain.enums import CheckArea, CheckVerdict, FundingSourceKind
from buurtdesk.domain.money import Money

OK = CheckVerdict.OK


def test_free_and_remaining() -> None:
    figures = Figures(Money(100_000), Money(60_000), Money(25_000))
    assert figures.free == Money(40_000)
    assert figures.remaining == Money(35_000)
    assert not figures.is_overallocated and not figures.is_overspent


def test_carried_forward_money_is_no_longer_free() -> None:
    figures = Figures(Money(100_000), Money(60_000), Money(0), carried_forward=Money(40_000))
    assert figures.free == Money(0)
    assert carry_over_amount(figures) == Money(0)


def test_flags() -> None:
    assert Figures(Money(100), Money(150), Money(0)).is_overallocated
    assert Figures(Money(100), Money(50), Money(80)).is_overspent
    assert Figures(Money(100), Money(100), Money(0), overspent_allocations=1).is_overspent


@given(st.lists(st.tuples(*(st.integers(0, 10**9) for _ in range(4))), max_size=8))
def test_figures_add_up_when_summed(rows: list[tuple[int, int, int, int]]) -> None:
    total = Figures(Money(0), Money(0), Money(0))
    for available, allocated, spent, forward in rows:
        total = total + Figures(Money(available), Money(allocated), Money(spent), Money(forward))
    assert total.available == total.allocated + total.carried_forward + total.free
    assert total.allocated == total.spent + total.remaining
    assert total.available.cents == sum(r[0] for r in rows)


def test_carry_over_never_negative() -> None:
    assert carry_over_amount(Figures(Money(100), Money(150), Money(0))) == Money(0)
    assert carry_over_amount(Figures(Money(100), Money(30), Money(10))) == Money(70)


def test_no_framework_check_at_all() -> None:
    (warning,) = framework_warnings("Speeltuin", money_check({}, has_plan=True))
    assert warning.kind is WarningKind.FRAMEWORK_NOT_CHECKED
    assert "Speeltuin" in warning.dutch and "Speeltuin" in warning.english


def test_framework_check_in_order_only_with_a_plan_and_all_three_ok() -> None:
    assert framework_warnings("P", money_check({a: OK for a in CheckArea}, has_plan=True)) == []
    (no_plan,) = framework_warnings("P", money_check({a: OK for a in CheckArea}, has_plan=False))
    assert no_plan.kind is WarningKind.FRAMEWORK_NOT_IN_ORDER and "plan" in no_plan.english
    (partial,) = framework_warnings("P", money_check({CheckArea.FINANCIAL: OK}, has_plan=True))
    assert partial.kind is WarningKind.FRAMEWORK_NOT_IN_ORDER
    assert "not checked" in partial.english
    verdicts = {
        CheckArea.FINANCIAL: OK,
        CheckArea.CONTENT: CheckVerdict.NEEDS_WORK,
        CheckArea.LEGAL: OK,
    }
    (bad,) = framework_warnings("P", money_check(verdicts, has_plan=True))
    assert "needs work" in bad.english and bad.dutch != bad.english


def test_source_and_spending_warnings_name_the_shortfall() -> None:
    assert source_warnings("SAM", Money(500), Money(500)) == []
    (w,) = source_warnings("SAM", Money(500), Money(800))
    assert (
        w.kind is WarningKind.SOURCE_OVERALLOCATED
        and "€\u00a03,00" in w.dutch
        and "€3.00" in w.english
    )
    assert overspending_warnings("x", Money(100), Money(100)) == []
    (o,) = overspending_warnings("", Money(100), Money(250))
    assert o.kind is WarningKind.ALLOCATION_OVERSPENT and "€\u00a01,50" in o.dutch
    assert (
        o.dutch == "Er is nog €\u00a01,00 over van de toekenning; dit gaat er €\u00a01,50 overheen."
    )
    (named,) = overspending_warnings("Bankjes", Money(100), Money(250))
    assert named.message("en") == (
        "€1.00 is left of the allocation to 'Bankjes'; this exceeds it by €1.50."
    )
    assert reversal_warnings(Money(100), Money(100)) == []
    assert reversal_warnings(Money(100), Money(50))[0].kind is WarningKind.ALLOCATION_OVERSPENT
    after = Figures(Money(100), Money(300), Money(0))
    assert lowered_source_warnings("SAM", after)[0].kind is WarningKind.SOURCE_OVERALLOCATED


def test_confirmation_needed_lists_every_reason() -> None:
    warnings = framework_warnings("P", money_check({}, has_plan=True)) + source_warnings(
        "SAM", Money(0), Money(1)
    )
    error = ConfirmationNeeded(warnings)
    assert error.warnings == tuple(warnings)
    assert "P" in error.message("nl") and "SAM" in error.message("nl")
    assert error.message("en").endswith("Continue anyway?")


def test_every_source_kind_has_a_name_in_both_languages() -> None:
    for kind in FundingSourceKind:
        assert source_kind_name(kind, "nl") and source_kind_name(kind, "en")
    assert source_kind_name(FundingSourceKind.SAM_FUND) == "SAM-fonds"
