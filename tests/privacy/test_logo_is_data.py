"""The logo travels as image data, never as a path (issue 17, item 7): a package cannot make a
PDF embed a local file; a logo is carried in the package to another laptop; the migration
moves today's logo files into the database and ignores any path that is not a logo."""

from __future__ import annotations

import base64
import json
import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest
from generated import (
    fingerprint,
    make_database,
    one_sentence,
    put_rows,
    rewrite_package,
    rows_of,
    run_cli,
)
from sqlalchemy import text

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.services import Services
from buurtdesk.store import migrate
from buurtdesk.store.database import open_database, sqlite_url
from buurtdesk.store.opening import open_sqlite


def png(width: int = 8, height: int = 4, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    """A real PNG, made here."""
    raw = b"".join(b"\x00" + bytes(colour) * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_a_package_cannot_point_a_pdf_at_a_local_file(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    package = tmp_path / "p.buurtdesk"
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(package)
        ).code
        == 0
    )
    secret = tmp_path / "geheim.png"
    secret.write_bytes(png(colour=(1, 2, 3)))

    for n, value in enumerate(
        (str(secret), "/etc/passwd", base64.b64encode(b"#!/bin/sh").decode())
    ):

        def logo_as(files: dict[str, bytes], value: str = value) -> None:
            councils = rows_of(files, "councils")
            councils[0]["logo"] = value
            put_rows(files, "councils", councils)

        hostile = rewrite_package(package, tmp_path / f"h{n}.buurtdesk", logo_as)
        before = fingerprint(made.path)
        ran = run_cli("import", "--db", str(made.path), str(hostile), "--take-theirs")
        assert ran.code == 2 and one_sentence(ran.err), ran
        assert fingerprint(made.path) == before

    def old_style(files: dict[str, bytes]) -> None:  # a package that still carries a path
        councils = rows_of(files, "councils")
        councils[0].pop("logo")
        councils[0]["logo_path"] = str(secret)
        put_rows(files, "councils", councils)

    ran = run_cli(
        "import",
        "--db",
        str(made.path),
        str(rewrite_package(package, tmp_path / "old.buurtdesk", old_style)),
        "--take-theirs",
    )
    assert ran.code == 2 and one_sentence(ran.err), ran


def test_the_logo_travels_in_the_package_and_reaches_the_pdf(tmp_path: Path) -> None:
    made = make_database(tmp_path / "hier" / "x.db")
    database = open_sqlite(made.path)
    Services.build(database, lambda: date(2026, 3, 10)).councils.update_council(
        made.council_id, logo=png()
    )
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    package = tmp_path / "p.buurtdesk"
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(package)
        ).code
        == 0
    )
    there = tmp_path / "daar" / "y.db"
    there.parent.mkdir()
    assert run_cli("import", "--db", str(there), str(package), "--take-theirs").code == 0
    database = open_sqlite(there)
    council = Services.build(database).councils.list_councils()[0]
    database.dispose()
    assert council.logo == png()
    pdf = tmp_path / "agenda.pdf"
    assert run_cli("pdf", "agenda", "--db", str(there), "--meeting", "1", "-o", str(pdf)).code == 0
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert "rgb" in images, images  # the logo is in the PDF


def test_the_service_takes_image_data_only(tmp_path: Path) -> None:
    made = make_database(tmp_path / "x.db")
    database = open_sqlite(made.path)
    councils = Services.build(database).councils
    for wrong in ("/etc/passwd", b"not an image", b"\x89PNG\r\n\x1a\n" + b"0" * (2 * 1024**2)):
        with pytest.raises(InvalidInput):
            councils.update_council(made.council_id, logo=wrong)
    database.dispose()


def test_the_migration_moves_todays_logo_files_in(tmp_path: Path) -> None:
    path = tmp_path / "oud.db"
    database = open_database(sqlite_url(path))
    migrate.upgrade(database, "0004")
    logos = tmp_path / "logos"
    logos.mkdir()
    (logos / "a1b2.png").write_bytes(png())
    (tmp_path / "geheim.txt").write_text("wachtwoord")
    now = "2026-01-01 00:00:00"
    with database.engine.begin() as conn:
        for n, logo in enumerate(
            (str(logos / "a1b2.png"), str(tmp_path / "geheim.txt"), str(logos / "weg.png"), None)
        ):
            conn.execute(
                text(
                    "INSERT INTO councils (uuid, created_at, updated_at, version, name, kind, "
                    "municipality, language, logo_path, default_place, role_view) VALUES "
                    "(:u, :t, :t, 1, :n, 'wijkoverleg', '', 'nl', :l, '', '')"
                ),
                {"u": f"00000000-0000-4000-8000-00000000000{n}", "t": now, "n": f"O{n}", "l": logo},
            )
    migrate.upgrade(database, "0005")
    with database.engine.connect() as conn:
        rows = conn.execute(text("SELECT name, logo FROM councils ORDER BY name")).all()
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(councils)")]
    database.dispose()
    assert [(n, bytes(logo) if logo else None) for n, logo in rows] == [
        ("O0", png()),
        ("O1", None),
        ("O2", None),
        ("O3", None),
    ]
    assert "logo_path" not in columns
    assert json.dumps([n for n, _ in rows])  # every council kept
