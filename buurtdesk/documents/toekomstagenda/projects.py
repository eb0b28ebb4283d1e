"""The booklet's plans, execution and evaluation parts (see toekomstagenda.py for the whole)."""

from __future__ import annotations

from datetime import date
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentStyles,
    data_table,
    gap,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.meetings.parts import action_table
from buurtdesk.documents.words import Words
from buurtdesk.domain.cycle import AREA_LABELS, VERDICT_LABELS, label
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.services.cycle.views import EvaluationView, ProjectDetail, RoundView

Story = list[Flowable]


@cache
def keep_with_next(styles: DocumentStyles) -> ParagraphStyle:
    """A bold label that never stays behind at the bottom of a page without what follows."""
    return ParagraphStyle("BookletLabel", parent=styles.body_bold, keepWithNext=1)


def lang(words: Words) -> str:
    return words.language


def day(day: date | None, words: Words) -> str:
    return short_date(day, words.language) if day else ""


# -- 3. plans and projects -----------------------------------------------------------------------------
def plans_part(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    story: Story = heading(words["ta_plans"], styles)
    if not view.projects:
        return [*story, text(words["ta_no_projects"], styles.small)]
    for detail in view.projects:
        story += _project_plan(detail, words, styles)
    return story


def _project_plan(detail: ProjectDetail, words: Words, styles: DocumentStyles) -> Story:
    p = detail.project
    title = f"{p.name} ({words['ta_needs_trekker']})" if p.needs_trekker else p.name
    period = " – ".join(day(d, words) for d in (p.starts_on, p.ends_on) if d)
    facts: list[list[Flowable | str]] = [
        [words["ta_theme"], p.theme_name or words["ta_none"]],
        [words["ta_lead"], p.lead_name or words["ta_nobody"]],
        [
            words["ta_partners"],
            "; ".join(
                f"{x.name} ({x.contribution})" if x.contribution else x.name
                for x in detail.partners
            )
            or words["ta_none"],
        ],
        [words["ta_status"], words[f"project_{p.status.value}"]],
        [
            words["ta_budget_ask"],
            p.budget_ask.format(words.language) if p.budget_ask else words["ta_none"],
        ],
    ]
    if period:
        facts.insert(4, [words["ta_period"], period])
    story: Story = [
        *heading(title, styles, sub=True),
        data_table(facts, col_widths=[CONTENT_WIDTH * 0.25, CONTENT_WIDTH * 0.75], header=False),
        gap(2),
    ]
    if p.goal:
        story += [text(words["ta_goal"], keep_with_next(styles)), *paragraphs(p.goal, styles.body)]
    story += [text(words["ta_plan"], keep_with_next(styles))]
    story += paragraphs(p.plan, styles.body) or [text(words["ta_no_plan"], styles.small)]
    story.append(text(words["ta_checks"], keep_with_next(styles)))
    if detail.checks:
        rows: list[list[Flowable | str]] = [
            [words["ta_area"], words["ta_verdict"], words["ta_note"], words["ta_checked_by"]]
        ]
        for c in detail.checks:
            by = ", ".join(x for x in (c.checked_by, day(c.checked_on, words)) if x)
            # The check's history: what it said before, so money before the checks shows.
            earlier = [
                words.fmt(
                    "ta_check_before",
                    verdict=label(VERDICT_LABELS, h.verdict_before, lang(words))
                    if h.verdict_before
                    else "–",
                    note=f" ({h.note_before})" if h.note_before else "",
                    date=day(h.changed_on, words),
                    by=f", {h.changed_by}" if h.changed_by else "",
                )
                for h in c.history
            ]
            rows.append(
                [
                    label(AREA_LABELS, c.area, lang(words)),
                    label(VERDICT_LABELS, c.verdict, lang(words)),
                    "\n".join([c.note, *earlier]).strip(),
                    by,
                ]
            )
        story += [
            data_table(rows, col_widths=[CONTENT_WIDTH * w for w in (0.16, 0.18, 0.42, 0.24)]),
            gap(1.5),
        ]
    else:
        story.append(text(words["ta_no_checks"], styles.small))
    money = detail.money
    story.append(text(money.reason(words.language), styles.body if money.all_ok else styles.alert))
    return story + _project_money(detail, words, styles)


def _project_money(detail: ProjectDetail, words: Words, styles: DocumentStyles) -> Story:
    """Per project: what it asked, what the council allocated (by which decision), what was spent."""
    funds = detail.funds
    if funds is None:
        return []
    language = words.language
    story: Story = [text(words["ta_money"], keep_with_next(styles))]
    story.append(
        text(
            words.fmt(
                "ta_money_sum",
                ask=funds.ask.format(language),
                allocated=funds.allocated.format(language),
                spent=funds.spent.format(language),
                left=(funds.allocated - funds.spent).format(language),
            ),
            styles.body,
        )
    )
    if not funds.allocations:
        return [*story, text(words["ta_no_money"], styles.small)]
    rows: list[list[Flowable | str]] = [
        [
            words["ta_decision"],
            words["ta_date"],
            words["ta_source"],
            words["ta_allocated"],
            words["ta_spent"],
        ]
    ]
    for a in funds.allocations:
        source = f"{a.source_name}\n{a.checks_note}" if a.checks_note else a.source_name
        rows.append(
            [
                str(a.decision_number),
                day(a.allocated_on, words),
                source,
                a.amount.format(language),
                a.spent.format(language),
            ]
        )
    widths = [CONTENT_WIDTH * w for w in (0.14, 0.16, 0.40, 0.15, 0.15)]
    return [*story, data_table(rows, col_widths=widths), gap(1.5)]


# -- 4. execution ----------------------------------------------------------------------------------------
def execution_part(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    story: Story = heading(words["ta_execution"], styles)
    active = [
        d
        for d in view.projects
        if d.milestones
        or d.notes
        or d.actions
        or d.project.status.value in ("running", "finished", "stopped")
    ]
    if not active:
        story.append(text(words["ta_no_execution"], styles.small))
    for detail in active:
        p = detail.project
        story += [
            *heading(p.name, styles, sub=True),
            text(f"{words['ta_status']}: {words[f'project_{p.status.value}']}", styles.body),
        ]
        if detail.milestones:
            rows: list[list[Flowable | str]] = [
                [words["ta_milestone"], words["ta_planned_on"], words["ta_done_on"]]
            ]
            rows += [
                [m.title, day(m.due_on, words), day(m.done_on, words) or words["ta_not_done"]]
                for m in detail.milestones
            ]
            story += [
                data_table(rows, col_widths=[CONTENT_WIDTH * w for w in (0.6, 0.2, 0.2)]),
                gap(2),
            ]
        if detail.actions:
            story += [
                text(words["ta_project_actions"], keep_with_next(styles)),
                action_table(detail.actions, words, today),
                gap(2),
            ]
        if detail.notes:
            story.append(text(words["ta_notes"], keep_with_next(styles)))
            story += [
                text(f"{day(n.written_on, words)}: {n.note}", styles.body) for n in detail.notes
            ]
    if view.meetings:
        story += heading(words["ta_meetings"], styles, sub=True)
        story += [
            text(
                f"{long_date(m.date, words.language)} — {m.title or words.meeting_kind(m.kind)}",
                styles.body,
            )
            for m in view.meetings
        ]
    return story


# -- 5. evaluation ------------------------------------------------------------------------------------
def evaluation_part(view: RoundView, words: Words, styles: DocumentStyles, today: date) -> Story:
    story: Story = [
        *heading(words["ta_evaluation"], styles),
        text(words["ta_round_evaluation"], styles.subheading),
    ]
    if view.round_evaluation is None:
        story.append(text(words["ta_no_evaluation"], styles.small))
    else:
        story += _evaluation_parts(view.round_evaluation, words, styles)
    for detail in view.projects:
        for evaluation in detail.evaluations:
            if evaluation.cycle_id == view.cycle.id:
                story += heading(
                    words.fmt("ta_project_evaluation", project=detail.project.name),
                    styles,
                    sub=True,
                )
                story += _evaluation_parts(evaluation, words, styles)
    return story


def _evaluation_parts(evaluation: EvaluationView, words: Words, styles: DocumentStyles) -> Story:
    story: Story = []
    for key, value in (
        ("ta_result", evaluation.result),
        ("ta_success", evaluation.success_factors),
        ("ta_learning", evaluation.learning_points),
        ("ta_continues", evaluation.continues),
    ):
        if value.strip():
            story += [text(words[key], keep_with_next(styles)), *paragraphs(value, styles.body)]
    return story
