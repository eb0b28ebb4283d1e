"""What `buurtdesk list` shows of each kind: the stored values (--json) and a table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from buurtdesk.cli.common import language
from buurtdesk.cli.words import word, words
from buurtdesk.domain.dates import short_date
from buurtdesk.domain.enums import (
    ActionStatus,
    CouncilKind,
    LadderStep,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
)
from buurtdesk.messages import _
from buurtdesk.services import Services


def _jsonable(view: Any) -> dict[str, Any]:
    data = asdict(view)
    for key, value in list(data.items()):
        if hasattr(value, "value"):
            data[key] = value.value
    return data


Listing = tuple[list[dict[str, Any]], list[list[str]], list[str]]


def _list_councils(services: Services, ids: list[int], names: dict[int, str]) -> Listing:
    rows = [_jsonable(c) for c in services.councils.list_councils() if c.id in ids]
    table = [
        [str(c["id"]), c["name"], word(CouncilKind, c["kind"]), c["municipality"]] for c in rows
    ]
    return rows, table, ["id", _("name"), _("kind"), _("municipality")]


def _list_meetings(services: Services, ids: list[int], names: dict[int, str]) -> Listing:
    lang = language()
    rows = [
        {**_jsonable(m), "council": names[cid]}
        for cid in ids
        for m in services.meetings.list_meetings(cid)
    ]
    table = [
        [
            str(r["id"]),
            r["council"],
            short_date(r["date"], lang),
            word(MeetingKind, r["kind"]),
            word(MeetingStatus, r["status"]),
            word(MinutesState, r["minutes_state"]),
        ]
        for r in rows
    ]
    return rows, table, ["id", _("council"), _("date"), _("kind"), _("status"), _("minutes")]


def _list_actions(services: Services, ids: list[int], names: dict[int, str]) -> Listing:
    lang = language()
    rows = [
        {**_jsonable(a), "council": names[cid]}
        for cid in ids
        for a in services.actions.list_actions(cid)
    ]
    table = [
        [
            str(r["id"]),
            r["council"],
            r["title"][:60],
            r["owner_name"],
            short_date(r["due_date"], lang) if r["due_date"] else "",
            word(ActionStatus, r["status"]),
        ]
        for r in rows
    ]
    return rows, table, ["id", _("council"), _("what"), _("who"), _("due"), _("status")]


def _list_decisions(services: Services, ids: list[int], names: dict[int, str]) -> Listing:
    lang = language()
    rows = []
    for cid in ids:
        for d in services.decisions.list_decisions(cid):
            row = _jsonable(d)
            row["number"] = str(d.number)
            row["amount"] = d.amount.cents if d.amount is not None else None
            rows.append({**row, "council": names[cid]})
    table = [
        [r["number"], r["council"], short_date(r["decided_on"], lang), r["text"][:70]] for r in rows
    ]
    return rows, table, [_("number"), _("council"), _("date"), _("decision")]


def _role_period(period: dict[str, Any]) -> str:
    """'Voorzitter (vanaf 05-01-2026)', 'Lid (01-01-2024 – 31-12-2025)'."""
    from datetime import date

    lang = language()
    since, until = (
        short_date(date.fromisoformat(period[key]), lang) if period[key] else ""
        for key in ("since", "until")
    )
    name = word(MembershipRole, period["role"])
    if since and until:
        return f"{name} ({since} – {until})"
    if since:
        return name + " (" + _("from {date}").format(date=since) + ")"
    if until:
        return name + " (" + _("until {date}").format(date=until) + ")"
    return name


def _list_people(services: Services, ids: list[int], names: dict[int, str]) -> Listing:
    """The people of each council, without contact details: those stay in the app's Mensen."""
    rows: list[dict[str, Any]] = []
    for cid in ids:
        held: dict[int, list[dict[str, Any]]] = {}
        for membership in services.councils.memberships(cid):
            held.setdefault(membership.person_id, []).append(
                {
                    "role": str(membership.role),
                    "since": membership.since.isoformat() if membership.since else None,
                    "until": membership.until.isoformat() if membership.until else None,
                }
            )
        for person in services.councils.people_of_council(cid):
            rows.append(
                {
                    "id": person.id,
                    "uuid": person.uuid,
                    "name": person.name,
                    "organisation": person.organisation_name,
                    "roles": [str(role) for role in person.roles],
                    "role_periods": held.get(person.id, []),
                    "ladder_step": str(person.ladder_step) if person.ladder_step else None,
                    "council": names[cid],
                }
            )
    table = [
        [
            str(r["id"]),
            r["council"],
            r["name"],
            r["organisation"],
            ", ".join(_role_period(period) for period in r["role_periods"])
            or words(MembershipRole, r["roles"]),
            word(LadderStep, r["ladder_step"]),
        ]
        for r in rows
    ]
    return (
        rows,
        table,
        ["id", _("council"), _("name"), _("organisation"), _("role"), _("ladder step")],
    )


LISTINGS: dict[str, Callable[[Services, list[int], dict[int, str]], Listing]] = {
    "councils": _list_councils,
    "meetings": _list_meetings,
    "actions": _list_actions,
    "decisions": _list_decisions,
    "people": _list_people,
}
