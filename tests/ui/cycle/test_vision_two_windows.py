"""Two people change the round's vision text or its horizon year at once, each in their own
BuurtDesk (two windows on one file, or two laptops on one shared server): the second save
is never silently applied. The second person sees both versions and chooses; after "keep
mine" undo brings back exactly what the first person stored, after "keep theirs" the newest
is on screen with a word why. On SQLite and on PostgreSQL."""

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

from buurtdesk.domain.enums import CouncilKind, PhaseKind
from buurtdesk.services import Services
from buurtdesk.ui.cycle.section import ToekomstagendaSection
from buurtdesk.ui.cycle.vision import VisionPage
from buurtdesk.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support"), pytest.mark.postgres]

FIRST_VISION = "Een groen en veilig dorp"


@dataclass
class Side:
    services: Services
    window: MainWindow
    section: ToekomstagendaSection
    page: VisionPage


@dataclass
class Two:
    cycle: int
    chair: Side  # saves first
    secretary: Side  # saves second, on the copy she had on screen


def _side(qtbot: QtBot, services: Services, council: int) -> Side:
    window = open_window(qtbot, services, council)
    section = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(section)
    section.show_phase(PhaseKind.VISION)
    return Side(services, window, section, section.page(PhaseKind.VISION))


@pytest.fixture
def two(qtbot: QtBot, any_services: Services, clock, dutch) -> Iterator[Two]:  # type: ignore[no-untyped-def]
    council = any_services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    cycle = any_services.cycle.start_round(council, vision=FIRST_VISION, horizon_year=2030).id
    with second_services(any_services.database, clock) as other:
        chair = _side(qtbot, any_services, council)
        secretary = _side(qtbot, other, council)
        assert secretary.page.vision_text.toPlainText() == FIRST_VISION
        yield Two(cycle, chair, secretary)


def _stored(services: Services, cycle: int) -> tuple[str, int | None]:
    (round_,) = [
        r
        for r in services.cycle.list_rounds(services.councils.list_councils()[0].id)
        if r.id == cycle
    ]
    return round_.vision, round_.horizon_year


def _save_vision(qtbot: QtBot, side: Side, text: str) -> None:
    activate(qtbot, side.window)
    focus(qtbot, side.page.vision_text)
    type_keys(qtbot, text)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # saves


def _save_horizon(qtbot: QtBot, side: Side, year: str) -> None:
    activate(qtbot, side.window)
    focus(qtbot, side.page.horizon)
    type_keys(qtbot, year)
    press(qtbot, Qt.Key.Key_Return)  # editing finished: saves


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep-mine", "keep-theirs"])
def test_the_vision_text(qtbot: QtBot, two: Two, keep_mine: bool) -> None:
    chair, secretary = two.chair, two.secretary
    theirs, mine = "Een groen dorp waar kinderen veilig fietsen", "Een dorp waar iedereen meedoet"
    _save_vision(qtbot, chair, theirs)
    assert _stored(secretary.services, two.cycle) == (theirs, 2030)
    assert secretary.page.vision_text.toPlainText() == FIRST_VISION  # her copy is older
    seen: list[str] = []
    answer(keep_mine, seen)
    _save_vision(qtbot, secretary, mine)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "tegelijk" in seen[0] and mine in seen[0] and theirs in seen[0]
    _after_the_choice(qtbot, two, keep_mine, (mine, 2030), (theirs, 2030), seen)
    shown = mine if keep_mine else theirs
    qtbot.waitUntil(lambda: secretary.page.vision_text.toPlainText() == shown)


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep-mine", "keep-theirs"])
def test_the_horizon_year(qtbot: QtBot, two: Two, keep_mine: bool) -> None:
    chair, secretary = two.chair, two.secretary
    _save_horizon(qtbot, chair, "2035")
    assert _stored(secretary.services, two.cycle) == (FIRST_VISION, 2035)
    assert secretary.page.horizon.value() == 2030
    seen: list[str] = []
    answer(keep_mine, seen)
    _save_horizon(qtbot, secretary, "2040")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "2040" in seen[0] and "2035" in seen[0] and "Horizonjaar" in seen[0]
    _after_the_choice(qtbot, two, keep_mine, (FIRST_VISION, 2040), (FIRST_VISION, 2035), seen)
    shown = 2040 if keep_mine else 2035
    qtbot.waitUntil(lambda: secretary.page.horizon.value() == shown)


def test_both_edits_of_different_fields_stay(qtbot: QtBot, two: Two) -> None:
    """The chair changes the horizon, the secretary the vision: nothing to choose between, yet
    her copy was older; she is asked, keeps hers, and the chair's year stays."""
    chair, secretary = two.chair, two.secretary
    _save_horizon(qtbot, chair, "2035")
    seen: list[str] = []
    answer(True, seen)
    _save_vision(qtbot, secretary, "Een dorp waar iedereen meedoet")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert _stored(chair.services, two.cycle) == ("Een dorp waar iedereen meedoet", 2035)
    qtbot.wait(3100)
    assert len(seen) == 1, seen


def _after_the_choice(
    qtbot: QtBot,
    two: Two,
    keep_mine: bool,
    mine: tuple[str, int | None],
    theirs: tuple[str, int | None],
    seen: list[str],
) -> None:
    """The chosen version is stored (as the other BuurtDesk reads it); after "keep mine" undo
    brings back exactly the other person's version and redo hers again."""
    secretary, chair = two.secretary, two.chair
    stored = lambda: _stored(chair.services, two.cycle)  # noqa: E731
    assert stored() == (mine if keep_mine else theirs)
    stack = secretary.section.context.undo_stack
    if keep_mine:
        assert secretary.section.notice.message() == ""
        stack.undo()
        assert stored() == theirs
        stack.redo()
        assert stored() == mine
        # The chair undoes his edit: hers is newer, so he is asked as well, and keeps hers.
        activate(qtbot, chair.window)
        asked: list[str] = []
        answer(False, asked)
        chair.section.context.undo_stack.undo()
        qtbot.waitUntil(lambda: bool(asked), timeout=5000)
        assert stored() == mine
        assert SOMEONE_ELSE in chair.section.notice.message()
    else:  # nothing of hers was stored, so there is nothing to undo
        assert SOMEONE_ELSE in secretary.section.notice.message()
        assert stack.count() == 0
    assert chair.section.context.undo_stack.count() == 1  # the chair's own edit, untouched
    qtbot.wait(3100)  # any second question would have come by now
    assert len(seen) == 1, seen  # asked once, not again when the question took the focus
