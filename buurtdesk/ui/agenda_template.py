"""The council's own standing agenda, edited in the council's details: titles, order, minutes,
sub-items (Ctrl+Right) and breaks. Every edit is stored at once and is undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import AgendaItemKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.meeting_rules import item_numbers
from buurtdesk.services.meetings.template import TemplateItem
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand

NUMBER, TITLE, MINUTES = range(3)


class AgendaTemplateEditor(QWidget):
    """The standing items of one council, in order."""

    def __init__(
        self,
        context: Context,
        council_id: int,
        show_error: Callable[[BuurtDeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.council_id = council_id
        self._show_error = show_error
        self.template = context.services.meetings.template
        self.items: list[TemplateItem] = []
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("&Standing agenda"))
        hint = QLabel(
            self.tr(
                "Every new meeting starts from these items. Ctrl+Up/Ctrl+Down moves, "
                "Ctrl+Right makes a sub-item, Ctrl+Left undoes that, Delete removes, F2 renames."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("class", "muted")
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Agenda item"), self.tr("Minutes")]
        )
        self.table.setAccessibleName(self.tr("Standing agenda"))
        self.table.setAccessibleDescription(hint.text())
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.itemChanged.connect(self._edited)
        caption.setBuddy(self.table)
        row = QHBoxLayout()
        new_label = QLabel(self.tr("New standing &item"))
        self.new_item = QLineEdit()
        self.new_item.setAccessibleName(self.tr("Title of a new standing item"))
        self.new_item.setAccessibleDescription(
            self.tr("Adds a standing item after the chosen one when you press Enter")
        )
        self.new_item.setPlaceholderText(self.tr("Title, then Enter"))
        # Enter adds the item here; it must not also press the dialog's Save button.
        self.new_item.installEventFilter(self)
        new_label.setBuddy(self.new_item)
        pause = QPushButton(self.tr("Add brea&k"))
        pause.setAccessibleName(self.tr("Add a break after the selected item"))
        pause.setAccessibleDescription(self.tr("A break prints as one line, without a number"))
        pause.clicked.connect(lambda: self._add(AgendaItemKind.BREAK))
        row.addWidget(new_label)
        row.addWidget(self.new_item, 1)
        row.addWidget(pause)
        box.addWidget(caption)
        box.addWidget(hint)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self.reload()

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            self.items = self.template.items(self.council_id)
        except BuurtDeskError as exc:
            self._show_error(exc)
            return
        current = self.table.currentRow()
        numbers = item_numbers([(i.level, i.kind) for i in self.items])
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, (item, number) in enumerate(zip(self.items, numbers, strict=True)):
            cells = (
                QTableWidgetItem(number or "—"),
                QTableWidgetItem(item.title),
                QTableWidgetItem(str(item.planned_minutes)),
            )
            cells[NUMBER].setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if item.level:
                cells[TITLE].setData(Qt.ItemDataRole.AccessibleTextRole, f"{number} {item.title}")
                cells[NUMBER].setTextAlignment(Qt.AlignmentFlag.AlignRight)
            for column, cell in enumerate(cells):
                self.table.setItem(row, column, cell)
        self.table.blockSignals(False)
        if self.items:
            self.table.setCurrentCell(min(max(current, 0), len(self.items) - 1), TITLE)

    # -- edits ---------------------------------------------------------------------------------
    def _store(self, text: str, wanted: list[TemplateItem]) -> None:
        council_id, template = self.council_id, self.template
        command = EditCommand(
            text,
            do=lambda: template.set_items(council_id, wanted),
            undo=lambda before: template.set_items(council_id, before),
            after=self.reload,
            on_error=self._show_error,
        )
        self.context.undo_stack.push(command)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.new_item and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._add()
                return True
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            ctrl = event.modifiers() == Qt.KeyboardModifier.ControlModifier
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            handlers = {
                (True, Qt.Key.Key_Up): lambda: self._move(-1),
                (True, Qt.Key.Key_Down): lambda: self._move(1),
                (True, Qt.Key.Key_Right): lambda: self._indent(1),
                (True, Qt.Key.Key_Left): lambda: self._indent(0),
                (False, Qt.Key.Key_Delete): self._remove,
            }
            pressed = (ctrl, Qt.Key(event.key()))
            if (ctrl or plain) and pressed in handlers:
                handlers[pressed]()
                return True
        return super().eventFilter(watched, event)

    def _row(self) -> int:
        row = self.table.currentRow()
        return row if 0 <= row < len(self.items) else -1

    def _move(self, delta: int) -> None:
        row = self._row()
        target = row + delta
        if row < 0 or not 0 <= target < len(self.items):
            return
        wanted = list(self.items)
        wanted.insert(target, wanted.pop(row))
        self._store(self.tr("Move standing item"), wanted)
        self.table.setCurrentCell(target, TITLE)

    def _indent(self, level: int) -> None:
        row = self._row()
        if row < 0 or self.items[row].level == level:
            return
        wanted = list(self.items)
        item = wanted[row]
        wanted[row] = TemplateItem(item.kind, item.title, item.planned_minutes, level)
        self._store(self.tr("Make sub-item") if level else self.tr("Make main item"), wanted)

    def _remove(self) -> None:
        row = self._row()
        if row < 0:
            return
        wanted = list(self.items)
        wanted.pop(row)
        self._store(self.tr("Remove standing item"), wanted)

    def _add(self, kind: AgendaItemKind = AgendaItemKind.TOPIC) -> None:
        if kind == AgendaItemKind.BREAK:
            title, minutes = self.tr("Break"), 15
        else:
            title, minutes = self.new_item.text().strip(), 10
            if not title:
                return
        row = self._row()
        position = row + 1 if row >= 0 else len(self.items)
        wanted = list(self.items)
        wanted.insert(position, TemplateItem(kind, title, minutes))
        self._store(self.tr("Add standing item"), wanted)
        if kind != AgendaItemKind.BREAK:
            self.new_item.clear()
        self.table.setCurrentCell(position, TITLE)

    def _edited(self, cell: QTableWidgetItem) -> None:
        row, column = cell.row(), cell.column()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        text = cell.text().strip()
        if column == TITLE and text != item.title:
            changed = TemplateItem(item.kind, text, item.planned_minutes, item.level)
        elif column == MINUTES and text != str(item.planned_minutes):
            try:
                minutes = int(text)
            except ValueError:
                minutes = -1  # the service says what is wrong
            changed = TemplateItem(item.kind, item.title, minutes, item.level)
        else:
            return
        wanted = list(self.items)
        wanted[row] = changed
        self._store(self.tr("Change standing item"), wanted)
        if self.items[row] != changed:
            self.reload()  # refused: show what is stored
