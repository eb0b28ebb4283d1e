"""Every edit of a shared record carries the version it was based on (services.base.
check_version): an edit made on an older copy is refused with both versions, the record is
unchanged, and the same edit on the newest version is stored. On SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.services.base import VersionConflict


def _world(services: Services) -> dict[str, Any]:
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    person = services.councils.add_person("Anna Steylaert", council_id=council.id)
    services.councils.add_member(council.id, person.id)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 4, 1), topics=("Kermis",))
    item = next(i for i in services.meetings.get_meeting(meeting.id).items if i.title == "Kermis")
    decision = services.decisions.record_decision(
        council.id, "Kermis in mei", meeting_id=meeting.id
    )
    action = services.actions.add_action(council.id, "Kraampjes huren")
    return {
        "council": council.id,
        "person": person.id,
        "meeting": meeting.id,
        "item": item.id,
        "decision": decision.id,
        "action": action.id,
    }


def _item(s: Services, w: dict[str, Any]) -> tuple[int, str]:
    found = next(i for i in s.meetings.get_meeting(w["meeting"]).items if i.id == w["item"])
    return found.version, found.title


CASES: dict[
    str, tuple[Callable[..., Any], Callable[[Services, dict[str, Any]], tuple[int, str]], str]
] = {
    "agenda item": (
        lambda s, w, v, new: s.meetings.update_item(w["item"], expected_version=v, title=new),
        _item,
        "title",
    ),
    "meeting": (
        lambda s, w, v, new: s.meetings.update_meeting(w["meeting"], expected_version=v, place=new),
        lambda s, w: (
            s.meetings.get_summary(w["meeting"]).version,
            s.meetings.get_summary(w["meeting"]).place,
        ),
        "place",
    ),
    "council": (
        lambda s, w, v, new: s.councils.update_council(
            w["council"], expected_version=v, municipality=new
        ),
        lambda s, w: (
            s.councils.get_council(w["council"]).version,
            s.councils.get_council(w["council"]).municipality,
        ),
        "municipality",
    ),
    "person": (
        lambda s, w, v, new: s.councils.update_person(w["person"], expected_version=v, phone=new),
        lambda s, w: (
            s.councils.get_person(w["person"]).version,
            s.councils.get_person(w["person"]).phone,
        ),
        "phone",
    ),
    "decision": (
        lambda s, w, v, new: s.decisions.update_decision(
            w["decision"], expected_version=v, text=new
        ),
        lambda s, w: next(
            (d.version, d.text)
            for d in s.decisions.list_decisions(w["council"])
            if d.id == w["decision"]
        ),
        "text",
    ),
    "action point": (
        lambda s, w, v, new: s.actions.update_action(w["action"], expected_version=v, title=new),
        lambda s, w: (
            s.actions.get_action(w["action"]).version,
            s.actions.get_action(w["action"]).title,
        ),
        "title",
    ),
}


@pytest.mark.parametrize("record", sorted(CASES))
def test_an_edit_on_an_older_copy_shows_both_versions_and_changes_nothing(
    any_services: Services, record: str
) -> None:
    services = any_services
    update, read, field = CASES[record]
    world = _world(services)
    seen, _ = read(services, world)
    update(services, world, seen, "Eerste versie")  # the other laptop, from the same copy
    with pytest.raises(VersionConflict) as refused:
        update(services, world, seen, "Tweede versie")
    assert refused.value.mine == {field: "Tweede versie"}
    assert refused.value.theirs == {field: "Eerste versie"}
    assert refused.value.newest_version == seen + 1
    assert read(services, world) == (seen + 1, "Eerste versie")
    update(services, world, refused.value.newest_version, "Tweede versie")  # "keep mine"
    assert read(services, world) == (seen + 2, "Tweede versie")
