"""The import preview: what a .buurtdesk package will add and change, and a choice per conflict.

The package is read off the UI thread (`plan_import` writes nothing). The dialog then says in
sentences what comes back ("Nieuw: 3 wensen, 1 stemronde met 7 deelnemers, 2 rollen en 1
trede."), shows per kind of record how many are new, changed, newer here or in conflict; the
records that change, field by field, in words; what stays as it is here; the notes (a decision
that gets another number); and every conflict named as a person would, with both values per
field and a choice per field or for the whole record (conflict_list.py), with neither chosen.
"Import" stays disabled until every conflict has its choices; it runs `apply_import` (one
transaction) off the UI thread and says the result in one sentence. A refused package shows
its one sentence and nothing is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.exchange.plan import ImportPlan
from buurtdesk.exchange.sentences import brings
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.dialog_body import stays_in_sight
from buurtdesk.ui.common.flow import Columns
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.exchange.conflict_list import CONFLICTS_PER_PAGE, ConflictList
from buurtdesk.ui.exchange.import_parts import changes_report
from buurtdesk.ui.exchange.words import kind_word, made_at

if TYPE_CHECKING:
    from buurtdesk.exchange.merge import ImportResult

__all__ = ["CONFLICTS_PER_PAGE", "ImportPreviewDialog"]


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
        grows_with_messages(self)  # the dialog grows to show its messages
        self.services, self.path, self.read_only = services, Path(path), read_only
        self.plan: ImportPlan | None = None
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
        # At large text on a small screen the body scrolls (one bar: its lists are shown
        # whole); the summary, and the buttons with why Import waits beside them, stay in sight.
        stays_in_sight(self.heading, self.status, self.progress)
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
        foot = QHBoxLayout()
        foot.addWidget(self.open_choices, 1)
        foot.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(foot)

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
        # the kinds wrap; the table is never narrower than its titles
        self.counts_fitter = fit_columns(self.counts, 0, holds_words=True)
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
        top = Columns(chars=60)  # the details below the counts on a narrow screen
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
        self.conflict_area = ConflictList(self.body)
        # The conflicts' parts, by the names the dialog has always had.
        area = self.conflict_area
        self.all_mine, self.all_theirs = (
            area.all_mine,
            area.all_theirs,
        )
        self.pages, self.page_label = area.pages, area.page_label
        self.previous_page, self.next_page = area.previous_page, area.next_page
        self.open_choices = area.open_choices
        self.choices, self.groups, self.field_groups = area.choices, area.groups, area.field_groups
        self.choose, self.choose_field, self.choose_all = (
            area.choose,
            area.choose_field,
            area.choose_all,
        )
        self.show_page, self.open_conflicts = area.show_page, area.open_conflicts
        area.changed.connect(self._update_apply)
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

    def _planned(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.progress.hide()
        self.status.setText(self._summary(plan))
        self._fill_counts(plan)
        self._fill_details(plan)
        self.notes.setText("\n".join(plan.notes_in(labels.ui_language())))
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
        said = "\n".join(brings(plan, labels.ui_language()))
        return f"{what} {counts} " + self.tr("Nothing is deleted.") + "\n" + said

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
        self.conflict_area.fill(plan)

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

    def _applied(self, result: ImportResult) -> None:
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
