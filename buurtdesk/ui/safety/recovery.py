"""Shown at start when the database file is damaged: what happened, and what can be done."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.store.recovery import Damage
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.style import grows_with_messages


class RecoveryChoice(Enum):
    RESTORE_BACKUP = "restore"
    START_EMPTY = "empty"
    QUIT = "quit"


class RecoveryDialog(QDialog):
    """Offers the newest sound backup; the damaged file is always kept aside, never overwritten."""

    def __init__(self, damage: Damage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.damage = damage
        self.choice = RecoveryChoice.QUIT
        self.setWindowTitle(self.tr("BuurtDesk: the database cannot be opened"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)

        heading = QLabel(self.tr("The database cannot be opened"))
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.problem = QLabel(damage.error.message(labels.ui_language()))
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.problem)

        backup = damage.latest_good_backup
        if backup is not None:
            when = backup.taken_at.astimezone().strftime("%d-%m-%Y %H:%M")
            offer = self.tr(
                "The newest sound backup is from %1. BuurtDesk can put it back; what was entered "
                "after that moment is not in it."
            ).replace("%1", when)
        else:
            offer = self.tr(
                "There is no backup of this database. BuurtDesk can start with a new, empty database."
            )
        self.offer = QLabel(offer)
        self.offer.setWordWrap(True)
        layout.addWidget(self.offer)
        kept = QLabel(
            self.tr(
                "The damaged file is not deleted: it is kept beside the database under a name with "
                "today's date, so that an expert can still look at it."
            )
        )
        kept.setWordWrap(True)
        kept.setProperty("class", "muted")
        layout.addWidget(kept)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleDescription(
            self.tr("Stops BuurtDesk and leaves the damaged file as it is")
        )
        self.quit_button.clicked.connect(self._quit)
        buttons.addWidget(self.quit_button)
        if backup is not None:
            self.repair_button = QPushButton(self.tr("&Restore the backup"))
            self.repair_button.setAccessibleDescription(
                self.tr(
                    "Puts the newest sound backup back and opens it; the damaged file is kept aside"
                )
            )
            self.repair_button.clicked.connect(self._restore)
        else:
            self.repair_button = QPushButton(self.tr("&Start with an empty database"))
            self.repair_button.setAccessibleDescription(
                self.tr("Opens a new, empty database; the damaged file is kept aside")
            )
            self.repair_button.clicked.connect(self._start_empty)
        self.repair_button.setDefault(True)
        buttons.addWidget(self.repair_button)
        layout.addLayout(buttons)

    def _restore(self) -> None:
        self.choice = RecoveryChoice.RESTORE_BACKUP
        self.accept()

    def _start_empty(self) -> None:
        self.choice = RecoveryChoice.START_EMPTY
        self.accept()

    def _quit(self) -> None:
        self.choice = RecoveryChoice.QUIT
        self.reject()
