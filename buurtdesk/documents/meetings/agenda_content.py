"""The invitation with the agenda of a meeting, as blocks for the PDF and the Word copy.

Each item gets its start time: the meeting's start plus the planned minutes of the items before
it. Sub-items carry their number (4a), a break is a row of its own without a number.
Confidential items show their title with "(vertrouwelijk)". Item notes are not printed: the
agenda goes out before the meeting; the notes belong in the minutes. The open action list
is attached. A value that is not known (time, place) is left out.
"""

from __future__ import annotations

from datetime import date

from buurtdesk.documents.blocks import Facts, Heading, Para, Row, Spacing, Story, Table, Title, Tone
from buurtdesk.documents.meetings.minutes_lines import action_list_table
from buurtdesk.documents.meetings.parts import end_time, item_start_times, meeting_date
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import format_time
from buurtdesk.services.views import MeetingDetail


def agenda_content(detail: MeetingDetail, words: Words, today: date) -> Story:
    meeting = detail.meeting
    when = meeting_date(meeting, words)
    kind = words.meeting_kind(meeting.kind)
    story = Story(
        title=f"{words['agenda']} {detail.council.name}, {when}",
        running_title=f"{words['agenda']}, {when}",
        subject=words.fmt("invitation_text", kind=kind, council=detail.council.name),
        status=words["closed_session"] if meeting.closed_session else "",
        keywords=(words["agenda"],),
    )
    subtitle = words.fmt(
        "kind_of_council", kind=kind[:1].upper() + kind[1:], council=detail.council.name
    ) + (f" — {meeting.title}" if meeting.title else "")
    story.add(
        Title(words["invitation"], subtitle),
        Para(words.fmt("invitation_text", kind=kind, council=detail.council.name)),
        Spacing(1),
    )
    facts = [(words["date"], when)]
    if meeting.start_time and meeting.end_time:
        facts.append(
            (
                words["time"],
                words.fmt(
                    "time_range",
                    start=format_time(meeting.start_time),
                    end=format_time(meeting.end_time),
                ),
            )
        )
    elif meeting.start_time:
        facts.append((words["time"], words.fmt("time_from", start=format_time(meeting.start_time))))
    if meeting.place.strip():
        facts.append((words["place"], meeting.place))
    story.add(Facts(tuple(facts)))
    if meeting.closed_session:
        story.add(Para(words["closed_session_note"], Tone.BOLD))
    story.add(Heading(words["agenda"]))
    planned = [item.planned_minutes for item in detail.items]
    starts = item_start_times(meeting.start_time, planned)
    rows: list[Row] = []
    counter = 0
    for item, start in zip(detail.items, starts, strict=True):
        if item.is_break:
            title, number = words["break"], ""
        else:
            counter += 1
            title = item.title + (f" ({words['confidential']})" if item.confidential else "")
            number = f"{item.number or counter}."
            if item.level:
                title = "\u2003" + title  # a sub-item stands in a little
        rows.append(
            Row(
                (
                    number,
                    format_time(start),
                    title,
                    f"{item.planned_minutes} {words['minutes_short']}",
                )
            )
        )
    story.add(
        Table(
            (words["item_no"], words["time"], words["item"], words["planned"]),
            tuple(rows),
            (0.08, 0.11, 0.66, 0.15),
            align_right=(3,),
        )
    )
    finish = end_time(meeting.start_time, planned)
    if finish is not None:
        story.add(Para(words.fmt("expected_end", time=format_time(finish)), Tone.SMALL))
    open_actions = [action for action, _ in detail.reviewed_actions if action.status.is_open]
    story.add(Heading(words["open_actions_attached"]))
    if open_actions:
        story.add(action_list_table([(a, False) for a in open_actions], words, today))
    else:
        story.add(Para(words["open_actions_none"]))
    return story
