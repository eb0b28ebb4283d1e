"""One piece of work off the UI thread, its answer delivered back on the UI thread.

`Background.start(work, done)` runs `work()` in the object's own QThreadPool; `done(result)`
or `failed(sentence)` is then called on the UI thread. A BuurtDeskError (or an OSError)
becomes its one sentence in the language on screen. Anything else is a bug: it is written to
the error output with its traceback, and the job still ends with one sentence, so the slot
is free again and the next job can start.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.collector import worker_pool

T = TypeVar("T")


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)  # the exception: said on the UI thread, where the translator lives


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], signals: _Signals) -> None:
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except (BuurtDeskError, OSError) as error:
            self.signals.failed.emit(error)
            return
        except Exception as error:  # a bug: told, never a job "running" for ever
            traceback.print_exc()
            self.signals.failed.emit(error)
            return
        self.signals.done.emit(result)


def failure_sentence(error: Exception) -> str:
    """What went wrong in one sentence in the language on screen."""
    if isinstance(error, BuurtDeskError):
        return error.message(labels.ui_language())
    if isinstance(error, OSError):  # a file the system refused (a full disk, a folder gone)
        reason = error.strerror or str(error)
        if error.filename:
            return (
                QCoreApplication.translate(
                    "Background", "The file %1 cannot be read or written (%2)."
                )
                .replace("%1", str(error.filename))
                .replace("%2", reason)
            )
        return QCoreApplication.translate(
            "Background", "The file cannot be read or written (%1)."
        ).replace("%1", reason)
    return QCoreApplication.translate(
        "Background",
        "This did not succeed because of an unexpected error (%1); nothing else was changed.",
    ).replace("%1", type(error).__name__)


class Background(QObject):
    """One job at a time; `running` while it runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = worker_pool(self)
        self.running = False
        # The result crosses the thread as a plain object; `start` ties `done` to its `work`.
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[str], None] | None = None
        self.signals = _Signals(self)
        self.signals.done.connect(self._finish)
        self.signals.failed.connect(self._fail)

    def start(
        self, work: Callable[[], T], done: Callable[[T], None], failed: Callable[[str], None]
    ) -> bool:
        if self.running:
            return False
        self.running = True
        self._done, self._failed = done, failed
        self.pool.start(_Job(work, self.signals))
        return True

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _finish(self, result: object) -> None:
        self.running = False
        if self._done is not None:
            self._done(result)

    def _fail(self, error: Exception) -> None:
        self.running = False
        if self._failed is not None:
            self._failed(failure_sentence(error))
