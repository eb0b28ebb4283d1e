"""The minutes (verslag) of a meeting as an archival PDF.

What goes in, in this order: title block (council, meeting kind, date, time, place), the
attendance (names and organisations only, never contact details), every agenda item in agenda
order with its notes, its decisions (number, text, vote, allocated amount) and the action points
made under it; then the list of decisions, the new action points, the action list as this
meeting left it (finished since the previous meeting / stays open, with the progress noted),
the amendments made when the minutes were adopted, and the next meeting.

Closed (private) agenda items: their title is printed with "(besloten)", their notes are left
out, since a PDF of the minutes travels by e-mail and ends up in a public archive. Decisions
taken under such an item are printed: the decision register is public, the deliberation is not.

The status line on every page says "Concept" until the minutes are adopted, then
"Vastgesteld op <date>".
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    SHADE,
    DocumentSetup,
    DocumentStyles,
    build_document,
    data_table,
    document_styles,
    gap,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.fonts import markup
from buurtdesk.documents.meeting_parts import (
    action_table,
    due,
    meeting_date,
    meeting_facts,
    meeting_hours,
    minutes_status,
    owner,
)
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.enums import AttendanceStatus
from buurtdesk.services import Services
from buurtdesk.services.views import (
    ActionPointView,
    AgendaItemView,
    AttendanceView,
    DecisionView,
    MeetingDetail,
)

ATTENDANCE_ORDER = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.GUEST,
    AttendanceStatus.APOLOGIES,
    AttendanceStatus.ABSENT,
)


def render_minutes(services: Services, meeting_id: int, out_path: Path) -> Path:
    """Write the minutes of a meeting to out_path (PDF/A-2b). Safe to call off the UI thread."""
    detail = services.meetings.get_meeting(meeting_id)
    return build_minutes(detail, out_path)


def build_minutes(detail: MeetingDetail, out_path: Path, *, today: date | None = None) -> Path:
    """The minutes of a meeting's view. Overdue actions are judged on `today`, by default the
    meeting's own date: the minutes record what stood at that meeting, whenever printed."""
    words = words_for(detail.council.language)
    setup = DocumentSetup.for_council(
        detail.council,
        words,
        title=f"{words['minutes']} {detail.council.name}, {meeting_date(detail.meeting, words)}",
        subject=words.fmt(
            "minutes_of",
            kind=words.meeting_kind(detail.meeting.kind),
            date=meeting_date(detail.meeting, words),
        ),
        status=minutes_status(detail.meeting, words),
        keywords=(words["minutes"],),
        running_title=f"{words['minutes']}, {meeting_date(detail.meeting, words)}",
    )
    return build_document(
        out_path, setup, minutes_story(detail, words, today or detail.meeting.date)
    )


def minutes_story(detail: MeetingDetail, words: Words, today: date) -> list[Flowable]:
    """The flowables of the minutes; a pure function of the meeting's view."""
    styles = document_styles()
    meeting = detail.meeting
    kind = words.meeting_kind(meeting.kind)
    story: list[Flowable] = [
        text(words["minutes"], styles.title),
        text(
            f"{kind[:1].upper()}{kind[1:]} — {detail.council.name}"
            + (f" — {meeting.title}" if meeting.title else ""),
            styles.subtitle,
        ),
        meeting_facts(meeting, words),
        gap(2),
        text(minutes_status(meeting, words), styles.body_bold),
    ]
    if detail.previous_meeting is not None:
        story.append(
            text(
                words.fmt("previous_meeting", date=meeting_date(detail.previous_meeting, words)),
                styles.small,
            )
        )
    story += _attendance(detail.attendance, words, styles)
    story += heading(words["proceedings"], styles)
    decisions_by_item: dict[int | None, list[DecisionView]] = {}
    for decision in detail.decisions:
        decisions_by_item.setdefault(decision.agenda_item_id, []).append(decision)
    actions_by_item: dict[int | None, list[ActionPointView]] = {}
    for action in detail.new_actions:
        actions_by_item.setdefault(action.origin_item_id, []).append(action)
    for number, item in enumerate(detail.items, start=1):
        story += _item(
            number,
            item,
            decisions_by_item.get(item.id, []),
            actions_by_item.get(item.id, []),
            words,
            styles,
        )
    story += _decision_list(detail.decisions, words, styles)
    story += heading(words["new_actions"], styles)
    if detail.new_actions:
        # As agreed in this meeting: what later meetings said about them is not part of it.
        story.append(
            action_table(
                detail.new_actions, words, today, progress={}, show_origin=False, show_status=False
            )
        )
    else:
        story.append(text(words["no_new_actions"], styles.body))
    story += _action_list(detail, words, styles, today)
    if detail.minutes_amendments:
        story += heading(words["amendments"], styles)
        if detail.adopted_in is not None:
            story.append(
                text(
                    words.fmt("adopted_in", date=meeting_date(detail.adopted_in, words)),
                    styles.small,
                )
            )
        story += paragraphs(detail.minutes_amendments, styles.body)
    story += heading(words["next_meeting"], styles)
    if detail.next_meeting is not None:
        nxt = detail.next_meeting
        story.append(
            text(
                f"{meeting_date(nxt, words)}, {meeting_hours(nxt, words)}"
                + (f", {nxt.place}" if nxt.place else ""),
                styles.body,
            )
        )
    else:
        story.append(text(words["no_next_meeting"], styles.body))
    return story


