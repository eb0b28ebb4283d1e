"""Every placeholder shows in full on a small screen at every text size: every main screen
and page, meeting mode at each agenda item, and every dialog in each of its states, at 1366×768
and 100, 150 and 200 % text, in Dutch. A placeholder is a hint a person needs to read;
"Ingebra…" tells nobody anything (placeholder_check.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from placeholder_check import cut_placeholders
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
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


SETTINGS = [(size, language) for language in ("nl", "en") for size in TEXT_SIZES]


@pytest.fixture(params=SETTINGS, ids=[f"{int(t * 100)}%-{language}" for t, language in SETTINGS])
def text_size(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[QApplication]:
    """Each text size in Dutch and in English: a hint that fits in one may be cut in the other."""
    size, language = request.param
    install_language(qapp, language)
    apply_style(qapp, size)
    apply_theme(qapp, "light")
    yield qapp
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    apply_theme(qapp, "light")
    yield qapp
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def _look(where: str, window: QWidget, found: list[str]) -> None:
    for _ in range(3):
        QApplication.processEvents()
    found.extend(f"{where}: {problem}" for problem in cut_placeholders(window))


@pytest.mark.timeout(600)  # every screen and dialog once per text size: a minute, not seconds
def test_every_placeholder_shows_in_full(
    qtbot: QtBot, demo_services: Services, text_size: QApplication
) -> None:
    found: list[str] = []
    main = build_window(demo_services)
    main.resize(*SCREEN)
    main.show()
    qtbot.waitExposed(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText(KLINGERBERG))
    for name, _section in _each_page(main):
        _look(name, main, found)
    main.close()
    main.deleteLater()

    mode = _mode(demo_services, _upcoming(demo_services, _council(demo_services, KLINGERBERG)))
    qtbot.addWidget(mode)
    mode.show()
    qtbot.waitExposed(mode)
    for row in range(mode.agenda.count()):
        mode.agenda.setCurrentRow(row)
        _look(f"meeting mode, item {row + 1}", mode, found)
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
    assert not found, "\n".join(sorted(set(found)))


def test_the_check_catches_a_cut_placeholder(qtbot: QtBot, large_text: QApplication) -> None:
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setPlaceholderText("Ingebracht door")
    field.setFixedWidth(field.fontMetrics().horizontalAdvance("Ingebracht door") + 30)
    field.show()
    qtbot.waitExposed(field)
    assert cut_placeholders(field) == []
    field.setFixedWidth(field.fontMetrics().horizontalAdvance("Ingebra") + 10)
    assert any("Ingebracht door" in problem for problem in cut_placeholders(field))
    field.setText("Jan")  # a field with text shows no placeholder
    assert cut_placeholders(field) == []
