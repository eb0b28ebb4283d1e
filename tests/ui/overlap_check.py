"""Is anything drawn over something else? Used by room_check.py.

Every visible leaf widget of a window (a label, a button, a field, a list, an empty frame: a
widget that shows no children of its own, or one whose children are its own business, like an
item view's viewport or a spin box's line edit) gets its rectangle in the window, clipped by
each of its parents (a widget scrolled out of a scroll area's viewport is not on screen). No
two of those may cover each other by more than a pixel or two: when they do, a layout gave its
parts less than they need and drew one over the other.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QScrollArea,
    QTabBar,
    QWidget,
)

SLACK = 2  # px: frames that share a border line, rounding

# Widgets whose children are their own parts (a view's viewport and scroll bars, a spin box's
# line edit, a tab bar's scroll buttons, a line edit's clear button): one leaf each.
WHOLE = (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTabBar,
)


def _whole(widget: QWidget) -> bool:
    if isinstance(widget, WHOLE):
        return True
    # Item views and text editors are one leaf; a scroll area holds other widgets to check.
    return isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)


def leaves(root: QWidget) -> list[tuple[QRect, QWidget]]:
    """Each visible leaf widget of `root` with the part of it on screen, in `root`'s coordinates."""
    found: list[tuple[QRect, QWidget]] = []

    def walk(widget: QWidget, origin_x: int, origin_y: int, clip: QRect) -> None:
        shown = []
        for child in widget.children():
            if (
                not isinstance(child, QWidget)
                or child.isWindow()
                or child.isHidden()
                or child.width() <= 0
                or child.height() <= 0
            ):
                continue
            shown.append(child)
        if not shown or _whole(widget):
            if widget is not root:
                found.append((clip, widget))
            return
        for child in shown:
            geometry = child.geometry()
            rect = QRect(
                origin_x + geometry.x(),
                origin_y + geometry.y(),
                geometry.width(),
                geometry.height(),
            ).intersected(clip)
            if rect.width() > SLACK and rect.height() > SLACK:
                walk(child, origin_x + geometry.x(), origin_y + geometry.y(), rect)

    walk(root, 0, 0, root.rect())
    return found


def overlaps(root: QWidget, name: Callable[[QWidget], str]) -> list[str]:
    """'A is drawn over B by W×H px' for each two leaves of `root` that cover each other."""
    found = []
    shown = sorted(leaves(root), key=lambda pair: pair[0].left())
    for at, (rect, widget) in enumerate(shown):
        for other_rect, other in shown[at + 1 :]:
            if other_rect.left() > rect.right() - SLACK:
                break
            both = rect.intersected(other_rect)
            if both.width() > SLACK and both.height() > SLACK:
                first, second = (
                    (widget, other) if rect.top() <= other_rect.top() else (other, widget)
                )
                found.append(
                    f"{name(second)} is drawn over {name(first)} "
                    f"by {both.width()}×{both.height()} px"
                )
    return found
