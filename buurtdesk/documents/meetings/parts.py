"""Pieces the minutes, the agenda and the action list share: when and where, action tables."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    MUTED,
    DocumentStyles,
    data_table,
    document_styles,
)
from buurtdesk.documents.fonts import markup
from buurtdesk.documents.tables import Styled
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.services.views import ActionPointView, MeetingSummary

OVERDUE_MARK = "!"  # in the body font: a typical document needs no fallback font


def meeting_date(meeting: MeetingSummary, words: Words) -> str:
    """'dinsdag 14 oktober 2025'."""
    return long_date(meeting.date, words.language)


def item_start_times(start: time | None, planned_minutes: Sequence[int]) -> list[time | None]:
    """When each item starts: the meeting's start plus the planned minutes of the items before."""
    if start is None:
        return [None] * len(planned_minutes)
    moment = datetime.combine(date(2000, 1, 1), start)
    result: list[time | None] = []
    for minutes in planned_minutes:
        result.append(moment.time())
        moment += timedelta(minutes=minutes)
    return result


def end_time(start: time | None, planned_minutes: Sequence[int]) -> time | None:
    if start is None:
        return None
    moment = datetime.combine(date(2000, 1, 1), start) + timedelta(minutes=sum(planned_minutes))
    return moment.time()


def owner(action: ActionPointView, words: Words) -> str:
    return action.owner_name or words["no_owner"]


def due(action: ActionPointView, words: Words) -> str:
    """The due date, or nothing when there is none (never a placeholder)."""
    return short_date(action.due_date, words.language) if action.due_date else ""


def action_table(
    actions: Sequence[ActionPointView],
    words: Words,
    today: date,
    *,
    progress: Mapping[int, str] | None = None,
    show_owner: bool = True,
    show_origin: bool = True,
    show_status: bool = True,
) -> Flowable:
    """Actions with who, due date and status; overdue ones marked and shaded.

    `progress` maps an action's id to a note to print under its title (the progress a
    meeting recorded); otherwise the action's last recorded progress is printed.
    """
    styles = document_styles()
    header = [
        words["action"],
        *([words["who"]] if show_owner else []),
        words["due"],
        *([words["status"]] if show_status else []),
    ]
    widths = [0.50, 0.20, 0.14] if show_owner else [0.68, 0.15]
    if show_status:
        widths.append(0.16)
    else:
        widths[0] += 0.16
    rows: list[list[Flowable | str | Styled]] = [list(header)]
    shaded: list[int] = []
    notes: list[int] = []
    for action in actions:
        late = action.is_overdue(today)
        if late:
            shaded.append(len(rows))
        row: list[Flowable | str | Styled] = [_action_cell(action, words, styles, show_origin)]
        if show_owner:
            row.append(owner(action, words))
        if late:
            row.append(
                Styled(f"{due(action, words)}\n{OVERDUE_MARK} {words['overdue']}", styles.alert)
            )
        else:
            row.append(due(action, words))
        if show_status:
            row.append(words.action_status(action.status))
        rows.append(row)
        note = progress.get(action.id, "") if progress is not None else action.last_progress
        if note.strip():
            notes.append(len(rows))
            rows.append([f"{words['progress']}: {note.strip()}"])
    return data_table(
        rows,
        col_widths=[CONTENT_WIDTH * w for w in widths],
        shaded_rows=shaded,
        wide_rows=notes,
        wide_style=_note_style(),
    )


@cache
def _note_style() -> ParagraphStyle:
    """Progress notes under an action: muted, in the regular face (one font fewer to embed)."""
    return ParagraphStyle("ActionNote", parent=document_styles().cell, textColor=MUTED)


def _action_cell(
    action: ActionPointView, words: Words, styles: DocumentStyles, show_origin: bool
) -> Flowable | str:
    from reportlab.platypus import Paragraph

    parts = [markup(action.title)]
    details: list[str] = []
    if show_origin and action.origin_meeting_date:
        details.append(
            words.fmt("from_meeting", date=short_date(action.origin_meeting_date, words.language))
        )
    if action.times_carried and action.status.is_open:
        details.append(words.fmt("carried", times=action.times_carried))
    if action.project_name:
        details.append(action.project_name)
    if not details:
        return action.title  # a plain cell: drawn as text lines, much faster than a paragraph
    parts.append(f'<font size="8.5" color="#555555">{markup(" · ".join(details))}</font>')
    return Paragraph("<br/>".join(parts), styles.cell)
