"""A chair runs a whole meeting by keyboard: attendance, notes, a decision, actions, the action list."""

from __future__ import annotations

import re
from datetime import date

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus, MinutesState
from buurtdesk.ui.meeting_mode.capture import ActionDialog, AttendanceDialog, DecisionDialog
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow
from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

PHONE_OR_MAIL = re.compile(r"@|\d{2,3}[- ]?\d{6,8}|\+31")


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.fixture
def section(qtbot, services, world):
    context = make_context(services)
    section = MeetingsSection(context)
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    return section


def open_mode(qtbot, section) -> MeetingModeWindow:
    section.activateWindow()
    section.editor.agenda.setFocus()
    qtbot.keyClick(section.editor.agenda, Qt.Key.Key_F5)
    mode = section.mode
    assert mode is not None, "F5 opens meeting mode"
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    return mode


def active_dialog(qtbot, mode, kind):
    """The dialog that a shortcut opened, active as a window manager would make it."""
    assert isinstance(mode.dialog, kind)
    assert mode.dialog.isVisible()
    mode.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode.dialog)
    return mode.dialog


def back_to(qtbot, mode) -> None:
    """The window manager gives the focus back to meeting mode when a dialog closes."""
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)


def go_to(qtbot, mode, title_part: str) -> None:
    """Page Up to the first item, then Page Down until the item with this title."""
    mode.notes.setFocus()
    while mode.current_item().position > 1:
        qtbot.keyClick(mode.notes, Qt.Key.Key_PageUp)
    for _ in range(len(mode.detail.items)):
        item = mode.current_item()
        if item is not None and title_part in item.title:
            return
        qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    raise AssertionError(f"no item {title_part}")


