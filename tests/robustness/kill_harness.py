"""The kill test: edits in a child process, SIGKILL at a random moment, then check everything.

The child opens the database the way the app does (writer lock, open_sqlite) and makes
edits through the services: notes, decisions, action points, attendance. Before each call
it writes an *intent* line and after the commit an *ack* line to a log, each fsync'ed. The
parent kills it (SIGKILL, no chance to clean up) at a random moment, then checks:

- `PRAGMA integrity_check` is ok;
- every acknowledged decision and action point is there with exactly the acknowledged text;
- every notes field and attendance holds the last acknowledged value, or the value of
  the one edit that was in flight when the kill came (committed but not yet acknowledged);
- the writer lock of the killed process is free again.

The GUI variant runs meeting mode offscreen and types into the notes editor with QTest;
an edit is acknowledged once the editor's keeper reports it stored.

Run by tests/robustness/test_kill.py (20 kills) and scripts/soak-kill-test (500 kills):
    python tests/robustness/kill_harness.py soak --kills 500 [--gui-every 10] [--seed N]
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import multiprocessing
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[2]
STATUSES = ("present", "apologies", "absent")


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


class Log:
    """An append-only log whose lines survive a SIGKILL the moment `write` returns."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)

    def write(self, record: dict[str, object]) -> None:
        os.write(self.fd, (json.dumps(record) + "\n").encode())
        os.fsync(self.fd)


# -- setting up --------------------------------------------------------------------------------
def prepare(db_path: Path) -> dict[str, object]:
    """A council with people and a meeting with items, made once before the first child."""
    sys.path.insert(0, str(ROOT))
    from buurtdesk.domain.enums import CouncilKind
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite

    database = open_sqlite(db_path)
    services = Services.build(database)
    council = services.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
    people = []
    for name in ("Anna de Vries", "Bert Peeters", "Carla Janssen", "Daan Hendriks"):
        person = services.councils.add_person(name)
        services.councils.add_member(council.id, person.id)
        people.append(person.id)
    meeting = services.meetings.plan_meeting(
        council.id, date(2026, 3, 12), topics=("Verkeer", "Groen", "Jeugd")
    )
    items = [i.id for i in services.meetings.get_meeting(meeting.id).items]
    database.dispose()
    return {"council": council.id, "meeting": meeting.id, "people": people, "items": items}


# -- the child ---------------------------------------------------------------------------------
def child_services(db_path: Path):  # type: ignore[no-untyped-def]
    sys.path.insert(0, str(ROOT))
    from buurtdesk.services import Services
    from buurtdesk.store.lock import hold_for_process
    from buurtdesk.store.opening import open_sqlite

    if not hold_for_process(db_path):
        print("LOCKED", flush=True)  # a killed writer must never leave its lock behind
        sys.exit(3)
    return Services.build(open_sqlite(db_path))


def child_main(db_path: Path, log_path: Path, setup: dict[str, object], seed: int) -> None:
    from buurtdesk.domain.enums import AttendanceStatus

    services = child_services(db_path)
    log = Log(log_path)
    rng = random.Random(seed)
    print("READY", flush=True)
    counter = 0
    while True:
        counter += 1
        kind = rng.choice(("note", "decision", "action", "attendance"))
        tag = f"{seed}-{counter}"
        if kind == "note":
            item = rng.choice(setup["items"])  # type: ignore[arg-type]
            text = f"Notitie {tag}: " + "bewoners vragen om meer groen " * rng.randint(1, 40)
            log.write({"intent": "note", "key": item, "hash": digest(text)})
            services.meetings.set_notes(item, text)
            log.write({"ack": "note", "key": item, "hash": digest(text)})
        elif kind == "decision":
            text = f"Besluit {tag}: het overleg steunt het plan."
            log.write({"intent": "decision", "hash": digest(text)})
            view = services.decisions.record_decision(
                setup["council"], text, meeting_id=setup["meeting"]
            )  # type: ignore[arg-type]
            log.write({"ack": "decision", "key": view.id, "hash": digest(text)})
        elif kind == "action":
            text = f"Actie {tag}: offerte opvragen"
            log.write({"intent": "action", "hash": digest(text)})
            view = services.actions.add_action(setup["council"], text, meeting_id=setup["meeting"])  # type: ignore[arg-type]
            log.write({"ack": "action", "key": view.id, "hash": digest(text)})
        else:
            person = rng.choice(setup["people"])  # type: ignore[arg-type]
            status = rng.choice(STATUSES)
            log.write({"intent": "attendance", "key": person, "hash": status})
            services.meetings.set_attendance(setup["meeting"], person, AttendanceStatus(status))  # type: ignore[arg-type]
            log.write({"ack": "attendance", "key": person, "hash": status})


