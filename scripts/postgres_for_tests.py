#!/usr/bin/env python3
"""A throw-away PostgreSQL server on loopback, for BuurtDesk's PostgreSQL tests.

    python scripts/postgres_for_tests.py        start one, print its URL, stop it on Ctrl+C

The test suite imports `start_server` from here (tests/postgres/conftest.py). It uses
Debian's PostgreSQL (/usr/lib/postgresql/<version>/bin); when that is missing and we are
root on a machine with apt-get, it installs the `postgresql` package first. The cluster
lives in a temporary folder, listens only on 127.0.0.1 on a free port, trusts local
connections, and skips fsync (test data only). PostgreSQL refuses to run as root, so as
root the cluster is owned by and run as the `postgres` user (created when missing).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


class ServerUnavailable(Exception):
    """Why no PostgreSQL server could be started, in one sentence."""


@dataclass
class TestServer:
    folder: Path
    bin_dir: Path
    port: int
    run_as: str | None

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def database_url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        _run(
            self,
            [
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.folder / "data"),
                "-m",
                "immediate",
                "-w",
                "stop",
            ],
            check=False,
        )
        shutil.rmtree(self.folder, ignore_errors=True)


def find_bin_dir() -> Path | None:
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if candidates:
        return Path(candidates[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def install_if_missing() -> Path:
    bin_dir = find_bin_dir()
    if bin_dir is not None:
        return bin_dir
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise ServerUnavailable(
            "PostgreSQL is not installed (no initdb found) and cannot be installed here: "
            "install Debian's 'postgresql' package, or run the tests as root on a Debian/Ubuntu machine"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (
        ["apt-get", "update", "-qq"],
        ["apt-get", "install", "-y", "-qq", "--no-install-recommends", "postgresql"],
    ):
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
        if done.returncode != 0:
            raise ServerUnavailable(
                f"installing PostgreSQL with apt-get failed: {done.stderr.strip()[-300:]}"
            )
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise ServerUnavailable("apt-get installed postgresql, but no initdb was found afterwards")
    return bin_dir


def _service_user() -> str | None:
    """The user that runs the server: ourselves, or (as root) `postgres`."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"],
            check=True,
            capture_output=True,
        )
    return "postgres"


def _run(
    server: TestServer, command: list[str], *, check: bool = True
) -> subprocess.CompletedProcess[str]:
    program = Path(command[0]).name
    if server.run_as:
        command = ["runuser", "-u", server.run_as, "--", *command]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=server.folder)
    if check and done.returncode != 0:
        log = server.folder / "server.log"
        tail = log.read_text(errors="replace")[-500:] if log.exists() else ""
        raise ServerUnavailable(
            f"'{program}' failed: {(done.stderr or done.stdout).strip()[-300:]} {tail}".strip()
        )
    return done


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server() -> TestServer:
    """Install when needed, initdb into a temporary folder, start on 127.0.0.1, wait until ready."""
    bin_dir = install_if_missing()
    run_as = _service_user()
    # As root the server runs as `postgres`, who must be able to reach the folder: not under
    # a private TMPDIR (the test run's sandbox is 0700), but right in the system's /tmp.
    shared_tmp = "/tmp" if run_as and os.path.isdir("/tmp") else None
    folder = Path(tempfile.mkdtemp(prefix="buurtdesk-postgres-", dir=shared_tmp))
    if run_as:
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    server = TestServer(folder, bin_dir, free_port(), run_as)
    try:
        _run(
            server,
            [
                str(bin_dir / "initdb"),
                "-D",
                str(folder / "data"),
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
        )
        for _attempt in range(3):
            options = (
                f"-c listen_addresses=127.0.0.1 -p {server.port} -k {folder} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            )
            done = _run(
                server,
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(folder / "data"),
                    "-o",
                    options,
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
                check=False,
            )
            if done.returncode == 0:
                break
            server.port = free_port()  # someone took the port between probing and starting
        else:
            raise ServerUnavailable(
                f"PostgreSQL did not start: {(done.stderr or done.stdout).strip()[-300:]}"
            )
    except BaseException:
        server.stop()
        raise
    return server


def main() -> int:
    try:
        server = start_server()
    except ServerUnavailable as exc:
        print(f"No PostgreSQL server: {exc}", file=sys.stderr)
        return 1
    print(f"BUURTDESK_TEST_POSTGRES_URL={server.url}", flush=True)
    try:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        while True:
            time.sleep(3600)
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
