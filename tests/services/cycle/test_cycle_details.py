"""The cycle services one rule at a time: what is refused, and what the session agenda links to."""

from __future__ import annotations

from datetime import date

import pytest

from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    CouncilKind,
    MeetingKind,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.services import Services


def _round(services: Services) -> tuple[int, int, dict[str, int]]:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    cycle = services.cycle.start_round(council.id, horizon_year=2031)
    themes = {t.name: t.id for t in services.vision.add_standard_themes(cycle.id)}
    return council.id, cycle.id, themes


def test_priorities_can_be_kept_again_and_keep_their_commitments(services: Services) -> None:
    _council, cycle, themes = _round(services)
    a = services.vision.add_wish(themes["Groen"], "Bloembakken").id
    b = services.vision.add_wish(themes["Jeugd"], "Een skatebaan").id
    c = services.vision.add_wish(themes["Veiligheid"], "Verlichting").id
    votes = services.priorities.open_vote_session(cycle, dots_per_participant=2, participants=3)
    services.priorities.enter_paper_tally(votes.id, {a: 3, b: 2, c: 1})
    first = services.priorities.keep_priorities(votes.id, top=2)
    services.priorities.set_commitment(first[0].id, Party.RESIDENTS, "Wij planten")
    services.priorities.set_commitment(first[1].id, Party.CORPORATION, "Grond beschikbaar")
    # A recount: the paper tally is replaced, not added to.
    services.priorities.enter_paper_tally(votes.id, {a: 3, b: 0, c: 3})
    again = services.priorities.keep_priorities(votes.id, top=2)
    assert [(p.wish_id, p.rank) for p in again] == [(a, 1), (c, 2)]
    assert [x.commitment for x in again[0].commitments] == ["Wij planten"]
    assert again[1].commitments == () and "Bloembakken" in again[0].tie_note
    # Taking a commitment away with an empty text.
    assert services.priorities.set_commitment(again[0].id, Party.RESIDENTS, " ").commitments == ()
    with pytest.raises(RuleViolation):
        services.vision.remove_theme(themes["Groen"])
    with pytest.raises(RuleViolation):
        services.vision.remove_wish(a)
    services.vision.remove_theme(themes["Jeugd"])
    assert "Jeugd" not in [t.name for t in services.vision.vision(cycle).themes]


def test_on_screen_counting_replaces_and_removes_a_participant(services: Services) -> None:
    _council, cycle, themes = _round(services)
    a = services.vision.add_wish(themes["Groen"], "Bloembakken").id
    b = services.vision.add_wish(themes["Groen"], "Hondenveld").id
    votes = services.priorities.open_vote_session(cycle, dots_per_participant=3)
    services.priorities.count_participant(votes.id, "Els", [a, a, b])
    services.priorities.count_participant(votes.id, "Els", [b])
    view = services.priorities.count_participant(votes.id, "Jan", [a])
    assert view.total_dots == 2 and view.counted_on_screen == ("Els", "Jan")
    assert services.priorities.remove_participant(votes.id, "Els").total_dots == 1
    with pytest.raises(InvalidInput):
        services.priorities.count_participant(votes.id, " ", [a])
    with pytest.raises(InvalidInput):
        services.priorities.open_vote_session(cycle, dots_per_participant=0)
    empty = services.priorities.open_vote_session(cycle)
    with pytest.raises(RuleViolation):
        services.priorities.keep_priorities(empty.id)


def test_a_meeting_of_another_council_is_refused(services: Services) -> None:
    _council, cycle, _themes = _round(services)
    other = services.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
    meeting = services.meetings.plan_meeting(other.id, date(2026, 4, 1))
    with pytest.raises(InvalidInput):
        services.priorities.open_vote_session(cycle, meeting_id=meeting.id)
    with pytest.raises(InvalidInput):
        services.cycle.move_on(cycle, meeting_id=meeting.id)


