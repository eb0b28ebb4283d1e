"""The command line: buurtdesk export / import [--dry-run] / ics / sheet."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from exchange_samples import populate_council

from buurtdesk.cli import common, main
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite


@pytest.fixture(autouse=True)
def dutch_messages() -> Iterator[None]:
    """The language of messages is process-wide: each test starts in Dutch, and leaves it so."""
    common.set_language("nl")
    yield
    common.set_language("nl")


@pytest.fixture
def council_file(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "laptop-a.db"
    database = open_sqlite(path)
    ids = populate_council(Services.build(database))
    database.dispose()
    return path, ids


def test_export_then_import_with_a_dry_run_first(
    council_file: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, ids = council_file
    package, target = tmp_path / "blerick.buurtdesk", tmp_path / "laptop-b.db"
    assert (
        main(["export", "--db", str(source), "--council", str(ids["council"]), "-o", str(package)])
        == 0
    )
    assert "records van 'Wijkoverleg Blerick'" in capsys.readouterr().out
    assert main(["import", "--db", str(target), str(package), "--dry-run"]) == 0
    preview = capsys.readouterr().out
    assert "Voegt" in preview and "overleg: 1 nieuw" in preview
    assert main(["list", "councils", "--db", str(target)]) == 0
    assert "Blerick" not in capsys.readouterr().out
    assert main(["import", "--db", str(target), str(package)]) == 0
    assert "Ingelezen:" in capsys.readouterr().out
    assert main(["list", "councils", "--db", str(target)]) == 0
    assert "Blerick" in capsys.readouterr().out


def test_conflicts_must_be_chosen_on_the_command_line(
    council_file: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, ids = council_file
    target = tmp_path / "laptop-b.db"
    main(
        [
            "export",
            "--db",
            str(source),
            "--council",
            str(ids["council"]),
            "-o",
            str(tmp_path / "p.buurtdesk"),
        ]
    )
    main(["import", "--db", str(target), str(tmp_path / "p.buurtdesk")])
    for path, title in ((source, "Bomen (A)"), (target, "Bomen (B)")):
        database = open_sqlite(path)
        services = Services.build(database)
        action = next(
            a
            for a in services.actions.list_actions(services.councils.list_councils()[0].id)
            if a.title.startswith("Offerte")
        )
        services.actions.update_action(action.id, title=title)
        database.dispose()
    main(["export", "--db", str(target), "--council", "1", "-o", str(tmp_path / "b.buurtdesk")])
    capsys.readouterr()
    assert main(["import", "--db", str(source), str(tmp_path / "b.buurtdesk")]) == 2
    captured = capsys.readouterr()
    assert "CONFLICT" in captured.out and "hier 'Bomen (A)', pakket 'Bomen (B)'" in captured.out
    assert "Er is niets ingelezen" in captured.err and "Traceback" not in captured.err
    assert (
        main(
            [
                "--lang",
                "en",
                "import",
                "--db",
                str(source),
                str(tmp_path / "b.buurtdesk"),
                "--take-theirs",
            ]
        )
        == 0
    )
    database = open_sqlite(source)
    titles = [a.title for a in Services.build(database).actions.list_actions(ids["council"])]
    database.dispose()
    assert "Bomen (B)" in titles


def test_calendar_and_spreadsheets(
    council_file: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source, ids = council_file
    assert (
        main(
            [
                "ics",
                "--db",
                str(source),
                "--meeting",
                str(ids["second"]),
                "-o",
                str(tmp_path / "uitnodiging.ics"),
            ]
        )
        == 0
    )
    assert (tmp_path / "uitnodiging.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert (
        main(
            [
                "sheet",
                "actions",
                "--db",
                str(source),
                "--council",
                str(ids["council"]),
                "-o",
                str(tmp_path / "acties.xlsx"),
            ]
        )
        == 0
    )
    assert openpyxl.load_workbook(tmp_path / "acties.xlsx").active["A1"].value == "Actiepunt"
    assert (
        main(
            [
                "sheet",
                "decisions",
                "--db",
                str(source),
                "--council",
                str(ids["council"]),
                "-o",
                str(tmp_path / "b.csv"),
            ]
        )
        == 0
    )
    assert (tmp_path / "b.csv").read_bytes().startswith(b"\xef\xbb\xbfNummer;Datum")
    assert (
        main(["ics", "--db", str(source), "--meeting", "999", "-o", str(tmp_path / "x.ics")]) == 2
    )
    assert "bestaat niet" in capsys.readouterr().err


def test_a_broken_package_is_one_sentence_and_exit_code_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.buurtdesk"
    junk.write_bytes(b"PK\x03\x04 definitely not a zip")
    assert main(["import", "--db", str(tmp_path / "b.db"), str(junk)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Dit pakket wordt geweigerd: het is geen geldig zip-bestand."
