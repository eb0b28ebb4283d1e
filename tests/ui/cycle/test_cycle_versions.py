"""Two people edit the same part of the Toekomstagenda at once (two BuurtDesks on one database
file): the second save is not silently applied. The second person sees both versions and
chooses; after "keep mine", undo brings back what the other person had stored. For a theme's
name, a wish, and a party's commitment."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from window_check import message_read

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, Party, PhaseKind
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite
from buurtdesk.ui.cycle.section import ToekomstagendaSection
from buurtdesk.ui.cycle.vision import VisionPage

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@dataclass
class Round:
    council: int
    cycle: int
    theme: int
    wish: int
    priority: int


@pytest.fixture
def other(database, db_path: Path, clock) -> Iterator[Services]:  # type: ignore[no-untyped-def]
    """The other person's BuurtDesk, on the same database file."""
    db = open_sqlite(db_path)
    yield Services.build(db, clock)
    db.dispose()


@pytest.fixture
def page(qtbot, services: Services, dutch):  # type: ignore[no-untyped-def]
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    cycle = services.cycle.start_round(council, vision="Een groen en veilig dorp").id
    theme = services.vision.add_theme(cycle, "Verkeer").id
    wish = services.vision.add_wish(theme, "Minder auto's", "Anna").id
    session = services.priorities.open_vote_session(cycle, participants=4)
    services.priorities.enter_paper_tally(session.id, {wish: 4})
    (priority,) = services.priorities.keep_priorities(session.id, top=1)
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(council))
    section = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(section)
    section.show_phase(PhaseKind.VISION)
    vision: VisionPage = section.page(PhaseKind.VISION)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return Round(council, cycle, theme, wish, priority.id), section, vision


def answer(keep_mine: bool, seen: list[str]) -> None:
    """When the question about the two versions comes up, read it and press a button."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(message_read(box))
        wanted = "mijn" if keep_mine else "andere"
        for button in box.buttons():
            if wanted in button.text().replace("&", "").lower():
                button.click()
                return

    QTimer.singleShot(0, look)


def edit_in_tree(qtbot, vision: VisionPage, shown: str, column: int, typed: str) -> None:  # type: ignore[no-untyped-def]
    item = next(i for i in vision._all_items() if i.text(0) == shown)
    vision.tree.setFocus()
    vision.tree.setCurrentItem(item, column)
    qtbot.keyClick(vision.tree, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not vision.tree)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, typed)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def _theme(s: Services, r: Round) -> str:
    return next(t.name for t in s.vision.vision(r.cycle).themes if t.id == r.theme)


def _wish(s: Services, r: Round) -> str:
    return next(w.text for t in s.vision.vision(r.cycle).themes for w in t.wishes if w.id == r.wish)


def _commitment(s: Services, r: Round) -> str:
    (priority,) = s.priorities.priorities(r.cycle)
    return next((c.commitment for c in priority.commitments if c.party == Party.POLICE), "")


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_theme_name(qtbot, page, other: Services, keep_mine: bool) -> None:  # type: ignore[no-untyped-def]
    r, section, vision = page
    other.vision.update_theme(r.theme, name="Verkeer en parkeren", expected_version=1)
    seen: list[str] = []
    answer(keep_mine, seen)
    edit_in_tree(qtbot, vision, "Verkeer", 0, "Verkeersveiligheid")
    check(
        qtbot,
        section,
        seen,
        keep_mine,
        lambda: _theme(other, r),
        "Verkeersveiligheid",
        "Verkeer en parkeren",
    )
    expected = "Verkeersveiligheid" if keep_mine else "Verkeer en parkeren"
    qtbot.waitUntil(lambda: expected in [i.text(0) for i in vision._all_items()])


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_wish(qtbot, page, other: Services, keep_mine: bool) -> None:  # type: ignore[no-untyped-def]
    r, section, vision = page
    other.vision.update_wish(r.wish, text="Minder auto's in de Kloosterstraat", expected_version=1)
    seen: list[str] = []
    answer(keep_mine, seen)
    edit_in_tree(qtbot, vision, "Minder auto's", 0, "Minder hardrijders")
    check(
        qtbot,
        section,
        seen,
        keep_mine,
        lambda: _wish(other, r),
        "Minder hardrijders",
        "Minder auto's in de Kloosterstraat",
    )


@pytest.mark.parametrize("keep_mine", [True, False])
def test_a_commitment(qtbot, page, other: Services, keep_mine: bool) -> None:  # type: ignore[no-untyped-def]
    r, section, vision = page
    other.priorities.set_commitment(
        r.priority, Party.POLICE, "De wijkagent controleert", expected_version=0
    )
    box = vision.votes.priorities_box
    vision.votes.tabs.setCurrentWidget(box)
    field = box.commitments[Party.POLICE]
    assert field.text() == ""  # this screen was loaded before the other person wrote it
    seen: list[str] = []
    answer(keep_mine, seen)
    field.setFocus()
    qtbot.keyClicks(field, "Flitspaal in de zomer")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    check(
        qtbot,
        section,
        seen,
        keep_mine,
        lambda: _commitment(other, r),
        "Flitspaal in de zomer",
        "De wijkagent controleert",
    )
    expected = "Flitspaal in de zomer" if keep_mine else "De wijkagent controleert"
    qtbot.waitUntil(lambda: box.commitments[Party.POLICE].text() == expected)


def check(qtbot, section, seen, keep_mine, stored, mine: str, theirs: str) -> None:  # type: ignore[no-untyped-def]
    """Both versions were shown; the chosen one is stored; undo after "keep mine" brings back
    the other person's value (as the other BuurtDesk reads it)."""
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert mine in seen[0] and theirs in seen[0]
    assert "tegelijk" in seen[0]  # Dutch: someone else changed this at the same time
    assert stored() == (mine if keep_mine else theirs)
    if keep_mine:
        section.context.undo_stack.undo()
        assert stored() == theirs
        section.context.undo_stack.redo()
        assert stored() == mine
    if keep_mine:
        assert section.notice.message() == ""
    else:  # the newest version is shown, and why
        assert "Iemand anders heeft dit intussen gewijzigd" in section.notice.message()
