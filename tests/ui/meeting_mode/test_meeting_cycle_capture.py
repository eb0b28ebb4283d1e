"""A chair runs a toekomstagenda session in meeting mode, by keyboard: wishes (Ctrl+W), the dot
vote of this meeting (Ctrl+T) and a role (Ctrl+R) land in the round, and each can be undone."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import LadderStep
from buurtdesk.ui.meeting_mode.cycle_dialogs import RoleDialog, WishDialog
from buurtdesk.ui.meeting_mode.vote_dialog import VoteDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def round_(services):
    """The Teststad council in the vision phase: three themes, one wish already written down,
    and a toekomstagenda session prepared for 17 March."""
    world = build_world(services)
    cycle = services.cycle.start_round(world.council.id, horizon_year=2030)
    for name in ("Groen", "Veiligheid", "Ontmoeten"):
        services.vision.add_theme(cycle.id, name)
    themes = {t.name: t.id for t in services.vision.vision(cycle.id).themes}
    services.vision.add_wish(themes["Ontmoeten"], "Een buurthuis dat 's avonds open is")
    session = services.cycle.prepare_session(world.council.id, date(2026, 3, 17))
    return world, cycle, themes, session.meeting


def open_mode(qtbot, services, meeting_id: int) -> MeetingModeWindow:
    window = MeetingModeWindow(make_context(services), meeting_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.notes.setFocus()
    return window


def press(qtbot, mode, key: Qt.Key, kind: type):
    """A shortcut typed in the notes; the dialog it opens, active as a window manager makes it."""
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, key, CTRL)
    assert isinstance(mode.dialog, kind)
    dialog = mode.dialog
    assert dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)
    qtbot.wait(5)  # a cell editor closes through the event queue, as between real key presses


def add_wish(qtbot, mode, text: str) -> None:
    dialog = press(qtbot, mode, Qt.Key.Key_W, WishDialog)
    assert QApplication.focusWidget() is dialog.text
    typed(qtbot, text)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()


def wishes(services, cycle_id: int) -> dict[str, str]:
    return {w.text: t.name for t in services.vision.vision(cycle_id).themes for w in t.wishes}


def test_wishes_dot_vote_and_role_land_in_the_round_and_undo(qtbot, services, round_, dutch):
    world, cycle, themes, meeting = round_
    mode = open_mode(qtbot, services, meeting.id)
    assert mode.cycle.applies()
    shown = [k.button.text() for k in mode.keys.keys if k.button and k.button.isVisible()]
    assert any("Ctrl+W" in text for text in shown), shown

    # Two wishes: one under the theme the dialog offers first, one under Veiligheid.
    add_wish(qtbot, mode, "Meer bomen in de Kerkstraat")
    dialog = press(qtbot, mode, Qt.Key.Key_W, WishDialog)
    dialog.theme.setFocus()
    qtbot.keyClicks(dialog.theme, "Veil")
    assert dialog.theme.currentText() == "Veiligheid"
    dialog.text.setFocus()
    typed(qtbot, "Licht op het fietspad")
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert wishes(services, cycle.id) == {
        "Een buurthuis dat 's avonds open is": "Ontmoeten",
        "Meer bomen in de Kerkstraat": "Groen",
        "Licht op het fietspad": "Veiligheid",
    }
    assert "Veiligheid" in mode.panel.notice.text()

    # The dot vote of this meeting: 3 dots each, 4 people, then the paper tally per wish.
    votes = press(qtbot, mode, Qt.Key.Key_T, VoteDialog)
    assert votes.setup.isVisible() and QApplication.focusWidget() is votes.dots
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "3")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "4")
    key(qtbot, Qt.Key.Key_Return)
    sessions = services.vision.vision(cycle.id).vote_sessions
    assert [(s.meeting_id, s.dots_per_participant, s.participants) for s in sessions] == [
        (meeting.id, 3, 4)
    ]
    assert votes.counting.isVisible() and not votes.setup.isVisible()
    assert votes.table.isAncestorOf(QApplication.focusWidget())  # first cell, ready to type
    # rows follow the order of entry: buurthuis, bomen, fietspad
    for dots in ("2", "5", "2"):
        typed(qtbot, dots)
        key(qtbot, Qt.Key.Key_Return)
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    session = services.priorities.vote_session(sessions[0].id)
    assert {t.wish_text: t.dots for t in session.tally} == {
        "Een buurthuis dat 's avonds open is": 2,
        "Meer bomen in de Kerkstraat": 5,
        "Licht op het fietspad": 2,
    }
    top = votes.top.text()
    assert "1. Meer bomen in de Kerkstraat — 5 stippen" in top
    assert "2. Een buurthuis dat 's avonds open is — 2 stippen" in top
    assert "⚖" in top and session.tie_notes  # the tie between 2nd and 3rd is explained

    # More dots than 4 × 3 is refused with the service's own sentence; nothing changes.
    votes.table.setFocus()
    votes.table.setCurrentIndex(votes.model.index(0, 2))
    typed(qtbot, "9")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return, CTRL)
    assert votes.warning.isVisible() and "stippen" in votes.warning.text()
    assert services.priorities.vote_session(session.id).total_dots == 9
    qtbot.keyClick(votes, Qt.Key.Key_Escape)
    assert not votes.isVisible()

    # Ctrl+T again continues the same session of this meeting.
    again = press(qtbot, mode, Qt.Key.Key_T, VoteDialog)
    assert again.session is not None and again.session.id == session.id
    assert not again.setup.isVisible()
    qtbot.keyClick(again, Qt.Key.Key_Escape)

    # A role for a resident, with a step on the initiative ladder.
    role = press(qtbot, mode, Qt.Key.Key_R, RoleDialog)
    assert QApplication.focusWidget() is role.who
    typed(qtbot, "Anna Maas")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_A, CTRL)
    typed(qtbot, "Trekker")
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is role.subject
    typed(qtbot, "Thema:")  # a space would open the list; the first theme is Groen
    assert role.subject.currentText() == "Thema: Groen"
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # initiatiefnemer
    assert QApplication.focusWidget() is role.step, QApplication.focusWidget()
    assert role.step.currentData() == LadderStep.INITIATOR, role.step.currentText()
    role.who.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert not role.isVisible()
    anna = world.people["Anna Maas"].id
    assigned = services.cycle.round_overview(world.council.id).roles.assignments
    assert [(a.person_id, a.role, a.theme_id) for a in assigned] == [
        (anna, "Trekker", themes["Groen"])
    ]
    ladder = {v.person_id: v.step for v in services.roles.ladder(world.council.id)}
    assert ladder[anna] == LadderStep.INITIATOR

    # Undo, one capture at a time, newest first.
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.cycle.round_overview(world.council.id).roles.assignments == ()
    assert {v.person_id: v.step for v in services.roles.ladder(world.council.id)}.get(anna) is None
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.priorities.vote_session(session.id).total_dots == 0
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.vision.vision(cycle.id).vote_sessions == ()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Licht op het fietspad" not in wishes(services, cycle.id)
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert list(wishes(services, cycle.id)) == ["Een buurthuis dat 's avonds open is"]
    # and redo brings the vote session back for this meeting
    for _ in range(3):
        key(qtbot, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    redone = services.vision.vision(cycle.id).vote_sessions
    assert [s.meeting_id for s in redone] == [meeting.id]


def test_a_regular_meeting_offers_no_toekomstagenda_keys(qtbot, services, round_, dutch):
    world = round_[0]
    mode = open_mode(qtbot, services, world.next_meeting.id)
    assert not mode.cycle.applies()
    shown = [k.button.text() for k in mode.keys.keys if k.button and k.button.isVisible()]
    assert not any("Ctrl+W" in t for t in shown + [mode.hints.text()]), "only keys that work"
    assert not mode.cycle.wish_action.isEnabled()
    qtbot.keyClick(mode.notes, Qt.Key.Key_W, CTRL)
    assert mode.dialog is None


def test_dots_counted_on_screen_per_participant(qtbot, services, round_, dutch):
    world, cycle, themes, meeting = round_
    services.vision.add_wish(themes["Groen"], "Meer bomen in de Kerkstraat")
    mode = open_mode(qtbot, services, meeting.id)
    votes = press(qtbot, mode, Qt.Key.Key_T, VoteDialog)
    key(qtbot, Qt.Key.Key_Return)  # 3 dots each; the participants follow from the counting
    session_id = votes.session.id
    votes.voter.setFocus()
    typed(qtbot, "Anna")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "2 2 7")
    key(qtbot, Qt.Key.Key_Return)
    assert "'7' is geen nummer van een wens (1 tot 2)" in votes.warning.text()
    votes.voter_dots.selectAll()
    typed(qtbot, "2 2 1 1")
    key(qtbot, Qt.Key.Key_Return)
    assert votes.warning.isVisible() and "Anna" in votes.warning.text()  # the service refuses
    assert services.priorities.counted_dots(session_id) == {}
    votes.voter_dots.selectAll()
    typed(qtbot, "2 2 1")
    key(qtbot, Qt.Key.Key_Return)
    assert not votes.warning.isVisible()
    assert QApplication.focusWidget() is votes.voter  # ready for the next participant
    counted = services.priorities.vote_session(session_id)
    assert counted.counted_on_screen == ("Anna",) and counted.participants == 1
    assert "1. Meer bomen in de Kerkstraat — 2 stippen" in votes.top.text()
    qtbot.keyClick(votes, Qt.Key.Key_Escape)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert services.priorities.counted_dots(session_id) == {}