def test_a_whole_meeting_by_keyboard(qtbot, services, world, section):
    meeting_id = section.editor.meeting_id()
    assert meeting_id == world.next_meeting.id, "the upcoming meeting comes first"
    mode = open_mode(qtbot, section)
    assert services.meetings.get_summary(meeting_id).status == MeetingStatus.IN_PROGRESS
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, Qt.Key.Key_F8)
    projector = mode.projector
    assert projector is not None and projector.isVisible()
    qtbot.addWidget(projector)
    back_to(qtbot, mode)
    mode.notes.setFocus()

    # attendance: tick off Anna, add a guest
    qtbot.keyClick(mode.notes, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(qtbot, mode, AttendanceDialog)
    dialog.people.setCurrentRow(0)
    qtbot.keyClick(dialog.people, Qt.Key.Key_Space)
    dialog.guest.setFocus()
    qtbot.keyClicks(dialog.guest, "Piet Gast")
    qtbot.keyClick(dialog.guest, Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    back_to(qtbot, mode)
    attendance = {a.name: a.status for a in services.meetings.get_meeting(meeting_id).attendance}
    assert attendance["Anna Maas"] == AttendanceStatus.PRESENT
    assert attendance["Piet Gast"] == AttendanceStatus.GUEST

    # step through the items and type notes under the announcements
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert mode.current_item().position == 2
    go_to(qtbot, mode, "Mededelingen")
    qtbot.keyClicks(mode.notes, "De bibliotheek gaat dicht.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    item_id = mode.current_item_id
    assert services.meetings.get_meeting(meeting_id).items[4].notes == "De bibliotheek gaat dicht."

    # a decision with a vote
    qtbot.keyClick(mode.notes, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    decision = active_dialog(qtbot, mode, DecisionDialog)
    assert "2026-002" in decision.windowTitle()
    qtbot.keyClicks(decision.text, "De bibliotheek krijgt een brief van het overleg.")
    decision.voted.setChecked(True)
    decision.votes_for.setValue(9)
    decision.votes_against.setValue(1)
    qtbot.keyClick(decision.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not decision.isVisible()
    back_to(qtbot, mode)
    taken = services.decisions.list_decisions(world.council.id, year=2026)
    assert str(taken[0].number) == "2026-002" and taken[0].votes_for == 9
    assert taken[0].agenda_item_id == item_id
    assert "2026-002" in mode.panel.notice.text()

    # two action points with name completion
    for typed, chosen, what, due in (
        ("fenn", "Fenna Hermans (Woonstichting Maasoever)", "Brief schrijven", "31-03-2026"),
        ("wim", "Wim Hermans", "Bankjes plaatsen", ""),
    ):
        mode.notes.setFocus()
        qtbot.keyClick(
            mode.notes,
            Qt.Key.Key_A,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        action = active_dialog(qtbot, mode, ActionDialog)
        qtbot.keyClicks(action.what, what)
        qtbot.keyClick(action.what, Qt.Key.Key_Tab)
        qtbot.keyClicks(action.who, typed)
        popup = action.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        offered = [
            action.completer.completionModel().index(r, 0).data()
            for r in range(action.completer.completionCount())
        ]
        assert chosen in offered
        for _ in range(offered.index(chosen) + 1):
            qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        assert action.who.text() == chosen
        action.due.setFocus()
        qtbot.keyClicks(action.due, due)
        qtbot.keyClick(action.due, Qt.Key.Key_Return)
        assert not action.isVisible()
        back_to(qtbot, mode)
    new_actions = services.meetings.get_meeting(meeting_id).new_actions
    assert [(a.title, a.owner_name) for a in new_actions] == [
        ("Brief schrijven", "Fenna Hermans"),
        ("Bankjes plaatsen", "Wim Hermans"),
    ]
    assert new_actions[0].due_date == date(2026, 3, 31)

    # the action list: one done, one with a progress note
    go_to(qtbot, mode, "Actielijst")
    assert mode.review.isVisible()
    review = mode.review
    assert review.list.hasFocus(), "at the action list the keys go to the review at once"
    assert review.list.currentRow() == 0
    titles = [a.title for a, _p in review.rows]
    assert titles == ["Offerte voor bankjes opvragen", "Wijkagent uitnodigen"]
    qtbot.keyClick(review.list, Qt.Key.Key_D)
    assert review.list.currentRow() == 1
    qtbot.keyClick(review.list, Qt.Key.Key_P)
    assert review.progress.hasFocus()
    qtbot.keyClicks(review.progress, "Afspraak staat voor april")
    qtbot.keyClick(review.progress, Qt.Key.Key_Return)
    qtbot.keyClick(review.list, Qt.Key.Key_O)
    first, second = world.carried
    assert services.actions.get_action(first.id).status == ActionStatus.DONE
    assert services.actions.get_action(second.id).status == ActionStatus.OPEN
    assert "2 of 2" in review.heading.text()

    # the projector followed along and shows nothing private
    wall = projector.visible_text()
    assert "2026-002" in wall and "Brief schrijven" in wall and "Bankjes plaatsen" in wall
    assert "De bibliotheek gaat dicht." not in wall
    assert not PHONE_OR_MAIL.search(wall), wall

    # close the meeting: back in the editor on the next meeting, the draft minutes open
    mode.confirm = lambda _title, _question: True
    opened = []
    section.editor.documents.open_file = opened.append
    documents_done = qtbot.waitSignal(section.editor.documents.finished, timeout=60_000)
    with documents_done, qtbot.waitSignal(mode.meeting_closed) as closed:
        qtbot.keyClick(
            mode.notes,
            Qt.Key.Key_E,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        active_dialog(qtbot, mode, CloseMeetingDialog)
        # the next date was agreed: typed into the date, which has the focus
        date_field = QApplication.focusWidget()
        assert date_field is mode.dialog.date_field
        qtbot.keyClicks(date_field, "07-04-2026")
        qtbot.keyClick(date_field, Qt.Key.Key_Return)
    assert closed.args[0] == meeting_id
    following = closed.args[1]
    assert services.meetings.get_summary(meeting_id).minutes_state == MinutesState.DRAFT
    assert section.mode is None and section.editor.meeting_id() == following.id
    assert (
        "7 April 2026" in section.closed_note.text() or "7 april 2026" in section.closed_note.text()
    )
    assert opened and opened[0].name == f"minutes-{meeting_id}.pdf"

    # the next meeting shows the open actions with their history
    after = services.meetings.get_meeting(following.id)
    still_open = [a for a, _p in after.reviewed_actions]
    assert {a.title for a in still_open} == {
        "Wijkagent uitnodigen",
        "Brief schrijven",
        "Bankjes plaatsen",
    }
    history = services.actions.history(second.id)
    assert [h.note for h in history if h.note] == ["Afspraak staat voor april"]
    wijkagent = next(a for a in still_open if a.title == "Wijkagent uitnodigen")
    assert wijkagent.last_progress == "Afspraak staat voor april"
    shown = "\n".join(section.editor.action_list.texts())
    assert "Wijkagent uitnodigen" in shown and "Afspraak staat voor april" in shown
    assert "Offerte voor bankjes opvragen" not in shown, "the done action left the list"
