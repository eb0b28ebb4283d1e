"""Priorities the Buurt Bestuurt way: dot-vote sessions (paper tally or counted on screen),
the top priorities with their tie notes, and what each party commits to."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.cycle.views import RoundView, VoteSessionView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.widgets import PageHost, fill_combo, group, text_label
from buurtdesk.ui.cycle.commitments import PrioritiesBox
from buurtdesk.ui.cycle.tally import TallyModel, wish_numbers


class VotesPanel(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        self.session: VoteSessionView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Dot votes and priorities"))
        layout.addWidget(self.tabs)

        box, inner = group(self.tr("Priorities with dots"))
        row = FlowLayout(spacing=8)  # the rows of controls wrap at large text
        self.sessions = QComboBox()
        self.sessions.setAccessibleName(self.tr("Vote session"))
        self.sessions.setAccessibleDescription(
            self.tr("Chooses which vote session the tally shows")
        )
        self.sessions.currentIndexChanged.connect(lambda _i: self._show_session())
        self.new_session = QPushButton(self.tr("New vote session"))
        self.new_session.setAccessibleDescription(
            self.tr("Starts a new vote session with the chosen number of dots")
        )
        self.new_session.clicked.connect(self.open_session)
        row.addWidget(self.sessions)
        row.addWidget(self.new_session)
        inner.addLayout(row)
        row = FlowLayout(spacing=8)
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setValue(3)
        self.dots.setPrefix(self.tr("Dots each: "))
        self.dots.setAccessibleName(self.tr("Dots per participant for a new session"))
        self.dots.setAccessibleDescription(
            self.tr("How many dots each participant may give in a new session")
        )
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setPrefix(self.tr("Participants: "))
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.setAccessibleDescription(
            self.tr("How many people took part in the paper vote")
        )
        self.participants.editingFinished.connect(self._save_participants)
        row.addWidget(self.dots)
        row.addWidget(self.participants)
        inner.addLayout(row)
        self.summary = text_label("", "muted")
        inner.addWidget(self.summary)
        self.model = TallyModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(
            False
        )  # Tab moves on to the next control; arrows move between cells
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tally per wish"))
        self.table.setAccessibleDescription(
            self.tr("Shows the dots per wish in the chosen vote session")
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.fitter = fit_columns(self.table, TallyModel.WISH)  # the wishes wrap in full
        lines_tall(self.table, least=5)
        inner.addWidget(self.table, 1)
        self.save_tally = QPushButton(self.tr("Record the paper tally"))
        self.save_tally.setAccessibleDescription(
            self.tr("Saves the dots per wish as counted on paper")
        )
        self.save_tally.clicked.connect(self.enter_tally)
        inner.addWidget(self.save_tally)
        counting = FlowLayout(spacing=8, fill=True)  # wraps at large text
        self.voter = QLineEdit()
        self.voter.setPlaceholderText(self.tr("Participant"))
        self.voter.setAccessibleName(self.tr("Participant counted on screen"))
        self.voter.setAccessibleDescription(
            self.tr("Name or number of the participant whose dots are entered")
        )
        self.voter.setMaximumWidth(self.voter.fontMetrics().averageCharWidth() * 14)
        self.voter_dots = QLineEdit()
        self.voter_dots.setPlaceholderText(self.tr("Wish numbers, one per dot: 1 1 4"))
        room_for_placeholder(self.voter_dots)
        self.voter_dots.setAccessibleName(self.tr("The participant's dots as wish numbers"))
        self.voter_dots.setAccessibleDescription(
            self.tr("The wish numbers this participant gave dots, separated by spaces")
        )
        self.voter_dots.returnPressed.connect(self.count_on_screen)
        self.count_button = QPushButton(self.tr("Count"))
        self.count_button.setAccessibleName(self.tr("Count this participant's dots"))
        self.count_button.setAccessibleDescription(
            self.tr("Adds this participant's dots to the tally")
        )
        self.count_button.clicked.connect(self.count_on_screen)
        counting.addWidget(self.voter)
        counting.addWidget(self.voter_dots)
        counting.addWidget(self.count_button)
        inner.addLayout(counting)
        self.counted = text_label("", "muted")
        inner.addWidget(self.counted)
        self.ties = text_label()
        self.ties.setObjectName("tieNotes")
        inner.addWidget(self.ties)
        row = FlowLayout(spacing=8)
        self.top = QSpinBox()
        self.top.setRange(1, 20)
        self.top.setValue(3)
        self.top.setPrefix(self.tr("Top "))
        self.top.setAccessibleName(self.tr("How many priorities to keep"))
        self.top.setAccessibleDescription(
            self.tr("How many wishes with the most dots become priorities")
        )
        self.keep_button = QPushButton(self.tr("Keep as the round's priorities"))
        self.keep_button.setAccessibleDescription(
            self.tr("Keeps the wishes with the most dots as the round's priorities")
        )
        self.keep_button.clicked.connect(self.keep_priorities)
        row.addWidget(self.top)
        row.addWidget(self.keep_button)
        inner.addLayout(row)
        self.tabs.addTab(box, self.tr("Dot votes"))

        self.priorities_box = PrioritiesBox(host)
        self.tabs.addTab(self.priorities_box, self.tr("Priorities"))

    # -- showing -------------------------------------------------------------------------------------
    def show_round(self, view: RoundView) -> None:
        self.view = view
        sessions = view.vision.vote_sessions
        entries: list[tuple[str, object]] = [
            (f"{s.title} · {labels.short_date(s.held_on)}", s.id) for s in sessions
        ]
        keep = self.sessions.currentData()
        fill_combo(
            self.sessions,
            entries,
            keep if keep is not None else (sessions[-1].id if sessions else None),
        )
        self._show_session()
        self.priorities_box.show_priorities(view.vision.priorities, view.cycle.is_open)

    def _show_session(self) -> None:
        view = self.view
        if view is None:
            return
        session_id = self.sessions.currentData()
        self.session = next((s for s in view.vision.vote_sessions if s.id == session_id), None)
        editable = view.cycle.is_open
        has_wishes = any(t.wishes for t in view.vision.themes)
        self.new_session.setEnabled(editable and has_wishes)
        for widget in (
            self.participants,
            self.table,
            self.save_tally,
            self.voter,
            self.voter_dots,
            self.count_button,
            self.top,
            self.keep_button,
        ):
            widget.setEnabled(editable and self.session is not None)
        session = self.session
        if session is None:
            self.model.set_tally([], {}, False)
            self.summary.setText(
                self.tr("No vote session yet: start a new vote session.")
                if has_wishes
                else self.tr("Write down wishes first; then the dots can be counted.")
            )
            self.counted.setText("")
            self.ties.setText("")
            self.counted.hide()
            self.ties.hide()
            return
        paper = self.host.services.priorities.counted_dots(session.id).get("", {})
        self.model.set_tally(list(session.tally), paper, editable)
        self.participants.blockSignals(True)
        self.participants.setValue(session.participants)
        self.participants.blockSignals(False)
        handed_out = session.participants * session.dots_per_participant
        self.summary.setText(
            self.tr("%1 dots each · %2 dots counted of the %3 handed out")
            .replace("%1", str(session.dots_per_participant))
            .replace("%2", str(session.total_dots))
            .replace("%3", str(handed_out))
        )
        self.counted.setText(
            self.tr("Counted on screen: %1").replace("%1", ", ".join(session.counted_on_screen))
            if session.counted_on_screen
            else ""
        )
        self.ties.setText("\n".join(f"⚖ {note}" for note in session.tie_notes))
        self.ties.setVisible(bool(session.tie_notes))
        self.counted.setVisible(bool(session.counted_on_screen))

    # -- edits ------------------------------------------------------------------------------------------
    def open_session(self) -> None:
        if self.view is None:
            return
        cycle_id, dots, people = self.view.cycle.id, self.dots.value(), self.participants.value()
        votes = self.host.services.priorities
        title = self.tr("Dot vote")

        def do() -> VoteSessionView:
            session = votes.open_vote_session(
                cycle_id, dots_per_participant=dots, participants=people, title=title
            )
            self.sessions.blockSignals(True)
            self.sessions.addItem(session.title, session.id)
            self.sessions.setCurrentIndex(self.sessions.count() - 1)
            self.sessions.blockSignals(False)
            return session

        self.host.edit(self.tr("New vote session"), do, lambda s: votes.remove_vote_session(s.id))

    def _save_participants(self) -> None:
        session = self.session
        if session is None or self.participants.value() == session.participants:
            return
        value, old = self.participants.value(), session.participants
        votes = self.host.services.priorities
        self.host.edit(
            self.tr("Change the number of participants"),
            lambda: votes.set_participants(session.id, value),
            lambda _r: votes.set_participants(session.id, old),
        )

    def enter_tally(self) -> None:
        session = self.session
        if session is None:
            return
        typed = self.model.typed()
        old = self.host.services.priorities.counted_dots(session.id).get("", {})
        votes = self.host.services.priorities
        self.host.edit(
            self.tr("Record the paper tally"),
            lambda: votes.enter_paper_tally(session.id, typed),
            lambda _r: votes.enter_paper_tally(session.id, old),
        )

    def count_on_screen(self) -> None:
        session = self.session
        if session is None:
            return
        wish_ids, refused = wish_numbers(self.voter_dots.text(), session)
        if refused:
            self.host.show_message(refused)
            return
        who = self.voter.text().strip()
        before = self.host.services.priorities.counted_dots(session.id).get(who)
        votes = self.host.services.priorities

        def undo(_r: object) -> None:
            if before:
                votes.count_participant(
                    session.id, who, [w for w, n in before.items() for _ in range(n)]
                )
            else:
                votes.remove_participant(session.id, who)

        if self.host.edit(
            self.tr("Count dots on screen"),
            lambda: votes.count_participant(session.id, who, wish_ids),
            undo,
        ):
            self.voter.clear()
            self.voter_dots.clear()
            self.voter.setFocus()

    def keep_priorities(self) -> None:
        session, view = self.session, self.view
        if session is None or view is None:
            return
        top, previous, cycle_id = self.top.value(), view.vision.priorities, view.cycle.id
        votes = self.host.services.priorities
        if self.host.edit(
            self.tr("Keep the top priorities"),
            lambda: votes.keep_priorities(session.id, top),
            lambda _r: votes.restore_priorities(cycle_id, previous),
        ):
            self.tabs.setCurrentIndex(1)
