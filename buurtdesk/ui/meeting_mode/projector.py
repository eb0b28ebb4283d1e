"""The projector window: what the room sees on the wall during a meeting.

Nothing private goes here. The content is built by `projector_content`, a pure function that
takes the meeting's views and keeps only what may be shown in public: the agenda titles, the
current item, the decisions and the action points (what, who by name, by when). It never
reads notes (not even of open items: notes are the secretary's), nor any contact detail.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from buurtdesk.services.views import ActionPointView, DecisionView, MeetingDetail
from buurtdesk.ui.common import labels


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    is_current: bool


@dataclass(frozen=True)
class ProjectorContent:
    """Everything the projector shows, already stripped of private matter."""

    council: str
    meeting: str
    agenda: tuple[AgendaLine, ...]
    current_title: str
    decisions: tuple[str, ...]
    actions: tuple[str, ...]

    def all_text(self) -> str:
        lines = [self.council, self.meeting, self.current_title]
        lines += [f"{a.position}. {a.title}" for a in self.agenda]
        return "\n".join(lines + list(self.decisions) + list(self.actions))


def decision_line(decision: DecisionView) -> str:
    line = f"{decision.number}  {' '.join(decision.text.split())}"
    if decision.has_vote:
        vote = QCoreApplication.translate("ProjectorWindow", "for %1 · against %2 · abstain %3")
        vote = vote.replace("%1", str(decision.votes_for)).replace(
            "%2", str(decision.votes_against)
        )
        line += f"  ({vote.replace('%3', str(decision.votes_abstain))})"
    return line


def action_line(action: ActionPointView) -> str:
    parts = [" ".join(action.title.split())]
    if action.owner_name:
        parts.append(action.owner_name)
    if action.due_date:
        parts.append(labels.short_date(action.due_date))
    return " — ".join(parts)


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
        decisions=tuple(decision_line(d) for d in detail.decisions if not d.withdrawn),
        actions=tuple(action_line(a) for a in detail.new_actions),
    )


def _big(label: QLabel, scale: float, bold: bool = False) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(max(11.0, font.pointSizeF()) * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ProjectorWindow(QWidget):
    """A second top-level window; full screen on the second screen when there is one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("BuurtDesk — projector"))
        self.setObjectName("projector")
        self.setAccessibleName(self.tr("Projector"))
        self.content: ProjectorContent | None = None
        self.setStyleSheet(
            "QWidget#projector { background: #10243f; } QLabel { color: #ffffff; }"
            ' QLabel[class="muted"] { color: #c9d6e8; } QLabel[class="current"] { color: #ffd54f; }'
            " QFrame#projectorRule { background: #c9d6e8; }"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 28, 40, 28)
        outer.setSpacing(14)
        self.heading = _big(QLabel(), 1.5)
        self.heading.setProperty("class", "muted")
        self.current = _big(QLabel(), 2.6, bold=True)
        self.current.setProperty("class", "current")
        self.current.setAccessibleName(self.tr("Current item"))
        outer.addWidget(self.heading)
        outer.addWidget(self.current)
        rule = QFrame()
        rule.setObjectName("projectorRule")
        rule.setFixedHeight(2)
        outer.addWidget(rule)
        columns = QHBoxLayout()
        columns.setSpacing(48)
        outer.addLayout(columns, 1)
        self.agenda = _big(QLabel(), 1.45)
        self.agenda.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.agenda.setTextFormat(Qt.TextFormat.RichText)
        right = QVBoxLayout()
        right.setSpacing(8)
        self.decisions_title = _big(QLabel(self.tr("Decisions")), 1.5, bold=True)
        self.decisions = _big(QLabel(), 1.3)
        self.decisions.setAccessibleName(self.tr("Decisions"))
        self.actions_title = _big(QLabel(self.tr("Action points")), 1.5, bold=True)
        self.actions = _big(QLabel(), 1.3)
        self.actions.setAccessibleName(self.tr("Action points"))
        for widget in (self.decisions_title, self.decisions, self.actions_title, self.actions):
            right.addWidget(widget)
        right.addStretch(1)
        columns.addWidget(self.agenda, 2)
        columns.addLayout(right, 3)
        leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        leave.activated.connect(self.showNormal)

    def show_content(self, content: ProjectorContent) -> None:
        self.content = content
        self.heading.setText(f"{content.council} · {content.meeting}")
        self.current.setText(content.current_title or self.tr("Welcome"))
        lines = []
        for line in content.agenda:
            title = _escape(f"{line.position}. {line.title}")
            lines.append(
                f"<b style='color:#ffd54f'>▶ {title}</b>"
                if line.is_current
                else f"&nbsp;&nbsp;&nbsp;{title}"
            )
        self.agenda.setText("<br>".join(lines))
        self.decisions.setText("\n".join(content.decisions[-6:]) or self.tr("No decisions yet."))
        self.actions.setText("\n".join(content.actions[-6:]) or self.tr("No action points yet."))

    def visible_text(self) -> str:
        """All text on the wall, as the room reads it (for checks)."""
        return "\n".join(
            label.text()
            for label in (self.heading, self.current, self.agenda, self.decisions, self.actions)
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


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
