"""Editing action points in the table: the cell editors and the history of one action."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.views import ActionPointView, ActionProgressView
from buurtdesk.ui.common import labels
from buurtdesk.ui.registers.action_model import ActionTableModel

ModelIndex = QModelIndex | QPersistentModelIndex


class ActionDelegate(QStyledItemDelegate):
    """Who: a list of the council's people and organisations; status: the four statuses;
    project: the council's open projects (an action point of a kerngroep belongs to one);
    due: a date typed as 14-10-2026 (read by the section, which says what is wrong)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.owner_choices: list[tuple[str, str]] = []  # (owner key, name)
        self.project_choices: list[tuple[int, str]] = []  # (project id, name)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:  # noqa: N802
        column = index.column()
        if column == ActionTableModel.WHO:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Who does it"))
            combo.addItem(self.tr("(nobody)"), "")
            for key, name in self.owner_choices:
                combo.addItem(name, key)
            return combo
        if column == ActionTableModel.PROJECT:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Project"))
            combo.addItem(self.tr("(no project)"), 0)
            for project_id, name in self.project_choices:
                combo.addItem(name, project_id)
            return combo
        if column == ActionTableModel.STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Status"))
            for status in ActionStatus:
                combo.addItem(labels.action_status(status), status.value)
            return combo
        editor = QLineEdit(parent)
        if column == ActionTableModel.DUE:
            editor.setPlaceholderText(self.tr("dd-mm-yyyy"))
            editor.setAccessibleName(self.tr("Due date, for example 14-10-2026"))
        else:
            editor.setAccessibleName(self.tr("What needs to be done"))
        return editor

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            position = editor.findData(value)
            if position < 0 and value:
                # An owner who is no longer among the choices (a former member) stays choosable.
                editor.addItem(str(index.data(Qt.ItemDataRole.DisplayRole)), value)
                position = editor.count() - 1
            editor.setCurrentIndex(max(0, position))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ListedOnDemandComboBox(QComboBox):
    """A combo box whose choices are fetched the first time someone reaches for it, so that
    switching council does not wait for a list nobody opens (a council has 200 meetings)."""

    def __init__(self, fill: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fill = fill
        self.listed = False

    def ensure_listed(self) -> None:
        if not self.listed:
            self.listed = True
            self._fill()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_listed()
        super().focusInEvent(event)

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        self.ensure_listed()
        super().showPopup()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        self.ensure_listed()
        super().wheelEvent(event)


class ActionHistoryPane(QWidget):
    """The selected action and what every meeting said about it, oldest first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.heading = QLabel()
        self.heading.setObjectName("historyHeading")
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setStyleSheet("font-weight: 600;")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setProperty("class", "muted")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("actionHistory")
        self.table.setAccessibleName(self.tr("History of the selected action point"))
        self.table.setAccessibleDescription(
            self.tr("Shows who changed what in the chosen action point, and when")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Meeting"), self.tr("Status after"), self.tr("Progress note")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.table, 1)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.heading.setText(self.tr("History"))
        self.facts.setText(
            self.tr("Choose an action point to see what each meeting said about it.")
        )
        self.table.setRowCount(0)

    def show_action(self, view: ActionPointView, history: list[ActionProgressView]) -> None:
        self.heading.setText(self.tr("History: %1").replace("%1", " ".join(view.title.split())))
        facts = []
        if view.origin_meeting_date:
            facts.append(
                self.tr("agreed at the meeting of %1").replace(
                    "%1", labels.short_date(view.origin_meeting_date)
                )
            )
        facts.append(self.tr("who: %1").replace("%1", view.owner_name or self.tr("(nobody)")))
        if view.due_date:
            facts.append(self.tr("due %1").replace("%1", labels.short_date(view.due_date)))
        facts.append(self.tr("status: %1").replace("%1", labels.action_status(view.status)))
        if view.closed_on:
            facts.append(self.tr("closed on %1").replace("%1", labels.short_date(view.closed_on)))
        line = " · ".join(facts)
        self.facts.setText(line[:1].upper() + line[1:])
        self.table.setRowCount(len(history))
        for row, entry in enumerate(history):
            note = entry.note or self.tr("(no note)")
            cells = (
                labels.short_date(entry.meeting_date),
                labels.action_status(entry.status_after),
                note,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        if not history:
            self.facts.setText(
                self.facts.text() + "\n" + self.tr("No meeting has discussed it yet.")
            )
