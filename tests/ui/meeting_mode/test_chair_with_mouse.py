"""Meeting mode for a chair with a mouse or without one: buttons beside the keys, overdue
dates marked, the meeting's own clock, what was taken as a readable list, a hint line that
names the keys that work here."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import ActionStatus, AgendaItemKind
from buurtdesk.ui.meeting_mode.minutes import AdoptMinutesDialog
from buurtdesk.ui.meeting_mode.top_bar import MeetingTopBar, minutes_behind, planned_end
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def mode(qtbot, services, dutch):
    world = build_world(services)
    window = MeetingModeWindow(make_context(services), world.next_meeting.id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.world = world
    return window


def _go_to(mode, kind: AgendaItemKind) -> None:
    mode.agenda.setCurrentRow([i.kind for i in mode.detail.items].index(kind))


def test_the_review_has_buttons_beside_its_keys_and_marks_overdue_dates(qtbot, mode, services):
    _go_to(mode, AgendaItemKind.ACTION_LIST)
    review = mode.review
    first = review.list.item(0).text()
    assert "26-" not in first and "01-03-2026, te laat" in first, first
    done = review.buttons[ActionStatus.DONE]
    assert done.isVisible() and "(D)" in done.text()
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    history = services.actions.history(mode.world.carried[0].id)
    assert history[-1].status_after == ActionStatus.DONE
    assert review.list.hasFocus(), "after a click the keys D / O / V work on"
    qtbot.keyClick(review.list, Qt.Key.Key_V)
    assert services.actions.history(mode.world.carried[1].id)[-1].status_after == (
        ActionStatus.DROPPED
    )
    hints = mode.hints.text()
    assert "P, Alt+V voortgang" in hints and "Alt+N notities" in hints


def test_a_visible_button_adopts_the_previous_minutes(qtbot, mode):
    button = next(
        k.button for k in mode.keys.keys if k.action is mode.capture.adopt_action and k.button
    )
    _go_to(mode, AgendaItemKind.OPENING)
    assert not button.isVisible(), "only at the previous-minutes item"
    _go_to(mode, AgendaItemKind.PREVIOUS_MINUTES)
    assert button.isVisible() and button.text().startswith("Notulen vaststellen")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(mode.dialog, AdoptMinutesDialog)
    mode.dialog.reject()


def test_every_capture_has_a_button_and_the_hint_line_names_the_other_keys(qtbot, mode):
    texts = [k.button.text() for k in mode.keys.keys if k.button and k.button.isVisible()]
    for wanted in ("Besluit (Ctrl+B)", "Actiepunt (Ctrl+Shift+A)", "Aanwezigheid (Ctrl+P)"):
        assert wanted in texts, texts
    for key in mode.keys.keys:
        if key.action is not None and key.action.isEnabled() and key.hint:
            shown = key.hint in mode.hints.text() or (key.button and key.button.isVisible())
            assert shown, key.hint
    assert "PgDn" in mode.hints.text() and "Esc" in mode.hints.text()


def test_decisions_and_actions_taken_show_with_vote_and_owner(qtbot, mode):
    mode.capture.record_decision("De speeltuin krijgt een hek.", (6, 1, 2))
    text = mode.panel.captured.text()
    assert "De speeltuin krijgt een hek." in text
    assert "voor 6 · tegen 1 · onthoudingen 2" in text
    assert mode.panel.captured.isVisible()


def test_the_meeting_clock_says_how_far_behind_it_runs(qtbot, mode):
    assert planned_end(mode.detail) is not None
    assert (
        "einde" in mode.top.meeting_time.text()
        or "achter" in mode.top.meeting_time.text()
        or ("op schema" in mode.top.meeting_time.text() or "voor" in mode.top.meeting_time.text())
    )
    bar = MeetingTopBar()
    qtbot.addWidget(bar)
    assert bar.meeting_clock(datetime(2026, 3, 10, 21, 10), 20) == "21:10 · 20 min achter"
    assert bar.meeting_clock(datetime(2026, 3, 10, 21, 10), -5) == "21:10 · 5 min voor"
    assert bar.meeting_clock(datetime(2026, 3, 10, 21, 10), 0) == "21:10 · op schema"
    assert bar.meeting_clock(datetime(2026, 3, 10, 21, 10), None) == "einde 21:10"
    items = mode.detail.items
    planned = sum(i.planned_minutes for i in items)
    end = datetime(2026, 3, 10, 21, 0)
    start = end - timedelta(minutes=planned)
    assert minutes_behind(start, end, items, None, 0) == 0
    assert minutes_behind(start + timedelta(minutes=20), end, items, None, 0) == 20
    first = items[0]
    assert first.planned_minutes < 20
    twenty_in = start + timedelta(minutes=20)
    assert minutes_behind(twenty_in, end, items, first.id, 20 * 60) == 20 - first.planned_minutes


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_action_dialogs_warning_is_readable_in_full(qtbot, services, dutch, scale):
    """The reason Enter 'did nothing' shows whole: the dialog grows to its message."""
    from buurtdesk.ui.common.style import apply_style
    from buurtdesk.ui.meeting_mode.capture import ActionDialog

    apply_style(dutch, scale)
    try:
        dialog = ActionDialog([], [], date(2026, 3, 10))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.what.setText("Offerte opvragen bij drie leveranciers voor nieuwe bankjes")
        dialog.who.setText("Iemand die niemand kent")
        dialog.due.setText("01-01-2026")
        qtbot.keyClick(dialog.due, Qt.Key.Key_Return)
        warning = dialog.warning
        assert warning.isVisible() and "Enter" in warning.text()
        qtbot.waitUntil(
            lambda: warning.heightForWidth(warning.width()) <= warning.height(), timeout=2000
        )
        assert dialog.height() <= 768 and dialog.width() <= 1366
    finally:
        apply_style(dutch, 1.0)
