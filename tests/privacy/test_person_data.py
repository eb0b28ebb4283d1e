"""AVG: a person's data can be exported whole, and a person can be forgotten everywhere."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    LadderStep,
    MembershipRole,
)
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.services import Services
from buurtdesk.services.privacy import FORGOTTEN

NAME = "Henk Jansen"


def _story(services: Services) -> dict[str, int]:
    """Henk is a member, attends, owns an action, is named in notes, a decision and a progress note."""
    council = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    henk = services.councils.add_person(
        NAME, email="henk@example.nl", phone="06-11112222", address="Kerkstraat 1"
    )
    other = services.councils.add_person("Anna de Vries", email="anna@example.nl")
    membership = services.councils.add_member(
        council.id, henk.id, MembershipRole.MEMBER, ladder_step=LadderStep.INITIATOR
    )
    assert membership.person_id == henk.id
    services.roles.set_ladder_step(
        council.id, henk.id, LadderStep.PARTICIPANT, note="trekt de speeltuin"
    )
    services.councils.add_member(council.id, other.id, MembershipRole.CHAIR)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 3, 12), topics=("Speeltuin",))
    detail = services.meetings.get_meeting(meeting.id)
    topic = next(i for i in detail.items if i.title == "Speeltuin")
    services.meetings.set_notes(
        topic.id, f"{NAME} vertelt over de speeltuin. Anna vraagt of henk jansen hulp wil."
    )
    services.meetings.set_attendance(meeting.id, henk.id, AttendanceStatus.PRESENT)
    decision = services.decisions.record_decision(
        council.id, f"Het plan van {NAME} wordt gesteund.", meeting_id=meeting.id, item_id=topic.id
    )
    action = services.actions.add_action(
        council.id,
        "Offerte speeltoestellen opvragen",
        owner_person_id=henk.id,
        meeting_id=meeting.id,
    )
    other_action = services.actions.add_action(
        council.id,
        f"Bellen met {NAME} over de sleutel",
        owner_person_id=other.id,
        meeting_id=meeting.id,
    )
    services.actions.review(
        action.id, meeting.id, ActionStatus.IN_PROGRESS, f"{NAME} heeft twee offertes"
    )
    return {
        "council": council.id,
        "henk": henk.id,
        "other": other.id,
        "meeting": meeting.id,
        "item": topic.id,
        "decision": decision.id,
        "action": action.id,
        "other_action": other_action.id,
    }


def test_export_holds_contact_memberships_attendance_actions_and_mentions(
    services: Services, tmp_path: Path
) -> None:
    ids = _story(services)
    target = services.privacy.write_person_export(ids["henk"], tmp_path / "henk.json")
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["person"]["email"] == "henk@example.nl"
    assert data["person"]["address"] == "Kerkstraat 1"
    assert [m["council"] for m in data["memberships"]] == ["Wijkoverleg Blerick"]
    assert [s["step"] for s in data["memberships"][0]["ladder_history"]] == [
        "initiator",
        "participant",
    ]
    assert data["attendance"][0]["status"] == "present"
    assert data["action_points"][0]["what"] == "Offerte speeltoestellen opvragen"
    assert data["action_points"][0]["progress"][0]["note"] == f"{NAME} heeft twee offertes"
    where = {m["where"] for m in data["mentions"]}
    assert {
        "agenda_items.notes",
        "decisions.text",
        "action_points.title",
        "action_progress.note",
    } <= where
    assert target.stat().st_mode & 0o777 == 0o600


def test_forget_removes_contact_data_and_the_name_everywhere(services: Services) -> None:
    ids = _story(services)
    report = services.privacy.forget_person(ids["henk"])
    assert report.texts_changed >= 4
    person = services.councils.get_person(ids["henk"])
    assert (person.name, person.email, person.phone, person.address) == (FORGOTTEN, "", "", "")
    detail = services.meetings.get_meeting(ids["meeting"])
    notes = next(i for i in detail.items if i.id == ids["item"]).notes
    assert NAME not in notes and "henk jansen" not in notes.lower()
    assert notes.count(FORGOTTEN) == 2
    decision = services.decisions.list_decisions(ids["council"])[0]
    assert decision.text == f"Het plan van {FORGOTTEN} wordt gesteund."
    assert (
        services.actions.get_action(ids["other_action"]).title
        == f"Bellen met {FORGOTTEN} over de sleutel"
    )
    assert services.actions.history(ids["action"])[0].note == f"{FORGOTTEN} heeft twee offertes"
    # The other person is untouched, and the search index no longer finds the name.
    assert services.councils.get_person(ids["other"]).email == "anna@example.nl"
    assert services.search.search("Jansen") == []
    assert services.search.search("verwijderd")
    # Nothing of the name is left anywhere in the database file's tables.
    path = services.database.path
    assert path is not None
    conn = sqlite3.connect(path)
    try:
        for (table,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table'"
        ).fetchall():
            for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():
                assert "jansen" not in repr(row).lower(), table
    finally:
        conn.close()
    with pytest.raises(InvalidInput):
        services.privacy.forget_person(ids["henk"])


def test_export_of_a_forgotten_person_holds_no_name(services: Services) -> None:
    ids = _story(services)
    services.privacy.forget_person(ids["henk"])
    data = services.privacy.export_person(ids["henk"])
    assert data["person"]["name"] == FORGOTTEN and data["person"]["forgotten"] is True
    assert "Jansen" not in json.dumps(data)
