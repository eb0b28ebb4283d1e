"""Replacing a whole database file by a new one (`buurtdesk demo --force`) without ever
being without one: the new file is built beside the old one, and only when it is complete
is the old file (with its -wal and -shm) moved away and the new one renamed into its place.
A failure while building (a full disk, a kill) leaves the old file exactly as it was."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from buurtdesk.domain.errors import StoreError
from buurtdesk.store.lock import lock_path_for, real_path, release_for_process
from buurtdesk.store.output import os_error_sentence

T = TypeVar("T")
_SIDES = ("", "-wal", "-shm", "-journal")


def _remove(path: Path) -> None:
    for suffix in _SIDES:
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    release_for_process(path)
    lock_path_for(path).unlink(missing_ok=True)


def build_then_replace(path: Path, build: Callable[[Path], T]) -> T:
    """`build(new_path)` makes the new database and closes it; then it replaces `path`."""
    path = real_path(path)  # a link is followed: the file itself is replaced, not the link
    new = path.with_name(f".{path.name}.nieuw-{os.getpid()}")
    _remove(new)
    try:
        result = build(new)
    except BaseException:
        _remove(new)
        raise
    aside = path.with_name(f".{path.name}.oud-{os.getpid()}")
    try:
        for suffix in ("-wal", "-shm"):  # the old file's log and index belong to the old file
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, Path(f"{aside}{suffix}"))
        os.replace(path, aside)
        os.replace(new, path)
    except OSError as exc:
        if not path.exists() and aside.exists():
            os.replace(aside, path)
        for suffix in ("-wal", "-shm"):
            if Path(f"{aside}{suffix}").exists() and not Path(f"{path}{suffix}").exists():
                os.replace(Path(f"{aside}{suffix}"), Path(f"{path}{suffix}"))
        _remove(new)
        raise os_error_sentence(exc, path) from None
    _remove(aside)
    _remove(new)
    if not path.exists():  # pragma: no cover - defensive
        raise StoreError.said("{path} could not be replaced.", path=path)
    return result
