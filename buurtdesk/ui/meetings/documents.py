"""The documents of a meeting from the screen: the agenda and the minutes as PDF (preview or
save), as an editable Word copy ("Opslaan als Word…"), and as an unsent e-mail ("Versturen…").

This is the hook for the documents: `MeetingDocuments.actions` holds one QAction per document
and way. Making a document runs off the UI thread (QThreadPool); when it is done the file is
opened in the system's PDF viewer (preview), has been written where the user chose (save), or,
for "Versturen…", the draft e-mail is opened in the system's mail program; the people without an
e-mail address are then named in the `busy` line ("Geen e-mailadres: … — print voor hen.").
BuurtDesk itself sends nothing and opens no network connection.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.collector import worker_pool

AGENDA = "agenda"
MINUTES = "minutes"
AGENDA_WORD = "agenda-word"
MINUTES_WORD = "minutes-word"
INVITATION_MAIL = "invitation-mail"
MINUTES_MAIL = "minutes-mail"
SUFFIX = {
    AGENDA_WORD: ".docx",
    MINUTES_WORD: ".docx",
    INVITATION_MAIL: ".eml",
    MINUTES_MAIL: ".eml",
}


def _render(kind: str, services: Services, meeting_id: int, out: Path) -> Path | tuple[Path, str]:
    """Make one document; a mail also returns the names of the people without an address."""
    if kind == AGENDA:
        from buurtdesk.documents.meetings.agenda import render_agenda

        return render_agenda(services, meeting_id, out)
    if kind in (AGENDA_WORD, MINUTES_WORD):
        from buurtdesk.documents.meetings.word_copy import render_agenda_docx, render_minutes_docx

        word = render_agenda_docx if kind == AGENDA_WORD else render_minutes_docx
        return word(services, meeting_id, out)
    if kind in (INVITATION_MAIL, MINUTES_MAIL):
        from buurtdesk.documents.meetings.mail import MailKind, write_mail
        from buurtdesk.exchange.calendar import meeting_invitation

        mail = MailKind.INVITATION if kind == INVITATION_MAIL else MailKind.MINUTES
        draft = write_mail(services, meeting_id, mail, out, calendar=meeting_invitation)
        return draft.path, ", ".join(draft.without_email)
    from buurtdesk.documents.meetings.minutes import render_minutes

    return render_minutes(services, meeting_id, out)


class _Signals(QObject):
    done = Signal(str, bool, str)  # path, open it afterwards, who has no e-mail address
    failed = Signal(str)


class _RenderJob(QRunnable):
    def __init__(
        self,
        kind: str,
        services: Services,
        meeting_id: int,
        out: Path,
        preview: bool,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.kind, self.services, self.meeting_id, self.out, self.preview, self.signals = (
            kind,
            services,
            meeting_id,
            out,
            preview,
            signals,
        )

    def run(self) -> None:
        try:
            made = _render(self.kind, self.services, self.meeting_id, self.out)
        except BuurtDeskError as exc:
            self.signals.failed.emit(exc.message(labels.ui_language()))
            return
        except OSError as exc:
            self.signals.failed.emit(_could_not(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a worker thread must always report back
            self.signals.failed.emit(_could_not(exc))
            return
        path, without = made if isinstance(made, tuple) else (made, "")
        self.signals.done.emit(str(path), self.preview, without)


def _could_not(exc: Exception) -> str:
    text = QCoreApplication.translate("MeetingDocuments", "The PDF could not be made: %1")
    return text.replace("%1", str(exc) or type(exc).__name__)


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class MeetingDocuments(QObject):
    """Preview and save the agenda and minutes of the meeting that `meeting_id()` names."""

    busy = Signal(str)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(
        self, services: Services, meeting_id: Callable[[], int | None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.meeting_id = meeting_id
        self.window = parent
        self.open_file: Callable[[Path], None] = open_in_viewer
        self.pool = worker_pool(self)
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self.failed)
        self.agenda_preview = self._action(self.tr("Agenda (PDF)"), AGENDA, preview=True)
        self.minutes_preview = self._action(self.tr("Minutes (PDF)"), MINUTES, preview=True)
        self.agenda_save = self._action(self.tr("Save agenda as PDF…"), AGENDA, preview=False)
        self.minutes_save = self._action(self.tr("Save minutes as PDF…"), MINUTES, preview=False)
        self.agenda_word = self._action(self.tr("Save agenda as Word…"), AGENDA_WORD, preview=False)
        self.minutes_word = self._action(
            self.tr("Save minutes as Word…"), MINUTES_WORD, preview=False
        )
        self.invitation_mail = self._action(
            self.tr("Send invitation…"), INVITATION_MAIL, preview=True
        )
        self.minutes_mail = self._action(self.tr("Send minutes…"), MINUTES_MAIL, preview=True)
        self.actions = [
            self.agenda_preview,
            self.minutes_preview,
            self.agenda_save,
            self.minutes_save,
            self.agenda_word,
            self.minutes_word,
            self.invitation_mail,
            self.minutes_mail,
        ]
        # The minutes' Word copy and e-mail are there when the minutes are.
        self.minutes_preview.changed.connect(self._follow_minutes)

    def _action(self, text: str, kind: str, *, preview: bool) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: self.start(kind, preview=preview))
        return action

    def start(
        self, kind: str, *, preview: bool, out: Path | None = None, meeting_id: int | None = None
    ) -> None:
        """Render in the background; preview opens the PDF, else it is written to `out` (asked)."""
        meeting_id = meeting_id if meeting_id is not None else self.meeting_id()
        if meeting_id is None:
            return
        suffix = SUFFIX.get(kind, ".pdf")
        if out is None:
            if preview:  # a PDF to look at, or a draft e-mail for the mail program
                out = Path(tempfile.mkdtemp(prefix="buurtdesk-")) / f"{kind}-{meeting_id}{suffix}"
            else:
                word = suffix == ".docx"
                name, _filter = QFileDialog.getSaveFileName(
                    self.window,
                    self.tr("Save as Word") if word else self.tr("Save as PDF"),
                    f"{kind.removesuffix('-word')}-{meeting_id}{suffix}",
                    self.tr("Word documents (*.docx)") if word else self.tr("PDF files (*.pdf)"),
                )
                if not name:
                    return
                out = Path(name)
        self.busy.emit(
            self.tr("Making the e-mail…")
            if suffix == ".eml"
            else self.tr("Making the Word document…")
            if suffix == ".docx"
            else self.tr("Making the PDF…")
        )
        self.pool.start(_RenderJob(kind, self.services, meeting_id, out, preview, self.signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _follow_minutes(self) -> None:
        available = self.minutes_preview.isEnabled()
        for action in (self.minutes_word, self.minutes_mail):
            action.setEnabled(available)

    def _done(self, path: str, preview: bool, without: str) -> None:
        self.finished.emit(path)
        if preview:
            self.open_file(Path(path))
        if without:
            self.busy.emit(
                self.tr("No e-mail address: %1 — print for them.").replace("%1", without)
            )
