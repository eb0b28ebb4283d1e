"""The minutes as a Dutch secretary writes them, as blocks for the PDF and the Word copy.

The head: the council's own title (Notulen, Verslag or Besluitenlijst), the kind of meeting and
the council, date, the hours the meeting really took (else the planned ones), the place,
"Voorzitter: … · Notulist: …", and the attendance in role order with roles; guests with their
function and organisation; the apologies on one line; the absent only when there were any.

The body: every agenda item in order with its number (4a), its notes, then its decisions
("Besluit 2026-014: … (voor 7, tegen 1, 2 onthoudingen)") and its new action points ("Actie: … —
Jan, uiterlijk 30 mei 2018"). The item where the action list was reviewed carries the review;
the item where the previous minutes were adopted says how. Each decision and action appears once.

The end: the action list as it stands after this meeting (new ones marked "nieuw"), the next
meeting when one was agreed, a besluitenlijst appendix when the council wants one, and, once
these minutes are adopted, how ("ongewijzigd" or "gewijzigd", with the amendments).

A value that is not known is left out, never printed as a placeholder. A besluitenlijst leaves
out the notes. Confidential (vertrouwelijk) items keep their heading and lose their notes; a
confidential decision keeps its number and loses its text. A decision withdrawn later is printed
as it was taken: adopted minutes do not change.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time

from buurtdesk.documents.blocks import (
    Decision,
    Facts,
    Heading,
    Notes,
    Para,
    Row,
    Spacing,
    Story,
    Table,
    Title,
    Tone,
)
from buurtdesk.documents.meetings.minutes_lines import (
    action_list_table,
    action_tail,
    decision_details,
    decision_text,
)
from buurtdesk.documents.meetings.parts import meeting_date
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import format_time, long_date
from buurtdesk.domain.enums import (
    ActionStatus,
    AgendaItemKind,
    AttendanceStatus,
    MembershipRole,
    MinutesState,
    MinutesTitle,
)
from buurtdesk.services.views import (
    ActionPointView,
    AgendaItemView,
    AttendanceView,
    DecisionView,
    MeetingDetail,
    MeetingSummary,
)


@dataclass(frozen=True)
class Adoption:
    """How earlier minutes were adopted in this meeting (printed under the item that did it)."""

    meeting_date: date
    amendments: str


def minutes_title(detail: MeetingDetail, words: Words) -> str:
    return words.minutes_title(detail.council.minutes_title)


def adopted_amended(detail: MeetingDetail) -> bool:
    return bool(detail.minutes_amendments.strip())


def minutes_status(meeting: MeetingSummary, words: Words, *, amended: bool = False) -> str:
    """'Concept' until adopted, then 'Vastgesteld op …' or 'Gewijzigd vastgesteld op …'."""
    if meeting.minutes_state == MinutesState.ADOPTED and meeting.minutes_adopted_on is not None:
        day = long_date(meeting.minutes_adopted_on, words.language)
        return words.fmt("status_adopted_amended" if amended else "status_adopted", date=day)
    status = words["status_draft"]
    if meeting.closed_session:
        status += " · " + words["closed_session"]
    return status


def minutes_content(
    detail: MeetingDetail, words: Words, today: date, *, adoption: Adoption | None = None
) -> Story:
    """The minutes of a meeting as blocks; a pure function of the meeting's view."""
    meeting = detail.meeting
    title = minutes_title(detail, words)
    when = meeting_date(meeting, words)
    story = Story(
        title=f"{title} {detail.council.name}, {when}",
        running_title=f"{title}, {when}",
        subject=words.fmt(
            "minutes_of", title=title, kind=words.meeting_kind(meeting.kind), date=when
        ),
        status=minutes_status(meeting, words, amended=adopted_amended(detail)),
        keywords=(title,),
    )
    _head(story, detail, words, title)
    _body(story, detail, words, today, adoption)
    _end(story, detail, words, today)
    return story


