"""What every BuurtDesk PDF must satisfy, as reusable checks for the document tests."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"(?:\+31|0031|0)[\s-]?\d{1,3}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}")


def flat_text(path: Path) -> str:
    """All text of the PDF with whitespace collapsed, so wrapped lines read as one."""
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "") for page in reader.pages).split())


def assert_in_order(text: str, expected: list[str]) -> None:
    """Each expected string occurs in the text, each after the previous one."""
    position = 0
    for wanted in expected:
        flat = " ".join(wanted.split())
        found = text.find(flat, position)
        assert found >= 0, f"{flat!r} not found (in this order) after position {position}"
        position = found + len(flat)


def assert_no_contact_details(text: str) -> None:
    assert not EMAIL.search(text), f"an e-mail address is in the PDF: {EMAIL.search(text)}"
    assert not PHONE.search(text), f"a phone number is in the PDF: {PHONE.search(text)}"


def assert_fonts_embedded(path: Path) -> set[str]:
    """Every font on every page has its program embedded (FontFile2 for TrueType)."""
    names: set[str] = set()
    with pikepdf.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            fonts = page.obj.Resources.get("/Font", {})
            for key, font in fonts.items():
                descriptor = font.get("/FontDescriptor")
                for descendant in font.get("/DescendantFonts", []):
                    descriptor = descendant.get("/FontDescriptor")
                assert descriptor is not None, (
                    f"page {number}: font {key} {font.get('/BaseFont')} has no descriptor (not embedded)"
                )
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), (
                    f"page {number}: font {font.get('/BaseFont')} is not embedded"
                )
                names.add(str(font.BaseFont))
    return names


def assert_pdfa_markers(path: Path, *, language: str) -> None:
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta.get("pdfaid:part") == "2"
        assert meta.get("pdfaid:conformance") == "B"
        assert meta.get("dc:title")
        assert language in meta.get("dc:language", set())
        intents = pdf.Root.OutputIntents
        assert len(intents) == 1
        assert intents[0].S == "/GTS_PDFA1"
        profile = intents[0].DestOutputProfile.read_bytes()
        assert profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
        assert str(pdf.Root.Lang) == language
        assert str(pdf.docinfo.Title) == str(meta.get("dc:title"))
        assert pdf.docinfo.Author and pdf.docinfo.Subject


def qpdf_check(path: Path) -> None:
    qpdf = shutil.which("qpdf")
    if qpdf is None:
        pytest.skip("qpdf is not installed (apt-get install qpdf): the structural check cannot run")
    result = subprocess.run(
        [qpdf, "--check", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def assert_text_inside_pages(path: Path) -> int:
    """Every piece of text starts inside the page box (pypdf) and, where poppler is
    installed, every word's box ends inside it too. Returns the number of pieces checked."""
    reader = PdfReader(str(path))
    checked = 0
    for number, page in enumerate(reader.pages, start=1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        outside: list[tuple[str, float, float]] = []

        def visit(
            text: str,
            cm: list[float],
            tm: list[float],
            _font: object,
            _size: object,
            width: float = width,
            height: float = height,
            outside: list[tuple[str, float, float]] = outside,
        ) -> None:
            nonlocal checked
            if not text.strip():
                return
            x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
            y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
            checked += 1
            if not (0 <= x <= width and 0 <= y <= height):
                outside.append((text[:30], x, y))

        page.extract_text(visitor_text=visit)
        assert not outside, f"page {number}: text outside the page: {outside[:3]}"
    pdftotext = shutil.which("pdftotext")
    if pdftotext is not None:
        html = subprocess.run(
            [pdftotext, "-bbox", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8", errors="replace")
        page_width = float(re.search(r'<page width="([\d.]+)"', html).group(1))  # type: ignore[union-attr]
        for match in re.finditer(
            r'<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)"[^>]*>([^<]*)<', html
        ):
            x_min, x_max, word = float(match.group(1)), float(match.group(2)), match.group(3)
            # 20 mm margins: text must stay inside them (with a point of rounding).
            assert x_min >= 55.5 and x_max <= page_width - 55.5, (
                f"word runs off the text area: {word[:40]!r} {x_min}-{x_max}"
            )
    return checked
