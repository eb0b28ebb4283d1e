"""The statement of a pooled fund for one year (fondsoverzicht), for its board and contributors.

Per contributor what was paid in; per council what the board assigned (with the date of its
decision), what the council allocated from it and what it spent, with the remainder; the
fund's total and what is not yet assigned. Over-assignment is printed in red. Every share is a
funding source of the council's own budget, so these figures are the councils' figures.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from buurtdesk.documents import fonts
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
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.domain.enums import Language
from buurtdesk.domain.money import Money
from buurtdesk.messages import N_, Marked
from buurtdesk.services import Services
from buurtdesk.services.municipality.views import FundYear
from buurtdesk.services.views import CouncilView

Story = list[Flowable]
Row = list[Flowable | str]

FUND_WORDS: dict[str, Marked] = {
    "fs_title": N_("Fund statement {year}"),
    "fs_subject": N_("Statement of {fund} for {year}"),
    "fs_intro": N_(
        "This statement shows what was paid into {fund} in {year}, how the fund's board "
        "divided it over the councils, and what each council did with its share. All "
        "amounts are in euros, to the cent."
    ),
    "fs_summary": N_("Summary"),
    "fs_paid_in": N_("Paid in"),
    "fs_assigned": N_("Assigned to councils"),
    "fs_unassigned": N_("Not yet assigned"),
    "fs_allocated": N_("Allocated by the councils"),
    "fs_spent": N_("Spent"),
    "fs_overassigned": N_("Note: {amount} more was assigned than was paid in."),
    "fs_contributions": N_("Contributions"),
    "fs_contributor": N_("Contributor"),
    "fs_paid_on": N_("Paid on"),
    "fs_amount": N_("Amount"),
    "fs_no_contributions": N_("No contributions are recorded for this year yet."),
    "fs_shares": N_("Shares of the councils"),
    "fs_council": N_("Council"),
    "fs_decided": N_("Board decision"),
    "fs_share": N_("Assigned"),
    "fs_allocated_short": N_("Allocated"),
    "fs_spent_short": N_("Spent"),
    "fs_left": N_("Left"),
    "fs_left_note": N_("Left = assigned less spent: what the council still holds."),
    "fs_no_shares": N_("The fund's board has not divided anything over the councils this year."),
    "fs_total": N_("Total"),
    "fs_made": N_("Drawn up with BuurtDesk on {date}."),
    "fs_remarks": N_("Remarks"),
}


def render_fund_statement(services: Services, fund_id: int, year: int, out_path: Path) -> Path:
    """Write the statement of the fund's `year` to out_path (PDF/A-2b), in the language of
    the fund's councils (Dutch unless every council with a share is English)."""
    councils = services.councils.list_councils()
    view = services.funds.fund_year(fund_id, year)
    language = _language(view, councils)
    if language != view.language:
        view = services.funds.fund_year(fund_id, year, language)
    return build_fund_statement(view, out_path, today=services.funds.today())


def _language(view: FundYear, councils: list[CouncilView]) -> Language:
    """The language every council with a share works in; Dutch when they differ."""
    with_share = {s.council_id for s in view.shares}
    languages = {Language(c.language) for c in councils if c.id in with_share}
    return languages.pop() if len(languages) == 1 else Language.DUTCH


def build_fund_statement(view: FundYear, out_path: Path, *, today: date) -> Path:
    """The statement as a pure function of the fund's year. Safe off the UI thread."""
    words = words_for(view.language, extra=FUND_WORDS)
    fund = view.fund
    setup = DocumentSetup(
        title=words.fmt("fs_title", year=view.year),
        subject=words.fmt("fs_subject", fund=fund.name, year=view.year),
        council_name=fund.name,
        words=words,
        status=words.fmt("fs_made", date=long_date(today, words.language)),
        keywords=("BuurtDesk", fund.name, fund.municipality),
    )
    styles = document_styles()
    story: Story = [
        text(setup.title, styles.title),
        text(fund.name + (f", {fund.municipality}" if fund.municipality else ""), styles.subtitle),
        text(words.fmt("fs_intro", fund=fund.name, year=view.year), styles.body),
    ]
    if fund.remarks:
        story += paragraphs(fund.remarks, styles.small)
    story += _summary(view, words) + _contributions(view, words) + _shares(view, words)
    return build_document(out_path, setup, story)


