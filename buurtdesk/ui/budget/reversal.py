"""The question 'reverse this allocation by which decision, and how much of it?'."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.budget.views import AllocationBalance, DecisionRef
from buurtdesk.ui.budget.forms import BudgetHost, DecisionPicker
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import describe_buttons
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import ErrorHandler
from buurtdesk.ui.common.widgets import text_label

Submit = Callable[[AllocationBalance, Money, DecisionRef, ErrorHandler], bool]


class ReversalDialog(QDialog):
    """Stays open, with the reason shown, until what was typed can be stored (or Cancel)."""

    def __init__(
        self,
        original: AllocationBalance,
        host: BudgetHost,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.original, self.host, self.submit = original, host, submit
        a = original.allocation
        self.setWindowTitle(self.tr("Reverse an allocation"))
        self.setAccessibleName(self.tr("Reverse an allocation"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        what = a.project_name or a.description or a.source_name
        layout.addWidget(
            text_label(
                self.tr(
                    "Allocation %1 (%2) by decision %3. Still allocated: %4. A reversal is a new decision of the council."
                )
                .replace("%1", what)
                .replace("%2", a.source_name)
                .replace("%3", str(a.decision.number))
                .replace("%4", labels.money(original.allocated))
            )
        )
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        form = QFormLayout()
        layout.addLayout(form)
        self.amount = QLineEdit(labels.money(original.allocated))
        self.amount.setAccessibleName(self.tr("Amount to reverse"))
        self.amount.setAccessibleDescription(
            self.tr("How much of the allocation goes back to the source, in euros")
        )
        form.addRow(self.tr("&Amount to reverse"), self.amount)
        self.decision = DecisionPicker()
        form.addRow(self.decision)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Reverse"))
        ok.setAccessibleName(self.tr("Reverse the allocation"))
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr(
                    "Records the reversal with the chosen decision"
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window; the allocation stays as it is"
                ),
            },
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        self.notice.clear()
        try:
            amount = Money.parse(self.amount.text())
            decision = self.decision.decision(self.host.today())
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        stored = self.submit(self.original, amount, decision, self.notice.show_error)
        if stored:
            super().accept()
