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
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.collector import worker_pool


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals, language: str) -> None:
        super().__init__()
        self.work, self.signals, self.language = work, signals, language

    def run(self) -> None:
        try:
            result = self.work()
        except BuurtDeskError as error:
            self.signals.failed.emit(error.message(self.language))
            return
        except OSError as error:
            self.signals.failed.emit(_file_sentence(error, self.language))
            return
        except Exception as error:  # a bug: told, never a job "running" for ever
            traceback.print_exc()
            self.signals.failed.emit(_unexpected_sentence(error, self.language))
            return
        self.signals.done.emit(result)


def _unexpected_sentence(error: Exception, language: str) -> str:
    kind = type(error).__name__
    if language == "en":
        return f"This did not succeed because of an unexpected error ({kind}); nothing else was changed."
    return f"Dit is niet gelukt door een onverwachte fout ({kind}); verder is er niets veranderd."


def _file_sentence(error: OSError, language: str) -> str:
    """A file the system refused (a full disk, a folder that is gone) in one sentence."""
    name = str(error.filename or "")
    reason = error.strerror or str(error)
    if language == "en":
        return f"The file {name} cannot be read or written ({reason}).".replace("file  ", "file ")
    return f"Het bestand {name} kan niet worden gelezen of geschreven ({reason}).".replace(
        "bestand  ", "bestand "
    )


class Background(QObject):
    """One job at a time; `running` while it runs."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = worker_pool(self)
        self.running = False
        self._done: Callable[[Any], None] | None = None
        self._failed: Callable[[str], None] | None = None
        self.signals = _Signals(self)
        self.signals.done.connect(self._finish)
        self.signals.failed.connect(self._fail)

    def start(
        self, work: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[str], None]
    ) -> bool:
        if self.running:
            return False
        self.running = True
        self._done, self._failed = done, failed
        # The language is read here, on the UI thread, where the translator lives.
        self.pool.start(_Job(work, self.signals, labels.ui_language()))
        return True

    def wait(self, msecs: int = 60_000) -> bool:
        return self.pool.waitForDone(msecs)

    def _finish(self, result: object) -> None:
        self.running = False
        if self._done is not None:
            self._done(result)

    def _fail(self, sentence: str) -> None:
        self.running = False
        if self._failed is not None:
            self._failed(sentence)
