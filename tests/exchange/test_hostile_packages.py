"""Damaged or hostile packages are refused with one sentence, and the database stays as it was."""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exchange_samples import file_digest, populate_council
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.exchange.errors import PackageRefused
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.store.opening import open_sqlite

Files = dict[str, bytes]


@pytest.fixture(scope="module")
def good_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("good")
    database = open_sqlite(folder / "source.db")
    ids = populate_council(Services.build(database))
    yield write_package(database, folder / "good.buurtdesk", council_id=ids["council"]).path
    database.dispose()


@pytest.fixture
def package(good_package: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "good.buurtdesk"
    shutil.copyfile(good_package, copy)
    return copy


def _rebuild(
    source: Path, target: Path, edit: Callable[[Files], None], *, fix_manifest: bool = True
) -> Path:
    with zipfile.ZipFile(source) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    edit(files)
    if fix_manifest and "manifest.json" in files:
        manifest = json.loads(files["manifest.json"])
        for entry in manifest["files"]:
            data = files.get(entry["name"])
            if data is not None:
                entry["size"] = len(data)
                entry["sha256"] = hashlib.sha256(data).hexdigest()
                with contextlib.suppress(ValueError):
                    entry["rows"] = len(json.loads(data))
        files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return target


def _rows(files: Files, table: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(files[f"data/{table}.json"])
    return rows


def _put(files: Files, table: str, rows: list[dict[str, Any]]) -> None:
    files[f"data/{table}.json"] = json.dumps(rows, ensure_ascii=False).encode()


def _edit_manifest(change: Callable[[dict[str, Any]], None]) -> Callable[[Files], None]:
    def edit(files: Files) -> None:
        manifest = json.loads(files["manifest.json"])
        change(manifest)
        files["manifest.json"] = json.dumps(manifest).encode()

    return edit


def _edit_row(
    table: str, change: Callable[[dict[str, Any]], None], index: int = 0
) -> Callable[[Files], None]:
    def edit(files: Files) -> None:
        rows = _rows(files, table)
        change(rows[index])
        _put(files, table, rows)

    return edit


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda row: row.__setitem__(key, value)


def _add_file(name: str, data: bytes) -> Callable[[Files], None]:
    return lambda files: files.__setitem__(name, data)


def _drop_file(name: str) -> Callable[[Files], None]:
    return lambda files: files.pop(name)


def _truncate(table: str) -> Callable[[Files], None]:
    def edit(files: Files) -> None:
        data = files[f"data/{table}.json"]
        files[f"data/{table}.json"] = data[: len(data) // 2]

    return edit


def _duplicate_row(table: str) -> Callable[[Files], None]:
    def edit(files: Files) -> None:
        rows = _rows(files, table)
        _put(files, table, [*rows, rows[0]])

    return edit


HOSTILE: dict[str, tuple[Callable[[Files], None], bool, str]] = {
    # name: (edit, fix the manifest's checksums afterwards, a word the sentence contains)
    "path traversal": (_add_file("../../etc/evil.json", b"[]"), False, "bestandsnaam"),
    "absolute path": (_add_file("/tmp/evil.json", b"[]"), False, "bestandsnaam"),
    "sneaky folder": (_add_file("data/../../evil.json", b"[]"), False, "bestandsnaam"),
    "newer format": (_edit_manifest(_set("format_version", 2)), False, "nieuwere versie"),
    "unknown schema": (_edit_manifest(_set("schema_revision", "9999")), False, "nieuwere versie"),
    "not our format": (_edit_manifest(_set("format", "something-else")), False, "geen BuurtDesk"),
    "damaged manifest": (
        _add_file("manifest.json", b'{"format": "buurtdesk-exch'),
        False,
        "beschadigd",
    ),
    "damaged JSON": (_truncate("meetings"), True, "beschadigde JSON"),
    "missing file": (_drop_file("data/decisions.json"), False, "ontbreekt"),
    "extra file": (_add_file("data/extra.json", b"[]"), False, "niet in de inhoudsopgave"),
    "extra file listed": (_add_file("data/extra.json", b"[]"), True, "niet in de inhoudsopgave"),
    "unlisted file": (_add_file("data/councils.json.bak", b"[]"), False, "bestandsnaam"),
    "wrong checksum": (
        _edit_row("agenda_items", _set("notes", "Gewijzigd onderweg")),
        False,
        "klopt niet",
    ),
    "absurdly long name": (_edit_row("councils", _set("name", "x" * 10_000)), True, "te lang"),
    "absurdly long note": (
        _edit_row("agenda_items", _set("notes", "x" * 1_000_001)),
        True,
        "te lang",
    ),
    "text for a number": (_edit_row("decisions", _set("year", "2026")), True, "geheel getal"),
    "number for a yes/no": (_edit_row("decisions", _set("withdrawn", 1)), True, "ja/nee"),
    "float for money": (_edit_row("expenses", _set("amount_cents", 199.99)), True, "geheel getal"),
    "huge number": (_edit_row("expenses", _set("amount_cents", 10**30)), True, "geheel getal"),
    "unknown status": (
        _edit_row("action_points", _set("status", "exploded")),
        True,
        "onbekende waarde",
    ),
    "bad date": (_edit_row("meetings", _set("date", "2026-02-30")), True, "datum"),
    "bad uuid": (
        _edit_row("meetings", _set("uuid", "../../../../etc/passwd/xxxxxxxxxxxxxx")),
        True,
        "UUID",
    ),
    "empty required": (_edit_row("councils", _set("name", None)), True, "leeg"),
    "extra field": (_edit_row("people", _set("is_admin", True)), True, "juiste velden"),
    "missing field": (_edit_row("people", lambda row: row.pop("email")), True, "juiste velden"),
    "nested object": (_edit_row("people", _set("email", {"$gt": ""})), True, "geen tekst"),
    "record twice": (_duplicate_row("attendance"), True, "twee keer"),
    "dangling reference": (
        _edit_row("expenses", _set("allocation_id", "00000000-0000-4000-8000-000000000000")),
        True,
        "verwijst",
    ),
    "NaN": (_add_file("data/expenses.json", b'[{"amount_cents": NaN}]'), True, "beschadigde JSON"),
}


def _assert_refused(database: Database, db_path: Path, hostile: Path, word: str) -> None:
    before = file_digest(db_path)
    with pytest.raises(PackageRefused) as refused:
        plan_import(database, hostile)
    message = refused.value.message("nl")
    assert message.startswith("Dit pakket wordt geweigerd") and word in message, message
    assert refused.value.message("en").startswith("This package is refused")
    assert "\n" not in message
    assert file_digest(db_path) == before


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_package_is_refused_and_the_database_unchanged(
    case: str, package: Path, second_database: Database, tmp_path: Path
) -> None:
    edit, fix, word = HOSTILE[case]
    hostile = _rebuild(package, tmp_path / "hostile.buurtdesk", edit, fix_manifest=fix)
    _assert_refused(second_database, Path(str(second_database.path)), hostile, word)


def test_a_package_swapped_after_the_preview_is_refused_whole(
    package: Path, second_database: Database, tmp_path: Path
) -> None:
    """The last table is broken: everything before it was inserted, and is rolled back."""
    plan = plan_import(second_database, package)
    _rebuild(package, package, _edit_row("expenses", _set("amount_cents", "lots")))
    before = file_digest(Path(str(second_database.path)))
    with pytest.raises(PackageRefused):
        apply_import(second_database, package, plan)
    assert file_digest(Path(str(second_database.path))) == before
    with second_database.engine.connect() as conn:
        assert conn.exec_driver_sql("select count(*) from councils").scalar() == 0


def _bomb(path: Path) -> Path:
    """A zip whose data file unpacks a thousand times bigger than it is."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"{}")
        archive.writestr("data/councils.json", b" " * (50 * 1024**2))
    return path


def test_a_zip_bomb_is_refused_before_unpacking(second_database: Database, tmp_path: Path) -> None:
    _assert_refused(
        second_database,
        Path(str(second_database.path)),
        _bomb(tmp_path / "bomb.buurtdesk"),
        "zip-bom",
    )


def test_a_file_larger_than_its_manifest_says_is_refused(
    package: Path, second_database: Database, tmp_path: Path
) -> None:
    def grow(files: Files) -> None:
        files["data/people.json"] = files["data/people.json"] + b" " * 5000

    hostile = _rebuild(package, tmp_path / "grown.buurtdesk", grow, fix_manifest=False)
    _assert_refused(second_database, Path(str(second_database.path)), hostile, "klopt niet")


@pytest.mark.parametrize("data", [b"", b"not a zip at all", b"PK\x03\x04" + b"\x00" * 100])
def test_something_that_is_not_a_zip_is_refused(
    data: bytes, second_database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "junk.buurtdesk"
    path.write_bytes(data)
    _assert_refused(second_database, Path(str(second_database.path)), path, "zip")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    position=st.integers(min_value=0, max_value=10**6),
    value=st.integers(min_value=0, max_value=255),
)
def test_any_flipped_byte_is_refused_or_harmless(
    position: int, value: int, package: Path, second_database: Database, tmp_path: Path
) -> None:
    data = bytearray(package.read_bytes())
    data[position % len(data)] = value
    broken = tmp_path / "flipped.buurtdesk"
    broken.write_bytes(bytes(data))
    try:
        plan_import(second_database, broken)
    except PackageRefused:
        pass
    except BuurtDeskError as exc:  # pragma: no cover - any other user error would be a bug here
        pytest.fail(f"unexpected {type(exc).__name__}: {exc}")


def _every_central_entry(data: bytearray, offset: int, value: bytes) -> bytearray:
    """Write `value` at `offset` of every entry of the zip's central directory."""
    start = data.find(b"PK\x01\x02")
    while start != -1:
        data[start + offset : start + offset + len(value)] = value
        start = data.find(b"PK\x01\x02", start + 4)
    return data


@pytest.mark.parametrize(
    ("what", "offset", "value"),
    [
        ("encrypted with a password (flag bit 0)", 8, (0x01).to_bytes(2, "little")),
        ("encrypted with a strong cipher (flag bit 6)", 8, (0x40).to_bytes(2, "little")),
        ("compressed in a way Python cannot read", 10, (99).to_bytes(2, "little")),
        ("patched data (flag bit 5)", 8, (0x20).to_bytes(2, "little")),
        ("made by a zip version from the future", 6, (64).to_bytes(2, "little")),
    ],
)
def test_a_zip_feature_python_cannot_read_is_refused(
    what: str, offset: int, value: bytes, package: Path, second_database: Database, tmp_path: Path
) -> None:
    """Python's zipfile says NotImplementedError for these; the user gets the refusal."""
    hostile = tmp_path / "feature.buurtdesk"
    hostile.write_bytes(bytes(_every_central_entry(bytearray(package.read_bytes()), offset, value)))
    _assert_refused(second_database, Path(str(second_database.path)), hostile, "")
