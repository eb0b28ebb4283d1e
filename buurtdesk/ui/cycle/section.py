"""Toekomstagenda: the five phases of the council's round as steps, with a page per phase.

Moving on is a decision of the council (recorded and numbered); skipping a phase asks
explicitly; going back asks for a note. Every edit on the pages goes through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.cycle import PhaseSkipNeedsConfirmation
from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.errors import BuurtDeskError, NotFound
from buurtdesk.domain.rules import PHASE_ORDER, next_phase
from buurtdesk.services import Services
from buurtdesk.services.cycle.views import PhaseMoveResult, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.reflow import PageStack
from buurtdesk.ui.common.section import Context, Section
from buurtdesk.ui.common.undo import EditCommand
from buurtdesk.ui.common.widgets import Questions, text_label
from buurtdesk.ui.cycle.booklet_job import BookletMaker
from buurtdesk.ui.cycle.evaluation import EvaluationPage
from buurtdesk.ui.cycle.execution import ExecutionPage
from buurtdesk.ui.cycle.phase_steps import PhaseLine, PhaseSteps
from buurtdesk.ui.cycle.projects import ProjectsPage
from buurtdesk.ui.cycle.roles import RolesPage
from buurtdesk.ui.cycle.round_picker import RoundPicker
from buurtdesk.ui.cycle.session_planner import SessionPlanner
from buurtdesk.ui.cycle.vision import VisionPage

T = TypeVar("T")
PhasePage = VisionPage | RolesPage | ProjectsPage | ExecutionPage | EvaluationPage


class ToekomstagendaSection(Section):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.round: RoundView | None = None
        self.picked_round: int | None = None  # an earlier round looked at; None: the current
        self.shown: PhaseKind = PhaseKind.VISION
        self.fresh: set[PhaseKind] = set()  # pages showing the latest round view
        self.questions = Questions(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 12)
        outer.setSpacing(10)
        self.heading = text_label()
        self.heading.setObjectName("pageTitle")
        self.subheading = text_label("", "muted")
        outer.addWidget(self.heading)
        under = QHBoxLayout()
        under.addWidget(self.subheading, 1)
        self.round_picker = RoundPicker()
        self.round_picker.picked.connect(self.pick_round)
        under.addWidget(self.round_picker)
        self.booklet = BookletMaker(context.services, self)
        self.booklet.finished.connect(
            lambda path: self.say(self.tr("The booklet is saved as %1.").replace("%1", path))
        )
        self.booklet.failed.connect(lambda sentence: self.say(sentence))
        self.booklet_button = QPushButton(self.tr("Booklet (PDF)…"))
        self.booklet_button.setAccessibleName(self.tr("Save the booklet of this round as PDF"))
        self.booklet_button.setAccessibleDescription(
            self.tr("The toekomstagenda booklet of the round shown, from vision to evaluation")
        )
        self.booklet_button.clicked.connect(self.save_booklet)
        under.addWidget(self.booklet_button)
        outer.addLayout(under)
        self.notice = NoticeBar()
        outer.addWidget(self.notice)
        self.status = text_label()
        self.status.setObjectName("cycleStatus")
        self.status.hide()
        outer.addWidget(self.status)

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_text = text_label(self.tr("No round yet: start a round of the toekomstagenda."))
        empty_layout.addWidget(self.empty_text)
        row = QHBoxLayout()
        self.start_horizon = QSpinBox()
        self.start_horizon.setRange(2000, 2100)
        self.start_horizon.setPrefix(self.tr("Horizon year: "))
        self.start_horizon.setAccessibleName(self.tr("Horizon year of the new round"))
        self.start_horizon.setAccessibleDescription(
            self.tr("The year the vision of the new round looks ahead to")
        )
        self.start_button = QPushButton(self.tr("Start a toekomstagenda round"))
        self.start_button.setAccessibleName(self.tr("Start a toekomstagenda round"))
        self.start_button.setAccessibleDescription(
            self.tr("Begins a new round of the toekomstagenda, starting with the vision")
        )
        self.start_button.clicked.connect(self.start_round)
        row.addWidget(self.start_horizon)
        row.addWidget(self.start_button)
        row.addStretch(1)
        empty_layout.addLayout(row)
        empty_layout.addStretch(1)
        outer.addWidget(self.empty, 1)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        self.steps = PhaseSteps()
        self.steps.picked.connect(self.show_phase)
        body.addWidget(self.steps)
        self.phase_line = PhaseLine()  # on its own line: it wraps between words, as a sentence
        body.addWidget(self.phase_line)
        moves = FlowLayout(spacing=8)  # wraps at large text
        self.move_here = QPushButton()
        self.move_here.setAccessibleDescription(
            self.tr("Moves the round to the phase shown, as a decision of the council")
        )
        self.move_here.clicked.connect(lambda: self.move_to(self.shown))
        self.move_next = QPushButton()
        self.move_next.setAccessibleDescription(
            self.tr("Moves the round on to the next phase, as a decision of the council")
        )
        self.move_next.clicked.connect(self.move_on)
        self.session_planner = SessionPlanner(self)
        for part in (self.session_planner, self.move_here, self.move_next):
            moves.addWidget(part)
        body.addLayout(moves)
        self.pages = PageStack()  # as tall as the phase shown
        # Pages are built when first opened: the main window starts faster.
        self.page_for: dict[PhaseKind, PhasePage] = {}
        body.addWidget(self.pages, 1)
        outer.addWidget(self.body, 1)
        self.body.hide()

    def page(self, kind: PhaseKind) -> PhasePage:
        """The page of a phase, built the first time it is asked for."""
        if kind not in self.page_for:
            factories: dict[PhaseKind, Callable[[ToekomstagendaSection], PhasePage]] = {
                PhaseKind.VISION: VisionPage,
                PhaseKind.ROLES: RolesPage,
                PhaseKind.PLANS: ProjectsPage,
                PhaseKind.EXECUTION: ExecutionPage,
                PhaseKind.EVALUATION: EvaluationPage,
            }
            self.page_for[kind] = factories[kind](self)
            self.pages.addWidget(self.page_for[kind])
        return self.page_for[kind]

    # -- what the pages use ---------------------------------------------------------------------
    @property
    def services(self) -> Services:
        return self.context.services

    def edit(self, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> bool:
        """Do one edit through the undo stack; False (and the reason shown) when refused."""
        self.notice.clear()
        command = EditCommand(text, do=do, undo=undo, after=self.reload, on_error=self.show_error)
        self.context.undo_stack.push(command)
        return command.failed is None

    def push(self, command: EditCommand) -> bool:
        """A prepared edit (a VersionedEdit of a shared record) onto the undo stack."""
        self.notice.clear()
        self.context.undo_stack.push(command)
        return command.failed is None

    def show_error(self, error: BuurtDeskError) -> None:
        self.notice.show_error(error)

    def show_message(self, text: str) -> None:
        self.notice.show_message(text)

    def today(self) -> date:
        return self.context.current_date()

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # -- the section ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Toekomstagenda")

    def show_council(self, council_id: int) -> None:
        if council_id != self.council_id:
            self.say("")
            self.notice.clear()
            self.round = None
            self.picked_round = None
        super().show_council(council_id)

    def save_booklet(self) -> None:
        view = self.round
        if view is not None and self.council_id is not None:
            self.booklet.start(self.council_id, view.cycle.id, view.cycle.number)

    def pick_round(self, cycle_id: int | None) -> None:
        """Look at another round (None: the current one); a closed round is shown read-only."""
        self.picked_round = cycle_id
        self.reload()

    def reload(self) -> None:
        if self.council_id is None:
            return
        try:
            view = self.services.cycle.round_overview(self.council_id, self.picked_round)
        except NotFound:
            view = None
        first = self.round is None or view is None or self.round.cycle.id != view.cycle.id
        self.round = view
        council = self.services.councils.get_council(self.council_id)
        self.heading.setText(self.tr("Toekomstagenda %1").replace("%1", council.name))
        if view is None:
            self.subheading.setText("")
            self.start_horizon.setValue(self.context.current_date().year + 4)
            self.empty.show()
            self.body.hide()
            return
        self.empty.hide()
        self.body.show()
        cycle = view.cycle
        parts = [
            self.tr("Round %1, started %2")
            .replace("%1", str(cycle.number))
            .replace("%2", labels.short_date(cycle.started_on))
        ]
        if cycle.horizon_year:
            parts.append(self.tr("looking ahead to %1").replace("%1", str(cycle.horizon_year)))
        if not cycle.is_open:
            parts.append(self.tr("closed %1").replace("%1", labels.short_date(cycle.closed_on)))
        self.subheading.setText(" · ".join(parts))
        self.round_picker.show_rounds(view.rounds, cycle.id)
        if first:
            self.shown = cycle.current_phase
        # Only the page in sight is filled now; the others when they are opened.
        self.page(self.shown).show_round(view)
        self.fresh = {self.shown}
        self.session_planner.show_round(view)
        self._show_moves()

    def show_phase(self, kind: PhaseKind) -> None:
        self.shown = PhaseKind(kind)
        if self.round is not None and self.shown not in self.fresh:
            self.page(self.shown).show_round(self.round)
            self.fresh.add(self.shown)
        self.pages.setCurrentWidget(self.page(self.shown))
        self._show_moves()

    def _show_moves(self) -> None:
        view = self.round
        self.pages.setCurrentWidget(self.page(self.shown))
        if view is None:
            return
        current = view.cycle.current_phase if view.cycle.is_open else None
        self.steps.set_state(current, self.shown)
        if current is None:
            self.phase_line.say(self.tr("This round is closed."))
            self.move_here.hide()
            self.move_next.hide()
            return
        self.phase_line.say(self.tr("The round is in the phase %1."), labels.phase(current))
        after = next_phase(current)
        if after is None:
            self.move_next.setText(self.tr("Start the next round…"))
        else:
            self.move_next.setText(self.tr("On to %1…").replace("%1", labels.phase(after)))
        self.move_next.setAccessibleName(self.move_next.text())
        self.move_next.show()
        here = self.shown != current and self.shown != after
        self.move_here.setVisible(here)
        if here:
            back = PHASE_ORDER.index(self.shown) < PHASE_ORDER.index(current)
            text = self.tr("Back to %1…") if back else self.tr("Skip ahead to %1…")
            self.move_here.setText(text.replace("%1", labels.phase(self.shown)))
            self.move_here.setAccessibleName(self.move_here.text())

    # -- decisions ----------------------------------------------------------------------------------
    def start_round(self) -> None:
        if self.council_id is None:
            return
        try:
            self.services.cycle.start_round(
                self.council_id, horizon_year=self.start_horizon.value()
            )
        except BuurtDeskError as error:
            self.show_error(error)
            return
        self.notice.clear()
        self.round = None
        self.picked_round = None
        self.reload()

    def move_on(self) -> None:
        """The next phase; from the evaluation, the next round."""
        if self.round is not None:
            after = next_phase(self.round.cycle.current_phase)
            if after is None:
                self.close_round()
            else:
                self.move_to(after)

    def move_to(self, target: PhaseKind) -> None:
        view = self.round
        if view is None or not view.cycle.is_open:
            return
        cycle = view.cycle
        current_index = PHASE_ORDER.index(cycle.current_phase)
        target_index = PHASE_ORDER.index(target)
        name = labels.phase(target)
        try:
            if target_index < current_index:
                note = self.questions.text(
                    self.tr("Back to %1").replace("%1", name),
                    self.tr(
                        "Going back a phase is noted. Why does the round go back to %1?"
                    ).replace("%1", name),
                )
                if note is None:
                    return
                result = self.services.cycle.move_to_phase(cycle.id, target, note=note)
            elif target_index == current_index + 1:
                if not self.questions.confirm(
                    self.tr("On to %1").replace("%1", name),
                    self.tr(
                        "Moving on to %1 is a decision of the council and is recorded as one. Record the decision now?"
                    ).replace("%1", name),
                ):
                    return
                result = self.services.cycle.move_to_phase(cycle.id, target)
            else:
                try:
                    result = self.services.cycle.move_to_phase(cycle.id, target)
                except PhaseSkipNeedsConfirmation as skip:
                    question = (
                        skip.message(labels.ui_language())
                        + "\n\n"
                        + self.tr("Skip anyway? This is recorded as a decision of the council.")
                    )
                    if not self.questions.confirm(self.tr("Skip a phase?"), question):
                        return
                    result = self.services.cycle.move_to_phase(cycle.id, target, confirmed=True)
        except BuurtDeskError as error:
            self.show_error(error)
            return
        self._after_move(result)

    def _after_move(self, result: PhaseMoveResult) -> None:
        self.notice.clear()
        if result.decision is not None:
            self.say(
                self.tr("Decision %1 recorded: %2")
                .replace("%1", str(result.decision.number))
                .replace("%2", result.decision.text)
            )
        else:
            self.say(
                self.tr("Went back to %1; the note is kept.").replace(
                    "%1", labels.phase(result.cycle.current_phase)
                )
            )
        self.shown = result.cycle.current_phase
        self.reload()

    def close_round(self) -> None:
        view = self.round
        if view is None or not view.cycle.is_open:
            return
        if not self.questions.confirm(
            self.tr("Start the next round"),
            self.tr(
                "Closing round %1 is a decision of the council. The learning points and the unfinished projects go into the vision of round %2. Start the next round now?"
            )
            .replace("%1", str(view.cycle.number))
            .replace("%2", str(view.cycle.number + 1)),
        ):
            return
        try:
            handover = self.services.cycle.close_round(view.cycle.id)
        except BuurtDeskError as error:
            self.show_error(error)
            return
        self.say(
            self.tr("Decision %1 recorded: %2")
            .replace("%1", str(handover.decision.number))
            .replace("%2", handover.decision.text)
        )
        self.round = None
        self.picked_round = None
        self.reload()
        self.show_phase(PhaseKind.VISION)
