"""Make the bundled body font's zero a plain oval, without the slash.

Atkinson Hyperlegible (1.006, and Atkinson Hyperlegible Next 2.001 alike) draws the zero with a
slash and has no alternate glyph or feature for a plain one; Dutch readers take "2Ø18" for a
typo. This script takes the four original faces and writes a derived family
"Atkinson Hyperlegible BuurtDesk" (SIL OFL 1.1 allows modified versions; the original declares
no reserved font name) in which the two counters split by the slash become one oval counter.
Every other glyph, the metrics and the kerning stay as they are; the zero keeps its width, so it
stays narrower than the letter O.

    pip install fonttools
    python scripts/plain_zero_fonts.py ORIGINALS_FOLDER resources/fonts

ORIGINALS_FOLDER holds AtkinsonHyperlegible-{Regular,Bold,Italic,BoldItalic}.ttf as
published by the Braille Institute (also in the PyPI package fontpkg-atkinson-hyperlegible).
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables import ttProgram

FACES = ("Regular", "Bold", "Italic", "BoldItalic")
FAMILY = "Atkinson Hyperlegible BuurtDesk"
POSTSCRIPT_FAMILY = "AtkinsonHyperlegibleBuurtDesk"


def _contours(glyph, glyf):  # type: ignore[no-untyped-def]
    coords, ends, flags = glyph.getCoordinates(glyf)
    start = 0
    result = []
    for end in ends:
        result.append([(coords[i], flags[i] & 1) for i in range(start, end + 1)])
        start = end + 1
    return result


def _box(points: list[tuple[tuple[float, float], int]]) -> tuple[float, float, float, float]:
    xs = [p[0][0] for p in points]
    ys = [p[0][1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def plain_zero(font: TTFont) -> None:
    """Replace the slashed zero's counters by the outer contour, scaled in and reversed."""
    glyf = font["glyf"]
    glyph = glyf["zero"]
    outer, *counters = _contours(glyph, glyf)
    if not counters:
        return
    slant = math.tan(math.radians(-font["post"].italicAngle))

    def upright(x: float, y: float) -> tuple[float, float]:
        return x - y * slant, y

    def slanted(x: float, y: float) -> tuple[float, float]:
        return x + y * slant, y

    flat_outer = [(upright(*p), on) for p, on in outer]
    flat_counters = [[(upright(*p), on) for p, on in c] for c in counters]
    ox0, oy0, ox1, oy1 = _box(flat_outer)
    boxes = [_box(c) for c in flat_counters]
    ix0, iy0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
    ix1, iy1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
    sx, sy = (ix1 - ix0) / (ox1 - ox0), (iy1 - iy0) / (oy1 - oy0)
    inner = [
        (slanted(ix0 + (x - ox0) * sx, iy0 + (y - oy0) * sy), on)
        for (x, y), on in reversed(flat_outer)
    ]
    pen = TTGlyphPen(None)
    for contour in (outer, inner):
        _draw(pen, [((round(x), round(y)), on) for (x, y), on in contour])
    new = pen.glyph()
    new.program = ttProgram.Program()
    new.program.fromBytecode(b"")
    glyf["zero"] = new
    new.recalcBounds(glyf)


def _draw(pen: TTGlyphPen, points: list[tuple[tuple[int, int], int]]) -> None:
    """One closed quadratic contour given as (point, on-curve) pairs."""
    start = next((i for i, (_, on) in enumerate(points) if on), None)
    if start is None:
        pen.qCurveTo(*[p for p, _ in points], None)
        pen.closePath()
        return
    points = points[start:] + points[:start]
    pen.moveTo(points[0][0])
    offs: list[tuple[int, int]] = []
    for point, on in points[1:] + points[:1]:
        if on:
            if offs:
                pen.qCurveTo(*offs, point)
                offs = []
            else:
                pen.lineTo(point)
        else:
            offs.append(point)
    pen.closePath()


def rename(font: TTFont, face: str) -> None:
    style = {"BoldItalic": "Bold Italic"}.get(face, face)
    table = font["name"]
    version = table.getDebugName(5) or ""
    values = {
        1: FAMILY,
        3: f"1.006;BuurtDesk;{POSTSCRIPT_FAMILY}-{face}",
        4: f"{FAMILY} {style}" if face != "Regular" else FAMILY,
        5: f"{version}; plain zero for BuurtDesk",
        6: f"{POSTSCRIPT_FAMILY}-{face}",
    }
    for record in list(table.names):
        if record.nameID in (16, 17, 21, 22):
            table.removeNames(nameID=record.nameID)
    for name_id, value in values.items():
        table.setName(value, name_id, 3, 1, 0x409)
        table.setName(value, name_id, 1, 0, 0)


def main(source: Path, target: Path) -> None:
    for face in FACES:
        font = TTFont(source / f"AtkinsonHyperlegible-{face}.ttf")
        plain_zero(font)
        rename(font, face)
        font.save(target / f"AtkinsonHyperlegible-{face}.ttf")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
