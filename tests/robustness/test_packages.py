"""Hostile packages that are well-formed (issue 17, items 8, 13, 14, 15): a package exported for
one council cannot change another; dates beyond the calendar, control characters, huge notes
and padding are refused or handled with one sentence and exit 2, and the database keeps every
byte. The same packages in the app's import preview give the same one sentence."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from generated import (
    Made,
    fingerprint,
    make_database,
    one_sentence,
    put_rows,
    rewrite_package,
    rows_of,
    run_cli,
)

from buurtdesk.exchange import reading
from buurtdesk.store.opening import open_sqlite


@pytest.fixture
def two(tmp_path: Path) -> tuple[Made, Path, Path, dict[str, str]]:
    """A database with two councils; a package of the first and one of the second."""
    made = make_database(tmp_path / "x.db")
    from datetime import date

    from buurtdesk.domain.enums import CouncilKind
    from buurtdesk.services import Services

    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 10))
    other = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    only_there = services.councils.add_person("Bart Hendrix", phone="077-1234567")
    services.councils.add_member(other.id, only_there.id)
    services.meetings.plan_meeting(other.id, date(2026, 4, 2))
    services.actions.add_action(
        made.council_id, "Stoeptegels melden", owner_person_id=made.person_id
    )
    with database.engine.connect() as conn:
        uuids = {
            "other_council": conn.exec_driver_sql(
                "SELECT uuid FROM councils WHERE id = ?", (other.id,)
            ).scalar_one(),
            "other_person": conn.exec_driver_sql(
                "SELECT uuid FROM people WHERE id = ?", (only_there.id,)
            ).scalar_one(),
        }
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.dispose()
    mine, theirs = tmp_path / "klingerberg.buurtdesk", tmp_path / "steyl.buurtdesk"
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(mine)
        ).code
        == 0
    )
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(other.id), "-o", str(theirs)
        ).code
        == 0
    )
    return made, mine, theirs, uuids


def _refused(made: Made, package: Path) -> str:
    before = fingerprint(made.path)
    ran = run_cli("import", "--db", str(made.path), str(package), "--take-theirs")
    assert ran.code == 2 and one_sentence(ran.err), ran
    assert fingerprint(made.path) == before
    return ran.err


def _plan_refused(made: Made, package: Path) -> str:
    """The app's import preview reads the package the same way (exchange.merge.plan_import)."""
    from buurtdesk.domain.errors import BuurtDeskError
    from buurtdesk.exchange.merge import plan_import

    database = open_sqlite(made.path)
    try:
        with pytest.raises(BuurtDeskError) as caught:
            plan_import(database, package)
    finally:
        database.dispose()
    assert "\n" not in caught.value.dutch
    return caught.value.dutch


