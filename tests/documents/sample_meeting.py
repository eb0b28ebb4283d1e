"""Meetings built the way a chair builds them, through the services, for the document tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    FundingSourceKind,
    Language,
    MembershipRole,
    OrganisationKind,
)
from buurtdesk.services import Services
from buurtdesk.store.models import Allocation, Budget, FundingSource

EMAILS = ("anna.devries@example.nl", "bert@voorbeeld.nl", "wijkagent@politie.example")
PHONES = ("06-12345678", "+31 77 351 22 33", "0031612345679")


@dataclass
class SampleMeeting:
    council_id: int
    meeting_id: int
    previous_meeting_id: int
    next_meeting_id: int
    people: list[str] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    apologies: list[str] = field(default_factory=list)
    item_titles: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    decision_numbers: list[str] = field(default_factory=list)
    new_actions: list[str] = field(default_factory=list)
    finished_actions: list[str] = field(default_factory=list)
    open_actions: list[str] = field(default_factory=list)
    private_notes: str = ""


def allocate(services: Services, council_id: int, decision_id: int, cents: int, on: date) -> None:
    """Book an allocation for a decision straight into the store (the budget screens do this)."""
    with services.database.sessions.begin() as s:
        budget = Budget(council_id=council_id, year=on.year)
        s.add(budget)
        s.flush()
        source = FundingSource(
            budget_id=budget.id,
            kind=FundingSourceKind.MUNICIPAL_BUDGET,
            name="Buurtbudget",
            amount_cents=500_000,
        )
        s.add(source)
        s.flush()
        s.add(
            Allocation(
                budget_id=budget.id,
                funding_source_id=source.id,
                decision_id=decision_id,
                amount_cents=cents,
                allocated_on=on,
            )
        )


def typical_meeting(
    services: Services, *, language: Language = Language.DUTCH, close: bool = True
) -> SampleMeeting:
    """Two meetings of Wijkoverleg Blerick-Noord: the second reviews the first one's actions."""
    c = services.councils
    council = c.create_council(
        "Wijkoverleg Blerick-Noord",
        CouncilKind.WIJKOVERLEG,
        municipality="Venlo",
        language=language,
        default_place="Buurthuis De Schakel, Mgr. Nolensplein 3",
    )
    corporation = c.add_organisation(
        "Woonwenz", OrganisationKind.CORPORATION, email="info@woonwenz.example", phone="077-3200000"
    )
    police = c.add_organisation("Politie Limburg-Noord", OrganisationKind.POLICE)
    anna = c.add_person("Anna de Vries", email=EMAILS[0], phone=PHONES[0])
    bert = c.add_person("Bert Hendriks", email=EMAILS[1], phone=PHONES[1])
    chantal = c.add_person(
        "Chantal Özdemir-Verstappen", organisation_id=corporation.id, phone=PHONES[2]
    )
    dirk = c.add_person("Dirk van 't Hek", organisation_id=police.id, email=EMAILS[2])
    els = c.add_person("Els Jacobs")
    for person, role in (
        (anna, MembershipRole.CHAIR),
        (bert, MembershipRole.SECRETARY),
        (chantal, MembershipRole.PROFESSIONAL),
        (dirk, MembershipRole.ADVISER),
        (els, MembershipRole.MEMBER),
    ):
        c.add_member(council.id, person.id, role, since=date(2025, 1, 1))

    m = services.meetings
    first = m.plan_meeting(
        council.id, date(2026, 2, 10), start_time=time(19, 30), end_time=time(21, 30)
    )
    a_bench = services.actions.add_action(
        council.id,
        "Offerte voor drie nieuwe bankjes in het park opvragen",
        owner_person_id=anna.id,
        due_date=date(2026, 3, 1),
        meeting_id=first.id,
    )
    a_flyer = services.actions.add_action(
        council.id,
        "Flyer voor de buurtschouw maken en rondbrengen",
        owner_person_id=bert.id,
        due_date=date(2026, 2, 28),
        meeting_id=first.id,
    )
    a_lamp = services.actions.add_action(
        council.id,
        "Kapotte lantaarnpaal Pastoor Vullinghsstraat melden",
        owner_person_id=dirk.id,
        due_date=date(2026, 4, 1),
        meeting_id=first.id,
    )
    m.close_meeting(first.id)
    second = next(s for s in m.list_meetings(council.id) if s.date > first.date)
    m.update_meeting(second.id, start_time=time(19, 30), end_time=time(21, 45))
    m.add_item(second.id, "Verkeersveiligheid Antoniuslaan", planned_minutes=25)
    m.add_item(second.id, "Buurtbudget: aanvraag speeltuin", planned_minutes=20)
    m.add_item(second.id, "Klacht over overlast (persoonlijk)", planned_minutes=10, is_private=True)
    for person, status in (
        (anna, AttendanceStatus.PRESENT),
        (bert, AttendanceStatus.PRESENT),
        (chantal, AttendanceStatus.PRESENT),
        (dirk, AttendanceStatus.APOLOGIES),
        (els, AttendanceStatus.PRESENT),
    ):
        m.set_attendance(second.id, person.id, status)
    m.add_guest(second.id, "Henk Willems", "Welzijn Venlo")
    detail = m.get_meeting(second.id)
    sample = SampleMeeting(
        council.id,
        second.id,
        first.id,
        0,
        people=["Anna de Vries", "Bert Hendriks", "Chantal Özdemir-Verstappen", "Els Jacobs"],
        guests=["Henk Willems"],
        apologies=["Dirk van 't Hek"],
    )
    for number, item in enumerate(detail.items, start=1):
        sample.item_titles.append(item.title)
        if item.is_private:
            sample.private_notes = "Mevrouw X van nummer 12 klaagt over de buren; vertrouwelijk."
            m.set_notes(item.id, sample.private_notes)
            continue
        note = f"Aantekening {number} bij {item.title}: de voorzitter licht toe, café-eigenaar René reageert. 🎉"
        m.set_notes(item.id, note)
        sample.notes.append(note)
        if item.title.startswith("Verkeersveiligheid"):
            d = services.decisions.record_decision(
                council.id,
                "Het overleg vraagt de gemeente om een 30 km-zone op de Antoniuslaan.",
                meeting_id=second.id,
                item_id=item.id,
                votes=(7, 1, 2),
            )
            sample.decision_numbers.append(str(d.number))
            a = services.actions.add_action(
                council.id,
                "Brief aan de gemeente over de 30 km-zone sturen",
                owner_person_id=anna.id,
                due_date=date(2026, 3, 24),
                meeting_id=second.id,
                item_id=item.id,
            )
            sample.new_actions.append(a.title)
        if item.title.startswith("Buurtbudget"):
            d = services.decisions.record_decision(
                council.id,
                "Het overleg kent de speeltuin Hazenkamp een bijdrage toe.",
                meeting_id=second.id,
                item_id=item.id,
                votes=(9, 0, 0),
            )
            allocate(services, council.id, d.id, 125_000, second.date)
            sample.decision_numbers.append(str(d.number))
    extra = services.decisions.record_decision(
        council.id, "De jaarvergadering wordt op 14 april gehouden.", meeting_id=second.id
    )
    sample.decision_numbers.append(str(extra.number))
    a = services.actions.add_action(
        council.id,
        "Zaal reserveren voor de jaarvergadering",
        owner_person_id=els.id,
        due_date=date(2026, 4, 1),
        meeting_id=second.id,
    )
    sample.new_actions.append(a.title)
    services.actions.review(
        a_bench.id, second.id, ActionStatus.DONE, "Offerte ontvangen: € 2.400 voor drie bankjes."
    )
    services.actions.review(
        a_flyer.id, second.id, ActionStatus.IN_PROGRESS, "Drukker is gevonden, rondbrengen volgt."
    )
    services.actions.review(a_lamp.id, second.id, ActionStatus.OPEN, "")
    sample.finished_actions = [a_bench.title]
    sample.open_actions = [a_flyer.title, a_lamp.title]
    if close:
        sample.next_meeting_id = m.close_meeting(second.id).id
    return sample
