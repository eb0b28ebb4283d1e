"""A kerngroep in meeting mode: at a project's item the screen shows the project's milestones,
open action points and latest progress, and an action point taken there belongs to the project."""

from __future__ import annotations

import os
from datetime import date

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import PhaseKind, ProjectStatus
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.ui.meeting_mode.capture import ActionDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def kerngroep(services):
    world = build_world(services)
    cycle = services.cycle.start_round(world.council.id)
    services.cycle.move_to_phase(cycle.id, PhaseKind.EXECUTION, confirmed=True)
    garden = services.projects.create_project(cycle.id, "Buurttuin").project
    services.projects.set_status(garden.id, ProjectStatus.RUNNING)
    services.projects.add_milestone(garden.id, "Grond omgespit", due_on=date(2026, 4, 1))
    services.projects.add_note(garden.id, "Tien bewoners doen mee.")
    services.actions.add_action(world.council.id, "Schep lenen", project_id=garden.id)
    meeting = services.projects.plan_core_group_meeting(world.council.id, date(2026, 3, 17))
    return world, garden, meeting.meeting


def test_a_kerngroep_is_planned_with_its_running_projects_and_once_per_date(services, kerngroep):
    world, garden, meeting = kerngroep
    items = services.meetings.get_meeting(meeting.id).items
    assert [i.title for i in items if i.project_id == garden.id] == ["Voortgang Buurttuin"]
    with pytest.raises(RuleViolation, match="al een kerngroep"):
        services.projects.plan_core_group_meeting(world.council.id, date(2026, 3, 17))
    # The kerngroep agrees on its next meeting: it is a kerngroep with the projects again.
    services.meetings.start_meeting(meeting.id)
    closing = services.meetings.closing.close(meeting.id, date(2026, 4, 14))
    following = services.meetings.get_meeting(closing.next_meeting.id)
    assert [i.title for i in following.items if i.project_id == garden.id] == [
        "Voortgang Buurttuin"
    ]


def test_at_the_project_item_the_screen_shows_the_project_and_an_action_belongs_to_it(
    qtbot, services, kerngroep, dutch
):
    world, garden, meeting = kerngroep
    mode = MeetingModeWindow(make_context(services), meeting.id)
    qtbot.addWidget(mode)
    mode.resize(1366, 768)
    mode.show()
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    for _ in range(len(mode.detail.items)):
        item = mode.current_item()
        if item is not None and item.project_id == garden.id:
            break
        qtbot.keyClick(mode.notes, Qt.Key.Key_PageDown)
    assert mode.current_item().project_id == garden.id
    shown = mode.panel.project.text()
    assert mode.panel.project.isVisible()
    assert "Grond omgespit" in shown and "Schep lenen" in shown and "Tien bewoners" in shown
    if os.environ.get("BUURTDESK_SHOTS"):
        mode.grab().save(os.path.join(os.environ["BUURTDESK_SHOTS"], "kerngroep-item.png"))
    mode.notes.setFocus()
    qtbot.keyClick(
        mode.notes,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = mode.dialog
    assert isinstance(dialog, ActionDialog)
    assert dialog.project.currentData() == garden.id  # the item's project, by default
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "Zaden bestellen")
    qtbot.keyClicks(dialog.who, next(iter(world.people.values())).name)
    qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    if dialog.isVisible():  # asked once about a missing owner: Enter again adds it anyway
        qtbot.keyClick(dialog.what, Qt.Key.Key_Return)
    titles = [a.title for a in services.projects.project_actions(garden.id)]
    assert "Zaden bestellen" in titles
    qtbot.waitUntil(lambda: "Zaden bestellen" in mode.panel.project.text())
