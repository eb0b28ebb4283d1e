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

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from buurtdesk.documents import fonts
from buurtdesk.documents.base import (
    ALERT,
    CONTENT_WIDTH,
    INK,
    RULE,
    DocumentSetup,
    DocumentStyles,
    build_document,
    data_table,
    document_styles,
    gap,
    heading,
    text,
)
from buurtdesk.documents.budget_statement_words import STATEMENT_WORDS
from buurtdesk.documents.layout import SignedEnd
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.budget import Figures
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import AllocationBalance, AllocationView, YearBalance
from buurtdesk.services.views import CouncilView

Story = list[Flowable]
Row = list[Flowable | str]

SPENT_INK = colors.HexColor("#1f4e79")
ALLOCATED_INK = colors.HexColor("#7fa7cc")
CARRIED_INK = colors.HexColor("#b9b9b9")
FREE_INK = colors.HexColor("#dbe7f1")


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
    writer = _Statement(balance, words, styles)
    story += (
        writer.summary()
        + writer.sources()
        + writer.allocations()
        + writer.expenses()
        + writer.projects()
    )
    story += _signatures(words, styles, today)
    return build_document(out_path, setup, story)


class _Statement:
    def __init__(self, balance: YearBalance, words: Words, styles: DocumentStyles) -> None:
        self.balance = balance
        self.words = words
        self.styles = styles
        self.bold_right = ParagraphStyle(
            "StatementBoldRight", parent=styles.cell_right, fontName=fonts.BODY_BOLD
        )
        self.show_carried = bool(balance.figures.carried_forward)

    def money(self, amount: Money) -> str:
        return amount.format(self.words.language)

    def head(self, labels: list[str], *, right: tuple[int, ...]) -> Row:
        """A header row; the columns with amounts are right-aligned like their figures."""
        return [
            text(label, self.bold_right) if i in right else label for i, label in enumerate(labels)
        ]

    def day(self, value: date) -> str:
        return short_date(value, self.words.language)

    # -- summary ---------------------------------------------------------------------------------
    def summary(self) -> Story:
        w, f = self.words, self.balance.figures
        rows: list[Row] = [
            self.head([w["bs_figure"], w["bs_amount"]], right=(1,)),
            [w["bs_available"], self.money(f.available)],
            [w["bs_allocated"], self.money(f.allocated)],
            [w["bs_spent"], self.money(f.spent)],
            [w["bs_remaining"], self.money(f.remaining)],
        ]
        if self.show_carried:
            rows.append(
                [w.fmt("bs_carried", year=self.balance.year + 1), self.money(f.carried_forward)]
            )
        rows.append(
            [text(w["bs_free"], self.styles.cell_bold), text(self.money(f.free), self.bold_right)]
        )
        story: Story = [
            *heading(w["bs_summary"], self.styles),
            data_table(
                rows, col_widths=[CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4], align_right=(1,)
            ),
        ]
        story += self.warnings()
        if self.balance.sources:
            scale = max(_bar_total(b.figures) for b in self.balance.sources)
            bars: list[Row] = [
                [b.source.name, BudgetBar(b.figures, scale), self.money(b.figures.free)]
                for b in self.balance.sources
            ]
            bars.insert(0, self.head([w["bs_source"], "", w["bs_free"]], right=(2,)))
            story += [
                gap(4),
                data_table(
                    bars,
                    col_widths=[CONTENT_WIDTH * w_ for w_ in (0.34, 0.44, 0.22)],
                    align_right=(2,),
                ),
                text(w["bs_bar_legend"], self.styles.small),
            ]
        return story

    def warnings(self) -> Story:
        lines: list[str] = []
        for b in self.balance.sources:
            if b.figures.is_overallocated:
                lines.append(
                    f"{b.source.name}: "
                    + self.words.fmt("bs_overallocated_line", amount=self.money(-b.figures.free))
                )
        for a in self.balance.allocations:
            if a.is_overspent:
                lines.append(
                    f"{_purpose(a.allocation, self.words)}: "
                    + self.words.fmt("bs_overspent_line", amount=self.money(-a.remaining))
                )
        return [text(line, self.styles.alert) for line in lines]

    # -- sources ---------------------------------------------------------------------------------
    def sources(self) -> Story:
        w = self.words
        story: Story = heading(w["bs_sources"], self.styles)
        if not self.balance.sources:
            return [*story, text(w["bs_no_sources"], self.styles.body)]
        head: Row = [w["bs_source"], w["bs_available"], w["bs_allocated"], w["bs_spent"]]
        if self.show_carried:
            head.append(w.fmt("bs_carried", year=self.balance.year + 1))
        head.append(w["bs_free"])
        rows: list[Row] = [self.head(head, right=tuple(range(1, len(head))))]
        wide: list[int] = []
        shaded: list[int] = []
        for b in self.balance.sources:
            if b.figures.is_overallocated or b.figures.is_overspent:
                shaded.append(len(rows))
            rows.append([b.source.name, *self.figure_cells(b.figures)])
            notes = []
            if b.source.is_carried_over:
                notes.append(w["bs_carried_from"])
            if b.source.conditions:
                notes.append(w.fmt("bs_conditions", text=b.source.conditions))
            if b.source.carry_over_allowed:
                notes.append(w["bs_carry_allowed"])
            if notes:
                wide.append(len(rows))
                rows.append([" ".join(notes), *([""] * (len(head) - 1))])
        total = self.balance.figures
        rows.append(
            [
                text(w["bs_total"], self.styles.cell_bold),
                *(text(c, self.bold_right) for c in self.figure_cells(total)),
            ]
        )
        first = 0.34 if self.show_carried else 0.36
        rest = (1 - first) / (len(head) - 1)
        story.append(
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * first, *([CONTENT_WIDTH * rest] * (len(head) - 1))],
                align_right=tuple(range(1, len(head))),
                wide_rows=wide,
                wide_style=self.styles.cell_italic,
                shaded_rows=shaded,
            )
        )
        return story

    def figure_cells(self, f: Figures) -> list[str]:
        cells = [self.money(f.available), self.money(f.allocated), self.money(f.spent)]
        if self.show_carried:
            cells.append(self.money(f.carried_forward))
        cells.append(self.money(f.free))
        return cells

    # -- allocations -----------------------------------------------------------------------------
    def allocations(self) -> Story:
        w = self.words
        story: Story = heading(w["bs_allocations"], self.styles)
        if not self.balance.allocations:
            return [*story, text(w["bs_no_allocations"], self.styles.body)]
        rows: list[Row] = [
            self.head(
                [w["bs_decision"], w["bs_project"], w["bs_source"], w["bs_amount"]], right=(3,)
            )
        ]
        wide: list[int] = []
        shaded: list[int] = []
        for balance in self.balance.allocations:
            for row in (balance.allocation, *balance.reversals):
                if balance.is_overspent and not row.is_reversal:
                    shaded.append(len(rows))
                purpose = _purpose(row, w)
                if row.is_reversal:
                    purpose = w.fmt("bs_reversal", text=purpose)
                rows.append(
                    [
                        f"{row.decision.number}\n{self.day(row.decision.decided_on)}",
                        purpose,
                        row.source_name,
                        self.money(row.amount),
                    ]
                )
                wide.append(len(rows))
                decision_text = row.decision.text
                if row.decision.withdrawn:
                    decision_text += " " + w["bs_withdrawn"]
                rows.append([decision_text, "", "", ""])
        rows.append(
            [
                text(w["bs_total"], self.styles.cell_bold),
                "",
                "",
                text(self.money(self.balance.figures.allocated), self.bold_right),
            ]
        )
        story.append(
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * x for x in (0.16, 0.42, 0.22, 0.20)],
                align_right=(3,),
                wide_rows=wide,
                wide_style=self.styles.cell_italic,
                shaded_rows=shaded,
            )
        )
        return story

    # -- expenses --------------------------------------------------------------------------------
    def expenses(self) -> Story:
        w = self.words
        if not self.balance.allocations:
            return []
        story: Story = heading(w["bs_expenses"], self.styles)
        for balance in self.balance.allocations:
            story += self.expenses_of(balance)
        return story

    def expenses_of(self, balance: AllocationBalance) -> Story:
        w, a = self.words, balance.allocation
        title = w.fmt("bs_expenses_of", project=_purpose(a, w), number=a.decision.number)
        part: Story = [text(title, self.styles.subheading)]
        if balance.expenses:
            rows: list[Row] = [
                self.head(
                    [
                        w["bs_date"],
                        w["bs_description"],
                        w["bs_receipt"],
                        w["bs_paid_by"],
                        w["bs_amount"],
                    ],
                    right=(4,),
                )
            ]
            rows += [
                [
                    self.day(e.spent_on),
                    e.description,
                    e.receipt_ref,
                    e.paid_by,
                    self.money(e.amount),
                ]
                for e in balance.expenses
            ]
            rows.append(
                [
                    text(w["bs_total"], self.styles.cell_bold),
                    "",
                    "",
                    "",
                    text(self.money(balance.spent), self.bold_right),
                ]
            )
            part.append(
                data_table(
                    rows,
                    col_widths=[CONTENT_WIDTH * x for x in (0.14, 0.34, 0.12, 0.22, 0.18)],
                    align_right=(4,),
                )
            )
        else:
            part.append(text(w["bs_no_expenses"], self.styles.small))
        line = w.fmt(
            "bs_allocation_line",
            allocated=self.money(balance.allocated),
            spent=self.money(balance.spent),
            remaining=self.money(balance.remaining),
        )
        part.append(text(line, self.styles.body))
        if balance.is_overspent:
            part.append(
                text(
                    w.fmt("bs_overspent_line", amount=self.money(-balance.remaining)),
                    self.styles.alert,
                )
            )
        # A short block stays on one page; a long list of receipts may run on.
        return [KeepTogether(part)] if len(balance.expenses) <= 12 else part

    # -- projects --------------------------------------------------------------------------------
    def projects(self) -> Story:
        w = self.words
        if not self.balance.projects:
            return []
        rows: list[Row] = [
            self.head(
                [
                    w["bs_project"],
                    w["bs_asked"],
                    w["bs_allocated"],
                    w["bs_spent"],
                    w["bs_remaining"],
                ],
                right=(1, 2, 3, 4),
            )
        ]
        shaded: list[int] = []
        for p in self.balance.projects:
            if p.is_overspent:
                shaded.append(len(rows))
            name = p.project_name if p.project_id is not None else w["bs_no_project_group"]
            asked = self.money(p.budget_ask) if p.project_id is not None else ""
            rows.append(
                [name, asked, self.money(p.allocated), self.money(p.spent), self.money(p.remaining)]
            )
        f = self.balance.figures
        rows.append(
            [
                text(w["bs_total"], self.styles.cell_bold),
                "",
                *(
                    text(self.money(m), self.bold_right)
                    for m in (f.allocated, f.spent, f.remaining)
                ),
            ]
        )
        return [
            *heading(w["bs_projects"], self.styles),
            data_table(
                rows,
                col_widths=[CONTENT_WIDTH * x for x in (0.36, 0.16, 0.16, 0.16, 0.16)],
                align_right=(1, 2, 3, 4),
                shaded_rows=shaded,
            ),
        ]


