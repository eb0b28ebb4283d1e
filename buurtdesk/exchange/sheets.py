"""The action list and the decision register as spreadsheets: CSV for anything, XLSX for Excel.

CSV is what Dutch Excel opens with a double click: semicolons, UTF-8 with a byte-order mark,
dates as 26-03-2026 and amounts with a decimal comma. XLSX (openpyxl, loaded only here)
holds real dates and numbers, so a secretary can sort and add up without retyping.
Headers (from the message catalogue) are Dutch, or English for a council that works in English.
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
from buurtdesk.domain.numbers import decimal
from buurtdesk.messages import N_, NC_, Marked, translated
from buurtdesk.services import Services
from buurtdesk.services.views import ActionPointView, DecisionView
from buurtdesk.store.output import write_output

STATUS_WORDS: dict[ActionStatus, Marked] = {
    ActionStatus.OPEN: N_("Open"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.DROPPED: N_("Dropped"),
}
YES, NO = N_("Yes"), N_("No")
# How a CSV file writes a date, and an XLSX cell shows one, per language (an amount's decimal
# mark is the domain's: buurtdesk/domain/numbers.py).
CSV_DATE = NC_("date format", "%Y-%m-%d")
XLSX_DATE = NC_("spreadsheet date format", "yyyy-mm-dd")


@dataclass(frozen=True)
class Column:
    header: Marked
    kind: str  # text, date, whole, money
    width: int
    value: Callable[[Any, str], Any]  # (view, language) -> value


def yes_no(value: bool, language: str) -> str:
    return translated(YES if value else NO, language)


def _status(view: ActionPointView, language: str) -> str:
    return translated(STATUS_WORDS[view.status], language)


ACTION_COLUMNS = (
    Column(N_("Action point"), "text", 50, lambda v, lang: v.title),
    Column(N_("Owner"), "text", 25, lambda v, lang: v.owner_name),
    Column(N_("Due date"), "date", 12, lambda v, lang: v.due_date),
    Column(NC_("spreadsheet column", "Status"), "text", 12, _status),
    Column(N_("Meeting of origin"), "date", 14, lambda v, lang: v.origin_meeting_date),
    Column(N_("Project"), "text", 20, lambda v, lang: v.project_name),
    Column(N_("Closed on"), "date", 12, lambda v, lang: v.closed_on),
    Column(N_("Latest progress"), "text", 40, lambda v, lang: v.last_progress),
    Column(N_("Times carried over"), "whole", 10, lambda v, lang: v.times_carried),
)

DECISION_COLUMNS = (
    Column(N_("Number"), "text", 10, lambda v, lang: str(v.number)),
    Column(N_("Date"), "date", 12, lambda v, lang: v.decided_on),
    Column(N_("Meeting"), "date", 12, lambda v, lang: v.meeting_date),
    Column(N_("Decision"), "text", 60, lambda v, lang: v.text),
    Column(N_("For"), "whole", 7, lambda v, lang: v.votes_for),
    Column(N_("Against"), "whole", 7, lambda v, lang: v.votes_against),
    Column(N_("Abstain"), "whole", 10, lambda v, lang: v.votes_abstain),
    Column(
        N_("Amount"),
        "money",
        12,
        lambda v, lang: Decimal(v.amount.cents) / 100 if v.amount is not None else None,
    ),
    Column(N_("Withdrawn"), "text", 11, lambda v, lang: yes_no(v.withdrawn, lang)),
)


@dataclass(frozen=True)
class Sheet:
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Any, ...], ...]
    language: Language

    @property
    def headers(self) -> list[str]:
        return [translated(c.header, self.language) for c in self.columns]


def _sheet(
    title: Marked, columns: tuple[Column, ...], views: Sequence[Any], language: Language
) -> Sheet:
    rows = tuple(tuple(c.value(v, language) for c in columns) for v in views)
    return Sheet(translated(title, language), columns, rows, language)


def action_sheet(services: Services, council_id: int) -> Sheet:
    council = services.councils.get_council(council_id)
    views = services.actions.list_actions(council_id)
    return _sheet(N_("Action list"), ACTION_COLUMNS, views, council.language)


def decision_sheet(services: Services, council_id: int) -> Sheet:
    council = services.councils.get_council(council_id)
    views: list[DecisionView] = sorted(
        services.decisions.list_decisions(council_id), key=lambda d: d.number
    )
    return _sheet(N_("Decision register"), DECISION_COLUMNS, views, council.language)


# -- CSV ------------------------------------------------------------------------------------
def _csv_cell(kind: str, value: Any, language: str) -> str:
    if value is None:
        return ""
    if kind == "date" and isinstance(value, date):
        return value.strftime(translated(CSV_DATE, language))
    if kind == "money":
        return decimal(value, 2, language)
    text = str(value)
    # A cell that starts like a formula is shown as text, never run (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@") and kind == "text" else text


def write_csv(sheet: Sheet, target: Path) -> Path:
    handle = io.StringIO(newline="")
    writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(sheet.headers)
    for row in sheet.rows:
        writer.writerow(
            [_csv_cell(c.kind, v, sheet.language) for c, v in zip(sheet.columns, row, strict=True)]
        )
    # the one output writer: never over the database, mode 0600, complete or not at all
    return write_output(Path(target), handle.getvalue().encode("utf-8-sig"))


# -- XLSX -----------------------------------------------------------------------------------
def write_xlsx(sheet: Sheet, target: Path) -> Path:
    from openpyxl import Workbook  # heavy: only when a spreadsheet is asked for
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    page = workbook.active
    assert page is not None
    page.title = sheet.title[:31]
    page.append(sheet.headers)
    for cell in page[1]:
        cell.font = Font(bold=True)
    formats = {
        "date": translated(XLSX_DATE, sheet.language),
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
