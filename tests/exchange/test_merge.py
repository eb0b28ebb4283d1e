"""Exporting a council and importing it elsewhere; two laptops merging their work."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest
from exchange_samples import content, dump, populate_council
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtdesk.domain.enums import ActionStatus, CouncilKind
from buurtdesk.exchange.errors import PreviewOutdated
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.plan import Choice, Outcome
from buurtdesk.exchange.tables import EXCHANGED
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.opening import open_sqlite


def _share(
    source: Services,
    target: Services,
    path: Path,
    *,
    council_id: int | None = None,
    meeting_id: int | None = None,
) -> None:
    write_package(source.database, path, council_id=council_id, meeting_id=meeting_id)
    plan = plan_import(target.database, path)
    assert not plan.has_conflicts, plan.describe()
    apply_import(target.database, path, plan)


def test_a_council_arrives_identical_in_an_empty_database(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    result = write_package(
        services.database, tmp_path / "blerick.buurtdesk", council_id=ids["council"]
    )
    before = dump(services.database)
    # Every table travels; a fund's contributions are the municipality's, not one council's.
    assert [c.name for c in EXCHANGED if not before[c.name]] == ["fund_contributions"]
    assert result.records == sum(len(rows) for rows in before.values())

    plan = plan_import(second_services.database, result.path)
    assert plan.added == result.records and plan.changed == 0 and not plan.conflicts
    assert "Voegt" in plan.describe() and "Adds" in plan.describe("en")
    assert second_services.councils.list_councils() == []  # the preview wrote nothing
    apply_import(second_services.database, result.path, plan)

    after = dump(second_services.database)
    for codec in EXCHANGED:
        assert after[codec.name] == before[codec.name], codec.name
    # The services on the other laptop see the same meeting, with notes, decisions and actions.
    council = second_services.councils.list_councils()[0]
    meeting = second_services.meetings.list_meetings(council.id)[0]
    original = services.meetings.get_meeting(ids["first"])
    copy = second_services.meetings.get_meeting(meeting.id)
    assert [(i.title, i.notes) for i in copy.items] == [(i.title, i.notes) for i in original.items]
    assert [str(d.number) for d in copy.decisions] == [str(d.number) for d in original.decisions]


def test_the_package_is_plain_json_with_a_manifest(services: Services, tmp_path: Path) -> None:
    ids = populate_council(services)
    path = write_package(
        services.database, tmp_path / "p.buurtdesk", council_id=ids["council"]
    ).path
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        meetings = json.loads(archive.read("data/meetings.json"))
    assert manifest["format"] == "buurtdesk-exchange" and manifest["format_version"] == 1
    assert manifest["schema_revision"] == migrate.head_revision()
    assert {f["name"] for f in manifest["files"]} | {"manifest.json"} == set(names)
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    assert {m["date"] for m in meetings} == {"2026-02-10", "2026-03-10"}
    assert all("id" not in m and len(m["council_id"]) == 36 for m in meetings)


def test_importing_the_same_package_twice_changes_nothing(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    path = tmp_path / "p.buurtdesk"
    _share(services, second_services, path, council_id=ids["council"])
    again = plan_import(second_services.database, path)
    assert again.is_empty


def test_two_laptops_merge_notes_from_one_and_actions_from_the_other(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _share(services, second_services, tmp_path / "start.buurtdesk", council_id=ids["council"])
    b_council = second_services.councils.list_councils()[0].id
    b_meeting = second_services.meetings.list_meetings(b_council)[-1]

    # Laptop A: the secretary writes notes in the next meeting.
    a_detail = services.meetings.get_meeting(ids["second"])
    a_item = a_detail.items[0]
    services.meetings.set_notes(a_item.id, "Opening om 19:32, welkom aan de nieuwe buren.")
    # Laptop B: the chair works through the action list.
    b_action = next(
        a for a in second_services.actions.list_actions(b_council) if a.title == "Flyer maken"
    )
    second_services.actions.update_action(
        b_action.id, status=ActionStatus.DONE, title="Flyer maken en verspreiden"
    )

    services_a_path, services_b_path = tmp_path / "from-a.buurtdesk", tmp_path / "from-b.buurtdesk"
    write_package(services.database, services_a_path, council_id=ids["council"])
    write_package(second_services.database, services_b_path, council_id=b_council)

    plan_a = plan_import(services.database, services_b_path)
    plan_b = plan_import(second_services.database, services_a_path)
    assert not plan_a.conflicts and not plan_b.conflicts
    assert [c.table for c in plan_a.changes] == ["action_points"]
    assert [c.table for c in plan_b.changes] == ["agenda_items"]
    apply_import(services.database, services_b_path, plan_a)
    apply_import(second_services.database, services_a_path, plan_b)

    for side, meeting_id in ((services, ids["second"]), (second_services, b_meeting.id)):
        detail = side.meetings.get_meeting(meeting_id)
        assert detail.items[0].notes == "Opening om 19:32, welkom aan de nieuwe buren."
        council = detail.meeting.council_id
        flyer = next(a for a in side.actions.list_actions(council) if a.title.startswith("Flyer"))
        assert (flyer.title, flyer.status) == ("Flyer maken en verspreiden", ActionStatus.DONE)
    for table in ("agenda_items", "action_points", "meetings", "decisions"):
        assert content(services.database, table) == content(second_services.database, table), table


def test_the_same_record_edited_on_both_laptops_is_a_conflict_the_user_resolves(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _share(services, second_services, tmp_path / "start.buurtdesk", council_id=ids["council"])
    b_council = second_services.councils.list_councils()[0].id
    b_action = next(
        a for a in second_services.actions.list_actions(b_council) if a.title == "Flyer maken"
    )
    a_action = next(
        a for a in services.actions.list_actions(ids["council"]) if a.title == "Flyer maken"
    )
    services.actions.update_action(a_action.id, title="Flyer maken (A4)")
    second_services.actions.update_action(b_action.id, title="Flyer maken (A5)")
    path = write_package(
        second_services.database, tmp_path / "b.buurtdesk", council_id=b_council
    ).path

    plan = plan_import(services.database, path)
    assert len(plan.conflicts) == 1
    conflict = plan.conflicts[0]
    assert conflict.outcome == Outcome.CONFLICT and conflict.uuid == a_action.uuid
    assert [(d.field, d.mine, d.theirs) for d in conflict.differences] == [
        ("title", "Flyer maken (A4)", "Flyer maken (A5)")
    ]
    assert "CONFLICT" in plan.describe()
    with pytest.raises(PreviewOutdated):
        apply_import(services.database, path, plan)  # no choice made yet: nothing happens
    assert services.actions.get_action(a_action.id).title == "Flyer maken (A4)"

    apply_import(services.database, path, plan, {conflict.uuid: Choice.THEIRS})
    assert services.actions.get_action(a_action.id).title == "Flyer maken (A5)"
    # Having taken theirs, the same package brings nothing new; keeping mine works too.
    assert plan_import(services.database, path).is_empty


def test_keeping_mine_leaves_the_record_and_the_next_exchange_carries_it_over(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _share(services, second_services, tmp_path / "start.buurtdesk", council_id=ids["council"])
    b_council = second_services.councils.list_councils()[0].id
    item_a = services.meetings.get_meeting(ids["second"]).items[2]
    item_b = next(
        i
        for i in second_services.meetings.get_meeting(
            second_services.meetings.list_meetings(b_council)[-1].id
        ).items
        if i.uuid == item_a.uuid
    )
    services.meetings.set_notes(item_a.id, "Hier")
    second_services.meetings.set_notes(item_b.id, "Daar")
    from_b = write_package(
        second_services.database, tmp_path / "b.buurtdesk", council_id=b_council
    ).path
    plan = plan_import(services.database, from_b)
    apply_import(services.database, from_b, plan, {plan.conflicts[0].uuid: "mine"})
    assert services.meetings.get_meeting(ids["second"]).items[2].notes == "Hier"
    # A now sends its version to B: B has not changed since, so B takes it without a conflict.
    from_a = write_package(
        services.database, tmp_path / "a.buurtdesk", council_id=ids["council"]
    ).path
    plan_b = plan_import(second_services.database, from_a)
    assert not plan_b.conflicts and [c.table for c in plan_b.changes] == ["agenda_items"]
    apply_import(second_services.database, from_a, plan_b)
    assert content(services.database, "agenda_items") == content(
        second_services.database, "agenda_items"
    )


def test_a_change_made_after_the_preview_asks_for_a_new_preview(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    path = write_package(
        services.database, tmp_path / "p.buurtdesk", council_id=ids["council"]
    ).path
    plan = plan_import(second_services.database, path)
    other = write_package(
        services.database, tmp_path / "q.buurtdesk", council_id=ids["council"]
    ).path
    apply_import(second_services.database, other, plan_import(second_services.database, other))
    with pytest.raises(PreviewOutdated):
        apply_import(second_services.database, path, plan)


def test_decisions_numbered_on_both_laptops_keep_both_with_a_new_number(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _share(services, second_services, tmp_path / "start.buurtdesk", council_id=ids["council"])
    b_council = second_services.councils.list_councils()[0].id
    services.decisions.record_decision(ids["council"], "Besluit op laptop A")
    second_services.decisions.record_decision(b_council, "Besluit op laptop B")
    path = write_package(
        second_services.database, tmp_path / "b.buurtdesk", council_id=b_council
    ).path
    plan = plan_import(services.database, path)
    assert any("2026-003" in english for english in plan.notes_in("en"))
    apply_import(services.database, path, plan)
    numbers = {d.text: str(d.number) for d in services.decisions.list_decisions(ids["council"])}
    assert (
        numbers["Besluit op laptop A"] == "2026-002"
        and numbers["Besluit op laptop B"] == "2026-003"
    )


def test_a_record_removed_here_comes_back_and_the_preview_says_so(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    _share(services, second_services, tmp_path / "start.buurtdesk", council_id=ids["council"])
    b_council = second_services.councils.list_councils()[0].id
    b_meeting = second_services.meetings.list_meetings(b_council)[-1]
    item = second_services.meetings.get_meeting(b_meeting.id).items[-2]
    second_services.meetings.remove_item(item.id)
    path = write_package(
        services.database, tmp_path / "a.buurtdesk", council_id=ids["council"]
    ).path
    plan = plan_import(second_services.database, path)
    assert plan.added == 1 and any(
        "Rondvraag" in dutch and "verwijderd" in dutch for dutch in plan.notes_in("nl")
    )


def test_an_export_from_a_file_opened_read_only_is_complete(
    services: Services, tmp_path: Path
) -> None:
    """While the app has the file open, the command line exports from a read-only copy."""
    from buurtdesk.store.opening import open_sqlite_read_only

    ids = populate_council(services)
    reader = open_sqlite_read_only(Path(str(services.database.path)))
    try:
        result = write_package(reader, tmp_path / "ro.buurtdesk", council_id=ids["council"])
    finally:
        reader.dispose()
    assert result.records == sum(len(rows) for rows in dump(services.database).values())


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    notes=st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
        max_size=400,
    ),
    title=st.text(
        alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=120
    ).filter(str.strip),
)
def test_any_text_a_user_types_arrives_unchanged(
    notes: str,
    title: str,
    services: Services,
    migrated_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    council = services.councils.list_councils()
    council_id = (
        council[0].id
        if council
        else services.councils.create_council("Dorpsraad", CouncilKind.DORPSRAAD).id
    )
    meeting = services.meetings.plan_meeting(council_id, date(2026, 5, 1))
    item = services.meetings.add_item(meeting.id, title, notes=notes)
    folder = tmp_path_factory.mktemp("text")
    package = write_package(services.database, folder / "p.buurtdesk", meeting_id=meeting.id).path
    shutil.copyfile(migrated_template, folder / "b.db")
    target = open_sqlite(folder / "b.db")
    try:
        apply_import(target, package, plan_import(target, package))
        arrived = Services.build(target).meetings.get_meeting(1).items
    finally:
        target.dispose()
    assert [(i.title, i.notes) for i in arrived if i.uuid == item.uuid] == [(item.title, notes)]
