"""Pooled funds (Hoogeveen): what each contributor pays in, and the councils' shares.

The fund's board divides the money over the councils; each share becomes a funding source in
that council's budget (the council decides what to do with it). Assigning more than was paid
in asks first and then shows the shortfall in red. Every change is one step on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.municipality.views import FundYear
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask_text
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import grows_with_messages, warning_colour
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.municipality.fund_commands import contribution_command
from buurtdesk.ui.municipality.fund_parts import fill, form_row, heading, open_in_viewer, table
from buurtdesk.ui.municipality.fund_shares import FundShares, read_money


class FundDialog(QDialog):
    def __init__(
        self,
        context: Context,
        parent: QWidget | None = None,
        after: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.context = context
        self.after = after
        self.view: FundYear | None = None
        self.maker = Background(self)
        self.open_file: Callable[[Path], None] = open_in_viewer
        self.setWindowTitle(self.tr("Pooled funds"))
        self.resize(980, 640)
        layout = QVBoxLayout(self)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        top = FlowLayout(spacing=8)  # wraps at large text
        self.fund = QComboBox()
        self.fund.setAccessibleName(self.tr("Fund"))
        self.fund.setAccessibleDescription(self.tr("The pooled fund shown"))
        fund_label = QLabel(self.tr("F&und"))
        fund_label.setBuddy(self.fund)
        self.new_button = QPushButton(self.tr("&New fund…"))
        self.new_button.setAccessibleDescription(self.tr("Make a new pooled fund"))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setAccessibleDescription(self.tr("The year of the contributions and shares"))
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        self.statement_button = QPushButton(self.tr("Fund &statement (PDF)"))
        self.statement_button.setAccessibleDescription(
            self.tr("Make the fund's statement of the year and open it")
        )
        top.addWidget(paired(fund_label, self.fund))
        top.addWidget(self.new_button)
        top.addWidget(paired(year_label, self.year))
        top.addWidget(self.statement_button)
        layout.addLayout(top)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("The fund's totals"))
        layout.addWidget(self.totals)

        layout.addWidget(heading(self.tr("Contributions")))
        self.contributions = table(
            [self.tr("Contributor"), self.tr("Paid on"), self.tr("Amount")],
            self.tr("Contributions"),
        )
        layout.addWidget(self.contributions, 1)
        self.contributor = QLineEdit()
        self.contributor.setAccessibleName(self.tr("Contributor"))
        self.contributor.setAccessibleDescription(
            self.tr("Who pays into the fund; a second amount for the same name replaces the first")
        )
        self.contributor.setPlaceholderText(self.tr("Municipality, corporation…"))
        room_for_placeholder(self.contributor)
        self.contribution = QLineEdit()
        self.contribution.setAccessibleName(self.tr("Contribution"))
        self.contribution.setAccessibleDescription(self.tr("The amount paid in this year"))
        self.contribution.setPlaceholderText(self.tr("e.g. 15.000,00"))
        self.add_contribution = QPushButton(self.tr("&Record contribution"))
        self.add_contribution.setAccessibleDescription(
            self.tr("Record what the contributor pays into the fund this year")
        )
        layout.addLayout(
            form_row(
                [
                    (self.tr("C&ontributor"), self.contributor),
                    (self.tr("A&mount"), self.contribution),
                ],
                self.add_contribution,
            )
        )

        self.shares_part = FundShares(context, self, self.notice)
        layout.addWidget(self.shares_part, 2)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleDescription(self.tr("Close this window"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        self._fill_funds()
        self.fund.currentIndexChanged.connect(self._fund_chosen)
        self.year.currentIndexChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_fund)
        self.add_contribution.clicked.connect(self.record_contribution)
        self.contribution.returnPressed.connect(self.record_contribution)
        self.statement_button.clicked.connect(self.make_statement)
        for widget in (self.new_button, self.add_contribution):
            widget.setEnabled(not context.read_only)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in a field records that field, never closes

    # -- funds and years -----------------------------------------------------------------------
    def _fill_funds(self, chosen: int | None = None) -> None:
        self.fund.blockSignals(True)
        self.fund.clear()
        for fund in self.context.services.funds.list_funds():
            self.fund.addItem(fund.name, fund.id)
        if chosen is not None:
            self.fund.setCurrentIndex(max(self.fund.findData(chosen), 0))
        self.fund.blockSignals(False)
        self._fund_chosen()

    def _fund_chosen(self) -> None:
        fund_id = self.fund.currentData()
        this = self.context.current_date().year
        years = set(self.context.services.funds.fund_years(fund_id)) if fund_id else set()
        years |= {this, this + 1}
        wanted = self.year.currentData() or this
        self.year.blockSignals(True)
        self.year.clear()
        for value in sorted(years, reverse=True):
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(self.year.findData(wanted), 0))
        self.year.blockSignals(False)
        self.reload()

    def new_fund(self) -> None:
        name = ask_text(self, self.tr("New fund"), self.tr("The name of the pooled fund:"))
        if name is None:
            return
        funds = self.context.services.funds
        municipality = next(
            (c.municipality for c in self.context.services.councils.list_councils()), ""
        )
        command = EditCommand(
            self.tr("New fund"),
            do=lambda: funds.create_fund(name, municipality=municipality),
            undo=lambda view: funds.remove_fund(view.id),
            after=lambda: self._fill_funds(self.fund.currentData()),
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.result is not None:
            self._fill_funds(command.result.id)

    # -- showing ------------------------------------------------------------------------------
    def reload(self) -> None:
        fund_id, year = self.fund.currentData(), self.year.currentData()
        if fund_id is None or year is None:
            self.view = None
            self.totals.setText(self.tr("There is no pooled fund yet: make one with New fund."))
            self.contributions.setRowCount(0)
            self.shares_part.shares.setRowCount(0)
            return
        try:
            self.view = self.context.services.funds.fund_year(int(fund_id), int(year))
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        view = self.view
        self.shares_part.show_shares(view)
        fill(
            self.contributions,
            [
                (c.contributor, labels.short_date(c.paid_on), labels.money(c.amount))
                for c in view.contributions
            ],
            right=(2,),
        )
        if view.is_overassigned:  # the shortfall once, not also as a negative remainder
            text = (
                self.tr("Paid in %1 · assigned to councils %2")
                .replace("%1", labels.money(view.paid_in))
                .replace("%2", labels.money(view.assigned))
            )
            text += " · " + self.tr("%1 more assigned than paid in").replace(
                "%1", labels.money(-view.unassigned)
            )
        else:
            text = (
                self.tr("Paid in %1 · assigned to councils %2 · not yet assigned %3")
                .replace("%1", labels.money(view.paid_in))
                .replace("%2", labels.money(view.assigned))
                .replace("%3", labels.money(view.unassigned))
            )
        self.totals.setText(text)
        self.totals.setStyleSheet(
            f"color: {warning_colour()}; font-weight: bold;" if view.is_overassigned else ""
        )
        self.totals.setAccessibleDescription(text)

    # -- changes ------------------------------------------------------------------------------
    def record_contribution(self) -> None:
        if self.view is None:
            return
        amount = read_money(self.contribution, self.notice)
        if amount is None:
            return
        command = contribution_command(
            self.tr("Record a contribution"),
            self.context.services.funds,
            self.view,
            self.contributor.text(),
            amount,
            self.context.current_date(),
            after=self.fund_changed,
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.failed is None:
            self.contributor.clear()
            self.contribution.clear()
            self.notice.clear()

    def fund_changed(self) -> None:
        self.reload()
        if self.after is not None:
            self.after()

    # -- the statement ------------------------------------------------------------------------
    def make_statement(self) -> bool:
        if self.view is None:
            return False
        import tempfile

        services, fund_id, year = self.context.services, self.view.fund.id, self.view.year
        out = Path(tempfile.mkdtemp(prefix="buurtdesk-")) / self.tr("fund-%1.pdf").replace(
            "%1", str(year)
        )

        def work() -> Path:
            from buurtdesk.documents.budget.fund_statement import render_fund_statement

            return render_fund_statement(services, fund_id, year, out)

        return self.maker.start(
            work, lambda path: self.open_file(Path(path)), self.notice.show_message
        )
