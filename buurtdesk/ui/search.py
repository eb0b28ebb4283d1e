"""Zoeken (Ctrl+F): one field over notes, decisions, action points and projects of every council.

Typing searches after a short pause; the arrow keys walk the results; Enter opens the hit
in its section (the meeting of a note, the action in the action table, ...).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.services.search import HitKind, SearchHit
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.section import Section
from buurtdesk.ui.common.style import grows_with_messages

if TYPE_CHECKING:
    from buurtdesk.ui.cycle.section import ToekomstagendaSection

TYPING_PAUSE_MS = 150


def _kind_label(kind: HitKind) -> str:
    words = {
        HitKind.NOTE: QT_TRANSLATE_NOOP("SearchDialog", "Agenda item"),
        HitKind.DECISION: QT_TRANSLATE_NOOP("SearchDialog", "Decision"),
        HitKind.ACTION: QT_TRANSLATE_NOOP("SearchDialog", "Action point"),
        HitKind.PROJECT: QT_TRANSLATE_NOOP("SearchDialog", "Project"),
    }
    return QCoreApplication.translate("SearchDialog", str(words[kind]))


def _marked(snippet: str) -> str:
    """FTS5 marks the match between [ and ]: show it bold."""
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.services = services
        self.hits: list[SearchHit] = []
        self.setWindowTitle(self.tr("Search"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(10)
        self.field = QLineEdit()
        self.field.setPlaceholderText(
            self.tr("Search notes, decisions, action points and projects")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(
            self.tr("Searches every council while you type; Enter opens the first result")
        )
        self.field.setClearButtonEnabled(True)
        layout.addWidget(self.field)
        self.summary = QLabel("")
        self.summary.setProperty("class", "muted")
        layout.addWidget(self.summary)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(
            self.tr("What was found, newest first; Enter opens the chosen result in its place")
        )
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.results, 1)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._pause.start())
        self.field.returnPressed.connect(self._enter_in_field)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(lambda _item: self.open_current())
        self.results.currentItemChanged.connect(self._mark_current)

    def start(self, text: str = "") -> None:
        if text:
            self.field.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus()
        self.field.selectAll()

    def run_search(self) -> None:
        self._pause.stop()
        query = self.field.text()
        try:
            self.hits = self.services.search.search(query) if query.strip() else []
        except BuurtDeskError as exc:
            self.hits = []
            self.summary.setText(exc.message(labels.ui_language()))
            self.results.clear()
            return
        self.results.clear()
        for hit in self.hits:
            when = labels.short_date(hit.on) if hit.on else ""
            head = " · ".join(
                p for p in (_kind_label(hit.kind), hit.title, hit.council_name, when) if p
            )
            label = QLabel(f"<div><b>{html.escape(head)}</b><br>{_marked(hit.snippet)}</div>")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setContentsMargins(6, 4, 6, 4)
            item = QListWidgetItem()
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{head}: {hit.snippet.replace('[', '').replace(']', '')}",
            )
            width = max(200, self.results.viewport().width() - 16)
            item.setSizeHint(QSize(width, label.heightForWidth(width) + 4))
            self.results.addItem(item)
            self.results.setItemWidget(item, label)
        if not query.strip():
            self.summary.setText("")
        elif not self.hits:
            self.summary.setText(self.tr("Nothing found for “%1”.").replace("%1", query.strip()))
        elif len(self.hits) == 1:
            self.summary.setText(self.tr("One result; Enter opens it."))
        else:
            self.summary.setText(
                self.tr("%1 results, newest first; Enter opens the chosen one.").replace(
                    "%1", str(len(self.hits))
                )
            )
        if self.hits:
            self.results.setCurrentRow(0)

    def _mark_current(
        self, current: QListWidgetItem | None, previous: QListWidgetItem | None
    ) -> None:
        """A hit's words take the colour of the row under them: on the selection's colour the
        selected text's (black on yellow in high contrast), else the normal text's."""
        for item, role in (
            (previous, QPalette.ColorRole.Text),
            (current, QPalette.ColorRole.HighlightedText),
        ):
            label = self.results.itemWidget(item) if item is not None else None
            if label is not None:
                label.setForegroundRole(role)

    def open_current(self) -> None:
        row = self.results.currentRow()
        if 0 <= row < len(self.hits):
            self.hit_chosen.emit(self.hits[row])
            self.accept()

    def _enter_in_field(self) -> None:
        if self._pause.isActive() or not self.hits:
            self.run_search()
            return
        self.open_current()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Up and Down in the field walk the results, so the hands stay on the keyboard."""
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.hits
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.setCurrentRow(
                max(0, min(len(self.hits) - 1, self.results.currentRow() + step))
            )
            return True
        return super().eventFilter(watched, event)


class HitWindow(Protocol):
    """What opening a hit needs from the main window."""

    @property
    def sections(self) -> Sequence[Section]: ...

    @property
    def council_picker(self) -> QComboBox: ...

    def show_section(self, section: Section) -> None: ...


def open_hit(window: HitWindow, hit: SearchHit) -> bool:
    """Show the hit in its section of the main window. False when no section can show it."""
    from buurtdesk.ui.cycle.section import ToekomstagendaSection

    by_name = {type(s).__name__: s for s in window.sections}
    plans: dict[HitKind, list[tuple[str, str, int | None]]] = {
        HitKind.NOTE: [("MeetingsSection", "select_meeting", hit.meeting_id)],
        HitKind.DECISION: [
            ("DecisionsSection", "select_decision", hit.id),
            ("MeetingsSection", "select_meeting", hit.meeting_id),
        ],
        HitKind.ACTION: [("ActionsSection", "select_action", hit.id)],
        HitKind.PROJECT: [
            ("ToekomstagendaSection", "select_project", hit.id),
            ("ToekomstagendaSection", "show_project_in_plans", hit.id),
        ],
    }
    plan = plans[hit.kind]
    picker = window.council_picker
    for section_name, method, target in plan:
        section = by_name.get(section_name)
        if method == "show_project_in_plans" and isinstance(section, ToekomstagendaSection):
            _choose_council(picker, hit.council_id)
            window.show_section(section)
            _show_project_in_plans(section, hit.id)
            return True
        if section is None or target is None or not callable(getattr(section, method, None)):
            continue
        _choose_council(picker, hit.council_id)
        window.show_section(section)
        getattr(section, method)(target)
        return True
    return False


def _choose_council(picker: QComboBox | None, council_id: int) -> None:
    if picker is not None:
        index = picker.findData(council_id)
        if index >= 0 and index != picker.currentIndex():
            picker.setCurrentIndex(index)


def _show_project_in_plans(section: ToekomstagendaSection, project_id: int) -> None:
    """The toekomstagenda's plans page, with the project chosen when it is in this round."""
    from buurtdesk.ui.cycle.projects import ProjectsPage

    section.show_phase(PhaseKind.PLANS)
    page = section.page(PhaseKind.PLANS)
    if not isinstance(page, ProjectsPage):
        return
    for row, detail in enumerate(page.model.projects):
        if detail.project.id == project_id:
            page.table.selectRow(row)
            return