def _money(words: Words, amount: Money) -> str:
    return amount.format(words.language)


def _summary(view: FundYear, words: Words) -> Story:
    styles = document_styles()
    red = ParagraphStyle("FundAlertRight", parent=styles.alert, alignment=2)
    unassigned: Flowable | str = _money(words, view.unassigned)
    label: Flowable | str = words["fs_unassigned"]
    if view.is_overassigned:
        unassigned = text(_money(words, view.unassigned), red)
        label = text(words["fs_unassigned"], styles.alert)
    rows: list[Row] = [
        [words["fs_summary"], ""],
        [words["fs_paid_in"], _money(words, view.paid_in)],
        [words["fs_assigned"], _money(words, view.assigned)],
        [label, unassigned],
        [words["fs_allocated"], _money(words, view.allocated)],
        [words["fs_spent"], _money(words, view.spent)],
    ]
    story: Story = [
        data_table(
            rows,
            col_widths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4],
            align_right=(1,),
            shaded_rows=(3,) if view.is_overassigned else (),
        )
    ]
    if view.is_overassigned:
        story.append(
            text(words.fmt("fs_overassigned", amount=_money(words, -view.unassigned)), styles.alert)
        )
    return story


def _contributions(view: FundYear, words: Words) -> Story:
    styles = document_styles()
    story: Story = heading(words["fs_contributions"], styles)
    if not view.contributions:
        return [*story, text(words["fs_no_contributions"], styles.body)]
    bold_right = ParagraphStyle("FundBoldRight", parent=styles.cell_right, fontName=fonts.BODY_BOLD)
    rows: list[Row] = [[words["fs_contributor"], words["fs_paid_on"], words["fs_amount"]]]
    for c in view.contributions:
        paid = short_date(c.paid_on, words.language) if c.paid_on else ""
        rows.append([c.contributor, paid, _money(words, c.amount)])
    rows.append(
        [
            text(words["fs_total"], styles.cell_bold),
            "",
            text(_money(words, view.paid_in), bold_right),
        ]
    )
    story.append(
        data_table(
            rows, col_widths=[CONTENT_WIDTH * x for x in (0.56, 0.2, 0.24)], align_right=(2,)
        )
    )
    return story


def _shares(view: FundYear, words: Words) -> Story:
    styles = document_styles()
    story: Story = heading(words["fs_shares"], styles)
    if not view.shares:
        return [*story, text(words["fs_no_shares"], styles.body)]
    bold_right = ParagraphStyle("FundBoldRight", parent=styles.cell_right, fontName=fonts.BODY_BOLD)
    rows: list[Row] = [
        [
            words["fs_council"],
            words["fs_decided"],
            words["fs_share"],
            words["fs_allocated_short"],
            words["fs_spent_short"],
            words["fs_left"],
        ]
    ]
    wide: list[int] = []
    shaded: list[int] = []
    for s in view.shares:
        if s.free.is_negative or s.remaining.is_negative:
            shaded.append(len(rows))
        decided = short_date(s.board_decided_on, words.language) if s.board_decided_on else ""
        rows.append(
            [
                s.council_name,
                decided,
                _money(words, s.amount),
                _money(words, s.allocated),
                _money(words, s.spent),
                _money(words, s.remaining),
            ]
        )
        if s.board_decision:
            wide.append(len(rows))
            rows.append([s.board_decision, "", "", "", "", ""])
    rows.append(
        [
            text(words["fs_total"], styles.cell_bold),
            "",
            *(
                text(_money(words, m), bold_right)
                for m in (view.assigned, view.allocated, view.spent, view.assigned - view.spent)
            ),
        ]
    )
    story += [
        data_table(
            rows,
            col_widths=[CONTENT_WIDTH * x for x in (0.27, 0.13, 0.15, 0.15, 0.15, 0.15)],
            align_right=(2, 3, 4, 5),
            wide_rows=wide,
            wide_style=styles.cell_italic,
            shaded_rows=shaded,
        ),
        text(words["fs_left_note"], styles.small),
    ]
    return story
