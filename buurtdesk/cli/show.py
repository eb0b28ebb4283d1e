"""`buurtdesk show meeting`: a meeting as recorded; `buurtdesk list people`: people and roles."""

from __future__ import annotations

import argparse
from datetime import date, time
from typing import TYPE_CHECKING, Any

from buurtdesk.cli.common import (
    add_database_options,
    language,
    open_services,
    positive_id,
    print_json,
    say,
)
from buurtdesk.cli.parser import Names
from buurtdesk.domain.dates import long_date
from buurtdesk.domain.enums import ActionStatus, AttendanceStatus, MembershipRole
from buurtdesk.domain.meeting_rules import current_role, role_rank
from buurtdesk.messages import _

if TYPE_CHECKING:  # the command line's parser is built at every start of the app: no views then
    from buurtdesk.services.views import (
        ActionPointView,
        ActionProgressView,
        AttendanceView,
        DecisionView,
        MeetingDetail,
    )

STATES = {
    AttendanceStatus.PRESENT: ("aanwezig", "present"),
    AttendanceStatus.APOLOGIES: ("afgemeld", "apologies"),
    AttendanceStatus.ABSENT: ("afwezig zonder kennisgeving", "absent without notice"),
    AttendanceStatus.GUEST: ("gast", "guest"),
    AttendanceStatus.UNKNOWN: ("nog niet bekend", "not known yet"),
}
ROLES = {
    MembershipRole.CHAIR: ("voorzitter", "chair"),
    MembershipRole.VICE_CHAIR: ("vicevoorzitter", "vice-chair"),
    MembershipRole.SECRETARY: ("secretaris", "secretary"),
    MembershipRole.TREASURER: ("penningmeester", "treasurer"),
    MembershipRole.MINUTE_TAKER: ("notulist", "minute-taker"),
    MembershipRole.MEMBER: ("lid", "member"),
    MembershipRole.ADVISER: ("adviseur", "adviser"),
}
OUTCOMES = {
    ActionStatus.DONE: ("afgerond", "done"),
    ActionStatus.DROPPED: ("vervallen", "dropped"),
    ActionStatus.OPEN: ("loopt nog", "still open"),
    ActionStatus.IN_PROGRESS: ("loopt nog", "still open"),
}


SHOW_KINDS = Names({"meeting": "vergadering"})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    show = sub.add_parser(
        "show",
        help=_("show a meeting as it was recorded"),
        description=_(
            "Show a meeting as it was recorded: times, place, chair, minute-taker, attendance, "
            "items with their notes, decisions, action points, the review of the action list "
            "and the next meeting."
        ),
    )
    show.add_argument(
        "what",
        type=SHOW_KINDS,
        choices=SHOW_KINDS,
        metavar=_("KIND"),
        help=_("what to show: {kinds}").format(kinds=SHOW_KINDS.listed()),
    )
    add_database_options(show)
    show.add_argument(
        "--meeting",
        "--vergadering",
        dest="meeting",
        type=positive_id,
        metavar="ID",
        required=True,
        help=_("the meeting (the numbers are in `list meetings`)"),
    )
    show.add_argument(
        "--json",
        action="store_true",
        help=_("print JSON with the stored values instead of text, for scripts"),
    )
    show.add_argument(
        "--all",
        action="store_true",
        help=_("include the notes and decisions marked confidential"),
    )
    show.set_defaults(handler=run_show)


def _pair(pair: tuple[str, str]) -> str:
    return say(*pair)


