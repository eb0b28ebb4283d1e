"""Quick capture during a meeting, all by keyboard: a decision, an action point, attendance."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.dates import parse_date
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import OrganisationView, PersonView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import describe_buttons
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.meeting_mode.attendance_dialog import AttendanceDialog

__all__ = ["ActionDialog", "ActionInput", "AttendanceDialog", "DecisionDialog"]

TITLE_CHARS = 60  # a typical action point's title, in average characters of the field's font


class TitleField(QLineEdit):
    """A field that asks for room for a whole title (TITLE_CHARS average characters of its
    font, at any text size); the dialog takes that width within the screen (fit_dialog)."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        around = hint.width() - metrics.horizontalAdvance("x") * 17  # Qt's own 17 x's
        return QSize(
            max(hint.width(), metrics.averageCharWidth() * TITLE_CHARS + around), hint.height()
        )


def _warning_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setProperty("class", "warning")
    label.hide()
    return label


class DecisionDialog(QDialog):
    """Ctrl+B: the decision's text and, when there was a vote, for / against / abstain."""

    def __init__(self, next_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("Decision %1").replace("%1", next_number))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The decision gets number %1.").replace("%1", next_number))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        text_label = QLabel(self.tr("&What was decided"))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("What was decided"))
        self.text.setAccessibleDescription(self.tr("The decision as it goes into the register"))
        self.text.setMinimumHeight(90)
        text_label.setBuddy(self.text)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        self.voted = QCheckBox(self.tr("There was a &vote"))
        self.voted.setAccessibleName(self.tr("There was a vote"))
        self.voted.setAccessibleDescription(
            self.tr("Tick when the council voted, to count the votes")
        )
        layout.addWidget(self.voted)
        votes = FlowLayout(spacing=12)  # the three counts wrap at large text, never cut
        self.votes_for = self._count(self.tr("For"))
        self.votes_for.setAccessibleDescription(self.tr("How many members voted for"))
        self.votes_against = self._count(self.tr("Against"))
        self.votes_against.setAccessibleDescription(self.tr("How many members voted against"))
        self.votes_abstain = self._count(self.tr("Abstain"))
        self.votes_abstain.setAccessibleDescription(self.tr("How many members abstained"))
        for caption, box in (
            (self.tr("&For"), self.votes_for),
            (self.tr("A&gainst"), self.votes_against),
            (self.tr("A&bstain"), self.votes_abstain),
        ):
            label = QLabel(caption)
            label.setBuddy(box)
            votes.addWidget(paired(label, box))
        layout.addLayout(votes)
        self.confidential = QCheckBox(self.tr("&Confidential: not in the minutes, not projected"))
        self.confidential.setAccessibleName(self.tr("Confidential decision"))
        self.confidential.setAccessibleDescription(
            self.tr("The decision keeps its number but stays out of the minutes and the projector")
        )
        layout.addWidget(self.confidential)
        self.voted.toggled.connect(self._vote_toggled)
        self._vote_toggled(False)
        self.warning = _warning_label()
        layout.addWidget(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr(
                    "Records the decision under the current item (Ctrl+Enter)"
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window; no decision is recorded"
                ),
            },
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._accept)

    def _count(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100_000)
        box.setAccessibleName(name)
        return box

    def _vote_toggled(self, on: bool) -> None:
        for box in (self.votes_for, self.votes_against, self.votes_abstain):
            box.setEnabled(on)

    def decision_text(self) -> str:
        return self.text.toPlainText().strip()

    def votes(self) -> tuple[int, int, int] | None:
        if not self.voted.isChecked():
            return None
        return self.votes_for.value(), self.votes_against.value(), self.votes_abstain.value()

    def _accept(self) -> None:
        if not self.decision_text():
            self.warning.setText(self.tr("Write what was decided first."))
            self.warning.show()
            self.text.setFocus()
            return
        self.accept()


@dataclass(frozen=True)
class ActionInput:
    title: str
    owner_person_id: int | None
    owner_organisation_id: int | None
    due_date: date | None
    project_id: int | None = None


