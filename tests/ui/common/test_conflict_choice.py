"""The question "which version stays?" when someone else changed the same record: it fits a
13-inch laptop at 200 % text however long the two versions are, and nothing in it is cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from room_check import problems
from window_check import message_read

from buurtdesk.services.base import VersionConflict
from buurtdesk.ui.common.conflict import choose_version
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

MINE = "De buurt vraagt om drempels in de Hoogstraat en een zebrapad bij de school. " * 12
THEIRS = "Drempels besproken met de wijkagent; de gemeente komt erop terug in maart. " * 12


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_long_versions_fit_the_screen_and_stay_whole_under_details(
    qtbot: QtBot, qapp: QApplication, scale: float
) -> None:
    install_language(qapp, "nl")
    apply_style(qapp, scale)
    conflict = VersionConflict(
        {"title": "Verkeer rond de school", "description": MINE, "amount_cents": 125000},
        {"title": "Verkeer bij de Hoogstraat", "description": THEIRS, "amount_cents": 90000},
        newest_version=4,
    )
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, look)
            return
        QApplication.processEvents()
        seen["problems"] = problems(box)
        seen["informative"] = message_read(box).split("\n", 1)[1]
        seen["details"] = box.detailedText()
        for button in box.buttons():
            if "mijn" in button.text().replace("&", "").lower():
                button.click()
                return

    try:
        QTimer.singleShot(0, look)
        kept_mine = choose_version(None, conflict)
    finally:
        apply_style(qapp, 1.0)
        install_language(qapp, "en")
    assert kept_mine
    assert seen["problems"] == []
    assert "Verkeer bij de Hoogstraat" in str(seen["informative"])
    assert len(str(seen["informative"])) < 600  # the question stays short...
    assert MINE.strip() in str(seen["details"])  # ...and both versions are whole under Details
    assert THEIRS.strip() in str(seen["details"])
