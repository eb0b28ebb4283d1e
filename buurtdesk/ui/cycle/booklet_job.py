"""The toekomstagenda booklet of the round on screen (the current one or an earlier one):
made off the UI thread and saved where the user says. `ask_save_path` is the one place
where the desktop is involved (a file dialog); tests put in their own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.collector import worker_pool


class _Signals(QObject):
    done = Signal(str)
    failed = Signal(str)


class _BookletJob(QRunnable):
    def __init__(
        self, services: Services, council_id: int, cycle_id: int, out: Path, signals: _Signals
    ) -> None:
        super().__init__()
        self.services, self.council_id, self.cycle_id = services, council_id, cycle_id
        self.out, self.signals = out, signals
        self.language = labels.ui_language()  # read on the UI thread, where the translator lives

    def run(self) -> None:
        try:
            from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda

            path = render_toekomstagenda(
                self.services, self.council_id, self.out, cycle_id=self.cycle_id
            )
        except BuurtDeskError as error:
            self.signals.failed.emit(error.message(self.language))
            return
        except OSError as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.done.emit(str(path))


class BookletMaker(QObject):
    """One booklet at a time; `finished` with the file, or `failed` with one sentence."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services, self.window = services, window
        self.running = False
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.pool = worker_pool(self)
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)

    def _ask_save_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the toekomstagenda booklet"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def start(self, council_id: int, cycle_id: int, number: int) -> bool:
        if self.running:
            return False
        chosen = self.ask_save_path(
            self.tr("toekomstagenda-round-%1.pdf").replace("%1", str(number))
        )
        if chosen is None:
            return False
        out = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")
        self.running = True
        self.pool.start(_BookletJob(self.services, council_id, cycle_id, out, self.signals))
        return True

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, path: str) -> None:
        self.running = False
        self.finished.emit(path)

    def _failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)