def _time(value: time | None) -> str | None:
    return value.strftime("%H:%M") if value else None


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _person(view: AttendanceView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    return {"person_id": view.person_id, "name": view.name}


def _attendance(view: AttendanceView) -> dict[str, Any]:
    return {
        "person_id": view.person_id,
        "name": view.name,
        "state": view.status.value,
        "roles": [r.value for r in view.roles],
        "organisation": view.organisation,
        "function": view.function,
    }


def _decision(view: DecisionView, everything: bool) -> dict[str, Any]:
    hidden = view.confidential and not everything
    return {
        "number": str(view.number),
        "text": None if hidden else view.text,
        "confidential": view.confidential,
        "votes_for": view.votes_for,
        "votes_against": view.votes_against,
        "votes_abstain": view.votes_abstain,
        "withdrawn": view.withdrawn,
    }


def _action(view: ActionPointView) -> dict[str, Any]:
    return {
        "id": view.id,
        "title": view.title,
        "owner": view.owner_name or None,
        "due": _day(view.due_date),
    }


def _review(view: ActionPointView, progress: ActionProgressView | None) -> dict[str, Any]:
    status = progress.status_after if progress is not None else view.status
    return {
        **_action(view),
        "outcome": status.value,
        "progress": progress.note if progress is not None else "",
    }


def meeting_record(detail: MeetingDetail, everything: bool = False) -> dict[str, Any]:
    """The meeting as recorded, ready for JSON: exactly what the minutes say."""
    m = detail.meeting
    decisions: dict[int | None, list[DecisionView]] = {}
    for d in detail.decisions:
        decisions.setdefault(d.agenda_item_id, []).append(d)
    actions: dict[int | None, list[ActionPointView]] = {}
    for a in detail.new_actions:
        actions.setdefault(a.origin_item_id, []).append(a)
    review = [_review(a, p) for a, p in detail.reviewed_actions]
    items = []
    for item in detail.items:
        hidden = item.confidential and not everything
        entry: dict[str, Any] = {
            "number": item.number,
            "title": item.title,
            "kind": item.kind.value,
            "level": item.level,
            "planned_minutes": item.planned_minutes,
            "confidential": item.confidential,
            "notes": None if hidden or item.is_break else item.notes,
            "decisions": [_decision(d, everything) for d in decisions.get(item.id, [])],
            "actions": [_action(a) for a in actions.get(item.id, [])],
        }
        if item.id == detail.action_list_item_id:
            entry["review"] = review
        items.append(entry)
    nxt = detail.next_meeting
    return {
        "id": m.id,
        "council": detail.council.name,
        "date": m.date.isoformat(),
        "planned_start": _time(m.start_time),
        "planned_end": _time(m.end_time),
        "opened_at": _time(m.opened_at),
        "closed_at": _time(m.closed_at),
        "place": m.place,
        "status": m.status.value,
        "besloten": m.closed_session,
        "chair": _person(detail.chair),
        "minute_taker": _person(detail.minute_taker),
        "present": detail.present_count,
        "members": detail.member_count,
        "attendance": [_attendance(a) for a in detail.attendance],
        "items": items,
        "decisions": [_decision(d, everything) for d in detail.decisions],
        "actions": [_action(a) for a in detail.new_actions],
        "review": review,
        "next_meeting": None
        if nxt is None
        else {
            "id": nxt.id,
            "date": nxt.date.isoformat(),
            "start": _time(nxt.start_time),
            "end": _time(nxt.end_time),
            "place": nxt.place,
        },
    }


def run_show(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        detail = services.meetings.get_meeting(args.meeting)
        record = meeting_record(detail, args.all)
        if args.json:
            print_json(record)
        else:
            print("\n".join(meeting_text(detail, record)))
    finally:
        services.database.dispose()
    return 0


def meeting_text(detail: MeetingDetail, record: dict[str, Any]) -> list[str]:
    lang = language()
    m = detail.meeting
    lines = [f"{detail.council.name}, {long_date(m.date, lang)}"]
    hours = "–".join(t for t in (record["opened_at"], record["closed_at"]) if t)
    planned = "–".join(t for t in (record["planned_start"], record["planned_end"]) if t)
    lines.append(
        say("Geopend en gesloten: ", "Opened and closed: ")
        + (hours or say("niet vastgelegd", "not recorded"))
        + (say(f" (gepland {planned})", f" (planned {planned})") if planned else "")
    )
    if m.place:
        lines.append(say("Plaats: ", "Place: ") + m.place)
    if m.closed_session:
        lines.append(say("Besloten vergadering", "Closed to the public"))
    nobody = say("niet vastgelegd", "not recorded")
    lines.append(say("Voorzitter: ", "Chair: ") + (detail.chair.name if detail.chair else nobody))
    lines.append(
        say("Notulist: ", "Minutes: ")
        + (detail.minute_taker.name if detail.minute_taker else nobody)
    )
    lines.append(
        say(
            f"{detail.present_count} van {detail.member_count} aanwezig",
            f"{detail.present_count} of {detail.member_count} present",
        )
    )
    lines.append("")
    lines.append(say("Aanwezigheid", "Attendance"))
    for a in detail.attendance:
        extra = ", ".join(
            [_pair(ROLES[current_role(r)]) for r in sorted(a.roles, key=role_rank)]
            + [x for x in (a.function, a.organisation) if x]
        )
        lines.append(f"  {a.name}: {_pair(STATES[a.status])}" + (f" ({extra})" if extra else ""))
    lines.append("")
    for item in record["items"]:
        head = f"{item['number']}. " if item["number"] else ""
        lines.append(
            head
            + item["title"]
            + (say(" (vertrouwelijk)", " (confidential)") if item["confidential"] else "")
        )
        if item["notes"]:
            lines += [f"    {line}" for line in item["notes"].splitlines()]
        for d in item["decisions"]:
            text = d["text"] if d["text"] is not None else say("vertrouwelijk", "confidential")
            lines.append(say("    Besluit ", "    Decision ") + f"{d['number']}: {text}")
        for a in item["actions"]:
            lines.append(
                say("    Actie: ", "    Action: ")
                + a["title"]
                + (f" ({a['owner']})" if a["owner"] else "")
            )
        for r in item.get("review", []):
            outcome = _pair(OUTCOMES[ActionStatus(r["outcome"])])
            lines.append(
                f"    {r['title']}: {outcome}" + (f" — {r['progress']}" if r["progress"] else "")
            )
    lines.append("")
    nxt = detail.next_meeting
    lines.append(
        say("Volgende vergadering: ", "Next meeting: ")
        + (
            long_date(nxt.date, lang) + (f", {nxt.place}" if nxt.place else "")
            if nxt is not None
            else say("nog niet afgesproken", "not agreed yet")
        )
    )
    return lines
