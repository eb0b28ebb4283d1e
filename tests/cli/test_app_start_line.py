"""A start of the app (no command) is read without the command modules; everything else is read
by the full parser, with its help and its one-sentence mistakes, as before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli import app_start_arguments, build_parser


@pytest.mark.parametrize(
    "line",
    [
        [],
        ["--db", "x.db"],
        ["--db=x.db", "--lang", "en", "--exit-after-startup"],
        ["--demo"],
        ["--database-url", "postgresql+psycopg://wijk@server/buurt"],
        ["--import"],
        ["--import", "van-de-voorzitter.buurtdesk", "--db", "list"],  # a file named like a command
    ],
)
def test_an_app_start_reads_as_the_full_parser_reads_it(line: list[str]) -> None:
    quick = app_start_arguments(line)
    assert quick is not None
    assert vars(quick) == vars(build_parser().parse_args(line))


@pytest.mark.parametrize(
    "line",
    [
        ["list", "meetings"],
        ["--db", "x.db", "backup"],
        ["--help"],
        ["-h"],
        ["--version"],
        ["--ver"],  # argparse's abbreviation of --version
        ["--lang", "fr"],
        ["--db", "a.db", "--database-url", "postgresql://x/y"],
        ["--d"],  # ambiguous: --db, --database-url, --demo
        ["--dbb", "x.db"],
        ["stray-word"],
    ],
)
def test_commands_help_and_mistakes_go_to_the_full_parser(line: list[str]) -> None:
    assert app_start_arguments(line) is None


def test_an_app_start_loads_no_command_module(tmp_path: Path) -> None:
    probe = (
        "import sys; from buurtdesk.cli import app_start_arguments; "
        "app_start_arguments(['--db', 'x.db']); "
        "print(sorted(m for m in sys.modules if m.startswith('buurtdesk.cli.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    assert result.stdout.strip() == "['buurtdesk.cli.common', 'buurtdesk.cli.parser']"


def test_a_mistake_in_an_app_start_still_gets_its_one_sentence() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "buurtdesk", "--lang", "fr"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "--help" in result.stderr and "Traceback" not in result.stderr
