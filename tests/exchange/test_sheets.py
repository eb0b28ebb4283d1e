"""The action list and decision register as CSV and XLSX, with real dates and numbers."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from exchange_samples import populate_council

from buurtdesk.domain.enums import CouncilKind, Language
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.exchange.sheets import action_sheet, decision_sheet, write_sheet
from buurtdesk.services import Services


def _reopen(path: Path) -> list[tuple[object, ...]]:
    workbook = openpyxl.load_workbook(path)
    return [tuple(row) for row in workbook.active.iter_rows(values_only=True)]


def test_the_action_list_in_excel_has_dutch_headers_and_real_dates(
    services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    path = write_sheet(action_sheet(services, ids["council"]), tmp_path / "actielijst.xlsx")
    rows = _reopen(path)
    assert rows[0] == (
        "Actiepunt",
        "Eigenaar",
        "Uiterlijk",  # the glossary's word for the due date
        "Status",
        "Vergadering van herkomst",
        "Project",
        "Gesloten op",
        "Laatste voortgang",
        "Keren doorgeschoven",
    )
    quote = next(r for r in rows[1:] if r[0] == "Offerte bomen opvragen")
    assert quote[1] == "Bram Jansen (Woonwenz)" or quote[1].startswith("Bram Jansen")
    assert isinstance(quote[2], datetime) and quote[2].date() == date(2026, 3, 1)
    assert quote[3] == "Bezig" and quote[7] == "Offerte komt volgende week"
    assert isinstance(quote[4], datetime) and quote[4].date() == date(2026, 2, 10)
    assert isinstance(quote[8], int) and quote[8] >= 1
    workbook = openpyxl.load_workbook(path)
    assert workbook.active.title == "Actielijst"
    assert workbook.active["C2"].number_format == "dd-mm-yyyy"


def test_the_decision_register_in_excel_has_numbers_and_amounts(
    services: Services, tmp_path: Path
) -> None:
    ids = populate_council(services)
    services.decisions.record_decision(
        ids["council"], '=HYPERLINK("http://evil")', decided_on=date(2026, 3, 1)
    )
    rows = _reopen(
        write_sheet(decision_sheet(services, ids["council"]), tmp_path / "besluiten.xlsx")
    )
    assert rows[0] == (
        "Nummer",
        "Datum",
        "Vergadering",
        "Besluit",
        "Voor",
        "Tegen",
        "Onthouding",
        "Bedrag",
        "Ingetrokken",
    )
    first = rows[1]
    assert first[0] == "2026-001" and first[3] == "Het overleg vraagt € 250 voor bomen."
    assert isinstance(first[1], datetime) and first[1].date() == date(2026, 2, 10)
    assert (first[4], first[5], first[6]) == (7, 1, 0) and all(
        isinstance(v, int) for v in first[4:7]
    )
    assert isinstance(first[7], (int, float)) and first[7] == 200  # 250 allocated, 50 given back
    assert first[8] == "Nee"
    assert rows[2][3] == '=HYPERLINK("http://evil")' and rows[2][4] is None  # text, not a formula


def test_csv_opens_in_dutch_excel(services: Services, tmp_path: Path) -> None:
    ids = populate_council(services)
    path = write_sheet(decision_sheet(services, ids["council"]), tmp_path / "besluiten.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Nummer", "Datum", "Vergadering"]
    assert rows[1][:3] == ["2026-001", "10-02-2026", "10-02-2026"]
    assert rows[1][7] == "200,00" and rows[1][4:7] == ["7", "1", "0"]


def test_an_english_council_gets_english_headers(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council(
        "Village Council", CouncilKind.DORPSRAAD, language=Language.ENGLISH
    )
    services.actions.add_action(council.id, "Fix the bench", due_date=date(2026, 5, 1))
    rows = _reopen(write_sheet(action_sheet(services, council.id), tmp_path / "actions.xlsx"))
    assert rows[0][:4] == ("Action point", "Owner", "Due date", "Status")
    assert rows[1][0] == "Fix the bench" and rows[1][3] == "Open"
    with (write_sheet(action_sheet(services, council.id), tmp_path / "actions.csv")).open(
        encoding="utf-8-sig"
    ) as handle:
        assert handle.read().splitlines()[1].split(";")[2] == "2026-05-01"


def test_an_unknown_extension_is_refused(services: Services, tmp_path: Path) -> None:
    council = services.councils.create_council("X", CouncilKind.DORPSRAAD)
    with pytest.raises(InvalidInput):
        write_sheet(action_sheet(services, council.id), tmp_path / "actions.ods")
