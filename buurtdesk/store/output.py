"""The one way BuurtDesk writes a file the user named: PDFs, packages, sheets, calendar files,
backups, letters. Every command and every save dialog goes through `write_output`.

What it guarantees:
- it never writes over a database BuurtDesk has open (nor its -wal, -shm or lock file, nor
  anything in its backups folder), nor over any other BuurtDesk database file;
- it never writes over the -wal, -shm, -journal or .lock file of any BuurtDesk database;
- it never writes to something that exists and is not a regular file (a folder, a device such
  as /dev/full, a pipe), nor over a file its owner made read-only: refused, nothing replaced;
- the file appears only when complete: it is written to a temporary file beside the target
  with mode 0600 (readable by the owner only, whatever the umask), flushed to disk, and then
  renamed over the target; a failure leaves the old file (if any) untouched and no temp file;
- every operating-system failure (full disk, read-only folder, a name too long) becomes one
  sentence (StoreError), never a traceback.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO

from buurtdesk.domain.errors import StoreError

_APPLICATION_ID = 0x42444B31  # as in sqlite_file.APPLICATION_ID (kept here to avoid a cycle)
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDE_FILES = ("", "-wal", "-shm", "-journal", ".lock")

# The SQLite files this process has open: their own files are never an output.
_OPEN_DATABASES: set[Path] = set()


def protect_database(path: Path) -> None:
    """Called whenever a database file is opened: from then on it cannot be written over."""
    _OPEN_DATABASES.add(_real(Path(path)))


def _real(path: Path) -> Path:
    try:
        return path.expanduser().resolve(strict=False)
    except (OSError, RuntimeError):
        return path.expanduser().absolute()


def _is_buurtdesk_database(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(72)
    except OSError:
        return False
    return (
        header.startswith(_SQLITE_MAGIC)
        and len(header) == 72
        and int.from_bytes(header[68:72], "big") == _APPLICATION_ID
    )


def check_output_target(target: Path, *, database: Path | None = None) -> Path:
    """The real path a file may be written to, or StoreError with one sentence."""
    target = Path(target)
    real = _real(target)
    databases = set(_OPEN_DATABASES)
    if database is not None:
        databases.add(_real(Path(database)))
    for db in databases:
        own = {Path(f"{db}{suffix}") for suffix in _SIDE_FILES}
        if real in own:
            raise StoreError.said(
                "{target} is the database file itself (or belongs to it); choose another file name.",
                target=target,
            )
        backups = db.parent / "backups"
        if real.parent == backups or backups in real.parents:
            raise StoreError.said(
                "{target} is in the database's backups folder; choose another folder.",
                target=target,
            )
    for suffix in _SIDE_FILES[1:]:  # a side file of any BuurtDesk database, open here or not
        if real.name.endswith(suffix) and _is_buurtdesk_database(
            real.with_name(real.name[: -len(suffix)])
        ):
            raise StoreError.said(
                "{target} belongs to a BuurtDesk database; choose another file name.", target=target
            )
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _sentence(exc, target) from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise StoreError.said("{target} is a folder; give a file name.", target=target)
        if not stat.S_ISREG(info.st_mode):
            raise StoreError.said(
                "{target} is not a regular file; BuurtDesk does not write over it.", target=target
            )
        if _is_buurtdesk_database(real):
            raise StoreError.said(
                "{target} is a BuurtDesk database; BuurtDesk does not write over it.", target=target
            )
        if not info.st_mode & stat.S_IWUSR:  # its owner made it read-only: kept as it is
            raise StoreError.said(
                "{target} is read-only; BuurtDesk does not write over it.", target=target
            )
    if len(real.name.encode("utf-8", "surrogateescape")) > 240:
        raise StoreError.said(
            "The file name {name}… is too long; choose a shorter name.", name=real.name[:40]
        )
    if not real.parent.is_dir():
        raise StoreError.said("The folder {parent} does not exist.", parent=real.parent)
    return real


def write_output(
    target: Path,
    content: bytes | str | Callable[[Path], object],
    *,
    database: Path | None = None,
) -> Path:
    """Write `content` to `target` safely (see the module text). Returns the path written.

    `content` is the file's bytes, a text (written as UTF-8), or a function that writes the
    file at the temporary path it is given (for libraries that save to a path themselves).
    """
    real = check_output_target(target, database=database)
    return _atomic_write(
        real, content, target, lambda: check_output_target(target, database=database)
    )


def write_store_file(target: Path, content: bytes | str | Callable[[Path], object]) -> Path:
    """The same atomic, owner-only write for the store's own files (backups, the kept copy
    before a restore), which live where write_output refuses to write."""
    return _atomic_write(Path(target), content, Path(target), lambda: None)


def _atomic_write(
    real: Path,
    content: bytes | str | Callable[[Path], object],
    target: Path,
    recheck: Callable[[], object],
) -> Path:
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=".buurtdesk-", suffix=".partial", dir=real.parent
        )
    except OSError as exc:
        raise _sentence(exc, target) from None
    temp = Path(temp_name)
    try:
        if callable(content):
            os.close(handle)
            handle = -1
            content(temp)
            os.chmod(temp, 0o600)
            with temp.open("rb+") as written:
                os.fsync(written.fileno())
        else:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with os.fdopen(handle, "wb") as out:
                handle = -1
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        recheck()  # nothing changed in the meantime
        os.replace(temp, real)
        _sync_folder(real.parent)
    except OSError as exc:
        _cleanup(handle, temp)
        raise _sentence(exc, target) from None
    except BaseException:
        _cleanup(handle, temp)
        raise
    return real


@contextmanager
def open_output(target: Path, *, database: Path | None = None) -> Iterator[IO[bytes]]:
    """`with open_output(path) as out: out.write(...)`: the same guarantees as write_output."""
    real = check_output_target(target, database=database)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=".buurtdesk-", suffix=".partial", dir=real.parent
        )
    except OSError as exc:
        raise _sentence(exc, target) from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as out:
            handle = -1
            os.chmod(temp, 0o600)
            yield out
            out.flush()
            os.fsync(out.fileno())
        check_output_target(target, database=database)
        os.replace(temp, real)
        _sync_folder(real.parent)
    except OSError as exc:
        _cleanup(handle, temp)
        raise _sentence(exc, target) from None
    except BaseException:
        _cleanup(handle, temp)
        raise


def _cleanup(handle: int, temp: Path) -> None:
    if handle >= 0:
        with suppress(OSError):
            os.close(handle)
    with suppress(OSError):
        temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sentence(exc: OSError, target: Path) -> StoreError:
    """One sentence for an operating-system failure while writing `target`."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StoreError.said("{target} could not be written: the disk is full.", target=target)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError.said(
            "{target} could not be written: BuurtDesk may not write in this folder.", target=target
        )
    if exc.errno == errno.ENAMETOOLONG:
        return StoreError.said("The file name is too long; choose a shorter name.")
    if exc.errno == errno.ENOENT:
        return StoreError.said("The folder of {target} does not exist.", target=target)
    reason = exc.strerror or type(exc).__name__
    return StoreError.said(
        "{target} could not be written ({reason}).", target=target, reason=reason
    )


def os_error_sentence(exc: OSError, target: Path) -> StoreError:
    """The same sentence for callers that handle an OSError of their own."""
    return _sentence(exc, target)
