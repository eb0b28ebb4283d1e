"""The look of BuurtDesk: a bundled legible font, big calm type, palette-aware styles."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from buurtdesk.paths import resources_folder

BASE_POINT_SIZE = 11.5
PREFERRED_FAMILIES = ("Atkinson Hyperlegible", "Atkinson Hyperlegible Next", "DejaVu Sans")

STYLE_SHEET = """
QWidget#sidebar { background: palette(alternate-base); }
QListWidget#sections { border: none; background: transparent; outline: 0; }
QListWidget#sections::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sections::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame.card { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QLabel.cardTitle { font-weight: 600; color: palette(text); }
QLabel.bigNumber { font-size: %(big)dpt; font-weight: 700; }
QLabel.warning { color: #b3261e; font-weight: 600; }
QLabel.muted { color: palette(placeholder-text); }
QLabel#pageTitle { font-size: %(title)dpt; font-weight: 700; }
"""


def load_bundled_fonts() -> str | None:
    """Register the fonts shipped in resources/fonts; return the family used for the UI."""
    folder = resources_folder() / "fonts"
    families: set[str] = set()
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
    available = families | set(QFontDatabase.families())
    return next((family for family in PREFERRED_FAMILIES if family in available), None)


def apply_style(app: QApplication, text_scale: float = 1.0) -> None:
    """Big default type (≥ 11 pt) scaled by the user's text-size setting (100–200 %)."""
    scale = min(2.0, max(1.0, text_scale))
    family = load_bundled_fonts()
    font = QFont(family) if family else QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    size = BASE_POINT_SIZE * scale
    app.setStyleSheet(STYLE_SHEET % {"big": round(size * 2.2), "title": round(size * 1.6)})
