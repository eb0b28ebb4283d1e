"""Speed is measured by the benchmarks (tests/benchmarks/, as ratios against a baseline of the
same run), never asserted in the normal run: these machines are shared and a busy moment
would fail a correct change."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
CLOCKS = {"monotonic", "perf_counter", "time", "monotonic_ns", "perf_counter_ns", "time_ns"}


def _reads_a_clock(node: ast.AST) -> bool:
    return any(
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr in CLOCKS
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id == "time"
        for call in ast.walk(node)
    )


def timed_assertions(source: str) -> list[int]:
    """Lines of asserts on a clock reading, directly or through a name set from one."""
    found = []
    for function in ast.walk(ast.parse(source)):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        timed_names = {
            target.id
            for statement in ast.walk(function)
            if isinstance(statement, ast.Assign) and _reads_a_clock(statement.value)
            for target in statement.targets
            if isinstance(target, ast.Name)
            and isinstance(statement.value, ast.BinOp)  # a difference: a duration
        }
        for statement in ast.walk(function):
            if not isinstance(statement, ast.Assert):
                continue
            names = {n.id for n in ast.walk(statement.test) if isinstance(n, ast.Name)}
            if _reads_a_clock(statement.test) or names & timed_names:
                found.append(statement.lineno)
    return found


def test_the_check_finds_a_timed_assertion() -> None:
    assert timed_assertions(
        "import time\ndef test_x():\n    s = time.monotonic()\n    assert time.monotonic() - s < 1\n"
    ) == [4]
    assert timed_assertions(
        "import time\ndef test_x():\n    s = time.perf_counter()\n"
        "    took = time.perf_counter() - s\n    assert took < 2\n"
    ) == [5]


def test_no_test_of_the_normal_run_asserts_a_duration() -> None:
    found = [
        f"{path.relative_to(TESTS)}:{line}"
        for path in sorted(TESTS.rglob("*.py"))
        if "benchmarks" not in path.parts
        for line in timed_assertions(path.read_text(encoding="utf-8"))
    ]
    assert not found, "timed assertions belong in tests/benchmarks: " + ", ".join(found)
