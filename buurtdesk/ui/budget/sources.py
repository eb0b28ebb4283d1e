"""Geldbronnen: the year's funding sources, and a form to add, correct or remove one."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.budget import source_kind_name
from buurtdesk.domain.enums import FundingSourceKind
from buurtdesk.domain.money import Money
from buurtdesk.services.budget.views import FundingSourceView, SourceBalance, YearBalance
from buurtdesk.ui.budget.forms import BudgetHost, money_field, read_money, shorten
from buurtdesk.ui.budget.models import Cell, Row, RowsModel, rows_table
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import Columns, FlowLayout
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.undo import VersionedEdit


class SourcesPage(QWidget):
    def __init__(self, host: BudgetHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.sources: dict[int, FundingSourceView] = {}
        layout = Columns(self, chars=110)  # the form below the table at large text
        layout.setContentsMargins(0, 8, 0, 0)
        self.model = RowsModel(
            [
                self.tr("Name"),
                self.tr("Amount"),
                self.tr("Free"),
                self.tr("Carry over"),
                self.tr("Conditions"),
            ],
            self,
        )
        self.table = rows_table(
            self.model,
            self.tr("Funding sources of the year"),
            self.tr("Lists where the money of the chosen year comes from; choose one to edit it"),
            0,
            # The conditions (shortened here) and whether the rest may go on show in full in
            # the form when the source is chosen: they go first at large text.
            optional=(4, 3),
        )
        self.table.selectionModel().selectionChanged.connect(self._picked)
        layout.addWidget(self.table, 3)

        self.form_box = QGroupBox(self.tr("Funding source"))
        self.form_box.setAccessibleName(self.tr("Funding source"))
        form_outer = QVBoxLayout(self.form_box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # label over field if narrow
        form_outer.addLayout(form)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of funding source"))
        self.kind.setAccessibleDescription(self.tr("Chooses what kind of funder gives the money"))
        for kind in FundingSourceKind:
            self.kind.addItem(source_kind_name(kind, labels.ui_language()), kind)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the funding source"))
        self.name.setAccessibleDescription(self.tr("Who gives the money"))
        self.name.setPlaceholderText(self.tr("Empty: the name of its kind"))
        self.amount = money_field(self.tr("Amount of the funding source"), self.tr("e.g. 1.250,50"))
        self.amount.setAccessibleDescription(self.tr("How much money the source gives, in euros"))
        self.conditions = QPlainTextEdit()
        self.conditions.setAccessibleName(self.tr("Conditions of the funding source"))
        self.conditions.setAccessibleDescription(
            self.tr("The conditions the funder attaches to the money")
        )
        self.conditions.setPlaceholderText(self.tr("What the money may be spent on"))
        self.conditions.setTabChangesFocus(True)
        lines_tall(self.conditions, least=2, most=2)  # two lines at any text size
        self.carry_over = QCheckBox(self.tr("Unspent money may go to next year"))
        self.carry_over.setAccessibleName(self.tr("Unspent money may go to next year"))
        self.carry_over.setAccessibleDescription(
            self.tr("Allows unspent money of this source to be carried over to next year")
        )
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("Na&me"), self.name)
        form.addRow(self.tr("Amo&unt"), self.amount)
        form.addRow(self.tr("Con&ditions"), self.conditions)
        form.addRow("", self.carry_over)
        buttons = FlowLayout(spacing=8)  # the buttons wrap when the form is narrow
        self.add_button = QPushButton(self.tr("Add source"))
        self.add_button.setAccessibleName(self.tr("Add this funding source"))
        self.add_button.setAccessibleDescription(
            self.tr("Saves the funding source with these details in the chosen year")
        )
        self.add_button.clicked.connect(self.add_source)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save the changes to the chosen source"))
        self.save_button.setAccessibleDescription(
            self.tr("Saves the form over the funding source chosen in the table")
        )
        self.save_button.clicked.connect(self.save_source)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen source"))
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the funding source chosen in the table")
        )
        self.remove_button.clicked.connect(self.remove_source)
        self.new_button = QPushButton(self.tr("New"))
        self.new_button.setAccessibleName(self.tr("Empty the form for a new source"))
        self.new_button.setAccessibleDescription(
            self.tr("Clears the form so a new funding source can be entered")
        )
        self.new_button.clicked.connect(self.start_new)
        for button in (self.add_button, self.save_button, self.new_button, self.remove_button):
            buttons.addWidget(button)
        form_outer.addLayout(buttons)
        form_outer.addStretch(1)
        self.amount.returnPressed.connect(self._enter)
        self.name.returnPressed.connect(self._enter)
        # Beside the table about 45 characters wide; below it (large text) the full width.
        self.form_box.setMaximumWidth(self.form_box.fontMetrics().averageCharWidth() * 45)
        layout.addWidget(self.form_box, 2)
        self._show_buttons()

    # -- showing -----------------------------------------------------------------------------
    def show_balance(self, balance: YearBalance) -> None:
        chosen = self.chosen()
        self.sources = {b.source.id: b.source for b in balance.sources}
        self.model.set_rows([self._row(b) for b in balance.sources])
        row = self.model.row_of(chosen.id) if chosen else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        self.form_box.setTitle(self.tr("Funding source for %1").replace("%1", str(balance.year)))
        self._show_buttons()

    def _row(self, b: SourceBalance) -> Row:
        s, f = b.source, b.figures
        free = labels.money(f.free)
        if f.is_overallocated:
            free = self.tr("⚠ %1 too much allocated").replace("%1", labels.money(-f.free))
        carry = self.tr("yes") if s.carry_over_allowed else self.tr("no")
        if s.is_carried_over:
            carry += " · " + self.tr("carried in")
        return Row(
            s.id,
            (
                Cell(
                    s.name, tooltip=f"{s.name} ({source_kind_name(s.kind, labels.ui_language())})"
                ),
                Cell(labels.money(s.amount), amount=True),
                Cell(free, amount=True, warning=f.is_overallocated),
                Cell(carry),
                Cell(shorten(s.conditions, 80), tooltip=s.conditions),
            ),
        )

    def chosen(self) -> FundingSourceView | None:
        rows = self.table.selectionModel().selectedRows()
        key = self.model.key(rows[0].row()) if rows else None
        return self.sources.get(key) if isinstance(key, int) else None

    def _picked(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        source = self.chosen()
        if source is not None:
            self.kind.setCurrentIndex(self.kind.findData(source.kind))
            self.name.setText(source.name)
            self.amount.setText(labels.money(source.amount))
            self.conditions.setPlainText(source.conditions)
            self.carry_over.setChecked(source.carry_over_allowed)
        self._show_buttons()

    def _show_buttons(self) -> None:
        source = self.chosen()
        self.save_button.setEnabled(source is not None)
        self.remove_button.setEnabled(source is not None)
        self.kind.setEnabled(source is None)
        self.amount.setReadOnly(source is not None and source.is_carried_over)

    def start_new(self) -> None:
        self.table.clearSelection()
        self.name.clear()
        self.amount.clear()
        self.conditions.clear()
        self.carry_over.setChecked(False)
        self._show_buttons()
        self.kind.setFocus()

    def _enter(self) -> None:
        if self.chosen() is None:
            self.add_source()
        else:
            self.save_source()

    # -- editing -----------------------------------------------------------------------------
    def add_source(self) -> None:
        host = self.host
        amount = read_money(host, self.amount)
        if amount is None or host.council_id is None:
            return
        council, year = host.council_id, host.year
        kind = FundingSourceKind(self.kind.currentData())
        name, conditions, carry = (
            self.name.text(),
            self.conditions.toPlainText(),
            self.carry_over.isChecked(),
        )
        done = host.edit(
            self.tr("Add funding source"),
            lambda: host.services.budget.add_source(
                council,
                year,
                kind,
                amount,
                name=name,
                conditions=conditions,
                carry_over_allowed=carry,
            ),
            lambda added: host.services.budget.remove_source(added.id),
        )
        if done:
            self.start_new()

    def save_source(self) -> None:
        host, old = self.host, self.chosen()
        if old is None:
            return
        amount = old.amount if old.is_carried_over else read_money(host, self.amount)
        if amount is None:
            return
        name, conditions, carry = (
            self.name.text(),
            self.conditions.toPlainText(),
            self.carry_over.isChecked(),
        )
        # Lowering a source below what was allocated (or carried) from it needs a yes first.
        confirmed = False
        allocated = self._used(old.id)
        if amount != old.amount and amount < allocated:
            question = (
                self.tr(
                    "%1 was already allocated from this source; with %2 it falls short. Lower it anyway?"
                )
                .replace("%1", labels.money(allocated))
                .replace("%2", labels.money(amount))
            )
            if not host.confirm(self.tr("Lower the funding source?"), question):
                return
            confirmed = True
        shown = {
            "name": old.name,
            "amount": old.amount,
            "conditions": old.conditions,
            "carry_over_allowed": old.carry_over_allowed,
        }
        typed = {
            "name": name,
            "amount": amount,
            "conditions": conditions,
            "carry_over_allowed": carry,
        }
        new = {k: v for k, v in typed.items() if v != shown[k]}
        if not new:
            return
        budget, source_id = host.services.budget, old.id
        host.push(
            VersionedEdit(
                self.tr("Change funding source"),
                version=old.version,
                apply=lambda v, values: budget.update_source(
                    source_id,
                    expected_version=v,
                    confirmed=confirmed or values.get("amount") != amount,  # undo: asked
                    **values,
                ),
                new=new,
                old={k: shown[k] for k in new},
                parent=self,
                after=host.reload,
                on_error=host.show_error,
                record=("funding_sources", source_id),
            )
        )

    def _used(self, source_id: int) -> Money:
        balance = self.host.balance
        for b in balance.sources if balance else ():
            if b.source.id == source_id:
                return b.figures.allocated + b.figures.carried_forward
        return Money(0)

    def remove_source(self) -> None:
        host, old = self.host, self.chosen()
        if old is None or host.council_id is None:
            return
        council = host.council_id
        if host.edit(
            self.tr("Remove funding source"),
            lambda: host.services.budget.remove_source(old.id),
            lambda removed: host.services.budget.restore_source(council, removed),
        ):
            self.start_new()
