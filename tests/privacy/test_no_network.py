"""BuurtDesk opens no network connection, ever: a whole scenario in a fresh process records
every attempt to connect or resolve a name (Python's sockets), and at the end lists every
internet socket the process holds (also ones Qt might open in C++)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SCENARIO = r"""
import json, os, socket, sys
from pathlib import Path

attempts = []
def record(kind):
    def refuse(*args, **kwargs):
        attempts.append(f"{kind} {args[1:] if kind.startswith('socket.') else args}")
        raise OSError("network use is not allowed in BuurtDesk")
    return refuse

real_connect = socket.socket.connect
def guarded_connect(self, address):
    if self.family == socket.AF_UNIX:
        return real_connect(self, address)
    return record("socket.connect")(self, address)
socket.socket.connect = guarded_connect
socket.socket.connect_ex = lambda self, address: record("socket.connect_ex")(self, address)
socket.socket.sendto = lambda self, *args: record("socket.sendto")(self, *args)
socket.create_connection = record("create_connection")
socket.getaddrinfo = record("getaddrinfo")
socket.gethostbyname = record("gethostbyname")

try:  # the guard itself works: a connection attempt is seen
    socket.create_connection(("example.org", 80))
except OSError:
    pass
assert attempts, "the network guard did not notice a connection"
attempts.clear()

sys.path.insert(0, str(Path(sys.argv[2]) / "tests" / "documents"))
from PySide6.QtWidgets import QApplication
from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite
from sample_meeting import typical_meeting

folder = Path(sys.argv[1])
app = QApplication([])
services = Services.build(open_sqlite(folder / "buurtdesk.db"))
sample = typical_meeting(services)                       # a meeting run through the services
window = build_window(services)                          # the app's window on it
window.show()
app.processEvents()
done = ["window"]
try:
    from buurtdesk.documents.meetings.minutes import render_minutes
    render_minutes(services, sample.meeting_id, folder / "verslag.pdf")
    done.append("minutes pdf")
except ModuleNotFoundError:
    pass
try:
    from buurtdesk.exchange.writing import write_package
    write_package(services.database, folder / "blerick.buurtdesk", council_id=sample.council_id)
    done.append("export package")
except ModuleNotFoundError:
    pass
services.search.search("bankjes")
services.privacy.export_person(services.councils.people_of_council(sample.council_id)[0].id)
done.append("search, privacy export")

def inet_sockets():
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6", "udp", "udp6", "raw", "raw6"):
        try:
            lines = Path(f"/proc/self/net/{table}").read_text().splitlines()[1:]
        except OSError:
            continue
        found += [f"{table} {line.split()[1]}->{line.split()[2]}" for line in lines if line.split()[9] in inodes]
    return found

print(json.dumps({"attempts": attempts, "inet_sockets": inet_sockets(), "done": done}))
"""


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="lists the process's sockets through /proc"
)
def test_a_whole_scenario_opens_no_network_connection(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCENARIO, str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    print(report["done"])
    assert "window" in report["done"]
    assert report["attempts"] == []
    assert report["inet_sockets"] == []
