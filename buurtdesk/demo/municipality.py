"""The demo municipality's shared work: a pooled fund, a chair's foreword, organisations' actions.

Venlo's municipality and two housing corporations pool their money in one fund; the fund's
board divides it over the councils (last year all of it, this year all but Belfeld's share,
which is still to be decided). Each council spends part of its share by its own decisions.
The chairs wrote a foreword to last year's annual report. The municipality and the
corporations own action points in several councils, some of them overdue.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

from buurtdesk.domain.enums import ActionStatus, MeetingStatus, OrganisationKind
from buurtdesk.domain.errors import RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.store.models import ActionPoint, Meeting, Organisation, Project

FUND_NAME = "Leefbaarheidsfonds Venlo"
SECOND_CORPORATION = "Wooncorporatie De Kroonhorst"

# (contributor, organisation kind, last year's and this year's amount in euros)
CONTRIBUTIONS = (
    ("Gemeente Venlo", OrganisationKind.MUNICIPALITY, 40_000, 42_000),
    ("Woonstichting Maasoever", OrganisationKind.CORPORATION, 15_000, 15_000),
    (SECOND_CORPORATION, OrganisationKind.CORPORATION, 10_000, 10_000),
)
# The share per council (in the demo's council order), last year and this year; None: not yet.
SHARES: tuple[tuple[int, int | None], ...] = (
    (20_000, 21_000),
    (15_000, 15_500),
    (18_000, 18_000),
    (12_000, None),
)
SPENDING = (
    ("Bankjes en plantenbakken", 3_250_00, "Hoveniersbedrijf Van der Linden"),
    ("Buurtfeest en straatspeeldag", 1_875_50, "Feestcommissie"),
    ("Verlichting van het wandelpad", 4_410_00, "Gemeentewerken"),
)
NEWCOMERS = ("Sanne Peeters", "Youssef El Idrissi", "Ineke Hermans", "Tom Gielen")
FOREWORD = (
    "Beste buurtbewoners, beste leden van {council},\n\n"
    "Voor u ligt het jaarverslag over {year}. Het was een jaar waarin we elkaar vaker "
    "zagen dan ooit: in de vergaderingen, op de bewonersavonden van de toekomstagenda en "
    "op straat bij de projecten die bewoners zelf hebben opgepakt.\n\n"
    "Dankzij het Leefbaarheidsfonds, waarin de gemeente en de woningcorporaties hun geld "
    "samenbrengen, konden we zelf beslissen waar ons deel van het geld naartoe ging. In dit "
    "verslag leest u welke besluiten we namen, wat er met de actiepunten is gebeurd en hoe "
    "het buurtbudget is besteed.\n\n"
    "Ik dank alle vrijwilligers, de opbouwwerker en de wijkregisseur voor hun inzet. "
    "Doet u volgend jaar weer mee?\n\n"
    "Namens het bestuur,\nde voorzitter"
)
ORGANISATION_ACTIONS = (
    (OrganisationKind.MUNICIPALITY, "Offerte voor extra lantaarnpalen aan het Maaspad sturen", -20),
    (OrganisationKind.MUNICIPALITY, "Handhaving parkeren bij de school bespreken met de BOA's", 25),
    (
        OrganisationKind.CORPORATION,
        "Gebrekkige portiekverlichting in de flats laten herstellen",
        -10,
    ),
    (OrganisationKind.CORPORATION, "Plan voor de binnentuinen van de huurwoningen toelichten", 40),
)


def add_municipality(services: Services, today: date, rng: random.Random) -> None:
    """The pooled fund, the forewords and the organisations' action points of the demo."""
    councils = sorted(services.councils.list_councils(), key=lambda c: c.id)
    orgs = {o.kind: o for o in services.councils.list_organisations()}
    kroonhorst = services.councils.add_organisation(
        SECOND_CORPORATION, OrganisationKind.CORPORATION
    )
    fund = services.funds.create_fund(
        FUND_NAME,
        municipality="Venlo",
        remarks="De gemeente en de woningcorporaties leggen samen in; het fondsbestuur verdeelt.",
    )
    last, this = today.year - 1, today.year
    for name, kind, before, now in CONTRIBUTIONS:
        org_id = kroonhorst.id if name == SECOND_CORPORATION else orgs[kind].id
        for year, euros in ((last, before), (this, now)):
            services.funds.set_contribution(
                fund.id,
                year,
                name,
                Money.euros(euros),
                organisation_id=org_id,
                paid_on=date(year, 2, 15),
            )
    for council, shares in zip(councils, SHARES, strict=False):
        for year, share in zip((last, this), shares, strict=True):
            if share is None:
                continue
            decided = date(year, 1, 20)
            if decided > today:
                decided = today
            assigned = services.funds.assign_share(
                fund.id,
                council.id,
                year,
                Money.euros(share),
                decided_on=decided,
                decision=f"Verdeling {FUND_NAME} {year}, vergadering van het fondsbestuur.",
            )
            _spend(services, council.id, assigned.source_id, year, today, rng)
        _member_changes(services, council.id, last, rng)
        services.annual.set_foreword(
            council.id, last, FOREWORD.format(council=council.name, year=last)
        )
    _organisation_actions(services, [c.id for c in councils[:3]], today)


