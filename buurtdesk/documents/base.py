"""What every BuurtDesk PDF shares: fonts, styles, the page frame and archival output.

How another document (the toekomstagenda booklet, the budget statement) uses it:

    from buurtdesk.documents.base import (
        CONTENT_WIDTH, DocumentSetup, build_document, data_table, document_styles,
        heading, paragraphs, text,
    )
    from buurtdesk.documents.words import words_for

    def build_budget(view: BudgetView, out_path: Path) -> Path:
        words = words_for(view.council.language, extra=BUDGET_WORDS)   # your own labels
        styles = document_styles()
        setup = DocumentSetup.for_council(
            view.council, words,
            title=f"{words['budget']} {view.year}", subject=words["budget_subject"],
            status=words["status_draft"],            # printed on every page; "" for none
        )
        story = [
            text(setup.title, styles.title),
            heading(words["sources"], styles),                      # keeps with what follows
            data_table([[words["source"], words["amount"]], *rows],
                       col_widths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
                       align_right=(1,)),
            *paragraphs(view.remarks, styles.body),                 # long multi-line text
        ]
        return build_document(out_path, setup, story)

- Every user-supplied text goes through `text()` / `paragraphs()` (or `fonts.markup()` when you
  build markup yourself): it is escaped and every character gets a font that has it, so accents
  and emoji render and nothing can break the markup. Long words without spaces are wrapped.
- The page frame draws the council's name (and logo when set) at the top, and the status line
  and "Pagina x van y" at the bottom of every page.
- Use `data_table` for tables: a bare reportlab Table sets Helvetica (not embedded, not
  PDF/A); if you need your own Table, give it ("FONT", (0, 0), (-1, -1), fonts.BODY, 9.5).
- `build_document` writes PDF/A-2b (see archive.py) with title, author (the council),
  subject and language set, all fonts embedded. It is slow for big documents: call it off
  the UI thread. It is a pure function of the views you pass in.
- Amounts: `Money.format(words.language)`; dates: `long_date(day, words.language)`.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    FrameBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from buurtdesk.documents import fonts
from buurtdesk.documents.archive import ArchiveMetadata, write_pdfa
from buurtdesk.documents.words import Words
from buurtdesk.services.views import CouncilView

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 30 * mm
MARGIN_BOTTOM = 24 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#e8eef3")
ALERT = colors.HexColor("#a4161a")


@dataclass(frozen=True)
class DocumentSetup:
    """What the page frame and the metadata of one document say."""

    title: str
    subject: str
    council_name: str
    words: Words
    status: str = ""
    logo_path: str | None = None
    keywords: tuple[str, ...] = ()
    running_title: str = ""  # short title at the top right of every page; the title when empty

    @classmethod
    def for_council(
        cls,
        council: CouncilView,
        words: Words,
        *,
        title: str,
        subject: str,
        status: str = "",
        keywords: tuple[str, ...] = (),
        running_title: str = "",
    ) -> DocumentSetup:
        return cls(
            title=title,
            subject=subject,
            council_name=council.name,
            words=words,
            status=status,
            logo_path=council.logo_path or None,
            keywords=("BuurtDesk", council.name, *keywords),
            running_title=running_title,
        )


@dataclass(frozen=True)
class DocumentStyles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    body_bold: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_italic: ParagraphStyle
    alert: ParagraphStyle
    header: ParagraphStyle
    footer: ParagraphStyle
    footer_right: ParagraphStyle


@cache
def document_styles() -> DocumentStyles:
    fonts.register_fonts()

    def style(name: str, size: float, *, font: str = fonts.BODY, **extra: Any) -> ParagraphStyle:
        values: dict[str, Any] = {
            "fontName": font,
            "fontSize": size,
            "leading": round(size * 1.35, 1),
            "textColor": INK,
            "splitLongWords": 1,
            "allowWidows": 0,
            "allowOrphans": 0,
        }
        values.update(extra)
        return ParagraphStyle(name, **values)

    return DocumentStyles(
        title=style("Title", 20, font=fonts.BODY_BOLD, spaceAfter=2 * mm),
        subtitle=style("Subtitle", 12.5, textColor=MUTED, spaceAfter=5 * mm),
        heading=style("Heading", 14, font=fonts.BODY_BOLD, spaceBefore=6 * mm, spaceAfter=2 * mm),
        subheading=style("Subheading", 11.5, font=fonts.BODY_BOLD, spaceBefore=4 * mm, spaceAfter=1.5 * mm),
        body=style("Body", 10.5, spaceAfter=2 * mm),
        body_bold=style("BodyBold", 10.5, font=fonts.BODY_BOLD, spaceAfter=1 * mm),
        small=style("Small", 9, textColor=MUTED, spaceAfter=1.5 * mm),
        cell=style("Cell", 9.5),
        cell_bold=style("CellBold", 9.5, font=fonts.BODY_BOLD),
        cell_right=style("CellRight", 9.5, alignment=TA_RIGHT),
        cell_italic=style("CellItalic", 9.5, font=fonts.BODY_ITALIC, leftIndent=3 * mm),
        alert=style("Alert", 9.5, font=fonts.BODY_BOLD, textColor=ALERT),
        header=style("Header", 10, font=fonts.BODY_BOLD, leading=12.5),
        footer=style("Footer", 8.5, textColor=MUTED),
        footer_right=style("FooterRight", 8.5, textColor=MUTED, alignment=TA_RIGHT),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of plain text (escaped, fonts chosen per character, line breaks kept)."""
    return Paragraph(fonts.markup(value), style)


def paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Typed notes as paragraphs: a blank line starts a new one, a single newline breaks a line."""
    blocks = [b.strip("\n") for b in value.replace("\r\n", "\n").split("\n\n")]
    return [text(b, style) for b in blocks if b.strip()]


def heading(value: str, styles: DocumentStyles, *, sub: bool = False) -> list[Flowable]:
    """A heading that never stands alone at the bottom of a page."""
    return [CondPageBreak(30 * mm), text(value, styles.subheading if sub else styles.heading)]


class _FlowingTable(Table):  # type: ignore[misc]
    """A table whose remainder after a page split always starts on the next page.

    reportlab otherwise tries to fit the remainder of a row split inside a cell into the
    little space left on the same page, which prints a repeated header mid-page.
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) > 1:
            return [parts[0], FrameBreak(), *parts[1:]]
        return parts


LONG_CELL = 1200  # characters; longer cell texts continue in rows below (cheap to split)


def data_table(
    rows: Sequence[Sequence[Flowable | str]],
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
    set in `wide_style`, and belongs to the row above it.
    """
    styles = document_styles()
    wide = set(wide_rows)
    cells: list[list[Flowable | str]] = []
    groups: list[tuple[int, int, int]] = []  # (input row, first and last output row)
    for index, row in enumerate(rows):
        is_head = index == 0 and header
        chunked = [_chunks(cell) if isinstance(cell, str) and not is_head else [cell] for cell in row]
        first = len(cells)
        for part in range(max(len(c) for c in chunked)):
            line: list[Flowable | str] = []
            for column, pieces in enumerate(chunked):
                cell = pieces[part] if part < len(pieces) else ""
                if isinstance(cell, str):
                    cell_style = (
                        styles.cell_bold if is_head
                        else (wide_style or styles.cell) if index in wide
                        else styles.cell_right if column in align_right
                        else styles.cell
                    )
                    line.append(text(cell, cell_style) if cell else "")
                else:
                    line.append(cell)
            cells.append(line)
        groups.append((index, first, len(cells) - 1))
    table = _FlowingTable(cells, colWidths=list(col_widths), repeatRows=1 if header else 0, splitInRow=1)
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # A table sets a font even when its cells are paragraphs; without this it would
        # pull in Helvetica, which is not embedded and breaks PDF/A.
        ("FONT", (0, 0), (-1, -1), fonts.BODY, 9.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
    shaded = set(shaded_rows)
    for position, (index, first, last) in enumerate(groups):
        belongs_to_next = position + 1 < len(groups) and groups[position + 1][0] in wide
        starts = index not in wide
        if starts:
            commands.append(("TOPPADDING", (0, first), (-1, first), 2.5))
        if not belongs_to_next:
            commands += [("BOTTOMPADDING", (0, last), (-1, last), 3),
                         ("LINEBELOW", (0, last), (-1, last), 0.4, RULE)]
        if index in wide:
            commands += [("SPAN", (0, r), (-1, r)) for r in range(first, last + 1)]
        if index in shaded or (index in wide and index - 1 in shaded):
            commands.append(("BACKGROUND", (0, first), (-1, last), colors.HexColor("#f7e9e9")))
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK)]
    table.setStyle(TableStyle(commands))
    return table


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


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)


# -- the page frame ------------------------------------------------------------------------------
def _draw_header(canvas: Canvas, setup: DocumentSetup) -> None:
    styles = document_styles()
    top = PAGE_HEIGHT - 12 * mm
    x = MARGIN_LEFT
    logo = _logo(setup.logo_path)
    if logo is not None:
        height = 12 * mm
        width = min(40 * mm, height * logo[1])
        canvas.drawImage(logo[0], x, top - height + 3 * mm, width=width, height=height,
                         preserveAspectRatio=True, anchor="sw", mask="auto")
        x += width + 4 * mm
    name = setup.council_name if len(setup.council_name) <= 90 else setup.council_name[:88] + "\u2026"
    left = text(name, styles.header)
    _, h = left.wrap(CONTENT_WIDTH * 0.55 - (x - MARGIN_LEFT), 30 * mm)
    left.drawOn(canvas, x, top - h + 1 * mm)
    title = setup.running_title or setup.title
    title = title if len(title) <= 90 else title[:88] + "\u2026"
    right = text(title, styles.footer_right)
    _, h = right.wrap(CONTENT_WIDTH * 0.42, 30 * mm)
    right.drawOn(canvas, MARGIN_LEFT + CONTENT_WIDTH * 0.58, top - h + 1 * mm)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_LEFT, PAGE_HEIGHT - 24 * mm, PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 24 * mm)


def _draw_footer(canvas: Canvas, setup: DocumentSetup, page: int, pages: int) -> None:
    styles = document_styles()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_LEFT, 17 * mm, PAGE_WIDTH - MARGIN_RIGHT, 17 * mm)
    if setup.status:
        status = text(setup.status, styles.footer)
        _, h = status.wrap(CONTENT_WIDTH * 0.7, 20 * mm)
        status.drawOn(canvas, MARGIN_LEFT, 17 * mm - 2 * mm - h)
    counter = text(setup.words.fmt("page_of", page=page, pages=pages), styles.footer_right)
    _, h = counter.wrap(CONTENT_WIDTH * 0.28, 20 * mm)
    counter.drawOn(canvas, MARGIN_LEFT + CONTENT_WIDTH * 0.72, 17 * mm - 2 * mm - h)


def _logo(path: str | None) -> tuple[Any, float] | None:
    """The logo as an image reader and its aspect ratio; None when missing or unreadable."""
    if not path or not Path(path).is_file():
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(path)
        width, height = reader.getSize()
    except Exception:  # a damaged or unsupported logo must not stop the minutes
        return None
    return (reader, width / height) if height else None


def _numbered_canvas(setup: DocumentSetup) -> Callable[..., Canvas]:
    """A canvas that holds its pages until the end, so every footer can say 'x of y'."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                _draw_footer(self, setup, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas


def render_pdf(setup: DocumentSetup, story: list[Flowable]) -> bytes:
    """reportlab's output for a story in the BuurtDesk page frame (not yet PDF/A)."""
    fonts.register_fonts()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=setup.title,
        author=setup.council_name,
        subject=setup.subject,
        creator="BuurtDesk",
        keywords=list(setup.keywords),
        lang=setup.words.bcp47,
        initialFontName=fonts.BODY,
        displayDocTitle=1,
    )
    frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="content")
    doc.addPageTemplates(
        [PageTemplate(id="page", frames=[frame], onPage=lambda c, _d: _draw_header(c, setup))]
    )
    doc.build(story, canvasmaker=_numbered_canvas(setup))
    return buffer.getvalue()


def build_document(out_path: Path, setup: DocumentSetup, story: list[Flowable]) -> Path:
    """Render the story and write it to out_path as an archival PDF/A-2b file."""
    meta = ArchiveMetadata(
        title=setup.title,
        author=setup.council_name,
        subject=setup.subject,
        language=setup.words.bcp47,
        keywords=setup.keywords,
    )
    return write_pdfa(render_pdf(setup, story), Path(out_path), meta)
