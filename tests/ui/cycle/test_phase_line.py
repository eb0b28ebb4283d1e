"""The line that says which phase the round is in, read at large text: it breaks between the
words of the sentence only where it must, and never inside the phase's name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, PhaseKind
from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style
from buurtdesk.ui.cycle.section import ToekomstagendaSection

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")

NAME = {"nl": "Plannen en projecten", "en": "Plans and projects"}


@pytest.fixture(
    params=[("nl", 2.0), ("en", 2.0), ("nl", 1.0)], ids=["nl-200%", "en-200%", "nl-100%"]
)
def setting(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[tuple[str, float]]:
    language, scale = request.param
    install_language(qapp, language)
    apply_style(qapp, scale)
    yield request.param
    apply_style(qapp, 1.0)
    install_language(qapp, "en")


def _lines(label: QLabel, width: int) -> list[str]:
    """The label's text line by line as it is laid out at `width` px."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    if label.textFormat() == label.textFormat().PlainText:
        document.setPlainText(label.text())
    else:
        document.setHtml(label.text())
    document.setTextWidth(width)
    document.size()  # laid out now
    lines = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            lines.append(block.text()[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return [line.replace("\u00a0", " ").strip() for line in lines]


@pytest.fixture
def section(qtbot: QtBot, services: Services, setting: tuple[str, float]) -> ToekomstagendaSection:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    cycle = services.cycle.start_round(council, horizon_year=2030)
    services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS, confirmed=True)
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(council))
    shown = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(shown)
    for _ in range(5):
        QApplication.processEvents()
    return shown


def test_the_phase_line_is_one_line_where_there_is_room(
    section: ToekomstagendaSection, setting: tuple[str, float]
) -> None:
    label = section.phase_line
    assert label.isVisible()
    lines = _lines(label, label.contentsRect().width())
    assert len(lines) == 1, lines
    assert NAME[setting[0]] in lines[0]
    assert label.height() >= label.heightForWidth(label.width())  # nothing cut


def test_the_phase_name_never_breaks_inside(
    section: ToekomstagendaSection, setting: tuple[str, float]
) -> None:
    """In a narrow window the sentence wraps, the phase's name stays whole with "phase"."""
    label = section.phase_line
    name = NAME[setting[0]]
    bold = QFont(label.font())
    bold.setBold(True)
    whole = QFontMetrics(bold).horizontalAdvance(f"phase {name}.")  # room for it, in bold
    for width in range(whole + 10, whole * 2, 20):
        lines = _lines(label, width)
        holding = [line for line in lines if name in line]
        assert len(holding) == 1, (width, lines)
        assert holding[0].split(name)[0].rstrip().endswith(("fase", "phase")), (width, lines)
