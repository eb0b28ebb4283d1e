"""The annual report (jaarverslag) of a council, for its members and the municipality.

In order: the title with the year in brief; the chair's foreword; the council and its members
(who joined, who left, who was there how often); the meetings with an attendance chart; the
decisions, numbered, with amounts; the action points (new, done, dropped, carried into next
year); the toekomstagenda; the buurtbudget with a bar per source; a closing page for the
signatures of the chair and the secretary. Every figure comes from the services
(`AnnualReportService.report`, `BudgetService.year_balance`), the budget's the same as on the
budget screen. Same page frame, fonts and PDF/A-2b output as the minutes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentSetup,
    build_document,
    data_table,
    document_styles,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.budget.statement_words import STATEMENT_WORDS
from buurtdesk.documents.jaarverslag.chart import attendance_chart
from buurtdesk.documents.jaarverslag.sections import (
    action_section,
    budget_section,
    closing_page,
    cycle_section,
)
from buurtdesk.documents.jaarverslag.words import ANNUAL_WORDS
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import YearBalance
from buurtdesk.services.municipality.annual_views import AnnualReport

Story = list[Flowable]


@dataclass(frozen=True)
class AnnualDocument:
    """What the annual report is made of: the year, its budget and the day it was drawn up."""

    report: AnnualReport
    balance: YearBalance
    today: date


def annual_document(services: Services, council_id: int, year: int) -> AnnualDocument:
    """Everything the PDF (and the Word copy) of the annual report prints."""
    return AnnualDocument(
        services.annual.report(council_id, year),
        services.budget.year_balance(council_id, year),
        services.annual.today(),
    )


def render_jaarverslag(services: Services, council_id: int, year: int, out_path: Path) -> Path:
    """Write the annual report of `year` for the council to out_path (PDF/A-2b)."""
    return build_jaarverslag(annual_document(services, council_id, year), out_path)


def annual_words(language: str) -> Words:
    """The report's own words, with the budget statement's for its budget part."""
    return words_for(language, extra={**STATEMENT_WORDS, **ANNUAL_WORDS})


def build_jaarverslag(document: AnnualDocument, out_path: Path) -> Path:
    """The annual report as a pure function of its views. Safe off the UI thread."""
    report = document.report
    words = annual_words(report.council.language)
    setup = DocumentSetup.for_council(
        report.council,
        words,
        title=words.fmt("jv_title", year=report.year),
        subject=words.fmt("jv_subject", council=report.council.name, year=report.year),
        status=words.fmt("jv_made_with", date=long_date(document.today, words.language)),
        keywords=(words.fmt("jv_title", year=report.year),),
    )
    return build_document(out_path, setup, annual_story(document, words))


def annual_story(document: AnnualDocument, words: Words) -> Story:
    report, balance = document.report, document.balance
    styles = document_styles()
    council = report.council
    audience = (
        words.fmt("jv_for", municipality=council.municipality)
        if council.municipality
        else words["jv_for_plain"]
    )
    story: Story = [
        text(words.fmt("jv_title", year=report.year), styles.title),
        text(f"{council.name}, {audience}", styles.subtitle),
        text(words.fmt("jv_intro", council=council.name, year=report.year), styles.body),
        *_in_brief(report, balance, words),
        *heading(words["jv_foreword"], styles),
    ]
    story += paragraphs(report.foreword, styles.body) or [
        text(words["jv_no_foreword"], styles.small)
    ]
    story += _members(report, words)
    story += _meetings(report, words)
    story += _decisions(report, words)
    story += action_section(report, words)
    story += cycle_section(report, words)
    story += budget_section(balance, words)
    story += closing_page(report, words)
    return story


def _in_brief(report: AnnualReport, balance: YearBalance, words: Words) -> Story:
    styles = document_styles()
    money = balance.figures
    rows: list[list[Flowable | str]] = [
        [words["jv_in_brief"], ""],
        [words["jv_brief_meetings"], str(len(report.meetings))],
        [words["jv_brief_decisions"], str(len(report.decisions))],
        [words["jv_brief_actions"], str(len(report.done))],
        [words["jv_brief_available"], money.available.format(words.language)],
        [words["jv_brief_spent"], money.spent.format(words.language)],
    ]
    return [
        data_table(rows, col_widths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4], align_right=(1,)),
        text("", styles.small),
    ]


def _role(words: Words, report_roles: tuple[object, ...]) -> str:
    names = (getattr(r, "value", r) for r in report_roles)
    return ", ".join(words.labels.get(f"role_{n}", str(n).replace("_", " ")) for n in names)


def _members(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    story: Story = [
        *heading(words["jv_council"], styles),
        text(
            words.fmt("jv_members_count", year=report.year, count=len(report.members)),
            styles.body,
        ),
    ]
    if report.members:
        rows: list[list[Flowable | str]] = [
            [words["jv_name"], words["jv_role"], words["jv_present_at"]]
        ]
        rows += [
            [
                m.name,
                _role(words, m.roles),
                words.fmt("jv_present_of", count=m.meetings_present, total=m.meetings_possible),
            ]
            for m in report.members
        ]
        story.append(
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * x for x in (0.46, 0.34, 0.20)],
                align_right=(2,),
            )
        )

    def day(value: date) -> str:
        return short_date(value, words.language)

    story.append(text(words.fmt("jv_joined", year=report.year), styles.subheading))
    story += [
        text(
            words.fmt(
                "jv_joined_line", name=m.name, role=_role(words, m.roles), date=day(m.joined_on)
            ),
            styles.body,
        )
        for m in report.joined
        if m.joined_on is not None
    ] or [text(words["jv_nobody_joined"], styles.small)]
    story.append(text(words.fmt("jv_left", year=report.year), styles.subheading))
    story += [
        text(
            words.fmt("jv_left_line", name=m.name, role=_role(words, m.roles), date=day(m.left_on)),
            styles.body,
        )
        for m in report.left
        if m.left_on is not None
    ] or [text(words["jv_nobody_left"], styles.small)]
    return story


def _meetings(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    story: Story = heading(words["jv_meetings"], styles)
    if not report.meetings:
        return [*story, text(words.fmt("jv_no_meetings", year=report.year), styles.body)]
    average = sum(m.present for m in report.meetings) / len(report.meetings)
    shown = words.decimal(average, 1)
    story += [
        text(
            words.fmt("jv_meetings_count", count=len(report.meetings), average=shown),
            styles.body,
        ),
        attendance_chart(report.meetings, words, CONTENT_WIDTH),
        text(words["jv_chart_caption"], styles.small),
    ]
    rows: list[list[Flowable | str]] = [
        [
            words["jv_meeting"],
            words["jv_present"],
            words["jv_apologies"],
            words["jv_absent"],
            words["jv_guests"],
        ]
    ]
    for m in report.meetings:
        name = long_date(m.day, words.language)
        if m.kind.value != "regular":
            name += f" ({words.meeting_kind(m.kind)})"
        rows.append([name, str(m.present), str(m.apologies), str(m.absent), str(m.guests)])
    story.append(
        data_table(
            rows,
            col_widths=[CONTENT_WIDTH * x for x in (0.44, 0.14, 0.14, 0.14, 0.14)],
            align_right=(1, 2, 3, 4),
        )
    )
    return story


def _decisions(report: AnnualReport, words: Words) -> Story:
    styles = document_styles()
    story: Story = heading(words["jv_decisions"], styles)
    if not report.decisions:
        return [*story, text(words.fmt("jv_no_decisions", year=report.year), styles.body)]
    with_money = [d for d in report.decisions if d.amount is not None and not d.withdrawn]
    total = Money(sum(d.amount.cents for d in with_money if d.amount is not None))
    story.append(
        text(
            words.fmt(
                "jv_decisions_count",
                year=report.year,
                count=len(report.decisions),
                money=len(with_money),
                amount=total.format(words.language),
            ),
            styles.body,
        )
    )
    rows: list[list[Flowable | str]] = [
        [words["jv_number"], words["jv_date"], words["jv_decision"], words["jv_amount"]]
    ]
    for d in report.decisions:
        what = d.text + (f" {words['jv_withdrawn']}" if d.withdrawn else "")
        amount = d.amount.format(words.language) if d.amount is not None else ""
        rows.append([str(d.number), short_date(d.decided_on, words.language), what, amount])
    story.append(
        data_table(
            rows,
            col_widths=[CONTENT_WIDTH * x for x in (0.13, 0.13, 0.56, 0.18)],
            align_right=(3,),
        )
    )
    return story
