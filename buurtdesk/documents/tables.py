"""Tables that fit the page whatever their content, and stay quick for long lists."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, FrameBreak, TableStyle

from buurtdesk.documents import fonts
from buurtdesk.documents.reportlab_typed import Table
from buurtdesk.documents.styles import ALERT_SHADE, INK, RULE, SHADE, document_styles, text

PADDING = 3
WIDE_INDENT = 3 * mm  # a wide row (a note under the row above) is indented a little


MIN_ROWS_AT_SPLIT = 3  # a table split leaves at least this many rows on each side


class _FlowingTable(Table):
    """A table that splits only between rows, never leaves a page with its last row or two,
    keeps a row with the rows that belong to it (a note under it, a long text's continuation),
    and whose remainder after a page split always starts on the next page.

    reportlab otherwise tries to fit the remainder of a split into the little space left on the
    same page, which prints a repeated header mid-page.
    """

    starts: tuple[int, ...] = ()  # output rows that start a row of the input (not a note)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        tables = [p for p in parts if isinstance(p, _FlowingTable)]
        if len(tables) == 2 and self.starts:
            head = self.repeatRows if isinstance(self.repeatRows, int) else 0
            total = len(self._cellvalues)
            cut = total - (len(tables[1]._cellvalues) - head)
            tables[0].starts = tuple(r for r in self.starts if r < cut)
            tables[1].starts = tuple(
                [*range(head), *(r - cut + head for r in self.starts if r >= cut)]
            )
        if len(parts) > 1:
            return [parts[0], FrameBreak(), *parts[1:]]
        return parts

    def opening_height(self, width: float) -> float:
        """The height of the header and the first rows that must start on the same page."""
        self.wrap(width, 10_000)
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        starts = [r for r in (self.starts or range(len(self._rowHeights))) if r >= head]
        if len(starts) < 2 * MIN_ROWS_AT_SPLIT:  # too short to split: it goes whole
            return float(sum(self._rowHeights))
        return float(sum(self._rowHeights[: starts[MIN_ROWS_AT_SPLIT]]))

    def _getFirstPossibleSplitRowPosition(  # noqa: N802 (reportlab's name)
        self,
        availHeight: float,  # noqa: N803
        ignoreSpans: int = 0,  # noqa: N803
    ) -> int:
        """The last row to split before: between two input rows, with at least
        MIN_ROWS_AT_SPLIT of them on either side; fewer only when nothing else fits."""
        plain: int = super()._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans)
        head = self.repeatRows if isinstance(self.repeatRows, int) else 0
        starts = [r for r in (self.starts or range(len(self._rowHeights))) if r >= head]
        if not starts or plain >= len(self._rowHeights):
            return plain
        fitting = [r for r in starts if head < r <= plain]
        if not fitting:
            return plain
        good = [
            r
            for r in fitting
            if starts.index(r) >= MIN_ROWS_AT_SPLIT
            and len(starts) - starts.index(r) >= MIN_ROWS_AT_SPLIT
        ]
        if good:
            return good[-1]
        if len(starts) < 2 * MIN_ROWS_AT_SPLIT and sum(self._rowHeights) < 0.45 * 700:
            return head  # a short table moves to the next page whole (opening_height)
        return fitting[-1]


LONG_CELL = 1200  # characters; longer cell texts continue in rows below (cheap to split)


@dataclass(frozen=True)
class Styled:
    """A table cell with a style of its own (e.g. a red, bold 'te laat')."""

    text: str
    style: ParagraphStyle


def data_table(
    rows: Sequence[Sequence[Flowable | str | Styled]],
    *,
    col_widths: Sequence[float],
    header: bool = True,
    align_right: Sequence[int] = (),
    shaded_rows: Sequence[int] = (),
    wide_rows: Sequence[int] = (),
    wide_style: ParagraphStyle | None = None,
) -> Table:
    """A table that fits the page: strings become wrapped cells, long rows split across pages.

    A string longer than LONG_CELL continues in extra rows under its row (no rule between), so
    a 20,000-character text never has to be split inside one cell. A row listed in
    `wide_rows` spans all columns with its first cell (e.g. a progress note under an action),
    set in `wide_style`, and belongs to the row above it. Plain strings the body font can set
    are drawn as pre-wrapped text lines, which is several times faster than a paragraph.
    """
    styles = document_styles()
    wide = set(wide_rows)
    total_width = sum(col_widths)
    cells: list[list[Flowable | str]] = []
    own_styles: list[tuple[int, int, ParagraphStyle]] = []  # plain cells with a Styled style
    groups: list[tuple[int, int, int]] = []  # (input row, first and last output row)
    for index, row in enumerate(rows):
        is_head = index == 0 and header
        chunked = [
            _chunks(cell) if isinstance(cell, str) and not is_head else [cell] for cell in row
        ]
        first = len(cells)
        for part in range(max(len(c) for c in chunked)):
            line: list[Flowable | str] = []
            for column, pieces in enumerate(chunked):
                cell = pieces[part] if part < len(pieces) else ""
                if isinstance(cell, str) and cell:
                    style = (
                        styles.cell_bold
                        if is_head
                        else (wide_style or styles.cell)
                        if index in wide
                        else styles.cell_right
                        if column in align_right
                        else styles.cell
                    )
                    width = (
                        total_width - WIDE_INDENT if index in wide else col_widths[column]
                    ) - 2 * PADDING
                    plain = _plain_lines(cell, style, width)
                    line.append(plain if plain is not None else text(cell, style))
                elif isinstance(cell, Styled):
                    plain = _plain_lines(cell.text, cell.style, col_widths[column] - 2 * PADDING)
                    if plain is None:
                        line.append(text(cell.text, cell.style))
                    else:
                        line.append(plain)
                        own_styles.append((len(cells), column, cell.style))
                else:
                    line.append(cell)
            cells.append(line)
        groups.append((index, first, len(cells) - 1))
    table = _FlowingTable(
        cells, colWidths=list(col_widths), repeatRows=1 if header else 0, splitInRow=0
    )
    # A row, its long text's continuation and the note under it move together.
    table.starts = tuple(
        row
        for index, first, last in groups
        if index not in wide
        for row in range(first, last + 1 if last - first >= MIN_ROWS_AT_SPLIT else first + 1)
    )
    cell = styles.cell
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # The font of plain-string cells; also keeps reportlab from pulling in Helvetica
        # (not embedded, not PDF/A) for a table whose cells are all paragraphs.
        ("FONT", (0, 0), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    commands += [("ALIGN", (column, 0), (column, -1), "RIGHT") for column in align_right]
    shaded = set(shaded_rows)
    note = wide_style or cell
    for position, (index, first, last) in enumerate(groups):
        belongs_to_next = position + 1 < len(groups) and groups[position + 1][0] in wide
        if index not in wide:
            commands.append(("TOPPADDING", (0, first), (-1, first), 2.5))
        if not belongs_to_next:
            commands += [
                ("BOTTOMPADDING", (0, last), (-1, last), 3),
                ("LINEBELOW", (0, last), (-1, last), 0.4, RULE),
            ]
        if index in wide:
            commands += [("SPAN", (0, r), (-1, r)) for r in range(first, last + 1)]
            commands += [
                ("FONT", (0, first), (-1, last), note.fontName, note.fontSize, note.leading),
                ("TEXTCOLOR", (0, first), (-1, last), note.textColor),
                ("ALIGN", (0, first), (-1, last), "LEFT"),
                ("LEFTPADDING", (0, first), (-1, last), PADDING + WIDE_INDENT),
            ]
        if index in shaded or (index in wide and index - 1 in shaded):
            commands.append(("BACKGROUND", (0, first), (-1, last), ALERT_SHADE))
    for r, c, own in own_styles:
        commands += [
            ("FONT", (c, r), (c, r), own.fontName, own.fontSize, own.leading),
            ("TEXTCOLOR", (c, r), (c, r), own.textColor),
        ]
    if header:
        head = styles.cell_bold
        commands += [
            ("FONT", (0, 0), (-1, 0), head.fontName, head.fontSize, head.leading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _plain_lines(value: str, style: ParagraphStyle, width: float) -> str | None:
    """The text as lines that fit `width` in the style's font, or None when it needs a
    paragraph (characters from a fallback font, line breaks, indents, or a word too wide)."""
    if style.leftIndent or style.firstLineIndent or not fonts.is_plain(value.replace("\n", "")):
        return None
    font, size = style.fontName, style.fontSize
    lines: list[str] = []
    for given in value.split("\n"):
        if stringWidth(given, font, size) <= width:
            lines.append(given)
            continue
        if any(stringWidth(word, font, size) > width for word in given.split()):
            return None
        lines += simpleSplit(given, font, size, width)
    return "\n".join(lines)


def _chunks(value: str, size: int = LONG_CELL) -> list[str]:
    """A long text in pieces of at most `size`, cut at a paragraph, sentence or word end."""
    if len(value) <= size:
        return [value]
    pieces: list[str] = []
    start = 0
    while len(value) - start > size:
        end = start + size
        for mark in ("\n", ". ", " "):
            cut = value.rfind(mark, start + size // 2, end)
            if cut > start:
                end = cut + len(mark)
                break
        pieces.append(value[start:end])
        start = end
    pieces.append(value[start:])
    return pieces
