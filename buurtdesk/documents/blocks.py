"""What a meeting document says, apart from how it is set: the same blocks become the archival
PDF (pdf_blocks.py) and the editable Word copy (docx_blocks.py), so both always hold the same text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Tone(StrEnum):
    BODY = "body"
    SMALL = "small"  # muted, smaller: remarks, what was left out
    BOLD = "bold"
    INDENTED = "indented"  # a line under an item: an action, a vote


@dataclass(frozen=True)
class Title:
    text: str
    subtitle: str = ""


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: a part of the document, 2: an agenda item, 3: a sub-item


@dataclass(frozen=True)
class Para:
    """A paragraph: `lead` is set in bold before the text ("Besluit 2026-014:")."""

    text: str
    tone: Tone = Tone.BODY
    lead: str = ""
    muted_tail: str = ""  # set muted after the text ("— Jan, uiterlijk 30 mei")


@dataclass(frozen=True)
class Notes:
    """Typed notes: a blank line starts a new paragraph, a single newline breaks a line."""

    text: str


@dataclass(frozen=True)
class Facts:
    """Label and value pairs (date, time, place), set as a table without a header."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Decision:
    """A decision, set apart: its number, text and vote."""

    label: str
    text: str
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    details: str = ""  # a muted second line in the first cell
    note: str = ""  # a line under the row, across the table
    alert: bool = False  # shaded, the last cell in the alert style (overdue)


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[Row, ...]
    widths: tuple[float, ...]  # fractions of the text width
    align_right: tuple[int, ...] = ()


@dataclass(frozen=True)
class Spacing:
    millimetres: float = 3


Block = Title | Heading | Para | Notes | Facts | Decision | Table | Spacing


@dataclass
class Story:
    """The blocks of one document with its titles, as the renderers need them."""

    title: str  # the metadata title: "Notulen Wijkoverleg Klingerberg, dinsdag 14 oktober 2025"
    running_title: str  # at the top of every page
    subject: str
    status: str  # at the foot of every page ("Concept", "Vastgesteld op …")
    keywords: tuple[str, ...] = ()
    blocks: list[Block] = field(default_factory=list)

    def add(self, *blocks: Block) -> None:
        self.blocks.extend(blocks)
