"""Buurtbudget: per year how much there is, what was decided about it, and what was spent.

At the top the year's figures, big, with a bar drawing (at large text one compact line, so
the pages stay on the first screen); under them four pages: the allocations (each by a
decision), their expenses, the funding sources, and the balance per source and per project.
The statement for the municipality is made from here, off the UI thread. Every edit goes
through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.services import Services
from buurtdesk.services.budget.views import YearBalance
from buurtdesk.ui.budget.allocations import AllocationsPage, purpose
from buurtdesk.ui.budget.balance import BalancePage
from buurtdesk.ui.budget.bar import FiguresPanel
from buurtdesk.ui.budget.expenses import ExpensesPage
from buurtdesk.ui.budget.sources import SourcesPage
from buurtdesk.ui.budget.statement_job import StatementMaker
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.undo import EditCommand, ErrorHandler
from buurtdesk.ui.common.widgets import Questions, fill_combo, text_label

T = TypeVar("T")


class BudgetSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.year = self.today().year
        self.balance: YearBalance | None = None
        self.questions = Questions(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.heading = text_label()
        self.heading.setObjectName("pageTitle")
        top.addWidget(self.heading, 1)
        year_label = QLabel(self.tr("&Year"))
        self.year_picker = QComboBox()
        self.year_picker.setAccessibleName(self.tr("Budget year"))
        self.year_picker.setAccessibleDescription(
            self.tr("Shows the figures, sources and allocations of the chosen year")
        )
        year_label.setBuddy(self.year_picker)
        self.year_picker.activated.connect(
            lambda _i: self.pick_year(int(self.year_picker.currentData()))
        )
        top.addWidget(year_label)
        top.addWidget(self.year_picker)
        outer.addLayout(top)

        self.subheading = text_label("", "muted")
        outer.addWidget(self.subheading)
        actions = FlowLayout(spacing=8)  # the buttons wrap at large text
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(140)
        self.progress.setAccessibleName(self.tr("The statement is being made"))
        self.progress.hide()
        self.statement_button = QPushButton(self.tr("Statement (PDF)"))
        self.statement_button.setAccessibleName(
            self.tr("Show the budget statement of the year as PDF")
        )
        self.statement_button.setAccessibleDescription(
            self.tr("Makes the budget statement of the year and opens it")
        )
        self.save_button = QPushButton(self.tr("Save statement…"))
        self.save_button.setAccessibleName(self.tr("Save the budget statement of the year as PDF"))
        self.save_button.setAccessibleDescription(
            self.tr("Makes the budget statement and saves it where you choose")
        )
        self.carry_button = QPushButton()
        self.carry_button.setAccessibleDescription(
            self.tr("Moves the free money of sources that allow it to next year")
        )
        self.carry_button.clicked.connect(self.carry_over)
        for widget in (self.progress, self.statement_button, self.save_button, self.carry_button):
            actions.addWidget(widget)
        outer.addLayout(actions)
        self.notice = NoticeBar()
        outer.addWidget(self.notice)
        self.status = text_label()
        self.status.setObjectName("budgetStatus")
        self.status.hide()
        outer.addWidget(self.status)
        self.figures = FiguresPanel()
        outer.addWidget(self.figures)
        self.empty = text_label()
        self.empty.setObjectName("budgetEmpty")
        self.empty.hide()
        outer.addWidget(self.empty)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the budget"))
        self.allocations = AllocationsPage(self)
        self.expenses = ExpensesPage(self)
        self.sources = SourcesPage(self)
        self.balance_page = BalancePage()
        self.tabs.addTab(self.allocations, self.tr("&Allocations"))
        self.tabs.addTab(self.expenses, self.tr("E&xpenses"))
        self.tabs.addTab(self.sources, self.tr("&Funding sources"))
        self.tabs.addTab(self.balance_page, self.tr("&Balance"))
        outer.addWidget(self.tabs, 1)
        self.allocations.show_expenses.connect(self.show_expenses_of)

        self.statement = StatementMaker(context.services, self)
        self.statement_button.clicked.connect(lambda: self.make_statement(preview=True))
        self.save_button.clicked.connect(lambda: self.make_statement(preview=False))
        self.statement.busy.connect(self._statement_busy)
        self.statement.finished.connect(self._statement_done)
        self.statement.failed.connect(self.notice.show_message)

    # -- what the pages use -------------------------------------------------------------------
    @property
    def services(self) -> Services:
        return self.context.services

    def edit(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        on_error: ErrorHandler | None = None,
    ) -> bool:
        """Do one edit through the undo stack; False (and the reason shown) when refused."""
        self.notice.clear()
        command = EditCommand(
            text, do=do, undo=undo, after=self.reload, on_error=on_error or self.show_error
        )
        self.context.undo_stack.push(command)
        return command.failed is None

    def push(self, command: EditCommand) -> bool:
        """A prepared edit (a VersionedEdit of a shared record) onto the undo stack."""
        self.notice.clear()
        self.context.undo_stack.push(command)
        return command.failed is None

    def show_error(self, error: BuurtDeskError) -> None:
        self.notice.show_error(error)

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def confirm(self, title: str, text: str) -> bool:
        return self.questions.confirm(title, text)

    def today(self) -> date:
        return self.context.current_date()

    # -- the section --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Buurtbudget")

    def show_council(self, council_id: int) -> None:
        if council_id != self.council_id:
            self.notice.clear()
            self.say("")
            years = self.services.budget.budget_years(council_id)
            this_year = self.today().year
            self.year = this_year if this_year in years or not years else years[0]
        super().show_council(council_id)

    def pick_year(self, year: int) -> None:
        self.year = year
        self.notice.clear()
        self.say("")
        self.reload()

    def reload(self) -> None:
        if self.council_id is None:
            return
        services = self.services
        council = services.councils.get_council(self.council_id)
        self.heading.setText(self.tr("Buurtbudget %1").replace("%1", council.name))
        this_year = self.today().year
        years = sorted(
            {*services.budget.budget_years(self.council_id), this_year, this_year + 1, self.year},
            reverse=True,
        )
        fill_combo(self.year_picker, [(str(y), y) for y in years], keep=self.year)
        balance = services.budget.year_balance(self.council_id, self.year)
        self.balance = balance
        self.figures.show_figures(balance.figures, self._problems(balance))
        counts = self.tr("%1 sources · %2 allocations · %3 expenses")
        self.subheading.setText(
            counts.replace("%1", str(len(balance.sources)))
            .replace("%2", str(len(balance.allocations)))
            .replace("%3", str(sum(len(b.expenses) for b in balance.allocations)))
        )
        self.allocations.show_balance(balance, self._projects())
        self.expenses.show_balance(balance)
        self.sources.show_balance(balance)
        self.balance_page.show_balance(balance)
        self._show_empty(balance)
        self._show_buttons(balance)

    def _projects(self) -> list[tuple[str, int]]:
        assert self.council_id is not None
        projects: list[tuple[str, int]] = []
        for round_ in self.services.cycle.list_rounds(self.council_id):
            for project in self.services.projects.list_projects(round_.id):
                projects.append((project.name, project.id))
        return sorted(projects, key=lambda p: p[0].lower())

    def _problems(self, balance: YearBalance) -> list[str]:
        problems = [
            self.tr("Allocation %1 (%2) is overspent by %3.")
            .replace("%1", str(b.allocation.decision.number))
            .replace("%2", purpose(b.allocation))
            .replace("%3", labels.money(-b.remaining))
            for b in balance.allocations
            if b.is_overspent
        ]
        problems += [
            self.tr("Funding source %1 has %2 more allocated than it brings in.")
            .replace("%1", s.source.name)
            .replace("%2", labels.money(-s.figures.free))
            for s in balance.sources
            if s.figures.is_overallocated
        ]
        return problems

    def _show_empty(self, balance: YearBalance) -> None:
        if not balance.sources:
            self.empty.setText(
                self.tr(
                    "No funding sources for %1 yet. Start here: choose the kind, type the amount and press “Add source”."
                ).replace("%1", str(balance.year))
            )
            self.tabs.setCurrentWidget(self.sources)
        elif not balance.allocations:
            self.empty.setText(
                self.tr(
                    "No money allocated in %1 yet. Allocate it by a decision of the council under Allocations."
                ).replace("%1", str(balance.year))
            )
        self.empty.setVisible(not balance.sources or not balance.allocations)

    def _show_buttons(self, balance: YearBalance) -> None:
        has_budget = bool(balance.sources)
        self.statement_button.setEnabled(has_budget and not self.statement.running)
        self.save_button.setEnabled(has_budget and not self.statement.running)
        movable = [
            s for s in balance.sources if s.source.carry_over_allowed and s.figures.free.cents > 0
        ]
        self.carry_button.setText(self.tr("Carry over to %1…").replace("%1", str(balance.year + 1)))
        self.carry_button.setAccessibleName(
            self.tr("Carry the free money over to %1").replace("%1", str(balance.year + 1))
        )
        self.carry_button.setEnabled(bool(movable))

    def show_expenses_of(self, allocation_id: int) -> None:
        self.tabs.setCurrentWidget(self.expenses)
        self.expenses.choose(allocation_id)
        self.expenses.description.setFocus()

    # -- carry-over and the statement ---------------------------------------------------------
    def carry_over(self) -> None:
        balance = self.balance
        if balance is None or self.council_id is None:
            return
        movable = [
            s for s in balance.sources if s.source.carry_over_allowed and s.figures.free.cents > 0
        ]
        if not movable:
            return
        lines = "\n".join(f"• {s.source.name}: {labels.money(s.figures.free)}" for s in movable)
        kept = [
            s.source.name
            for s in balance.sources
            if not s.source.carry_over_allowed and s.figures.free.cents > 0
        ]
        question = (
            self.tr("This free money goes to %1:").replace("%1", str(balance.year + 1))
            + "\n"
            + lines
        )
        if kept:
            question += "\n\n" + self.tr("Stays (its conditions do not allow it): %1").replace(
                "%1", ", ".join(kept)
            )
        question += "\n\n" + self.tr("Carry it over now?")
        if not self.confirm(self.tr("Carry over to next year"), question):
            return
        council, year, budget = self.council_id, balance.year, self.services.budget
        if self.edit(
            self.tr("Carry over to next year"),
            lambda: budget.carry_over(council, year),
            lambda result: budget.take_back_carry_over(result),
        ):
            total = sum((s.figures.free.cents for s in movable), 0)
            self.say(
                self.tr("%1 carried over to %2.")
                .replace("%1", labels.money(Money(total)))
                .replace("%2", str(year + 1))
            )

    def make_statement(self, *, preview: bool) -> None:
        if self.council_id is None:
            return
        self.notice.clear()
        self.statement.start(self.council_id, self.year, preview=preview)

    def _statement_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.statement_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        if busy:
            self.say(self.tr("Making the budget statement of %1…").replace("%1", str(self.year)))

    def _statement_done(self, path: str) -> None:
        self.say(self.tr("The budget statement is ready: %1").replace("%1", path))
