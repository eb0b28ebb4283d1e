"""An editable Word copy (.docx) of a document, with python-docx: real Word styles.

A small, general writer that any document can use (the minutes, the agenda, an annual report):

    from buurtdesk.documents.word import WordDocument

    doc = WordDocument(title="Notulen …", author=council.name, language="nl",
                       header_left=council.name, header_right="Notulen, 14 oktober 2025",
                       footer_left="Concept")       # "Pagina x van y" is added on the right
    doc.title("Notulen", subtitle="Vergadering van Wijkoverleg Klingerberg")
    doc.heading("Aanwezigheid", level=1)           # Word's "Heading 1"; level 2, 3 as well
    doc.paragraph("Tekst", lead="Besluit 2026-014:", muted_tail="(voor 7, tegen 1)")
    doc.bullets(["een", "twee"]); doc.numbered(["een", "twee"])
    doc.table(["Actiepunt", "Wie"], [["Bankjes", "Els"]], widths=[0.7, 0.3], shaded=[0])
    doc.save(Path("notulen.docx"))                 # mode 0600, complete or not at all

Headings use Word's built-in heading styles (so the navigation pane and a table of contents
work), lists Word's list styles, tables the "Table Grid" style with a repeated header row whose
rows never break across pages. The text is set in Arial (on every computer, a plain zero);
the document language is set so that Word checks the spelling in Dutch or English.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from buurtdesk.documents.words import LABELS, language_tag
from buurtdesk.messages import normal_language, translated
from buurtdesk.store.output import write_output

FONT = "Arial"
MUTED = RGBColor(0x55, 0x55, 0x55)
ALERT = RGBColor(0xA4, 0x16, 0x1A)
SHADE = "E8EEF3"
ALERT_SHADE = "F7E9E9"
FIELDS = {"{page}": "PAGE", "{pages}": "NUMPAGES"}


class WordDocument:
    """One Word document being written; call `save` once at the end."""

    def __init__(
        self,
        *,
        title: str,
        author: str,
        language: str = "nl",
        subject: str = "",
        header_left: str = "",
        header_right: str = "",
        footer_left: str = "",
    ) -> None:
        self.language = normal_language(language)
        self.document = Document()
        props = self.document.core_properties
        props.title, props.author, props.subject = title, author, subject
        props.language = language_tag(self.language)
        props.comments = "BuurtDesk"
        self._page_setup()
        self._styles()
        # Style objects, looked up once: python-docx finds a style by name with a slow search.
        self._style = {
            name: self.document.styles[name]
            for name in (
                "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
                "List Bullet", "List Number", "Table Grid",
            )
        }  # fmt: skip
        # Table text: smaller, without the space after a paragraph (set once, in the table style).
        grid = self._style["Table Grid"]
        grid.font.size = Pt(9.5)
        grid.paragraph_format.space_after = Pt(0)
        muted = self.document.styles.add_style("Muted Text", WD_STYLE_TYPE.CHARACTER)
        muted.font.color.rgb = MUTED
        self._style["Muted Text"] = muted
        self._style_id = {name: style.style_id for name, style in self._style.items()}
        self._header_footer(header_left, header_right, footer_left)

    # -- the page and the styles ------------------------------------------------------------
    def _page_setup(self) -> None:
        section = self.document.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(25), Mm(22)
        section.header_distance = section.footer_distance = Mm(10)

    @property
    def text_width(self) -> int:
        return int(Mm(210 - 20 - 20))  # A4 less the margins of _page_setup

    def _styles(self) -> None:
        styles = self.document.styles
        lang = language_tag(self.language)
        for name in ("Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3"):
            style = styles[name]
            style.font.name = FONT
            rpr = style.element.get_or_add_rPr()
            fonts = rpr.find(qn("w:rFonts"))
            if fonts is None:
                fonts = OxmlElement("w:rFonts")
                rpr.append(fonts)
            for key in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(key), FONT)
            for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
                fonts.attrib.pop(qn(theme), None)
            language = rpr.find(qn("w:lang"))
            if language is None:
                language = OxmlElement("w:lang")
                rpr.append(language)
            language.set(qn("w:val"), lang)
        normal = styles["Normal"]
        normal.font.size = Pt(10.5)
        normal.paragraph_format.space_after = Pt(4)
        normal.paragraph_format.widow_control = True
        for name, size in (("Title", 22), ("Heading 1", 14), ("Heading 2", 12), ("Heading 3", 11)):
            style = styles[name]
            style.font.size = Pt(size)
            style.font.bold = True
            style.font.color.rgb = RGBColor(0x1B, 0x1B, 0x1B)
            style.paragraph_format.keep_with_next = True
            style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
            style.paragraph_format.space_after = Pt(3)
        styles["Subtitle"].font.size = Pt(12.5)
        styles["Subtitle"].font.color.rgb = MUTED

    def _header_footer(self, left: str, right: str, footer_left: str) -> None:
        section = self.document.sections[0]
        for name in ("Header", "Footer"):  # the template's centre and right tabs: one right tab
            style = self.document.styles[name]
            tabs = style.paragraph_format.tab_stops
            tabs.clear_all()
            tabs.add_tab_stop(self.text_width, WD_TAB_ALIGNMENT.RIGHT)
            style.font.size = Pt(8.5)
            style.font.color.rgb = MUTED
        head = section.header.paragraphs[0]
        self._run(head, left, bold=True)
        if right:
            self._run(head, "\t" + right)
        foot = section.footer.paragraphs[0]
        self._run(foot, footer_left)
        # "Pagina {page} van {pages}" on the right, with Word's own fields for the two numbers
        page_of = translated(LABELS["page_of"], self.language)
        for number, piece in enumerate(re.split(r"(\{page\}|\{pages\})", page_of)):
            if piece in FIELDS:
                self._field(foot, FIELDS[piece])
            elif number == 0 or piece:
                self._run(foot, "\t" + piece if number == 0 else piece)

    def _field(self, paragraph: Paragraph, code: str) -> None:
        """A Word field (the page number, the number of pages), updated by Word as it lays out."""
        run = self._run(paragraph, "")
        for kind, text in (("begin", None), (None, f" {code} "), ("separate", None)):
            if kind is not None:
                char = OxmlElement("w:fldChar")
                char.set(qn("w:fldCharType"), kind)
                run._r.append(char)
            else:
                instr = OxmlElement("w:instrText")
                instr.set(qn("xml:space"), "preserve")
                instr.text = text
                run._r.append(instr)
        shown = self._run(paragraph, "1")
        end = OxmlElement("w:fldChar")
        end.set(qn("w:fldCharType"), "end")
        shown._r.append(end)

    @staticmethod
    def _run(
        paragraph: Paragraph,
        text: str,
        *,
        bold: bool = False,
        size: float | None = None,
        color: RGBColor | None = None,
    ) -> Run:
        run = paragraph.add_run(text)
        if bold:
            run.bold = True
        if size:
            run.font.size = Pt(size)
        if color is not None:
            run.font.color.rgb = color
        return run

    # -- content -----------------------------------------------------------------------------
    def _styled(self, text: str, style: str) -> Paragraph:
        """A paragraph in one of Word's built-in styles (set by its id: a name would be
        searched for among all styles on every paragraph)."""
        paragraph = self.document.add_paragraph(text)
        paragraph._p.style = self._style_id[style]
        return paragraph

    def title(self, text: str, *, subtitle: str = "") -> None:
        self._styled(text, "Title")
        if subtitle:
            self._styled(subtitle, "Subtitle")

    def heading(self, text: str, *, level: int = 1) -> None:
        self._styled(text, f"Heading {max(1, min(level, 3))}")

    def paragraph(
        self,
        text: str,
        *,
        lead: str = "",
        muted_tail: str = "",
        muted: bool = False,
        bold: bool = False,
        indent: bool = False,
        shaded: bool = False,
    ) -> Paragraph:
        """One paragraph; a newline in `text` breaks the line."""
        paragraph = self.document.add_paragraph()
        if lead:
            self._run(paragraph, lead + " ", bold=True)
        lines = text.split("\n")
        for number, line in enumerate(lines):
            run = self._run(paragraph, line, bold=bold, color=MUTED if muted else None)
            if muted:
                run.font.size = Pt(9)
            if number < len(lines) - 1:
                run.add_break()
        if muted_tail:
            tail = paragraph.add_run(" " + muted_tail)
            tail._r.style = self._style_id["Muted Text"]
        if indent:
            paragraph.paragraph_format.left_indent = Mm(5)
        if shaded:
            _shade(paragraph._p.get_or_add_pPr(), SHADE)
        return paragraph

    def notes(self, text: str) -> None:
        """Typed notes: a blank line starts a new paragraph."""
        for block in text.replace("\r\n", "\n").split("\n\n"):
            if block.strip():
                self.paragraph(block.strip("\n"))

    def bullets(self, items: Sequence[str]) -> None:
        for item in items:
            self._styled(item, "List Bullet")

    def numbered(self, items: Sequence[str]) -> None:
        for item in items:
            self._styled(item, "List Number")

    def table(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        *,
        widths: Sequence[float],
        shaded: Sequence[int] = (),
        align_right: Sequence[int] = (),
        spans: Sequence[int] = (),
        muted: Sequence[int] = (),
        bold_first: bool = False,
    ) -> None:
        """A table with a header row repeated on every page; no row breaks across pages.
        `widths` are fractions of the text width; rows in `spans` are one cell across the table
        (a note under the row above); `shaded` rows get the alert shade; `bold_first` sets the first
        column in bold (labels)."""
        columns = len(header) if header else len(widths)
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self._style["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        sizes = [int(self.text_width * w) for w in widths]
        if header:
            cells = table.add_row().cells
            for index, value in enumerate(header):
                self._run(cells[index].paragraphs[0], value, bold=True)
                _shade(cells[index]._tc.get_or_add_tcPr(), SHADE)
            _row_properties(table.rows[0], header=True)
        for number, values in enumerate(rows):
            row = table.add_row()
            _row_properties(row, header=False)
            cells = row.cells
            if number in spans:
                cells[0].merge(cells[-1])
                cells = row.cells[:1]
            for index, value in enumerate(values[: len(cells)]):
                paragraph = cells[index].paragraphs[0]
                lines = str(value).split("\n")
                for line_no, line in enumerate(lines):
                    run = paragraph.add_run(line)
                    if number in muted:
                        run._r.style = self._style_id["Muted Text"]
                    if line_no < len(lines) - 1:
                        run.add_break()
                if index in align_right:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if number in shaded:
                    _shade(cells[index]._tc.get_or_add_tcPr(), ALERT_SHADE)
        for index, column in enumerate(table.columns):
            column.width = sizes[min(index, len(sizes) - 1)]
        # A fixed layout (autofit off): Word and LibreOffice take the widths of the grid and
        # of the first row.
        for index, cell in enumerate(table.rows[0].cells if table.rows else ()):
            cell.width = sizes[min(index, len(sizes) - 1)]
        if bold_first:
            for row in table.rows:
                for run in row.cells[0].paragraphs[0].runs:
                    run.bold = True
        self.document.add_paragraph()

    def page_break(self) -> None:
        # what Document.add_page_break() does, through python-docx's typed methods
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, out_path: Path) -> Path:
        """Write the file: readable by the owner only, complete or not at all."""
        return write_output(Path(out_path), lambda temp: self.document.save(str(temp)))


# What follows w:shd in a paragraph's and a cell's properties: Word wants the schema's order.
_AFTER_SHADING = (
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap",
    "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
    "w:noWrap", "w:tcMar", "w:tcFitText", "w:vAlign", "w:hideMark",
)  # fmt: skip


def _shade(properties: BaseOxmlElement, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    properties.insert_element_before(shading, *_AFTER_SHADING)


def _row_properties(row: _Row, *, header: bool) -> None:
    """Never break a row across pages; the header row repeats on every page."""
    properties = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    properties.append(cant_split)
    if header:
        properties.append(OxmlElement("w:tblHeader"))
