"""Start against a shared PostgreSQL server, against the same start on a SQLite file.

    .venv/bin/python tests/benchmarks/run.py -k server

The benchmark starts its own PostgreSQL on loopback (scripts/postgres_for_tests.py), puts
the municipality-scale demo on it with `buurtdesk demo --database-url`, and times from
spawn to the painted overview (`--exit-after-startup`), nine times each, the two starts
taking turns. Goal: the server start within 2x the SQLite start (median of 9).
"""

from __future__ import annotations

import importlib.util
import statistics
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_app_bench import APP, RUNS, _launch

ROOT = Path(__file__).resolve().parents[2]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "postgres_for_tests", ROOT / "scripts" / "postgres_for_tests.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def server_url() -> Iterator[str]:
    script = _script()
    try:
        server = script.start_server()
    except script.ServerUnavailable as exc:
        pytest.skip(f"no PostgreSQL for the benchmark: {exc}")
    import psycopg

    with psycopg.connect(server.url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("CREATE DATABASE buurtdesk_bench")
    url = server.database_url("buurtdesk_bench")
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from buurtdesk.cli import main; sys.exit(main())",
            "demo",
            "--database-url",
            url,
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
    yield url
    server.stop()


def test_start_against_the_server_within_twice_the_sqlite_start(
    municipality_path: Path, server_url: str, bench_table
) -> None:  # type: ignore[no-untyped-def]
    commands = [
        [sys.executable, "-c", APP, "--db", str(municipality_path), "--exit-after-startup"],
        [sys.executable, "-c", APP, "--database-url", server_url, "--exit-after-startup"],
    ]
    for command in commands:
        _launch(command)  # warm-up
    sqlite_runs, server_runs = [], []
    for _ in range(RUNS):
        sqlite_runs.append(_launch(commands[0])[0])
        server_runs.append(_launch(commands[1])[0])
    sqlite_ms, server_ms = statistics.median(sqlite_runs), statistics.median(server_runs)
    ratio = server_ms / sqlite_ms
    print(f"\nstart: server {server_ms:.0f} ms, SQLite {sqlite_ms:.0f} ms, ratio {ratio:.2f}")
    bench_table.record(
        f"start against a loopback PostgreSQL (median of {RUNS}, from spawn)",
        "<= 2x the SQLite start",
        f"{server_ms:.0f} ms vs {sqlite_ms:.0f} ms = {ratio:.2f}x",
        ratio <= 2.0,
    )
