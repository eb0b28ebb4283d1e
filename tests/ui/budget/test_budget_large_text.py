"""Buurtbudget for a chair with large text: the year's figures do not push the tabs off the
first screen. At 200 % on a 13-inch laptop and on a full-HD screen the tab bar and the first
rows of the current tab are in sight without scrolling; at 100 % the figures stay big."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.ui.budget.section import BudgetSection
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "This plugin does not support")


@pytest.fixture
def text_size(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[float]:
    install_language(qapp, "nl")
    apply_style(qapp, request.param)
    yield request.param
    apply_style(qapp, 1.0)
    install_language(qapp, "en")


def _budget(qtbot: QtBot, services: Services, size: tuple[int, int]) -> BudgetSection:
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findText("Wijkoverleg Klingerberg"))
    section = next(s for s in window.sections if isinstance(s, BudgetSection))
    window.show_section(section)
    for _ in range(5):
        QApplication.processEvents()
    return section


def _bottom_in(widget: QWidget, viewport: QWidget) -> int:
    return widget.mapTo(viewport, QPoint(0, widget.height())).y()


@pytest.mark.parametrize("text_size", [2.0], indirect=True)
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_the_tabs_and_their_first_rows_are_in_sight_at_large_text(
    qtbot: QtBot, demo_services: Services, text_size: float, size: tuple[int, int]
) -> None:
    section = _budget(qtbot, demo_services, size)
    area = section.parentWidget().parentWidget()  # the section's scroll area
    assert isinstance(area, QScrollArea)
    viewport = area.viewport()
    assert area.verticalScrollBar().value() == 0  # as the chair first sees it
    tab_bar = section.tabs.tabBar()
    assert _bottom_in(tab_bar, viewport) <= viewport.height(), "the tab bar is below the fold"
    table = section.allocations.table
    first_row = table.viewport().mapTo(viewport, QPoint(0, table.rowViewportPosition(0)))
    assert first_row.y() + table.rowHeight(0) <= viewport.height(), "no row of the tab in sight"
    # every figure is still on screen, in words and amounts
    shown = section.figures.compact_text()
    for amount in ("€\u00a044.700,00", "€\u00a011.250,50", "€\u00a07.185,50", "€\u00a033.449,50"):
        assert amount in shown
    assert section.figures.compact.isVisible()
    assert _bottom_in(section.figures, viewport) < _bottom_in(tab_bar, viewport)


@pytest.mark.parametrize("text_size", [1.0], indirect=True)
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)], ids=["1366x768", "1920x1080"])
def test_at_normal_text_the_figures_stay_big_with_their_bar(
    qtbot: QtBot, demo_services: Services, text_size: float, size: tuple[int, int]
) -> None:
    section = _budget(qtbot, demo_services, size)
    figures = section.figures
    assert figures.values["available"].isVisible() and figures.bar.isVisible()
    assert not figures.compact.isVisible()
    assert figures.values["available"].text() == "€\u00a044.700,00"
