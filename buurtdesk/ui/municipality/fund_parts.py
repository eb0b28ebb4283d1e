"""The pieces of the fund dialog: its tables, their filling, a form row with labels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from buurtdesk.ui.common.flow import FlowLayout, captioned
from buurtdesk.ui.common.tables import fit_columns


def form_row(fields: list[tuple[str, QWidget]], button: QWidget) -> FlowLayout:
    """Labels above their fields (each label the field's buddy), the button at the end: one
    line that fills the width, wrapping field by field at large text."""
    row = FlowLayout(spacing=10, fill=True)
    for text, field in fields:
        label = QLabel(text)
        label.setBuddy(field)
        row.addWidget(captioned(label, field, 12))
    row.addWidget(button)
    return row


def open_in_viewer(path: Path) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("class", "heading")
    return label


def table(headers: list[str], name: str, optional: tuple[int, ...] = ()) -> QTableWidget:
    """`optional`: the columns that go, first to last, when the rest cannot fit."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setAccessibleDescription(", ".join(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)  # Tab moves on; the arrows move inside the table
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    # The first column (who, which council) wraps and shows in full; amounts stay whole.
    fit_columns(table, 0, 0.25, optional)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, ...]], *, right: tuple[int, ...]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value.replace("€ ", "€\u00a0") if c in right else value)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
