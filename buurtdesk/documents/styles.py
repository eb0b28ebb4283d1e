"""Page geometry, colours, paragraph styles and safe paragraphs: the look of every document."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from buurtdesk.documents import fonts

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
ALERT_SHADE = colors.HexColor("#f7e9e9")


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
        subheading=style(
            "Subheading", 11.5, font=fonts.BODY_BOLD, spaceBefore=4 * mm, spaceAfter=1.5 * mm
        ),
        body=style("Body", 10.5, spaceAfter=2 * mm),
        body_bold=style("BodyBold", 10.5, font=fonts.BODY_BOLD, spaceAfter=1 * mm),
        small=style("Small", 9, textColor=MUTED, spaceAfter=1.5 * mm),
        cell=style("Cell", 9.5),
        cell_bold=style("CellBold", 9.5, font=fonts.BODY_BOLD),
        cell_right=style("CellRight", 9.5, alignment=TA_RIGHT),
        cell_italic=style("CellItalic", 9.5, font=fonts.BODY_ITALIC),
        alert=style("Alert", 9.5, font=fonts.BODY_BOLD, textColor=ALERT),
        header=style("Header", 10, font=fonts.BODY_BOLD, leading=12.5),
        footer=style("Footer", 8.5, textColor=MUTED),
        footer_right=style("FooterRight", 8.5, textColor=MUTED, alignment=TA_RIGHT),
    )


def text(value: str, style: ParagraphStyle) -> Paragraph:
    """One paragraph of plain text (escaped, fonts chosen per character, line breaks kept)."""
    return Paragraph(fonts.markup(value), style)


def paragraphs(value: str, style: ParagraphStyle) -> list[Flowable]:
    """Typed notes as paragraphs: a blank line starts a new one, a single newline breaks a line.

    A very long block is cut at line ends into pieces of at most PIECE characters: reportlab
    splits one paragraph again at every page, so a note of a hundred pages in one paragraph
    would take minutes; in pieces it takes as long as its pages."""
    blocks = [b.strip("\n") for b in value.replace("\r\n", "\n").split("\n\n")]
    return [text(piece, style) for b in blocks if b.strip() for piece in _pieces(b)]


PIECE = 2000


def _pieces(block: str) -> list[str]:
    if len(block) <= PIECE:
        return [block]
    pieces: list[str] = []
    start = 0
    while start < len(block):
        end = min(len(block), start + PIECE)
        if end < len(block):
            cut = max(block.rfind("\n", start, end), block.rfind(" ", start, end))
            end = cut + 1 if cut > start else end
        piece = block[start:end].strip("\n")
        if piece.strip():
            pieces.append(piece)
        start = end
    return pieces


def heading(value: str, styles: DocumentStyles, *, sub: bool = False) -> list[Flowable]:
    """A heading that never stands alone at the bottom of a page: it needs room for a few
    lines below it and is kept with the flowable that follows."""
    style = styles.subheading if sub else styles.heading
    return [CondPageBreak(30 * mm), Paragraph(fonts.markup(value), _keep_with_next(style))]


@cache
def _keep_with_next(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}KeepWithNext", parent=style, keepWithNext=1)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
