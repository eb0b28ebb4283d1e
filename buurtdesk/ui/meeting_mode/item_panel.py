"""The centre of meeting mode: the current item's title, what it needs, the notes, what was taken.

From top to bottom: the title; a banner when something went wrong; one line on what was just
recorded; the action-list review (at the action-list item); the previous minutes (at that
item); the notes; the decisions and action points taken under this item. The parts sit in a
WholeColumn: each keeps the height it needs, and in a window too short for all of them the
column scrolls rather than draw one part over another.
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from buurtdesk.domain.enums import AgendaItemKind, MinutesState, MinutesTitle
from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.reflow import LeastColumn, WholeColumn
from buurtdesk.ui.meeting_mode.minutes import can_adopt_previous
from buurtdesk.ui.meeting_mode.notes import NotesEditor
from buurtdesk.ui.meeting_mode.project_info import ProjectAtItem
from buurtdesk.ui.meeting_mode.review import ActionReviewPanel, ReviewCallback
from buurtdesk.ui.meeting_mode.top_bar import scaled


class ItemPanel(QWidget):
    def __init__(self, review: ReviewCallback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        page = QWidget()
        centre = LeastColumn(page)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.setSpacing(8)
        self.title = scaled(QLabel(), 1.6, bold=True)
        self.title.setObjectName("itemTitle")
        self.title.setWordWrap(True)
        centre.addWidget(self.title)
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        centre.addWidget(self.banner)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setAccessibleName(self.tr("Last change"))
        self.notice.hide()
        centre.addWidget(self.notice)
        self.review = ActionReviewPanel(review)
        self.review.hide()
        centre.addWidget(self.review, 3)
        self.minutes_hint = QLabel()
        self.minutes_hint.setWordWrap(True)
        self.minutes_hint.setProperty("class", "muted")
        self.minutes_hint.hide()
        centre.addWidget(self.minutes_hint)
        self.project = ProjectAtItem()  # a project's item: milestones, open actions, progress
        centre.addWidget(self.project)
        self.notes_label = QLabel(self.tr("&Notes"))
        self.notes = NotesEditor()
        self.notes.setAccessibleName(self.tr("Notes for the current item"))
        self.notes.setAccessibleDescription(
            self.tr("What is said about the current item; kept as you type")
        )
        notes_font = QFont(self.notes.font())
        notes_font.setPointSizeF(max(11.0, notes_font.pointSizeF()) * 1.2)
        self.notes.setFont(notes_font)
        self.notes.setPlaceholderText(self.tr("Notes of this item; kept as you type."))
        self.notes_label.setBuddy(self.notes)
        centre.addWidget(self.notes_label)
        centre.addWidget(self.notes, 3)
        self.captured = scaled(QLabel(), 1.1)
        self.captured.setObjectName("captured")
        self.captured.setWordWrap(True)
        self.captured.setTextFormat(Qt.TextFormat.RichText)
        self.captured.setAccessibleName(self.tr("Decisions and action points of this item"))
        # What was taken scrolls in its own area, so the notes keep room for two lines at any
        # text size on a small laptop (at the action list the review has that room).
        self.captured_area = QScrollArea()
        self.captured_area.setWidgetResizable(True)
        self.captured_area.setFrameShape(QFrame.Shape.NoFrame)
        self.captured_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.captured_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.captured_area.setWidget(self.captured)
        self.captured_area.hide()
        centre.addWidget(self.captured_area, 2)
        self.layout_ = centre
        self.column = WholeColumn(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.column)

    # -- messages ----------------------------------------------------------------------------------
    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    # -- the item ----------------------------------------------------------------------------------
    def show_item(self, detail: MeetingDetail, item: AgendaItemView, today: date) -> None:
        self.title.setText(
            f"{item.position}. {item.title}"
            + (self.tr(" (closed session)") if item.is_private else "")
        )
        is_action_list = item.kind == AgendaItemKind.ACTION_LIST
        notes_line = self.notes.fontMetrics().lineSpacing()
        self.notes.setMinimumHeight((1 if is_action_list else 2) * notes_line + 14)
        self.captured_area.setMinimumHeight(self.captured.fontMetrics().lineSpacing() + 10)
        self.review.setVisible(is_action_list)
        # At the action list the review gets most of the room; elsewhere the notes.
        self.layout_.setStretchFactor(self.notes, 1 if is_action_list else 3)
        if is_action_list:
            self.review.show_actions(detail.reviewed_actions, today)
        self._show_minutes(detail, item)
        self._show_captured(detail, item)

    def _show_minutes(self, detail: MeetingDetail, item: AgendaItemView) -> None:
        previous = detail.previous_meeting
        at_minutes = item.kind == AgendaItemKind.PREVIOUS_MINUTES and previous is not None
        if at_minutes and previous is not None:
            when = labels.long_date(previous.date)
            state = labels.meeting_status(previous.status, previous.minutes_state)
            state = state[:1].lower() + state[1:]  # mid-sentence: "…: gehouden, concept…"
            adopted, open_, none = self._minutes_sentences(detail.council.minutes_title)
            if previous.minutes_state == MinutesState.ADOPTED:
                hint = adopted.replace("%1", when)
            elif can_adopt_previous(previous):
                hint = open_.replace("%1", when).replace("%2", state)
            else:
                hint = none.replace("%1", when)
            self.minutes_hint.setText(hint)
        self.minutes_hint.setVisible(at_minutes)

    def _minutes_sentences(self, title: MinutesTitle) -> tuple[str, str, str]:
        """Adopted, open to adopt, not there yet: said with the council's own title for its
        minutes (Notulen, Verslag or Besluitenlijst)."""
        if title == MinutesTitle.VERSLAG:
            return (
                self.tr("The report of %1 is adopted."),
                self.tr(
                    "Report of %1: %2. Ctrl+Shift+V adopts it, with amendments if there are any."
                ),
                self.tr("The meeting of %1 has no report yet."),
            )
        if title == MinutesTitle.BESLUITENLIJST:
            return (
                self.tr("The list of decisions of %1 is adopted."),
                self.tr(
                    "List of decisions of %1: %2. Ctrl+Shift+V adopts it, with amendments if there are any."
                ),
                self.tr("The meeting of %1 has no list of decisions yet."),
            )
        return (
            self.tr("The minutes of %1 are adopted."),
            self.tr(
                "Minutes of %1: %2. Ctrl+Shift+V adopts them, with amendments if there are any."
            ),
            self.tr("The meeting of %1 has no minutes yet."),
        )

    def _show_captured(self, detail: MeetingDetail, item: AgendaItemView) -> None:
        """What was taken under this item, as a list: the decision with its vote, the action
        point with who and by when."""
        rows = []
        for d in detail.decisions:
            if d.agenda_item_id != item.id or d.withdrawn:
                continue
            below = ""
            if d.has_vote:
                below = (
                    self.tr("for %1 · against %2 · abstain %3")
                    .replace("%1", str(d.votes_for))
                    .replace("%2", str(d.votes_against))
                    .replace("%3", str(d.votes_abstain))
                )
            rows.append((self.tr("Decision %1").replace("%1", str(d.number)), d.text, below))
        for a in detail.new_actions:
            if a.origin_item_id != item.id:
                continue
            who = a.owner_name or self.tr("nobody yet")
            when = labels.short_date(a.due_date) if a.due_date else self.tr("no date")
            rows.append((self.tr("Action point"), a.title, f"{who} · {when}"))
        self.captured.setText(captured_table(rows))
        self.captured.setVisible(bool(rows))
        self.captured_area.setVisible(bool(rows))


def captured_table(rows: list[tuple[str, str, str]]) -> str:
    """Lead | text, with a second line below the text; wrapped lines stay indented."""
    cells = "".join(
        f"<tr><td style='padding-right:12px; font-weight:600'>{escape(lead)}</td>"
        f"<td style='padding-bottom:6px'>{escape(text)}"
        + (f"<br><span style='font-size:small'>{escape(below)}</span>" if below else "")
        + "</td></tr>"
        for lead, text, below in rows
    )
    return f"<table cellspacing='0' cellpadding='0'>{cells}</table>"
