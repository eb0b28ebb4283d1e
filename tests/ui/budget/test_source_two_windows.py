"""Two treasurers correct the same funding source at once, each in their own BuurtDesk (two
windows on one file, or two laptops on one shared server): the second save is never
silently applied. The second sees both versions (the amounts as amounts) and chooses; after
"keep mine" undo brings back the whole source exactly as the first stored it, after "keep
theirs" the newest is in the form with a word why. On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from two_windows import (
    SOMEONE_ELSE,
    activate,
    answer,
    focus,
    open_window,
    press,
    second_services,
    type_keys,
)

from buurtdesk.domain.enums import CouncilKind, FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.ui.budget.section import BudgetSection
from buurtdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.postgres]

YEAR = 2026
# name, amount, conditions, carry over
FIRST = ("Gemeente Venlo", Money(100_000), "Voor activiteiten in de wijk", False)


class Answers:
    """The budget's own yes/no questions (lowering a source): always yes."""

    def confirm(self, title: str, text: str) -> bool:
        return True

    def text(self, title: str, prompt: str) -> str | None:
        return None


@dataclass
class Side:
    services: Services
    window: MainWindow
    section: BudgetSection


@dataclass
class Two:
    council: int
    source: int
    first: Side  # saves first
    second: Side  # saves second, on the copy on her screen


def _side(qtbot: QtBot, services: Services, council: int) -> Side:
    window = open_window(qtbot, services, council)
    section = next(s for s in window.sections if isinstance(s, BudgetSection))
    window.show_section(section)
    section.questions = Answers()
    assert section.year == YEAR
    page = section.sources
    page.table.selectRow(0)  # the one source, chosen: the form shows it
    assert page.name.text() == FIRST[0]
    return Side(services, window, section)


@pytest.fixture
def two(qtbot: QtBot, any_services: Services, clock, dutch) -> Iterator[Two]:  # type: ignore[no-untyped-def]
    council = any_services.councils.create_council(
        "Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    ).id
    name, amount, conditions, carry = FIRST
    source = any_services.budget.add_source(
        council,
        YEAR,
        FundingSourceKind.MUNICIPAL_BUDGET,
        amount,
        name=name,
        conditions=conditions,
        carry_over_allowed=carry,
    ).id
    with second_services(any_services.database, clock) as other:
        yield Two(
            council, source, _side(qtbot, any_services, council), _side(qtbot, other, council)
        )


def _stored(services: Services, two: Two) -> tuple[str, Money, str, bool]:
    (source,) = [s for s in services.budget.list_sources(two.council, YEAR) if s.id == two.source]
    return source.name, source.amount, source.conditions, source.carry_over_allowed


def _type_in(qtbot: QtBot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    focus(qtbot, field)
    type_keys(qtbot, text)


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep-mine", "keep-theirs"])
def test_a_funding_source(qtbot: QtBot, two: Two, keep_mine: bool) -> None:
    first, second = two.first, two.second
    # The first treasurer raises the amount and writes the conditions out; Enter saves.
    activate(qtbot, first.window)
    page = first.section.sources
    _type_in(qtbot, page.conditions, "Voor activiteiten en de buurtkrant")
    _type_in(qtbot, page.amount, "1.500,00")
    press(qtbot, Qt.Key.Key_Return)
    theirs = ("Gemeente Venlo", Money(150_000), "Voor activiteiten en de buurtkrant", False)
    assert _stored(second.services, two) == theirs
    # The second, on her older copy, renames it and lowers the amount; Enter saves.
    activate(qtbot, second.window)
    page = second.section.sources
    assert page.amount.text() == "€\u00a01.000,00"
    _type_in(qtbot, page.name, "Wijkbudget Venlo")
    _type_in(qtbot, page.amount, "1.200,00")
    seen: list[str] = []
    answer(keep_mine, seen)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    question = seen[0]
    assert "tegelijk" in question
    assert "Wijkbudget Venlo" in question and "Gemeente Venlo" in question
    assert "1.200,00" in question and "1.500,00" in question  # both amounts, as amounts

    mine = ("Wijkbudget Venlo", Money(120_000), "Voor activiteiten en de buurtkrant", False)
    stored = lambda: _stored(first.services, two)  # noqa: E731 - as the other BuurtDesk reads it
    stack = second.section.context.undo_stack
    if keep_mine:  # hers on the newest: the other's conditions stay
        assert stored() == mine
        assert second.section.notice.message() == ""
        stack.undo()  # the whole source back as the first treasurer stored it
        assert stored() == theirs
        stack.redo()
        assert stored() == mine
        # Now the first undoes his edit: her version is newer than his, so he is asked too.
        activate(qtbot, first.window)
        asked: list[str] = []
        answer(False, asked)  # he lets her version stay
        first.section.context.undo_stack.undo()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert "1.000,00" in asked[0] and "1.200,00" in asked[0]  # his old amount, her new
        assert stored() == mine
        assert SOMEONE_ELSE in first.section.notice.message()
    else:
        assert stored() == theirs
        assert SOMEONE_ELSE in second.section.notice.message()
        assert stack.count() == 0  # nothing of hers was stored
        qtbot.waitUntil(lambda: page.amount.text() == "€\u00a01.500,00")
        assert page.name.text() == "Gemeente Venlo"
    assert first.section.context.undo_stack.count() == 1  # the first's own edit stays his
    qtbot.wait(3100)  # a second question for the same save would have come by now
    assert len(seen) == 1, seen
