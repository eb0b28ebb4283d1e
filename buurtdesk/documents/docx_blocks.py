"""Blocks (blocks.py) as a Word document (word.py): the editable copy of a document.

The meetings' Word copies are made in meetings/word_copy.py. The Word copy holds the same text as the PDF, which stays the archival version; a Word copy
of adopted minutes says "Vastgesteld op …" at the foot of every page too.
"""

from __future__ import annotations

from buurtdesk.documents.blocks import (
    Block,
    Decision,
    Facts,
    Heading,
    Notes,
    Para,
    Spacing,
    Story,
    Table,
    Title,
    Tone,
)
from buurtdesk.documents.word import WordDocument
from buurtdesk.services.views import CouncilView


def word_document(story: Story, council: CouncilView) -> WordDocument:
    doc = WordDocument(
        title=story.title,
        author=council.name,
        language=str(council.language),
        subject=story.subject,
        header_left=council.name,
        header_right=story.running_title,
        footer_left=story.status,
    )
    for block in story.blocks:
        _one(doc, block)
    return doc


def _one(doc: WordDocument, block: Block) -> None:
    if isinstance(block, Title):
        doc.title(block.text, subtitle=block.subtitle)
    elif isinstance(block, Heading):
        doc.heading(block.text, level=block.level)
    elif isinstance(block, Para):
        doc.paragraph(
            block.text,
            lead=block.lead,
            muted_tail=block.muted_tail,
            muted=block.tone == Tone.SMALL,
            bold=block.tone == Tone.BOLD,
            indent=block.tone == Tone.INDENTED,
        )
    elif isinstance(block, Notes):
        doc.notes(block.text)
    elif isinstance(block, Facts):
        doc.table((), [list(row) for row in block.rows], widths=(0.22, 0.78), bold_first=True)
    elif isinstance(block, Decision):
        tail = f"({', '.join(block.details)})" if block.details else ""
        doc.paragraph(block.text, lead=f"{block.label}:", muted_tail=tail, indent=True, shaded=True)
    elif isinstance(block, Table):
        _table(doc, block)
    elif isinstance(block, Spacing):
        return
    else:
        raise TypeError(f"not a block: {block!r}")


def _table(doc: WordDocument, block: Table) -> None:
    rows: list[list[str]] = []
    spans: list[int] = []
    shaded: list[int] = []
    for row in block.rows:
        first = row.cells[0] + (f"\n{row.details}" if row.details else "")
        if row.alert:
            shaded.append(len(rows))
        rows.append([first, *row.cells[1:]])
        if row.note.strip():
            spans.append(len(rows))
            rows.append([row.note.strip()])
    doc.table(
        block.header,
        rows,
        widths=block.widths,
        shaded=shaded,
        align_right=block.align_right,
        spans=spans,
        muted=spans,
    )
