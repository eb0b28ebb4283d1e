"""The council's own title for its minutes and the besluitenlijst appendix, chosen with the
council's details (undoable), and printed on the minutes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, MinutesTitle
from buurtdesk.services import Services

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_title_and_appendix_are_council_details_with_undo(
    qtbot: QtBot, dutch: QApplication, services: Services
) -> None:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    assert council.minutes_title == MinutesTitle.NOTULEN and not council.decisions_appendix
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    dialog = window.council_details()
    assert dialog is not None
    settings = dialog.minutes
    assert settings.title.currentText() == "Notulen"
    settings.title.setFocus()
    qtbot.keyClick(settings.title, Qt.Key.Key_Down)
    assert settings.title.currentText() == "Verslag"
    settings.appendix.setFocus()
    qtbot.keyClick(settings.appendix, Qt.Key.Key_Space)
    assert settings.appendix.isChecked()
    dialog.save()
    stored = services.councils.get_council(council.id)
    assert stored.minutes_title == MinutesTitle.VERSLAG and stored.decisions_appendix
    window.context.undo_stack.undo()
    stored = services.councils.get_council(council.id)
    assert stored.minutes_title == MinutesTitle.NOTULEN and not stored.decisions_appendix
