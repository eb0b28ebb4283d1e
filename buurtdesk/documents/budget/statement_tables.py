"""The statement's parts: summary with bars, sources, allocations, expenses, projects."""

from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether

from buurtdesk.documents import fonts
from buurtdesk.documents.base import CONTENT_WIDTH, DocumentStyles, data_table, gap, heading, text
from buurtdesk.documents.budget.bar import BudgetBar, bar_total
from buurtdesk.documents.words import Words
from buurtdesk.domain.budget import Figures
from buurtdesk.domain.dates import short_date
from buurtdesk.domain.money import Money
from buurtdesk.services.budget.views import AllocationBalance, AllocationView, YearBalance

Story = list[Flowable]
Row = list[Flowable | str]


class StatementTables:
    """The tables of the statement, each from the year's balance view."""

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
            scale = max(bar_total(b.figures) for b in self.balance.sources)
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
