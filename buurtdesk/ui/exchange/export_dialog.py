"""The "Export for…" dialog: the council, or one meeting, to a .buurtdesk file, written off the UI
thread; the result is said in one sentence, a failure in one sentence in a message."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import MeetingKind, MeetingStatus
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.style import grows_with_messages

if TYPE_CHECKING:
    from buurtdesk.exchange.writing import ExportResult

PACKAGE_SUFFIX = ".buurtdesk"


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name).strip("-").lower() or "buurtdesk"


class ExportDialog(QDialog):
    """Choose what to export (the whole council or one meeting), then where; written off the UI thread."""

    exported = Signal(str)  # the sentence that says what was written

    def __init__(
        self,
        services: Services,
        council_id: int,
        meeting_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.services, self.council_id = services, council_id
        self.background = Background(self)
        council = services.councils.get_council(council_id)
        self.council_name = council.name
        self.setWindowTitle(self.tr("Export for another computer"))
        self.setAccessibleName(self.tr("Export for another computer"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A .buurtdesk file carries the work to another laptop with BuurtDesk. There it is imported; nothing is deleted."
            )
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(
            self.tr("The &whole council “%1”").replace("%1", council.name.replace("&", "&&"))
        )
        self.whole.setAccessibleName(self.tr("Export the whole council"))
        self.whole.setAccessibleDescription(
            self.tr(
                "Puts all meetings, people, decisions and action points of this council in the file"
            )
        )
        self.one = QRadioButton(self.tr("One &meeting:"))
        # The explanation wraps under the choice (a radio button's own text cannot).
        self.one_note = QLabel(
            self.tr(
                "With its agenda, attendance, decisions and action list (a toekomstagenda session with its round, a kerngroep with its projects)."
            )
        )
        self.one_note.setWordWrap(True)
        self.one_note.setProperty("class", "muted")
        self.one.setAccessibleName(self.tr("Export one meeting"))
        self.one.setAccessibleDescription(self.tr("Puts only the meeting chosen below in the file"))
        self.meeting = QComboBox()
        self.meeting.setAccessibleName(self.tr("Meeting to export"))
        self.meeting.setAccessibleDescription(
            self.tr("The meeting that goes in the file; coming meetings first")
        )
        meetings = services.meetings.list_meetings(council_id)
        upcoming = sorted(
            (m for m in meetings if m.status != MeetingStatus.CLOSED), key=lambda m: m.date
        )
        held = sorted(
            (m for m in meetings if m.status == MeetingStatus.CLOSED),
            key=lambda m: m.date,
            reverse=True,
        )
        for summary in upcoming + held:
            state = labels.meeting_status(summary.status, summary.minutes_state)
            kind = (
                f" · {labels.meeting_kind(summary.kind)}"
                if summary.kind != MeetingKind.REGULAR
                else ""
            )
            self.meeting.addItem(f"{labels.long_date(summary.date)}{kind} · {state}", summary.id)
        if meeting_id is not None and self.meeting.findData(meeting_id) >= 0:
            self.meeting.setCurrentIndex(self.meeting.findData(meeting_id))
        self.one.setEnabled(bool(meetings))
        (self.one if meeting_id is not None and meetings else self.whole).setChecked(True)
        self.meeting.setEnabled(self.one.isChecked())
        self.one.toggled.connect(self.meeting.setEnabled)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result"))
        self.buttons = QDialogButtonBox()
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Choose the file and export"))
        self.export_button.setAccessibleDescription(
            self.tr("Asks where to save the .buurtdesk file, then writes it")
        )
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.choose_file_and_export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Closes this window"))
        self.close_button.clicked.connect(self.reject)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        for widget in (
            intro,
            self.whole,
            self.one,
            self.one_note,
            self.meeting,
            self.progress,
            self.message,
            self.buttons,
        ):
            layout.addWidget(widget)
        self.resize(560, self.sizeHint().height())
        # the keyboard starts at the choice made: Space there changes nothing by surprise
        (self.one if self.one.isChecked() else self.whole).setFocus()

    def chosen_meeting(self) -> int | None:
        return (
            int(self.meeting.currentData())
            if self.one.isChecked() and self.meeting.currentData() is not None
            else None
        )

    def suggested_name(self) -> str:
        meeting_id = self.chosen_meeting()
        if meeting_id is None:
            return _safe(self.council_name) + PACKAGE_SUFFIX
        day = self.services.meetings.get_meeting(meeting_id).meeting.date.isoformat()
        return f"{_safe(self.council_name)}-{day}{PACKAGE_SUFFIX}"

    def choose_file_and_export(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to a file"),
            self.suggested_name(),
            self.tr("BuurtDesk packages (*.buurtdesk)"),
        )
        if name:
            self.export_to(Path(name))

    def export_to(self, target: Path) -> None:
        from buurtdesk.exchange.writing import write_package

        if target.suffix.lower() != PACKAGE_SUFFIX:
            target = target.with_name(target.name + PACKAGE_SUFFIX)
        meeting_id = self.chosen_meeting()
        council_id = None if meeting_id is not None else self.council_id
        database = self.services.database
        if not self.background.start(
            lambda: write_package(database, target, council_id=council_id, meeting_id=meeting_id),
            self._done,
            self._failed,
        ):
            return
        self._enable(False)
        self.progress.show()
        self.message.setText(self.tr("Writing %1…").replace("%1", target.name))

    def _done(self, result: ExportResult) -> None:
        self.progress.hide()
        sentence = (
            self.tr("%1 records of “%2” written to %3.")
            .replace("%1", str(result.records))
            .replace("%2", result.council_name)
            .replace("%3", str(result.path))
        )
        from buurtdesk.exchange.sentences import listed_counts

        contents = listed_counts(result.tables, labels.ui_language())
        if contents:
            sentence += " " + self.tr("In it: %1.").replace("%1", contents)
        self.message.setText(sentence)
        self._enable(True)  # another export may follow
        self.close_button.setFocus()
        self.exported.emit(sentence)

    def _failed(self, sentence: str) -> None:
        self.progress.hide()
        self.message.setText(sentence)
        self.message.setProperty("class", "warning")
        self.message.style().polish(self.message)
        self._enable(True)
        self.export_button.setFocus()

    def _enable(self, on: bool) -> None:
        self.export_button.setEnabled(on)
        self.whole.setEnabled(on)
        self.one.setEnabled(on and self.meeting.count() > 0)
        self.meeting.setEnabled(on and self.one.isChecked())
