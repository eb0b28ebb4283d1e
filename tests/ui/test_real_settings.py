"""The chair's real settings: every main screen, meeting mode, the projector and every dialog at
1366×768, at 100, 150 and 200 % text, in the light, dark and high-contrast themes.

Nothing a person needs to read may be cut off or elided: each visible label, button, check
box, tab, header section and table cell gets the room its text needs (room_check.py), no
window is larger than the screen, nothing scrolls sideways (the sidebar least of all). One
main window per setting is walked through every section and page; meeting mode through every
agenda item; then each dialog as the app opens it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from room_check import problems
from test_dialogs_for_everyone import KLINGERBERG, WINDOWS, _council, _mode, _upcoming
from test_screens_for_everyone import _each_page

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style, apply_theme

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "This plugin does not support"
)

SCREEN = (1366, 768)
TEXT_SIZES = (1.0, 1.5, 2.0)
THEMES = ("light", "dark", "contrast")
SETTINGS = [(text, theme) for text in TEXT_SIZES for theme in THEMES]


@pytest.fixture
def setting(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[tuple[float, str]]:
    text, theme = request.param
    install_language(qapp, "nl")
    apply_style(qapp, text)
    apply_theme(qapp, theme)
    yield text, theme
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _look(where: str, window: QWidget, found: list[str]) -> None:
    _settle()
    found.extend(f"{where}: {problem}" for problem in problems(window, SCREEN))


@pytest.mark.parametrize(
    "setting", SETTINGS, ids=[f"{int(t * 100)}-{th}" for t, th in SETTINGS], indirect=True
)
def test_everything_fits_at_the_chairs_settings(
    qtbot: QtBot, demo_services: Services, setting: tuple[float, str]
) -> None:
    found: list[str] = []
    main = build_window(demo_services)
    qtbot.addWidget(main)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText(KLINGERBERG))
    for name, _section in _each_page(main):
        _look(name, main, found)
    main.close()

    mode = _mode(demo_services, _upcoming(demo_services, _council(demo_services, KLINGERBERG)))
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    for row in range(mode.agenda.count()):
        mode.agenda.setCurrentRow(row)
        _look(f"meeting mode, item {row + 1}", mode, found)
    mode.toggle_projector()
    projector = mode.projector
    assert projector is not None
    qtbot.addWidget(projector)
    projector.resize(*SCREEN)
    _look("projector", projector, found)
    mode.close()

    for name, open_window in WINDOWS.items():
        if name == "meeting mode":
            continue
        shown = open_window(demo_services)
        qtbot.addWidget(shown.window)
        shown.window.show()
        qtbot.waitExposed(shown.window)
        for state, enter in shown.states:
            enter()
            _look(f"{name} {state}".strip(), shown.window, found)
        shown.window.close()
        for kept in shown.keep:
            if isinstance(kept, QWidget):
                kept.close()
    assert not found, "\n".join(found)
