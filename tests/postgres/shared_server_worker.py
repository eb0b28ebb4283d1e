"""One BuurtDesk user in its own process, for the concurrency tests (tests/postgres).

    python shared_server_worker.py URL KIND ARGS...

It opens the database the way the app does (open_url: SQLite file or server), waits until
the file `go` names exists (so all workers start together, without sleeping on a clock),
does its work and prints one JSON line with what it saw. Kinds:

    decisions COUNCIL N         take N decisions (numbers printed)
    notes ITEM PARAGRAPH N      N saves of the notes, each changing only its own paragraph,
                                from the text this worker last stored (as the notes keeper)
    rename ITEM WHO N           N renames of an agenda item, each from the version it read;
                                a refusal is counted and the newest version read again
    open                        only open the database (concurrent first starts)
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

from buurtdesk.domain.errors import ConcurrentEdit
from buurtdesk.services import Services
from buurtdesk.store.opening import open_url


def _wait_for(go: Path) -> None:
    while not go.exists():
        time.sleep(0.005)


def main() -> int:
    url, go, kind, *rest = sys.argv[1:]
    _wait_for(Path(go))
    database = open_url(url)
    services = Services.build(database, lambda: date(2026, 3, 10))
    out: dict[str, object] = {"kind": kind}
    if kind == "decisions":
        council, count = int(rest[0]), int(rest[1])
        out["numbers"] = [
            services.decisions.record_decision(council, f"Besluit {i}").number.sequence
            for i in range(count)
        ]
    elif kind == "notes":
        item, paragraph, count = int(rest[0]), int(rest[1]), int(rest[2])
        base = _notes(services, item)
        merged = 0
        for i in range(count):
            lines = base.split("\n\n")
            lines[paragraph] = f"Alinea {paragraph}: versie {i + 1}"
            saved = services.meetings.save_notes(item, "\n\n".join(lines), base=base)
            merged += int(saved.merged)
            assert saved.conflicts == 0, saved.text
            base = saved.text
        out["merged"] = merged
        out["last"] = base
    elif kind == "rename":
        item, who, count = int(rest[0]), rest[1], int(rest[2])
        saves: list[tuple[int, int]] = []
        refused = 0
        while len(saves) < count:
            seen = _item(services, item)
            try:
                view = services.meetings.update_item(
                    item, expected_version=seen.version, title=f"{who} {len(saves) + 1}"
                )
            except ConcurrentEdit:
                refused += 1
                continue
            saves.append((seen.version, view.version))
        out["saves"] = saves
        out["refused"] = refused
    database.dispose()
    print(json.dumps(out), flush=True)
    return 0


def _item(services: Services, item_id: int):  # type: ignore[no-untyped-def]
    from buurtdesk.store.models import AgendaItem

    with services.meetings.unit() as s:
        row = s.get(AgendaItem, item_id)
        assert row is not None
        return type("Seen", (), {"version": row.version, "notes": row.notes or ""})


def _notes(services: Services, item_id: int) -> str:
    return str(_item(services, item_id).notes)


if __name__ == "__main__":
    sys.exit(main())
