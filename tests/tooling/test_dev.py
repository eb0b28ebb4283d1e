"""The set-up a newcomer meets: dev.py (./dev, py dev.py) and the library check of Qt's window."""

from __future__ import annotations

import ast
import importlib.util
import os
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
QT_LIBRARIES = [
    "libEGL.so.1", "libGL.so.1", "libfontconfig.so.1", "libdbus-1.so.3", "libxkbcommon.so.0",
    "libxkbcommon-x11.so.0", "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1",
    "libxcb-image.so.0", "libxcb-render-util.so.0", "libxcb-shape.so.0", "libxcb-randr.so.0",
    "libxcb-xkb.so.1", "libxcb-xfixes.so.0",
]  # fmt: skip


@pytest.fixture
def dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_py_needs_nothing_but_python_itself() -> None:
    tree = ast.parse((ROOT / "dev.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}
    source = (ROOT / "dev.py").read_text(encoding="utf-8") + (ROOT / "dev").read_text()
    assert "sha256sum" not in source and "shasum" not in source
    assert "brew install" in source, "a Mac user's hint is not apt-get"


def test_start_without_a_display_answers_in_one_sentence_after_the_set_up(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_up: list[bool] = []
    monkeypatch.setattr(dev, "setup", lambda: set_up.append(True) or Path(sys.executable))
    monkeypatch.setattr(dev.sys, "platform", "linux")
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(dev, "hand_over", lambda command: pytest.fail(f"started {command}"))
    with pytest.raises(SystemExit) as stopped:
        dev.main(["start"])
    assert stopped.value.code == 2
    assert set_up == [True], "the set-up is finished first"
    said = capsys.readouterr().err.strip().splitlines()
    assert said == [dev.NO_DISPLAY]
    assert "xvfb-run ./dev start" in said[0]


def test_start_run_and_test_hand_over_to_the_set_up_environment(
    dev: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[list[str]] = []
    monkeypatch.setattr(dev, "setup", lambda: Path("/venv/python"))
    monkeypatch.setattr(dev, "hand_over", started.append)
    monkeypatch.setattr(dev, "desktop_libraries", lambda: None)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(dev.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a[0], 0))
    dev.main(["start", "--exit-after-startup"])
    dev.main(["run", "pdf", "--help"])
    dev.main(["test", "-x", "tests/cli"])
    dev.main(["test", "-n", "0", "tests/cli"])
    buurtdesk = str(dev.venv_program("buurtdesk"))
    every_core = ["-n", "auto", "--dist", "worksteal"]
    assert started == [
        [buurtdesk, "--demo", "--exit-after-startup"],
        [buurtdesk, "pdf", "--help"],
        ["/venv/python", "-m", "pytest", *every_core, "-x", "tests/cli"],
        ["/venv/python", "-m", "pytest", "-n", "0", "tests/cli"],  # chosen by hand: as asked
    ]
    with pytest.raises(SystemExit) as wrong:
        dev.main(["begin"])
    assert wrong.value.code == 2


def test_the_test_command_checks_lint_and_format_before_the_tests(dev: ModuleType) -> None:
    assert ["-m", "ruff", "check", "."] in dev.CHECKS
    assert ["-m", "ruff", "format", "--check", "."] in dev.CHECKS


def test_the_stamp_is_the_one_the_old_dev_script_wrote(dev: ModuleType) -> None:
    """A .venv set up by the shell ./dev (sha256sum of both files) is not set up again."""
    import hashlib

    both = (ROOT / "requirements.lock").read_bytes() + (ROOT / "pyproject.toml").read_bytes()
    assert dev.wanted_stamp() == hashlib.sha256(both).hexdigest()


def _fake_tools(folder: Path, libraries: list[str]) -> dict[str, str]:
    """An ldconfig with a long cache (so a reader that stops early would be noticed) and a
    user who is not root (so nothing gets installed)."""
    folder.mkdir()
    cache = folder / "cache"
    lines = [f"{len(libraries) + 3000} libs found in cache `/etc/ld.so.cache'"]
    lines += [f"\tlibfiller{n}.so.1 (libc6,x86-64) => /lib/libfiller{n}.so.1" for n in range(3000)]
    lines += [f"\t{name} (libc6,x86-64) => /lib/x86_64-linux-gnu/{name}" for name in libraries]
    cache.write_text("\n".join(lines) + "\n")
    for name, body in (("ldconfig", f'cat "{cache}"\n'), ("id", "echo 1000\n")):
        tool = folder / name
        tool.write_text(f"#!/bin/sh\n{body}")
        tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["PATH"] = f"{folder}:{env.get('PATH', '')}"
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the library check is Linux's")
def test_the_library_check_gives_the_same_answer_every_time(tmp_path: Path) -> None:
    script = str(ROOT / "scripts" / "qt-desktop-libraries")
    complete = _fake_tools(tmp_path / "complete", QT_LIBRARIES)
    answers = {
        subprocess.run(["bash", script], env=complete, capture_output=True, text=True).returncode
        for _ in range(40)
    }
    assert answers == {0}
    lacking = _fake_tools(tmp_path / "lacking", [n for n in QT_LIBRARIES if "cursor" not in n])
    said = {
        subprocess.run(["bash", script], env=lacking, capture_output=True, text=True).stderr
        for _ in range(10)
    }
    assert said == {
        "BuurtDesk's window needs these system libraries; install them first:\n"
        "  sudo apt-get install libxcb-cursor0\n"
    }


def test_no_library_check_is_a_pipeline_into_grep_q() -> None:
    for path in ("dev", "scripts/qt-desktop-libraries", ".ci/run"):
        text = (ROOT / path).read_text()
        assert "| grep -q" not in text, path
    assert (ROOT / ".ci" / "run").read_text().rstrip().endswith("exec ./dev test")
