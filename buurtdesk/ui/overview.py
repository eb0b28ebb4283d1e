"""Overzicht: the council at a glance — next meeting, actions, the cycle, money, decisions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.overview_views import OverviewView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.phase_ring import PhaseRing
from buurtdesk.ui.common.section import Context, Section


def _label(text: str = "", css_class: str = "", wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    if css_class:
        label.setProperty("class", css_class)
    return label


class Card(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("class", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(6)
        heading = _label(title, "cardTitle")
        self.body.addWidget(heading)
        self.setAccessibleName(title)


class OverviewSection(Section):
    """Emits `painted_with_data` the first time it is painted showing a council's figures (or,
    on a database without councils, the welcome that offers to add one)."""

    painted_with_data = Signal()
    add_council_requested = Signal()

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.view: OverviewView | None = None
        self._announced = False
        self._welcome = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        self.heading = _label("", wrap=False)
        self.heading.setObjectName("pageTitle")
        self.subheading = _label("", "muted")
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.add_council_button = QPushButton(self.tr("&Add a council…"))
        self.add_council_button.setAccessibleName(self.tr("Add a council"))
        self.add_council_button.setAccessibleDescription(
            self.tr("Enter the name and details of your council to begin")
        )
        self.add_council_button.clicked.connect(self.add_council_requested)
        self.add_council_button.hide()
        self.heading.installEventFilter(self)
        layout.addWidget(self.add_council_button, 0, Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.setSpacing(16)
        layout.addLayout(grid)
        layout.addStretch(1)

        self.meeting_card = Card(self.tr("Next meeting"))
        self.meeting_date = _label()
        self.meeting_where = _label("", "muted")
        self.meeting_ready = _label()
        for widget in (self.meeting_date, self.meeting_where, self.meeting_ready):
            self.meeting_card.body.addWidget(widget)
        self.meeting_card.body.addStretch(1)

        self.actions_card = Card(self.tr("Action points"))
        self.open_count = _label("", "bigNumber", wrap=False)
        self.open_count.setObjectName("openActionsCount")
        self.open_count.installEventFilter(self)
        self.open_caption = _label(self.tr("open"))
        self.overdue = _label()
        for widget in (self.open_count, self.open_caption, self.overdue):
            self.actions_card.body.addWidget(widget)
        self.actions_card.body.addStretch(1)

        self.cycle_card = Card(self.tr("Toekomstagenda"))
        self.ring = PhaseRing()
        self.cycle_caption = _label("", "muted")
        self.cycle_card.body.addWidget(self.ring, 1)
        self.cycle_card.body.addWidget(self.cycle_caption)

        self.budget_card = Card(self.tr("Buurtbudget"))
        self.budget_lines = _label()
        self.budget_bar = QProgressBar()
        self.budget_bar.setTextVisible(True)
        self.budget_bar.setAccessibleName(self.tr("Share of the budget allocated"))
        self.budget_card.body.addWidget(self.budget_lines)
        self.budget_card.body.addWidget(self.budget_bar)
        self.budget_card.body.addStretch(1)

        self.decisions_card = Card(self.tr("Latest decisions"))
        self.decision_lines = _label()
        self.decision_lines.setTextFormat(Qt.TextFormat.PlainText)
        self.decisions_card.body.addWidget(self.decision_lines)
        self.decisions_card.body.addStretch(1)

        grid.addWidget(self.meeting_card, 0, 0)
        grid.addWidget(self.actions_card, 0, 1)
        grid.addWidget(self.budget_card, 0, 2)
        grid.addWidget(self.cycle_card, 1, 0, 1, 2)
        grid.addWidget(self.decisions_card, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.cards = (
            self.meeting_card,
            self.actions_card,
            self.budget_card,
            self.cycle_card,
            self.decisions_card,
        )

    def show_empty(self, empty: bool, *, can_add: bool = True) -> None:
        """A database without councils: a welcome and the way to add the first one."""
        for card in self.cards:
            card.setVisible(not empty)
        self.add_council_button.setVisible(empty and can_add)
        self._welcome = empty
        if empty:
            self.view = None
            self.heading.setText(self.tr("Welcome to BuurtDesk"))
            self.subheading.setText(
                self.tr(
                    "There is no council yet. Add your council to begin, or try BuurtDesk first on the demo database (buurtdesk --demo)."
                )
            )

    def title(self) -> str:
        return self.tr("Overview")

    def reload(self) -> None:
        if self.council_id is None:
            return
        self.show_view(self.context.services.overview.overview(self.council_id))

    def show_first_view(self, view: OverviewView) -> None:
        """The council's overview as read at start, before the services were open."""
        self.council_id = view.council.id
        self.show_view(view)

    def show_view(self, view: OverviewView) -> None:
        self.view = view
        council = view.council
        self.heading.setText(council.name)
        self.subheading.setText(
            f"{labels.council_kind(council.kind)} · {council.municipality}"
            if council.municipality
            else labels.council_kind(council.kind)
        )
        meeting = view.next_meeting
        if meeting is None:
            self.meeting_date.setText(self.tr("No meeting planned yet."))
            self.meeting_where.setText(self.tr("Plan one under Meetings."))
            self.meeting_ready.setText("")
        else:
            start = f", {meeting.start_time:%H:%M}" if meeting.start_time else ""
            self.meeting_date.setText(labels.long_date(meeting.date) + start)
            self.meeting_where.setText(meeting.place)
            self.meeting_ready.setText(
                self.tr("The agenda is ready.")
                if view.next_meeting_agenda_ready
                else self.tr("The agenda has no topics yet.")
            )
        self.open_count.setText(str(view.open_actions))
        self.open_count.setAccessibleName(
            self.tr("Open action points: %1").replace("%1", str(view.open_actions))
        )
        if view.overdue_actions:
            self.overdue.setText(self.tr("%1 overdue").replace("%1", str(view.overdue_actions)))
            self.overdue.setProperty("class", "warning")
        else:
            self.overdue.setText(self.tr("None overdue"))
            self.overdue.setProperty("class", "")
        self.overdue.style().unpolish(self.overdue)
        self.overdue.style().polish(self.overdue)
        self.ring.set_current(view.current_phase)
        if view.current_phase is None:
            self.cycle_caption.setText(self.tr("No toekomstagenda round is running."))
        else:
            self.cycle_caption.setText(
                self.tr("Round %1, phase: %2")
                .replace("%1", str(view.cycle_number))
                .replace("%2", labels.phase(view.current_phase))
            )
        available, allocated, spent = (
            view.budget_available,
            view.budget_allocated,
            view.budget_spent,
        )
        free = available - allocated
        self.budget_lines.setText(
            "\n".join(
                [
                    self.tr("Available in %1: %2")
                    .replace("%1", str(view.budget_year))
                    .replace("%2", labels.money(available)),
                    self.tr("Allocated: %1").replace("%1", labels.money(allocated)),
                    self.tr("Spent: %1").replace("%1", labels.money(spent)),
                    self.tr("Free: %1").replace("%1", labels.money(free)),
                ]
            )
        )
        share = (
            0 if available.cents <= 0 else min(100, round(100 * allocated.cents / available.cents))
        )
        self.budget_bar.setValue(share)
        self.budget_bar.setFormat(self.tr("%1% allocated").replace("%1", str(share)))
        if view.latest_decisions:
            self.decision_lines.setText(
                "\n".join(f"{d.number}  {_shorten(d.text, 90)}" for d in view.latest_decisions)
            )
        else:
            self.decision_lines.setText(self.tr("No decisions yet."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # The count of open actions is the figure a chair looks for first: once it has been
        # painted with a council's data, the overview counts as shown.
        if (
            event.type() == QEvent.Type.Paint
            and (self.view is not None or self._welcome)
            and not self._announced
        ):
            self._announced = True
            QTimer.singleShot(0, self.painted_with_data.emit)
        return super().eventFilter(watched, event)


def _shorten(text: str, limit: int) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
