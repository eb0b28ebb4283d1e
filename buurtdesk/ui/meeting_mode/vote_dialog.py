"""Ctrl+T in meeting mode: this meeting's dot vote, on paper or counted on screen.

The dialog only asks; cycle_capture.CycleCapture stores."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.cycle.views import VoteSessionView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.cycle.tally import TallyModel, wish_numbers
from buurtdesk.ui.meeting_mode.capture import _warning_label

TALLY_LINES = 8  # wishes in sight at least in the tally, at any text size


class VoteDialog(QDialog):
    """Ctrl+T: start or continue this meeting's dot vote; the paper tally per wish or each
    participant's dots on screen; after every count the top 3 with the tie notes."""

    def __init__(
        self,
        start: Callable[[int, int], None],
        record_tally: Callable[[dict[int, int]], None],
        count: Callable[[str, list[int]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.start_callback, self.record_callback, self.count_callback = start, record_tally, count
        self.session: VoteSessionView | None = None
        self.setWindowTitle(self.tr("Dot vote"))
        self.setMinimumWidth(640)  # as tall as what it shows: the set-up first, the tally later
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.setup = QWidget()
        row = FlowLayout(self.setup, spacing=8)  # wraps at large text
        self.dots = QSpinBox()
        self.dots.setRange(1, 50)
        self.dots.setValue(3)
        self.dots.setAccessibleName(self.tr("Dots per participant"))
        self.dots.setAccessibleDescription(self.tr("How many dots each participant may give"))
        self.participants = QSpinBox()
        self.participants.setRange(0, 10_000)
        self.participants.setAccessibleName(self.tr("Number of participants"))
        self.participants.setAccessibleDescription(self.tr("How many people take part in the vote"))
        self.start_button = QPushButton(self.tr("Start the vote"))
        self.start_button.setAccessibleDescription(
            self.tr("Starts counting the dots with these numbers")
        )
        self.start_button.clicked.connect(self._start)
        for caption, box in (
            (self.tr("&Dots each"), self.dots),
            (self.tr("&Participants"), self.participants),
        ):
            label = QLabel(caption)
            label.setBuddy(box)
            row.addWidget(paired(label, box))
        row.addWidget(self.start_button)
        layout.addWidget(self.setup)
        self.counting = QWidget()
        inner = QVBoxLayout(self.counting)
        inner.setContentsMargins(0, 0, 0, 0)
        self.model = TallyModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dots per wish from paper"))
        self.table.setAccessibleDescription(self.tr("Type the dots each wish got on paper"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(  # typing a number starts the cell; Enter keeps it
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.fitter = fit_columns(self.table, TallyModel.WISH)
        inner.addWidget(self.table, 1)
        lines_tall(self.table, least=TALLY_LINES)  # the dialog grows to it once counting starts
        self.record_button = QPushButton(self.tr("Record the paper tally (Ctrl+Enter)"))
        self.record_button.setAccessibleDescription(
            self.tr("Saves the dots per wish as counted on paper")
        )
        self.record_button.clicked.connect(self._record)
        inner.addWidget(self.record_button)
        voters = QHBoxLayout()
        self.voter = QLineEdit()
        self.voter.setPlaceholderText(self.tr("Participant"))
        self.voter.setAccessibleName(self.tr("Participant counted on screen"))
        self.voter.setAccessibleDescription(
            self.tr("Name or number of the participant whose dots are entered")
        )
        self.voter.setMaximumWidth(170)
        self.voter_dots = QLineEdit()
        self.voter_dots.setPlaceholderText(self.tr("Wish numbers, one per dot: 1 1 4"))
        self.voter_dots.setAccessibleName(self.tr("The participant's dots as wish numbers"))
        self.voter_dots.setAccessibleDescription(
            self.tr("The wish numbers this participant gave dots, separated by spaces")
        )
        self.voter_dots.returnPressed.connect(self._count)
        count_button = QPushButton(self.tr("Count"))
        count_button.setAccessibleName(self.tr("Count this participant's dots"))
        count_button.setAccessibleDescription(self.tr("Adds this participant's dots to the tally"))
        count_button.clicked.connect(self._count)
        voters.addWidget(self.voter)
        voters.addWidget(self.voter_dots, 1)
        voters.addWidget(count_button)
        inner.addLayout(voters)
        layout.addWidget(self.counting, 1)
        self.warning = _warning_label()
        layout.addWidget(self.warning)
        self.top = QLabel()
        self.top.setObjectName("topThree")
        self.top.setWordWrap(True)
        self.top.setTextFormat(Qt.TextFormat.PlainText)
        self.top.setAccessibleName(self.tr("Top 3"))
        layout.addWidget(self.top)
        layout.addStretch(0)  # takes the room only while the tally is not shown yet
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        done = buttons.button(QDialogButtonBox.StandardButton.Close)
        done.setText(self.tr("Done"))
        done.setAccessibleDescription(
            self.tr("Closes the dot vote; what was counted is already kept")
        )
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        for button in (self.start_button, self.record_button, count_button, done):
            button.setAutoDefault(False)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._record)
        # opened in the set-up, as tall as that asks: it grows when the counting starts
        self.show_session(None, {})

    def show_session(self, session: VoteSessionView | None, paper: dict[int, int]) -> None:
        """None: ask for dots and participants first; else the tally and the top 3."""
        was_new = self.session is None
        self.session = session
        self.setup.setVisible(session is None)
        self.start_button.setDefault(session is None)  # Enter in the set-up starts the vote
        self.counting.setVisible(session is not None)
        if session is None:
            self.intro.setText(
                self.tr("This meeting has no dot vote yet. How many dots does everyone get?")
            )
            self.top.hide()
            self.dots.setFocus()
            return
        self.intro.setText(
            self.tr("%1 · %2 dots each · %3 participants · %4 of the %5 dots counted")
            .replace("%1", session.title)
            .replace("%2", str(session.dots_per_participant))
            .replace("%3", str(session.participants))
            .replace("%4", str(session.total_dots))
            .replace("%5", str(session.participants * session.dots_per_participant))
        )
        self.model.set_tally(list(session.tally), paper, True)
        lines = [
            self.tr("%1. %2 — %3 dots")
            .replace("%1", str(r.rank))
            .replace("%2", r.label)
            .replace("%3", str(r.dots))
            for r in session.ranking[:3]
            if r.dots
        ]
        lines += [f"⚖ {note}" for note in session.tie_notes]
        self.top.setText(self.tr("Top 3:") + "\n" + "\n".join(lines) if lines else "")
        self.top.setVisible(bool(lines))
        if was_new:
            self.table.setFocus()
            self.table.setCurrentIndex(self.model.index(0, TallyModel.PAPER))

    def show_refusal(self, error: BuurtDeskError) -> None:
        self.warning.setText(error.message(labels.ui_language()))
        self.warning.show()

    def _start(self) -> None:
        if self.session is None:
            self.warning.hide()
            self.start_callback(self.dots.value(), self.participants.value())

    def _record(self) -> None:
        if self.session is not None:
            self.table.setCurrentIndex(self.table.currentIndex())  # commit a cell being typed
            self.warning.hide()
            self.record_callback(self.model.typed())

    def _count(self) -> None:
        if self.session is None:
            return
        wish_ids, refused = wish_numbers(self.voter_dots.text(), self.session)
        if refused:
            self.warning.setText(refused)
            self.warning.show()
            return
        self.warning.hide()
        if self.count_callback(self.voter.text().strip(), wish_ids):
            self.voter.clear()
            self.voter_dots.clear()
            self.voter.setFocus()
