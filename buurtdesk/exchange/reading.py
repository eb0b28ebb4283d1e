"""Reading a .buurtdesk package without trusting it.

Before a single row is looked at, the zip itself is checked: only the expected names, no
folders or links, no encryption, sizes that add up and are not absurd (a zip bomb), a
manifest of a format this BuurtDesk knows. Data files are then read in small pieces with a
hard cap on how much is read, hashed as they go, and every value is checked against its
column. Anything wrong raises PackageRefused with one sentence.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import stat
import time
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from buurtdesk.exchange.errors import refused
from buurtdesk.exchange.tables import (
    BY_NAME,
    EXCHANGED,
    IncomingRow,
    TableCodec,
    data_file_name,
    decode_row,
)
from buurtdesk.exchange.writing import FORMAT_NAME, FORMAT_VERSION, MANIFEST
from buurtdesk.messages import N_
from buurtdesk.store import migrate

MAX_PACKAGE_BYTES = 2 * 1024**3  # the .buurtdesk file itself
MAX_UNPACKED_BYTES = 4 * 1024**3  # all data files together, unpacked
MAX_MANIFEST_BYTES = 1024**2
MAX_RATIO = 200  # unpacked size / packed size of one file; JSON rarely passes 20
MAX_RECORD_CHARS = 8 * 1024**2  # one row as JSON text (a long note, escaped)
# BuurtDesk writes one record per line: a long run of white space between records is padding
# meant to make reading slow (200 MB of spaces pack into 1 MB); refused at once.
MAX_GAP_CHARS = 64 * 1024
# Reading a whole package (checking, planning or applying) stops after this many seconds:
# a real council's twenty years read in a few seconds.
MAX_READ_SECONDS = 120.0
_SPACE = re.compile(r"[ \t\r\n]*")
CHUNK = 64 * 1024
SAFE_NAME = re.compile(r"^(manifest\.json|data/[a-z_]{1,64}\.json)$")
UUID_TEXT = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@dataclass(frozen=True)
class DataFile:
    name: str
    table: str
    rows: int
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    package_id: str
    schema_revision: str
    app_version: str
    created_at: str
    scope: str  # "council" or "meeting"
    council_uuid: str
    council_name: str
    meeting_uuid: str | None
    files: tuple[DataFile, ...]

    @property
    def records(self) -> int:
        return sum(f.rows for f in self.files)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"not a JSON number: {name}")


_DECODER = json.JSONDecoder(parse_constant=_reject_constant)


def _text(obj: dict[str, Any], key: str, limit: int = 200, *, optional: bool = False) -> Any:
    value = obj.get(key)
    if optional and value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > limit:
        raise refused(N_("the manifest lacks '{key}' or it is invalid"), key=key)
    return value


def _whole(obj: dict[str, Any], key: str) -> int:
    value = obj.get(key)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or value < 0
        or value > MAX_UNPACKED_BYTES
    ):
        raise refused(N_("the manifest has an invalid '{key}'"), key=key)
    return value


def _parse_manifest(raw: bytes) -> Manifest:
    try:
        obj = _DECODER.decode(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise refused(N_("the manifest (manifest.json) is damaged")) from None
    if not isinstance(obj, dict) or obj.get("format") != FORMAT_NAME:
        raise refused(N_("it is not a BuurtDesk exchange package"))
    version = obj.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise refused(N_("the format version is missing"))
    if version > FORMAT_VERSION:
        raise refused(N_("it was made by a newer version of BuurtDesk; update BuurtDesk"))
    if version != FORMAT_VERSION:
        raise refused(N_("format version {version} is unknown"), version=version)
    revision = _text(obj, "schema_revision", 64)
    if revision not in migrate.known_revisions():
        raise refused(
            N_(
                "it comes from a newer version of BuurtDesk (unknown schema version); update BuurtDesk"
            )
        )
    scope = obj.get("scope")
    if not isinstance(scope, dict) or scope.get("kind") not in ("council", "meeting"):
        raise refused(N_("the manifest does not say what is inside"))
    for key in ("package_id", "council_uuid"):
        holder = obj if key == "package_id" else scope
        if not UUID_TEXT.match(str(_text(holder, key, 36))):
            raise refused(N_("'{key}' in the manifest is not a UUID"), key=key)
    meeting_uuid = _text(scope, "meeting_uuid", 36, optional=True)
    if scope["kind"] == "meeting" and (meeting_uuid is None or not UUID_TEXT.match(meeting_uuid)):
        raise refused(N_("the meeting in the manifest is missing"))
    entries = obj.get("files")
    if not isinstance(entries, list) or len(entries) > 2 * len(EXCHANGED):
        raise refused(N_("the manifest's list of files is invalid"))
    files: list[DataFile] = []
    for entry in entries:
        if not isinstance(entry, dict):
            raise refused(N_("the manifest's list of files is invalid"))
        table = _text(entry, "table", 64)
        name = _text(entry, "name", 100)
        digest = _text(entry, "sha256", 64)
        if (
            table not in BY_NAME
            or name != data_file_name(table)
            or not re.fullmatch(r"[0-9a-f]{64}", digest)
        ):
            raise refused(N_("the file '{name}' does not belong in a package"), name=name[:80])
        files.append(DataFile(name, table, _whole(entry, "rows"), _whole(entry, "size"), digest))
    listed = [f.table for f in files]
    if len(set(listed)) != len(listed):
        raise refused(N_("a file is listed twice in the manifest"))
    missing = sorted(set(BY_NAME) - set(listed))
    if missing:
        raise refused(
            N_("the file '{data_file_name}' is missing"), data_file_name=data_file_name(missing[0])
        )
    return Manifest(
        package_id=obj["package_id"],
        schema_revision=revision,
        app_version=str(obj.get("app_version", ""))[:40],
        created_at=str(obj.get("created_at", ""))[:40],
        scope=scope["kind"],
        council_uuid=scope["council_uuid"],
        council_name=str(scope.get("council_name", ""))[:200],
        meeting_uuid=meeting_uuid,
        files=tuple(files),
    )


class Package:
    """An opened, checked package. Use as a context manager; rows are read table by table."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.deadline = time.monotonic() + MAX_READ_SECONDS
        self._archive = self._open_zip()
        try:
            self._infos = self._check_entries()
            self.manifest = self._read_manifest()
            self._check_files_against_manifest()
        except BaseException:
            self._archive.close()
            raise

    def __enter__(self) -> Package:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._archive.close()

    # -- the zip and its names --------------------------------------------------------------
    def _open_zip(self) -> zipfile.ZipFile:
        try:
            size = self.path.stat().st_size
        except OSError as exc:
            raise refused(
                N_("the file cannot be read ({strerror})"), strerror=exc.strerror
            ) from None
        if size > MAX_PACKAGE_BYTES:
            raise refused(N_("the file is too large"))
        try:
            return zipfile.ZipFile(self.path, "r")
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
            raise refused(N_("it is not a valid zip file")) from None

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        infos: dict[str, zipfile.ZipInfo] = {}
        total = 0
        for info in self._archive.infolist():
            name = info.filename
            if not SAFE_NAME.match(name) or ".." in name or "\\" in name:
                raise refused(N_("it contains a forbidden file name ('{name}')"), name=name[:80])
            if name in infos:
                raise refused(N_("'{name}' is in it twice"), name=name)
            if info.flag_bits & 0x1:
                raise refused(N_("it is encrypted"))
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise refused(N_("it uses an unknown compression"))
            mode = info.external_attr >> 16
            if info.is_dir() or stat.S_IFMT(mode) not in (0, stat.S_IFREG):
                raise refused(N_("'{name}' is not a plain file"), name=name)
            if info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > 1024**2:
                raise refused(N_("it unpacks to an unreasonable size (zip bomb)"))
            total += info.file_size
            if total > MAX_UNPACKED_BYTES:
                raise refused(N_("it unpacks to an unreasonable size (zip bomb)"))
            infos[name] = info
        if MANIFEST not in infos:
            raise refused(N_("the manifest (manifest.json) is missing"))
        return infos

    def _read_manifest(self) -> Manifest:
        info = self._infos[MANIFEST]
        if info.file_size > MAX_MANIFEST_BYTES:
            raise refused(N_("the manifest is too large"))
        try:
            with self._archive.open(info) as handle:
                raw = _read_capped(handle, MAX_MANIFEST_BYTES, "manifest.json")
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise refused(N_("the manifest (manifest.json) is damaged")) from None
        return _parse_manifest(raw)

    def _check_files_against_manifest(self) -> None:
        listed = {f.name: f for f in self.manifest.files}
        for name in self._infos:
            if name != MANIFEST and name not in listed:
                raise refused(N_("it contains a file not in the manifest ('{name}')"), name=name)
        for name, entry in listed.items():
            info = self._infos.get(name)
            if info is None:
                raise refused(N_("the file '{name}' is missing"), name=name)
            if info.file_size != entry.size:
                raise refused(N_("the size of '{name}' does not match"), name=name)

    # -- rows ---------------------------------------------------------------------------------
    def data_file(self, table: str) -> DataFile:
        return next(f for f in self.manifest.files if f.table == table)

    def rows(self, codec: TableCodec) -> Iterator[IncomingRow]:
        """Every row of one table, checked; the file's size, count and checksum at the end."""
        entry = self.data_file(codec.name)
        counted = 0
        hasher = hashlib.sha256()
        try:
            with self._archive.open(self._infos[entry.name]) as handle:
                capped = _CappedReader(handle, entry.size, hasher, self.deadline)
                for obj in _json_array(capped, entry.name):
                    counted += 1
                    if counted > entry.rows:
                        break
                    yield decode_row(codec, obj)
                if capped.read_bytes != entry.size:
                    raise refused(N_("the size of '{name}' does not match"), name=entry.name)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            raise refused(N_("'{name}' is damaged"), name=entry.name) from None
        if counted != entry.rows:
            raise refused(N_("the number of rows in '{name}' does not match"), name=entry.name)
        if hasher.hexdigest() != entry.sha256:
            raise refused(N_("the checksum of '{name}' does not match"), name=entry.name)


