"""The district manager's view across councils: one row per council, and organisations' actions.

`councils_table` reads every council's figures in a handful of grouped queries (never one
query per council), so the table of 35 councils with twenty years each is read in a few
milliseconds. On a shared server the database shows only the councils the user may see, and
so does this table.

An action point belongs to an organisation when the organisation owns it, or when the person
who owns it works for that organisation (a bewonersconsulent of the municipality, a wijkagent).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session, aliased

from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    CouncilKind,
    MeetingStatus,
    MinutesState,
    OrganisationKind,
    PhaseKind,
)
from buurtdesk.domain.errors import NotFound
from buurtdesk.domain.money import Money
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.municipality.views import CouncilRow, OrganisationAction
from buurtdesk.services.views import OrganisationView
from buurtdesk.store.models import (
    ActionPoint,
    AgendaItem,
    Allocation,
    Budget,
    Council,
    Cycle,
    Expense,
    FundingSource,
    Meeting,
    Organisation,
    Person,
)

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _owning_organisation() -> ColumnElement[int]:
    """The organisation that owns an action: its own, else its owner's employer."""
    return func.coalesce(ActionPoint.owner_organisation_id, Person.organisation_id)


class MunicipalityService(Service):
    def budget_years(self) -> list[int]:
        """Years in which any council has a budget, newest first (this year always)."""
        with self.unit() as s:
            years = set(s.scalars(select(Budget.year).distinct()))
        years.add(self.today().year)
        return sorted(years, reverse=True)

    def council_count(self) -> int:
        with self.unit() as s:
            return int(s.scalar(select(func.count(Council.id))) or 0)

    def councils_table(self, year: int | None = None) -> list[CouncilRow]:
        """Every council the user may see, with where it stands today and its budget of `year`."""
        today = self.today()
        year = year or today.year
        with self.unit() as s:
            councils = s.execute(
                select(Council.id, Council.name, Council.kind, Council.municipality).order_by(
                    Council.name, Council.id
                )
            ).all()
            nexts = _next_meetings(s, today)
            lasts = _last_meetings(s)
            actions = _action_counts(s, today)
            owned = _organisation_counts(s)
            cycles = _cycles(s)
            money = _budget_figures(s, year)
            rows = []
            for cid, name, kind, municipality in councils:
                next_date, ready = nexts.get(cid, (None, False))
                last_date, adopted = lasts.get(cid, (None, None))
                open_count, overdue = actions.get(cid, (0, 0))
                by_kind = owned.get(cid, {})
                phase, number = cycles.get(cid, (None, None))
                assigned, allocated, spent, forward = money.get(cid, (0, 0, 0, 0))
                municipal = by_kind.get(OrganisationKind.MUNICIPALITY, 0)
                rows.append(
                    CouncilRow(
                        council_id=cid,
                        name=name,
                        kind=CouncilKind(kind),
                        municipality=municipality,
                        next_meeting=next_date,
                        agenda_ready=ready,
                        last_minutes=last_date,
                        minutes_adopted=adopted,
                        open_actions=open_count,
                        overdue_actions=overdue,
                        municipality_actions=municipal,
                        organisation_actions=sum(by_kind.values()) - municipal,
                        phase=phase,
                        cycle_number=number,
                        year=year,
                        assigned=Money(assigned),
                        allocated=Money(allocated),
                        spent=Money(spent),
                        carried_forward=Money(forward),
                    )
                )
            return rows

    # -- organisations' action points ----------------------------------------------------------
    def organisations_with_actions(self) -> list[OrganisationView]:
        """Organisations that own (or whose people own) at least one action point."""
        with self.unit() as s:
            owner = _owning_organisation()
            ids = set(
                s.scalars(
                    select(owner)
                    .select_from(ActionPoint)
                    .outerjoin(Person, Person.id == ActionPoint.owner_person_id)
                    .where(owner.is_not(None))
                    .distinct()
                )
            )
            rows = s.scalars(
                select(Organisation).where(Organisation.id.in_(ids)).order_by(Organisation.name)
            )
            return [OrganisationView(o.id, o.uuid, o.name, o.kind) for o in rows]

    def find_organisation(self, name: str) -> OrganisationView:
        """The organisation called `name` (any case; a unique beginning of the name will do)."""
        wanted = " ".join(name.split()).lower()
        with self.unit() as s:
            rows = s.scalars(select(Organisation).order_by(Organisation.name)).all()
        exact = [o for o in rows if o.name.lower() == wanted]
        found = exact or [o for o in rows if wanted and o.name.lower().startswith(wanted)]
        if len(found) != 1 or not wanted:
            if not found:
                raise NotFound.said("There is no organisation called '{name}'.", name=name)
            raise NotFound.said(
                "'{name}' matches more than one organisation; give the whole name.", name=name
            )
        o = found[0]
        return OrganisationView(o.id, o.uuid, o.name, o.kind)

    def organisation_actions(
        self,
        organisation_id: int,
        *,
        council_id: int | None = None,
        statuses: tuple[ActionStatus, ...] | None = None,
    ) -> list[OrganisationAction]:
        """Every action point the organisation owns, across all councils (optionally one
        council, some statuses): open first by due date, then the closed ones."""
        with self.unit() as s:
            org = self.fetch(
                s, Organisation, organisation_id, NC_("kind of record", "Organisation")
            )
            owner = _owning_organisation()
            origin = aliased(Meeting)
            query = (
                select(
                    ActionPoint.id,
                    ActionPoint.council_id,
                    Council.name,
                    ActionPoint.title,
                    Person.name,
                    ActionPoint.due_date,
                    ActionPoint.status,
                    origin.date,
                )
                .join(Council, Council.id == ActionPoint.council_id)
                .outerjoin(Person, Person.id == ActionPoint.owner_person_id)
                .outerjoin(origin, origin.id == ActionPoint.origin_meeting_id)
                .where(owner == organisation_id)
            )
            if council_id is not None:
                query = query.where(ActionPoint.council_id == council_id)
            if statuses:
                query = query.where(ActionPoint.status.in_(statuses))
            result = [
                OrganisationAction(
                    id=aid,
                    council_id=cid,
                    council_name=cname,
                    organisation_id=org.id,
                    organisation_name=org.name,
                    title=title,
                    owner_name=person or org.name,
                    due_date=due,
                    status=ActionStatus(status),
                    origin_meeting_date=origin_date,
                )
                for aid, cid, cname, title, person, due, status, origin_date in s.execute(query)
            ]
        far = date.max
        return sorted(
            result,
            key=lambda a: (not a.status.is_open, a.due_date or far, a.council_name, a.id),
        )


