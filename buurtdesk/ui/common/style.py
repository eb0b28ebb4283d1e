"""The look of BuurtDesk: a bundled legible font, big calm type, palette-aware styles."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLayout,
    QListWidget,
    QScrollArea,
    QTreeWidget,
    QWidget,
)

from buurtdesk.paths import resources_folder

BASE_POINT_SIZE = 11.5
# The bundled face is Atkinson Hyperlegible with a plain (unslashed) zero, see resources/fonts/README.md.
PREFERRED_FAMILIES = (
    "Atkinson Hyperlegible BuurtDesk",
    "Atkinson Hyperlegible",
    "Atkinson Hyperlegible Next",
    "DejaVu Sans",
)

STYLE_SHEET = """
QWidget#sidebar { background: palette(alternate-base); }
QListWidget#sections { border: none; background: transparent; outline: 0; }
QListWidget#sections::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; }
QListWidget#sections::item:selected { background: palette(highlight); color: palette(highlighted-text); }
QFrame.card { border: 1px solid palette(mid); border-radius: 10px; background: palette(base); }
QLabel.cardTitle { font-weight: 600; color: palette(text); }
QLabel.bigNumber { font-size: %(big)dpt; font-weight: 700; }
QLabel.warning { color: %(warning)s; font-weight: 600; }
QLabel.muted { color: palette(placeholder-text); }
QLabel#pageTitle { font-size: %(title)dpt; font-weight: 700; }
QCheckBox::indicator, QRadioButton::indicator, QGroupBox::indicator,
QAbstractItemView::indicator { width: %(indicator)s; height: %(indicator)s; }
"""

# The boxes to tick grow with the text beside them: as tall as most of a line of that text
# (1 em is a line's height here), at any text size and in a larger font of its own.
INDICATOR_SIZE = "0.8em"

# The boxes and rounds to tick are drawn from the pictures in resources/icons/indicators, one
# set per theme: an edge that stands out from the theme's background at least 3:1 (the style's
# own edge is a pale grey on white and a shade darker than a dark window) and a tick or dot
# when chosen, at any size.
INDICATOR_SHEET = """
QCheckBox::indicator:unchecked, QGroupBox::indicator:unchecked,
QAbstractItemView::indicator:unchecked { image: url("%(folder)s/%(theme)s-box-off.svg"); }
QCheckBox::indicator:checked, QGroupBox::indicator:checked,
QAbstractItemView::indicator:checked { image: url("%(folder)s/%(theme)s-box-on.svg"); }
QRadioButton::indicator:unchecked { image: url("%(folder)s/%(theme)s-radio-off.svg"); }
QRadioButton::indicator:checked { image: url("%(folder)s/%(theme)s-radio-on.svg"); }
"""

# High contrast: the fields and the buttons get a white edge (the style's own edge is a shade
# darker than the black window, so an empty field would show as nothing at all and a button as
# a plain label), yellow with the keyboard focus; the default button a thicker one. Disabled
# fields and buttons are grey with a dashed edge (their text dimmer in every theme, see
# apply_theme). Drop-down lists and number and date fields the same edge, with their arrows
# drawn white in a part of their own (the style's grey arrows vanish on black). The boxes to
# tick, see INDICATOR_SHEET.
CONTRAST_SHEET = """
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractItemView, QComboBox, QAbstractSpinBox {
    border: 1px solid #ffffff; }
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractItemView:focus,
QComboBox:focus, QAbstractSpinBox:focus { border: 2px solid #ffff00; }
QPushButton, QToolButton { border: 1px solid #ffffff; border-radius: 4px; padding: 2px 6px;
    background: #000000; color: #ffffff; }
QPushButton:default { border: 2px solid #ffffff; }
QPushButton:hover, QToolButton:hover { background: #262626; }
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {
    background: #404040; }
QPushButton:focus, QToolButton:focus { border: 2px solid #ffff00; }
QComboBox::drop-down { subcontrol-origin: padding; subcontrol-position: center right;
    width: 1.1em; border-left: 1px solid #ffffff; }
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button { subcontrol-origin: border;
    width: 1.1em; border-left: 1px solid #ffffff; }
QAbstractSpinBox::up-button { subcontrol-position: top right; border-bottom: 1px solid #ffffff; }
QAbstractSpinBox::down-button { subcontrol-position: bottom right; }
QComboBox::down-arrow, QAbstractSpinBox::down-arrow {
    image: url("%(folder)s/contrast-arrow-down-on.svg"); width: 0.6em; height: 0.6em; }
QAbstractSpinBox::up-arrow {
    image: url("%(folder)s/contrast-arrow-up-on.svg"); width: 0.6em; height: 0.6em; }
QComboBox::down-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {
    image: url("%(folder)s/contrast-arrow-down-off.svg"); }
QAbstractSpinBox::up-arrow:disabled { image: url("%(folder)s/contrast-arrow-up-off.svg"); }
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled, QAbstractItemView:disabled,
QComboBox:disabled, QAbstractSpinBox:disabled, QPushButton:disabled, QToolButton:disabled {
    border: 1px dashed #a8a8a8; color: #a8a8a8; }
"""


UI_FONT_FILES = "AtkinsonHyperlegible-*.ttf"  # the screens' own font; the others are fallbacks


@cache
def load_bundled_fonts() -> str | None:
    """Register the screens' font shipped in resources/fonts; return the family used for the
    UI. The fallback fonts (wide coverage, symbols) are registered after the first paint."""
    families = _register(sorted((resources_folder() / "fonts").glob(UI_FONT_FILES)))
    if not any(family in families for family in PREFERRED_FAMILIES):
        families |= set(QFontDatabase.families())
    return next((family for family in PREFERRED_FAMILIES if family in families), None)


@cache
def load_fallback_fonts() -> None:
    """The other bundled fonts (DejaVu Sans, Symbola): glyphs the screens' font lacks."""
    folder = resources_folder() / "fonts"
    _register(
        [
            p
            for p in sorted(folder.glob("*.ttf")) + sorted(folder.glob("*.otf"))
            if not p.match(UI_FONT_FILES)
        ]
    )


def _register(paths: list[Path]) -> set[str]:
    families: set[str] = set()
    for path in paths:
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return families


# Warnings per theme: legible on the theme's background (at least 4.5:1, see test_preferences).
# The screens name these tones through warning_colour(), success_colour() and muted_colour(),
# never as fixed colours: a dark red that reads on white is lost on the dark theme's grey.
WARNING_COLOURS = {"light": "#b3261e", "dark": "#ff8a80", "contrast": "#ff9e9e"}
SUCCESS_COLOURS = {"light": "#1b5e20", "dark": "#8fd694", "contrast": "#8cff8c"}
MUTED_COLOURS = {"light": "#5f6368", "dark": "#a0a4ab", "contrast": "#c0c0c0"}


class _Shown:
    scale = 1.0
    theme = "light"


def warning_colour() -> str:
    """The colour of a warning in the theme shown now."""
    return WARNING_COLOURS.get(_Shown.theme, WARNING_COLOURS["light"])


def success_colour() -> str:
    """The colour of a message that something worked, in the theme shown now."""
    return SUCCESS_COLOURS.get(_Shown.theme, SUCCESS_COLOURS["light"])


def muted_colour() -> str:
    """The colour of text that matters less (a withdrawn decision, a closed row), in the theme shown now."""
    return MUTED_COLOURS.get(_Shown.theme, MUTED_COLOURS["light"])


def _apply_sheet(app: QApplication) -> None:
    size = BASE_POINT_SIZE * _Shown.scale
    sheet = STYLE_SHEET + INDICATOR_SHEET
    sheet += CONTRAST_SHEET if _Shown.theme == "contrast" else ""
    app.setStyleSheet(
        sheet
        % {
            "big": round(size * 2.2),
            "title": round(size * 1.6),
            "warning": warning_colour(),
            "indicator": INDICATOR_SIZE,
            "folder": (resources_folder() / "icons" / "indicators").as_posix(),
            "theme": _Shown.theme,
        }
    )


def apply_style(app: QApplication, text_scale: float = 1.0) -> None:
    """Big default type (≥ 11 pt) scaled by the user's text-size setting (100–200 %)."""
    scale = min(2.0, max(1.0, text_scale))
    family = load_bundled_fonts()
    font = QFont(family) if family else QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    app.setFont(font)
    _Shown.scale = scale
    _apply_sheet(app)


def apply_theme(app: QApplication, theme: str) -> None:
    """Colours: follow the system, or a fixed light, dark or high-contrast palette."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QPalette

    hints = app.styleHints()
    dark_system = hints.colorScheme() == Qt.ColorScheme.Dark
    _Shown.theme = theme if theme in WARNING_COLOURS else ("dark" if dark_system else "light")
    _apply_sheet(app)
    if theme == "system":
        hints.unsetColorScheme()
        app.setPalette(app.style().standardPalette())
        return
    if theme in ("light", "dark"):
        hints.setColorScheme(Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light)
    colours = {
        "light": ("#ffffff", "#f3f4f6", "#1b1b1b", "#1f6fb2", "#ffffff", "#c9ccd1", "#6b7280"),
        "dark": ("#1e1f22", "#2b2d31", "#ececec", "#4c9be8", "#0b0b0b", "#4b4f57", "#a0a4ab"),
        # High contrast: placeholders clearly dimmer than text (an empty field looks empty).
        "contrast": ("#000000", "#000000", "#ffffff", "#ffff00", "#000000", "#ffffff", "#a8a8a8"),
    }[theme if theme in ("light", "dark", "contrast") else "light"]
    base, window, text, highlight, highlighted_text, mid, placeholder = (QColor(c) for c in colours)
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, base),
        (
            QPalette.ColorRole.AlternateBase,
            window.lighter(110) if theme != "light" else QColor("#eef0f3"),
        ),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Text, text),
        (QPalette.ColorRole.ButtonText, text),
        (QPalette.ColorRole.Button, window),
        (QPalette.ColorRole.Highlight, highlight),
        (QPalette.ColorRole.HighlightedText, highlighted_text),
        (QPalette.ColorRole.Mid, mid),
        (QPalette.ColorRole.PlaceholderText, placeholder),
        (QPalette.ColorRole.ToolTipBase, base),
        (QPalette.ColorRole.ToolTipText, text),
        (QPalette.ColorRole.Link, highlight),
    ):
        palette.setColor(role, colour)
    # Disabled fields, buttons and labels are clearly dimmer than enabled ones (the placeholder
    # grey: still legible, but not as bright as what can be used).
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, placeholder)
    app.setPalette(palette)


class DialogFitter(QObject):
    """A dialog grows to show its messages: when shown, and whenever its layout changes (a
    warning appears), it takes the size its contents need, wrapped text included, up to the
    screen's size. It never shrinks what the user made larger. Installed on one dialog by
    `grows_with_messages`."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.LayoutRequest) and isinstance(
            watched, QWidget
        ):
            if event.type() == QEvent.Type.Show:
                reflow_texts(watched)
            QTimer.singleShot(0, self, lambda dialog=watched: fit_dialog(dialog))
        return False


def grows_with_messages(dialog: QDialog) -> None:
    """Let `dialog` grow to show its messages (see DialogFitter); call in its constructor."""
    dialog.installEventFilter(DialogFitter(dialog))


def reflow_texts(root: QWidget) -> None:
    """Lists and trees wrap their lines (rows as tall as their text, see rows.py) and page
    titles wrap, rather than scrolling or widening the page: for a page or dialog built
    elsewhere."""
    if bool(root.findChildren(QListWidget)) or bool(root.findChildren(QTreeWidget)):
        # the rows' code (and its Qt enums) loads with the first page that has a list
        from buurtdesk.ui.common.rows import wrap_all_rows

        wrap_all_rows(root)
    for label in root.findChildren(QLabel, "pageTitle"):
        label.setWordWrap(True)


def fit_dialog(dialog: QWidget) -> None:
    """`dialog` at the size its contents need, wrapped text included, within the screen (its
    title bar too). Taller than that: the contents scroll and the buttons stay in sight."""
    if not shiboken6.isValid(dialog) or not dialog.isVisible():
        return
    # loaded with the first dialog shown, not before the first window is painted
    from buurtdesk.ui.common.dialog_body import BODY, body_height, room_on_screen, scrolling_body

    layout = dialog.layout()
    if layout is None:
        return
    max_width, max_height = room_on_screen(dialog)
    layout.activate()
    width = min(max_width, max(dialog.width(), dialog.sizeHint().width()))
    height = _height_for(layout, width)
    body = dialog.findChild(QScrollArea, BODY)
    if body is None and height > max_height:
        body = scrolling_body(dialog)
        layout.activate()
    if body is not None:  # what the scrolled contents ask for, and what is around them
        around = _height_for(layout, width) - body.sizeHint().height()
        bar = body.verticalScrollBar().sizeHint().width()
        height = around + body_height(body, width - bar)
    height = min(max_height, max(dialog.height(), height))
    if (width, height) != (dialog.width(), dialog.height()):
        from buurtdesk.ui.common.on_screen import keep_on_screen

        dialog.resize(width, height)
        keep_on_screen(dialog)  # grown after it was placed: back within the screen


def _height_for(layout: QLayout, width: int) -> int:
    if layout.hasHeightForWidth():
        return layout.totalHeightForWidth(width)
    return layout.totalSizeHint().height()
