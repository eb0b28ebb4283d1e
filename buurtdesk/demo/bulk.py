"""The municipality-scale demo (35 councils × 20 years × 10 meetings), written in bulk."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert

from buurtdesk.demo.bulk_owners import action_owners, owner_of
from buurtdesk.demo.content import (
    ACTIONS,
    DECISIONS,
    FIRST_NAMES,
    LAST_NAMES,
    NOTES,
    PROGRESS,
    TOPICS,
)
from buurtdesk.demo.summary import DemoSummary
from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    FundingSourceKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    PhaseKind,
)
from buurtdesk.domain.rules import STANDING_ITEMS
from buurtdesk.messages import translate
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Allocation,
    Attendance,
    Budget,
    Council,
    Cycle,
    Decision,
    Expense,
    FundingSource,
    Meeting,
    Membership,
    Organisation,
    Person,
    Row,
)

COUNCIL_COUNT = 35
YEARS = 20
MEMBERS = 12
MONTHS = (1, 2, 3, 4, 5, 6, 9, 10, 11, 12)
VILLAGES = (
    "Hollandscheveld",
    "Elim",
    "Noordscheschut",
    "Nieuweroord",
    "Pesse",
    "Stuifzand",
    "Tiendeveen",
    "Fluitenberg",
    "Nieuwlande",
    "Krakeel",
    "Wijster",
    "Ruinen",
    "Echten",
    "Zuidwolde",
    "Linde",
    "Kerkenveld",
    "Alteveer",
    "Staphorst",
    "Dedemsvaart",
    "Slagharen",
    "Balkbrug",
)
DISTRICTS = (
    "Krakeel",
    "De Weide",
    "Het Centrum",
    "De Erven",
    "Noord",
    "Zuid",
    "Oost",
    "Bentinckspark",
    "Trasselt",
    "De Wieken",
    "Verlengde Hoogeveense Vaart",
    "Zuiderpark",
    "Wolfsbos",
    "Kinholt",
)


class _Ids:
    def __init__(self) -> None:
        self.next: dict[str, int] = {}

    def __call__(self, table: str) -> int:
        value = self.next.get(table, 0) + 1
        self.next[table] = value
        return value


def build_municipality(database: Database, *, seed: int, today: date) -> DemoSummary:

    rng = random.Random(seed)
    ids = _Ids()
    stamp = datetime(today.year, 1, 1, tzinfo=UTC)
    rows: dict[type[Row], list[dict[str, Any]]] = {
        m: []
        for m in (
            Organisation,  # first: the action points refer to them
            Council,
            Person,
            Membership,
            Meeting,
            AgendaItem,
            Attendance,
            Decision,
            ActionPoint,
            ActionProgress,
            Cycle,
            Budget,
            FundingSource,
            Allocation,
            Expense,
        )
    }

    def add(model: type[Row], **values: Any) -> int:
        row_id = ids(model.__tablename__)
        values.update(
            id=row_id,
            uuid=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            created_at=stamp,
            updated_at=stamp,
            version=1,
        )
        rows[model].append(values)
        return row_id

    owners = action_owners(database, rows[Organisation], stamp, seed)
    first_year = today.year - YEARS + 1
    counts = {"meetings": 0, "decisions": 0, "actions": 0}
    for number in range(COUNCIL_COUNT):
        is_village = number % 2 == 0
        place_name = (
            VILLAGES[number // 2 % len(VILLAGES)]
            if is_village
            else DISTRICTS[number // 2 % len(DISTRICTS)]
        )
        suffix = f" {number // 28 + 1}" if number >= 28 else ""
        council_id = add(
            Council,
            name=f"{'Dorpsraad' if is_village else 'Wijkoverleg'} {place_name}{suffix}",
            kind="dorpsraad" if is_village else "wijkoverleg",
            municipality="Hoogeveen",
            language="nl",
            default_place=f"Dorpshuis {place_name}",
            role_view="",
            logo=None,
        )
        members = []
        for m in range(MEMBERS):
            person_id = add(
                Person,
                name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                organisation_id=None,
                email=f"lid{council_id}-{m}@voorbeeld.nl",
                phone=f"06-{rng.randint(10000000, 99999999)}",
                address="",
                remarks="",
                forgotten=False,
            )
            role = (
                [MembershipRole.CHAIR, MembershipRole.SECRETARY, MembershipRole.TREASURER][m]
                if m < 3
                else MembershipRole.MEMBER
            )
            add(
                Membership,
                council_id=council_id,
                person_id=person_id,
                role=role.value,
                ladder_step=None,
                since=date(first_year, 1, 1),
                until=None,
            )
            members.append(person_id)
        add(
            Cycle,
            council_id=council_id,
            number=1,
            started_on=date(today.year - 1, 1, 1),
            closed_on=None,
            horizon_year=today.year + 4,
            current_phase=PhaseKind.EXECUTION.value,
            vision="",
        )
        open_actions: list[dict[str, Any]] = []
        for year in range(first_year, today.year + 1):
            sequence = 0
            budget_id = add(Budget, council_id=council_id, year=year, remarks="")
            source_id = add(
                FundingSource,
                budget_id=budget_id,
                kind=FundingSourceKind.MUNICIPAL_BUDGET.value,
                name="Buurtbudget",
                amount_cents=1_000_000,
                conditions="",
                carry_over_allowed=False,
                carried_from_id=None,
            )
            for month in MONTHS:
                on = date(year, month, 8 + rng.randint(0, 14))
                held = on <= today
                meeting_id = add(
                    Meeting,
                    council_id=council_id,
                    kind="regular",
                    title="",
                    date=on,
                    start_time=time(19, 30),
                    end_time=time(21, 30),
                    place="",
                    status=(MeetingStatus.CLOSED if held else MeetingStatus.PLANNED).value,
                    cycle_id=None,
                    minutes_state=MinutesState.ADOPTED.value if held else None,
                    minutes_sent_on=None,
                    minutes_adopted_on=None,
                    minutes_adopted_in_id=None,
                    minutes_amendments="",
                )
                counts["meetings"] += 1
                topic_item = 0
                for position, (kind, title, minutes) in enumerate(_items(rng), start=1):
                    item_id = add(
                        AgendaItem,
                        meeting_id=meeting_id,
                        position=position,
                        kind=kind,
                        title=title,
                        planned_minutes=minutes,
                        notes=rng.choice(NOTES).format(name="De voorzitter") if held else "",
                        is_private=False,
                        phase=None,
                        theme_id=None,
                        project_id=None,
                        spent_seconds=minutes * 60 if held else 0,
                    )
                    if kind == "topic":
                        topic_item = item_id
                if not held:
                    continue
                for person_id in members:
                    presence = (
                        AttendanceStatus.PRESENT
                        if rng.random() < 0.8
                        else AttendanceStatus.APOLOGIES
                    )
                    add(
                        Attendance,
                        meeting_id=meeting_id,
                        person_id=person_id,
                        guest_name="",
                        guest_organisation="",
                        status=presence.value,
                    )
                for action in list(open_actions):
                    outcome = rng.random()
                    status = (
                        ActionStatus.DONE
                        if outcome < 0.45
                        else ActionStatus.DROPPED
                        if outcome < 0.5
                        else ActionStatus.IN_PROGRESS
                    )
                    add(
                        ActionProgress,
                        action_point_id=action["id"],
                        meeting_id=meeting_id,
                        note=rng.choice(PROGRESS),
                        status_after=status.value,
                    )
                    action["status"] = status.value
                    if not status.is_open:
                        action["closed_on"] = on
                        open_actions.remove(action)
                for _ in range(3):
                    sequence += 1
                    decision_id = add(
                        Decision,
                        council_id=council_id,
                        meeting_id=meeting_id,
                        agenda_item_id=topic_item,
                        year=year,
                        sequence=sequence,
                        text=rng.choice(DECISIONS),
                        decided_on=on,
                        votes_for=None,
                        votes_against=None,
                        votes_abstain=None,
                        withdrawn=False,
                    )
                    counts["decisions"] += 1
                if month == 3:
                    allocation_id = add(
                        Allocation,
                        budget_id=budget_id,
                        funding_source_id=source_id,
                        project_id=None,
                        decision_id=decision_id,
                        amount_cents=400_000,
                        allocated_on=on,
                        description="Buurtactiviteiten",
                        reverses_id=None,
                    )
                    add(
                        Expense,
                        allocation_id=allocation_id,
                        spent_on=on + timedelta(days=20),
                        description="Factuur activiteiten",
                        amount_cents=250_000,
                        receipt_ref="",
                        paid_by="Penningmeester",
                    )
                for _ in range(5):
                    title, person = rng.choice(ACTIONS), rng.choice(members)
                    owner = owner_of(counts["actions"], owners)
                    action_id = add(
                        ActionPoint,
                        council_id=council_id,
                        title=title,
                        owner_person_id=None if owner else person,
                        owner_organisation_id=owner,
                        due_date=on + timedelta(days=rng.choice([14, 28, 56])),
                        status=ActionStatus.OPEN.value,
                        origin_meeting_id=meeting_id,
                        origin_item_id=topic_item,
                        project_id=None,
                        closed_on=None,
                    )
                    open_actions.append(rows[ActionPoint][-1])
                    counts["actions"] += 1
                    assert rows[ActionPoint][-1]["id"] == action_id
    with database.sessions.begin() as s:
        for model, values in rows.items():
            for chunk in _chunks(values, 5000):
                s.execute(insert(model), chunk)
    return DemoSummary(COUNCIL_COUNT, counts["meetings"], counts["decisions"], counts["actions"])


def _items(rng: random.Random) -> Iterator[tuple[str, str, int]]:
    for kind, title, minutes in STANDING_ITEMS:
        if kind.value == "any_other_business":
            yield "topic", rng.choice(TOPICS), 25
        yield kind.value, translate(title, "nl"), minutes


def _chunks(values: list[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
