"""The second half of the annual report: action points, toekomstagenda, budget, signatures."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    data_table,
    document_styles,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.budget.bar import BudgetBar
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.domain.enums import MembershipRole
from buurtdesk.services.budget.views import YearBalance
from buurtdesk.services.municipality.annual_views import ActionLine, AnnualReport

Story = list[Flowable]
Row = list[Flowable | str]


def action_section(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    year, following = report.year, report.year + 1
    counts: list[Row] = [
        [
            words["jv_opened"],
            words["jv_done"],
            words["jv_dropped"],
            words.fmt("jv_carried", next=following),
        ],
        [str(len(x)) for x in (report.opened, report.done, report.dropped, report.carried)],
    ]
    story: Story = [
        *heading(words["jv_actions"], styles),
        text(
            words.fmt(
                "jv_actions_line",
                year=year,
                next=following,
                opened=len(report.opened),
                done=len(report.done),
                dropped=len(report.dropped),
                carried=len(report.carried),
            ),
            styles.body,
        ),
        data_table(counts, col_widths=[CONTENT_WIDTH / 4] * 4, align_right=(0, 1, 2, 3)),
    ]
    story += _action_list(words.fmt("jv_done_list", year=year), report.done, words, closed=True)
    story += _action_list(
        words.fmt("jv_dropped_list", year=year), report.dropped, words, closed=True
    )
    story += _action_list(
        words.fmt("jv_carried_list", year=year, next=following), report.carried, words, closed=False
    )
    return story


def _action_list(title: str, lines: Sequence[ActionLine], words: Words, *, closed: bool) -> Story:
    styles = document_styles()
    story: Story = heading(title, styles, sub=True)
    if not lines:
        return [*story, text(words["jv_none"], styles.small)]
    when = words["jv_when_done"] if closed else words["jv_due"]
    rows: list[Row] = [[words["jv_what"], words["jv_who"], when]]
    for a in lines:
        day = a.closed_on if closed else a.due_date
        rows.append([a.title, a.owner, short_date(day, words.language) if day else ""])
    story.append(data_table(rows, col_widths=[CONTENT_WIDTH * x for x in (0.56, 0.28, 0.16)]))
    return story


def _phase(words: Words, phase: object) -> str:
    return words[f"phase_{getattr(phase, 'value', phase)}"]


def cycle_section(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    year = report.year
    story: Story = heading(words["jv_cycle"], styles)
    if report.cycle_number is None:
        return [*story, text(words["jv_no_cycle"], styles.body)]
    if report.current_phase is not None:
        now = words.fmt(
            "jv_cycle_now",
            year=year,
            number=report.cycle_number,
            phase=_phase(words, report.current_phase),
        )
    else:
        now = words["jv_cycle_closed"]
    story.append(text(now, styles.body))
    quiet = not (
        report.phase_moves
        or report.projects_started
        or report.projects_finished
        or report.evaluations
    )
    if quiet:
        return [*story, text(words.fmt("jv_nothing_cycle", year=year), styles.small)]
    if report.phase_moves:
        story += heading(words["jv_moves"], styles, sub=True)
        for move in report.phase_moves:
            day = long_date(move.day, words.language)
            line = (
                words.fmt(
                    "jv_move_line",
                    date=day,
                    from_phase=_phase(words, move.from_phase),
                    to_phase=_phase(words, move.to_phase),
                )
                if move.from_phase is not None
                else words.fmt("jv_move_start", date=day, to_phase=_phase(words, move.to_phase))
            )
            story.append(text(line + (f". {move.note}" if move.note else ""), styles.body))
    for key, projects in (
        ("jv_started", report.projects_started),
        ("jv_finished", report.projects_finished),
    ):
        if projects:
            story += heading(words[key], styles, sub=True)
            story += [
                text(
                    p.name + (f" ({short_date(p.day, words.language)})" if p.day else ""),
                    styles.body,
                )
                for p in projects
            ]
    if report.evaluations:
        story += heading(words["jv_evaluations"], styles, sub=True)
        for e in report.evaluations:
            story.append(text(e.project or words["jv_round"], styles.body_bold))
            for key, value in (
                ("jv_result", e.result),
                ("jv_success", e.success_factors),
                ("jv_learning", e.learning_points),
            ):
                if value.strip():
                    story.append(text(words[key], styles.small))
                    story += paragraphs(value, styles.body)
    return story


def budget_section(balance: YearBalance, words: Words) -> Story:
    styles = document_styles()
    year = balance.year
    story: Story = heading(words["jv_budget"], styles)
    if balance.budget is None:
        return [*story, text(words.fmt("jv_no_budget", year=year), styles.body)]
    f = balance.figures
    money = balance.money
    story.append(
        text(
            words.fmt(
                "jv_budget_line",
                available=money(f.available),
                allocated=money(f.allocated),
                spent=money(f.spent),
                remaining=money(f.remaining),
                free=money(f.free),
            ),
            styles.body,
        )
    )
    if f.carried_forward:
        story.append(
            text(
                words.fmt("jv_budget_carried", next=year + 1, amount=money(f.carried_forward)),
                styles.body,
            )
        )
    if balance.sources:
        scale = max(
            max(
                b.figures.available.cents,
                b.figures.allocated.cents + b.figures.carried_forward.cents,
                b.figures.spent.cents,
                1,
            )
            for b in balance.sources
        )
        rows: list[Row] = [
            [words["jv_sources"], "", words["bs_available"], words["bs_spent"]],
        ]
        shaded = []
        for b in balance.sources:
            if b.figures.is_overallocated or b.figures.is_overspent:
                shaded.append(len(rows))
            rows.append(
                [
                    b.source.name,
                    BudgetBar(b.figures, scale),
                    money(b.figures.available),
                    money(b.figures.spent),
                ]
            )
        bars: Story = [
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * x for x in (0.32, 0.36, 0.16, 0.16)],
                align_right=(2, 3),
                shaded_rows=shaded,
            ),
            text(words["bs_bar_legend"], styles.small),
        ]
        # the legend says how to read the bars: it stays under them
        story += [KeepTogether(bars)] if len(balance.sources) <= 12 else bars
    if balance.projects:
        rows = [
            [words["bs_project"], words["bs_allocated"], words["bs_spent"], words["bs_remaining"]]
        ]
        for p in balance.projects:
            name = p.project_name if p.project_id is not None else words["bs_no_project_group"]
            rows.append([name, money(p.allocated), money(p.spent), money(p.remaining)])
        story += [
            *heading(words["jv_per_project"], styles, sub=True),
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * x for x in (0.46, 0.18, 0.18, 0.18)],
                align_right=(1, 2, 3),
            ),
        ]
    story.append(text(words.fmt("jv_budget_more", year=year), styles.small))
    return story


def role_holder(report: AnnualReport, role: MembershipRole) -> str:
    """Who holds `role` at the end of the year (the one who signs), if anyone."""
    for member in report.members:
        if role in member.roles and member.left_on is None:
            return member.name
    return ""


def closing_page(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    line = "_" * 30
    rows: list[Row] = [[words["jv_chair"], words["jv_secretary"]]]
    names = [
        role_holder(report, MembershipRole.CHAIR),
        role_holder(report, MembershipRole.SECRETARY),
    ]
    rows.append([f"{words['jv_sign_name']}:\n{name or ''}\n{line}" for name in names])
    for key in ("jv_sign_place", "jv_sign_date"):
        rows.append([f"{words[key]}:\n\n{line}", f"{words[key]}:\n\n{line}"])
    rows.append(
        [f"{words['jv_signature']}:\n\n\n\n{line}", f"{words['jv_signature']}:\n\n\n\n{line}"]
    )
    return [
        PageBreak(),
        *heading(words["jv_closing"], styles),
        text(
            words.fmt("jv_closing_text", year=report.year, council=report.council.name),
            styles.body,
        ),
        Spacer(1, 6 * mm),
        data_table(rows, col_widths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5]),
    ]  # when it was made stands in the page footer
