"""The demo database: a believable municipality, built through the same services as the app.

`small` (the default) builds four councils of Venlo with two years of meetings through the
services, the way a chair would have entered them. `municipality` builds 35 councils with
twenty years of ten meetings each, in bulk, for the benchmarks. Both are deterministic for a
given seed and reference date.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from buurtdesk.demo.budget import add_budget
from buurtdesk.demo.content import (
    ACTIONS,
    COUNCILS,
    DECISIONS,
    FIRST_NAMES,
    LAST_NAMES,
    NOTES,
    ORGANISATIONS,
    PROGRESS,
    TOPICS,
)
from buurtdesk.demo.cycle import add_cycle
from buurtdesk.demo.decision_dates import renumber_in_date_order
from buurtdesk.demo.real_meeting import close_showcase, stage_real_meeting
from buurtdesk.demo.sessions import add_prepared_sessions
from buurtdesk.demo.summary import DemoSummary
from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    CouncilKind,
    LadderStep,
    MembershipRole,
    OrganisationKind,
)
from buurtdesk.services import Services
from buurtdesk.services.views import OrganisationView


def build_demo(
    services: Services, *, scale: str = "small", seed: int = 2026, today: date | None = None
) -> DemoSummary:
    today = today or date.today()
    if scale == "municipality":
        from buurtdesk.demo.bulk import build_municipality

        return build_municipality(services.database, seed=seed, today=today)
    return _SmallDemo(services, random.Random(seed), today).build()


class _SmallDemo:
    def __init__(self, services: Services, rng: random.Random, today: date) -> None:
        self.s = services
        self.rng = rng
        self.today = today
        self.used_names: set[str] = set()
        self.meetings = self.decisions = self.actions = 0

    def person_name(self) -> str:
        while True:
            name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def build(self) -> DemoSummary:
        orgs = {
            kind: self.s.councils.add_organisation(name, OrganisationKind(kind))
            for name, kind in ORGANISATIONS
        }
        for index, (name, kind, place) in enumerate(COUNCILS):
            council = self.s.councils.create_council(
                name, CouncilKind(kind), municipality="Venlo", default_place=place
            )
            members = self._people(council.id, orgs)
            meeting_ids = self._meetings(council.id, members, showcase=index == 0)
            if index < 2:
                add_cycle(
                    self.s.database,
                    council.id,
                    members,
                    meeting_ids,
                    self.today,
                    advanced=index == 0,
                    rng=self.rng,
                )
            add_budget(self.s.database, council.id, self.today, rng=self.rng)
            renumber_in_date_order(self.s.database, council.id)
            if index == 0:  # Klingerberg: a session and a kerngroep prepared, ready to run
                add_prepared_sessions(self.s, council.id, self.today)
        from buurtdesk.demo.municipality import add_municipality

        add_municipality(self.s, self.today, self.rng)
        return DemoSummary(len(COUNCILS), self.meetings, self.decisions, self.actions)

    def _people(self, council_id: int, orgs: dict[str, OrganisationView]) -> list[int]:
        def org_id(kind: str) -> int:
            return orgs[kind].id

        plan: list[tuple[MembershipRole, str | None, LadderStep | None]] = [
            (MembershipRole.CHAIR, None, LadderStep.CO_COMMISSIONER),
            (MembershipRole.SECRETARY, None, LadderStep.PARTICIPANT),
            (MembershipRole.TREASURER, None, LadderStep.PARTICIPANT),
            *[
                (
                    [MembershipRole.VICE_CHAIR, MembershipRole.MINUTE_TAKER][i]
                    if i < 2
                    else MembershipRole.MEMBER,
                    None,
                    LadderStep.INITIATOR if i % 2 else LadderStep.PARTICIPANT,
                )
                for i in range(6)
            ],
            (MembershipRole.MEMBER, "residents_association", None),
            (MembershipRole.ADVISER, "welfare", None),  # the opbouwwerker
            (MembershipRole.ADVISER, "police", None),  # the wijkagent
            (MembershipRole.ADVISER, "corporation", None),  # the corporation's consultant
            (MembershipRole.ADVISER, "municipality", None),  # the wijkregisseur
        ]
        ids = []
        for number, (role, org, step) in enumerate(plan):
            name = self.person_name()
            slug = name.lower().replace(" ", ".").replace("ş", "s")
            person = self.s.councils.add_person(
                name,
                organisation_id=org_id(org) if org else None,
                email=f"{slug}@voorbeeld.nl",
                phone=f"06-{self.rng.randint(10000000, 99999999)}",
                address=f"Voorbeeldstraat {number + 1}" if org is None else "",
                council_id=council_id,
            )
            self.s.councils.add_member(
                council_id,
                person.id,
                role,
                ladder_step=step,
                since=self.today - timedelta(days=900),
            )
            ids.append(person.id)
        return ids

    def _meetings(
        self, council_id: int, members: list[int], *, showcase: bool = False
    ) -> list[int]:
        rng = self.rng
        first = self.today - timedelta(days=730)
        dates: list[date] = []
        day = first + timedelta(days=rng.randint(0, 20))
        while day <= self.today + timedelta(days=40):
            if day.month not in (7, 8):
                # Councils meet on a weekday evening: Tuesday, Wednesday or Thursday.
                dates.append(day + timedelta(days=(1 - day.weekday()) % 7 + rng.randint(0, 2)))
            day += timedelta(days=35 + rng.randint(-4, 6))
        planned = [
            self.s.meetings.plan_meeting(
                council_id,
                d,
                start_time=time(19, 30),
                end_time=time(21, 30),
                topics=(rng.choice(TOPICS),),
            )
            for d in dates
        ]
        self.meetings += len(planned)
        previous_id: int | None = None
        held = [m.id for m in planned if m.date <= self.today]
        # Klingerberg shows a meeting as it really happened, and one closed without a next date.
        staged = held[-2:] if showcase and len(held) >= 2 else []
        for meeting in planned:
            if meeting.date > self.today:
                break
            self._run_meeting(
                council_id,
                meeting.id,
                members,
                previous_id,
                showcase=staged.index(meeting.id) if meeting.id in staged else None,
            )
            previous_id = meeting.id
        # The next meeting gets its agenda prepared: an extra topic.
        upcoming = [m for m in planned if m.date > self.today]
        if upcoming:
            self.s.meetings.add_item(upcoming[0].id, "Aanvragen buurtbudget", planned_minutes=20)
        return [m.id for m in planned]

    def _run_meeting(
        self,
        council_id: int,
        meeting_id: int,
        members: list[int],
        previous_id: int | None,
        *,
        showcase: int | None = None,
    ) -> None:
        rng = self.rng
        s = self.s
        detail = s.meetings.get_meeting(meeting_id)
        for person_id in members:
            roll = rng.random()
            status = (
                AttendanceStatus.PRESENT
                if roll < 0.75
                else AttendanceStatus.APOLOGIES
                if roll < 0.92
                else AttendanceStatus.ABSENT
            )
            s.meetings.set_attendance(meeting_id, person_id, status)
        if rng.random() < 0.4:
            s.meetings.add_guest(
                meeting_id,
                self.person_name(),
                rng.choice(["", "Bewonerscommissie De Hoek", "Basisschool De Wingerd"]),
            )
        present = [p for p in members[:9]]
        for item in detail.items:
            if item.kind == AgendaItemKind.PREVIOUS_MINUTES and previous_id is not None:
                amendment = (
                    "Pagina 2: de naam van de wijkagent is gecorrigeerd."
                    if rng.random() < 0.25
                    else ""
                )
                s.meetings.adopt_minutes(previous_id, meeting_id, amendment)
                s.meetings.set_notes(
                    item.id,
                    "Het verslag wordt vastgesteld" + (" met één wijziging." if amendment else "."),
                )
            elif item.kind == AgendaItemKind.ACTION_LIST:
                self._review_actions(council_id, meeting_id, detail)
            elif item.kind in (
                AgendaItemKind.TOPIC,
                AgendaItemKind.ANNOUNCEMENTS,
                AgendaItemKind.ANY_OTHER_BUSINESS,
            ):
                name = s.councils.get_person(rng.choice(present)).name
                s.meetings.set_notes(item.id, rng.choice(NOTES).format(name=name))
                if item.kind == AgendaItemKind.TOPIC:
                    for _ in range(rng.randint(1, 2)):
                        votes = (
                            (rng.randint(6, 12), rng.randint(0, 3), rng.randint(0, 2))
                            if rng.random() < 0.4
                            else None
                        )
                        s.decisions.record_decision(
                            council_id,
                            rng.choice(DECISIONS),
                            meeting_id=meeting_id,
                            item_id=item.id,
                            votes=votes,
                        )
                        self.decisions += 1
                    for _ in range(rng.randint(1, 3)):
                        due = detail.meeting.date + timedelta(days=rng.choice([14, 28, 42, 70]))
                        s.actions.add_action(
                            council_id,
                            rng.choice(ACTIONS),
                            owner_person_id=rng.choice(members),
                            due_date=due,
                            meeting_id=meeting_id,
                            item_id=item.id,
                        )
                        self.actions += 1
        if showcase == 0:  # no date agreed at this one
            close_showcase(s, meeting_id, None)
        elif showcase == 1:  # the meeting as it really happened
            stage_real_meeting(s, council_id, meeting_id, members)
            self.actions += 1
            upcoming = [m for m in s.meetings.list_meetings(council_id) if m.date > self.today]
            close_showcase(s, meeting_id, upcoming[0].date if upcoming else None)
        else:
            s.meetings.close_meeting(meeting_id)

    def _review_actions(self, council_id: int, meeting_id: int, detail: object) -> None:
        rng = self.rng
        for action in self.s.actions.open_actions(council_id):
            roll = rng.random()
            if roll < 0.35:
                self.s.actions.review(action.id, meeting_id, ActionStatus.DONE, "Afgerond.")
            elif roll < 0.42:
                self.s.actions.review(
                    action.id, meeting_id, ActionStatus.DROPPED, "Niet meer nodig."
                )
            elif roll < 0.75:
                self.s.actions.review(
                    action.id, meeting_id, ActionStatus.IN_PROGRESS, rng.choice(PROGRESS)
                )
            else:
                self.s.actions.review(action.id, meeting_id, ActionStatus.OPEN, "")
