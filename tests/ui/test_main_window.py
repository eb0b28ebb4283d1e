"""The main window on a demo database shows the council and its open action points."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.services import Services


def test_the_overview_shows_the_council_and_its_open_actions(
    qtbot: QtBot, demo_services: Services, dutch: QApplication
) -> None:
    demo = demo_services
    window = build_window(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    klingerberg = next(
        c for c in demo.councils.list_councils() if c.name == "Wijkoverleg Klingerberg"
    )
    window.council_picker.setCurrentIndex(window.council_picker.findData(klingerberg.id))
    expected = demo.overview.overview(klingerberg.id)
    assert window.overview.heading.text() == "Wijkoverleg Klingerberg"
    count = window.findChild(QLabel, "openActionsCount")
    assert count is not None and count.text() == str(expected.open_actions)
    assert expected.open_actions == len(demo.actions.open_actions(klingerberg.id)) > 0
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Volgende vergadering" in texts and "Actiepunten" in texts
    assert window.overview.ring.accessibleDescription().startswith("Huidige fase: ")


def test_switching_council_updates_the_overview(
    qtbot: QtBot, demo_services: Services, dutch: QApplication
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    window.show()
    names = [window.council_picker.itemText(i) for i in range(window.council_picker.count())]
    assert names == sorted(names) and "Dorpsraad Steyl" in names
    window.council_picker.setFocus()
    steyl = names.index("Dorpsraad Steyl")
    while window.council_picker.currentIndex() != steyl:
        key = Qt.Key.Key_Down if window.council_picker.currentIndex() < steyl else Qt.Key.Key_Up
        qtbot.keyClick(window.council_picker, key)
    assert window.overview.heading.text() == "Dorpsraad Steyl"


def test_an_empty_database_says_what_to_do_first(
    qtbot: QtBot, services: Services, dutch: QApplication
) -> None:
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    assert window.overview.heading.text() == "Welkom bij BuurtDesk"
    assert "demodatabase" in window.overview.subheading.text()


def test_the_overview_speaks_english_when_asked(
    qtbot: QtBot, demo_services: Services, english: QApplication
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    window.show()
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    assert "Next meeting" in texts and "Volgende vergadering" not in texts


def test_the_sections_after_the_first_paint_come_at_once_and_their_keys_work(
    qtbot: QtBot, demo_services: Services, dutch: QApplication
) -> None:
    """The app builds the overview first and the other sections right after the database
    opens, all in one go: a key pressed meanwhile finds every section there."""
    from buurtdesk.app import section_factories

    window = build_window(demo_services, sections_later=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert [type(s).__name__ for s in window.sections] == ["OverviewSection"]
    ready: list[bool] = []
    window.sections_ready.connect(lambda: ready.append(True))
    window.add_sections_later(section_factories)
    assert ready == [True]
    assert len(window.sections) == 1 + len(section_factories())
    window.section_list.setFocus()
    qtbot.keyClick(window.section_list, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.shown_section() is window.sections[2]
