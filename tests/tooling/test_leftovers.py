"""A test run leaves no temporary folders behind (tests/conftest.py's sandbox)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_test_run_leaves_no_temporary_folders(tmp_path: Path) -> None:
    temp = tmp_path / "temp"
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    env.pop("BUURTDESK_KEEP_TEST_FILES", None)
    tests = [
        "tests/cli/test_messages.py::test_the_app_s_language_setting_counts_for_the_command_line",
        "tests/cli/test_command_line_words.py::test_no_lock_file_stays_behind",
    ]
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", *tests],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "2 passed" in ran.stdout
    assert sorted(p.name for p in temp.iterdir()) == []