def _purpose(allocation: AllocationView, words: Words) -> str:
    """What the money is for: the project, with the allocation's own description if any."""
    if allocation.project_name and allocation.description:
        return f"{allocation.project_name} ({allocation.description})"
    return allocation.project_name or allocation.description or words["bs_no_project"]


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


def _bar_total(f: Figures) -> int:
    return max(f.available.cents, f.allocated.cents + f.carried_forward.cents, f.spent.cents, 1)


class BudgetBar(Flowable):  # type: ignore[misc]
    """One source as a bar: spent, allocated not yet spent, carried over, free (no text, no fonts)."""

    def __init__(self, figures: Figures, scale: int, height: float = 4.2 * mm) -> None:
        super().__init__()
        self.figures = figures
        self.scale = max(scale, 1)
        self.bar_height = height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.bar_height + 1.5 * mm

    def draw(self) -> None:
        f = self.figures
        allocated = max(f.allocated.cents, 0)
        segments = [
            (min(f.spent.cents, allocated), SPENT_INK),
            (max(allocated - f.spent.cents, 0), ALLOCATED_INK),
            (max(f.spent.cents - allocated, 0), ALERT),  # overspent: beyond what was given
            (max(f.carried_forward.cents, 0), CARRIED_INK),
            (max(f.free.cents, 0), FREE_INK),
        ]
        canvas = self.canv
        x = 0.0
        y = 0.75 * mm
        for cents, ink in segments:
            length = self.width * cents / self.scale
            if length <= 0:
                continue
            canvas.setFillColor(ink)
            canvas.setStrokeColor(ink)
            canvas.rect(x, y, length, self.bar_height, stroke=0, fill=1)
            x += length
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        full = self.width * max(f.available.cents, 0) / self.scale
        canvas.rect(0, y, full, self.bar_height, stroke=1, fill=0)
        if f.is_overallocated:  # the available money ends here; what lies beyond is too much
            canvas.setStrokeColor(ALERT)
            canvas.setLineWidth(1.2)
            canvas.line(full, y - 0.6 * mm, full, y + self.bar_height + 0.6 * mm)
        canvas.setStrokeColor(INK)
