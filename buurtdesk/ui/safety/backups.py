"""Reservekopieën: the list of backups with their dates; make one now or put one back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain import numbers
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.store.backup import (
    BackupFile,
    create_backup,
    list_backups,
    restore_into_open_database,
    rotate_backups,
)
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.style import grows_with_messages


def _size(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return ""
    if size < 1_048_576:
        return f"{max(1, size // 1024)}\u00a0kB"
    # '1,5 MB' in Dutch: the decimal sign of the language on screen, the unit on the same line
    return f"{numbers.decimal(size / 1_048_576, 1, labels.ui_language())}\u00a0MB"


class BackupsDialog(QDialog):
    """`after_restore` is called once a backup is back in place, so the screens reload."""

    def __init__(
        self,
        database_path: Path,
        *,
        read_only: bool = False,
        after_restore: Callable[[], None] | None = None,
        confirm: Callable[[str], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.database_path = database_path
        self.after_restore = after_restore
        self._confirm = confirm or self._ask
        self.backups: list[BackupFile] = []
        self.setWindowTitle(self.tr("Backups"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "BuurtDesk makes a backup every day at start and before every update, and keeps "
                "the last ten and one of every month. Putting one back keeps the current data aside."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; the arrows choose a row
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setAccessibleDescription(
            self.tr("The backups, newest first, with when and why each was made")
        )
        layout.addWidget(self.table, 1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setProperty("class", "muted")
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.make_button = QPushButton(self.tr("&Make a backup now"))
        self.make_button.setAccessibleDescription(
            self.tr("Makes a backup of all data at this moment")
        )
        self.make_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Restore the chosen backup…"))
        self.restore_button.setAccessibleDescription(
            self.tr("Puts the chosen backup back, after asking; the current data is kept aside")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleDescription(self.tr("Closes this window"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        if read_only:
            self.restore_button.setEnabled(False)
            self.restore_button.setToolTip(
                self.tr("This BuurtDesk has the database open read-only.")
            )
        self.reload()

    def reason_label(self, reason: str) -> str:
        base = reason.rstrip("0123456789")
        return {
            "dagelijks": self.tr("Daily, at start"),
            "voor-bijwerken": self.tr("Before an update"),
            "handmatig": self.tr("Made by hand"),
        }.get(base, reason)

    def reload(self) -> None:
        self.backups = list_backups(self.database_path)
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            local = backup.taken_at.astimezone()
            when = f"{labels.long_date(local.date())}  {local:%H:%M}"
            cells = (when, self.reason_label(backup.reason), _size(backup.path))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("There are no backups yet."))
        self.restore_button.setEnabled(bool(self.backups) and self.restore_button.isEnabled())

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()]

    def make_backup(self) -> None:
        try:
            made = create_backup(self.database_path, reason="handmatig")
            rotate_backups(self.database_path)
        except BuurtDeskError as exc:
            self.status.setText(exc.message(labels.ui_language()))
            return
        self.reload()
        self.status.setText(self.tr("Backup made: %1").replace("%1", made.name))

    def restore_selected(self) -> None:
        backup = self.selected()
        if backup is None:
            return
        when = backup.taken_at.astimezone().strftime("%d-%m-%Y %H:%M")
        question = self.tr(
            "Put back the backup of %1? Everything entered after that moment is replaced; the "
            "current data is kept aside in a separate file."
        ).replace("%1", when)
        if not self._confirm(question):
            return
        try:
            kept = restore_into_open_database(self.database_path, backup.path)
        except BuurtDeskError as exc:
            self.status.setText(exc.message(labels.ui_language()))
            return
        self.status.setText(
            self.tr("The backup of %1 is back. The data as it was is kept in %2.")
            .replace("%1", when)
            .replace("%2", kept.name)
        )
        if self.after_restore is not None:
            self.after_restore()

    def _ask(self, question: str) -> bool:
        return ask(
            self,
            self.tr("Restore a backup"),
            question,
            yes=self.tr("Puts this backup back; the current data is kept aside"),
            no=self.tr("Keeps the current data as it is"),
        )
