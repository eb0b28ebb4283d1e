"""The budget statement (verantwoording) of one year, for the municipality and the corporations.

In order: a summary with a bar per funding source; the sources with their conditions; every
allocation with the decision it rests on (number, date and text), reversals included; the
expenses per allocation with what is left; the balance per project; room to sign.
Every number is taken from `BudgetService.year_balance`, so the statement shows exactly the
figures of the budget screen. Same page frame, fonts and PDF/A output as the minutes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.platypus import KeepTogether

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentSetup,
    DocumentStyles,
    build_document,
    data_table,
    document_styles,
    gap,
    heading,
    text,
)
from buurtdesk.documents.budget.statement_tables import Row, StatementTables, Story
from buurtdesk.documents.budget.statement_words import STATEMENT_WORDS
from buurtdesk.documents.layout import SignedEnd
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import long_date
from buurtdesk.services import Services
from buurtdesk.services.budget.views import YearBalance
from buurtdesk.services.views import CouncilView


def render_budget_statement(services: Services, council_id: int, year: int, out_path: Path) -> Path:
    """Write the statement of `year` for the council to out_path (PDF/A-2b)."""
    council = services.councils.get_council(council_id)
    balance = services.budget.year_balance(council_id, year)
    return build_budget_statement(council, balance, out_path, today=services.budget.today())


def build_budget_statement(
    council: CouncilView, balance: YearBalance, out_path: Path, *, today: date
) -> Path:
    """The statement as a pure function of the year's balance view. Safe off the UI thread."""
    words = words_for(balance.language, extra=STATEMENT_WORDS)
    year = balance.year
    setup = DocumentSetup.for_council(
        council,
        words,
        title=words.fmt("bs_title", year=year),
        subject=words.fmt("bs_subject", year=year),
        status=words.fmt("state_on", date=long_date(today, words.language)),
        keywords=(words.fmt("bs_running", year=year),),
        running_title=words.fmt("bs_running", year=year),
    )
    styles = document_styles()
    story: Story = [
        text(setup.title, styles.title),
        text(council.name, styles.subtitle),
        text(words.fmt("bs_intro", council=council.name, year=year), styles.body),
    ]
    if balance.budget is None:
        story.append(text(words.fmt("bs_empty_year", year=year), styles.body))
        return build_document(out_path, setup, story)
    writer = StatementTables(balance, words, styles)
    story += (
        writer.summary()
        + writer.sources()
        + writer.allocations()
        + writer.expenses()
        + writer.projects()
    )
    story += _signatures(words, styles, today)
    return build_document(out_path, setup, story)


def _signatures(words: Words, styles: DocumentStyles, today: date) -> Story:
    line = "\n\n\n" + "_" * 34
    rows: list[Row] = [
        [words["bs_treasurer"], words["bs_chair"]],
        [words["bs_name_date"] + line, words["bs_name_date"] + line],
    ]
    return [
        gap(4),
        text(words.fmt("bs_made_with", date=long_date(today, words.language)), styles.small),
        # The signature block stays in one piece, and never on a page of its own (layout.py).
        SignedEnd(),
        KeepTogether(
            [
                *heading(words["bs_signatures"], styles),
                data_table(rows, col_widths=[CONTENT_WIDTH * 0.5, CONTENT_WIDTH * 0.5]),
            ]
        ),
    ]
