"""The import preview: what a .buurtdesk package will add and change, and a choice per conflict.

The package is read off the UI thread (`plan_import` writes nothing). The dialog then shows,
per kind of record, how many are new, changed, newer here or in conflict; the records that
change, field by field; the notes; and for every conflict "my version / their version", with
neither chosen. "Import" stays disabled until every conflict has a choice; it runs
`apply_import` (one transaction) off the UI thread and says the result in one sentence.
A refused package shows its one sentence and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.exchange.plan import Choice, ImportPlan, RecordChange
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.exchange.import_parts import changes_report, conflict_box
from buurtdesk.ui.exchange.words import kind_word, made_at

CONFLICTS_PER_PAGE = 50
# An open conflict stands out; a decided one looks calm. One sheet for all boxes (fast with many).
CONFLICT_STYLE = (
    "QFrame#conflict { border: 2px solid #c9a227; border-radius: 6px; background: palette(base); }"
    'QFrame#conflict[chosen="true"] { border: 1px solid palette(mid); }'
)


class ImportPreviewDialog(QDialog):
    """Opened with a package path; `imported` is emitted after the import has been applied."""

    imported = Signal()

    def __init__(
        self,
        services: Services,
        path: Path,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.services, self.path, self.read_only = services, Path(path), read_only
        self.plan: ImportPlan | None = None
        self.choices: dict[str, Choice] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.boxes: dict[str, QFrame] = {}
        self._choosing_all = False
        self.page = 0
        self.result_sentence = ""
        self.background = Background(self)
        self.setWindowTitle(self.tr("Import a BuurtDesk package"))
        self.setAccessibleName(self.tr("Import preview"))
        self.resize(1100, 700)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.heading = QLabel(self.tr("Import %1").replace("%1", self.path.name))
        self.heading.setObjectName("pageTitle")
        self.heading.setWordWrap(True)
        self.status = QLabel(self.tr("Reading the package…"))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: reading takes as long as the package is large
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        for widget in (self.heading, self.status, self.progress):
            layout.addWidget(widget)
        self.body = QWidget()
        self.body.hide()
        self._build_body(self.body)
        layout.addWidget(self.body, 20)
        layout.addStretch(1)  # while reading, or when refused, the words stay together at the top
        self.buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Import"))
        self.apply_button.setAccessibleName(self.tr("Import the package"))
        self.apply_button.setAccessibleDescription(
            self.tr(
                "Adds and changes the records as shown; possible once every conflict has a choice"
            )
        )
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setAccessibleName(self.tr("Cancel the import"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window; nothing is imported")
        )
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(self.buttons)

    # -- building -------------------------------------------------------------------------------
    def _build_body(self, body: QWidget) -> None:
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        counts_label = QLabel(self.tr("What the import does, per kind of record"))
        counts_label.setProperty("class", "sectionTitle")
        self.counts = QTableWidget(0, 5)
        self.counts.setAccessibleName(self.tr("What the import does, per kind of record"))
        self.counts.setAccessibleDescription(
            self.tr("Per kind of record: how many are new, changed, kept and in conflict")
        )
        headers = [
            (self.tr("Kind"), self.tr("Kind of record")),
            (self.tr("New"), self.tr("Added: not here yet")),
            (
                self.tr("Changed"),
                self.tr("Changed in the package only: the package's version is taken"),
            ),
            (self.tr("Kept"), self.tr("Newer here: the version here is kept")),
            (self.tr("Conflict"), self.tr("Changed on both sides: you choose")),
        ]
        for index, (title, explanation) in enumerate(headers):
            header = QTableWidgetItem(title)
            header.setToolTip(explanation)
            self.counts.setHorizontalHeaderItem(index, header)
        self.counts.verticalHeader().hide()
        self.counts.setTabKeyNavigation(
            False
        )  # Tab goes on to the next part; the arrows walk the rows
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for index in range(1, 5):
            self.counts.horizontalHeader().setSectionResizeMode(
                index, QHeaderView.ResizeMode.ResizeToContents
            )
        self.counts.setMinimumWidth(380)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setAccessibleName(self.tr("Notes on the package"))
        self.notes.setProperty("class", "muted")
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Records that are added or changed"))
        self.details.setAccessibleDescription(
            self.tr("Each changed record field by field, as it is here and after the import")
        )
        self.details.setOpenLinks(False)
        self.details.setTabChangesFocus(True)
        top = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(counts_label)
        left.addWidget(self.counts, 1)
        right = QVBoxLayout()
        details_label = QLabel(self.tr("&Changed and added records"))
        details_label.setBuddy(self.details)
        details_label.setProperty("class", "sectionTitle")
        right.addWidget(details_label)
        right.addWidget(self.details, 1)
        top.addLayout(left, 0)
        top.addLayout(right, 1)
        column.addLayout(top, 2)
        column.addWidget(self.notes)
        self.conflict_area = QWidget()
        conflicts = QVBoxLayout(self.conflict_area)
        conflicts.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.conflict_title = QLabel()
        self.conflict_title.setProperty("class", "sectionTitle")
        self.conflict_title.setWordWrap(True)
        self.all_mine = QPushButton(self.tr("All: keep &mine"))
        self.all_mine.setAccessibleName(self.tr("Keep my version for every conflict"))
        self.all_mine.setAccessibleDescription(
            self.tr("Chooses the version on this computer in all conflicts at once")
        )
        self.all_mine.clicked.connect(lambda: self.choose_all(Choice.MINE))
        self.all_theirs = QPushButton(self.tr("All: take &theirs"))
        self.all_theirs.setAccessibleName(self.tr("Take their version for every conflict"))
        self.all_theirs.setAccessibleDescription(
            self.tr("Chooses the version in the package in all conflicts at once")
        )
        self.all_theirs.clicked.connect(lambda: self.choose_all(Choice.THEIRS))
        head.addWidget(self.conflict_title, 1)
        head.addWidget(self.all_mine)
        head.addWidget(self.all_theirs)
        conflicts.addLayout(head)
        self.conflict_list = QWidget()
        self.conflict_list.setStyleSheet(CONFLICT_STYLE)
        self.conflict_rows = QVBoxLayout(self.conflict_list)
        self.conflict_rows.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conflict_list)
        self.conflict_scroll = scroll
        scroll.setAccessibleName(self.tr("Conflicts"))
        conflicts.addWidget(scroll, 1)
        pages = (
            QHBoxLayout()
        )  # many conflicts are shown a page at a time, so the window stays quick
        self.previous_page = QPushButton(self.tr("&Previous conflicts"))
        self.previous_page.setAccessibleName(self.tr("Previous page of conflicts"))
        self.previous_page.setAccessibleDescription(self.tr("Shows the conflicts before these"))
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.page_label = QLabel()
        self.next_page = QPushButton(self.tr("&Next conflicts"))
        self.next_page.setAccessibleName(self.tr("Next page of conflicts"))
        self.next_page.setAccessibleDescription(self.tr("Shows the conflicts after these"))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label, 1)
        pages.addWidget(self.next_page)
        self.pages = QWidget()
        self.pages.setLayout(pages)
        conflicts.addWidget(self.pages)
        self.open_choices = QLabel()
        self.open_choices.setProperty("class", "warning")
        self.open_choices.setAccessibleName(self.tr("Conflicts still without a choice"))
        conflicts.addWidget(self.open_choices)
        column.addWidget(self.conflict_area, 4)

    # -- reading --------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the package in the background; the preview fills in when it is read."""
        from buurtdesk.exchange.merge import plan_import

        database = self.services.database
        self.background.start(
            lambda: plan_import(database, self.path), self._planned, self._refused
        )

    def _refused(self, sentence: str) -> None:
        self.progress.hide()
        self.body.hide()
        self.resize(720, 220)  # one sentence needs no big window
        self.status.setText(sentence)
        self.status.setProperty("class", "warning")
        self.status.style().polish(self.status)
        self.apply_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window"))
        self.close_button.setFocus()

    def _planned(self, plan: Any) -> None:
        assert isinstance(plan, ImportPlan)
        self.plan = plan
        self.progress.hide()
        self.status.setText(self._summary(plan))
        self._fill_counts(plan)
        self._fill_details(plan)
        english = labels.ui_language() == "en"
        self.notes.setText(
            "\n".join(english_text if english else dutch for dutch, english_text in plan.notes)
        )
        self.notes.setVisible(bool(plan.notes))
        self._fill_conflicts(plan)
        self.body.show()
        self._update_apply()
        if plan.conflicts:
            self.groups[plan.conflicts[0].uuid].buttons()[0].setFocus()
        else:
            self.apply_button.setFocus() if self.apply_button.isEnabled() else self.counts.setFocus()

    def _summary(self, plan: ImportPlan) -> str:
        when = made_at(plan.created_at)
        if plan.scope == "meeting":
            what = self.tr("Package made on %1, with one meeting of “%2”.")
        else:
            what = self.tr("Package made on %1, with the council “%2”.")
        what = what.replace("%1", when).replace("%2", plan.council_name)
        if plan.is_empty:
            return (
                what + " " + self.tr("Everything in it is already here: importing changes nothing.")
            )
        counts = (
            self.tr("New: %1 · changed: %2 · newer here (kept): %3 · conflicts: %4.")
            .replace("%1", str(plan.added))
            .replace("%2", str(plan.changed))
            .replace("%3", str(plan.kept))
            .replace("%4", str(len(plan.conflicts)))
        )
        return f"{what} {counts} " + self.tr("Nothing is deleted.")

    def _fill_counts(self, plan: ImportPlan) -> None:
        rows = [t for t in plan.tables if t.added or t.changed or t.kept or t.conflicts]
        self.counts.setRowCount(len(rows))
        for row, summary in enumerate(rows):
            cells = [
                kind_word(summary.table),
                summary.added,
                summary.changed,
                summary.kept,
                summary.conflicts,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value) if value != 0 else "–")
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                    item.setData(Qt.ItemDataRole.AccessibleTextRole, str(value))
                self.counts.setItem(row, column, item)

    def _fill_details(self, plan: ImportPlan) -> None:
        self.details.setHtml(changes_report(plan))

    def _fill_conflicts(self, plan: ImportPlan) -> None:
        self.conflict_area.setVisible(bool(plan.conflicts))
        self.conflict_title.setText(
            self.tr(
                "Changed here and in the package since the last exchange: choose per record which version stays (%1)"
            ).replace("%1", str(len(plan.conflicts)))
        )
        self.pages.setVisible(len(plan.conflicts) > CONFLICTS_PER_PAGE)
        self.show_page(0)

    def show_page(self, page: int) -> None:
        conflicts = self.plan.conflicts if self.plan is not None else ()
        last = max(0, (len(conflicts) - 1) // CONFLICTS_PER_PAGE)
        self.page = min(max(0, page), last)
        while self.conflict_rows.count():
            item = self.conflict_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when the event loop gets to it
                widget.deleteLater()
        self.groups.clear()
        self.boxes.clear()
        first = self.page * CONFLICTS_PER_PAGE
        shown = conflicts[first : first + CONFLICTS_PER_PAGE]
        for conflict in shown:
            self.conflict_rows.addWidget(self._conflict_box(conflict))
            if conflict.uuid in self.choices:
                self.choose(conflict.uuid, self.choices[conflict.uuid])
        self.conflict_rows.addStretch(1)
        self.conflict_scroll.verticalScrollBar().setValue(0)
        self.page_label.setText(
            self.tr("Conflicts %1–%2 of %3")
            .replace("%1", str(first + 1))
            .replace("%2", str(first + len(shown)))
            .replace("%3", str(len(conflicts)))
        )
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < last)
        if shown and self.body.isVisible():
            self.groups[shown[0].uuid].buttons()[0].setFocus()

    def _conflict_box(self, conflict: RecordChange) -> QFrame:
        box, group = conflict_box(conflict)
        mine, theirs = group.buttons()
        mine.toggled.connect(lambda on, uuid=conflict.uuid: self._toggled(on, uuid, Choice.MINE))
        theirs.toggled.connect(
            lambda on, uuid=conflict.uuid: self._toggled(on, uuid, Choice.THEIRS)
        )
        self.groups[conflict.uuid] = group
        self.boxes[conflict.uuid] = box
        return box

    # -- choosing -------------------------------------------------------------------------------
    def _toggled(self, on: bool, uuid: str, choice: Choice) -> None:
        if on:
            self.choose(uuid, choice)

    def choose(self, uuid: str, choice: Choice) -> None:
        self.choices[uuid] = choice
        if uuid not in self.groups:  # on another page: its box shows the choice when shown
            return
        buttons = self.groups[uuid].buttons()
        wanted = buttons[0] if choice == Choice.MINE else buttons[1]
        if not wanted.isChecked():
            wanted.setChecked(True)
        box = self.boxes[uuid]
        if not box.property("chosen"):
            box.setProperty("chosen", True)
            box.style().unpolish(box)
            box.style().polish(box)
        if not self._choosing_all:
            self._update_apply()

    def choose_all(self, choice: Choice) -> None:
        self._choosing_all = True
        try:
            for conflict in self.plan.conflicts if self.plan is not None else ():
                self.choose(conflict.uuid, choice)
        finally:
            self._choosing_all = False
        self._update_apply()

    def open_conflicts(self) -> int:
        return (
            0
            if self.plan is None
            else sum(1 for c in self.plan.conflicts if c.uuid not in self.choices)
        )

    def _update_apply(self) -> None:
        waiting = self.open_conflicts()
        self.open_choices.setText(
            self.tr(
                "Conflicts still without a choice: %1. Choose for each which version stays, then import."
            ).replace("%1", str(waiting))
            if waiting
            else ""
        )
        self.open_choices.setVisible(bool(waiting))
        if self.read_only:
            self.open_choices.setText(
                self.tr("This database is open read-only: importing is not possible here.")
            )
            self.open_choices.show()
        allowed = (
            self.plan is not None and not self.plan.is_empty and not waiting and not self.read_only
        )
        self.apply_button.setEnabled(allowed and not self.background.running)

    # -- applying -------------------------------------------------------------------------------
    def apply(self) -> None:
        if self.plan is None or not self.apply_button.isEnabled():
            return
        from buurtdesk.exchange.merge import apply_import

        plan, choices, database = self.plan, dict(self.choices), self.services.database
        self.apply_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Importing…"))
        self.background.start(
            lambda: apply_import(database, self.path, plan, choices),
            self._applied,
            self._apply_failed,
        )

    def _applied(self, result: Any) -> None:
        self.progress.hide()
        self.result_sentence = (
            self.tr("Imported: %1 added, %2 changed, conflicts resolved: %3.")
            .replace("%1", str(result.added))
            .replace("%2", str(result.changed))
            .replace("%3", str(result.conflicts_resolved))
        )
        self.status.setText(self.result_sentence)
        self.body.setEnabled(False)
        self.apply_button.hide()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window"))
        self.close_button.clicked.disconnect()
        self.close_button.clicked.connect(self.accept)
        self.close_button.setFocus()
        self.imported.emit()

    def _apply_failed(self, sentence: str) -> None:
        """Nothing was imported (one transaction). Trying the same plan again would fail the same
        way, so the dialog only says why; Import… from the menu reads the package afresh."""
        self.progress.hide()
        self._refused(sentence)