class ActionDialog(QDialog):
    """Ctrl+Shift+A: what, who (with name completion), by when. Asks once about a missing owner or a past date."""

    def __init__(
        self,
        people: list[PersonView],
        organisations: list[OrganisationView],
        today: date,
        parent: QWidget | None = None,
        *,
        projects: Sequence[tuple[int, str]] = (),
        project_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.today = today
        self.setWindowTitle(self.tr("New action point"))
        self.setMinimumWidth(560)
        self.owners: dict[str, tuple[int | None, int | None]] = {}
        for org in organisations:
            self.owners[org.name.casefold()] = (None, org.id)
        for person in people:
            self.owners[person.name.casefold()] = (person.id, None)
            self.owners[person.display_name.casefold()] = (person.id, None)
        names = sorted(
            {p.display_name for p in people} | {o.name for o in organisations}, key=str.casefold
        )
        form = QFormLayout(self)
        self.what = TitleField()
        self.what.setAccessibleName(self.tr("What needs to be done"))
        self.what.setAccessibleDescription(self.tr("The task as it goes on the action list"))
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Who does it"))
        self.who.setAccessibleDescription(
            self.tr("The person or organisation that takes the task on")
        )
        self.who.setPlaceholderText(self.tr("Start typing a name"))
        self.completer = QCompleter(names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(self.completer)
        self.due = QLineEdit()
        self.due.setAccessibleName(self.tr("By when"))
        self.due.setAccessibleDescription(
            self.tr("The day the task should be done, if there is one")
        )
        self.due.setPlaceholderText(self.tr("e.g. 14-10-2026, or leave empty"))
        form.addRow(self.tr("&What"), self.what)
        form.addRow(self.tr("W&ho"), self.who)
        form.addRow(self.tr("&By when"), self.due)
        # A kerngroep's action point belongs to a project: the item's project, unless changed.
        self.project = QComboBox()
        self.project.setAccessibleName(self.tr("Project"))
        self.project.setAccessibleDescription(self.tr("The project this action point belongs to"))
        self.project.addItem(self.tr("(no project)"), 0)
        for known_id, name in projects:
            self.project.addItem(name, known_id)
        self.project.setCurrentIndex(max(0, self.project.findData(project_id or 0)))
        self.project.setVisible(bool(projects))
        if projects:
            form.addRow(self.tr("&Project"), self.project)
        self.warning = _warning_label()
        form.addRow(self.warning)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add action point"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr(
                    "Puts the action point on the action list under the current item"
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window; no action point is added"
                ),
            },
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._asked: tuple[str, str] | None = None
        self.result_input: ActionInput | None = None

    def _accept(self) -> None:
        title = self.what.text().strip()
        if not title:
            self._warn(self.tr("Write what needs to be done first."))
            self.what.setFocus()
            return
        due: date | None = None
        if self.due.text().strip():
            try:
                due = parse_date(self.due.text())
            except BuurtDeskError as exc:
                self._warn(exc.message(labels.ui_language()))
                self.due.setFocus()
                return
        who = self.who.text().strip()
        person_id, org_id = self.owners.get(who.casefold(), (None, None))
        doubts = []
        if person_id is None and org_id is None:
            if who:
                doubts.append(
                    self.tr(
                        "Nobody called '%1' is known here, so the action point gets no owner."
                    ).replace("%1", who)
                )
            else:
                doubts.append(self.tr("Nobody is named to do this."))
        if due is not None and due < self.today:
            doubts.append(
                self.tr("The date %1 has already passed.").replace("%1", labels.short_date(due))
            )
        key = (who.casefold(), self.due.text().strip())
        if doubts and self._asked != key:
            self._asked = key
            self._warn(
                " ".join(doubts)
                + " "
                + self.tr("Press Enter again to add it anyway, or change it.")
            )
            return
        self.result_input = ActionInput(
            title, person_id, org_id, due, int(self.project.currentData() or 0) or None
        )
        self.accept()

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()