# -- the head ------------------------------------------------------------------------------------
def _head(story: Story, detail: MeetingDetail, words: Words, title: str) -> None:
    meeting = detail.meeting
    kind = words.meeting_kind(meeting.kind)
    subtitle = words.fmt(
        "kind_of_council", kind=kind[:1].upper() + kind[1:], council=detail.council.name
    ) + (f" — {meeting.title}" if meeting.title else "")
    story.add(Title(title, subtitle))
    facts = [(words["date"], meeting_date(meeting, words))]
    hours = _hours(meeting, words)
    if hours:
        facts.append((words["time"], hours))
    if meeting.place.strip():
        facts.append((words["place"], meeting.place))
    story.add(Facts(tuple(facts)))
    roles = []
    if detail.chair is not None:
        roles.append(f"{words['chair']}: {detail.chair.name}")
    if detail.minute_taker is not None:
        roles.append(f"{words['minute_taker']}: {detail.minute_taker.name}")
    if roles or meeting.closed_session:
        story.add(Spacing(1))
    if roles:
        story.add(Para(" · ".join(roles), Tone.BOLD))
    if meeting.closed_session:
        story.add(Para(words["closed_session_note"], Tone.BOLD))
    _attendance(story, detail, words)


def _hours(meeting: MeetingSummary, words: Words) -> str:
    start: time | None = meeting.start_time
    end: time | None = meeting.end_time
    if meeting.opened_at is not None:  # the hours the meeting really took
        start, end = meeting.opened_at, meeting.closed_at
    if start and end:
        return words.fmt("time_range", start=format_time(start), end=format_time(end))
    if start:
        return words.fmt("time_from", start=format_time(start))
    return ""


def _person(person: AttendanceView, words: Words) -> str:
    extra = [
        words.role(role)
        for role in person.roles
        if role not in (MembershipRole.MEMBER, MembershipRole.PROFESSIONAL)
    ]
    if person.is_guest and person.function:
        extra.append(person.function)
    if person.organisation:
        extra.append(person.organisation)
    return f"{person.name} ({', '.join(extra)})" if extra else person.name


def _attendance(story: Story, detail: MeetingDetail, words: Words) -> None:
    people = detail.attendance  # in print order: roles first, then members, then guests
    present = [p for p in people if p.status == AttendanceStatus.PRESENT]
    rows: list[tuple[str, str]] = []
    if present:
        label = words["attendance_present"]
        if detail.member_count:
            label = words.fmt(
                "present_of", present=detail.present_count, members=detail.member_count
            )
        rows.append((label, ", ".join(_person(p, words) for p in present)))
    for status in (AttendanceStatus.GUEST, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT):
        group = [p for p in people if p.status == status]
        if group:
            rows.append((words.attendance(status), ", ".join(_person(p, words) for p in group)))
    if rows:
        story.add(Heading(words["attendance"]), Facts(tuple(rows)))


# -- the body ------------------------------------------------------------------------------------
def _body(
    story: Story,
    detail: MeetingDetail,
    words: Words,
    today: date,
    adoption: Adoption | None,
) -> None:
    decisions: dict[int | None, list[DecisionView]] = {}
    for decision in detail.decisions:
        decisions.setdefault(decision.agenda_item_id, []).append(decision)
    actions: dict[int | None, list[ActionPointView]] = {}
    for action in detail.new_actions:
        actions.setdefault(action.origin_item_id, []).append(action)
    review_item = detail.action_list_item_id or next(
        (i.id for i in detail.items if i.kind == AgendaItemKind.ACTION_LIST), None
    )
    adoption_item = next(
        (i.id for i in detail.items if i.kind == AgendaItemKind.PREVIOUS_MINUTES), None
    )
    notes_too = detail.council.minutes_title != MinutesTitle.BESLUITENLIJST
    item_ids = {item.id for item in detail.items}
    for number, item in enumerate(detail.items, start=1):
        if item.is_break:
            story.add(Para(words["break"], Tone.SMALL))
            continue
        _item(story, item, item.number or str(number), words, notes_too)
        if item.id == adoption_item and adoption is not None:
            _adoption_here(story, detail, adoption, words)
        if item.id == review_item:
            _review(story, detail, words, today)
        _decisions_and_actions(story, decisions.get(item.id, []), actions.get(item.id, []), words)
    loose_decisions = [d for key, ds in decisions.items() if key not in item_ids for d in ds]
    loose_actions = [a for key, acts in actions.items() if key not in item_ids for a in acts]
    if review_item is None and detail.reviewed_actions:
        story.add(Heading(words["review_heading"]))
        _review(story, detail, words, today)
    if adoption_item is None and adoption is not None:
        story.add(Heading(words["adoption"]))
        _adoption_here(story, detail, adoption, words)
    if loose_decisions or loose_actions:
        story.add(Heading(words["other_business"]))
        _decisions_and_actions(story, loose_decisions, loose_actions, words)


