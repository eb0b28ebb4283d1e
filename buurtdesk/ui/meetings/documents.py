"""The documents of a meeting from the screen: "Agenda (PDF)" and "Verslag (PDF)", preview or save.

This is the hook for the documents: `MeetingDocuments.actions` holds one QAction per document
and way (preview / save as). Rendering runs off the UI thread (QThreadPool); when it is done
the file is opened in the system's PDF viewer (preview) or has been written where the user chose.
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


def _render(kind: str, services: Services, meeting_id: int, out: Path) -> Path:
    if kind == AGENDA:
        from buurtdesk.documents.agenda import render_agenda

        return render_agenda(services, meeting_id, out)
    from buurtdesk.documents.minutes import render_minutes

    return render_minutes(services, meeting_id, out)


class _Signals(QObject):
    done = Signal(str, bool)  # path, open it afterwards
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
            path = _render(self.kind, self.services, self.meeting_id, self.out)
        except BuurtDeskError as exc:
            self.signals.failed.emit(exc.message(labels.ui_language()))
            return
        except OSError as exc:
            self.signals.failed.emit(_could_not(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a worker thread must always report back
            self.signals.failed.emit(_could_not(exc))
            return
        self.signals.done.emit(str(path), self.preview)


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
        self.actions = [
            self.agenda_preview,
            self.minutes_preview,
            self.agenda_save,
            self.minutes_save,
        ]

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
        if out is None:
            if preview:
                out = Path(tempfile.mkdtemp(prefix="buurtdesk-")) / f"{kind}-{meeting_id}.pdf"
            else:
                name, _filter = QFileDialog.getSaveFileName(
                    self.window,
                    self.tr("Save as PDF"),
                    f"{kind}-{meeting_id}.pdf",
                    self.tr("PDF files (*.pdf)"),
                )
                if not name:
                    return
                out = Path(name)
        self.busy.emit(self.tr("Making the PDF…"))
        self.pool.start(_RenderJob(kind, self.services, meeting_id, out, preview, self.signals))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, path: str, preview: bool) -> None:
        self.finished.emit(path)
        if preview:
            self.open_file(Path(path))
