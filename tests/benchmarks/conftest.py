"""Shared by the benchmarks: the municipality-scale demo database (built once per run) and the
figures table printed at the end of the run.

    .venv/bin/python tests/benchmarks/run.py

A benchmark records a figure with `bench_table.record(figure, goal, result, passed)`; the
table lists every recorded figure with PASS or MISS after all benchmarks ran.
"""

from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Figure:
    figure: str
    goal: str
    result: str
    passed: bool


@dataclass
class BenchTable:
    figures: list[Figure] = field(default_factory=list)

    def record(self, figure: str, goal: str, result: str, passed: bool) -> None:
        self.figures.append(Figure(figure, goal, result, passed))

    def lines(self) -> list[str]:
        rows = [("figure", "goal", "result", "")] + [
            (f.figure, f.goal, f.result, "PASS" if f.passed else "MISS") for f in self.figures
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        out = [
            " | ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows
        ]
        out.insert(1, "-+-".join("-" * w for w in widths))
        return out


TABLE = BenchTable()


@pytest.fixture(scope="session")
def bench_table() -> BenchTable:
    return TABLE


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.system()} {platform.release()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # type: ignore[no-untyped-def]
    if not TABLE.figures:
        return
    terminalreporter.write_sep("=", "BuurtDesk benchmark figures")
    terminalreporter.write_line(f"machine: {machine()}")
    for line in TABLE.lines():
        terminalreporter.write_line(line)


@pytest.fixture(scope="session")
def municipality_path(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """`buurtdesk demo --scale municipality` in a temporary folder: 35 councils, 20 years.

    BUURTDESK_BENCH_DB=FILE uses a copy of a municipality demo built before (with the same
    command), so repeated runs of one benchmark skip the build."""
    path = tmp_path_factory.mktemp("municipality") / "municipality.db"
    built = os.environ.get("BUURTDESK_BENCH_DB")
    if built:
        shutil.copyfile(built, path)
        yield path
        return
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from buurtdesk.cli import main; sys.exit(main())",
            "demo",
            "--db",
            str(path),
            "--scale",
            "municipality",
            "--seed",
            "2026",
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    print(
        f"\nmunicipality demo built in {time.perf_counter() - started:.0f} s: {path.stat().st_size / 1e6:.0f} MB"
    )
    yield path
