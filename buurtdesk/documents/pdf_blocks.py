"""Blocks (blocks.py) as reportlab flowables in the BuurtDesk look, keeping the page rules."""

from __future__ import annotations

from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph

from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    MUTED,
    SHADE,
    DocumentStyles,
    data_table,
    document_styles,
    gap,
    paragraphs,
    text,
)
from buurtdesk.documents.blocks import (
    Block,
    Decision,
    Facts,
    Heading,
    Notes,
    Para,
    Spacing,
    Table,
    Title,
    Tone,
)
from buurtdesk.documents.fonts import markup
from buurtdesk.documents.layout import RoomFor
from buurtdesk.documents.tables import Styled

MUTED_HEX = "#555555"


def flowables(blocks: list[Block]) -> list[Flowable]:
    """The flowables of a list of blocks."""
    styles = document_styles()
    story: list[Flowable] = []
    previous: Block | None = None
    chain: list[Flowable] = []  # the heading paragraphs in a row, kept with what follows
    chain_at = 0  # where the chain's conditional page break stands in the story
    for block in blocks:
        parts = _one(block, styles)
        if isinstance(block, Heading):
            if isinstance(previous, Heading):
                # Headings in a row (an item without notes, then the next): one chain; a
                # page break between them would leave the first one alone.
                parts = [p for p in parts if not isinstance(p, CondPageBreak)]
            else:
                chain, chain_at = [], len(story)
            chain += [p for p in parts if not isinstance(p, CondPageBreak)]
        elif (
            chain and isinstance(previous, Heading) and (len(chain) > 1 or isinstance(block, Table))
        ):
            # Room for the headings and the start of what follows (a table's header and first
            # rows); before a text one heading needs only the conditional page break.
            story[chain_at] = RoomFor(chain, parts[0])
        story += parts
        previous = block
    return story


def _one(block: Block, styles: DocumentStyles) -> list[Flowable]:
    if isinstance(block, Title):
        parts: list[Flowable] = [text(block.text, styles.title)]
        if block.subtitle:
            parts.append(text(block.subtitle, styles.subtitle))
        return parts
    if isinstance(block, Heading):
        # Kept with what follows by the room asked before it (see flowables), not by
        # keep-with-next, which would measure every item twice.
        style = styles.subheading if block.level > 1 else styles.heading
        return [CondPageBreak(30 * mm), text(block.text, style)]
    if isinstance(block, Para):
        return [_para(block, styles)]
    if isinstance(block, Notes):
        return paragraphs(block.text, styles.body)
    if isinstance(block, Facts):
        cells: list[list[Flowable | str | Styled]] = [
            [Styled(label, styles.cell_bold), value] for label, value in block.rows
        ]
        return [
            data_table(cells, col_widths=[CONTENT_WIDTH * 0.2, CONTENT_WIDTH * 0.8], header=False)
        ]
    if isinstance(block, Decision):
        body = f"<b>{markup(block.label)}:</b> {markup(block.text)}"
        if block.details:
            body += f' <font color="{MUTED_HEX}">({markup(", ".join(block.details))})</font>'
        return [Paragraph(body, _decision_style())]
    if isinstance(block, Table):
        return [_table(block, styles)]
    if isinstance(block, Spacing):
        return [gap(block.millimetres)]
    raise TypeError(f"not a block: {block!r}")


def _para(block: Para, styles: DocumentStyles) -> Flowable:
    style = {
        Tone.BODY: styles.body,
        Tone.SMALL: styles.small,
        Tone.BOLD: styles.body_bold,
        Tone.INDENTED: _indented(),
    }[block.tone]
    if not block.lead and not block.muted_tail:
        return text(block.text, style)
    body = (f"<b>{markup(block.lead)}</b> " if block.lead else "") + markup(block.text)
    if block.muted_tail:
        body += f' <font color="{MUTED_HEX}">{markup(block.muted_tail)}</font>'
    return Paragraph(body, style)


@cache
def _indented() -> ParagraphStyle:
    return ParagraphStyle("Indented", parent=document_styles().body, leftIndent=5 * mm)


@cache
def _decision_style() -> ParagraphStyle:
    return ParagraphStyle(
        "Decision",
        parent=document_styles().body,
        leftIndent=5 * mm,
        backColor=SHADE,
        borderPadding=(2, 3, 3, 3),
        spaceBefore=2 * mm,
        spaceAfter=3 * mm,
    )


@cache
def _note_style() -> ParagraphStyle:
    return ParagraphStyle("RowNote", parent=document_styles().cell, textColor=MUTED)


def _table(block: Table, styles: DocumentStyles) -> Flowable:
    rows: list[list[Flowable | str | Styled]] = [list(block.header)]
    shaded: list[int] = []
    notes: list[int] = []
    for row in block.rows:
        if row.alert:
            shaded.append(len(rows))
        first: Flowable | str = row.cells[0]
        if row.details:
            first = Paragraph(
                f'{markup(row.cells[0])}<br/><font size="8.5" color="{MUTED_HEX}">'
                f"{markup(row.details)}</font>",
                styles.cell,
            )
        cells: list[Flowable | str | Styled] = [first, *row.cells[1:]]
        if row.alert:
            cells[-1] = Styled(row.cells[-1], styles.alert)
        rows.append(cells)
        if row.note.strip():
            notes.append(len(rows))
            rows.append([row.note.strip()])
    table = data_table(
        rows,
        col_widths=[CONTENT_WIDTH * w for w in block.widths],
        align_right=block.align_right,
        shaded_rows=shaded,
        wide_rows=notes,
        wide_style=_note_style(),
    )
    if len(block.rows) <= 3:
        return KeepTogether([table])
    return table
