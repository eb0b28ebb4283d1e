"""The meeting's "Uitnodiging als agenda-item": the meeting as an .ics file (kept in the
translation context "InvitationWriter")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.ui.common import labels


class InvitationWriter(QObject):
    """ "Uitnodiging als agenda-item": the meeting as an .ics file where the user chooses."""

    finished = Signal(str)  # the sentence that says where it is
    failed = Signal(str)

    def __init__(
        self, services: Services, meeting_id: Callable[[], int | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services, self.meeting_id, self.window = services, meeting_id, parent
        self.action = QAction(self.tr("Invitation as calendar item (.ics)…"), parent)
        self.action.triggered.connect(lambda _checked=False: self.save())

    def save(self, target: Path | None = None) -> Path | None:
        from buurtdesk.exchange.calendar import invitation_file_name, write_invitation

        meeting_id = self.meeting_id()
        if meeting_id is None:
            return None
        try:
            if target is None:
                suggested = invitation_file_name(self.services.meetings.get_meeting(meeting_id))
                name, _filter = QFileDialog.getSaveFileName(
                    self.window,
                    self.tr("Save the invitation"),
                    suggested,
                    self.tr("Calendar items (*.ics)"),
                )
                if not name:
                    return None
                target = Path(name) if Path(name).suffix.lower() == ".ics" else Path(name + ".ics")
            path = write_invitation(self.services, meeting_id, target)
        except BuurtDeskError as error:
            self.failed.emit(error.message(labels.ui_language()))
            return None
        except OSError as error:
            self.failed.emit(
                self.tr("%1 cannot be written (%2).")
                .replace("%1", str(target))
                .replace("%2", error.strerror or str(error))
            )
            return None
        self.finished.emit(
            self.tr(
                "The invitation is saved as %1; open it to add the meeting to a calendar."
            ).replace("%1", str(path))
        )
        return path
