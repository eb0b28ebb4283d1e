"""`buurtdesk list actions --organisation` and `buurtdesk sheet councils`: the district manager's
view from the command line."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from buurtdesk.cli import main
from buurtdesk.services import Services


def test_the_actions_of_one_organisation_across_councils(
    demo_services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_services.database_path)
    municipality = demo_services.municipality.find_organisation("Gemeente Venlo")
    expected = demo_services.municipality.organisation_actions(municipality.id)
    demo_services.database.dispose()
    assert main(["list", "actions", "--db", db, "--organisation", "gemeente venlo", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["id"] for r in rows] == [a.id for a in expected]
    assert len({r["council_id"] for r in rows}) >= 3
    assert {r["organisation_name"] for r in rows} == {municipality.name}
    assert any(r["overdue"] for r in rows)
    assert (
        main(
            ["list", "actiepunten", "--db", db, "--organisatie", "Woonstichting", "--council", "2"]
        )
        == 0
    )
    table = capsys.readouterr().out
    assert "Dorpsraad Steyl" in table and "Wijkoverleg Klingerberg" not in table
    assert main(["list", "actions", "--db", db, "--organisation", "Niemand"]) == 2
    assert capsys.readouterr().err.strip() == "Er is geen organisatie die 'Niemand' heet."
    assert main(["list", "meetings", "--db", db, "--organisation", "Gemeente"]) == 2


def test_the_councils_as_a_spreadsheet(
    demo_services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(demo_services.database_path)
    table = {r.name: r for r in demo_services.municipality.councils_table(2025)}
    demo_services.database.dispose()
    sheet = tmp_path / "overleggen.csv"
    assert main(["sheet", "councils", "--db", db, "--year", "2025", "-o", str(sheet)]) == 0
    with sheet.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:3] == ["Id", "Overleg", "Soort"] and rows[0][-4:] == [
        "Budget",
        "Toegekend",
        "Uitgegeven",
        "Vrij",
    ]
    assert sorted(r[1] for r in rows[1:]) == sorted(table)
    for row in rows[1:]:
        view = table[row[1]]
        assert row[-4] == f"{view.assigned.cents / 100:.2f}".replace(".", ",")
        assert row[-1] == f"{view.free.cents / 100:.2f}".replace(".", ",")
        assert int(row[7]) == view.open_actions
    book = tmp_path / "overleggen.xlsx"
    assert main(["--lang", "en", "sheet", "councils", "--db", db, "-o", str(book)]) == 0
    page = load_workbook(book).active
    assert page is not None and page["B1"].value == "Council" and page.max_row == 5
    headers = [cell.value for cell in page[1]]
    assert headers[-4:] == ["Budget", "Allocated", "Spent", "Free"]
    kinds = {cell.value for cell in page["C"][1:]}
    assert kinds <= {"Neighbourhood council", "Village council"} and len(kinds) == 2
    capsys.readouterr()
    assert main(["sheet", "councils", "--db", db, "--council", "1", "-o", str(book)]) == 2
    assert "--council" in capsys.readouterr().err