def test_money_only_after_content(services: Services) -> None:
    _council, cycle, themes = _round(services)
    project = services.projects.create_project(
        cycle, "Dorpsplein", theme_id=themes["Ontmoeten"]
    ).project
    assert project.needs_trekker and not project.has_plan
    check = services.projects.project_money_check(project.id)
    assert not check.all_ok and check.reason() == (
        "Nog niet klaar voor geld: er is nog geen plan; financieel, inhoudelijk en juridisch: nog niet getoetst."
    )
    with pytest.raises(RuleViolation):
        services.projects.ask_budget(project.id, Money.euros(100))
    assert services.projects.ask_budget(project.id, Money.zero()).project.budget_ask == Money.zero()
    services.projects.update_project(project.id, plan="Bankjes en een boom")
    with pytest.raises(InvalidInput):
        services.projects.ask_budget(project.id, Money(-1))
    services.projects.ask_budget(project.id, Money.euros(2500))
    with pytest.raises(RuleViolation):
        services.projects.update_project(project.id, plan="")
    for area in CheckArea:
        services.projects.set_check(project.id, area, CheckVerdict.OK, checked_by="Gemeente")
    assert services.projects.project_money_check(project.id).all_ok
    services.projects.set_check(
        project.id, CheckArea.FINANCIAL, CheckVerdict.NEEDS_WORK, note="Offerte mist"
    )
    assert (
        "financieel: aandacht nodig" in services.projects.project_money_check(project.id).reason()
    )
    with pytest.raises(InvalidInput):
        services.projects.update_project(
            project.id, starts_on=date(2026, 5, 1), ends_on=date(2026, 4, 1)
        )


def test_the_session_agenda_follows_the_phase(services: Services) -> None:
    council, cycle, themes = _round(services)
    services.cycle.move_to_phase(cycle, PhaseKind.PLANS, confirmed=True)
    plein = services.projects.create_project(
        cycle, "Dorpsplein", theme_id=themes["Ontmoeten"]
    ).project
    services.roles.assign_role(
        cycle,
        "Trekker",
        organisation_id=services.councils.add_organisation("Zonnebloem").id,
        project_id=plein.id,
    )
    matrix = services.roles.roles_matrix(cycle)
    assert [c.title for c in matrix.columns] == ["Project: Dorpsplein"] and matrix.rows[
        0
    ].cells == ("Trekker",)
    plans = services.cycle.prepare_session(council, date(2026, 4, 2))
    linked = [i for i in plans.items if i.project_id == plein.id]
    assert [i.title for i in linked] == ["Plan Dorpsplein: toetsing aan de kaders"]
    assert linked[0].phase == PhaseKind.PLANS and linked[0].theme_id == themes["Ontmoeten"]
    assert all(i.phase in (None, PhaseKind.PLANS) for i in plans.items)
    assert any(i.title == "Besluit: door naar uitvoering" for i in plans.items)

    services.cycle.move_on(cycle)
    services.projects.set_status(plein.id, ProjectStatus.RUNNING)
    execution = services.cycle.prepare_session(council, date(2026, 5, 7))
    assert execution.meeting.kind == MeetingKind.TOEKOMSTAGENDA
    assert [i.title for i in execution.items if i.project_id] == ["Voortgang Dorpsplein"]
    services.cycle.set_phase_summary(cycle, PhaseKind.PLANS, "Eén plan getoetst")
    phases = {p.kind: p for p in services.cycle.round_overview(council).phases}
    assert phases[PhaseKind.PLANS].summary == "Eén plan getoetst"
    assert phases[PhaseKind.EXECUTION].is_current


def test_a_closed_round_does_not_change(services: Services) -> None:
    council, cycle, themes = _round(services)
    services.cycle.move_to_phase(cycle, PhaseKind.EVALUATION, confirmed=True)
    with pytest.raises(InvalidInput):
        services.evaluations.record_evaluation(cycle)
    services.evaluations.record_evaluation(
        cycle, learning_points="1. Vaker samenkomen\n2) Kleiner beginnen"
    )
    handover = services.cycle.close_round(cycle)
    assert [w.text for w in handover.carried_wishes] == ["Vaker samenkomen", "Kleiner beginnen"]
    assert handover.started.horizon_year == 2031
    for call in (
        lambda: services.cycle.set_vision(cycle, vision="Later"),
        lambda: services.vision.add_theme(cycle, "Nieuw"),
        lambda: services.evaluations.record_evaluation(cycle, result="Later"),
        lambda: services.cycle.move_on(cycle),
    ):
        with pytest.raises(RuleViolation):
            call()
    assert services.cycle.round_overview(council).cycle.number == 2
    assert [r.number for r in services.cycle.list_rounds(council)] == [1, 2]
