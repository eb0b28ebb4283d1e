"""A background job that fails ends with one sentence in the language on screen: the refusal
of a service, a file the system refused, or (for a bug) that nothing else was changed."""

from __future__ import annotations

import errno

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.ui.common.background import Background


def _fail_with(qtbot: QtBot, error: Exception) -> str:
    background = Background()
    said: list[str] = []

    def work() -> int:
        raise error

    assert background.start(work, lambda _result: pytest.fail("no result"), said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert not background.running, "the slot is free for the next job"
    return said[0]


def test_failures_are_said_in_dutch(dutch: QApplication, qtbot: QtBot) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/notulen.pdf")
    assert _fail_with(qtbot, full) == (
        "Het bestand /tmp/notulen.pdf kan niet worden gelezen of geschreven "
        "(No space left on device)."
    )
    assert _fail_with(qtbot, OSError(errno.EACCES, "Permission denied")) == (
        "Het bestand kan niet worden gelezen of geschreven (Permission denied)."
    )
    assert _fail_with(qtbot, InvalidInput.said("Enter an amount.")) == "Vul een bedrag in."


def test_a_bug_still_ends_the_job_with_one_sentence(
    dutch: QApplication, qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    said = _fail_with(qtbot, KeyError("agenda"))
    assert said == (
        "Dit is niet gelukt door een onverwachte fout (KeyError); verder is er niets veranderd."
    )
    assert "KeyError" in capsys.readouterr().err, "the traceback is written for the bug report"


def test_failures_are_said_in_english(english: QApplication, qtbot: QtBot) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/tmp/notulen.pdf")
    assert _fail_with(qtbot, full) == (
        "The file /tmp/notulen.pdf cannot be read or written (No space left on device)."
    )
