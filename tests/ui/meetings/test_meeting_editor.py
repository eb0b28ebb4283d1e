"""The Vergaderingen section: the meeting list, the editor, reordering, removing, minutes, documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.app import install_translator
from buurtdesk.domain.enums import AttendanceStatus, MeetingStatus, MinutesState
from buurtdesk.ui.meetings.agenda_model import PRIVATE, AgendaModel
from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.fixture
def section(qtbot, services, world):
    section = MeetingsSection(make_context(services))
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    return section


def titles(section) -> list[str]:
    return [item.title for item in section.editor.model.items]


def test_the_list_shows_upcoming_first_then_held(section, world):
    texts = [section.list.item(row).text() for row in range(section.list.count())]
    assert texts[0] == "Coming up"
    assert "10 March 2026" in texts[1] or "10 maart 2026" in texts[1]
    assert "Held" in texts
    assert section.editor.meeting_id() == world.next_meeting.id


def test_agenda_model_passes_the_model_tester(qtmodeltester, services, world):
    detail = services.meetings.get_meeting(world.next_meeting.id)
    model = AgendaModel(lambda *_: None, lambda *_: None, lambda *_: None, lambda *_: None)
    model.set_items(detail.items)
    qtmodeltester.check(model)
    model.set_items(detail.items, read_only=True)
    qtmodeltester.check(model)


def test_reorder_by_keyboard_and_undo(qtbot, section):
    editor = section.editor
    before = titles(section)
    editor.agenda.setFocus()
    editor.agenda.selectRow(1)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(section)[2] == before[1]
    assert editor.selected_item().title == before[1], "the moved item stays selected"
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(section)[0] == before[1]
    editor.context.undo_stack.undo()
    editor.context.undo_stack.undo()
    editor.context.undo_stack.undo()
    assert titles(section) == before


def test_marking_an_item_closed_by_keyboard_and_undo(qtbot, section, services):
    editor = section.editor
    editor.agenda.setFocus()
    editor.agenda.setCurrentIndex(editor.model.index(5, PRIVATE))
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Space)
    item = services.meetings.get_meeting(editor.meeting_id()).items[5]
    assert item.is_private
    assert (
        editor.model.index(5, PRIVATE).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    editor.context.undo_stack.undo()
    assert not services.meetings.get_meeting(editor.meeting_id()).items[5].is_private


def test_reorder_by_drop(section):
    model = section.editor.model
    before = titles(section)
    data = model.mimeData([model.index(0, 1)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, model.index(-1, -1))
    assert titles(section)[:3] == before[1:3] + before[:1]


def test_add_rename_and_plan_items_with_undo(qtbot, section, services):
    editor = section.editor
    editor.new_item.setFocus()
    qtbot.keyClicks(editor.new_item, "Speeltuin")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    qtbot.keyClicks(editor.new_item, "Speeltuin")
    qtbot.keyClick(editor.new_item, Qt.Key.Key_Return)
    assert titles(section).count("Speeltuin") == 2, "two items with the same title are fine"
    assert titles(section)[-3:] == ["Speeltuin", "Rondvraag", "Sluiting"]
    row = titles(section).index("Speeltuin")
    editor.model.setData(editor.model.index(row, 1), "Speeltuin Hogeweg")
    editor.model.setData(editor.model.index(row, 2), 25)
    item = editor.model.items[row]
    assert (item.title, item.planned_minutes) == ("Speeltuin Hogeweg", 25)
    stack = editor.context.undo_stack
    stack.undo()
    stack.undo()
    assert editor.model.items[row].title == "Speeltuin"
    stack.undo()
    stack.undo()
    assert "Speeltuin" not in titles(section)
    stack.redo()
    assert titles(section).count("Speeltuin") == 1


def test_removing_an_item_with_decisions_asks_first_and_undo_brings_links_back(
    qtbot, section, services, world
):
    editor = section.editor
    meeting_id = editor.meeting_id()
    item = editor.model.items[4]
    decision = services.decisions.record_decision(
        world.council.id, "Bankje plaatsen.", meeting_id=meeting_id, item_id=item.id
    )
    asked = []
    editor.confirm = lambda title, question: asked.append(question) or False
    editor.agenda.setFocus()
    editor.agenda.selectRow(4)
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Delete)
    assert asked and item.title in titles(section), "answering no keeps the item"
    editor.confirm = lambda title, question: True
    qtbot.keyClick(editor.agenda, Qt.Key.Key_Delete)
    assert item.title not in titles(section)
    assert services.decisions.find(world.council.id, decision.number).agenda_item_id is None
    editor.context.undo_stack.undo()
    assert titles(section)[4] == item.title
    restored = editor.model.items[4]
    assert services.decisions.find(world.council.id, decision.number).agenda_item_id == restored.id
    editor.context.undo_stack.redo()
    assert item.title not in titles(section)


def test_a_wrong_date_says_so_in_dutch_and_changes_nothing(qtbot, section, services):
    app = QCoreApplication.instance()
    translator = install_translator(app, "nl")
    try:
        editor = section.editor
        editor.date_field.setFocus()
        editor.date_field.selectAll()
        qtbot.keyClicks(editor.date_field, "31-02-2026")
        qtbot.keyClick(editor.date_field, Qt.Key.Key_Return)
        assert editor.error.isVisible()
        assert "bestaat niet als datum" in editor.error.text()
        assert services.meetings.get_summary(editor.meeting_id()).date == date(2026, 3, 10)
        editor.date_field.selectAll()
        qtbot.keyClicks(editor.date_field, "17-3-2026")
        qtbot.keyClick(editor.date_field, Qt.Key.Key_Return)
        assert not editor.error.isVisible()
        assert services.meetings.get_summary(editor.meeting_id()).date == date(2026, 3, 17)
        editor.context.undo_stack.undo()
        assert services.meetings.get_summary(editor.meeting_id()).date == date(2026, 3, 10)
        assert editor.date_field.text() == "10-03-2026"
    finally:
        app.removeTranslator(translator)


def test_place_time_kind_and_attendance_are_undoable(qtbot, section, services, world):
    editor = section.editor
    meeting_id = editor.meeting_id()
    editor.place_field.setFocus()
    editor.place_field.selectAll()
    qtbot.keyClicks(editor.place_field, "Wijkcentrum")
    qtbot.keyClick(editor.place_field, Qt.Key.Key_Return)
    editor.start_field.selectAll()
    editor.start_field.setFocus()
    qtbot.keyClicks(editor.start_field, "20.00")
    qtbot.keyClick(editor.start_field, Qt.Key.Key_Return)
    summary = services.meetings.get_summary(meeting_id)
    assert summary.place == "Wijkcentrum" and summary.start_time.hour == 20
    editor.attendance.setFocus()
    editor.attendance.setCurrentRow(0)
    qtbot.keyClick(editor.attendance, Qt.Key.Key_Space)
    first = services.meetings.get_meeting(meeting_id).attendance[0]
    assert first.status == AttendanceStatus.PRESENT
    editor.guest_field.setFocus()
    qtbot.keyClicks(editor.guest_field, "Gerda Gast")
    qtbot.keyClick(editor.guest_field, Qt.Key.Key_Return)
    assert any(a.name == "Gerda Gast" for a in services.meetings.get_meeting(meeting_id).attendance)
    stack = editor.context.undo_stack
    stack.undo()
    assert not any(
        a.name == "Gerda Gast" for a in services.meetings.get_meeting(meeting_id).attendance
    )
    stack.undo()
    assert (
        services.meetings.get_meeting(meeting_id).attendance[0].status == AttendanceStatus.UNKNOWN
    )
    stack.undo()
    stack.undo()
    summary = services.meetings.get_summary(meeting_id)
    assert summary.place == "Buurthuis De Linde" and summary.start_time.hour == 19


def test_adopting_previous_minutes_and_adopted_minutes_are_read_only(
    qtbot, section, services, world
):
    editor = section.editor
    assert editor.adopt_button.isVisible()
    editor.adopt_button.setFocus()
    qtbot.keyClick(editor.adopt_button, Qt.Key.Key_Space)
    dialog = editor.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.amendments, "Punt 3: de naam van de wijkagent is Bos.")
    qtbot.keyClick(dialog.amendments, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    held = services.meetings.get_meeting(world.held.id)
    assert held.meeting.minutes_state == MinutesState.ADOPTED
    assert held.minutes_amendments == "Punt 3: de naam van de wijkagent is Bos."
    assert not editor.adopt_button.isVisible()

    section.select_meeting(world.held.id)
    assert editor.meeting_id() == world.held.id
    assert editor.read_only_note.isVisible()
    assert editor.date_field.isReadOnly() and not editor.new_item.isEnabled()
    assert not editor.start_button.isEnabled()
    assert not (editor.model.flags(editor.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable)

    section.select_meeting(world.next_meeting.id)
    editor.context.undo_stack.undo()
    assert services.meetings.get_summary(world.held.id).minutes_state == MinutesState.DRAFT
    assert editor.adopt_button.isVisible()


def test_new_meeting_from_the_template_and_undo(qtbot, section, services, world):
    before = len(services.meetings.list_meetings(world.council.id))
    qtbot.keyClick(section.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    meetings = services.meetings.list_meetings(world.council.id)
    assert len(meetings) == before + 1
    new = services.meetings.get_meeting(section.editor.meeting_id())
    assert new.meeting.date == date(2026, 4, 7)
    assert [i.title for i in new.items][:4] == [
        "Opening",
        "Vaststellen agenda",
        "Verslag vorige vergadering",
        "Actielijst",
    ]
    assert {a.name for a in new.attendance} == {
        "Anna Maas",
        "Jeroen Theunissen",
        "Fenna Hermans",
        "Wim Hermans",
    }
    assert {a.title for a, _p in new.reviewed_actions} == {a.title for a in world.carried}
    assert all(
        any(a.title in line for line in section.editor.action_list.texts()) for a in world.carried
    )
    section.editor.context.undo_stack.undo()
    assert len(services.meetings.list_meetings(world.council.id)) == before


def test_documents_render_off_the_ui_thread_and_open(qtbot, section, services, world, tmp_path):
    section.select_meeting(world.held.id)
    documents = section.editor.documents
    opened: list[Path] = []
    documents.open_file = opened.append
    with qtbot.waitSignal(documents.finished, timeout=60_000):
        documents.minutes_preview.trigger()
    assert opened and opened[0].suffix == ".pdf" and opened[0].stat().st_size > 1000
    out = tmp_path / "agenda.pdf"
    with qtbot.waitSignal(documents.finished, timeout=60_000):
        documents.start("agenda", preview=False, out=out)
    assert out.stat().st_size > 1000
    assert len(opened) == 1, "saving does not open a viewer"


def test_f5_starts_meeting_mode_from_the_meeting_list(qtbot, section, services, world):
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_F5)
    mode = section.mode
    assert mode is not None
    assert services.meetings.get_summary(world.next_meeting.id).status == MeetingStatus.IN_PROGRESS
    mode.close()
    assert section.mode is None


def test_an_empty_council_says_what_to_do_first(qtbot, services):
    from buurtdesk.domain.enums import CouncilKind

    council = services.councils.create_council("Dorpsraad Leeg", CouncilKind.DORPSRAAD)
    section = MeetingsSection(make_context(services))
    qtbot.addWidget(section)
    section.show_council(council.id)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    assert "Ctrl+N" in section.list.item(0).text()
    assert not section.editor.isEnabled()
    section.list.setFocus()
    qtbot.keyClick(section.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    planned = services.meetings.list_meetings(council.id)
    assert [m.date for m in planned] == [date(2026, 3, 10)]
    assert section.editor.isEnabled() and section.editor.meeting_id() == planned[0].id


def test_a_failing_document_says_so_instead_of_hanging(qtbot, section, monkeypatch):
    from buurtdesk.ui.meetings import documents as meeting_documents

    def broken(*_args):
        raise ValueError("lettertype ontbreekt")

    monkeypatch.setattr(meeting_documents, "_render", broken)
    documents = section.editor.documents
    with qtbot.waitSignal(documents.failed, timeout=10_000) as failed:
        documents.agenda_preview.trigger()
    assert "lettertype ontbreekt" in failed.args[0]
    assert section.editor.error.isVisible()