def gui_child_main(db_path: Path, log_path: Path, setup: dict[str, object], seed: int) -> None:
    """Meeting mode offscreen: type into the notes; acknowledge each stored pause."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    services = child_services(db_path)
    from buurtdesk.ui.common.section import Context
    from buurtdesk.ui.common.undo import UndoStack
    from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

    app = QApplication.instance() or QApplication([])
    window = MeetingModeWindow(
        Context(services=services, undo_stack=UndoStack()), int(setup["meeting"])
    )  # type: ignore[call-overload]
    window.confirm = lambda *_args: True  # type: ignore[method-assign]
    window.show()
    log = Log(log_path)
    rng = random.Random(seed)
    keeper = window.keeper
    unlogged_store = keeper.store
    takes_base = "base" in inspect.signature(unlogged_store).parameters

    def store_with_intent(item_id: int, text: str, base: str | None = None) -> object:
        """Like the service child: an intent before the store, so a kill between the commit and
        its acknowledgement leaves a text the check knows may be there."""
        log.write({"intent": "note", "key": item_id, "hash": digest(text)})
        if base is None or not takes_base:
            return unlogged_store(item_id, text)
        return unlogged_store(item_id, text, base=base)  # type: ignore[call-arg]

    keeper.store = store_with_intent  # type: ignore[assignment]

    announced = False

    def stored(item_id: int) -> None:
        nonlocal announced
        if item_id == keeper.item_id:
            text = keeper.saved_text
            log.write({"ack": "typed", "key": item_id, "length": len(text), "hash": digest(text)})
            if not announced:
                announced = True
                print("STORED", flush=True)  # the parent may wait for this before it kills

    keeper.stored.connect(stored)

    def type_some() -> None:
        window.notes.moveCursor(
            QTextCursor.MoveOperation.End
        )  # the chair goes on where the text ends
        QTest.keyClicks(window.notes, f" woord{rng.randint(0, 999)}")
        if rng.random() < 0.3:
            keeper.flush()  # as a pause of typing would
        QTimer.singleShot(rng.randint(1, 30), type_some)

    print("READY", flush=True)
    QTimer.singleShot(0, type_some)
    app.exec()


# -- the parent --------------------------------------------------------------------------------
@dataclass
class Expected:
    decisions: dict[int, str] = field(default_factory=dict)
    actions: dict[int, str] = field(default_factory=dict)
    latest: dict[tuple[str, int], str] = field(default_factory=dict)  # last ack per note/attendance
    # Every intent since the last ack of that key: each may have been committed before its kill.
    pending: dict[tuple[str, int], set[str]] = field(default_factory=dict)
    typed: dict[int, tuple[int, str]] = field(default_factory=dict)  # item -> (length, hash)
    acks: int = 0


def read_log(log_path: Path) -> Expected:
    expected = Expected()
    for line in log_path.read_text(encoding="utf-8").splitlines():
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            continue  # a line cut by the kill; its edit was never acknowledged
        if "intent" in record:
            if record["intent"] in ("note", "attendance"):
                expected.pending.setdefault((record["intent"], record["key"]), set()).add(
                    record["hash"]
                )
            continue
        expected.acks += 1
        kind, key, value = record["ack"], record["key"], record["hash"]
        if kind == "decision":
            expected.decisions[key] = value
        elif kind == "action":
            expected.actions[key] = value
        elif kind == "typed":  # meeting mode typed into these notes: they hold the truth now
            expected.typed[key] = (record["length"], value)
            expected.latest.pop(("note", key), None)
            expected.pending.pop(("note", key), None)
        else:
            expected.latest[(kind, key)] = value
            expected.pending.pop((kind, key), None)
            if kind == "note":
                expected.typed.pop(key, None)
    return expected


def check(db_path: Path, log_path: Path, meeting_id: int) -> Expected:
    """Raise AssertionError with a clear sentence when anything acknowledged is missing."""
    expected = read_log(log_path)
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok", (
            "integrity_check failed"
        )
        decisions = {i: digest(t) for i, t in conn.execute("SELECT id, text FROM decisions")}
        actions = {i: digest(t) for i, t in conn.execute("SELECT id, title FROM action_points")}
        notes = dict(conn.execute("SELECT id, notes FROM agenda_items"))
        attendance = dict(
            conn.execute(
                "SELECT person_id, status FROM attendance WHERE meeting_id = ?", (meeting_id,)
            )
        )
    finally:
        conn.close()
    for key, value in expected.decisions.items():
        assert decisions.get(key) == value, f"acknowledged decision {key} is missing or changed"
    for key, value in expected.actions.items():
        assert actions.get(key) == value, f"acknowledged action point {key} is missing or changed"
    for (kind, key), value in expected.latest.items():
        found = digest(notes[key]) if kind == "note" else attendance.get(key)
        allowed = {value} | expected.pending.get((kind, key), set())
        assert found in allowed, f"acknowledged {kind} {key} was lost"
    for key, (length, value) in expected.typed.items():
        overwritten = digest(notes[key]) in expected.pending.get(
            ("note", key), set()
        )  # a later service edit, in flight
        assert overwritten or digest(notes[key][:length]) == value, (
            f"typed notes of item {key} were lost"
        )
    return expected


def _forked_child(
    db_path: str, log_path: str, setup: dict[str, object], seed: int, ready: Connection
) -> None:
    """The service child, forked from a server that has BuurtDesk imported already."""
    sys.stdout = os.fdopen(os.dup(ready.fileno()), "w")  # "READY" goes to the parent
    child_main(Path(db_path), Path(log_path), setup, seed)


_FORKSERVER_PRELOAD = [
    "buurtdesk.services",
    "buurtdesk.store.opening",
    "buurtdesk.store.migrate",
    "alembic.command",
    "buurtdesk.store.lock",
    "buurtdesk.domain.enums",
]


def _services_process(args: tuple[object, ...]) -> tuple[object, Connection]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_FORKSERVER_PRELOAD)
    reader, writer = context.Pipe(duplex=False)
    process = context.Process(target=_forked_child, args=(*args, writer), daemon=True)
    process.start()
    writer.close()
    return process, reader


def one_round(
    db_path: Path,
    log_path: Path,
    setup: dict[str, object],
    seed: int,
    rng: random.Random,
    gui: bool,
    after_store: bool = False,
) -> None:
    """Start a child, let it edit, SIGKILL it. The GUI child is a fresh interpreter (Qt).

    With `after_store` the GUI child is killed only after its first stored pause, so that
    a loaded machine, where meeting mode starts slowly, still leaves typed text to check.
    """
    if gui:
        errors = (log_path.parent / "meeting-mode.err").open("ab")
        popen = subprocess.Popen(
            [
                sys.executable,
                str(HERE),
                "gui_child",
                str(db_path),
                str(log_path),
                json.dumps(setup),
                str(seed),
            ],
            stdout=subprocess.PIPE,
            stderr=errors,
            cwd=ROOT,
        )
        assert popen.stdout is not None
        line = popen.stdout.readline().decode().strip()
        assert line == "READY", (
            f"meeting mode did not start ({line or popen.poll()}); see meeting-mode.err"
        )
        if after_store:
            ready, _, _ = select.select([popen.stdout], [], [], 60)
            line = popen.stdout.readline().decode().strip() if ready else ""
            assert line == "STORED", (
                f"meeting mode stored nothing ({line or popen.poll()}); see meeting-mode.err"
            )
            time.sleep(rng.uniform(0.0, 0.5))
        else:
            time.sleep(rng.uniform(0.05, 1.5))
        popen.send_signal(signal.SIGKILL)
        popen.wait()
        popen.stdout.close()
        errors.close()
        return
    process, ready = _services_process((str(db_path), str(log_path), setup, seed))
    pid = process.pid  # type: ignore[attr-defined]
    if rng.random() < 0.2:
        time.sleep(rng.uniform(0.0, 0.05))  # sometimes while it opens the file and takes the lock
    else:
        started = ready.poll(30)
        line = os.read(ready.fileno(), 64).decode().strip() if started else ""
        assert line.startswith("READY"), f"the child did not start ({line or 'no answer'})"
        time.sleep(rng.uniform(0.02, 0.8))
    os.kill(pid, signal.SIGKILL)
    process.join()  # type: ignore[attr-defined]
    ready.close()


def has_meeting_mode() -> bool:
    import importlib.util

    sys.path.insert(0, str(ROOT))
    return importlib.util.find_spec("buurtdesk.ui.meeting_mode.window") is not None


def run_kills(workdir: Path, kills: int, seed: int, gui_every: int = 0, report=print) -> Expected:  # type: ignore[no-untyped-def]
    db_path, log_path = workdir / "kill.db", workdir / "acks.log"
    if gui_every and not has_meeting_mode():
        gui_every = 0  # the GUI path needs meeting mode's notes editor
    setup = prepare(db_path)
    log_path.touch(mode=0o600)
    rng = random.Random(seed)
    expected = Expected()
    started = time.perf_counter()
    for number in range(1, kills + 1):
        gui = bool(gui_every) and number % gui_every == 0
        first_gui = gui and number == gui_every
        one_round(
            db_path, log_path, setup, seed * 100_000 + number, rng, gui, after_store=first_gui
        )
        expected = check(db_path, log_path, int(setup["meeting"]))  # type: ignore[call-overload]
        if number % 50 == 0 or number == kills:
            report(
                f"{number} kills, {expected.acks} acknowledged edits, all present ({time.perf_counter() - started:.0f} s)"
            )
    return expected


def main(argv: list[str]) -> int:
    if argv and argv[0] in ("child", "gui_child"):
        entry = child_main if argv[0] == "child" else gui_child_main
        entry(Path(argv[1]), Path(argv[2]), json.loads(argv[3]), int(argv[4]))
        return 0
    parser = argparse.ArgumentParser(
        description="Kill BuurtDesk at random moments and check that nothing acknowledged is lost."
    )
    parser.add_argument("mode", choices=["soak"])
    parser.add_argument("--kills", type=int, default=500)
    parser.add_argument(
        "--gui-every",
        type=int,
        default=10,
        help="every Nth kill hits meeting mode typing notes (0: never)",
    )
    parser.add_argument("--seed", type=int, default=int(time.time()) % 100_000)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="buurtdesk-soak-") as folder:
        print(f"Soak kill test: {args.kills} kills, seed {args.seed}", flush=True)
        try:
            expected = run_kills(
                Path(folder),
                args.kills,
                args.seed,
                args.gui_every,
                report=lambda t: print(t, flush=True),
            )
        except AssertionError as exc:
            print(f"FAILED: {exc} (seed {args.seed})", flush=True)
            return 1
    print(
        f"PASS: {args.kills} kills, {expected.acks} acknowledged edits, integrity ok, nothing lost."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
