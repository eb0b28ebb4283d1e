"""BuurtDesk's set-up and its two commands, on every system (see README.md).

    ./dev start          (Linux, macOS)    py dev.py start      (Windows)
    ./dev test                             py dev.py test

start   set everything up and open BuurtDesk on its demo database (arguments go to buurtdesk)
test    set everything up and run the checks and the full test suite (arguments go to pytest)
run     set everything up and run the set-up environment's `buurtdesk` with the given arguments
setup   only set up: .venv with the exact versions of requirements.lock
bench   the benchmark suite (prints a table; not part of the test run)
shots   render every screen of the demo to docs/screenshots/*.png
        (--size 1366x768,1920x1080 --text 100,150,200 --theme light,dark,contrast: the matrix)

Only the standard library of Python 3.11 or newer is used here, so a fresh Linux, macOS or
Windows machine needs nothing but Python itself.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
WINDOWS = sys.platform == "win32"
STAMP = VENV / ".buurtdesk-installed"
# The README's test command, in the order a developer wants to hear about problems.
CHECKS = [["-m", "ruff", "check", "."], ["-m", "ruff", "format", "--check", "."]]
NO_DISPLAY = (
    "There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so BuurtDesk's "
    "window cannot open: run ./dev start on a desktop, or in a virtual display with "
    "xvfb-run ./dev start."
)


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def venv_program(name: str) -> Path:
    if WINDOWS:
        return VENV / "Scripts" / f"{name}.exe"
    return VENV / "bin" / name


def python_hint() -> str:
    if WINDOWS:
        return "install it from python.org or with: winget install Python.Python.3.12"
    if sys.platform == "darwin":
        return "install it from python.org or with: brew install python@3.12"
    return "on Debian or Ubuntu: sudo apt-get install python3 python3-venv"


def wanted_stamp() -> str:
    digest = hashlib.sha256()
    for name in ("requirements.lock", "pyproject.toml"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def setup() -> Path:
    """The virtual environment with the exact versions of requirements.lock; its python."""
    if sys.version_info < (3, 11):  # noqa: UP036 - `py dev.py` may be an older Python
        say(f"BuurtDesk needs Python 3.11 or newer; {python_hint()}.")
        raise SystemExit(1)
    python = venv_program("python")
    if not python.exists():
        shutil.rmtree(VENV, ignore_errors=True)
        made = subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=False)
        if made.returncode != 0 or not python.exists():
            shutil.rmtree(VENV, ignore_errors=True)
            hint = (
                "on Debian or Ubuntu: sudo apt-get install python3-venv"
                if sys.platform.startswith("linux")
                else python_hint()
            )
            say(f"Python could not make a virtual environment; {hint}.")
            raise SystemExit(1)
    want = wanted_stamp()
    have = STAMP.read_text(encoding="utf-8").strip() if STAMP.exists() else ""
    if have != want:
        say("Setting up .venv (exact versions from requirements.lock)…")
        pip = [str(python), "-m", "pip", "install", "-qq", "--disable-pip-version-check"]
        for extra in (["--upgrade", "pip"], ["-r", "requirements.lock"], ["--no-deps", "-e", "."]):
            if subprocess.run([*pip, *extra], cwd=ROOT, check=False).returncode != 0:
                say("Setting up .venv failed (see above); run the same command again to retry.")
                raise SystemExit(1)
        STAMP.write_text(want + "\n", encoding="utf-8")
    return python


def display_missing() -> bool:
    """Linux without a screen: no X11 or Wayland display and no Qt platform chosen by hand."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def desktop_libraries() -> None:
    """On Linux, the system libraries Qt's window needs (scripts/qt-desktop-libraries)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return
    checked = subprocess.run(["bash", str(ROOT / "scripts" / "qt-desktop-libraries")], check=False)
    if checked.returncode != 0:
        raise SystemExit(checked.returncode)


def hand_over(command: list[str]) -> None:
    """Run the command in place of this one, with its exit code."""
    os.chdir(ROOT)
    if WINDOWS:  # Windows has no real exec: wait for the command and pass its code on
        raise SystemExit(subprocess.run(command, check=False).returncode)
    os.execv(command[0], command)


def run_tests(python: Path, arguments: list[str]) -> None:
    for check in CHECKS:
        if subprocess.run([str(python), *check], cwd=ROOT, check=False).returncode != 0:
            raise SystemExit(1)
    hand_over([str(python), "-m", "pytest", *spread(arguments)])


def spread(arguments: list[str]) -> list[str]:
    """The suite runs on every core (pytest-xdist), each test taken by whichever worker is free,
    unless the arguments choose otherwise (-n 0 runs it in one process)."""
    chosen = any(a == "-n" or a.startswith(("-n", "--numprocesses", "--dist")) for a in arguments)
    return arguments if chosen else ["-n", "auto", "--dist", "worksteal", *arguments]


def main(argv: list[str]) -> None:
    command, arguments = (argv[0], argv[1:]) if argv else ("start", [])
    if command in ("-h", "--help", "help"):
        print(__doc__)
        return
    if command not in ("setup", "start", "test", "run", "bench", "shots"):
        say(f"'{command}' is not a command of ./dev; use start, test, run, setup, bench or shots.")
        raise SystemExit(2)
    python = setup()
    if command == "start":
        if display_missing():
            say(NO_DISPLAY)
            raise SystemExit(2)
        desktop_libraries()
        hand_over([str(venv_program("buurtdesk")), "--demo", *arguments])
    elif command == "run":
        hand_over([str(venv_program("buurtdesk")), *arguments])
    elif command == "test":
        run_tests(python, arguments)
    elif command == "bench":
        hand_over([str(python), str(ROOT / "tests" / "benchmarks" / "run.py"), *arguments])
    elif command == "shots":
        hand_over([str(python), str(ROOT / "scripts" / "screenshots.py"), *arguments])


if __name__ == "__main__":
    main(sys.argv[1:])
