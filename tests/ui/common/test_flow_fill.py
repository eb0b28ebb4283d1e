"""A form in a filling FlowLayout: one line that fills its width when there is room; field
by field on lines of their own when narrow; the button keeps its own width and sits at the
foot of its line, beside the fields rather than beside their captions."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.flow import FlowLayout, captioned


def _form(qtbot: QtBot) -> tuple[QWidget, list[QWidget], QPushButton]:
    form = QWidget()
    qtbot.addWidget(form)
    row = FlowLayout(form, spacing=10, fill=True)
    cells = [captioned(QLabel(caption), QLineEdit(), 12) for caption in ("Datum", "Omschrijving")]
    for cell in cells:
        row.addWidget(cell)
    button = QPushButton("Uitgave vastleggen")
    row.addWidget(button)
    return form, cells, button


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def test_a_wide_form_fills_its_line(qtbot: QtBot) -> None:
    form, cells, button = _form(qtbot)
    form.resize(900, 200)
    form.show()
    _settle()
    assert len({cell.y() for cell in cells}) == 1, "one line"
    assert button.width() == button.sizeHint().width(), "the button is not stretched"
    assert button.geometry().right() >= 900 - 12, "the fields took the line's room"
    assert button.geometry().bottom() == cells[0].geometry().bottom(), "at the foot of the line"


def test_a_narrow_form_puts_each_field_on_its_own_line(qtbot: QtBot) -> None:
    form, cells, button = _form(qtbot)
    width = max(cell.sizeHint().width() for cell in cells) + 20
    form.resize(width, 400)
    form.show()
    _settle()
    assert cells[1].y() > cells[0].y() and button.y() > cells[1].y()
    for cell in cells:
        assert cell.geometry().right() <= width, "nothing runs off to the right"
        assert cell.width() >= cell.minimumWidth()
    layout = form.layout()
    assert layout is not None and layout.hasHeightForWidth()
    assert layout.heightForWidth(width) >= button.geometry().bottom(), "the lines are counted"
