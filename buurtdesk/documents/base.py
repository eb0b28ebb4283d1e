"""What every BuurtDesk PDF shares: fonts, styles, the page frame and archival output.

How another document (the toekomstagenda booklet, the budget statement) uses it:

    from buurtdesk.documents.base import (
        CONTENT_WIDTH, DocumentSetup, build_document, data_table, document_styles,
        heading, paragraphs, text,
    )
    from buurtdesk.documents.words import words_for

    def build_budget(view: BudgetView, out_path: Path) -> Path:
        # your own labels: BUDGET_WORDS = {"budget": N_("Budget"), ...} (buurtdesk.messages)
        words = words_for(view.council.language, extra=BUDGET_WORDS)
        styles = document_styles()
        setup = DocumentSetup.for_council(
            view.council, words,
            title=f"{words['budget']} {view.year}", subject=words["budget_subject"],
            status=words["status_draft"],            # printed on every page; "" for none
        )
        story = [
            text(setup.title, styles.title),
            *heading(words["sources"], styles),                     # keeps with what follows
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
- Use `data_table` (tables.py) for tables: string cells are wrapped, drawn as plain text
  lines when the body font has every character (fast) and as paragraphs otherwise; a string
  over 1,200 characters continues in rows below; `wide_rows` span the table (a note under
  the row above); `tables.Styled(text, style)` gives one cell its own style. A bare
  reportlab Table sets Helvetica (not embedded, not PDF/A); if you need your own Table, give
  it ("FONT", (0, 0), (-1, -1), fonts.BODY, 9.5).
- The look lives in styles.py (page geometry, colours, `document_styles()`), re-exported here.
- Keep a typical document to the body font's three faces: every extra font (italic, a
  fallback for a symbol) is one more subset to embed and costs time on every document.
- `build_document` writes PDF/A-2b (see archive.py) with title, author (the council),
  subject and language set, all fonts embedded. It is slow for big documents: call it off
  the UI thread. It is a pure function of the views you pass in.
- Amounts: `Money.format(words.language)`; dates: `long_date(day, words.language)`.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame

from buurtdesk.documents import fonts
from buurtdesk.documents.archive import ArchiveMetadata, write_pdfa
from buurtdesk.documents.layout import (
    MAX_TRIES,
    PageLayout,
    fresh,
    keep_headings,
    needs_another_layout,
)
from buurtdesk.documents.reportlab_typed import Canvas
from buurtdesk.documents.styles import (
    ALERT,
    CONTENT_WIDTH,
    INK,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE,
    SHADE,
    DocumentStyles,
    document_styles,
    gap,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.tables import data_table
from buurtdesk.documents.words import Words
from buurtdesk.services.views import CouncilView
from buurtdesk.store.output import check_output_target

__all__ = [
    "ALERT",
    "CONTENT_WIDTH",
    "INK",
    "MARGIN_BOTTOM",
    "MARGIN_LEFT",
    "MARGIN_RIGHT",
    "MARGIN_TOP",
    "MUTED",
    "PAGE_HEIGHT",
    "PAGE_WIDTH",
    "RULE",
    "SHADE",
    "DocumentSetup",
    "DocumentStyles",
    "build_document",
    "data_table",
    "document_styles",
    "gap",
    "heading",
    "paragraphs",
    "render_pdf",
    "text",
]


@dataclass(frozen=True)
class DocumentSetup:
    """What the page frame and the metadata of one document say."""

    title: str
    subject: str
    council_name: str
    words: Words
    status: str = ""
    logo: bytes | None = None  # the image itself (never a path: no PDF embeds another file)
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
            logo=council.logo or None,
            keywords=("BuurtDesk", council.name, *keywords),
            running_title=running_title,
        )


# -- the page frame ------------------------------------------------------------------------------
def _draw_header(canvas: Canvas, setup: DocumentSetup) -> None:
    styles = document_styles()
    top = PAGE_HEIGHT - 12 * mm
    x = MARGIN_LEFT
    logo = _logo(setup.logo)
    if logo is not None:
        height = 12 * mm
        width = min(40 * mm, height * logo[1])
        canvas.drawImage(
            logo[0],
            x,
            top - height + 3 * mm,
            width=width,
            height=height,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
        x += width + 4 * mm
    name = (
        setup.council_name if len(setup.council_name) <= 90 else setup.council_name[:88] + "\u2026"
    )
    _draw_text(
        canvas, name, styles.header, x, top + 1 * mm, CONTENT_WIDTH * 0.55 - (x - MARGIN_LEFT)
    )
    title = setup.running_title or setup.title
    title = title if len(title) <= 90 else title[:88] + "\u2026"
    _draw_text(
        canvas,
        title,
        styles.footer_right,
        MARGIN_LEFT + CONTENT_WIDTH * 0.58,
        top + 1 * mm,
        CONTENT_WIDTH * 0.42,
    )
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(
        MARGIN_LEFT, PAGE_HEIGHT - 24 * mm, PAGE_WIDTH - MARGIN_RIGHT, PAGE_HEIGHT - 24 * mm
    )


def _draw_footer(canvas: Canvas, setup: DocumentSetup, page: int, pages: int) -> None:
    styles = document_styles()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN_LEFT, 17 * mm, PAGE_WIDTH - MARGIN_RIGHT, 17 * mm)
    if setup.status:
        _draw_text(canvas, setup.status, styles.footer, MARGIN_LEFT, 15 * mm, CONTENT_WIDTH * 0.7)
    counter = setup.words.fmt("page_of", page=page, pages=pages)
    _draw_text(
        canvas,
        counter,
        styles.footer_right,
        MARGIN_LEFT + CONTENT_WIDTH * 0.72,
        15 * mm,
        CONTENT_WIDTH * 0.28,
    )


def _draw_text(
    canvas: Canvas, value: str, style: ParagraphStyle, x: float, top: float, width: float
) -> None:
    """Text hanging from `top` in a box of `width`: one plain line when it fits (fast),
    otherwise a wrapped paragraph with font fallback."""
    size = style.fontSize
    if fonts.is_plain(value) and stringWidth(value, style.fontName, size) <= width:
        canvas.setFont(style.fontName, size)
        canvas.setFillColor(style.textColor)
        baseline = top - size
        if style.alignment == TA_RIGHT:
            canvas.drawRightString(x + width, baseline, value)
        else:
            canvas.drawString(x, baseline, value)
        return
    paragraph = text(value, style)
    _, height = paragraph.wrap(width, 30 * mm)
    paragraph.drawOn(canvas, x, top - height)


@lru_cache(maxsize=4)
def _logo(data: bytes | None) -> tuple[Any, float] | None:
    """The logo as an image reader and its aspect ratio; None when missing or unreadable."""
    if not data:
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
    except Exception:  # a damaged or unsupported logo must not stop the minutes
        return None
    return (reader, width / height) if height else None


def _numbered_canvas(setup: DocumentSetup) -> Callable[..., Canvas]:
    """A canvas that holds its pages until the end, so every footer can say 'x of y'."""

    class NumberedCanvas(Canvas):
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
    """reportlab's output for a story in the BuurtDesk page frame (not yet PDF/A), laid out by
    the page rules of layout.py (a last page with only a line or two is laid out again)."""
    fonts.register_fonts()
    story = keep_headings(story)
    short: dict[int, float] = {}
    for _attempt in range(MAX_TRIES):
        buffer = io.BytesIO()
        doc = _layout(buffer, setup, short)
        frame_top = PAGE_HEIGHT - MARGIN_TOP
        doc.build(fresh(story) if short else list(story), canvasmaker=_numbered_canvas(setup))
        more = needs_another_layout(doc, frame_top)
        if not more:
            break
        before_last = doc.page - 1
        short = {before_last: short.get(before_last, 0.0) + more}
        if short[before_last] > (PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM) / 2:
            break  # the page before would be half empty: keep the layout as it was
    return buffer.getvalue()


def _layout(buffer: io.BytesIO, setup: DocumentSetup, short: dict[int, float]) -> PageLayout:
    doc = PageLayout(
        buffer,
        short_pages=short,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
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
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="content",
    )
    doc.add_frame_templates(frame, lambda c, _d: _draw_header(c, setup))
    return doc


def build_document(out_path: Path, setup: DocumentSetup, story: list[Flowable]) -> Path:
    """Render the story and write it to out_path as an archival PDF/A-2b file."""
    Path(out_path).parent.mkdir(parents=True, exist_ok=True)
    check_output_target(Path(out_path))  # a refused name is told before the rendering
    meta = ArchiveMetadata(
        title=setup.title,
        author=setup.council_name,
        subject=setup.subject,
        language=setup.words.bcp47,
        keywords=setup.keywords,
    )
    return write_pdfa(render_pdf(setup, story), Path(out_path), meta)