def _attendance(
    people: tuple[AttendanceView, ...], words: Words, styles: DocumentStyles
) -> list[Flowable]:
    story: list[Flowable] = [*heading(words["attendance"], styles)]
    rows: list[list[Flowable | str]] = []
    for status in ATTENDANCE_ORDER:
        group = [p for p in people if p.status == status]
        if not group and status in (AttendanceStatus.GUEST, AttendanceStatus.ABSENT):
            continue
        names = ", ".join(
            f"{p.name} ({p.organisation})" if p.organisation else p.name for p in group
        )
        rows.append([text(words.attendance(status), styles.cell_bold), names or words["nobody"]])
    story.append(
        data_table(rows, col_widths=[CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75], header=False)
    )
    return story


def _item(
    number: int,
    item: AgendaItemView,
    decisions: list[DecisionView],
    actions: list[ActionPointView],
    words: Words,
    styles: DocumentStyles,
) -> list[Flowable]:
    title = f"{number}. {item.title}" + (f" ({words['private']})" if item.is_private else "")
    story: list[Flowable] = [*heading(title, styles, sub=True)]
    if item.is_private:
        story.append(text(words["private_notes_left_out"], styles.small))
    elif item.notes.strip():
        story += paragraphs(item.notes, styles.body)
    for decision in decisions:
        story.append(_decision_block(decision, words, styles))
    for action in actions:
        line = (
            f"<b>{markup(words['action_short'])}:</b> {markup(action.title)}"
            f" <font color='#555555'>({markup(owner(action, words))}, {markup(due(action, words))})</font>"
        )
        story.append(Paragraph(line, _indented(styles.body)))
    return story


def _indented(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}Indented", parent=style, leftIndent=5 * mm)


def _decision_style(styles: DocumentStyles) -> ParagraphStyle:
    return ParagraphStyle(
        "Decision",
        parent=styles.body,
        leftIndent=5 * mm,
        backColor=SHADE,
        borderPadding=(2, 3, 3, 3),
        spaceBefore=2 * mm,
        spaceAfter=3 * mm,
    )


def _decision_lines(decision: DecisionView, words: Words) -> list[str]:
    lines: list[str] = []
    if decision.has_vote:
        lines.append(
            words.fmt(
                "votes",
                votes_for=decision.votes_for,
                votes_against=decision.votes_against or 0,
                votes_abstain=decision.votes_abstain or 0,
            )
        )
    if decision.amount is not None:
        lines.append(words.fmt("allocated", amount=decision.amount.format(words.language)))
    return lines


def _decision_block(decision: DecisionView, words: Words, styles: DocumentStyles) -> Flowable:
    label = f"{words['decision']} {decision.number}"
    if decision.withdrawn:
        label += f" ({words['withdrawn']})"
    body = f"<b>{markup(label)}:</b> {markup(decision.text)}"
    extra = _decision_lines(decision, words)
    if extra:
        body += "<br/>" + "<br/>".join(
            f'<font color="#555555">{markup(line)}</font>' for line in extra
        )
    return Paragraph(body, _decision_style(styles))


def _decision_list(
    decisions: tuple[DecisionView, ...], words: Words, styles: DocumentStyles
) -> list[Flowable]:
    story: list[Flowable] = [*heading(words["decisions"], styles)]
    if not decisions:
        story.append(text(words["no_decisions"], styles.body))
        return story
    rows: list[list[Flowable | str]] = [[words["number"], words["decision"]]]
    for decision in decisions:
        number = str(decision.number) + (f"\n({words['withdrawn']})" if decision.withdrawn else "")
        lines = [decision.text, *_decision_lines(decision, words)]
        rows.append([number, "\n".join(lines)])
    story.append(data_table(rows, col_widths=[CONTENT_WIDTH * 0.16, CONTENT_WIDTH * 0.84]))
    return story


def _action_list(
    detail: MeetingDetail, words: Words, styles: DocumentStyles, today: date
) -> list[Flowable]:
    """The action list as this meeting left it: what was finished, what stays open."""
    story: list[Flowable] = [*heading(words["action_list_reviewed"], styles)]
    finished: list[ActionPointView] = []
    still_open: list[ActionPointView] = []
    notes: dict[int, str] = {}
    for action, progress in detail.reviewed_actions:
        status = progress.status_after if progress is not None else action.status
        if progress is not None and progress.note:
            notes[action.id] = progress.note
        # The status this meeting left it in, even if it changed again later.
        (still_open if status.is_open else finished).append(replace(action, status=status))
    story += heading(words["finished_since"], styles, sub=True)
    if finished:
        story.append(action_table(finished, words, today, progress=notes))
    else:
        story.append(text(words["nothing_finished"], styles.body))
    story += heading(words["stays_open"], styles, sub=True)
    if still_open:
        story.append(action_table(still_open, words, today, progress=notes))
    else:
        story.append(text(words["nothing_open"], styles.body))
    return story
