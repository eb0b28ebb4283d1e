"""The toekomstagenda booklet: "Toekomstagenda <council> <year>", one round from vision to evaluation.

In the order of the cycle: the round and its phase decisions; 1. vision (the vision text, what
the previous round's evaluation handed on, themes with wishes, dot votes and the priorities with
their tie notes and commitments); 2. roles (the council's own role, the roles matrix, the
initiative ladder with history); 3. plans and projects (trekker, partners, goal, plan, the
framework check per area, the budget ask and whether money may follow); 4. execution
(milestones, action points, progress notes, the round's meetings); 5. evaluation.
Same page frame, fonts and PDF/A output as the minutes (documents/base.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentSetup,
    DocumentStyles,
    build_document,
    data_table,
    document_styles,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.toekomstagenda.projects import (
    day,
    evaluation_part,
    execution_part,
    keep_with_next,
    lang,
    plans_part,
)
from buurtdesk.documents.toekomstagenda.words import BOOKLET_WORDS
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.cycle import (
    LADDER_LABELS,
    PARTY_LABELS,
    PHASE_LABELS,
    label,
)
from buurtdesk.domain.dates import long_date
from buurtdesk.domain.errors import NotFound
from buurtdesk.services import Services
from buurtdesk.services.cycle.views import CycleSummary, RoundView

Story = list[Flowable]


def render_toekomstagenda(
    services: Services,
    council_id: int,
    out_path: Path,
    *,
    year: int | None = None,
    cycle_id: int | None = None,
    round_number: int | None = None,
) -> Path:
    """Write the booklet of a round: the given one, round number N, the round of `year`
    (the one that ran longest in that year), or the current one."""
    if cycle_id is None and round_number is not None:
        numbered = [r for r in services.cycle.list_rounds(council_id) if r.number == round_number]
        if not numbered:
            raise NotFound.said(
                "This council has no round {number} of the toekomstagenda.", number=round_number
            )
        cycle_id = numbered[0].id
    elif cycle_id is None and year is not None:
        rounds = [
            r
            for r in services.cycle.list_rounds(council_id)
            if r.started_on.year <= year and (r.closed_on is None or r.closed_on.year >= year)
        ]
        if not rounds:
            raise NotFound.said(
                "This council had no round of the toekomstagenda in {year}.", year=year
            )
        today = services.cycle.today()
        cycle_id = max(rounds, key=lambda r: (_days_in(r, year, today), -r.number)).id
    view = services.cycle.round_overview(council_id, cycle_id)
    return build_toekomstagenda(view, out_path, today=services.cycle.today(), year=year)


def _days_in(round_: CycleSummary, year: int, today: date) -> int:
    """How many days of `year` the round ran (an open round runs until today)."""
    first = max(round_.started_on, date(year, 1, 1))
    last = min(round_.closed_on or max(today, round_.started_on), date(year, 12, 31))
    return (last - first).days


def build_toekomstagenda(
    view: RoundView, out_path: Path, *, today: date, year: int | None = None
) -> Path:
    """The booklet as a pure function of the round's view. Safe to call off the UI thread."""
    words = words_for(view.council.language, extra=BOOKLET_WORDS)
    shown_year = year or (view.cycle.closed_on.year if view.cycle.closed_on else today.year)
    setup = DocumentSetup.for_council(
        view.council,
        words,
        title=words.fmt("ta_title", council=view.council.name, year=shown_year),
        subject=words.fmt("ta_subject", number=view.cycle.number),
        status=words.fmt("state_on", date=long_date(today, words.language)),
        keywords=(words["ta_running"],),
        running_title=words["ta_running"],
    )
    styles = document_styles()
    story: Story = [text(setup.title, styles.title)]
    for part in (_the_round, _vision, _roles, plans_part, execution_part, evaluation_part):
        story += part(view, words, styles, today)
    return build_document(out_path, setup, story)


