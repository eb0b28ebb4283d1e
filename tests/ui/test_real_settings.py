"""The chair's real settings: every main screen, meeting mode, the projector and every dialog at
1366×768, at 100, 150 and 200 % text, in the light, dark and high-contrast themes.

Nothing a person needs to read may be cut off or elided: each visible label, button, check
box, tab, header section and table cell gets the room its text needs (room_check.py), no
window is larger than the screen, nothing scrolls sideways (the sidebar least of all). One
main window per text size is walked through every section and page, each looked at in the
three themes; meeting mode through every agenda item; the projector; then each dialog as the
app opens it.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
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


@pytest.fixture(params=TEXT_SIZES, ids=[f"{int(t * 100)}%" for t in TEXT_SIZES])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    install_language(qapp, "nl")
    apply_style(qapp, request.param)
    yield request.param
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def _look(
    where: str,
    window: QWidget,
    found: list[str],
    themes: tuple[str, ...] = (),
    current: str = "light",
) -> None:
    """Check `window` as shown now (in the `current` theme), and again in each of `themes`."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for theme in themes or (None,):
        if theme is not None:
            apply_theme(app, theme)
        for _ in range(3):
            QApplication.processEvents()
        found.extend(
            f"{where}: {problem} [{theme or current}]" for problem in problems(window, SCREEN)
        )


@pytest.mark.timeout(
    900
)  # every screen and dialog, walked once per text size: minutes, not seconds
def test_everything_fits_at_the_chairs_settings(
    qtbot: QtBot, demo_services: Services, text_size: float
) -> None:
    found: list[str] = []
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    main = build_window(demo_services)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText(KLINGERBERG))
    for name, _section in _each_page(main):
        _look(name, main, found)
    # The themes change colours, borders and weights, not the text size: each is applied and
    # every section looked at again at the largest text, where room is tightest (applying a
    # theme to a whole window is slow, so not at every size).
    for theme in THEMES[1:] if text_size == max(TEXT_SIZES) else ():
        apply_theme(app, theme)  # once per theme, then every section in it
        for row in range(len(main.sections)):
            main.section_list.setCurrentRow(row)
            _look(type(main.sections[row]).__name__, main, found, current=theme)
    apply_theme(app, "light")
    main.close()
    main.deleteLater()  # gone before the next theme is applied to what is left

    mode = _mode(demo_services, _upcoming(demo_services, _council(demo_services, KLINGERBERG)))
    mode.show()
    qtbot.waitExposed(mode)
    for row in range(mode.agenda.count()):
        mode.agenda.setCurrentRow(row)
        _look(f"meeting mode, item {row + 1}", mode, found, THEMES if row == 0 else ())
        if row == 0:
            apply_theme(app, "light")  # the first item was looked at in every theme
    apply_theme(app, "contrast")  # and every item again in the theme with the widest edges
    for row in range(1, mode.agenda.count()):
        mode.agenda.setCurrentRow(row)
        _look(f"meeting mode, item {row + 1}", mode, found, current="contrast")
    # (meeting mode and the projector are looked at in every theme at every size: the chair's)
    apply_theme(app, "light")
    mode.toggle_projector()
    projector = mode.projector
    assert projector is not None
    projector.resize(*SCREEN)
    _look("projector", projector, found, THEMES)
    apply_theme(app, "light")
    mode.close()
    mode.deleteLater()
    projector.deleteLater()
    QApplication.processEvents()

    # Every dialog in each of its states; at the largest text once more in high contrast
    # (the theme applied once for all of them: applying one is slow).
    themes = ("light", "contrast") if text_size == max(TEXT_SIZES) else ("light",)
    for theme in themes:
        apply_theme(app, theme)
        for name, open_window in WINDOWS.items():
            if name == "meeting mode":
                continue
            shown = open_window(demo_services)
            qtbot.addWidget(shown.window)
            shown.window.show()
            qtbot.waitExposed(shown.window)
            for number, (state, enter) in enumerate(shown.states):
                if theme != "light" and number > 0:
                    break
                enter()
                _look(f"{name} {state}".strip(), shown.window, found, current=theme)
            shown.window.close()
            for kept in shown.keep:
                if isinstance(kept, QWidget):
                    kept.close()
    apply_theme(app, "light")
    assert not found, "\n".join(found)


def test_the_check_catches_todays_clipped_labels(
    qtbot: QtBot, demo_services: Services, qapp: QApplication
) -> None:
    """Put back the sidebar of before (260 px at 200 %): 'Toekomstagend…' is caught."""
    apply_style(qapp, 2.0)
    try:
        main = build_window(demo_services)
        qtbot.addWidget(main)
        main.resize(*SCREEN)
        main.show()
        qtbot.waitExposed(main)
        main.council_picker.setCurrentIndex(main.council_picker.findText(KLINGERBERG))
        assert not [p for p in problems(main, SCREEN) if "Onderdelen" in p or "Sections" in p]
        main.sidebar.setFixedWidth(260)
        for _ in range(3):
            QApplication.processEvents()
        found = problems(main, SCREEN)
        assert any("Sections" in p and "runs off the view" in p for p in found), found
        assert any("Wijkoverleg Klingerberg" in p for p in found), found
        main.close()
    finally:
        apply_style(qapp, 1.0)


def test_the_check_catches_widgets_drawn_over_each_other(qtbot: QtBot) -> None:
    """Two buttons that cover each other are caught; rows scrolled out of a scroll area (over
    the button below it), a list's own viewport and scroll bars, and a frame around its parts
    are not."""
    from PySide6.QtWidgets import QListWidget, QPushButton, QScrollArea, QVBoxLayout

    window = QWidget()
    qtbot.addWidget(window)
    window.resize(600, 400)
    frame = QWidget(window)
    frame.setGeometry(0, 0, 600, 200)
    QVBoxLayout(frame).addWidget(QListWidget())
    area = QScrollArea(window)
    area.setGeometry(0, 210, 600, 100)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inside = QWidget()
    inside.resize(560, 400)
    for row in range(8):
        QPushButton(f"row {row}", inside).setGeometry(0, row * 50, 200, 40)
    area.setWidget(inside)
    QPushButton("below", window).setGeometry(0, 320, 200, 40)  # where rows 3 and 4 would be
    window.show()
    qtbot.waitExposed(window)
    assert not problems(window, SCREEN)
    over = QPushButton("over", window)
    over.setGeometry(20, 290, 120, 60)  # over the scroll area's rows in sight
    over.show()
    QApplication.processEvents()
    found = problems(window, SCREEN)
    assert any(
        "'over' is drawn over" in p or "is drawn over QPushButton 'over'" in p for p in found
    ), found