class _CappedReader:
    """Reads at most `limit` bytes from the zip entry, however much it would give."""

    def __init__(
        self, handle: IO[bytes], limit: int, hasher: Any, deadline: float | None = None
    ) -> None:
        self.handle, self.limit, self.hasher = handle, limit, hasher
        self.deadline = deadline
        self.read_bytes = 0

    def read(self) -> bytes:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise refused(N_("reading takes unreasonably long; the package is too large or padded"))
        data = self.handle.read(min(CHUNK, self.limit - self.read_bytes + 1))
        self.read_bytes += len(data)
        if self.read_bytes > self.limit:
            raise refused(N_("a file is larger than declared (zip bomb)"))
        self.hasher.update(data)
        return data


def _read_capped(handle: IO[bytes], limit: int, name: str) -> bytes:
    data = handle.read(limit + 1)
    if len(data) > limit:
        raise refused(N_("'{name}' is too large"), name=name)
    return data


def _json_array(source: _CappedReader, name: str) -> Iterator[Any]:
    """The records of a JSON array, decoded one at a time from a stream of bytes."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    buffer, position, finished, state = "", 0, False, "start"

    def damaged() -> Exception:
        return refused(N_("'{name}' contains damaged JSON"), name=name)

    def more() -> bool:
        nonlocal buffer, position, finished
        if finished:
            return False
        data = source.read()
        try:
            text = decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise damaged() from None
        finished = not data
        buffer = buffer[position:] + text
        position = 0
        return True

    gap = 0  # white space since the last token, also across pieces read
    while True:
        start = position
        spaces = _SPACE.match(buffer, position)
        assert spaces is not None  # the pattern matches no space at all too
        position = spaces.end()
        gap += position - start
        if gap > MAX_GAP_CHARS:
            raise refused(N_("'{name}' is padded with white space"), name=name)
        if position >= len(buffer):
            if more():
                continue
            if state == "done":
                return
            raise damaged()
        gap = 0
        char = buffer[position]
        if state == "done":
            raise damaged()
        if state == "start":
            if char != "[":
                raise damaged()
            position, state = position + 1, "first"
        elif state in ("first", "after") and char == "]":
            position, state = position + 1, "done"
        elif state == "after":
            if char != ",":
                raise damaged()
            position, state = position + 1, "value"
        else:
            if char != "{":
                raise damaged()
            try:
                obj, end = _DECODER.raw_decode(buffer, position)
            except (ValueError, RecursionError):
                if len(buffer) - position > MAX_RECORD_CHARS:
                    raise refused(N_("a record in '{name}' is too long"), name=name) from None
                if more():
                    continue
                raise damaged() from None
            position, state = end, "after"
            yield obj
