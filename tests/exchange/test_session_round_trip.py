"""The community worker's round trip: a session prepared on laptop A is run on laptop B and
comes back whole, for a toekomstagenda session and for a kerngroep, also when both laptops
edited the same meeting in between."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from exchange_samples import dump

from buurtdesk.domain.enums import (
    CouncilKind,
    LadderStep,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.plan import Choice, ImportPlan
from buurtdesk.exchange.sentences import brings
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services

SESSION_DAY = date(2026, 12, 24)


def _worker_prepares(a: Services) -> dict[str, Any]:
    """Laptop A: a dorpsraad, its people, a round with themes and wishes, a planned session."""
    council = a.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    anna = a.councils.add_person("Anna de Vries")
    bram = a.councils.add_person("Bram Jansen")
    a.councils.add_member(council.id, anna.id, MembershipRole.CHAIR)
    a.councils.add_member(council.id, bram.id, MembershipRole.MEMBER)
    a.decisions.record_decision(council.id, "De dorpsraad begint aan de toekomstagenda.")
    cycle = a.cycle.start_round(council.id, horizon_year=2030)
    green = a.vision.add_theme(cycle.id, "Groen")
    safe = a.vision.add_theme(cycle.id, "Veiligheid")
    a.vision.add_wish(green.id, "Meer bomen aan de Maas")
    a.vision.add_wish(safe.id, "Verlichting op het fietspad")
    prepared = a.cycle.prepare_session(council.id, SESSION_DAY, place="Het Kloosterdorp")
    vote = a.priorities.open_vote_session(
        cycle.id, dots_per_participant=3, meeting_id=prepared.meeting.id, title="Stippen"
    )
    return {
        "council": council.id,
        "cycle": cycle.id,
        "meeting": prepared.meeting.id,
        "meeting_uuid": prepared.meeting.uuid,
        "vote": vote.id,
    }


def _move(source: Services, target: Services, meeting_uuid: str, path: Path) -> ImportPlan:
    meeting = _meeting(source, meeting_uuid)
    write_package(source.database, path, meeting_id=meeting.id)
    plan = plan_import(target.database, path)
    assert not plan.conflicts, plan.describe()
    apply_import(target.database, path, plan)
    return plan


def _meeting(services: Services, meeting_uuid: str) -> Any:
    council = services.councils.list_councils()[0]
    return next(m for m in services.meetings.list_meetings(council.id) if m.uuid == meeting_uuid)


def _same_on_both(a: Services, b: Services) -> None:
    """Every record once on both laptops, with the same values; equal counts per table."""
    here, there = dump(a.database), dump(b.database)
    for table in here:
        assert len(here[table]) == len(there[table]), table
        for row_uuid, values in here[table].items():
            # The version counts local edits (optimistic locking); everything else is equal.
            mine = {k: v for k, v in values.items() if k != "version"}
            theirs = {k: v for k, v in there[table][row_uuid].items() if k != "version"}
            assert mine == theirs, (
                table,
                {k: (v, theirs[k]) for k, v in mine.items() if v != theirs[k]},
            )


def _run_the_session(b: Services, meeting_uuid: str) -> dict[str, Any]:
    """Laptop B, in the meeting: wishes, a dot vote, priorities, roles, a ladder step, decisions."""
    council = b.councils.list_councils()[0]
    meeting = _meeting(b, meeting_uuid)
    round_ = b.cycle.current_round(council.id)
    assert round_ is not None
    vision = b.vision.vision(round_.id)
    themes = {t.name: t for t in vision.themes}
    assert set(themes) == {"Groen", "Veiligheid"}  # not six empty themes: the prepared ones
    assert sum(len(t.wishes) for t in vision.themes) == 2  # the prepared wishes, to vote on
    b.meetings.start_meeting(meeting.id)
    bench = b.vision.add_wish(themes["Groen"].id, "Bankjes bij de speeltuin", raised_by="Karin")
    b.vision.add_wish(themes["Veiligheid"].id, "Drempels in de Veerweg")
    (vote,) = b.vision.vision(round_.id).vote_sessions  # the dot vote prepared on A
    wishes = {w.text: w.id for t in b.vision.vision(round_.id).themes for w in t.wishes}
    vote_id = vote.id
    b.priorities.count_participant(
        vote_id, "Anna", [wishes["Meer bomen aan de Maas"]] * 2 + [bench.id]
    )
    b.priorities.count_participant(
        vote_id, "Bram", [wishes["Meer bomen aan de Maas"], bench.id, bench.id]
    )
    b.priorities.count_participant(vote_id, "Karin", [wishes["Drempels in de Veerweg"]] * 3)
    top = b.priorities.keep_priorities(vote_id, top=2)
    b.priorities.set_commitment(top[0].id, Party.MUNICIPALITY, "De gemeente plant vijf bomen")
    people = {p.name: p.id for p in b.councils.people_of_council(council.id)}
    b.roles.assign_role(
        round_.id, "Trekker", person_id=people["Bram Jansen"], theme_id=themes["Groen"].id
    )
    b.roles.assign_role(round_.id, "Meedenker", person_id=people["Anna de Vries"])
    b.roles.set_ladder_step(
        council.id, people["Bram Jansen"], LadderStep.INITIATOR, "Neemt de bomen op zich"
    )
    decision = b.decisions.record_decision(
        council.id,
        "De dorpsraad kiest bomen en bankjes als eerste prioriteiten.",
        meeting_id=meeting.id,
    )
    move = b.cycle.move_on(round_.id, meeting_id=meeting.id)
    b.meetings.closing.close(meeting.id, None)
    return {
        "decision": str(decision.number),
        "move": str(move.decision.number if move.decision else ""),
    }


def test_a_prepared_session_goes_out_whole_and_comes_back_whole(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    a, b = services, second_services
    prepared = _worker_prepares(a)
    out = _move(a, b, prepared["meeting_uuid"], tmp_path / "voorbereid.buurtdesk")
    assert "2 wensen" in " ".join(brings(out))
    assert "2 thema's" in " ".join(brings(out))

    numbers = _run_the_session(b, prepared["meeting_uuid"])
    assert numbers == {"decision": "2026-002", "move": "2026-003"}

    back = tmp_path / "verslag.buurtdesk"
    plan = _move(b, a, prepared["meeting_uuid"], back)
    said = " ".join(brings(plan))
    assert "Nieuw: " in said
    assert "2 wensen" in said and "1 trede" in said and "2 rollen" in said, said
    assert "2 prioriteiten" in said and "1 toezegging" in said, said
    assert "met 3 deelnemers" in said, said
    assert "1 stemronde" in said  # the prepared vote session changed there: it comes back changed
    _same_on_both(a, b)

    # On A the round moved on by the decision taken at B, with its transition and start date.
    round_ = a.cycle.round_overview(prepared["council"], prepared["cycle"])
    assert round_.cycle.current_phase == PhaseKind.ROLES
    assert [(t.from_phase, t.to_phase, t.moved_on) for t in round_.transitions][-1] == (
        PhaseKind.VISION,
        PhaseKind.ROLES,
        SESSION_DAY,
    )
    roles = next(p for p in round_.phases if p.kind == PhaseKind.ROLES)
    assert roles.started_on == SESSION_DAY
    decisions = [str(d.number) for d in a.decisions.list_decisions(prepared["council"])]
    assert sorted(decisions) == ["2026-001", "2026-002", "2026-003"]
    meeting = a.meetings.get_meeting(prepared["meeting"])
    assert meeting.meeting.status == MeetingStatus.CLOSED
    priorities = a.priorities.priorities(prepared["cycle"])
    assert [p.wish_text for p in priorities][:1] == ["Meer bomen aan de Maas"]
    assert priorities[0].commitments[0].commitment == "De gemeente plant vijf bomen"

    # The same package again changes nothing; nor does A's answer on B.
    assert plan_import(a.database, back).is_empty
    again = tmp_path / "nogmaals.buurtdesk"
    write_package(a.database, again, meeting_id=prepared["meeting"])
    assert plan_import(b.database, again).is_empty


def test_a_kerngroep_brings_back_actions_and_progress_on_its_projects(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    a, b = services, second_services
    council = a.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
    anna = a.councils.add_person("Anna de Vries")
    a.councils.add_member(council.id, anna.id, MembershipRole.CHAIR)
    cycle = a.cycle.start_round(council.id)
    a.cycle.move_to_phase(cycle.id, PhaseKind.EXECUTION, confirmed=True)
    theme = a.vision.add_theme(cycle.id, "Groen")
    garden = a.projects.create_project(cycle.id, "Buurttuin", theme_id=theme.id)
    a.projects.set_status(garden.project.id, ProjectStatus.RUNNING)
    a.projects.add_milestone(garden.project.id, "Grond omgespit", due_on=date(2027, 1, 15))
    prepared = a.projects.plan_core_group_meeting(council.id, SESSION_DAY)
    assert prepared.meeting.kind == MeetingKind.CORE_GROUP
    out = _move(a, b, prepared.meeting.uuid, tmp_path / "kerngroep.buurtdesk")
    assert "1 project" in " ".join(brings(out)) and "1 mijlpaal" in " ".join(brings(out))

    bc = b.councils.list_councils()[0]
    meeting = _meeting(b, prepared.meeting.uuid)
    detail = b.meetings.get_meeting(meeting.id)
    item = next(i for i in detail.items if i.project_id is not None)
    project_id = item.project_id
    assert project_id is not None
    b.meetings.start_meeting(meeting.id)
    milestone = b.projects.get_project(project_id).milestones[0]
    b.projects.mark_milestone_done(milestone.id, SESSION_DAY)
    b.projects.add_note(project_id, "De grond is omgespit; zaden besteld.", meeting_id=meeting.id)
    b.actions.add_action(
        bc.id, "Zaden ophalen", meeting_id=meeting.id, item_id=item.id, project_id=project_id
    )
    b.meetings.closing.close(meeting.id, None)
    back = tmp_path / "kerngroep-terug.buurtdesk"
    plan = _move(b, a, prepared.meeting.uuid, back)
    said = " ".join(brings(plan))
    assert "1 actiepunt" in said and "1 voortgangsregel" in said, said
    _same_on_both(a, b)
    actions = a.projects.project_actions(garden.project.id)
    assert [x.title for x in actions] == ["Zaden ophalen"]
    assert a.projects.get_project(garden.project.id).milestones[0].done_on == SESSION_DAY
    assert plan_import(a.database, back).is_empty


def test_both_laptops_edit_the_same_meeting_and_the_user_settles_it_per_field(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    a, b = services, second_services
    prepared = _worker_prepares(a)
    _move(a, b, prepared["meeting_uuid"], tmp_path / "voorbereid.buurtdesk")
    # A: the worker finds a better place. B: the chair runs and closes the meeting.
    a.meetings.update_meeting(prepared["meeting"], place="Buurthuis De Maaspoort")
    _run_the_session(b, prepared["meeting_uuid"])
    back = tmp_path / "verslag.buurtdesk"
    write_package(b.database, back, meeting_id=_meeting(b, prepared["meeting_uuid"]).id)
    plan = plan_import(a.database, back)
    meeting = next(c for c in plan.conflicts if c.table == "meetings")
    assert meeting.name_in("nl").startswith("de toekomstagenda-bijeenkomst van 24 december 2026")
    fields = {d.field: d for d in meeting.differences}
    assert {"place", "status"} <= set(fields)
    assert meeting.fields_in("nl").startswith(
        "de toekomstagenda-bijeenkomst van 24 december 2026: plaats / status / verslag"
    )
    described = plan.describe()
    assert "plaats: hier 'Buurthuis De Maaspoort', pakket 'Het Kloosterdorp'" in described
    assert "status: hier 'gepland', pakket 'gesloten'" in described
    assert (fields["status"].mine_in("nl"), fields["status"].theirs_in("nl")) == (
        "gepland",
        "gesloten",
    )
    assert fields["place"].mine_in("nl") == "Buurthuis De Maaspoort"
    choices: dict[str, Any] = {c.uuid: Choice.THEIRS for c in plan.conflicts}
    choices[meeting.uuid] = {
        d.field: Choice.MINE if d.field == "place" else Choice.THEIRS for d in meeting.differences
    }
    apply_import(a.database, back, plan, choices)
    on_a = a.meetings.get_meeting(prepared["meeting"]).meeting
    assert (on_a.place, on_a.status) == ("Buurthuis De Maaspoort", MeetingStatus.CLOSED)
    # The mix is a new version: it goes to B without a question, and then both are the same.
    to_b = tmp_path / "terug-naar-b.buurtdesk"
    write_package(a.database, to_b, meeting_id=prepared["meeting"])
    plan_b = plan_import(b.database, to_b)
    assert not plan_b.conflicts, plan_b.describe()
    apply_import(b.database, to_b, plan_b)
    _same_on_both(a, b)
    assert plan_import(a.database, back).is_empty


def test_decisions_taken_on_both_laptops_keep_or_visibly_receive_numbers(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    a, b = services, second_services
    prepared = _worker_prepares(a)
    _move(a, b, prepared["meeting_uuid"], tmp_path / "voorbereid.buurtdesk")
    # Meanwhile the worker's laptop records a decision of its own: 2026-002 there.
    a.decisions.record_decision(prepared["council"], "Subsidie voor de kerstmarkt.")
    numbers = _run_the_session(b, prepared["meeting_uuid"])
    assert numbers == {"decision": "2026-002", "move": "2026-003"}
    back = tmp_path / "verslag.buurtdesk"
    write_package(b.database, back, meeting_id=_meeting(b, prepared["meeting_uuid"]).id)
    plan = plan_import(a.database, back)
    notes = plan.notes_in("nl")
    assert (
        "Besluit 2026-002 uit het pakket bestaat hier al als ander besluit; "
        "het krijgt nummer 2026-003." in notes
    )
    apply_import(a.database, back, plan, {c.uuid: Choice.THEIRS for c in plan.conflicts})
    register = {str(d.number): d.text for d in a.decisions.list_decisions(prepared["council"])}
    assert register["2026-002"] == "Subsidie voor de kerstmarkt."
    assert register["2026-003"] == "De dorpsraad kiest bomen en bankjes als eerste prioriteiten."
    assert register["2026-004"].startswith("Ronde 1 van de toekomstagenda gaat van de fase visie")
    assert len(register) == 4  # every decision once, none lost
    assert plan_import(a.database, back).is_empty


def test_priorities_are_matched_by_identity_not_by_rank(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    a, b = services, second_services
    prepared = _worker_prepares(a)
    cycle, vote = prepared["cycle"], prepared["vote"]
    wishes = {w.text: w.id for t in a.vision.vision(cycle).themes for w in t.wishes}
    trees, light = wishes["Meer bomen aan de Maas"], wishes["Verlichting op het fietspad"]
    a.priorities.enter_paper_tally(vote, {trees: 5, light: 3})
    first = a.priorities.keep_priorities(vote, top=2)
    assert [(p.wish_id, p.rank) for p in first] == [(trees, 1), (light, 2)]
    _move(a, b, prepared["meeting_uuid"], tmp_path / "voorbereid.buurtdesk")
    # On B a recount turns the order round, and the corporation commits to the light.
    b_cycle = b.cycle.current_round(b.councils.list_councils()[0].id)
    assert b_cycle is not None
    b_vote = b.vision.vision(b_cycle.id).vote_sessions[0].id
    b_wishes = {w.text: w.id for t in b.vision.vision(b_cycle.id).themes for w in t.wishes}
    b.priorities.enter_paper_tally(
        b_vote, {b_wishes["Meer bomen aan de Maas"]: 2, b_wishes["Verlichting op het fietspad"]: 6}
    )
    again = b.priorities.keep_priorities(b_vote, top=2)
    light_there = next(p for p in again if p.wish_text == "Verlichting op het fietspad")
    b.priorities.set_commitment(light_there.id, Party.CORPORATION, "Woonwenz plaatst lampen")
    plan = _move(b, a, prepared["meeting_uuid"], tmp_path / "terug.buurtdesk")
    assert {c.name_in("nl") for c in plan.changes if c.table == "priorities"} == {
        "prioriteit 1: wens ‘Verlichting op het fietspad’",
        "prioriteit 2: wens ‘Meer bomen aan de Maas’",
    }
    here = {p.wish_id: p for p in a.priorities.priorities(cycle)}
    assert (here[light].rank, here[trees].rank) == (1, 2)
    assert [c.commitment for c in here[light].commitments] == ["Woonwenz plaatst lampen"]
    assert here[trees].commitments == ()
    assert [p.id for p in a.priorities.priorities(cycle)] == [here[light].id, here[trees].id]
