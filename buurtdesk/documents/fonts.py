"""The bundled open fonts, and text turned into paragraph markup that never shows a missing glyph.

Body text is set in Atkinson Hyperlegible (OFL). A character it lacks falls back, per character,
to DejaVu Sans (symbols, Greek, Cyrillic, arrows, ...) and then to Symbola (emoji and other
pictographs). Joiners and variation selectors that no font draws are dropped; anything else no
bundled font has becomes a white square, so a PDF never contains an empty or undefined glyph.
The fallback fonts are read from disk only the first time a text needs them.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from buurtdesk.paths import resources_folder

BODY = "BuurtDesk"
BODY_BOLD = "BuurtDesk-Bold"
BODY_ITALIC = "BuurtDesk-Italic"
BODY_BOLD_ITALIC = "BuurtDesk-BoldItalic"
SYMBOLS = "BuurtDeskSymbols"
SYMBOLS_BOLD = "BuurtDeskSymbols-Bold"
EMOJI = "BuurtDeskEmoji"

_BODY_FILES = {
    BODY: "AtkinsonHyperlegible-Regular.ttf",
    BODY_BOLD: "AtkinsonHyperlegible-Bold.ttf",
    BODY_ITALIC: "AtkinsonHyperlegible-Italic.ttf",
    BODY_BOLD_ITALIC: "AtkinsonHyperlegible-BoldItalic.ttf",
}
_SYMBOL_FILES = {SYMBOLS: "DejaVuSans.ttf", SYMBOLS_BOLD: "DejaVuSans-Bold.ttf"}
_EMOJI_FILE = "Symbola.ttf"
MISSING_GLYPH = "\u25a1"  # white square, drawn from DejaVu Sans

_lock = threading.Lock()


def fonts_folder() -> Path:
    return resources_folder() / "fonts"


@dataclass
class _Coverage:
    body: frozenset[int] = frozenset()
    body_chars: frozenset[str] = frozenset()  # the same, as characters: set tests run in C
    symbols: frozenset[int] | None = None
    emoji: frozenset[int] | None = None


_coverage = _Coverage()


def _load(name: str, filename: str) -> frozenset[int]:
    font = TTFont(name, str(fonts_folder() / filename))
    pdfmetrics.registerFont(font)
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


def register_fonts() -> None:
    """Register the body family (idempotent, thread-safe). Every document calls this first."""
    with _lock:
        if _coverage.body:
            return
        chars = frozenset[int]()
        for name, filename in _BODY_FILES.items():
            loaded = _load(name, filename)
            if name == BODY:
                chars = loaded
        pdfmetrics.registerFontFamily(
            BODY, normal=BODY, bold=BODY_BOLD, italic=BODY_ITALIC, boldItalic=BODY_BOLD_ITALIC
        )
        _coverage.body_chars = frozenset(chr(code) for code in chars)
        _coverage.body = chars


def _symbols() -> frozenset[int]:
    with _lock:
        if _coverage.symbols is None:
            chars = _load(SYMBOLS, _SYMBOL_FILES[SYMBOLS])
            _load(SYMBOLS_BOLD, _SYMBOL_FILES[SYMBOLS_BOLD])
            # <b> inside <font face="BuurtDeskSymbols"> picks the bold DejaVu.
            addMapping(SYMBOLS, 0, 0, SYMBOLS)
            addMapping(SYMBOLS, 1, 0, SYMBOLS_BOLD)
            addMapping(SYMBOLS, 0, 1, SYMBOLS)
            addMapping(SYMBOLS, 1, 1, SYMBOLS_BOLD)
            _coverage.symbols = chars
        return _coverage.symbols


def _emoji() -> frozenset[int]:
    with _lock:
        if _coverage.emoji is None:
            chars = _load(EMOJI, _EMOJI_FILE)
            for bold in (0, 1):
                for italic in (0, 1):
                    addMapping(EMOJI, bold, italic, EMOJI)
            _coverage.emoji = chars
        return _coverage.emoji


def _drop(char: str) -> bool:
    """Invisible characters no font needs to draw: joiners, variation selectors, controls."""
    category = unicodedata.category(char)
    code = ord(char)
    return (
        category in ("Cc", "Cf", "Mn", "Cs", "Co", "Cn")
        or 0xFE00 <= code <= 0xFE0F  # variation selectors
        or 0x1F3FB <= code <= 0x1F3FF  # skin tones: the plain emoji stands without them
    )


def _face_for(char: str) -> str | None:
    """The fallback font for a character the body font lacks; None to leave it out."""
    code = ord(char)
    if code in _symbols():
        return SYMBOLS
    if code in _emoji():
        return EMOJI
    return None


def is_plain(text: str) -> bool:
    """True when the body font has every character and there is no line break: such a text
    can be drawn as a plain string, without paragraph markup (much faster)."""
    register_fonts()
    return _coverage.body_chars.issuperset(text)


def markup(text: str) -> str:
    """Plain text as safe paragraph markup: escaped, with per-character font fallback.

    Line breaks become <br/>; tabs become spaces. The result is meant for a reportlab
    Paragraph in one of the styles of `base.document_styles`.
    """
    register_fonts()
    body = _coverage.body
    text = (
        unicodedata.normalize("NFC", text)
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\t", "    ")
    )
    if _coverage.body_chars.issuperset(text.replace("\n", "")):
        return escape(text).replace("\n", "<br/>")
    parts: list[str] = []
    run_face: str | None = None
    run: list[str] = []

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        parts.append(chunk if run_face is None else f'<font face="{run_face}">{chunk}</font>')
        run.clear()

    for char in text:
        face: str | None
        if char == "\n" or ord(char) in body:
            face = None
        elif 0x1F3FB <= ord(char) <= 0x1F3FF:
            continue
        else:
            found = _face_for(char)
            if found is None:
                if _drop(char):
                    continue
                char, found = MISSING_GLYPH, SYMBOLS
            face = found
        if face != run_face:
            flush()
            run_face = face
        run.append(char)
    flush()
    return "".join(parts)
