"""The page rules every BuurtDesk PDF keeps, whatever its size.

- A heading never stands alone at the foot of a page: `styles.heading()` keeps it with what
  follows (a conditional page break plus keepWithNext). When a table follows a heading, perhaps
  after a short line or two ("Stand: loopt"), `keep_headings` asks room for the heading, those
  lines and the table's header with its first rows, for every document (`base.render_pdf`).
- A table row never splits, a table never leaves a page with only its last row or two, and a
  row keeps the note under it (tables.py).
- A signature block stays with what it signs: put `SignedEnd()` right before it; the block itself
  is kept together.
- No page holds only the last line or two: when the last page holds less than LAST_PAGE_MINIMUM
  of content (not counting a signature block), the document is laid out again with the page
  before it ending earlier, so that more of the text moves over. Only such documents are laid
  out twice.

`PageLayout` is the document template that does the measuring; `base.render_pdf` uses it.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Frame, KeepTogether, PageTemplate, Paragraph

from buurtdesk.documents.reportlab_typed import BaseDocTemplate, CondPageBreak, Flowable, Table

LAST_PAGE_MINIMUM = 22 * mm  # about four lines of body text
MAX_TRIES = 4
ROOMY = 150 * mm  # this much room left holds any heading with the start of its table


class SignedEnd(Flowable):
    """Marks where the signed text ends and its signature block begins (draws nothing)."""

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        return None


class RoomFor(CondPageBreak):
    """A page break unless the rest of the page holds a heading and the start of what follows
    it (for a table: its header and first rows), so that the heading never stands alone."""

    def __init__(self, headings: list[Flowable], following: Flowable) -> None:
        super().__init__(0)
        self.headings, self.following = list(headings), following

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_height > ROOMY:  # plenty of room: no need to measure
            self.height = 0
            return available_width, 0
        need: float = 0.0
        for heading in self.headings:
            _, height = heading.wrapOn(self.canv, available_width, available_height)
            need += height + heading.getSpaceBefore() + heading.getSpaceAfter()
        opening = getattr(self.following, "opening_height", None)
        if opening is not None:
            need += opening(available_width)
        else:
            _, following = self.following.wrapOn(self.canv, available_width, available_height)
            if isinstance(self.following, KeepTogether):  # a short table: it goes whole
                need += float(getattr(self.following, "_H", following))
            else:  # a text needs a few lines of room
                need += min(following, 30 * mm)
        self.height = need
        result: tuple[float, float] = super().wrap(available_width, available_height)
        return result


LEAD_IN_CHARS = 200  # a line this short under a heading goes with the heading to its table
LEAD_INS = 2  # at most this many such lines


def _is_heading(flowable: Flowable) -> bool:
    """A heading, or a label kept with what follows ("Voortgang", "Geld voor dit project")."""
    if not isinstance(flowable, Paragraph):
        return False
    style = flowable.style
    return bool(getattr(style, "keepWithNext", 0)) or style.name.startswith(
        ("Heading", "Subheading")
    )


def _is_lead_in(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and len(flowable.getPlainText()) <= LEAD_IN_CHARS


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """The story with room asked before each heading that leads to a table: for the headings
    in a row, up to LEAD_INS short lines under them and the start of the table (RoomFor). The
    conditional page breaks inside such a run go: a break there would leave a heading alone."""
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        flowable = story[index]
        if not _is_heading(flowable) or (out and _is_heading(out[-1])):
            out.append(flowable)
            index += 1
            continue
        run, chain, end = [flowable], [flowable], index + 1
        while end < len(story) and (_is_heading(story[end]) or type(story[end]) is CondPageBreak):
            run.append(story[end])
            if _is_heading(story[end]):
                chain.append(story[end])
            end += 1
        leads = 0
        while end < len(story) and leads < LEAD_INS and _is_lead_in(story[end]):
            run.append(story[end])
            chain.append(story[end])
            end, leads = end + 1, leads + 1
        if end < len(story) and isinstance(story[end], Table | KeepTogether):
            if out and isinstance(out[-1], CondPageBreak):
                out.pop()  # the heading's own conditional break (or a room asked before)
            out.append(RoomFor(chain, story[end]))
            out += [f for f in run if type(f) is not CondPageBreak]
        else:
            out += run
        index = end
    return out


class PageLayout(BaseDocTemplate):
    """A document template that notes how far down each page the content reached, and can
    end given pages earlier (`short_pages`: page number -> height taken off the bottom)."""

    def __init__(self, *args: Any, short_pages: dict[int, float] | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.short_pages = dict(short_pages or {})
        self.lowest: dict[int, float] = {}  # page -> the lowest y reached
        self.signed_end: tuple[int, float] | None = None  # page and y of SignedEnd

    def add_frame_templates(self, frame: Frame, on_page: Any) -> None:
        templates = [PageTemplate(id="page", frames=[frame], onPage=on_page)]
        for page, cut in self.short_pages.items():
            short = Frame(
                frame._x1,
                frame._y1 + cut,
                frame._width,
                frame._height - cut,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
                id=f"short{page}",
            )
            templates.append(PageTemplate(id=f"short{page}", frames=[short], onPage=on_page))
        self.addPageTemplates(templates)

    def handle_pageBegin(self) -> None:  # noqa: N802 (reportlab's name)
        upcoming = self.page + 1
        wanted = f"short{upcoming}" if upcoming in self.short_pages else "page"
        for template in self.pageTemplates:
            if template.id == wanted:
                self.pageTemplate = template
        super().handle_pageBegin()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        frame = getattr(self, "frame", None)
        if frame is None:
            return
        y = frame._y
        self.lowest[self.page] = min(self.lowest.get(self.page, y), y)
        if isinstance(flowable, SignedEnd):
            self._signature_next = True
        elif getattr(self, "_signature_next", False) and isinstance(flowable, Paragraph | Table):
            # The first text of the signature block: where it starts on its page.
            drawn: float = getattr(flowable, "height", 0) or getattr(flowable, "_height", 0)
            height = float(drawn)
            self.signed_end = (self.page, float(y) + height + float(flowable.getSpaceBefore()))
            self._signature_next = False

    def last_page_content(self, frame_top: float) -> float:
        """How much of the last page the content (before a signature block) takes."""
        pages = self.page
        if self.signed_end is not None and self.signed_end[0] == pages:
            return frame_top - self.signed_end[1]
        if self.signed_end is not None:
            return float(LAST_PAGE_MINIMUM)  # the signature block is not on the last page alone
        return frame_top - float(self.lowest.get(pages, frame_top))


def needs_another_layout(doc: PageLayout, frame_top: float) -> float:
    """The height to take off the page before the last, or 0 when the last page is fine."""
    if doc.page < 2:
        return 0.0
    used = doc.last_page_content(frame_top)
    if used >= LAST_PAGE_MINIMUM:
        return 0.0
    return float(LAST_PAGE_MINIMUM - used + 4 * mm)


def fresh(story: list[Flowable]) -> list[Flowable]:
    """The story ready for another layout: reportlab marks a flowable it moved to the next
    page (`_postponed`) and would refuse to move it again."""
    seen: set[int] = set()

    def clean(item: object) -> None:
        if id(item) in seen:
            return
        seen.add(id(item))
        if isinstance(item, Flowable) and hasattr(item, "_postponed"):
            del item._postponed
        for attribute in ("_content", "_flowables"):
            for inner in getattr(item, attribute, None) or ():
                clean(inner)
        for row in getattr(item, "_cellvalues", None) or ():
            for cell in row:
                for inner in cell if isinstance(cell, list | tuple) else (cell,):
                    clean(inner)

    for flowable in story:
        clean(flowable)
    return list(story)
