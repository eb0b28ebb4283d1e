"""The round picker of the Toekomstagenda section: the current round, or any earlier one to
look at (read-only: the phase pages show a closed round without editing)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from buurtdesk.services.cycle.views import CycleSummary
from buurtdesk.ui.common import labels


class RoundPicker(QComboBox):
    """`picked` carries the chosen round's id, or None for the council's current round."""

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Round"))
        self.setAccessibleDescription(
            self.tr("Which round of the toekomstagenda is shown; earlier rounds are read-only")
        )
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(self._chosen)
        self._filling = False

    def show_rounds(self, rounds: Sequence[CycleSummary], shown_id: int) -> None:
        """All rounds, newest first; the one on screen chosen. Hidden with only one round."""
        self._filling = True
        try:
            self.clear()
            for round_ in sorted(rounds, key=lambda r: r.number, reverse=True):
                self.addItem(self.describe(round_), round_.id)
            self.setCurrentIndex(max(0, self.findData(shown_id)))
        finally:
            self._filling = False
        self.setVisible(len(rounds) > 1)

    def describe(self, round_: CycleSummary) -> str:
        if round_.closed_on is None:
            return (
                self.tr("Round %1 (current, since %2)")
                .replace("%1", str(round_.number))
                .replace("%2", labels.short_date(round_.started_on))
            )
        return (
            self.tr("Round %1 (%2 – %3, read-only)")
            .replace("%1", str(round_.number))
            .replace("%2", labels.short_date(round_.started_on))
            .replace("%3", labels.short_date(round_.closed_on))
        )

    def _chosen(self, index: int) -> None:
        if self._filling or index < 0:
            return
        cycle_id = self.itemData(index)
        newest = self.itemData(0)
        self.picked.emit(None if cycle_id == newest else cycle_id)
