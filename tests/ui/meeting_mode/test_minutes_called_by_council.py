"""Adopting the previous minutes says what the council calls them (its own setting, as the
minutes document does): "Notulen vaststellen" by default, "Verslag vaststellen" for a council
whose minutes are a verslag, "Besluitenlijst vaststellen" for a besluitenlijst, on the button
in meeting mode, in the line at the previous-minutes item, in the dialog and in the undo
history."""

from __future__ import annotations

import pytest
from meeting_world import build_world, make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import AgendaItemKind, MinutesTitle
from buurtdesk.ui.meeting_mode.minutes import AdoptMinutesDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

EXPECTED = {
    MinutesTitle.NOTULEN: (
        "Notulen vaststellen",
        "De notulen van de vergadering van",
        "Notulen van ",
    ),
    MinutesTitle.VERSLAG: (
        "Verslag vaststellen",
        "Het verslag van de vergadering van",
        "Verslag van ",
    ),
    MinutesTitle.BESLUITENLIJST: (
        "Besluitenlijst vaststellen",
        "De besluitenlijst van de vergadering van",
        "Besluitenlijst van ",
    ),
}


@pytest.mark.parametrize("title", list(EXPECTED), ids=[t.value for t in EXPECTED])
def test_adopting_says_the_councils_own_title(qtbot, services, dutch, title) -> None:
    world = build_world(services)
    services.councils.update_council(world.council.id, minutes_title=title)
    context = make_context(services)
    mode = MeetingModeWindow(context, world.next_meeting.id)
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    kinds = [item.kind for item in mode.detail.items]
    mode.agenda.setCurrentRow(kinds.index(AgendaItemKind.PREVIOUS_MINUTES))
    button_words, sentence, hint = EXPECTED[title]
    assert mode.panel.minutes_hint.text().startswith(hint), mode.panel.minutes_hint.text()
    button = next(
        k.button for k in mode.keys.keys if k.action is mode.capture.adopt_action and k.button
    )
    assert button.isVisible() and button.text() == f"{button_words} (Ctrl+Shift+V)"
    # the chair presses the key from the notes
    qtbot.keyClick(
        QApplication.focusWidget(),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: isinstance(mode.dialog, AdoptMinutesDialog))
    dialog = mode.dialog
    assert isinstance(dialog, AdoptMinutesDialog)
    assert dialog.windowTitle() == button_words
    texts = [label.text() for label in dialog.findChildren(type(mode.hints))]
    assert any(t.startswith(sentence) for t in texts), texts
    qtbot.keyClick(dialog.amendments, Qt.Key.Key_Tab)
    dialog.ok_button.click()
    assert context.undo_stack.undoText() == button_words
    mode.close()
