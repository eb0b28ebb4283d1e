"""Earlier rounds in Toekomstagenda: the round picker shows a closed round read-only, and the
carried project keeps its theme in the new round."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import Qt

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, PhaseKind
from buurtdesk.services import Services
from buurtdesk.ui.cycle.section import ToekomstagendaSection
from buurtdesk.ui.cycle.vision import VisionPage


@pytest.fixture
def two_rounds(services: Services) -> tuple[int, int, int]:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD).id
    first = services.cycle.start_round(council)
    green = services.vision.add_theme(first.id, "Groen")
    services.vision.add_wish(green.id, "Meer bomen aan de Maas")
    services.cycle.move_to_phase(first.id, PhaseKind.PLANS, confirmed=True)
    garden = services.projects.create_project(first.id, "Buurttuin", theme_id=green.id)
    services.cycle.move_to_phase(first.id, PhaseKind.EVALUATION, confirmed=True)
    second = services.cycle.close_round(first.id).started
    return council, first.id, garden.project.id + 0 * second.id


def test_an_earlier_round_is_picked_and_shown_read_only(
    qtbot, services: Services, two_rounds: tuple[int, int, int], dutch, tmp_path
) -> None:
    council, first_id, garden = two_rounds
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(council))
    section = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(section)
    picker = section.round_picker
    assert picker.isVisible()
    assert [picker.itemText(i) for i in range(picker.count())][0].startswith("Ronde 2 (nu")
    assert section.round is not None and section.round.cycle.number == 2
    # The carried project shows the same theme in the new round as in its table and detail.
    carried = next(p for p in section.round.projects if p.project.id == garden)
    assert carried.project.theme_name == "Groen"
    assert "Groen" in {t.name for t in section.round.vision.themes}

    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)  # the earlier round, by keyboard
    assert section.round.cycle.id == first_id and not section.round.cycle.is_open
    assert "alleen lezen" in picker.currentText()
    section.show_phase(PhaseKind.VISION)
    page = section.page(PhaseKind.VISION)
    assert isinstance(page, VisionPage)
    texts = [i.text(0) for i in page._all_items()]
    assert "Meer bomen aan de Maas" in texts
    item = next(i for i in page._all_items() if i.text(0) == "Meer bomen aan de Maas")
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable  # read-only
    assert section.phase_line.text() == "Deze ronde is afgesloten."
    # The booklet of the round shown, from the screen.
    section.booklet.ask_save_path = lambda _suggested: tmp_path / "ronde-1"
    qtbot.mouseClick(section.booklet_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ronde-1.pdf" in section.status.text(), timeout=30_000)
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "ronde-1.pdf"), "-"], capture_output=True, text=True
    ).stdout
    assert "Ronde 1" in text and "Meer bomen aan de Maas" in text
    if os.environ.get("BUURTDESK_SHOTS"):
        window.grab().save(os.path.join(os.environ["BUURTDESK_SHOTS"], "round-picker.png"))
    qtbot.keyClick(picker, Qt.Key.Key_Up)
    assert section.round.cycle.number == 2 and section.round.cycle.is_open
