"""The projector shows the agenda, the current item, decisions and actions — nothing private."""

from __future__ import annotations

from datetime import date

import pytest
from meeting_world import PEOPLE, build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.ui.meeting_mode.projector import ProjectorWindow, projector_content
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

SECRET_NOTES = "Vertrouwelijk: de buurman van nummer 4 heeft schulden."
OPEN_NOTES = "De secretaris noteert: bel Wim op 06-98765432."


def private_things(world) -> list[str]:
    things = [email for _n, email, _p, _r in PEOPLE] + [phone for _n, _e, phone, _r in PEOPLE]
    return things + ["info@maasoever.nl", "077-3201010", "Hogeweg 12", SECRET_NOTES, OPEN_NOTES]


@pytest.fixture
def world(services):
    world = build_world(services)
    meeting_id = world.next_meeting.id
    private = services.meetings.add_item(
        meeting_id, "Zorgmelding", is_private=True, notes=SECRET_NOTES
    )
    detail = services.meetings.get_meeting(meeting_id)
    services.meetings.set_notes(detail.items[0].id, OPEN_NOTES)
    services.decisions.record_decision(
        world.council.id,
        "Het overleg schrijft de gemeente.",
        meeting_id=meeting_id,
        item_id=private.id,
        votes=(7, 1, 0),
    )
    services.actions.add_action(
        world.council.id,
        "Brief sturen",
        owner_person_id=world.people["Fenna Hermans"].id,
        due_date=date(2026, 4, 1),
        meeting_id=meeting_id,
    )
    return world


def test_content_holds_agenda_current_item_decisions_and_actions_only(services, world):
    detail = services.meetings.get_meeting(world.next_meeting.id)
    private = next(i for i in detail.items if i.is_private)
    content = projector_content(detail, private.id)
    assert content.current_title == "Zorgmelding"
    assert [line.title for line in content.agenda if line.is_current] == ["Zorgmelding"]
    assert len(content.agenda) == len(detail.items)
    assert [str(d) for d in content.decisions] == [
        "2026-002  Het overleg schrijft de gemeente.  for 7 · against 1 · abstain 0",
    ]
    assert str(content.actions[0]).startswith("•  Brief sturen  Fenna Hermans · ")
    text = content.all_text()
    for thing in private_things(world):
        assert thing not in text


def test_the_window_never_shows_contact_details_or_notes(qtbot, services, world):
    detail = services.meetings.get_meeting(world.next_meeting.id)
    window = ProjectorWindow()
    qtbot.addWidget(window)
    for item in detail.items:
        window.show_content(projector_content(detail, item.id))
        text = window.visible_text()
        assert item.title in window.current.text()
        for thing in private_things(world):
            assert thing not in text
    assert "2026-002" in window.decisions.text()
    assert "Brief sturen" in window.action_points.text()


def test_f8_opens_the_projector_and_it_follows_the_meeting(qtbot, services, world):
    mode = MeetingModeWindow(make_context(services), world.next_meeting.id)
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, Qt.Key.Key_F8)
    projector = mode.projector
    assert projector is not None and projector.isVisible()
    qtbot.addWidget(projector)
    assert projector.isWindow() and projector is not mode
    qtbot.wait(50)
    assert QApplication.activeWindow() is mode, "the projector never takes the keyboard"
    assert mode.notes.hasFocus()
    qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert mode.current_item().title in projector.current.text()
    qtbot.keyClicks(mode.notes, "Bel 06-11112222 of mail x@y.nl")
    assert "06-11112222" in mode.notes.toPlainText(), "what the chair types is not lost"
    mode.capture.record_decision("Nieuw besluit op de muur.", None)
    assert "Nieuw besluit op de muur." in projector.decisions.text()
    for thing in private_things(world) + ["06-11112222", "x@y.nl"]:
        assert thing not in projector.visible_text()
    mode.close()
    assert not projector.isVisible()


@pytest.mark.parametrize("size", [(1024, 768), (1920, 1080)])
def test_the_type_grows_with_the_wall(qtbot, services, world, size):
    """The current item's title is at least 1/18 of the window's height; all fits the wall."""
    detail = services.meetings.get_meeting(world.next_meeting.id)
    window = ProjectorWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_content(projector_content(detail, detail.items[1].id))
    title = window.current.fontMetrics()
    assert title.height() >= size[1] / 18
    assert window.agenda.fontMetrics().height() >= size[1] / 36
    for label in (window.agenda, window.decisions, window.action_points):
        assert label.heightForWidth(label.width()) <= label.height(), label.accessibleName()
    assert window.decisions.geometry().top() >= size[1] / 2 - size[1] / 10, "the lower half"
    assert "2026-002" in window.decisions.text()


def test_f8_toggles_the_projector_from_a_capture_dialog(qtbot, services, world):
    mode = MeetingModeWindow(make_context(services), world.next_meeting.id)
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    mode.capture.capture_decision()
    dialog = mode.dialog
    assert dialog is not None
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog.text, Qt.Key.Key_F8)
    assert mode.projector is not None and mode.projector.isVisible()
    qtbot.addWidget(mode.projector)
    assert QApplication.activeWindow() is dialog
    qtbot.keyClick(dialog.text, Qt.Key.Key_F8)
    assert not mode.projector.isVisible()
    dialog.reject()
    mode.close()
