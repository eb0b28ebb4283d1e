"""Kill BuurtDesk at random moments (SIGKILL): the file stays sound and nothing acknowledged is lost.

The normal run makes 20 kills (two of them in meeting mode while notes are typed); the soak
run makes 500: `scripts/soak-kill-test`.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import kill_harness  # noqa: E402

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="SIGKILL and fork servers are POSIX"
)


def test_twenty_kills_lose_nothing_that_was_acknowledged(tmp_path: Path) -> None:
    lines: list[str] = []
    expected = kill_harness.run_kills(
        tmp_path, kills=20, seed=2026, gui_every=10, report=lines.append
    )
    print(lines[-1])
    assert expected.acks > 20, "the children made too few edits for the test to mean anything"
    assert expected.decisions and expected.actions
    if kill_harness.has_meeting_mode():
        assert expected.typed, "no notes typed in meeting mode were acknowledged"


def test_the_check_notices_a_lost_edit(tmp_path: Path) -> None:
    """The checker itself can fail: an acknowledged decision that is not in the file."""
    setup = kill_harness.prepare(tmp_path / "kill.db")
    log = kill_harness.Log(tmp_path / "acks.log")
    log.write({"ack": "decision", "key": 999, "hash": kill_harness.digest("nooit opgeslagen")})
    with pytest.raises(AssertionError, match="decision 999"):
        kill_harness.check(tmp_path / "kill.db", tmp_path / "acks.log", int(setup["meeting"]))  # type: ignore[call-overload]


def test_an_edit_committed_just_before_a_kill_may_be_followed_by_unfinished_ones(
    tmp_path: Path,
) -> None:
    """Present acknowledged, then 'absent' committed but killed before its ack, then
    'apologies' killed before its commit: the file holds 'absent', which is allowed."""
    setup = kill_harness.prepare(tmp_path / "kill.db")
    person = setup["people"][0]  # type: ignore[index]
    conn = sqlite3.connect(tmp_path / "kill.db")
    conn.execute("UPDATE attendance SET status = 'absent' WHERE person_id = ?", (person,))
    conn.commit()
    conn.close()
    log = kill_harness.Log(tmp_path / "acks.log")
    log.write({"intent": "attendance", "key": person, "hash": "present"})
    log.write({"ack": "attendance", "key": person, "hash": "present"})
    log.write({"intent": "attendance", "key": person, "hash": "absent"})
    log.write({"intent": "attendance", "key": person, "hash": "apologies"})
    kill_harness.check(tmp_path / "kill.db", tmp_path / "acks.log", int(setup["meeting"]))  # type: ignore[call-overload]
    log.write({"ack": "attendance", "key": person, "hash": "apologies"})
    with pytest.raises(AssertionError, match="attendance"):
        kill_harness.check(tmp_path / "kill.db", tmp_path / "acks.log", int(setup["meeting"]))  # type: ignore[call-overload]
