"""The action list and the decision register as spreadsheets: CSV for anything, XLSX for Excel.

CSV is what Dutch Excel opens with a double click: semicolons, UTF-8 with a byte-order mark,
dates as 26-03-2026 and amounts with a decimal comma. XLSX (openpyxl, loaded only here)
holds real dates and numbers, so a secretary can sort and add up without retyping.
Headers are Dutch, or English for a council that works in English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from buurtdesk.domain.enums import ActionStatus, Language
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.services import Services
from buurtdesk.services.views import ActionPointView, DecisionView
from buurtdesk.store.output import write_output

STATUS_WORDS: dict[ActionStatus, tuple[str, str]] = {
    ActionStatus.OPEN: ("Open", "Open"),
    ActionStatus.IN_PROGRESS: ("Loopt", "In progress"),
    ActionStatus.DONE: ("Afgerond", "Done"),
    ActionStatus.DROPPED: ("Vervallen", "Dropped"),
}
YES_NO = (("Ja", "Nee"), ("Yes", "No"))


@dataclass(frozen=True)
class Column:
    header_nl: str
    header_en: str
    kind: str  # text, date, whole, money
    width: int
    value: Callable[[Any, int], Any]  # (view, language index) -> value


def _status(view: ActionPointView, word: int) -> str:
    return STATUS_WORDS[view.status][word]


ACTION_COLUMNS = (
    Column("Actiepunt", "Action point", "text", 50, lambda v, w: v.title),
    Column("Eigenaar", "Owner", "text", 25, lambda v, w: v.owner_name),
    Column("Deadline", "Due date", "date", 12, lambda v, w: v.due_date),
    Column("Status", "Status", "text", 12, _status),
    Column(
        "Vergadering van herkomst",
        "Meeting of origin",
        "date",
        14,
        lambda v, w: v.origin_meeting_date,
    ),
    Column("Project", "Project", "text", 20, lambda v, w: v.project_name),
    Column("Gesloten op", "Closed on", "date", 12, lambda v, w: v.closed_on),
    Column("Laatste voortgang", "Latest progress", "text", 40, lambda v, w: v.last_progress),
    Column("Keren doorgeschoven", "Times carried over", "whole", 10, lambda v, w: v.times_carried),
)

DECISION_COLUMNS = (
    Column("Nummer", "Number", "text", 10, lambda v, w: str(v.number)),
    Column("Datum", "Date", "date", 12, lambda v, w: v.decided_on),
    Column("Vergadering", "Meeting", "date", 12, lambda v, w: v.meeting_date),
    Column("Besluit", "Decision", "text", 60, lambda v, w: v.text),
    Column("Voor", "For", "whole", 7, lambda v, w: v.votes_for),
    Column("Tegen", "Against", "whole", 7, lambda v, w: v.votes_against),
    Column("Onthouding", "Abstain", "whole", 10, lambda v, w: v.votes_abstain),
    Column(
        "Bedrag",
        "Amount",
        "money",
        12,
        lambda v, w: Decimal(v.amount.cents) / 100 if v.amount is not None else None,
    ),
    Column(
        "Ingetrokken",
        "Withdrawn",
        "text",
        11,
        lambda v, w: YES_NO[w][0] if v.withdrawn else YES_NO[w][1],
    ),
)


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    language: Language

    @property
    def headers(self) -> list[str]:
        english = self.language == Language.ENGLISH
        return [c.header_en if english else c.header_nl for c in self.columns]


def _sheet(
    title: tuple[str, str], columns: tuple[Column, ...], views: Sequence[Any], language: Language
) -> Sheet:
    word = 1 if language == Language.ENGLISH else 0
    rows = tuple(tuple(c.value(v, word) for c in columns) for v in views)
    return Sheet(title[word], columns, rows, language)


def action_sheet(services: Services, council_id: int) -> Sheet:
    council = services.councils.get_council(council_id)
    views = services.actions.list_actions(council_id)
    return _sheet(("Actielijst", "Action list"), ACTION_COLUMNS, views, council.language)


def decision_sheet(services: Services, council_id: int) -> Sheet:
    council = services.councils.get_council(council_id)
    views: list[DecisionView] = sorted(
        services.decisions.list_decisions(council_id), key=lambda d: d.number
    )
    return _sheet(
        ("Besluitenlijst", "Decision register"), DECISION_COLUMNS, views, council.language
    )


# -- CSV ------------------------------------------------------------------------------------
def _csv_cell(kind: str, value: Any, english: bool) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return value.isoformat() if english else value.strftime("%d-%m-%Y")
    if kind == "money":
        text = f"{value:.2f}"
        return text if english else text.replace(".", ",")
    text = str(value)
    # A cell that starts like a formula is shown as text, never run (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") and kind == "text" else text


def write_csv(sheet: Sheet, target: Path) -> Path:
    english = sheet.language == Language.ENGLISH
    handle = io.StringIO(newline="")
    writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow(
            [_csv_cell(c.kind, v, english) for c, v in zip(sheet.columns, row, strict=True)]
        )
    # the one output writer: never over the database, mode 0600, complete or not at all
    return write_output(Path(target), handle.getvalue().encode("utf-8-sig"))


# -- XLSX -----------------------------------------------------------------------------------
def write_xlsx(sheet: Sheet, target: Path) -> Path:
    from openpyxl import Workbook  # heavy: only when a spreadsheet is asked for
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    english = sheet.language == Language.ENGLISH
    workbook = Workbook()
    page = workbook.active
    assert page is not None
    page.title = sheet.title[:31]
    page.append(sheet.headers)
    for cell in page[1]:
        cell.font = Font(bold=True)
    formats = {
        "date": "yyyy-mm-dd" if english else "dd-mm-yyyy",
        "money": '"€" #,##0.00',
        "whole": "0",
    }
    for row in sheet.rows:
        # a spreadsheet cannot hold control characters (a note may): they are left out
        page.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in row])
        for cell, column in zip(page[page.max_row], sheet.columns, strict=True):
            if isinstance(cell.value, str) and cell.data_type == "f":
                cell.data_type = "s"  # text that starts with '=' stays text, never a formula
            if column.kind in formats:
                cell.number_format = formats[column.kind]
            elif column.width >= 40:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, column in enumerate(sheet.columns, start=1):
        page.column_dimensions[get_column_letter(index)].width = column.width
    page.freeze_panes = "A2"
    page.auto_filter.ref = page.dimensions
    return write_output(Path(target), workbook.save)


def write_sheet(sheet: Sheet, target: Path) -> Path:
    """Write as CSV or XLSX, by the file's extension."""
    suffix = Path(target).suffix.lower()
    if suffix == ".csv":
        return write_csv(sheet, target)
    if suffix == ".xlsx":
        return write_xlsx(sheet, target)
    raise InvalidInput.said(
        "Choose a file name ending in .csv or .xlsx, not '{name}'.",
        name=suffix or Path(target).name,
    )


def load_writer(target: Path) -> None:
    """Load the library that writes `target` (openpyxl for .xlsx) in the calling thread.

    The app calls this on its UI thread before it writes the file in the background, so the
    library is never first imported inside a worker thread.
    """
    if target.suffix.lower() == ".xlsx":
        import openpyxl  # noqa: F401
