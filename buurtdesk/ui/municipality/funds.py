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
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import parse_date
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.municipality.views import FundYear
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.municipality.fund_commands import contribution_command, share_command
from buurtdesk.ui.municipality.fund_parts import fill, form_row, heading, open_in_viewer, table

ALERT_STYLE = "color: #a4161a; font-weight: bold;"


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
        top = QHBoxLayout()
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
        for widget in (fund_label, self.fund, self.new_button, year_label, self.year):
            top.addWidget(widget)
        top.addStretch(1)
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

        layout.addWidget(heading(self.tr("Shares of the councils")))
        self.shares = table(
            [
                self.tr("Council"),
                self.tr("Board decision"),
                self.tr("Share"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Left"),
            ],
            self.tr("Shares of the councils"),
        )
        layout.addWidget(self.shares, 2)
        self.council = QComboBox()
        self.council.setAccessibleName(self.tr("Council"))
        self.council.setAccessibleDescription(self.tr("The council that gets the share"))
        self.share = QLineEdit()
        self.share.setAccessibleName(self.tr("Share"))
        self.share.setAccessibleDescription(
            self.tr("The council's share of the fund this year; Enter assigns it")
        )
        self.share.setPlaceholderText(self.tr("e.g. 18.000,00"))
        self.decided_on = QLineEdit(labels.short_date(context.current_date()))
        self.decided_on.setAccessibleName(self.tr("Date of the board's decision"))
        self.decided_on.setAccessibleDescription(self.tr("A date such as 20-01-2026"))
        self.decision = QLineEdit()
        self.decision.setAccessibleName(self.tr("The board's decision"))
        self.decision.setAccessibleDescription(
            self.tr("What the fund's board decided, as it will be printed on the statement")
        )
        self.decision.setPlaceholderText(self.tr("optional"))
        self.assign_button = QPushButton(self.tr("&Assign share"))
        self.assign_button.setAccessibleDescription(
            self.tr("Give the council this share; it appears as a funding source in its budget")
        )
        layout.addLayout(
            form_row(
                [
                    (self.tr("Cou&ncil"), self.council),
                    (self.tr("S&hare"), self.share),
                    (self.tr("Board &decided on"), self.decided_on),
                    (self.tr("Board's decisi&on"), self.decision),
                ],
                self.assign_button,
            )
        )
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleDescription(self.tr("Close this window"))
        close.clicked.connect(self.accept)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

        for council in context.services.councils.list_councils():
            self.council.addItem(council.name, council.id)
        self._fill_funds()
        self.fund.currentIndexChanged.connect(self._fund_chosen)
        self.year.currentIndexChanged.connect(self.reload)
        self.new_button.clicked.connect(self.new_fund)
        self.add_contribution.clicked.connect(self.record_contribution)
        self.contribution.returnPressed.connect(self.record_contribution)
        self.assign_button.clicked.connect(self.assign)
        self.share.returnPressed.connect(self.assign)
        self.statement_button.clicked.connect(self.make_statement)
        self.shares.cellDoubleClicked.connect(self._share_into_form)
        for widget in (self.new_button, self.add_contribution, self.assign_button):
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
        name, ok = QInputDialog.getText(
            self, self.tr("New fund"), self.tr("The name of the pooled fund:")
        )
        if not ok or not name.strip():
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
            self.shares.setRowCount(0)
            return
        try:
            self.view = self.context.services.funds.fund_year(int(fund_id), int(year))
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        view = self.view
        fill(
            self.contributions,
            [
                (c.contributor, labels.short_date(c.paid_on), labels.money(c.amount))
                for c in view.contributions
            ],
            right=(2,),
        )
        fill(
            self.shares,
            [
                (
                    s.council_name,
                    labels.short_date(s.board_decided_on),
                    labels.money(s.amount),
                    labels.money(s.allocated),
                    labels.money(s.spent),
                    labels.money(s.remaining),
                )
                for s in view.shares
            ],
            right=(2, 3, 4, 5),
        )
        text = (
            self.tr("Paid in %1 · assigned to councils %2 · not yet assigned %3")
            .replace("%1", labels.money(view.paid_in))
            .replace("%2", labels.money(view.assigned))
            .replace("%3", labels.money(view.unassigned))
        )
        if view.is_overassigned:
            text += " · " + self.tr("%1 more assigned than paid in").replace(
                "%1", labels.money(-view.unassigned)
            )
        self.totals.setText(text)
        self.totals.setStyleSheet(ALERT_STYLE if view.is_overassigned else "")
        self.totals.setAccessibleDescription(text)

    def _share_into_form(self, row: int, _column: int) -> None:
        if self.view is None or not 0 <= row < len(self.view.shares):
            return
        share = self.view.shares[row]
        self.council.setCurrentIndex(max(self.council.findData(share.council_id), 0))
        self.share.setText(labels.money(share.amount).replace("€", "").strip())
        self.decision.setText(share.board_decision)
        self.share.setFocus()

    # -- changes ------------------------------------------------------------------------------
    def _money(self, field: QLineEdit) -> Money | None:
        try:
            return Money.parse(field.text())
        except BuurtDeskError as error:
            self.notice.show_error(error)
            field.setFocus()
            return None

    def record_contribution(self) -> None:
        if self.view is None:
            return
        amount = self._money(self.contribution)
        if amount is None:
            return
        command = contribution_command(
            self.tr("Record a contribution"),
            self.context.services.funds,
            self.view,
            self.contributor.text(),
            amount,
            self.context.current_date(),
            after=self._changed,
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.failed is None:
            self.contributor.clear()
            self.contribution.clear()
            self.notice.clear()

    def assign(self) -> None:
        if self.view is None or self.council.currentData() is None:
            return
        amount = self._money(self.share)
        if amount is None:
            return
        try:
            decided_on = parse_date(self.decided_on.text())
        except BuurtDeskError as error:
            self.notice.show_error(error)
            self.decided_on.setFocus()
            return
        council_id = int(self.council.currentData())
        funds, fund_id, year = self.context.services.funds, self.view.fund.id, self.view.year
        decision = self.decision.text()
        try:
            warnings = funds.share_warnings(fund_id, council_id, year, amount)
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        if warnings and not self.confirm(
            " ".join(w.message(labels.ui_language()) for w in warnings)
        ):
            return
        command = share_command(
            self.tr("Assign a share"),
            funds,
            self.view,
            council_id,
            amount,
            decided_on,
            decision,
            after=self._changed,
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.failed is None:
            self.share.clear()
            self.notice.clear()

    def confirm(self, question: str) -> bool:
        """Ask before money is assigned that is not there (the question names the shortfall)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("More than was paid in"),
            question + "\n\n" + self.tr("Assign it anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def _changed(self) -> None:
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
            from buurtdesk.documents.fund_statement import render_fund_statement

            return render_fund_statement(services, fund_id, year, out)

        return self.maker.start(
            work, lambda path: self.open_file(Path(path)), self.notice.show_message
        )