def _item(story: Story, item: AgendaItemView, number: str, words: Words, notes_too: bool) -> None:
    title = f"{number}. {item.title}" if number else item.title
    if item.confidential:
        title += f" ({words['confidential']})"
    story.add(Heading(title, level=3 if item.level else 2))
    if item.confidential:
        story.add(Para(words["confidential_notes"], Tone.SMALL))
    elif notes_too and item.notes.strip():
        story.add(Notes(item.notes))


def _decisions_and_actions(
    story: Story, decisions: list[DecisionView], actions: list[ActionPointView], words: Words
) -> None:
    for decision in decisions:
        story.add(
            Decision(
                f"{words['decision']} {decision.number}",
                decision_text(decision, words),
                () if decision.confidential else decision_details(decision, words),
            )
        )
    for action in actions:
        story.add(
            Para(
                action.title,
                Tone.INDENTED,
                lead=f"{words['action_short']}:",
                muted_tail=action_tail(action, words),
            )
        )


def _adoption_here(story: Story, detail: MeetingDetail, adoption: Adoption, words: Words) -> None:
    title = minutes_title(detail, words).lower()
    day = long_date(adoption.meeting_date, words.language)
    if adoption.amendments.strip():
        story.add(Para(words.fmt("previous_adopted_amended", title=title, date=day)))
        story.add(Notes(adoption.amendments))
    else:
        story.add(Para(words.fmt("previous_adopted_unchanged", title=title, date=day)))


def _outcome(status: ActionStatus, words: Words) -> str:
    if status == ActionStatus.DONE:
        return words["outcome_done"]
    if status == ActionStatus.DROPPED:
        return words["outcome_dropped"]
    return words["outcome_running"]


def _review(story: Story, detail: MeetingDetail, words: Words, today: date) -> None:
    """The open action list as this meeting went through it: the outcome of each."""
    if not detail.reviewed_actions:
        return
    rows: list[Row] = []
    for action, progress in detail.reviewed_actions:
        status = progress.status_after if progress is not None else action.status
        note = progress.note if progress is not None else ""
        rows.append(
            Row(
                (action.title, action.owner_name, _outcome(status, words)),
                note=f"{words['progress']}: {note.strip()}" if note.strip() else "",
            )
        )
    story.add(
        Table(
            (words["action"], words["who"], words["review_outcome"]),
            tuple(rows),
            (0.6, 0.24, 0.16),
        )
    )


# -- the end -------------------------------------------------------------------------------------
def _end(story: Story, detail: MeetingDetail, words: Words, today: date) -> None:
    meeting = detail.meeting
    after: list[tuple[ActionPointView, bool]] = []
    for action, progress in detail.reviewed_actions:
        status = progress.status_after if progress is not None else action.status
        if status.is_open:
            after.append((replace(action, status=status), False))
    # As agreed in this meeting: what later meetings did with them is not part of it.
    after += [(replace(a, status=ActionStatus.OPEN), True) for a in detail.new_actions]
    story.add(Heading(words["action_list_after"]))
    if after:
        story.add(action_list_table(after, words, meeting.date))
    else:
        story.add(Para(words["no_open_actions_after"]))
    if detail.next_meeting is not None:
        nxt = detail.next_meeting
        line = meeting_date(nxt, words)
        hours = _hours(nxt, words)
        if hours:
            line += f", {hours}"
        if nxt.place.strip():
            line += f", {nxt.place}"
        story.add(Heading(words["next_meeting"]), Para(line))
    appendix = (
        detail.council.decisions_appendix
        and detail.council.minutes_title != MinutesTitle.BESLUITENLIJST
        and detail.decisions
    )
    if appendix:
        story.add(Heading(words["appendix_decisions"]))
        story.add(
            Table(
                (words["number"], words["decision"]),
                tuple(
                    Row(
                        (str(d.number), decision_text(d, words)),
                        details="",
                        note="; ".join(decision_details(d, words)) if not d.confidential else "",
                    )
                    for d in detail.decisions
                ),
                (0.16, 0.84),
            )
        )
    if meeting.minutes_state == MinutesState.ADOPTED and detail.adopted_in is not None:
        day = meeting_date(detail.adopted_in, words)
        story.add(Heading(words["adoption"]))
        if adopted_amended(detail):
            story.add(
                Para(words.fmt("adopted_amended", date=day)), Notes(detail.minutes_amendments)
            )
        else:
            story.add(Para(words.fmt("adopted_unchanged", date=day)))
