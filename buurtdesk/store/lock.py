"""One writer per database file: an operating-system lock on a file beside the database.

The app holds the lock for as long as it runs; the command line holds it while a writing
command runs. A second BuurtDesk that cannot get the lock opens the database read-only (the
app) or refuses with one sentence (a writing command). The lock is released by the operating
system when the process ends, also when it is killed, so a crash never leaves a stale lock.
A holder that ends normally also removes the lock file: nothing stays beside the database.
"""

from __future__ import annotations

import os
import sys
from contextlib import suppress
from pathlib import Path
from typing import IO

from buurtdesk.domain.errors import StoreError


def lock_path_for(database_path: Path) -> Path:
    return database_path.with_name(database_path.name + ".lock")


def real_path(database_path: Path) -> Path:
    """The file itself, whatever name it is reached by (a symbolic link, "..", "~"): the lock
    belongs to the file, so a link to the database cannot get around it."""
    try:
        return database_path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):  # a loop of links: the name as given
        return database_path.expanduser().absolute()


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class WriterLock:
    """The right to write one database file, held by at most one process at a time."""

    def __init__(self, database_path: Path) -> None:
        self.database_path = database_path.expanduser().absolute()
        self.path = lock_path_for(real_path(database_path))
        self._handle: IO[bytes] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock without waiting. False when another process holds it.

        Raises StoreError when the lock file cannot be made at all (a read-only folder):
        nobody can write there, so the caller opens the database read-only.
        """
        if self._handle is not None:
            return True
        _refuse_hard_links(real_path(self.database_path))
        for _attempt in range(5):  # the holder may remove the file just as we open it
            handle = self._open()
            if not _try_lock(handle):
                handle.close()
                return False
            if self._still_there(handle):
                break
            handle.close()
        else:
            return False
        try:  # who holds it, for a message; on a full disk the lock holds without it
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()} {_host_name()}\n".encode())
            handle.flush()
        except OSError:
            pass
        self._handle = handle
        return True

    def _open(self) -> IO[bytes]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise StoreError.said(
                "BuurtDesk cannot write in the folder {parent} ({strerror}).",
                parent=self.path.parent,
                strerror=exc.strerror,
            ) from None
        return os.fdopen(
            fd, "r+b", buffering=0
        )  # unbuffered: a full disk fails at write, not at close

    def _still_there(self, handle: IO[bytes]) -> bool:
        """The locked file is still the one at the lock's name (not removed by its last holder)."""
        if sys.platform == "win32":  # pragma: no cover - an open file cannot be removed there
            return True
        try:
            named = os.stat(self.path)
        except OSError:
            return False
        mine = os.fstat(handle.fileno())
        return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)

    def release(self) -> None:
        """Give the lock back and remove its file: nothing stays behind beside the database.
        The file goes while it is still locked, so a process that opened it in the meantime
        sees that it is gone and makes a new one (see _still_there)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        if sys.platform != "win32":
            with suppress(OSError):  # a folder that became read-only: the file stays, the lock goes
                self.path.unlink(missing_ok=True)
        try:
            _unlock(handle)
        finally:
            handle.close()
        if sys.platform == "win32":  # pragma: no cover - removable only once closed
            with suppress(OSError):  # another BuurtDesk opened it just now: it is theirs
                self.path.unlink(missing_ok=True)

    def holder(self) -> str:
        """Who wrote the lock file last: 'pid hostname', or '' when unknown."""
        try:
            return self.path.read_text(encoding="utf-8", errors="replace").strip()
        except OSError:
            return ""

    def __enter__(self) -> WriterLock:
        if not self.acquire():
            raise in_use_error(self.database_path)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


class HardLinked(StoreError):
    """The database file has more than one name: it is only read."""


def _refuse_hard_links(path: Path) -> None:
    """A database file with a second name (a hard link) would get a second lock and a second
    -wal under that name: two writers on one file. Such a file is only read."""
    try:
        links = path.stat().st_nlink
    except OSError:
        return
    if links > 1:
        raise HardLinked.said(
            "{path} has more than one name (a hard link); BuurtDesk opens it for reading only.",
            path=path,
        )


def in_use_error(database_path: Path) -> StoreError:
    return StoreError.said(
        "{database_path} is in use by another BuurtDesk; close it first and try again.",
        database_path=database_path,
    )


# Locks a command-line process keeps until it exits (the OS releases them then).
_PROCESS_LOCKS: dict[Path, WriterLock] = {}


def hold_for_process(database_path: Path) -> bool:
    """Take the writer lock for the rest of this process. False when someone else has it."""
    key = real_path(database_path)
    lock = _PROCESS_LOCKS.get(key)
    if lock is not None and lock.held:
        return True
    lock = WriterLock(key)
    if not lock.acquire():
        return False
    _PROCESS_LOCKS[key] = lock
    return True


def release_for_process(database_path: Path) -> None:
    lock = _PROCESS_LOCKS.pop(real_path(database_path), None)
    if lock is not None:
        lock.release()


def release_all_for_process() -> None:
    """Give back every lock this process holds (a command's end), removing their files."""
    while _PROCESS_LOCKS:
        _path, lock = _PROCESS_LOCKS.popitem()
        lock.release()


def _host_name() -> str:
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket  # Windows

    return socket.gethostname()
