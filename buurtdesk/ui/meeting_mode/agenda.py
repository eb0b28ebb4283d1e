"""The agenda down the left of meeting mode, and the time kept on each item."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from buurtdesk.services.views import AgendaItemView


class ItemTimes:
    """Seconds spent per item: what was stored before plus the visit that is running."""

    def __init__(self) -> None:
        self.spent: dict[int, float] = {}
        self.entered_at = time.monotonic()

    def start(self, items: tuple[AgendaItemView, ...]) -> None:
        self.spent = {item.id: float(item.spent_seconds) for item in items}
        self.entered_at = time.monotonic()

    def running(self, item_id: int) -> float:
        return self.spent.get(item_id, 0.0) + (time.monotonic() - self.entered_at)

    def book(self, item_id: int) -> int:
        """Add the visit to `item_id` to its total and start a new visit; the whole seconds."""
        seconds = time.monotonic() - self.entered_at
        self.entered_at = time.monotonic()
        self.spent[item_id] = self.spent.get(item_id, 0.0) + seconds
        return int(seconds)

    def restart(self) -> None:
        self.entered_at = time.monotonic()


class AgendaList(QListWidget):
    """One row per item: '3. Verslag vorige vergadering', below it the plan and the time used."""

    def __init__(self, times: ItemTimes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.times = times
        self.setObjectName("agenda")
        self.setAccessibleName(self.tr("Agenda"))
        self.setAccessibleDescription(self.tr("Page Down and Page Up move between items"))
        self.setFixedWidth(max(330, self.fontMetrics().averageCharWidth() * 24))
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def show_items(self, items: tuple[AgendaItemView, ...], current_id: int | None) -> None:
        """Fill the list without announcing a change of item."""
        self.blockSignals(True)
        self.clear()
        current_row = 0
        for row, item in enumerate(items):
            entry = QListWidgetItem(self.line(item))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.addItem(entry)
            if item.id == current_id:
                current_row = row
        self.setCurrentRow(current_row if current_id is not None else -1)
        self.blockSignals(False)

    def line(self, item: AgendaItemView) -> str:
        plan = self.tr("%1 min").replace("%1", str(item.planned_minutes))
        spent = int(self.times.spent.get(item.id, 0.0))
        if spent:
            used = self.tr("%1 used").replace("%1", f"{spent // 60}:{spent % 60:02d}")
            plan = f"{plan} · {used}"
        return f"{item.position}. {item.title}\n     {plan}"

    def update_line(self, items: tuple[AgendaItemView, ...], item_id: int) -> None:
        for row, item in enumerate(items):  # the list follows the agenda's order
            if item.id == item_id and row < self.count():
                self.item(row).setText(self.line(item))

    def step(self, delta: int) -> None:
        row = self.currentRow() + delta
        if 0 <= row < self.count():
            self.setCurrentRow(row)