# -- the grouped queries behind councils_table ----------------------------------------------------
def _next_meetings(s: Session, today: date) -> dict[int, tuple[date, bool]]:
    rows = s.execute(
        select(Meeting.council_id, Meeting.date, Meeting.id)
        .where(Meeting.date >= today, Meeting.status != MeetingStatus.CLOSED)
        .order_by(Meeting.council_id, Meeting.date, Meeting.id)
    ).all()
    first: dict[int, tuple[date, int]] = {}
    for cid, day, mid in rows:
        first.setdefault(cid, (day, mid))
    ids = [mid for _day, mid in first.values()]
    ready: set[int] = set()
    if ids:
        ready = set(
            s.scalars(
                select(AgendaItem.meeting_id)
                .where(AgendaItem.meeting_id.in_(ids), AgendaItem.kind == AgendaItemKind.TOPIC)
                .distinct()
            )
        )
    return {cid: (day, mid in ready) for cid, (day, mid) in first.items()}


def _last_meetings(s: Session) -> dict[int, tuple[date, bool]]:
    latest = (
        select(Meeting.council_id.label("cid"), func.max(Meeting.date).label("day"))
        .where(Meeting.status == MeetingStatus.CLOSED)
        .group_by(Meeting.council_id)
        .subquery()
    )
    rows = s.execute(
        select(Meeting.council_id, Meeting.date, Meeting.minutes_state, Meeting.id)
        .join(latest, (latest.c.cid == Meeting.council_id) & (latest.c.day == Meeting.date))
        .where(Meeting.status == MeetingStatus.CLOSED)
        .order_by(Meeting.council_id, Meeting.id.desc())
    ).all()
    found: dict[int, tuple[date, bool]] = {}
    for cid, day, state, _mid in rows:
        found.setdefault(cid, (day, state == MinutesState.ADOPTED))
    return found


