"""A section shown in a scroll area that scrolls down, never sideways: at large text a
section that needs more height than the window has scrolls; its width always fits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from buurtdesk.ui.common.style import reflow_texts


def reflowing(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName("reflow")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    reflow_texts(page)
    area.setWidget(page)
    return area