def test_a_package_cannot_rename_another_council(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, theirs, uuids = two

    def add_other_council(files: dict[str, bytes]) -> None:
        with zipfile.ZipFile(theirs) as other:
            council = json.loads(other.read("data/councils.json"))[0]
        council["name"] = "Overgenomen"
        put_rows(files, "councils", [*rows_of(files, "councils"), council])

    hostile = rewrite_package(mine, tmp_path / "h1.buurtdesk", add_other_council)
    assert "ander overleg" in _refused(made, hostile)
    assert "ander overleg" in _plan_refused(made, hostile)


def test_a_package_cannot_add_or_overwrite_another_councils_meetings(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, theirs, uuids = two

    def move_meeting_to_other(files: dict[str, bytes]) -> None:
        meetings = rows_of(files, "meetings")
        meetings[0]["council_id"] = uuids["other_council"]
        put_rows(files, "meetings", meetings)

    _refused(made, rewrite_package(mine, tmp_path / "h2.buurtdesk", move_meeting_to_other))

    def take_over_other_meeting(files: dict[str, bytes]) -> None:
        with zipfile.ZipFile(theirs) as other:
            meeting = json.loads(other.read("data/meetings.json"))[0]
        meeting["council_id"] = rows_of(files, "councils")[0]["uuid"]
        meeting["title"] = "Overschreven"
        put_rows(files, "meetings", [*rows_of(files, "meetings"), meeting])

    _refused(made, rewrite_package(mine, tmp_path / "h3.buurtdesk", take_over_other_meeting))


def test_a_package_cannot_change_a_person_of_only_another_council(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, theirs, uuids = two

    def change_other_person(files: dict[str, bytes]) -> None:
        with zipfile.ZipFile(theirs) as other:
            person = next(
                p
                for p in json.loads(other.read("data/people.json"))
                if p["uuid"] == uuids["other_person"]
            )
        person["phone"] = "0900-8844"
        put_rows(files, "people", [*rows_of(files, "people"), person])

    assert "persoon" in _refused(
        made, rewrite_package(mine, tmp_path / "h4.buurtdesk", change_other_person)
    )


def test_an_untouched_package_still_imports(two) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two
    ran = run_cli("import", "--db", str(made.path), str(mine), "--take-theirs")
    assert ran.code == 0, ran


def _with_meeting_field(source: Path, target: Path, field: str, value: object) -> Path:
    def edit(files: dict[str, bytes]) -> None:
        meetings = rows_of(files, "meetings")
        meetings[0][field] = value
        put_rows(files, "meetings", meetings)

    return rewrite_package(source, target, edit)


def test_a_date_beyond_the_calendar_is_one_sentence(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two
    for n, moment in enumerate(("9999-12-31T23:00:00-12:00", "0001-01-01T00:30:00+14:00")):
        hostile = _with_meeting_field(mine, tmp_path / f"d{n}.buurtdesk", "updated_at", moment)
        _refused(made, hostile)
        _plan_refused(made, hostile)
    _refused(made, _with_meeting_field(mine, tmp_path / "d.buurtdesk", "date", "9999-12-31"))


def test_control_characters_in_a_name_never_reach_a_spreadsheet(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two

    later = "2026-12-31T12:00:00+00:00"  # newer than the versions here: theirs is taken

    def bell_in_title(files: dict[str, bytes]) -> None:
        meetings = rows_of(files, "meetings")
        meetings[0]["title"] = "Vergadering\x07\x1b[31m"
        meetings[0]["updated_at"] = later
        put_rows(files, "meetings", meetings)
        people = rows_of(files, "people")
        people[0]["name"] = "Ursula\x08 Linssen"
        people[0]["updated_at"] = later
        put_rows(files, "people", people)
        actions = rows_of(files, "action_points")
        actions[0]["title"] = "Stoeptegels\x0b melden\x1f"
        actions[0]["updated_at"] = later
        put_rows(files, "action_points", actions)

    hostile = rewrite_package(mine, tmp_path / "c.buurtdesk", bell_in_title)
    assert run_cli("import", "--db", str(made.path), str(hostile), "--take-theirs").code == 0
    listed = run_cli("list", "meetings", "--db", str(made.path), "--json")
    assert "\x07" not in listed.out and "\\u0007" not in listed.out
    sheet = tmp_path / "acties.xlsx"
    ran = run_cli(
        "sheet",
        "actions",
        "--db",
        str(made.path),
        "--council",
        str(made.council_id),
        "-o",
        str(sheet),
    )
    assert ran.code == 0, ran
    from openpyxl import load_workbook

    cells = [c.value for row in load_workbook(sheet).active.iter_rows() for c in row]
    assert "Stoeptegels melden" in cells and "Ursula Linssen" in cells, cells


def test_ids_beyond_64_bits_are_one_sentence(two) -> None:  # type: ignore[no-untyped-def]
    made, *_ = two
    before = fingerprint(made.path)
    for argv in (
        ["pdf", "agenda", "--meeting", str(2**63), "-o", "/tmp/x.pdf"],
        ["list", "meetings", "--council", str(2**64)],
        ["person", "export", "--person", str(2**63 + 5)],
    ):
        ran = run_cli(*argv, "--db", str(made.path))
        assert ran.code == 2 and one_sentence(ran.err), (argv, ran)
    assert fingerprint(made.path) == before


def test_a_huge_note_makes_whole_minutes(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two

    import random

    words = [
        "de",
        "buurt",
        "wil",
        "een",
        "zebrapad",
        "bij",
        "school",
        "speeltuin",
        "bankje",
        "groen",
        "straat",
    ]
    pick = random.Random(15)
    note = "\n".join(" ".join(pick.choice(words) for _ in range(8)) for _ in range(30_000))[
        :999_000
    ]

    def huge_note(files: dict[str, bytes]) -> None:
        items = rows_of(files, "agenda_items")
        first = next(i for i in items if i["title"] == "Opening")
        first["notes"] = note
        first["updated_at"] = "2026-12-31T12:00:00+00:00"  # newer than the one here
        put_rows(files, "agenda_items", items)

    hostile = rewrite_package(mine, tmp_path / "n.buurtdesk", huge_note)
    ran = run_cli("import", "--db", str(made.path), str(hostile), "--take-theirs")
    assert ran.code == 0, ran
    ran = run_cli(
        "pdf",
        "agenda",
        "--db",
        str(made.path),
        "--meeting",
        str(made.meeting_id),
        "-o",
        str(tmp_path / "a.pdf"),
    )
    assert ran.code == 0, ran
    from datetime import date

    from buurtdesk.documents.meetings.minutes import render_minutes
    from buurtdesk.services import Services

    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 12))
    services.meetings.start_meeting(made.meeting_id)
    services.meetings.close_meeting(made.meeting_id)
    assert len(services.meetings.get_meeting(made.meeting_id).items[0].notes) == len(note)
    minutes = render_minutes(services, made.meeting_id, tmp_path / "verslag.pdf")
    database.dispose()
    # The whole note is in the minutes, page after page (how quickly: the benchmarks).
    import pikepdf

    with pikepdf.open(minutes) as pdf:
        assert len(pdf.pages) > 100


def test_a_padded_package_is_refused(two, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two

    def pad(files: dict[str, bytes]) -> None:
        import random

        data = files["data/meetings.json"]
        noise = random.Random(17).choices(b" \t\r\n", k=5 * 1024**2)  # packs like real text
        files["data/meetings.json"] = data[:1] + bytes(noise) + data[1:]

    padded = tmp_path / "p.buurtdesk"
    with zipfile.ZipFile(mine) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    pad(files)
    manifest = json.loads(files["manifest.json"])
    import hashlib

    for entry in manifest["files"]:
        entry["size"] = len(files[entry["name"]])
        entry["sha256"] = hashlib.sha256(files[entry["name"]]).hexdigest()
    files["manifest.json"] = json.dumps(manifest).encode()
    with zipfile.ZipFile(padded, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    assert "witruimte" in _refused(made, padded)


def test_reading_has_a_time_budget(two, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    made, mine, _theirs, _uuids = two
    monkeypatch.setattr(reading, "MAX_READ_SECONDS", -1.0)  # a package that takes too long
    assert "te lang" in _refused(made, mine) or "lang" in _refused(made, mine)
