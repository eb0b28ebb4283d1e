"""The Gemeente section, the annual report dialog and the fund dialog, driven with real keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from buurtdesk.app import build_window
from buurtdesk.domain.enums import ActionStatus, CouncilKind
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.ui.common.style import warning_colour
from buurtdesk.ui.municipality.council_model import CouncilTableModel
from buurtdesk.ui.municipality.section import MunicipalitySection

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _window(qtbot, services: Services):  # type: ignore[no-untyped-def]
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def _section(window) -> MunicipalitySection:  # type: ignore[no-untyped-def]
    return next(s for s in window.sections if isinstance(s, MunicipalitySection))


def _question() -> QMessageBox:
    """The question on screen (the window need not be the active one offscreen)."""
    boxes = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


def _row_of(window, section: MunicipalitySection) -> int:  # type: ignore[no-untyped-def]
    return window.sections.index(section)


def test_the_section_is_there_once_the_database_holds_a_second_council(
    qtbot, services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    window = _window(qtbot, services)
    section = _section(window)
    item = window.section_list.item(_row_of(window, section))
    assert item.text() == "Gemeente" and item.isHidden()
    blerick = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    window.refresh_councils(blerick.id)
    assert not item.isHidden()
    window.show_section(section)
    assert section.model.rowCount() == 2


def test_filter_sort_and_open_a_council_with_the_keyboard(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    section = _section(window)
    window.section_list.setFocus()
    window.section_list.setCurrentRow(_row_of(window, section))
    assert window.shown_section() is section
    assert section.proxy.rowCount() == 4
    section.filter.setFocus()
    qtbot.keyClicks(section.filter, "steyl")
    assert section.proxy.rowCount() == 1
    assert section.summary.text().startswith("1 van 4 overleggen getoond")
    qtbot.keyClick(section.filter, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(section.filter, Qt.Key.Key_Backspace)
    assert section.proxy.rowCount() == 4
    # sort on the overdue column, most overdue first (a click on its header, twice)
    header = section.table.horizontalHeader()
    x = header.sectionViewportPosition(CouncilTableModel.OVERDUE) + 5
    for _ in range(2):
        qtbot.mouseClick(
            header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5)
        )
    overdue = [section.proxy.index(r, CouncilTableModel.OVERDUE).data() for r in range(4)]
    assert [int(v) for v in overdue] == sorted((int(v) for v in overdue), reverse=True)
    top = section.proxy.index(0, CouncilTableModel.NAME).data()
    # the quick filter, chosen with the arrow keys
    section.choice.setFocus()
    qtbot.keyClick(section.choice, Qt.Key.Key_Down)
    assert section.choice.currentText() == "Met te late actiepunten"
    assert all(
        int(section.proxy.index(r, CouncilTableModel.OVERDUE).data()) > 0
        for r in range(section.proxy.rowCount())
    )
    # Enter on the first row opens that council's overview
    section.table.setFocus()
    section.table.setCurrentIndex(section.proxy.index(0, 0))
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    assert window.shown_section() is window.overview
    assert window.council_picker.currentText() == top


def test_the_organisations_action_points_filtered_by_council_and_status(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    section = _section(window)
    window.show_section(section)
    actions = section.organisations
    assert actions.organisation.currentText().startswith("Gemeente Venlo")
    shown = actions.model.actions
    assert shown and all(a.status.is_open for a in shown)
    assert len({a.council_id for a in shown}) >= 3
    actions.status.setFocus()
    qtbot.keyClick(actions.status, Qt.Key.Key_Down)  # Te laat
    today = actions.model.today
    assert actions.model.actions and all(a.is_overdue(today) for a in actions.model.actions)
    actions.council.setFocus()
    qtbot.keyClick(actions.council, Qt.Key.Key_Down)
    council = actions.council.currentData()
    assert {a.council_id for a in actions.model.actions} <= {council}
    actions.status.setFocus()
    for _ in range(3):
        qtbot.keyClick(actions.status, Qt.Key.Key_Down)  # Alle
    assert actions.status.currentText() == "Alle"
    assert any(a.status == ActionStatus.DONE for a in actions._all)


def test_the_chairs_foreword_is_stored_as_typed_and_undone_with_ctrl_z(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    council = window.council_id
    before = demo_services.annual.foreword(council, 2025).text
    dialog = window.annual_report()
    qtbot.waitExposed(dialog)
    assert dialog.year.currentData() == 2025
    assert dialog.foreword.toPlainText() == before
    dialog.foreword.setFocus()
    qtbot.keyClick(dialog.foreword, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.foreword, " Tot ziens!")
    qtbot.waitUntil(lambda: dialog.state.text() == "Opgeslagen", timeout=3000)
    assert demo_services.annual.foreword(council, 2025).text == before + " Tot ziens!"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.context.undo_stack.undoText() == "Voorwoord wijzigen"
    window.activateWindow()
    window.context.undo_stack.undo()
    assert demo_services.annual.foreword(council, 2025).text == before


def test_assigning_more_than_was_paid_in_asks_first_and_shows_red(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    section = _section(window)
    window.show_section(section)
    dialog = section.open_funds()
    qtbot.waitExposed(dialog)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    assert "nog niet toegedeeld €\u00a012.500,00" in dialog.totals.text()
    belfeld = dialog.shares_part.council.findText("Dorpsraad Belfeld")
    dialog.shares_part.council.setCurrentIndex(belfeld)
    dialog.shares_part.share.setFocus()
    qtbot.keyClicks(dialog.shares_part.share, "20.000,00")
    asked: list[str] = []

    def answer_yes() -> None:
        box = _question()
        asked.append(box.text())
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setFocus()
        qtbot.keyClick(yes, Qt.Key.Key_Space)

    QTimer.singleShot(50, answer_yes)
    qtbot.keyClick(dialog.shares_part.share, Qt.Key.Key_Return)
    assert asked and "€\u00a07.500,00 meer" in asked[0]
    assert "7.500,00 meer toegedeeld dan ingelegd" in dialog.totals.text()
    assert warning_colour() in dialog.totals.styleSheet()
    fund = dialog.view.fund.id
    shares = demo_services.funds.fund_year(fund, 2026).shares
    assert any(
        s.council_name == "Dorpsraad Belfeld" and s.amount == Money.euros(20_000) for s in shares
    )
    window.context.undo_stack.undo()
    assert len(demo_services.funds.fund_year(fund, 2026).shares) == 3
    assert dialog.totals.styleSheet() == ""
    # answering No leaves everything as it was
    dialog.shares_part.share.setFocus()
    qtbot.keyClicks(dialog.shares_part.share, "20.000,00")

    def answer_no() -> None:
        box = _question()
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    QTimer.singleShot(50, answer_no)
    qtbot.keyClick(dialog.shares_part.share, Qt.Key.Key_Return)
    assert len(demo_services.funds.fund_year(fund, 2026).shares) == 3


def test_an_amount_that_cannot_be_read_says_so_and_changes_nothing(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    section = _section(window)
    window.show_section(section)
    dialog = section.open_funds()
    qtbot.waitExposed(dialog)
    dialog.year.setCurrentIndex(dialog.year.findData(2026))
    before = demo_services.funds.fund_year(dialog.view.fund.id, 2026)
    dialog.contributor.setFocus()
    qtbot.keyClicks(dialog.contributor, "Gemeente Venlo")
    dialog.contribution.setFocus()
    qtbot.keyClicks(dialog.contribution, "veel geld")
    qtbot.keyClick(dialog.contribution, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter in a field never closes the window
    assert dialog.notice.message()
    assert demo_services.funds.fund_year(dialog.view.fund.id, 2026) == before
    assert dialog.contribution.text() == "veel geld"  # what was typed stays
    dialog.contribution.clear()
    qtbot.keyClicks(dialog.contribution, "45.000,00")
    qtbot.keyClick(dialog.contribution, Qt.Key.Key_Return)
    after = demo_services.funds.fund_year(dialog.view.fund.id, 2026)
    assert after.paid_in == before.paid_in + Money.euros(3_000)
    assert "Ingelegd €\u00a070.000,00" in dialog.totals.text()
    window.context.undo_stack.undo()
    assert demo_services.funds.fund_year(dialog.view.fund.id, 2026).paid_in == before.paid_in


def test_the_whole_table_as_a_spreadsheet_from_the_app(
    qtbot, demo_services: Services, dutch: QApplication, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = _window(qtbot, demo_services)
    section = _section(window)
    window.show_section(section)
    target = tmp_path / "overleggen.csv"
    section.ask_save_path = lambda suggested: target  # the file dialog's answer
    section.sheet_button.setFocus()
    qtbot.keyClick(section.sheet_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not section.writer.running, timeout=10_000)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Id;Overleg;Soort;Volgende vergadering")
    assert "Wijkoverleg Klingerberg" in text and len(text.splitlines()) == 5
    assert section.summary.text() == f"Opgeslagen: {target}"


def test_the_annual_report_is_made_from_the_app(
    qtbot, demo_services: Services, dutch: QApplication
) -> None:  # type: ignore[no-untyped-def]
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "documents"))
    from pdf_checks import flat_text

    window = _window(qtbot, demo_services)
    window.file_menu.setFocus()
    dialog = window.annual_report()
    qtbot.waitExposed(dialog)
    opened: list[Path] = []
    dialog.open_file = opened.append  # the PDF viewer
    dialog.view_button.setFocus()
    qtbot.keyClick(dialog.view_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    text = flat_text(opened[0])
    assert "Jaarverslag 2025" in text and "Beste buurtbewoners" in text
