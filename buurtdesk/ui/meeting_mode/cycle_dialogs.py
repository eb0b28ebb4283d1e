"""Toekomstagenda capture in meeting mode, all by keyboard: a wish (Ctrl+W), the dot vote of
this meeting (Ctrl+T, in vote_dialog) and a role (Ctrl+R). The dialogs only ask;
cycle_capture.CycleCapture stores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from buurtdesk.domain.enums import LadderStep
from buurtdesk.services.cycle.views import ThemeView
from buurtdesk.services.views import OrganisationView, PersonView
from buurtdesk.ui.common.accessible import describe_buttons
from buurtdesk.ui.common.placeholders import room_for_placeholder
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.cycle import labels as cycle_labels
from buurtdesk.ui.meeting_mode.capture import _warning_label


def _buttons(
    dialog: QDialog, ok_text: str, cancel_text: str, ok_description: str
) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
    describe_buttons(buttons, {QDialogButtonBox.StandardButton.Ok: ok_description})
    buttons.rejected.connect(dialog.reject)
    return buttons


class WishDialog(QDialog):
    """Ctrl+W: the theme (the current item's theme first) and the wish in the residents' words."""

    def __init__(
        self, themes: Sequence[ThemeView], theme_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("New wish"))
        self.setMinimumWidth(560)
        form = QFormLayout(self)
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setAccessibleDescription(self.tr("The theme the wish goes under"))
        for theme in themes:
            self.theme.addItem(theme.name, theme.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme_id)))
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(80)
        self.text.setAccessibleName(self.tr("The wish, in the residents' own words"))
        self.text.setAccessibleDescription(self.tr("The wish as residents put it"))
        self.raised_by = QLineEdit()
        self.raised_by.setAccessibleName(self.tr("Raised by"))
        self.raised_by.setAccessibleDescription(self.tr("Who brought the wish in, if anyone"))
        self.raised_by.setPlaceholderText(self.tr("optional"))
        room_for_placeholder(self.raised_by)
        form.addRow(self.tr("T&heme"), self.theme)
        form.addRow(self.tr("&Wish"), self.text)
        form.addRow(self.tr("&Raised by"), self.raised_by)
        self.warning = _warning_label()
        form.addRow(self.warning)
        buttons = _buttons(
            self,
            self.tr("Add wish"),
            self.tr("Cancel"),
            self.tr("Adds the wish to the chosen theme (Ctrl+Enter)"),
        )
        buttons.accepted.connect(self._accept)
        form.addRow(buttons)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self._accept)
        self.text.setFocus()

    def theme_id(self) -> int:
        return int(self.theme.currentData())

    def wish_text(self) -> str:
        return self.text.toPlainText().strip()

    def _accept(self) -> None:
        if not self.wish_text():
            self.warning.setText(self.tr("Write the wish first."))
            self.warning.show()
            self.text.setFocus()
            return
        self.accept()


def subject_key(theme_id: int | None, project_id: int | None) -> str:
    """'theme:4', 'project:2' or '' (the round as a whole): the role dialog's choice."""
    if project_id is not None:
        return f"project:{project_id}"
    return f"theme:{theme_id}" if theme_id is not None else ""


def subject_ids(key: str) -> tuple[int | None, int | None]:
    kind, _sep, number = key.partition(":")
    if kind == "theme":
        return int(number), None
    if kind == "project":
        return None, int(number)
    return None, None


@dataclass(frozen=True)
class RoleInput:
    role: str
    person_id: int | None
    organisation_id: int | None
    theme_id: int | None
    project_id: int | None
    ladder_step: LadderStep | None


class RoleDialog(QDialog):
    """Ctrl+R: who (a person or organisation, with name completion), which role, for which
    theme or project, and for a resident optionally a step on the initiative ladder."""

    def __init__(
        self,
        people: list[PersonView],
        organisations: list[OrganisationView],
        roles: Sequence[str],
        subjects: Sequence[tuple[str, str]],
        subject: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.setWindowTitle(self.tr("New role"))
        self.setMinimumWidth(560)
        self.who_ids: dict[str, tuple[int | None, int | None]] = {}
        for org in organisations:
            self.who_ids[org.name.casefold()] = (None, org.id)
        for person in people:
            self.who_ids[person.name.casefold()] = (person.id, None)
            self.who_ids[person.display_name.casefold()] = (person.id, None)
        names = sorted(
            {p.display_name for p in people} | {o.name for o in organisations}, key=str.casefold
        )
        form = QFormLayout(self)
        self.who = QLineEdit()
        self.who.setAccessibleName(self.tr("Person or organisation"))
        self.who.setAccessibleDescription(self.tr("Who takes on the role"))
        self.who.setPlaceholderText(self.tr("Start typing a name"))
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.who.setCompleter(completer)
        self.role = QComboBox()
        self.role.setEditable(True)
        self.role.addItems(list(roles))
        self.role.setCurrentIndex(0)
        self.role.setAccessibleName(self.tr("Role"))
        self.role.setAccessibleDescription(self.tr("The role the person or organisation takes on"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("Theme or project"))
        self.subject.setAccessibleDescription(
            self.tr("Where the role is taken on: a theme or a project")
        )
        for text, data in subjects:
            self.subject.addItem(text, data)
        self.subject.setCurrentIndex(max(0, self.subject.findData(subject)))
        self.step = QComboBox()
        self.step.setAccessibleName(self.tr("Step on the initiative ladder"))
        self.step.setAccessibleDescription(
            self.tr("How far the person or organisation takes the initiative")
        )
        self.step.addItem(self.tr("no change"), None)
        for step in LadderStep:
            self.step.addItem(cycle_labels.ladder_step(step), step)
        form.addRow(self.tr("W&ho"), self.who)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&For"), self.subject)
        form.addRow(self.tr("&Ladder step"), self.step)
        self.warning = _warning_label()
        form.addRow(self.warning)
        buttons = _buttons(
            self,
            self.tr("Assign role"),
            self.tr("Cancel"),
            self.tr("Gives the role to the person or organisation"),
        )
        buttons.accepted.connect(self._accept)
        form.addRow(buttons)
        self.result_input: RoleInput | None = None

    def _accept(self) -> None:
        who = self.who.text().strip()
        person_id, organisation_id = self.who_ids.get(who.casefold(), (None, None))
        if person_id is None and organisation_id is None:
            self._warn(
                self.tr("Nobody called '%1' is known here; pick a name from the list.").replace(
                    "%1", who
                )
                if who
                else self.tr("Name a person or an organisation first.")
            )
            self.who.setFocus()
            return
        role = self.role.currentText().strip()
        if not role:
            self._warn(self.tr("Write the role first."))
            self.role.setFocus()
            return
        step = self.step.currentData()
        if step is not None and person_id is None:
            self._warn(self.tr("Only a resident can take a step on the initiative ladder."))
            self.step.setFocus()
            return
        theme_id, project_id = subject_ids(str(self.subject.currentData()))
        self.result_input = RoleInput(
            role,
            person_id,
            organisation_id,
            theme_id,
            project_id,
            None if step is None else LadderStep(step),
        )
        self.accept()

    def _warn(self, text: str) -> None:
        self.warning.setText(text)
        self.warning.show()
