"""A whole toekomstagenda round, driven through the services the way a council lives it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from buurtdesk.domain.cycle import PhaseSkipNeedsConfirmation
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    CouncilKind,
    LadderStep,
    MeetingKind,
    MembershipRole,
    OrganisationKind,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber
from buurtdesk.services import Services


@dataclass
class Neighbourhood:
    council_id: int
    anna: int
    bert: int
    carla: int
    municipality: int
    corporation: int
    police: int


def _neighbourhood(services: Services) -> Neighbourhood:
    c = services.councils
    council = c.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG, municipality="Venlo")
    municipality = c.add_organisation("Gemeente Venlo", OrganisationKind.MUNICIPALITY).id
    corporation = c.add_organisation("Woonwenz", OrganisationKind.CORPORATION).id
    police = c.add_organisation("Politie Limburg", OrganisationKind.POLICE).id
    anna = c.add_person("Anna Jacobs").id
    bert = c.add_person("Bert Peeters").id
    carla = c.add_person("Carla Hendrix").id
    c.add_member(council.id, anna, MembershipRole.CHAIR, ladder_step=LadderStep.INITIATOR)
    c.add_member(council.id, bert, MembershipRole.MEMBER)
    c.add_member(council.id, carla, MembershipRole.SECRETARY)
    return Neighbourhood(council.id, anna, bert, carla, municipality, corporation, police)


def test_a_full_round_and_the_next_one_starting(services: Services, clock) -> None:
    n = _neighbourhood(services)
    cycle = services.cycle.start_round(n.council_id, horizon_year=2030)
    assert (cycle.number, cycle.current_phase, cycle.horizon_year) == (1, PhaseKind.VISION, 2030)
    with pytest.raises(RuleViolation):
        services.cycle.start_round(n.council_id)

    # -- vision: themes and wishes in residents' words --------------------------------------
    standard = services.vision.add_standard_themes(cycle.id)
    assert [t.name for t in standard] == [
        "Groen",
        "Veiligheid",
        "Ontmoeten",
        "Jeugd",
        "Wonen en zorg",
    ]
    services.vision.add_theme(cycle.id, "Verkeer", "Alles wat rijdt en parkeert")
    with pytest.raises(InvalidInput):
        services.vision.add_theme(cycle.id, "groen")
    themes = {t.name: t.id for t in services.vision.vision(cycle.id).themes}
    vision = services.vision
    priorities = services.priorities
    trees = vision.add_wish(themes["Groen"], "Meer bomen in de Kerkstraat", "Anna").id
    garden = vision.add_wish(themes["Groen"], "Een moestuin bij de school").id
    light = vision.add_wish(themes["Veiligheid"], "Licht op het fietspad langs de Maas").id
    speed = vision.add_wish(themes["Veiligheid"], "Minder hardrijders op de Kloosterstraat").id
    house = vision.add_wish(themes["Ontmoeten"], "Een buurthuis dat 's avonds open is").id
    field = vision.add_wish(themes["Jeugd"], "Een trapveldje voor de jeugd").id

    # A toekomstagenda session prepared for the vision phase: one item per theme, plus voting.
    session = services.cycle.prepare_session(n.council_id, date(2026, 3, 17))
    assert session.meeting.kind == MeetingKind.TOEKOMSTAGENDA
    linked = [i for i in session.items if i.theme_id is not None]
    assert {i.theme_id for i in linked} == set(themes.values())
    assert any("stippen" in i.title for i in session.items)
    assert all(i.phase in (None, PhaseKind.VISION) for i in session.items)

    # -- priorities: a paper tally typed in, with a tie across the line of the top three ------
    votes = priorities.open_vote_session(
        cycle.id, dots_per_participant=3, participants=6, meeting_id=session.meeting.id
    )
    assert votes.meeting_id == session.meeting.id and votes.held_on == date(2026, 3, 17)
    with pytest.raises(InvalidInput) as too_many:
        priorities.enter_paper_tally(votes.id, {trees: 10, light: 10})
    assert "18" in too_many.value.dutch and "18" in too_many.value.english
    tally = priorities.enter_paper_tally(
        votes.id, {trees: 4, garden: 1, light: 5, speed: 3, house: 3, field: 2}
    )
    assert tally.total_dots == 18
    assert [r.wish_id for r in tally.ranking[:4]] == [light, trees, speed, house]
    (note,) = tally.tie_notes
    assert "hardrijders" in note and "buurthuis" in note and "het eerst is ingevoerd" in note
    assert note.endswith(
        "Daardoor hoort 'Minder hardrijders op de Kloosterstraat' bij de top 3; "
        "'Een buurthuis dat 's avonds open is' valt erbuiten."
    )

    # On screen, a participant with too many dots is refused with the reason.
    screen = priorities.open_vote_session(cycle.id, dots_per_participant=3, title="Op het scherm")
    with pytest.raises(InvalidInput) as refused:
        priorities.count_participant(screen.id, "Bert", [trees, trees, light, house])
    assert (
        refused.value.dutch
        == "Bert heeft 4 stippen gezet, maar iedereen heeft er 3; haal er 1 weg."
    )
    assert refused.value.english == "Bert placed 4 dots, but everyone has 3; take 1 away."
    counted = priorities.count_participant(screen.id, "Bert", [trees, trees, light])
    assert counted.participants == 1 and counted.counted_on_screen == ("Bert",)
    assert {t.wish_id: t.dots for t in counted.tally if t.dots} == {trees: 2, light: 1}

    kept = priorities.keep_priorities(votes.id, top=3)
    assert [(p.rank, p.wish_id, p.dots) for p in kept] == [
        (1, light, 5),
        (2, trees, 4),
        (3, speed, 3),
    ]
    assert kept[0].tie_note == "" and "buurthuis" in kept[2].tie_note
    priorities.set_commitment(
        kept[0].id, Party.MUNICIPALITY, "De gemeente plaatst lantaarns voor de winter."
    )
    priorities.set_commitment(kept[0].id, Party.RESIDENTS, "Bewoners melden donkere plekken.")
    with_police = priorities.set_commitment(
        kept[2].id, Party.POLICE, "De wijkagent controleert twee keer per maand."
    )
    assert [c.party for c in with_police.commitments] == [Party.POLICE]
    assert len(priorities.priorities(cycle.id)[0].commitments) == 2

    # -- moving on is a decision; a skip asks first -----------------------------------------
    with pytest.raises(PhaseSkipNeedsConfirmation) as skip:
        services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS)
    assert skip.value.skipped == (PhaseKind.ROLES,) and "rollen" in skip.value.dutch
    moved = services.cycle.move_on(cycle.id, meeting_id=session.meeting.id)
    assert moved.cycle.current_phase == PhaseKind.ROLES
    assert moved.decision is not None and moved.decision.number == DecisionNumber(2026, 1)
    assert moved.transition.decision_number == DecisionNumber(2026, 1)
    assert (
        services.decisions.find(n.council_id, DecisionNumber(2026, 1)).meeting_id
        == session.meeting.id
    )

    # -- roles: the matrix, the ladder with its history, the council's own view -------------------
    roles = services.roles
    roles.assign_role(cycle.id, "Trekker", person_id=n.anna, theme_id=themes["Groen"])
    roles.assign_role(cycle.id, "Meedenker", person_id=n.bert, theme_id=themes["Veiligheid"])
    roles.assign_role(
        cycle.id, "Financier", organisation_id=n.corporation, theme_id=themes["Groen"]
    )
    roles.assign_role(cycle.id, "Adviseur", organisation_id=n.police)
    with pytest.raises(InvalidInput):
        roles.assign_role(cycle.id, "trekker", person_id=n.anna, theme_id=themes["Groen"])
    clock.today = date(2026, 4, 1)
    roles.set_ladder_step(n.council_id, n.bert, LadderStep.PARTICIPANT)
    clock.today = date(2026, 5, 1)
    anna_ladder = roles.set_ladder_step(
        n.council_id, n.anna, LadderStep.CO_COMMISSIONER, "Trekt het bomenplan"
    )
    assert anna_ladder.step == LadderStep.CO_COMMISSIONER
    assert [(h.step, h.changed_on) for h in anna_ladder.history] == [
        (LadderStep.INITIATOR, date(2026, 3, 10)),
        (LadderStep.CO_COMMISSIONER, date(2026, 5, 1)),
    ]
    assert [v.person_name for v in roles.ladder(n.council_id)] == ["Anna Jacobs", "Bert Peeters"]
    roles.set_council_role_view(
        n.council_id, "Wij verbinden bewoners en partners; wij voeren niet zelf uit."
    )
    matrix = roles.roles_matrix(cycle.id)
    assert [c.title for c in matrix.columns] == ["Hele ronde", "Thema: Groen", "Thema: Veiligheid"]
    assert [r.name for r in matrix.rows] == [
        "Anna Jacobs",
        "Bert Peeters",
        "Politie Limburg",
        "Woonwenz",
    ]
    assert matrix.rows[0].cells == ("", "Trekker", "")
    assert matrix.rows[2].cells == ("Adviseur", "", "")
    services.cycle.move_on(cycle.id)

    # -- plans and projects, checked against the frameworks ----------------------------------------
    projects = services.projects
    bomen = projects.create_project(
        cycle.id,
        "Bomenplan Kerkstraat",
        theme_id=themes["Groen"],
        goal="Twintig bomen",
        lead_person_id=n.anna,
    ).project
    trap = projects.create_project(
        cycle.id, "Trapveld aan de Maas", theme_id=themes["Jeugd"], goal="Een veilig trapveld"
    ).project
    assert trap.needs_trekker and not bomen.needs_trekker
    with pytest.raises(RuleViolation) as no_plan:
        projects.ask_budget(trap.id, Money.euros(8000))
    assert "eerst het plan" in no_plan.value.dutch and "plan" in no_plan.value.english
    projects.update_project(bomen.id, plan="Met de gemeente plekken kiezen, in november planten.")
    projects.update_project(trap.id, plan="Grasveld naast de Maasboulevard omvormen.")
    assert projects.ask_budget(trap.id, Money.euros(8000)).project.budget_ask == Money(800_000)
    projects.ask_budget(bomen.id, Money.parse("4.250,00"))
    projects.add_partner(
        bomen.id, organisation_id=n.municipality, contribution="Plantwerk en onderhoud"
    )
    projects.add_milestone(bomen.id, "Plekken gekozen", date(2026, 6, 1))
    planting = projects.add_milestone(bomen.id, "Bomen geplant", date(2026, 11, 30))
    for area in CheckArea:
        projects.set_check(bomen.id, area, CheckVerdict.OK, checked_by="Wijkregisseur")
    projects.set_check(trap.id, CheckArea.FINANCIAL, CheckVerdict.OK, checked_by="Wijkregisseur")
    projects.set_check(
        trap.id,
        CheckArea.CONTENT,
        CheckVerdict.NEEDS_WORK,
        note="Hekwerk ontbreekt",
        checked_by="Opbouwwerker",
    )
    with pytest.raises(InvalidInput):
        projects.set_check(trap.id, CheckArea.LEGAL, CheckVerdict.NOT_FEASIBLE)
    checked = projects.set_check(
        trap.id,
        CheckArea.LEGAL,
        CheckVerdict.NOT_FEASIBLE,
        note="Uiterwaarden: geen vergunning",
        checked_by="Jurist gemeente",
    )
    assert [(c.area, c.verdict) for c in checked.checks][-1] == (
        CheckArea.LEGAL,
        CheckVerdict.NOT_FEASIBLE,
    )
    assert checked.checks[-1].checked_on == date(2026, 5, 1)
    assert projects.project_money_check(bomen.id).all_ok
    money = projects.project_money_check(trap.id)
    assert not money.all_ok and money.check.not_feasible == (CheckArea.LEGAL,)
    assert "juridisch: niet haalbaar" in money.reason() and "legal: not feasible" in money.reason(
        "en"
    )
    services.cycle.move_on(cycle.id)

    # -- execution: status, milestones, action points, a core-group meeting ------------------------
    projects.set_status(bomen.id, ProjectStatus.RUNNING)
    projects.set_status(trap.id, ProjectStatus.PLANNED)
    action = services.actions.add_action(
        n.council_id, "Plantlijst naar de gemeente", owner_person_id=n.anna, project_id=bomen.id
    )
    services.actions.add_action(n.council_id, "Buurt informeren", project_id=None)
    assert [a.id for a in projects.project_actions(bomen.id)] == [action.id]
    core = projects.plan_core_group_meeting(n.council_id, date(2026, 6, 10))
    assert core.meeting.kind == MeetingKind.CORE_GROUP
    assert [i.project_id for i in core.items if i.project_id is not None] == [bomen.id]
    assert any(i.title == "Voortgang Bomenplan Kerkstraat" for i in core.items)
    note = projects.add_note(
        bomen.id, "Twaalf plekken gekozen met de buurt.", meeting_id=core.meeting.id
    )
    assert note.meeting_id == core.meeting.id and note.written_on == date(2026, 6, 10)
    projects.mark_milestone_done(planting.id, date(2026, 11, 28))
    detail = projects.get_project(bomen.id)
    assert [m.is_done for m in detail.milestones] == [False, True]
    assert [a.title for a in detail.actions] == ["Plantlijst naar de gemeente"]

    # A step back is allowed with a reason, and is not a decision.
    with pytest.raises(InvalidInput):
        services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS)
    back = services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS, note="Trapveld opnieuw toetsen")
    assert (
        back.decision is None
        and back.transition.is_back
        and back.transition.note == "Trapveld opnieuw toetsen"
    )
    services.cycle.move_on(cycle.id)
    services.cycle.move_on(cycle.id)

    # -- evaluation ------------------------------------------------------------------------------
    projects.set_status(bomen.id, ProjectStatus.FINISHED)
    services.evaluations.record_evaluation(
        cycle.id,
        result="Drie van de vier prioriteiten opgepakt.",
        success_factors="Vaste trekkers",
        learning_points="- Eerder de jurist vragen\n- Jongeren zelf laten stemmen\n",
        continues="Het trapveld",
    )
    services.evaluations.record_evaluation(
        cycle.id,
        project_id=bomen.id,
        result="Twintig bomen geplant",
        learning_points="Plantseizoen bepaalt de planning",
    )
    with pytest.raises(RuleViolation):
        services.cycle.move_on(cycle.id)
    overview = services.cycle.round_overview(n.council_id)
    assert (
        overview.round_evaluation is not None
        and overview.round_evaluation.continues == "Het trapveld"
    )
    assert [t.to_phase for t in overview.transitions] == [
        PhaseKind.VISION, PhaseKind.ROLES, PhaseKind.PLANS, PhaseKind.EXECUTION,
        PhaseKind.PLANS, PhaseKind.EXECUTION, PhaseKind.EVALUATION,
    ]  # fmt: skip
    assert [t.decision_number for t in overview.transitions if t.decision_number] == [
        DecisionNumber(2026, i) for i in range(1, 6)
    ]

    # -- closing the evaluation starts round 2, carrying learning points and the unfinished project
    clock.today = date(2026, 12, 15)
    handover = services.cycle.close_round(cycle.id)
    assert handover.closed.closed_on == date(2026, 12, 15)
    assert handover.started.number == 2 and handover.started.current_phase == PhaseKind.VISION
    assert handover.decision.number == DecisionNumber(2026, 6)
    assert [w.text for w in handover.carried_wishes] == [
        "Eerder de jurist vragen",
        "Jongeren zelf laten stemmen",
        "Plantseizoen bepaalt de planning",
        # The priorities whose theme got no project wait for one, beside the learning points.
        "Licht op het fietspad langs de Maas",
        "Minder hardrijders op de Kloosterstraat",
        "Lopend project: Trapveld aan de Maas — Een veilig trapveld",
    ]
    assert handover.carried_wishes[3].raised_by == "Prioriteit 1 uit ronde 1, nog geen project"
    assert [p.id for p in handover.carried_projects] == [trap.id]
    assert services.cycle.current_round(n.council_id) == handover.started
    second = services.vision.vision(handover.started.id)
    carried_theme, youth = second.themes
    assert carried_theme.name == "Uit de vorige ronde"
    assert youth.name == "Jeugd" and not youth.wishes  # the carried project's theme came along
    assert all(w.carried_from_cycle_id == cycle.id for w in carried_theme.wishes)
    assert second.previous_cycle is not None and second.previous_cycle.number == 1
    assert [e.project_name for e in second.previous_evaluations] == ["", "Bomenplan Kerkstraat"]
    assert "Groen" in second.suggested_themes
    moved_trap = projects.get_project(trap.id)
    assert moved_trap.project.cycle_id == handover.started.id
    assert (moved_trap.project.theme_id, moved_trap.project.theme_name) == (youth.id, "Jeugd")
    assert moved_trap.notes[-1].note == "Doorgeschoven naar ronde 2."
    with pytest.raises(RuleViolation):
        services.vision.add_wish(themes["Groen"], "Te laat")

    # The closed round's overview still shows everything it did.
    old = services.cycle.round_overview(n.council_id, cycle.id)
    assert not old.cycle.is_open and not any(p.is_current for p in old.phases)
    assert [p.project.name for p in old.projects] == ["Bomenplan Kerkstraat"]
    assert [p.wish_id for p in old.vision.priorities] == [light, trees, speed]
    assert old.council.role_view.startswith("Wij verbinden")
    assert [m.kind for m in old.meetings] == [MeetingKind.TOEKOMSTAGENDA, MeetingKind.CORE_GROUP]
    assert [r.number for r in old.rounds] == [1, 2]


def test_a_confirmed_skip_is_decided_and_noted(services: Services) -> None:
    n = _neighbourhood(services)
    cycle = services.cycle.start_round(n.council_id)
    moved = services.cycle.move_to_phase(
        cycle.id, PhaseKind.PLANS, confirmed=True, note="Rollen zijn al duidelijk"
    )
    assert moved.cycle.current_phase == PhaseKind.PLANS
    assert moved.decision is not None and "Rollen zijn al duidelijk" in moved.decision.text
    phases = {p.kind: p for p in services.cycle.round_overview(n.council_id).phases}
    assert phases[PhaseKind.ROLES].started_on is None and phases[PhaseKind.PLANS].is_current
    with pytest.raises(InvalidInput):
        services.cycle.move_to_phase(cycle.id, PhaseKind.PLANS)


def test_an_english_council_gets_english_words(services: Services) -> None:
    council = services.councils.create_council(
        "Village council", CouncilKind.DORPSRAAD, language="en"
    )
    cycle = services.cycle.start_round(council.id)
    added = services.vision.add_standard_themes(cycle.id)
    assert added[0].name == "Green"
    moved = services.cycle.move_on(cycle.id)
    assert moved.decision is not None and moved.decision.text.startswith(
        "Round 1 of the toekomstagenda moves on"
    )


def test_a_round_overview_without_a_round_says_so(services: Services) -> None:
    n = _neighbourhood(services)
    with pytest.raises(Exception) as missing:
        services.cycle.round_overview(n.council_id)
    assert "nog geen toekomstagenda-ronde" in str(missing.value)
