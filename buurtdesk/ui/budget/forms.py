"""Pieces the budget pages share: the host they edit through, amount fields, the decision picker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError, InvalidInput
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services import Services
from buurtdesk.services.budget.views import DecisionRef, NewDecision, YearBalance
from buurtdesk.services.views import DecisionView
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.undo import EditCommand, ErrorHandler

T = TypeVar("T")


class BudgetHost(Protocol):
    """What a budget page needs from the Buurtbudget section around it."""

    council_id: int | None
    year: int
    balance: YearBalance | None

    @property
    def services(self) -> Services: ...

    def edit(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        on_error: ErrorHandler | None = None,
    ) -> bool: ...

    def push(self, command: EditCommand) -> bool: ...

    def reload(self) -> None: ...

    def show_error(self, error: BuurtDeskError) -> None: ...

    def say(self, text: str) -> None: ...

    def confirm(self, title: str, text: str) -> bool: ...

    def today(self) -> date: ...


def money_field(accessible_name: str, placeholder: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    return edit


def read_money(host: BudgetHost, edit: QLineEdit) -> Money | None:
    """The amount typed in `edit` (Dutch style welcome), or None with the reason shown."""
    try:
        return Money.parse(edit.text())
    except InvalidInput as error:
        host.show_error(error)
        edit.setFocus()
        edit.selectAll()
        return None


def shorten(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class DecisionPicker(QWidget):
    """Which decision the money moves by: an existing one (by number) or a new one, recorded now."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(8)
        self.existing = QRadioButton(self.tr("Decision taken:"))
        self.existing.setAccessibleName(self.tr("By a decision already in the register"))
        self.existing.setAccessibleDescription(
            self.tr("Links the allocation to a decision the council already took")
        )
        self.new = QRadioButton(self.tr("New decision:"))
        self.new.setAccessibleName(self.tr("Record a new decision now"))
        self.new.setAccessibleDescription(
            self.tr("Records the decision to allocate the money together with the allocation")
        )
        group = QButtonGroup(self)
        group.addButton(self.existing)
        group.addButton(self.new)
        self.number = QComboBox()
        self.number.setEditable(True)
        self.number.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.number.setAccessibleName(self.tr("Number of the decision, for example 2026-014"))
        self.number.setAccessibleDescription(
            self.tr("The decision in the register that allocates this money")
        )
        line = self.number.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("number, e.g. 2026-014"))
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Text of the new decision"))
        self.text.setAccessibleDescription(self.tr("The decision as it goes into the register"))
        self.text.setPlaceholderText(self.tr("What the council decides"))
        room_for_placeholder(self.text)
        self.number.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.number.setMinimumContentsLength(14)
        self.row: FlowLayout | None = None
        if horizontal:  # one line when there is room, a choice per line at large text
            self.number.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            layout.setSpacing(0)
            self.row = FlowLayout(spacing=12, fill=True)
            self.row.addWidget(paired(self.existing, self.number))
            self.row.addWidget(paired(self.new, self.text))
            layout.addLayout(self.row, 0, 0)
        else:
            layout.addWidget(self.existing, 0, 0)
            layout.addWidget(self.number, 0, 1)
            layout.addWidget(self.new, 1, 0)
            layout.addWidget(self.text, 1, 1)
            layout.setColumnStretch(1, 1)
        self.new.setChecked(True)
        self.number.currentIndexChanged.connect(lambda _i: self.existing.setChecked(True))
        self.number.editTextChanged.connect(lambda _t: self.existing.setChecked(True))
        self.text.textEdited.connect(lambda _t: self.new.setChecked(True))

    def add_after(self, widget: QWidget) -> None:
        """A button at the end of the picker's line (horizontal only), wrapping with it."""
        assert self.row is not None
        self.row.addWidget(widget)

    def set_decisions(self, decisions: list[DecisionView]) -> None:
        """Offer the council's decisions that can carry money, newest first."""
        self.number.blockSignals(True)
        typed = self.number.currentText()
        self.number.clear()
        for decision in decisions:
            if not decision.withdrawn:
                self.number.addItem(
                    f"{decision.number}  {shorten(decision.text, 70)}", str(decision.number)
                )
        self.number.setCurrentIndex(-1)
        self.number.setEditText(typed)
        self.number.blockSignals(False)

    def clear(self) -> None:
        self.number.setCurrentIndex(-1)
        self.number.setEditText("")
        self.text.clear()
        self.new.setChecked(True)

    def is_new(self) -> bool:
        return self.new.isChecked()

    def decision(self, decided_on: date | None = None) -> DecisionRef:
        """The decision as the budget service takes it; InvalidInput (its one sentence) when unclear."""
        if self.is_new():
            if not self.text.text().strip():
                raise InvalidInput.said(
                    "Write down what the council decides, or pick a decision already taken."
                )
            return NewDecision(self.text.text().strip(), decided_on=decided_on)
        typed = self.number.currentText().strip()
        index = self.number.findText(typed)
        if index >= 0:
            return str(self.number.itemData(index))
        if not typed:
            raise InvalidInput.said("Enter the decision's number, for example 2026-014.")
        return DecisionNumber.parse(typed.split()[0])
