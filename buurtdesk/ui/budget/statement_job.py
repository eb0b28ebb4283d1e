"""The budget statement (verantwoording) from the screen: made off the UI thread, then opened or saved.

`StatementMaker.start` renders the year's statement in a QThreadPool; the window stays
responsive and shows that it is busy. `ask_save_path` and `open_file` are the two places
where the desktop is involved (a file dialog, the PDF viewer); tests put in their own.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.collector import worker_pool


class _Signals(QObject):
    done = Signal(str, bool)  # the file, whether to open it
    failed = Signal(str)


class _StatementJob(QRunnable):
    def __init__(
        self,
        services: Services,
        council_id: int,
        year: int,
        out: Path,
        preview: bool,
        signals: _Signals,
    ) -> None:
        super().__init__()
        self.services, self.council_id, self.year = services, council_id, year
        self.out, self.preview, self.signals = out, preview, signals
        self.language = labels.ui_language()  # read on the UI thread, where the translator lives

    def run(self) -> None:
        try:
            from buurtdesk.documents.budget.statement import render_budget_statement

            path = render_budget_statement(self.services, self.council_id, self.year, self.out)
        except BuurtDeskError as error:
            self.signals.failed.emit(error.message(self.language))
            return
        except OSError as error:
            self.signals.failed.emit(str(error))
            return
        self.signals.done.emit(str(path), self.preview)


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class StatementMaker(QObject):
    """One statement at a time; `busy` while it is made, then `finished` or `failed`."""

    busy = Signal(bool)
    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, services: Services, window: QWidget) -> None:
        super().__init__(window)
        self.services, self.window = services, window
        self.running = False
        self.open_file: Callable[[Path], None] = open_in_viewer
        self.ask_save_path: Callable[[str], Path | None] = self._ask_save_path
        self.pool = worker_pool(self)
        self.signals = _Signals(self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)

    def _ask_save_path(self, suggested: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the budget statement"),
            suggested,
            self.tr("PDF files (*.pdf)"),
        )
        return Path(name) if name else None

    def start(self, council_id: int, year: int, *, preview: bool) -> bool:
        """Make the statement of `year`: preview opens it, else it is saved where the user says."""
        if self.running:
            return False
        suggested = self.tr("budget-statement-%1.pdf").replace("%1", str(year))
        if preview:
            out = Path(tempfile.mkdtemp(prefix="buurtdesk-")) / suggested
        else:
            chosen = self.ask_save_path(suggested)
            if chosen is None:
                return False
            out = chosen if chosen.suffix.lower() == ".pdf" else chosen.with_suffix(".pdf")
        self.running = True
        self.busy.emit(True)
        self.pool.start(_StatementJob(self.services, council_id, year, out, preview, self.signals))
        return True

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _done(self, path: str, preview: bool) -> None:
        self.running = False
        self.busy.emit(False)
        self.finished.emit(path)
        if preview:
            self.open_file(Path(path))

    def _failed(self, message: str) -> None:
        self.running = False
        self.busy.emit(False)
        self.failed.emit(message)