def _spend(
    services: Services, council_id: int, source_id: int, year: int, today: date, rng: random.Random
) -> None:
    """Two or three allocations from the share, each by one of the year's decisions."""
    decisions = [
        d for d in services.decisions.list_decisions(council_id, year=year) if d.amount is None
    ]
    if not decisions:
        return
    with services.database.sessions.begin() as s:
        projects = list(
            s.scalars(
                select(Project.id).where(Project.council_id == council_id).order_by(Project.id)
            )
        )
    for number, (what, base, paid_by) in enumerate(SPENDING[: 2 + (year % 2)]):
        decision = decisions[min(len(decisions) - 1, number * 3 + 1)]
        cents = base + rng.randint(-40, 40) * 25_00
        project = projects[number] if number < len(projects) else None
        try:
            allocation = services.budget.allocate(
                source_id,
                Money(cents + rng.choice((0, 250_00, 500_00))),
                decision=decision.id,
                project_id=project,
                description=what,
                allocated_on=decision.decided_on,
                confirmed=True,
            )
        except RuleViolation:  # a project the frameworks turned down gets no money
            allocation = services.budget.allocate(
                source_id,
                Money(cents + 250_00),
                decision=decision.id,
                description=what,
                allocated_on=decision.decided_on,
                confirmed=True,
            )
        spent_on = decision.decided_on + timedelta(days=rng.randint(20, 60))
        if spent_on <= today:
            services.budget.record_expense(
                allocation.id,
                Money(cents),
                description=what,
                spent_on=spent_on,
                receipt_ref=f"F{year}-{rng.randint(100, 999)}",
                paid_by=paid_by,
                confirmed=True,
            )


def _member_changes(services: Services, council_id: int, year: int, rng: random.Random) -> None:
    """Last year one member left the council in the summer and a new one joined after it; the
    attendance lists of the meetings after that say so (the one who left is no longer on them,
    the newcomer is)."""
    from buurtdesk.domain.enums import AttendanceStatus, MembershipRole
    from buurtdesk.store.models import Attendance, Membership

    left_on = date(year, 6, 30)
    with services.database.sessions.begin() as s:
        leaving = s.scalars(
            select(Membership)
            .where(Membership.council_id == council_id, Membership.role == MembershipRole.MEMBER)
            .order_by(Membership.id)
        ).all()
        leaver = leaving[rng.randrange(len(leaving))] if leaving else None
        if leaver is not None:
            leaver.until = left_on
        gone = leaver.person_id if leaver is not None else None
    newcomer = services.councils.add_person(NEWCOMERS[(council_id - 1) % len(NEWCOMERS)])
    since = date(year, 9, rng.randint(1, 20))
    services.councils.add_member(council_id, newcomer.id, MembershipRole.MEMBER, since=since)
    shows_up = random.Random(council_id * 1000 + year)  # the demo's own draws stay as they were
    with services.database.sessions.begin() as s:
        if gone is not None:
            meetings = s.scalars(
                select(Meeting).where(
                    Meeting.council_id == council_id,
                    Meeting.date > left_on,
                    Meeting.status == MeetingStatus.CLOSED,
                )
            ).all()
            for meeting in meetings:
                for row in s.scalars(
                    select(Attendance).where(
                        Attendance.meeting_id == meeting.id,
                        Attendance.person_id == gone,
                    )
                ):
                    s.delete(row)
                if meeting.date >= since:
                    present = shows_up.random() < 0.7
                    s.add(
                        Attendance(
                            meeting_id=meeting.id,
                            person_id=newcomer.id,
                            status=AttendanceStatus.PRESENT
                            if present
                            else AttendanceStatus.APOLOGIES,
                        )
                    )


def _organisation_actions(services: Services, council_ids: list[int], today: date) -> None:
    with services.database.sessions.begin() as s:
        owners = {
            kind: s.scalars(select(Organisation.id).where(Organisation.kind == kind)).first()
            for kind in (OrganisationKind.MUNICIPALITY, OrganisationKind.CORPORATION)
        }
        for number, council_id in enumerate(council_ids):
            held = s.scalars(
                select(Meeting)
                .where(
                    Meeting.council_id == council_id,
                    Meeting.status == MeetingStatus.CLOSED,
                    Meeting.date <= today,
                )
                .order_by(Meeting.date.desc())
                .limit(3)
            ).all()
            origin = held[-1] if held else None
            for index, (kind, title, days) in enumerate(ORGANISATION_ACTIONS):
                if (index + number) % 4 == 3:
                    continue  # not every council has every one
                s.add(
                    ActionPoint(
                        council_id=council_id,
                        title=title,
                        owner_organisation_id=owners[kind],
                        due_date=today + timedelta(days=days),
                        status=ActionStatus.OPEN if index % 2 == 0 else ActionStatus.IN_PROGRESS,
                        origin_meeting_id=origin.id if origin else None,
                    )
                )