# -- the round -------------------------------------------------------------------------------------
def _the_round(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    cycle = view.cycle
    facts = [
        words.fmt("ta_round", number=cycle.number),
        words.fmt("ta_started_on", date=day(cycle.started_on, words)),
    ]
    if cycle.horizon_year:
        facts.append(words.fmt("ta_horizon", year=cycle.horizon_year))
    if cycle.closed_on:
        facts.append(words.fmt("ta_closed_on", date=day(cycle.closed_on, words)))
    else:
        facts.append(
            words.fmt(
                "ta_phase_now", phase=label(PHASE_LABELS, cycle.current_phase, lang(words)).lower()
            )
        )
    story: Story = [text(" · ".join(facts), styles.subtitle)]
    rows: list[list[Flowable | str]] = [[words["ta_phase"], words["ta_started"], words["ta_ended"]]]
    for phase in view.phases:
        name = label(PHASE_LABELS, phase.kind, lang(words))
        rows.append(
            [
                f"{name} ({words['ta_current']})" if phase.is_current else name,
                day(phase.started_on, words),
                day(phase.ended_on, words),
            ]
        )
    current = [i + 1 for i, p in enumerate(view.phases) if p.is_current]
    story += [
        data_table(
            rows, col_widths=[CONTENT_WIDTH * w for w in (0.5, 0.25, 0.25)], shaded_rows=current
        )
    ]
    for phase in view.phases:
        if phase.summary:
            story += [
                text(label(PHASE_LABELS, phase.kind, lang(words)), keep_with_next(styles)),
                *paragraphs(phase.summary, styles.body),
            ]
    if len(view.transitions) > 1:
        story += heading(words["ta_moves"], styles, sub=True)
        moves: list[list[Flowable | str]] = [
            [words["date"], words["ta_move"], words["decision"], words["ta_note"]]
        ]
        for t in view.transitions:
            target = label(PHASE_LABELS, t.to_phase, lang(words))
            move = (
                f"{label(PHASE_LABELS, t.from_phase, lang(words))} → {target}"
                if t.from_phase
                else f"{words['ta_start']}: {target}"
            )
            decided = (
                str(t.decision_number)
                if t.decision_number
                else (words["ta_no_decision"] if t.is_back else "")
            )
            moves.append([day(t.moved_on, words), move, decided, t.note])
        story.append(
            data_table(moves, col_widths=[CONTENT_WIDTH * w for w in (0.15, 0.37, 0.18, 0.30)])
        )
    return story


# -- 1. vision -------------------------------------------------------------------------------------
def _vision(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    vision = view.vision
    story: Story = [
        *heading(words["ta_vision"], styles),
        text(words["ta_vision_text"], styles.subheading),
    ]
    story += paragraphs(view.cycle.vision, styles.body) or [
        text(words["ta_no_vision_text"], styles.small)
    ]
    if vision.previous_cycle is not None and vision.previous_evaluations:
        story += heading(
            words.fmt("ta_previous", number=vision.previous_cycle.number), styles, sub=True
        )
        for evaluation in vision.previous_evaluations:
            if evaluation.learning_points:
                who = evaluation.project_name or words["ta_round_evaluation"]
                story += [text(f"{who} — {words['ta_learning'].lower()}", keep_with_next(styles))]
                story += paragraphs(evaluation.learning_points, styles.body)
    story += heading(words["ta_themes"], styles, sub=True)
    for theme in vision.themes:
        story.append(text(theme.name, keep_with_next(styles)))
        if theme.description:
            story.append(text(theme.description, styles.small))
        if not theme.wishes:
            story.append(text(words["ta_no_wishes"], styles.small))
        for wish in theme.wishes:
            details = [d for d in (wish.raised_by,) if d]
            if wish.carried_from_cycle_id is not None and not details:
                number = next(
                    (r.number for r in view.rounds if r.id == wish.carried_from_cycle_id), None
                )
                if number is not None:
                    details.append(words.fmt("ta_from_round", number=number))
            suffix = f" ({', '.join(details)})" if details else ""
            story.append(text(f"• {wish.text}{suffix}", styles.body))
    if vision.vote_sessions:
        story += heading(words["ta_votes"], styles, sub=True)
        for session in vision.vote_sessions:
            story.append(
                text(
                    words.fmt(
                        "ta_vote_line",
                        title=session.title,
                        date=day(session.held_on, words),
                        participants=session.participants,
                        dots=session.dots_per_participant,
                        total=session.total_dots,
                    ),
                    styles.body,
                )
            )
    story += heading(words["ta_priorities"], styles, sub=True)
    if not vision.priorities:
        return [*story, text(words["ta_no_priorities"], styles.small)]
    dots_header = text(
        words["ta_dots"],
        ParagraphStyle("CellBoldRight", parent=styles.cell_bold, alignment=TA_RIGHT),
    )
    rows: list[list[Flowable | str]] = [
        [words["ta_rank"], words["ta_wish"], words["ta_theme"], dots_header]
    ]
    rows += [[str(p.rank), p.wish_text, p.theme_name, str(p.dots)] for p in vision.priorities]
    story.append(
        data_table(
            rows, col_widths=[CONTENT_WIDTH * w for w in (0.08, 0.57, 0.22, 0.13)], align_right=(3,)
        )
    )
    for note in dict.fromkeys(p.tie_note for p in vision.priorities if p.tie_note):
        story.append(text(note, styles.small))
    for priority in vision.priorities:
        if priority.commitments:
            story += heading(
                words.fmt("ta_commitments", rank=priority.rank, wish=priority.wish_text),
                styles,
                sub=True,
            )
            commitments: list[list[Flowable | str]] = [[words["ta_party"], words["ta_commitment"]]]
            commitments += [
                [label(PARTY_LABELS, c.party, lang(words)), c.commitment]
                for c in priority.commitments
            ]
            story.append(
                data_table(commitments, col_widths=[CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75])
            )
    return story


# -- 2. roles ----------------------------------------------------------------------------------------
def _roles(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    story: Story = [
        *heading(words["ta_roles"], styles),
        text(words["ta_own_role"], styles.subheading),
    ]
    story += paragraphs(view.council.role_view, styles.body) or [
        text(words["ta_no_own_role"], styles.small)
    ]
    story += heading(words["ta_matrix"], styles, sub=True)
    matrix = view.roles
    if not matrix.rows:
        story.append(text(words["ta_no_roles"], styles.small))
    elif len(matrix.columns) <= 4:
        share = 0.72 / len(matrix.columns)
        rows: list[list[Flowable | str]] = [[words["ta_who"], *(c.title for c in matrix.columns)]]
        rows += [[r.name, *r.cells] for r in matrix.rows]
        story.append(
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * 0.28, *[CONTENT_WIDTH * share] * len(matrix.columns)],
            )
        )
    else:  # too many columns for a page: one line per participant
        for row in matrix.rows:
            cells = [
                f"{cell} ({column.title})"
                for cell, column in zip(row.cells, matrix.columns, strict=True)
                if cell
            ]
            story.append(text(f"{row.name}: {'; '.join(cells)}", styles.body))
    story += heading(words["ta_ladder"], styles, sub=True)
    if not view.ladder:
        return [*story, text(words["ta_no_ladder"], styles.small)]
    ladder: list[list[Flowable | str]] = [[words["ta_who"], words["ta_step"], words["ta_history"]]]
    for member in view.ladder:
        step = label(LADDER_LABELS, member.step, lang(words)) if member.step else ""
        history = " → ".join(
            f"{label(LADDER_LABELS, h.step, lang(words))} ({day(h.changed_on, words)})"
            for h in member.history
        )
        ladder.append([member.person_name, step, history])
    story.append(data_table(ladder, col_widths=[CONTENT_WIDTH * w for w in (0.28, 0.22, 0.50)]))
    return story
