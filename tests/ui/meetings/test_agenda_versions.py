"""Two editors rename the same agenda item: the second is shown both versions and chooses.
Nothing is overwritten without a word. On SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from window_check import message_read

from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def section(qtbot, any_services):
    world = build_world(any_services)
    section = MeetingsSection(make_context(any_services))
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    return section


def answer(keep_mine: bool, seen: list[str]) -> None:
    """When the question about the two versions comes up, read it and press a button."""

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        seen.append(message_read(box))
        wanted = "my version" if keep_mine else "other version"
        for button in box.buttons():
            text = button.text().replace("&", "").lower()
            if wanted in text or ("mijn" in text if keep_mine else "andere" in text):
                button.click()
                return

    QTimer.singleShot(0, look)


def rename_with_keys(qtbot, section, row: int, title: str) -> None:
    view = section.editor.agenda
    view.setFocus()
    view.setCurrentIndex(section.editor.model.index(row, 1))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not view)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, title)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


@pytest.mark.parametrize("keep_mine", [True, False])
def test_renaming_an_item_someone_else_renamed_shows_both_and_lets_me_choose(
    qtbot, section, any_services, keep_mine
) -> None:
    editor = section.editor
    row = 1
    item = editor.model.items[row]
    original = item.title
    # the other laptop renames it after this screen was loaded
    any_services.meetings.update_item(
        item.id, expected_version=item.version, title="Speeltuin en bankjes"
    )
    seen: list[str] = []
    answer(keep_mine, seen)
    rename_with_keys(qtbot, section, row, "Speeltuin Hogeweg")
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert "Speeltuin Hogeweg" in seen[0] and "Speeltuin en bankjes" in seen[0]
    stored = next(
        i for i in any_services.meetings.get_meeting(editor.meeting_id()).items if i.id == item.id
    )
    expected = "Speeltuin Hogeweg" if keep_mine else "Speeltuin en bankjes"
    assert stored.title == expected
    assert stored.version == item.version + (2 if keep_mine else 1)
    qtbot.waitUntil(lambda: editor.model.items[row].title == expected, timeout=3000)
    if keep_mine:  # and undo goes back to the other person's title, on the right version
        editor.context.undo_stack.undo()
        back = next(
            i
            for i in any_services.meetings.get_meeting(editor.meeting_id()).items
            if i.id == item.id
        )
        assert back.title == "Speeltuin en bankjes" != original
