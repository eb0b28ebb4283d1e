"""The floors of the house hold: import-linter's contracts from pyproject.toml pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [linter, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_starting_the_app_does_not_load_reportlab_or_openpyxl() -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "import buurtdesk.app, buurtdesk.cli;"
        "from buurtdesk.cli import build_parser; build_parser();"
        "bad=[m for m in ('reportlab','openpyxl','pikepdf') if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_floor_is_strictly_typed() -> None:
    """mypy strict (configured in pyproject.toml) holds for the whole package, screens included."""
    packages = ["buurtdesk"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *packages],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:]


def test_rooms_stay_small_enough_to_read() -> None:
    """No module over 400 lines (the first migration, generated, aside), and the screens'
    top floor holds only the window and what belongs to no one room."""
    package = ROOT / "buurtdesk"
    long = [
        f"{path.relative_to(package)}: {count} lines"
        for path in sorted(package.rglob("*.py"))
        if not path.name.startswith("0001_")
        and (count := len(path.read_text(encoding="utf-8").splitlines())) > 400
    ]
    assert not long, long
    assert len(list((package / "ui").glob("*.py"))) < 12
