"""A council with people (all with e-mail and phone), a held meeting with two open actions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from undo_stacks import undo_stack

from buurtdesk.domain.enums import CouncilKind, MembershipRole, OrganisationKind
from buurtdesk.services import Services
from buurtdesk.services.views import ActionPointView, CouncilView, MeetingSummary, PersonView
from buurtdesk.ui.common.section import Context

PEOPLE = (
    ("Anna Maas", "anna.maas@example.nl", "06-12345678", MembershipRole.CHAIR),
    ("Jeroen Theunissen", "jeroen@example.nl", "077-3512345", MembershipRole.SECRETARY),
    ("Fenna Hermans", "f.hermans@venlo.nl", "+31 77 359 6666", MembershipRole.PROFESSIONAL),
    ("Wim Hermans", "wim@example.nl", "06-98765432", MembershipRole.MEMBER),
)


@dataclass
class MeetingWorld:
    council: CouncilView
    people: dict[str, PersonView]
    held: MeetingSummary
    next_meeting: MeetingSummary
    carried: tuple[ActionPointView, ActionPointView]


def build_world(services: Services) -> MeetingWorld:
    council = services.councils.create_council(
        "Wijkoverleg Teststad", CouncilKind.WIJKOVERLEG, default_place="Buurthuis De Linde"
    )
    corporation = services.councils.add_organisation(
        "Woonstichting Maasoever",
        OrganisationKind.CORPORATION,
        email="info@maasoever.nl",
        phone="077-3201010",
    )
    people = {}
    for name, email, phone, role in PEOPLE:
        org = corporation.id if name == "Fenna Hermans" else None
        person = services.councils.add_person(
            name, email=email, phone=phone, address="Hogeweg 12, Venlo", organisation_id=org
        )
        services.councils.add_member(council.id, person.id, role, since=date(2025, 1, 1))
        people[name] = person
    held = services.meetings.plan_meeting(council.id, date(2026, 2, 10))
    services.meetings.start_meeting(held.id)
    services.decisions.record_decision(council.id, "Het buurtfeest gaat door.", meeting_id=held.id)
    first = services.actions.add_action(
        council.id,
        "Offerte voor bankjes opvragen",
        owner_person_id=people["Wim Hermans"].id,
        due_date=date(2026, 3, 1),
        meeting_id=held.id,
    )
    second = services.actions.add_action(
        council.id,
        "Wijkagent uitnodigen",
        owner_person_id=people["Anna Maas"].id,
        meeting_id=held.id,
    )
    next_meeting = services.meetings.close_meeting(held.id)
    return MeetingWorld(council, people, held, next_meeting, (first, second))


def make_context(services: Services) -> Context:
    return Context(services=services, undo_stack=undo_stack())
