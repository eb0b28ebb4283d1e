#!/usr/bin/env python
"""The one command for BuurtDesk's speed figures:

    .venv/bin/python tests/benchmarks/run.py            every benchmark, then the table
    .venv/bin/python tests/benchmarks/run.py -k app     only the app figures (startup, search, ...)

Builds the municipality-scale demo (35 councils x 20 years) in a temporary folder, runs the
benchmarks in tests/benchmarks (they are left out of the normal test run), and prints a table
with each figure, its goal, the result and PASS or MISS, plus the machine it ran on.
Extra arguments go to pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    command = [
        sys.executable,
        "-m",
        "pytest",
        str(ROOT / "tests" / "benchmarks"),
        "-o",
        "addopts=-p no:cacheprovider",  # the normal run ignores tests/benchmarks; this one does not
        "-o",
        "timeout=1800",
        "-q",
        "-s",
        *sys.argv[1:],
    ]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
