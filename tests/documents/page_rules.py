"""The page rules read back from a PDF, page by page (pypdf's text, in drawing order)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

MIN_LAST_PAGE_LINES = 3


def content_lines(path: Path) -> list[list[str]]:
    """Each page's lines without the page frame: the header's two lines (council, running
    title) and the footer (status line, 'Pagina x van y')."""
    pages: list[list[str]] = []
    for page in PdfReader(str(path)).pages:
        lines = [line.strip() for line in (page.extract_text() or "").splitlines() if line.strip()]
        lines = lines[2:]
        while lines and (lines[-1].startswith(("Pagina ", "Page ")) or _is_status(lines[-1])):
            lines.pop()
        pages.append(lines)
    return pages


def _is_status(line: str) -> bool:
    return line.startswith(
        ("Concept", "Vastgesteld op", "Gewijzigd vastgesteld", "Stand van zaken", "Draft")
    )


def flat(text: str) -> str:
    return " ".join(text.split())


def check_page_rules(
    path: Path, *, headings: list[str], rows: list[str] = (), signature: str = ""
) -> list[str]:
    """What breaks the rules, as sentences (empty: all kept).

    - no page but the last ends with a heading;
    - the last page of a document of several pages holds at least MIN_LAST_PAGE_LINES lines
      (not counting a signature block that starts with `signature`);
    - each of `rows` (a table row's text) stands whole on one page.
    """
    pages = content_lines(path)
    problems: list[str] = []
    heading_texts = {flat(h) for h in headings}
    for number, lines in enumerate(pages[:-1], start=1):
        if not lines:
            problems.append(f"page {number} is empty")
            continue
        tail = {flat(lines[-1]), flat(" ".join(lines[-2:])), flat(" ".join(lines[-3:]))}
        if tail & heading_texts:
            problems.append(f"page {number} ends with the heading {lines[-1]!r}")
    if len(pages) > 1:
        last = pages[-1]
        if signature and any(line.startswith(signature) for line in last):
            last = last[: next(i for i, line in enumerate(last) if line.startswith(signature))]
        if len(last) < MIN_LAST_PAGE_LINES:
            problems.append(f"the last page holds only {last!r}")
    texts = [flat(" ".join(lines)) for lines in pages]
    for row in rows:
        if not any(flat(row) in text for text in texts):
            problems.append(f"the row {row[:40]!r} is split over two pages")
    return problems


BODY_TOP, BODY_BOTTOM = 757.0, 68.0  # the page frame (points): header above, footer below


def _body_lines(page: object) -> list[tuple[str, bool]]:
    """A page's lines inside the frame, top to bottom, each with whether it is a heading: a
    line of bold text of body size or larger (table cells are smaller)."""
    runs: dict[float, list[tuple[str, bool]]] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        y = tm[5] * cm[3] + cm[5]
        if not text.strip() or not BODY_BOTTOM < y < BODY_TOP:
            return
        name = str(font.get("/BaseFont", "")) if isinstance(font, dict) else ""
        bold = "Bold" in name and size * (tm[3] or 1) >= 10.5
        runs.setdefault(round(y, 1), []).append((text.strip(), bold))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return [
        (" ".join(t for t, _ in parts), all(b for _, b in parts))
        for _, parts in sorted(runs.items(), key=lambda item: -item[0])
    ]


def headings_left_alone(path: Path) -> list[str]:
    """Pages whose last heading has what follows it on the next page: nothing under it on its
    own page, or a single line while the next page goes on with that heading's content (a
    table, more text) instead of a new heading. Found by the fonts, so no heading texts are
    needed."""
    pages = [_body_lines(page) for page in PdfReader(str(path)).pages]
    problems = []
    for number, lines in enumerate(pages[:-1], start=1):
        headings = [i for i, (_, heading) in enumerate(lines) if heading]
        if not headings:
            continue
        last = headings[-1]
        under = lines[last + 1 :]
        following = pages[number]
        next_is_heading = bool(following) and following[0][1]
        if not under or (len(under) == 1 and not next_is_heading):
            tail = " / ".join(text for text, _ in lines[last:])
            problems.append(f"page {number} ends with the heading {tail!r}")
    return problems
