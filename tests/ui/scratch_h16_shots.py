"""Every placeholder shows in full at the chair's largest text on a small screen: every main
screen and page, meeting mode at each agenda item, and every dialog in each of its states, at
1366×768 and 200 % text (where fields are narrowest), in Dutch. A placeholder is a hint a
person needs to read; "Ingebra…" tells nobody anything (placeholder_check.py)."""

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


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp, float(__import__("os").environ.get("SCALE", "2.0")))
    apply_theme(qapp, "light")
    yield qapp
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def _look(where: str, window: QWidget, found: list[str]) -> None:
    for _ in range(3):
        QApplication.processEvents()
    problems = cut_placeholders(window)
    found.extend(f"{where}: {problem}" for problem in problems)
    if problems:
        import os, re
        out = os.environ.get('SHOTS_OUT', '/tmp/h16/ph')
        os.makedirs(out, exist_ok=True)
        import placeholder_check as pc
        from PySide6.QtWidgets import QLineEdit as LE, QPlainTextEdit as PT
        n = 0
        for e in window.findChildren(LE) + window.findChildren(PT):
            bad = pc._line_edit(e) if isinstance(e, LE) and pc._shown(e, window) else (pc._text_box(e) if isinstance(e, PT) and pc._shown(e, window) else None)
            if bad:
                host = e.parentWidget()
                if host is not None and host.parentWidget() is not None and host.width() < 500:
                    host = host.parentWidget()
                host.grab().save(f"{out}/{re.sub(r'[^A-Za-z0-9]+', '_', where)}-{n}.png"); n += 1


@pytest.mark.timeout(600)  # every screen and dialog once: a minute, not seconds
def test_every_placeholder_shows_in_full_at_200_percent(
    qtbot: QtBot, demo_services: Services, large_text: QApplication
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
