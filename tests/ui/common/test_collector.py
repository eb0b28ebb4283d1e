"""Python's garbage collector never runs on a worker thread, where it could free a widget.

A background job (an export, a PDF, stored notes) allocates a lot; Python's automatic
collection would then run on that worker and could free a window held in a reference cycle
there, which crashes Qt. Every collection must happen on the UI thread, and it must still
happen: garbage does not pile up.
"""

from __future__ import annotations

import gc
import re
import threading
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.collector import collect_on_ui_thread

SOURCE = Path(__file__).resolve().parents[3] / "buurtdesk"


@pytest.fixture
def collections() -> Iterator[list[str]]:
    """The thread each collection from now on started on."""
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    yield threads
    gc.callbacks.remove(note)


def _widgets_in_cycles(count: int) -> None:
    """Windows only the cycle collector can free, as a closure held by a widget makes them."""
    for _ in range(count):
        window = QWidget()
        layout = QVBoxLayout(window)
        label = QLabel("Agendapunt", window)
        layout.addWidget(label)
        window.cycle = window  # type: ignore[attr-defined]
        label.back = lambda window=window: window  # type: ignore[attr-defined]


def _allocate() -> int:
    kept = [[number] for number in range(200_000)]  # far beyond every threshold
    return len(kept)


def test_a_busy_background_job_leaves_collection_to_the_ui_thread(
    qapp: QApplication, qtbot: QtBot, collections: list[str]
) -> None:
    background = Background()
    assert not gc.isenabled(), "automatic collection is off once a worker pool exists"
    results: list[int] = []
    for _ in range(5):
        _widgets_in_cycles(50)
        assert background.start(_allocate, results.append, pytest.fail)
        qtbot.waitUntil(lambda: not background.running, timeout=30_000)
    assert results == [200_000] * 5
    assert set(collections) <= {threading.main_thread().name}, collections


def test_garbage_is_still_collected_on_the_ui_thread(
    qapp: QApplication, qtbot: QtBot, collections: list[str]
) -> None:
    collect_on_ui_thread()

    class Node:
        pass

    first = Node()
    gone = weakref.ref(first)
    node = first
    for _ in range(5_000):  # a long chain in a cycle: only the collector frees it
        node.next = Node()  # type: ignore[attr-defined]
        node = node.next  # type: ignore[attr-defined]
    node.next = first  # type: ignore[attr-defined]
    del first, node
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert collections and set(collections) == {threading.main_thread().name}, collections


def test_a_plain_thread_started_by_the_app_leaves_collection_to_the_ui_thread(
    qapp: QApplication, qtbot: QtBot, collections: list[str]
) -> None:
    collect_on_ui_thread()
    _widgets_in_cycles(50)
    worker = threading.Thread(target=_allocate, name="damage-check")
    worker.start()
    worker.join()
    assert set(collections) <= {threading.main_thread().name}, collections


def test_every_thread_the_app_starts_keeps_collection_on_the_ui_thread() -> None:
    """Pools come from `worker_pool`; a `threading.Thread` follows `collect_on_ui_thread()`."""
    strays = []
    for path in sorted(SOURCE.rglob("*.py")):
        if path.name == "collector.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "QThreadPool(" in text:
            strays.append(f"{path.name}: a QThreadPool not made by worker_pool")
        for start in re.finditer(r"threading\.Thread\(", text):
            before = text[max(0, start.start() - 400) : start.start()]
            if "collect_on_ui_thread()" not in before:
                strays.append(f"{path.name}: a thread started without collect_on_ui_thread()")
    assert not strays, strays
