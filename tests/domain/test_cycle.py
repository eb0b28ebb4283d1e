"""Rules of the toekomstagenda cycle: ranking with visible ties, dots, phase moves, money check."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from buurtdesk.domain.cycle import (
    PhaseSkipNeedsConfirmation,
    TalliedWish,
    check_paper_tally,
    count_dots,
    money_check,
    plan_phase_move,
    rank_wishes,
)
from buurtdesk.domain.enums import CheckArea, CheckVerdict, PhaseKind
from buurtdesk.domain.errors import InvalidInput

tallies = st.lists(
    st.tuples(st.text(max_size=80), st.integers(min_value=0, max_value=10_000)), max_size=40
).map(lambda pairs: [TalliedWish(i + 1, label, dots) for i, (label, dots) in enumerate(pairs)])


@given(tallies, st.integers(min_value=0, max_value=45))
def test_the_ranking_is_a_permutation_that_keeps_every_dot(
    wishes: list[TalliedWish], top_n: int
) -> None:
    ranking = rank_wishes(wishes, top_n)
    assert sorted(r.wish_id for r in ranking.ranked) == [w.wish_id for w in wishes]
    assert ranking.total_dots == sum(w.dots for w in wishes)
    assert [r.rank for r in ranking.ranked] == list(range(1, len(wishes) + 1))
    for a, b in zip(ranking.ranked, ranking.ranked[1:], strict=False):
        assert a.dots > b.dots or (a.dots == b.dots and a.wish_id < b.wish_id)  # entry order
    assert ranking.top == tuple(r for r in ranking.ranked[:top_n] if r.dots > 0)
    assert len(ranking.tie_notes("nl")) == len(ranking.tie_notes("en"))
    tied_in_top = {r.dots for r in ranking.ranked[:top_n] if r.tied_with and r.dots > 0}
    assert len(ranking.tie_notes("nl")) == len(tied_in_top)
    for r in ranking.top:
        assert bool(r.tie_note("nl")) == bool(r.tied_with)


def test_a_tie_across_the_line_is_explained() -> None:
    wishes = [
        TalliedWish(1, "Bomen", 4),
        TalliedWish(2, "Licht", 2),
        TalliedWish(3, "Bankjes", 5),
        TalliedWish(4, "Speeltuin", 2),
    ]
    ranking = rank_wishes(wishes, top_n=3)
    assert [r.wish_id for r in ranking.top] == [3, 1, 2]
    assert ranking.tie_notes("nl") == (
        "Gelijke stand: 'Licht' en 'Speeltuin' hebben elk 2 stippen; bij een gelijk aantal stippen gaat "
        "de wens voor die het eerst is ingevoerd. Daardoor hoort 'Licht' bij de top 3; 'Speeltuin' valt erbuiten.",
    )
    assert ranking.tie_notes("en")[0].startswith("Tie: 'Licht' and 'Speeltuin' have 2 dots each;")
    assert ranking.top[2].tie_note("en") == ranking.tie_notes("en")[0]


def test_a_tie_inside_the_top_is_noted_too_and_none_without_ties() -> None:
    inside = rank_wishes(
        [TalliedWish(1, "A", 3), TalliedWish(2, "B", 3), TalliedWish(3, "C", 1)], top_n=3
    )
    assert inside.tie_notes("nl") == (
        "Gelijke stand: 'A' en 'B' hebben elk 3 stippen; "
        + "bij een gelijk aantal stippen gaat de wens voor die het eerst is ingevoerd.",
    )
    assert (
        rank_wishes([TalliedWish(1, "A", 3), TalliedWish(2, "B", 1)], top_n=3).tie_notes("nl") == ()
    )


def test_a_wish_counted_twice_is_refused() -> None:
    with pytest.raises(InvalidInput):
        rank_wishes([TalliedWish(1, "A", 1), TalliedWish(1, "A", 2)])


def test_dots_on_screen() -> None:
    assert count_dots([5, 5, 7], 3, "Anna", [5, 7]) == {5: 2, 7: 1}
    with pytest.raises(InvalidInput) as many:
        count_dots([5, 5, 7, 7], 3, "Anna", [5, 7])
    assert (
        many.value.dutch == "Anna heeft 4 stippen gezet, maar iedereen heeft er 3; haal er 1 weg."
    )
    with pytest.raises(InvalidInput) as unknown:
        count_dots([9], 3, "Anna", [5, 7])
    assert "Wish 9" in unknown.value.english


@given(
    st.lists(st.integers(min_value=1, max_value=5), max_size=20),
    st.integers(min_value=1, max_value=10),
)
def test_counted_dots_never_exceed_what_is_allowed(ids: list[int], allowed: int) -> None:
    try:
        dots = count_dots(ids, allowed, "X", range(1, 6))
    except InvalidInput:
        assert len(ids) > allowed
    else:
        assert sum(dots.values()) == len(ids) <= allowed


def test_a_paper_tally_cannot_hold_more_dots_than_were_handed_out() -> None:
    assert check_paper_tally({1: 10, 2: 8}, 3, 6) == 18
    assert check_paper_tally({1: 100}, 3, 0) == 100  # participants unknown: no ceiling
    with pytest.raises(InvalidInput):
        check_paper_tally({1: 10, 2: 8}, 3, 6, already_counted=1)
    with pytest.raises(InvalidInput):
        check_paper_tally({1: -1}, 3, 6)


def test_phase_moves() -> None:
    assert plan_phase_move(PhaseKind.VISION, PhaseKind.ROLES, confirmed=False, note="").steps == 1
    with pytest.raises(PhaseSkipNeedsConfirmation) as skip:
        plan_phase_move(PhaseKind.VISION, PhaseKind.EXECUTION, confirmed=False, note="")
    assert skip.value.skipped == (PhaseKind.ROLES, PhaseKind.PLANS)
    assert (
        skip.value.dutch
        == "Van visie naar uitvoering slaat rollen en plannen en projecten over. Weet u het zeker?"
    )
    assert plan_phase_move(
        PhaseKind.VISION, PhaseKind.EXECUTION, confirmed=True, note=""
    ).skipped == (
        PhaseKind.ROLES,
        PhaseKind.PLANS,
    )
    with pytest.raises(InvalidInput):
        plan_phase_move(PhaseKind.PLANS, PhaseKind.ROLES, confirmed=False, note="  ")
    assert plan_phase_move(
        PhaseKind.PLANS, PhaseKind.ROLES, confirmed=False, note="Trekker weg"
    ).is_back
    with pytest.raises(InvalidInput):
        plan_phase_move(PhaseKind.PLANS, PhaseKind.PLANS, confirmed=True, note="")


def test_money_follows_content() -> None:
    all_ok = {a: CheckVerdict.OK for a in CheckArea}
    assert money_check(all_ok, has_plan=True).all_ok
    assert not money_check(all_ok, has_plan=False).all_ok
    legal = money_check({**all_ok, CheckArea.LEGAL: CheckVerdict.NOT_FEASIBLE}, has_plan=True)
    assert legal.reason("nl") == "Nog niet klaar voor geld: juridisch: niet haalbaar."
    partial = money_check({CheckArea.CONTENT: CheckVerdict.NEEDS_WORK}, has_plan=True)
    assert partial.missing == (CheckArea.FINANCIAL, CheckArea.LEGAL)
    assert (
        partial.reason("en")
        == "Not ready for money yet: content: needs work; financial and legal: not checked yet."
    )
