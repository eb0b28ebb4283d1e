"""The councils' shares of a pooled fund: the table, and assigning a share (asking first when
more is assigned than was paid in)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from buurtdesk.domain.dates import parse_date
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.municipality.views import FundYear
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.municipality.fund_commands import share_command
from buurtdesk.ui.municipality.fund_parts import fill, form_row, heading, table


class FundOwner(Protocol):
    """What the shares need from the fund dialog around them."""

    @property
    def view(self) -> FundYear | None: ...

    def fund_changed(self) -> None: ...


def read_money(field: QLineEdit, notice: NoticeBar) -> Money | None:
    """The amount typed in `field`; None (with the reason shown) when it cannot be read."""
    try:
        return Money.parse(field.text())
    except BuurtDeskError as error:
        notice.show_error(error)
        field.setFocus()
        return None


class FundShares(QWidget):
    """'Shares of the councils': each share becomes a funding source in that council's budget."""

    def __init__(
        self,
        context: Context,
        owner: FundOwner,
        notice: NoticeBar,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.owner = owner
        self.notice = notice
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(self.tr("Shares of the councils")))
        self.shares = table(
            [
                self.tr("Council"),
                self.tr("Board decided on"),  # the date; the decision's words are in the form
                self.tr("Share"),
                self.tr("Allocated"),
                self.tr("Spent"),
                self.tr("Left"),
            ],
            self.tr("Shares of the councils"),
            # At large text what the councils spent and allocated goes first (both are on
            # each council's own Buurtbudget page; what is left shows here), then the date
            # of the board's decision (in the form when the share is chosen).
            optional=(4, 3, 1),
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
        for council in context.services.councils.list_councils():
            self.council.addItem(council.name, council.id)
        self.assign_button.clicked.connect(self.assign)
        self.share.returnPressed.connect(self.assign)
        self.shares.cellDoubleClicked.connect(self._share_into_form)
        self.assign_button.setEnabled(not context.read_only)

    def show_shares(self, view: FundYear) -> None:
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

    def _share_into_form(self, row: int, _column: int) -> None:
        if self.owner.view is None or not 0 <= row < len(self.owner.view.shares):
            return
        share = self.owner.view.shares[row]
        self.council.setCurrentIndex(max(self.council.findData(share.council_id), 0))
        self.share.setText(labels.money(share.amount).replace("€", "").strip())
        self.decision.setText(share.board_decision)
        self.decision.setCursorPosition(0)  # a long decision shows from its start
        self.share.setFocus()

    def assign(self) -> None:
        if self.owner.view is None or self.council.currentData() is None:
            return
        amount = read_money(self.share, self.notice)
        if amount is None:
            return
        try:
            decided_on = parse_date(self.decided_on.text())
        except BuurtDeskError as error:
            self.notice.show_error(error)
            self.decided_on.setFocus()
            return
        council_id = int(self.council.currentData())
        funds, fund_id, year = (
            self.context.services.funds,
            self.owner.view.fund.id,
            self.owner.view.year,
        )
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
            self.owner.view,
            council_id,
            amount,
            decided_on,
            decision,
            after=self.owner.fund_changed,
            on_error=self.notice.show_error,
        )
        self.context.undo_stack.push(command)
        if command.failed is None:
            self.share.clear()
            self.notice.clear()

    def confirm(self, question: str) -> bool:
        """Ask before money is assigned that is not there (the question names the shortfall)."""
        return ask(
            self,
            self.tr("More than was paid in"),
            question + "\n\n" + self.tr("Assign it anyway?"),
            yes=self.tr("Assigns the share although the fund has not got the money"),
            no=self.tr("Leaves the shares as they were"),
        )
