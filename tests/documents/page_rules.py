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
