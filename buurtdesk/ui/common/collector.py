"""Python's garbage collector runs on the UI thread only.

BuurtDesk renders PDFs, writes exchange packages, stores notes and checks the file on other
threads. Python's automatic collection runs on whichever thread happens to allocate, so it
could free a window or a widget (held in a reference cycle) on one of those threads; Qt
crashes when a widget is deleted off the UI thread. So, as soon as the first worker exists,
automatic collection is switched off and a timer on the UI thread does the same work with
the same thresholds: nothing piles up, and nothing Qt owns is freed elsewhere.

`worker_pool(parent)` is the one way the UI makes a thread pool; `collect_on_ui_thread()` is
for the app's own `threading` threads, called before they start.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QThreadPool, QTimer

INTERVAL_MS = 250
_NAME = "buurtdesk-collector"


class _Collector(QObject):
    """Collects the generations Python would have collected by now, on the UI thread."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.setObjectName(_NAME)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        self.timer.start()

    def collect(self) -> None:
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if first <= 0 or young <= first:
            return
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        gc.collect(generation)


def collect_on_ui_thread() -> None:
    """From now on Python's collector runs on the UI thread only; call on the UI thread."""
    app = QCoreApplication.instance()
    if app is None or app.findChild(_Collector, _NAME) is not None:
        return
    _Collector(app)
    gc.disable()


def worker_pool(parent: QObject) -> QThreadPool:
    """A pool of one thread for work off the UI thread, with collection kept on the UI thread."""
    collect_on_ui_thread()
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return pool
