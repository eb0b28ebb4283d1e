"""The README's two commands as a newcomer meets them: on a fresh clone, in a temporary folder.

    python3 scripts/fresh_clone_check.py

Clones this repository's current commit, then runs `./dev start` twice in the clone:
without a display (it must finish the set-up, say so in one sentence and exit with 2) and with
QT_QPA_PLATFORM=offscreen --exit-after-startup (it must build the demo, paint the overview and
print startup_ms=N). The set-up installs from pip's cache, so after one earlier set-up on the
machine it needs no downloads. The user folders point into the temporary folder, which is
removed afterwards. CI runs this from .ci/run before the test suite.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SET_UP_SECONDS = 1200


def run(command: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    started = time.monotonic()
    done = subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=SET_UP_SECONDS,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    print(f"  {' '.join(command)}: exit {done.returncode} ({time.monotonic() - started:.0f} s)")
    return done


def refuse(reason: str, done: subprocess.CompletedProcess[str]) -> None:
    print(f"Fresh clone check failed: {reason}", file=sys.stderr)
    print(f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}", file=sys.stderr)
    raise SystemExit(1)


def main() -> int:
    folder = Path(tempfile.mkdtemp(prefix="buurtdesk-fresh-clone-"))
    try:
        clone = folder / "BuurtDesk"
        subprocess.run(["git", "clone", "--quiet", str(ROOT), str(clone)], check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "BUURTDESK_"))}
        for name in ("DISPLAY", "WAYLAND_DISPLAY", "VIRTUAL_ENV", "PYTHONPATH"):
            env.pop(name, None)
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
            env[name] = str(folder / name.lower())  # pip's cache (XDG_CACHE_HOME) stays shared
        print(f"Fresh clone in {clone}:")

        headless = run(["./dev", "start"], clone, env)
        lines = [line for line in headless.stderr.splitlines() if line.strip()]
        if headless.returncode != 2 or not lines or "no display" not in lines[-1]:
            refuse(
                "`./dev start` without a display must end with one sentence and exit 2", headless
            )
        if not (clone / ".venv" / ".buurtdesk-installed").exists():
            refuse("`./dev start` without a display must finish the set-up first", headless)
        if "Traceback" in headless.stderr:
            refuse("`./dev start` printed a traceback", headless)

        env["QT_QPA_PLATFORM"] = "offscreen"
        started = run(["./dev", "start", "--exit-after-startup"], clone, env)
        if started.returncode != 0 or not re.search(r"^startup_ms=\d+$", started.stdout, re.M):
            refuse("`./dev start --exit-after-startup` must paint the overview and quit", started)
        print(f"  {lines[-1]}")
        print(f"  {started.stdout.strip().splitlines()[-1]}")
        print("Fresh clone check: the two commands work.")
        return 0
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
