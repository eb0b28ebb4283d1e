"""Reversing an allocation at 200 % text: the new decision's placeholder "Wat het overleg
besluit" reads with room after it, not touching the field's edge, in the light and the
high-contrast theme (whose edge is drawn by the style sheet)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionFrame
from pytestqt.qtbot import QtBot
from test_dialogs_for_everyone import reversal

from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style, apply_theme

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "This plugin does not support"
)

LINE_MARGIN = 2  # px: QLineEdit's own margin left and right of its text


@pytest.fixture(params=["light", "contrast"])
def large_text(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    apply_theme(qapp, request.param)
    yield qapp
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def test_the_new_decisions_placeholder_does_not_touch_the_edge(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    opened = reversal(demo_services)
    dialog = opened.window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(60)
    field = dialog.decision.text  # type: ignore[attr-defined]
    assert field.placeholderText() == "Wat het overleg besluit"
    assert not field.text()
    option = QStyleOptionFrame()
    field.initStyleOption(option)
    contents = field.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, field)
    room = contents.width() - 2 * LINE_MARGIN
    metrics = field.fontMetrics()
    left = room - metrics.horizontalAdvance(field.placeholderText())
    # at least half a character between the placeholder's end and the edge
    assert left >= metrics.averageCharWidth() // 2, f"{left} px after the placeholder"
    dialog.close()
    for kept in opened.keep:
        kept.close()  # type: ignore[attr-defined]
