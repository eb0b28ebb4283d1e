"""The fund dialog's edits as undo commands: a contribution recorded, a share assigned.

Undoing a new contribution or share removes it; undoing a change puts the earlier amount
(and the board's earlier decision) back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services.municipality.funds import FundService
from buurtdesk.services.municipality.views import ContributionView, FundYear, ShareView
from buurtdesk.ui.common.undo import EditCommand


def contribution_command(
    text: str,
    funds: FundService,
    view: FundYear,
    who: str,
    amount: Money,
    paid_on: date,
    *,
    after: Callable[[], None],
    on_error: Callable[[BuurtDeskError], None],
) -> EditCommand:
    fund_id, year = view.fund.id, view.year
    before = next((c for c in view.contributions if c.contributor == " ".join(who.split())), None)

    def undo(done: ContributionView) -> None:
        if before is None:
            funds.remove_contribution(done.id)
        else:
            funds.set_contribution(
                fund_id,
                year,
                before.contributor,
                before.amount,
                organisation_id=before.organisation_id,
                paid_on=before.paid_on,
            )

    return EditCommand(
        text,
        do=lambda: funds.set_contribution(fund_id, year, who, amount, paid_on=paid_on),
        undo=undo,
        after=after,
        on_error=on_error,
    )


def share_command(
    text: str,
    funds: FundService,
    view: FundYear,
    council_id: int,
    amount: Money,
    decided_on: date,
    decision: str,
    *,
    after: Callable[[], None],
    on_error: Callable[[BuurtDeskError], None],
) -> EditCommand:
    """Assign (or change) a share; the user has already been asked about any shortfall."""
    fund_id, year = view.fund.id, view.year
    before = next((s for s in view.shares if s.council_id == council_id), None)

    def do() -> ShareView:
        return funds.assign_share(
            fund_id,
            council_id,
            year,
            amount,
            decided_on=decided_on,
            decision=decision,
            confirmed=True,
        )

    def undo(done: ShareView) -> None:
        if before is None:
            funds.remove_share(done.source_id)
        else:
            funds.assign_share(
                fund_id,
                council_id,
                year,
                before.amount,
                decided_on=before.board_decided_on or decided_on,
                decision=before.board_decision,
                confirmed=True,
            )

    return EditCommand(text, do=do, undo=undo, after=after, on_error=on_error)
