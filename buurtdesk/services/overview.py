"""The council's overview: next meeting, actions, where the cycle stands, budget, decisions."""

from __future__ import annotations

from sqlalchemy import func, select

from buurtdesk.domain.enums import ActionStatus, AgendaItemKind, MeetingStatus
from buurtdesk.domain.money import Money
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.councils import council_view
from buurtdesk.services.loaders import decision_views, meeting_summary
from buurtdesk.services.views import OverviewView
from buurtdesk.store.models import (
    ActionPoint,
    AgendaItem,
    Allocation,
    Budget,
    Council,
    Cycle,
    Decision,
    Expense,
    FundingSource,
    Meeting,
)

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class OverviewService(Service):
    def overview(self, council_id: int) -> OverviewView:
        today = self.today()
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            next_meeting = s.scalars(
                select(Meeting)
                .where(
                    Meeting.council_id == council_id,
                    Meeting.date >= today,
                    Meeting.status != MeetingStatus.CLOSED,
                )
                .order_by(Meeting.date, Meeting.id)
                .limit(1)
            ).first()
            ready = False
            if next_meeting is not None:
                topics = s.scalar(
                    select(func.count(AgendaItem.id)).where(
                        AgendaItem.meeting_id == next_meeting.id,
                        AgendaItem.kind == AgendaItemKind.TOPIC,
                    )
                )
                ready = bool(topics)
            open_count = s.scalar(
                select(func.count(ActionPoint.id)).where(
                    ActionPoint.council_id == council_id, ActionPoint.status.in_(OPEN)
                )
            )
            overdue = s.scalar(
                select(func.count(ActionPoint.id)).where(
                    ActionPoint.council_id == council_id,
                    ActionPoint.status.in_(OPEN),
                    ActionPoint.due_date < today,
                )
            )
            cycle = s.scalars(
                select(Cycle)
                .where(Cycle.council_id == council_id)
                .order_by(Cycle.number.desc())
                .limit(1)
            ).first()
            year = today.year
            budget_id = s.scalar(
                select(Budget.id).where(Budget.council_id == council_id, Budget.year == year)
            )
            available = allocated = spent = 0
            if budget_id is not None:
                available = (
                    s.scalar(
                        select(func.sum(FundingSource.amount_cents)).where(
                            FundingSource.budget_id == budget_id
                        )
                    )
                    or 0
                )
                allocated = (
                    s.scalar(
                        select(func.sum(Allocation.amount_cents)).where(
                            Allocation.budget_id == budget_id
                        )
                    )
                    or 0
                )
                spent = (
                    s.scalar(
                        select(func.sum(Expense.amount_cents))
                        .join(Allocation, Allocation.id == Expense.allocation_id)
                        .where(Allocation.budget_id == budget_id)
                    )
                    or 0
                )
            latest = s.scalars(
                select(Decision)
                .where(Decision.council_id == council_id)
                .order_by(Decision.year.desc(), Decision.sequence.desc())
                .limit(5)
            ).all()
            held = s.scalar(
                select(func.count(Meeting.id)).where(
                    Meeting.council_id == council_id, Meeting.status == MeetingStatus.CLOSED
                )
            )
            return OverviewView(
                council=council_view(council),
                next_meeting=meeting_summary(next_meeting) if next_meeting else None,
                next_meeting_agenda_ready=ready,
                open_actions=int(open_count or 0),
                overdue_actions=int(overdue or 0),
                current_phase=cycle.current_phase if cycle and cycle.closed_on is None else None,
                cycle_number=cycle.number if cycle else None,
                budget_year=year,
                budget_available=Money(int(available)),
                budget_allocated=Money(int(allocated)),
                budget_spent=Money(int(spent)),
                latest_decisions=tuple(decision_views(s, latest)),
                meetings_held=int(held or 0),
            )
