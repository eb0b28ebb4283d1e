"""Every main screen, as anyone would use it: in Dutch and in English without a word of the
other language, every control named for screen readers, every control reachable by Tab, and
nothing clipped at 1366×768."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.ui.main_window import MainWindow

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "buurtdesk_nl.ts"
CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QPlainTextEdit,
)


def _catalogue() -> dict[str, str]:
    """English source text -> Dutch translation, for every string whose two versions differ."""
    pairs: dict[str, str] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if (
            source
            and translation
            and source != translation
            and len(source) > 3
            and len(translation) > 3
        ):
            pairs[source] = translation
    return pairs


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services) -> Iterator[MainWindow]:
    main = build_window(demo_services)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.council_picker.setCurrentIndex(main.council_picker.findText("Wijkoverleg Klingerberg"))
    yield main
    main.close()


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text().replace("&", ""))
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if widget.accessibleName():
            texts.append(widget.accessibleName())
    return [t for t in texts if t]


def _each_section(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    for row, section in enumerate(window.sections):
        window.section_list.setCurrentRow(row)
        QApplication.processEvents()
        yield type(section).__name__, section


def test_dutch_screens_have_no_untranslated_english(
    dutch: QApplication, window: MainWindow
) -> None:
    english_only = _catalogue()
    leaks = {
        (name, text)
        for name, section in _each_section(window)
        for text in _visible_texts(section)
        if text in english_only
    }
    menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
    leaks |= {("menu", text) for text in menus if text in english_only}
    assert not leaks, sorted(leaks)[:20]


def test_english_screens_have_no_dutch(english: QApplication, window: MainWindow) -> None:
    dutch_texts = {dutch for dutch in _catalogue().values()}
    leaks = {
        (name, text)
        for name, section in _each_section(window)
        for text in _visible_texts(section)
        if text in dutch_texts
    }
    assert not leaks, sorted(leaks)[:20]


def _controls(section: QWidget) -> list[QWidget]:
    return [
        w
        for w in section.findChildren(QWidget)
        if isinstance(w, CONTROLS)
        and w.isVisibleTo(section)
        and w.isEnabled()
        and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)  # their inner editors
        and w.objectName() != "qt_scrollarea_viewport"
    ]


def _name_of(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton):
        return widget.text().replace("&", "") or widget.toolTip()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    return ""


def test_every_control_has_an_accessible_name(dutch: QApplication, window: MainWindow) -> None:
    nameless = [
        (name, type(control).__name__, control.objectName())
        for name, section in _each_section(window)
        for control in _controls(section)
        if not _name_of(control).strip()
    ]
    assert not nameless, nameless[:20]


def _tab_stop(control: QWidget) -> QWidget:
    """Where Tab stops for a control: a group of exclusive buttons (radio buttons, phase
    steps) is one stop whose members are chosen with the arrow keys, as everywhere."""
    if isinstance(control, QAbstractButton):
        group = control.group()
        if group is not None and group.exclusive():
            return group.buttons()[0]
        if control.autoExclusive() and control.parentWidget() is not None:
            siblings = [
                b for b in control.parentWidget().findChildren(QAbstractButton) if b.autoExclusive()
            ]
            return siblings[0] if siblings else control
    return control


def tab_round(qtbot: QtBot, controls: list[QWidget], pause_ms: int = 0) -> set[int]:
    """Real Tab presses from the first control, round to where they began: the tab stops reached."""
    controls[0].setFocus(Qt.FocusReason.TabFocusReason)
    reached: set[int] = set()
    for _ in range(4 * len(controls) + 20):
        focused = QApplication.focusWidget()
        if focused is None:
            break
        reached.add(id(_tab_stop(focused)))
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        if pause_ms:
            qtbot.wait(pause_ms)  # a cell editor closes through the event queue
    return reached


def test_tab_reaches_every_control_of_every_screen(
    qtbot: QtBot, dutch: QApplication, window: MainWindow
) -> None:
    """Real Tab key presses, from the section's first control round to where they began."""
    unreachable = []
    for name, section in _each_section(window):
        controls = [c for c in _controls(section) if not isinstance(c, QTabWidget)]
        if not controls:
            continue
        window.activateWindow()
        reached = tab_round(qtbot, controls)
        missed = [
            (type(c).__name__, _name_of(c) or c.objectName())
            for c in controls
            if id(_tab_stop(c)) not in reached
        ]
        if missed:
            unreachable.append((name, missed[:6]))
    assert not unreachable, unreachable


def test_every_screen_renders_at_1366x768(
    dutch: QApplication, window: MainWindow, tmp_path: Path
) -> None:
    for name, section in _each_section(window):
        image = window.grab()
        assert (image.width(), image.height()) == (1366, 768), name
        assert image.save(str(tmp_path / f"{name}.png"))
        assert section.width() >= 900, f"{name} is squeezed to {section.width()} px"


def _each_page(window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Every section, and within the Toekomstagenda every phase page and within the
    Buurtbudget every tab, so controls on pages not shown at first are seen too."""
    from buurtdesk.domain.enums import PhaseKind
    from buurtdesk.ui.budget.section import BudgetSection
    from buurtdesk.ui.cycle.section import ToekomstagendaSection

    for name, section in _each_section(window):
        yield name, section
        if isinstance(section, ToekomstagendaSection):
            for kind in PhaseKind:
                section.show_phase(kind)
                QApplication.processEvents()
                yield f"{name}/{kind.name}", section
        if isinstance(section, BudgetSection):
            for index in range(section.tabs.count()):
                section.tabs.setCurrentIndex(index)
                QApplication.processEvents()
                yield f"{name}/{section.tabs.tabText(index)}", section


def test_every_control_has_an_accessible_description(
    english: QApplication, window: MainWindow
) -> None:
    described = 0
    undescribed = []
    for name, section in _each_page(window):
        for control in _controls(section):
            description = control.accessibleDescription().strip()
            if not description:
                undescribed.append(
                    (name, type(control).__name__, _name_of(control) or control.objectName())
                )
            else:
                described += 1
                assert description != _name_of(control).strip(), (name, description)
    assert not undescribed, "\n".join(map(str, sorted(set(undescribed))))
    assert described > 0