def _action_counts(s: Session, today: date) -> dict[int, tuple[int, int]]:
    overdue = func.sum(case((ActionPoint.due_date < today, 1), else_=0))
    rows = s.execute(
        select(ActionPoint.council_id, func.count(ActionPoint.id), overdue)
        .where(ActionPoint.status.in_(OPEN))
        .group_by(ActionPoint.council_id)
    ).all()
    return {cid: (int(n), int(late or 0)) for cid, n, late in rows}


def _organisation_counts(s: Session) -> dict[int, dict[OrganisationKind, int]]:
    owner = _owning_organisation()
    rows = s.execute(
        select(ActionPoint.council_id, Organisation.kind, func.count(ActionPoint.id))
        .select_from(ActionPoint)
        .outerjoin(Person, Person.id == ActionPoint.owner_person_id)
        .join(Organisation, Organisation.id == owner)
        .where(ActionPoint.status.in_(OPEN))
        .group_by(ActionPoint.council_id, Organisation.kind)
    ).all()
    found: dict[int, dict[OrganisationKind, int]] = defaultdict(dict)
    for cid, kind, n in rows:
        found[cid][OrganisationKind(kind)] = int(n)
    return found


def _cycles(s: Session) -> dict[int, tuple[PhaseKind | None, int]]:
    latest = (
        select(Cycle.council_id.label("cid"), func.max(Cycle.number).label("number"))
        .group_by(Cycle.council_id)
        .subquery()
    )
    rows = s.execute(
        select(Cycle.council_id, Cycle.number, Cycle.current_phase, Cycle.closed_on).join(
            latest, (latest.c.cid == Cycle.council_id) & (latest.c.number == Cycle.number)
        )
    ).all()
    return {
        cid: (PhaseKind(phase) if closed is None else None, int(number))
        for cid, number, phase, closed in rows
    }


def _budget_figures(s: Session, year: int) -> dict[int, tuple[int, int, int, int]]:
    """Per council: available (assigned), allocated, spent and carried forward in `year`."""
    sources = dict(
        s.execute(
            select(Budget.council_id, func.sum(FundingSource.amount_cents))
            .join(FundingSource, FundingSource.budget_id == Budget.id)
            .where(Budget.year == year)
            .group_by(Budget.council_id)
        ).all()
    )
    allocated = dict(
        s.execute(
            select(Budget.council_id, func.sum(Allocation.amount_cents))
            .join(Allocation, Allocation.budget_id == Budget.id)
            .where(Budget.year == year)
            .group_by(Budget.council_id)
        ).all()
    )
    spent = dict(
        s.execute(
            select(Budget.council_id, func.sum(Expense.amount_cents))
            .join(Allocation, Allocation.budget_id == Budget.id)
            .join(Expense, Expense.allocation_id == Allocation.id)
            .where(Budget.year == year)
            .group_by(Budget.council_id)
        ).all()
    )
    later = aliased(FundingSource)
    forward = dict(
        s.execute(
            select(Budget.council_id, func.sum(later.amount_cents))
            .join(FundingSource, FundingSource.budget_id == Budget.id)
            .join(later, later.carried_from_id == FundingSource.id)
            .where(Budget.year == year)
            .group_by(Budget.council_id)
        ).all()
    )
    councils = set(sources) | set(allocated) | set(spent)
    return {
        cid: (
            int(sources.get(cid) or 0),
            int(allocated.get(cid) or 0),
            int(spent.get(cid) or 0),
            int(forward.get(cid) or 0),
        )
        for cid in councils
    }
