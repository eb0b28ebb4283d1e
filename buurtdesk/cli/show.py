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
)
from buurtdesk.cli.parser import Names
from buurtdesk.domain.dates import long_date
from buurtdesk.domain.enums import ActionStatus, AttendanceStatus, MembershipRole
from buurtdesk.domain.meeting_rules import current_role, role_rank
from buurtdesk.messages import N_, NC_, _

if TYPE_CHECKING:  # the command line's parser is built at every start of the app: no views then
    from buurtdesk.services.views import (
        ActionPointView,
        ActionProgressView,
        AttendanceView,
        DecisionView,
        MeetingDetail,
    )

# The words of the text output (English source; Dutch in the message catalogue).
STATES = {
    AttendanceStatus.PRESENT: N_("present"),
    AttendanceStatus.APOLOGIES: N_("apologies"),
    AttendanceStatus.ABSENT: N_("absent without notice"),
    AttendanceStatus.GUEST: N_("guest"),
    AttendanceStatus.UNKNOWN: N_("not known yet"),
}
ROLES = {
    MembershipRole.CHAIR: N_("chair"),
    MembershipRole.VICE_CHAIR: N_("vice-chair"),
    MembershipRole.SECRETARY: N_("secretary"),
    MembershipRole.TREASURER: N_("treasurer"),
    MembershipRole.MINUTE_TAKER: N_("minute-taker"),
    MembershipRole.MEMBER: N_("member"),
    MembershipRole.ADVISER: N_("adviser"),
}
OUTCOMES = {
    ActionStatus.DONE: N_("completed"),
    ActionStatus.DROPPED: N_("dropped"),
    ActionStatus.OPEN: N_("still open"),
    ActionStatus.IN_PROGRESS: N_("still open"),
}


SHOW_KINDS = Names(NC_("command-line value", "meeting"))


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
    when = hours or _("not recorded")
    if planned:
        when = _("{hours} (planned {planned})").format(hours=when, planned=planned)
    lines.append(_("Opened and closed: {hours}").format(hours=when))
    if m.place:
        lines.append(_("Place: {place}").format(place=m.place))
    if m.closed_session:
        lines.append(_("Closed to the public"))
    nobody = _("not recorded")
    chair = detail.chair.name if detail.chair else nobody
    lines.append(_("Chair: {name}").format(name=chair))
    taker = detail.minute_taker.name if detail.minute_taker else nobody
    lines.append(_("Minutes: {name}").format(name=taker))
    lines.append(
        _("{present} of {members} present").format(
            present=detail.present_count, members=detail.member_count
        )
    )
    lines.append("")
    lines.append(_("Attendance"))
    for a in detail.attendance:
        extra = ", ".join(
            [_(ROLES[current_role(r)]) for r in sorted(a.roles, key=role_rank)]
            + [x for x in (a.function, a.organisation) if x]
        )
        lines.append(f"  {a.name}: {_(STATES[a.status])}" + (f" ({extra})" if extra else ""))
    lines.append("")
    for item in record["items"]:
        head = f"{item['number']}. " if item["number"] else ""
        title = item["title"]
        if item["confidential"]:
            title = _("{title} (confidential)").format(title=title)
        lines.append(head + title)
        if item["notes"]:
            lines += [f"    {line}" for line in item["notes"].splitlines()]
        for d in item["decisions"]:
            text = d["text"] if d["text"] is not None else _("confidential")
            lines.append(
                "    " + _("Decision {number}: {text}").format(number=d["number"], text=text)
            )
        for a in item["actions"]:
            action = a["title"] + (f" ({a['owner']})" if a["owner"] else "")
            lines.append("    " + _("Action: {action}").format(action=action))
        for r in item.get("review", []):
            outcome = _(OUTCOMES[ActionStatus(r["outcome"])])
            lines.append(
                f"    {r['title']}: {outcome}" + (f" — {r['progress']}" if r["progress"] else "")
            )
    lines.append("")
    nxt = detail.next_meeting
    if nxt is None:
        upcoming = _("not agreed yet")
    else:
        upcoming = long_date(nxt.date, lang) + (f", {nxt.place}" if nxt.place else "")
    lines.append(_("Next meeting: {when}").format(when=upcoming))
    return lines
