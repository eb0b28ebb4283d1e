"""The invitation with the agenda of a meeting, and the open action list attached.

Each item gets its start time: the meeting's start plus the planned minutes of the items before
it. Closed (private) items show their title with "(besloten)". Item notes are not printed:
the agenda goes out before the meeting; the notes belong in the minutes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentSetup,
    build_document,
    data_table,
    document_styles,
    gap,
    heading,
    text,
)
from buurtdesk.documents.meeting_parts import (
    action_table,
    end_time,
    item_start_times,
    meeting_date,
    meeting_facts,
)
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import format_time
from buurtdesk.services import Services
from buurtdesk.services.views import MeetingDetail


def render_agenda(services: Services, meeting_id: int, out_path: Path) -> Path:
    """Write the invitation and agenda of a meeting to out_path. Safe off the UI thread."""
    detail = services.meetings.get_meeting(meeting_id)
    return build_agenda(detail, out_path, today=services.meetings.today())


def build_agenda(detail: MeetingDetail, out_path: Path, *, today: date) -> Path:
    words = words_for(detail.council.language)
    when = meeting_date(detail.meeting, words)
    setup = DocumentSetup.for_council(
        detail.council,
        words,
        title=f"{words['agenda']} {detail.council.name}, {when}",
        subject=words.fmt(
            "invitation_text",
            kind=words.meeting_kind(detail.meeting.kind),
            council=detail.council.name,
        ),
        keywords=(words["agenda"],),
        running_title=f"{words['agenda']}, {when}",
    )
    return build_document(out_path, setup, agenda_story(detail, words, today))


def agenda_story(detail: MeetingDetail, words: Words, today: date) -> list[Flowable]:
    """The flowables of the invitation; a pure function of the meeting's view."""
    styles = document_styles()
    meeting = detail.meeting
    kind = words.meeting_kind(meeting.kind)
    story: list[Flowable] = [
        text(words["invitation"], styles.title),
        text(
            f"{kind[:1].upper()}{kind[1:]} — {detail.council.name}"
            + (f" — {meeting.title}" if meeting.title else ""),
            styles.subtitle,
        ),
        text(words.fmt("invitation_text", kind=kind, council=detail.council.name), styles.body),
        gap(1),
        meeting_facts(meeting, words),
        *heading(words["agenda"], styles),
    ]
    planned = [item.planned_minutes for item in detail.items]
    starts = item_start_times(meeting.start_time, planned)
    rows: list[list[Flowable | str]] = [
        [words["item_no"], words["time"], words["item"], words["planned"]]
    ]
    for number, (item, start) in enumerate(zip(detail.items, starts, strict=True), start=1):
        title = item.title + (f" ({words['private']})" if item.is_private else "")
        rows.append(
            [
                f"{number}.",
                format_time(start),
                title,
                f"{item.planned_minutes} {words['minutes_short']}",
            ]
        )
    story.append(
        data_table(
            rows,
            col_widths=[CONTENT_WIDTH * w for w in (0.08, 0.11, 0.66, 0.15)],
            align_right=(3,),
        )
    )
    finish = end_time(meeting.start_time, planned)
    if finish is not None:
        story += [gap(1), text(words.fmt("expected_end", time=format_time(finish)), styles.small)]
    open_actions = [action for action, _ in detail.reviewed_actions if action.status.is_open]
    story += heading(words["open_actions_attached"], styles)
    if open_actions:
        story.append(action_table(open_actions, words, today))
    else:
        story.append(text(words["open_actions_none"], styles.body))
    return story
