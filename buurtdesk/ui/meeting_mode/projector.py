"""The projector window: what the room sees on the wall during a meeting.

Nothing private goes here. The content is built by `projector_content`, a pure function that
takes the meeting's views and keeps only what may be shown in public: the agenda titles, the
current item, the decisions and the action points (what, who by name, by when). It never
reads notes (not even of open items: notes are the secretary's), nor any contact detail.

The type scales with the window (the current item's title is a fifteenth of its height), so
the wall is filled at 1024×768 and at 1920×1080 alike. The upper half holds the current item
and the agenda around it, the lower half the decisions and action points as they are taken.
The window never takes the keyboard from meeting mode.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from buurtdesk.services.views import ActionPointView, DecisionView, MeetingDetail
from buurtdesk.ui.common import labels

TITLE_SHARE = 15  # the current item's title: 1/15 of the window's height
TEXT_SHARE = 30  # agenda, decisions and action points: 1/30
MUTED, CURRENT = "#c9d6e8", "#ffd54f"


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    is_current: bool


@dataclass(frozen=True)
class ProjectedLine:
    """One decision or action point: its lead (number or bullet), its text, and below it
    the vote or who and by when."""

    lead: str
    text: str
    detail: str = ""

    def __str__(self) -> str:
        return "  ".join(p for p in (self.lead, self.text, self.detail) if p)


@dataclass(frozen=True)
class ProjectorContent:
    """Everything the projector shows, already stripped of private matter."""

    council: str
    meeting: str
    agenda: tuple[AgendaLine, ...]
    current_title: str
    decisions: tuple[ProjectedLine, ...]
    actions: tuple[ProjectedLine, ...]

    def all_text(self) -> str:
        lines = [self.council, self.meeting, self.current_title]
        lines += [f"{a.position}. {a.title}" for a in self.agenda]
        return "\n".join(lines + [str(d) for d in self.decisions + self.actions])


def decision_line(decision: DecisionView) -> ProjectedLine:
    vote = ""
    if decision.has_vote:
        vote = QCoreApplication.translate("ProjectorWindow", "for %1 · against %2 · abstain %3")
        vote = (
            vote.replace("%1", str(decision.votes_for))
            .replace("%2", str(decision.votes_against))
            .replace("%3", str(decision.votes_abstain))
        )
    return ProjectedLine(str(decision.number), " ".join(decision.text.split()), vote)


def action_line(action: ActionPointView) -> ProjectedLine:
    parts = []
    if action.owner_name:
        parts.append(action.owner_name)
    if action.due_date:
        parts.append(labels.short_date(action.due_date))
    return ProjectedLine("•", " ".join(action.title.split()), " · ".join(parts))


def projector_content(detail: MeetingDetail, current_item_id: int | None) -> ProjectorContent:
    """What may be projected: agenda, current item, decisions and actions of this meeting."""
    current = next((item for item in detail.items if item.id == current_item_id), None)
    meeting = detail.meeting
    return ProjectorContent(
        council=detail.council.name,
        meeting=meeting.title or labels.long_date(meeting.date),
        agenda=tuple(
            AgendaLine(item.position, item.title, item.id == current_item_id)
            for item in detail.items
        ),
        current_title=current.title if current else "",
        # A confidential (vertrouwelijk) decision never goes on the wall.
        decisions=tuple(
            decision_line(d) for d in detail.decisions if not d.withdrawn and not d.confidential
        ),
        actions=tuple(action_line(a) for a in detail.new_actions),
    )


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if name:
        label.setAccessibleName(name)
        # Filled to fit the room it gets (see ProjectorWindow._fit), never the other way round.
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
    return label


def _rows(rows: list[tuple[str, str, str]], lead_colour: str = MUTED) -> str:
    """A table of lead | text (with a second, muted line): wrapped lines stay indented."""
    cells = []
    for lead, text, detail in rows:
        below = f"<br><span style='color:{MUTED}'>{escape(detail)}</span>" if detail else ""
        cells.append(
            f"<tr><td style='color:{lead_colour}; padding-right:0.5em'>{escape(lead)}</td>"
            f"<td style='padding-bottom:0.3em'>{text}{below}</td></tr>"
        )
    return "<table cellspacing='0' cellpadding='0'>" + "".join(cells) + "</table>"


class ProjectorWindow(QWidget):
    """A second top-level window; full screen on the second screen when there is one."""

    def __init__(self, toggle: Callable[[], object] | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWindowTitle(self.tr("BuurtDesk — projector"))
        self.setObjectName("projector")
        self.setAccessibleName(self.tr("Projector"))
        self.content: ProjectorContent | None = None
        self.setStyleSheet(
            "QWidget#projector { background: #10243f; } QLabel { color: #ffffff; }"
            f" QLabel#projectorHeading {{ color: {MUTED}; }}"
            f" QLabel#projectorCurrent {{ color: {CURRENT}; }}"
            f" QFrame#projectorRule {{ background: {MUTED}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setSpacing(0)
        self.heading = _label()
        self.heading.setObjectName("projectorHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.current = _label()
        self.current.setAccessibleName(self.tr("Current item"))
        self.current.setObjectName("projectorCurrent")
        self.current.setTextFormat(Qt.TextFormat.PlainText)
        self.agenda = _label(self.tr("Agenda"))
        upper = QVBoxLayout()
        upper.addWidget(self.heading)
        upper.addWidget(self.current)
        upper.addWidget(self.agenda, 1)
        outer.addLayout(upper, 1)
        rule = QFrame()
        rule.setObjectName("projectorRule")
        rule.setFixedHeight(2)
        outer.addWidget(rule)
        lower = QHBoxLayout()
        self.decisions_title = _label()
        self.decisions_title.setText(self.tr("Decisions"))
        self.decisions = _label(self.tr("Decisions"))
        self.actions_title = _label()
        self.actions_title.setText(self.tr("Action points"))
        self.action_points = _label(self.tr("Action points"))
        for title, body in (
            (self.decisions_title, self.decisions),
            (self.actions_title, self.action_points),
        ):
            title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(body, 1)
            lower.addLayout(column, 1)
        outer.addLayout(lower, 1)
        self.layouts = (outer, upper, lower)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.activated.connect(self.showNormal)
        if toggle is not None:
            QShortcut(QKeySequence(Qt.Key.Key_F8), self).activated.connect(toggle)
        self._scale()

    # -- size ------------------------------------------------------------------------------------
    def title_pixels(self) -> int:
        return max(14, self.height() // TITLE_SHARE)

    def _scale(self) -> None:
        height = max(1, self.height())
        text = max(11, height // TEXT_SHARE)
        for label, pixels, bold in (
            (self.heading, max(11, height // 36), False),
            (self.current, self.title_pixels(), True),
            (self.agenda, text, False),
            (self.decisions_title, round(text * 1.15), True),
            (self.decisions, text, False),
            (self.actions_title, round(text * 1.15), True),
            (self.action_points, text, False),
        ):
            font = QFont(label.font())
            font.setPixelSize(pixels)
            font.setBold(bold)
            label.setFont(font)
        margin = max(12, height // 30)
        outer, upper, lower = self.layouts
        outer.setContentsMargins(margin * 2, margin, margin * 2, margin)
        upper.setSpacing(margin // 2)
        lower.setSpacing(margin * 2)
        outer.activate()  # the labels get their room before they are filled to fit it
        if self.content is not None:
            self._fill()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._scale()

    # -- content ---------------------------------------------------------------------------------
    def show_content(self, content: ProjectorContent) -> None:
        self.content = content
        self.heading.setText(f"{content.council} · {content.meeting}")
        self.current.setText(content.current_title or self.tr("Welcome"))
        self._fill()

    def _fill(self) -> None:
        content = self.content
        assert content is not None
        self._fit(self.agenda, self._agenda_rows(content), self._agenda_window(content))
        self._fit(
            self.decisions,
            [(d.lead, escape(d.text), d.detail) for d in content.decisions],
            None,
            self.tr("No decisions yet."),
        )
        self._fit(
            self.action_points,
            [(a.lead, escape(a.text), a.detail) for a in content.actions],
            None,
            self.tr("No action points yet."),
        )

    def _agenda_rows(self, content: ProjectorContent) -> list[tuple[str, str, str]]:
        rows = []
        for line in content.agenda:
            title = escape(line.title)
            if line.is_current:
                title = f"<b style='color:{CURRENT}'>{title}</b>"
            rows.append((f"{line.position}.", title, ""))
        return rows

    def _agenda_window(self, content: ProjectorContent) -> int:
        return next((i for i, line in enumerate(content.agenda) if line.is_current), 0)

    def _fit(
        self,
        label: QLabel,
        rows: list[tuple[str, str, str]],
        around: int | None,
        empty: str = "",
    ) -> None:
        """Show as many rows as fit: the latest ones, or those around row `around`."""
        if not rows:
            label.setText(f"<span style='color:{MUTED}'>{escape(empty)}</span>")
            return
        room = label.height() if label.height() > 10 else self.height() // 3
        width = label.width() if label.width() > 10 else self.width() // 2
        first, last = 0, len(rows)
        while True:
            label.setText(_rows(rows[first:last]))
            if last - first <= 1 or label.heightForWidth(width) <= room:
                return
            if around is None:
                first += 1  # the oldest go first: the latest stay on the wall
            elif around - first > last - 1 - around and around - first > 0:
                first += 1
            else:
                last -= 1

    def visible_text(self) -> str:
        """All text on the wall, as the room reads it (for checks)."""
        return "\n".join(
            label.text()
            for label in (
                self.heading,
                self.current,
                self.agenda,
                self.decisions,
                self.action_points,
            )
        )

    def place(self) -> None:
        """On the second screen, full screen, when there is one; else a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            second = screens[1]
            self.setScreen(second)
            self.setGeometry(second.geometry())
            self.showFullScreen()
        else:
            self.resize(1024, 640)
            self.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.content = None
        super().closeEvent(event)
