"""Closing a meeting at 200 % text: the next meeting's place reads in full, from its start
("Buurthuis De Klingerberg, Hogeweg 12", not "uis De Klingerberg, Hogeweg 12")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    yield qapp
    apply_style(qapp, 1.0)
    install_language(qapp, "en")


def test_the_next_place_reads_in_full_at_large_text(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    council = next(
        c.id for c in demo_services.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )
    upcoming = max(
        (
            m
            for m in demo_services.meetings.list_meetings(council)
            if m.status != MeetingStatus.CLOSED
        ),
        key=lambda m: m.date,
    )
    dialog = CloseMeetingDialog(demo_services.meetings.get_meeting(upcoming.id), lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(60)
    place = dialog.place_field
    assert place.text() == "Buurthuis De Klingerberg, Hogeweg 12", place.text()
    assert not place.hasFocus(), "the date has the focus; the place is only read"
    assert place.cursorPosition() == 0, "the place shows from its start"
    room = place.contentsRect().width() - place.textMargins().left() - place.textMargins().right()
    needed = place.fontMetrics().horizontalAdvance(place.text()) + 4  # the field's own margins
    assert needed <= room, f"the place needs {needed} px and has {room}"
