"""The council's own standing agenda in the council's details, by keyboard; undoable; used by
every new meeting."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from undo_stacks import undo_stack

from buurtdesk.domain.enums import AgendaItemKind, CouncilKind
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.council_details import CouncilDetailsDialog

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, k, modifiers)


def titles(services, council_id: int) -> list[tuple[int, str]]:
    return [(i.level, i.title) for i in services.meetings.template.items(council_id)]


def test_the_standing_agenda_is_the_councils_own_by_keyboard(qtbot, services, dutch):
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    stack = undo_stack()
    dialog = CouncilDetailsDialog(Context(services=services, undo_stack=stack), council)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    standard = titles(services, council.id)
    assert standard[0] == (0, "Opening") and standard[-1] == (0, "Sluiting")
    editor = dialog.agenda_template
    assert editor is not None

    # a new standing item "Gemeente info" after Mededelingen, with a sub-item "Verkeer"
    key(qtbot, Qt.Key.Key_A, ALT)  # "Vaste &agenda"
    assert QApplication.focusWidget() is editor.table
    key(qtbot, Qt.Key.Key_Down, times=4)  # Mededelingen
    key(qtbot, Qt.Key.Key_U, ALT)  # "Nieuw vast p&unt"
    qtbot.keyClicks(QApplication.focusWidget(), "Gemeente info")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "Verkeer")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_A, ALT)
    assert editor.table.currentRow() == 6
    key(qtbot, Qt.Key.Key_Right, CTRL)
    assert titles(services, council.id)[4:8] == [
        (0, "Mededelingen"),
        (0, "Gemeente info"),
        (1, "Verkeer"),
        (0, "Rondvraag"),
    ]
    assert editor.table.item(6, 0).text() == "6a"
    # a sub-item cannot be indented under nothing: the first item stays an item
    key(qtbot, Qt.Key.Key_Home, CTRL)
    assert editor.table.currentRow() == 0
    key(qtbot, Qt.Key.Key_Right, CTRL)
    assert "subpunt" in dialog.problem.text().lower()
    assert titles(services, council.id)[0] == (0, "Opening")
    # a break, and "Vaststellen agenda" off the standing list
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Delete)
    assert (0, "Vaststellen agenda") not in titles(services, council.id)

    # a new meeting follows the template: numbers 5, 5a
    meeting = services.meetings.plan_meeting(council.id, date(2026, 5, 12), topics=("Speeltuin",))
    items = services.meetings.get_meeting(meeting.id).items
    assert [(i.number, i.title) for i in items][4:7] == [
        ("5", "Gemeente info"),
        ("5a", "Verkeer"),
        ("6", "Speeltuin"),
    ]

    # undo takes each template edit back
    stack.undo()
    assert (0, "Vaststellen agenda") in titles(services, council.id)
    stack.undo()
    assert titles(services, council.id)[5:7] == [(0, "Gemeente info"), (0, "Verkeer")]
    stack.undo()
    stack.undo()
    assert titles(services, council.id) == standard


def test_a_break_in_the_template(qtbot, services, dutch):
    council = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    stack = undo_stack()
    dialog = CouncilDetailsDialog(Context(services=services, undo_stack=stack), council)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    key(qtbot, Qt.Key.Key_A, ALT)
    key(qtbot, Qt.Key.Key_Down, times=4)
    key(qtbot, Qt.Key.Key_Z, ALT)  # "Pau&ze toevoegen"
    qtbot.waitUntil(lambda: len(services.meetings.template.items(council.id)) == 8)
    items = services.meetings.template.items(council.id)
    assert items[5].kind == AgendaItemKind.BREAK and items[5].title == "Pauze"
    assert dialog.agenda_template.table.item(5, 0).text() == "—"
