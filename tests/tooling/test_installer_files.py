"""The installed app's first contact, without building it: the desktop entry, install.sh run
again, and the Windows installer's choices (installer/smoke-test.sh tries the real build)."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"


def _exec_line() -> list[str]:
    for line in (INSTALLER / "buurtdesk.desktop").read_text().splitlines():
        if line.startswith("Exec="):
            return shlex.split(line.removeprefix("Exec="))
    raise AssertionError("the desktop entry has no Exec line")


def test_the_desktop_entry_opens_a_buurtdesk_file_and_the_plain_app() -> None:
    command = _exec_line()
    assert command[0] == "buurtdesk" and command[-1] == "%f"
    with_file = build_parser().parse_args(
        [a if a != "%f" else "council.buurtdesk" for a in command[1:]]
    )
    assert with_file.import_file == Path("council.buurtdesk")
    assert getattr(with_file, "handler", None) is None, "the app opens, not a command"
    from_menu = build_parser().parse_args([a for a in command[1:] if a != "%f"])
    assert from_menu.import_file is None and getattr(from_menu, "handler", None) is None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_sh_run_again_from_the_installed_copy_keeps_buurtdesk(tmp_path: Path) -> None:
    bundle = tmp_path / "BuurtDesk"
    icons = bundle / "_internal" / "resources" / "icons"
    icons.mkdir(parents=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        (icons / f"buurtdesk-{size}.png").write_bytes(b"png")
    for name in ("install.sh", "buurtdesk.desktop", "buurtdesk-mime.xml"):
        shutil.copy(INSTALLER / name, bundle / name)
    program = bundle / "buurtdesk"
    program.write_text('#!/bin/sh\necho "BuurtDesk $*"\n')
    program.chmod(0o755)
    prefix = tmp_path / "prefix"
    env = {**os.environ, "PREFIX": str(prefix)}
    for installer in (bundle / "install.sh", prefix / "opt" / "BuurtDesk" / "install.sh"):
        subprocess.run(["bash", str(installer)], env=env, check=True, capture_output=True)
        answer = subprocess.run(
            [str(prefix / "bin" / "buurtdesk"), "--version"], capture_output=True, text=True
        )
        assert answer.stdout.strip() == "BuurtDesk --version", installer
    entry = (prefix / "share" / "applications" / "buurtdesk.desktop").read_text()
    assert f"Exec={prefix}/bin/buurtdesk --import %f" in entry


def test_the_windows_installer_is_per_user_only_with_a_console_entry() -> None:
    script = (INSTALLER / "buurtdesk.iss").read_text()
    assert "PrivilegesRequired=lowest" in script
    assert "PrivilegesRequiredOverridesAllowed" not in script
    assert "{commonpf" not in script.lower() and "HKLM" not in script
    assert '#define ConsoleExe "buurtdesk.exe"' in script and "{#ConsoleExe}" in script
    spec = (INSTALLER / "buurtdesk.spec").read_text()
    assert 'name="buurtdeskw" if WINDOWS else "buurtdesk"' in spec
    assert "console=True" in spec
