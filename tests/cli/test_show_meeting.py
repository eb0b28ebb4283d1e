"""`buurtdesk show meeting` and `buurtdesk list people`: the meeting as recorded, for people
(Dutch text) and for scripts (--json); one sentence and exit code 2 on a mistake."""

from __future__ import annotations

import json
from datetime import date, time

import pytest

from buurtdesk.cli import main
from buurtdesk.domain.enums import ActionStatus, AgendaItemKind, AttendanceStatus, CouncilKind
from buurtdesk.domain.enums import MembershipRole as Role
from buurtdesk.services import Services


@pytest.fixture
def recorded(services: Services):
    council = services.councils.create_council(
        "Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG, default_place="Buurthuis"
    )
    ids = {}
    for name, role in (
        ("Anna Maas", Role.CHAIR),
        ("Wim Hermans", Role.VICE_CHAIR),
        ("Jeroen Theunissen", Role.SECRETARY),
    ):
        person = services.councils.add_person(name, email="x@example.nl")
        services.councils.add_member(council.id, person.id, role, since=date(2025, 1, 1))
        ids[name] = person.id
    meetings = services.meetings
    earlier = meetings.plan_meeting(council.id, date(2026, 2, 10))
    carried = services.actions.add_action(council.id, "Bankjes", meeting_id=earlier.id)
    meetings.closing.close(earlier.id, date(2026, 3, 10))
    meeting = meetings.list_meetings(council.id)[-1]
    meetings.closing.open(meeting.id, at=time(19, 31))
    meetings.set_attendance(meeting.id, ids["Anna Maas"], AttendanceStatus.APOLOGIES)
    meetings.set_attendance(meeting.id, ids["Wim Hermans"], AttendanceStatus.PRESENT)
    meetings.set_attendance(meeting.id, ids["Jeroen Theunissen"], AttendanceStatus.PRESENT)
    guest = meetings.attendance.add_guest(meeting.id, "Ramon Peeters", "Politie", "wijkagent")
    item = meetings.add_item(meeting.id, "Buurtpand", is_private=True, notes="Geheim bod.")
    sub = meetings.add_item(meeting.id, "Verkeer", notes="Te hard.", position=item.position + 1)
    meetings.set_item_level(sub.id, 1)
    decision = services.decisions.record_decision(
        council.id, "Bod uitbrengen.", meeting_id=meeting.id, item_id=item.id
    )
    services.decisions.set_confidential(decision.id, True)
    services.decisions.record_decision(
        council.id, "Snelheid meten.", meeting_id=meeting.id, item_id=sub.id
    )
    services.actions.add_action(
        council.id,
        "Meten",
        owner_person_id=guest.person_id,
        meeting_id=meeting.id,
        item_id=sub.id,
    )
    services.actions.review(carried.id, meeting.id, ActionStatus.IN_PROGRESS, "Offerte binnen")
    meetings.closing.close(meeting.id, None, closed_at=time(21, 40))
    assert services.database.path is not None
    return str(services.database.path), meeting.id


def show(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["show", "meeting", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_show_meeting_as_json_says_what_happened(capsys, recorded) -> None:
    path, meeting_id = recorded
    code, out, _err = show(capsys, "--db", path, "--meeting", str(meeting_id), "--json")
    assert code == 0
    shown = json.loads(out)
    assert (shown["opened_at"], shown["closed_at"], shown["place"]) == (
        "19:31",
        "21:40",
        "Buurthuis",
    )
    assert shown["chair"]["name"] == "Wim Hermans" and shown["next_meeting"] is None
    assert [(a["name"], a["state"], a["roles"]) for a in shown["attendance"]] == [
        ("Anna Maas", "apologies", ["chair"]),
        ("Wim Hermans", "present", ["vice_chair"]),
        ("Jeroen Theunissen", "present", ["secretary"]),
        ("Ramon Peeters", "guest", []),
    ]
    assert (shown["attendance"][3]["organisation"], shown["attendance"][3]["function"]) == (
        "Politie",
        "wijkagent",
    )
    items = {i["title"]: i for i in shown["items"]}
    pand, verkeer = items["Buurtpand"], items["Verkeer"]
    assert pand["confidential"] and pand["notes"] is None, "vertrouwelijk stays out"
    assert pand["decisions"][0]["text"] is None and pand["decisions"][0]["confidential"]
    assert verkeer["number"].endswith("a") and verkeer["notes"] == "Te hard."
    assert verkeer["actions"] == [
        {"id": verkeer["actions"][0]["id"], "title": "Meten", "owner": "Ramon Peeters", "due": None}
    ]
    review = items["Actielijst"]["review"]
    assert [(r["title"], r["outcome"], r["progress"]) for r in review] == [
        ("Bankjes", "in_progress", "Offerte binnen")
    ]
    assert not any(item["kind"] == AgendaItemKind.BREAK.value for item in shown["items"]), (
        "no break in this meeting"
    )
    assert "x@example.nl" not in out, "no contact details"
    code, out, _err = show(capsys, "--db", path, "--meeting", str(meeting_id), "--json", "--all")
    everything = {i["title"]: i for i in json.loads(out)["items"]}
    assert everything["Buurtpand"]["notes"] == "Geheim bod."
    assert everything["Buurtpand"]["decisions"][0]["text"] == "Bod uitbrengen."


def test_show_meeting_as_text_in_dutch(capsys, recorded) -> None:
    path, meeting_id = recorded
    code, out, _err = show(capsys, "--db", path, "--meeting", str(meeting_id))
    assert code == 0
    assert "Voorzitter: Wim Hermans" in out
    assert "Anna Maas: afgemeld (voorzitter)" in out
    assert "Ramon Peeters: gast (wijkagent, Politie)" in out
    assert "2 van 3 aanwezig" in out
    assert "Geheim bod." not in out and "Te hard." in out
    assert "Bankjes: loopt nog — Offerte binnen" in out
    assert "Volgende vergadering: nog niet afgesproken" in out


def test_a_meeting_that_does_not_exist_is_one_sentence_and_exit_2(capsys, recorded) -> None:
    path, _meeting_id = recorded
    code, out, err = show(capsys, "--db", path, "--meeting", "999")
    assert code == 2 and out == ""
    assert err.strip().count("\n") == 0 and err.strip().endswith(".")
    assert "Vergadering" in err or "vergadering" in err


def test_list_people_with_their_roles(capsys, recorded) -> None:
    path, _meeting_id = recorded
    capsys.readouterr()
    assert main(["list", "people", "--db", path, "--json"]) == 0
    people = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert people["Wim Hermans"]["roles"] == ["vice_chair"]
    assert people["Anna Maas"]["roles"] == ["chair"]
    assert main(["list", "people", "--db", path]) == 0
    text = capsys.readouterr().out
    assert "Vicevoorzitter" in text or "vicevoorzitter" in text


def test_list_people_names_when_each_role_began_and_ended(capsys, recorded) -> None:
    path, _meeting_id = recorded
    capsys.readouterr()
    assert main(["list", "people", "--db", path, "--json"]) == 0
    people = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    periods = people["Anna Maas"]["role_periods"]
    assert [p["role"] for p in periods] == ["chair"]
    assert all(set(p) == {"role", "since", "until"} for p in periods)
    assert periods[0]["since"] is not None  # a role is held from a date
    assert main(["list", "mensen", "--db", path]) == 0
    text = capsys.readouterr().out
    anna = next(line for line in text.splitlines() if "Anna Maas" in line)
    assert "Voorzitter (vanaf " in anna
