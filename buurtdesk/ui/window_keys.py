"""The main window's keys that work from every section: F5 starts meeting mode, Ctrl+F goes to
the search field in the sidebar (the one its placeholder names)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from buurtdesk.domain.enums import MeetingStatus
from buurtdesk.services.overview_views import MeetingSummary
from buurtdesk.ui.common.section import Section

if TYPE_CHECKING:
    from buurtdesk.ui.main_window import MainWindow


class MeetingStarter(Protocol):
    """What F5 needs from the Vergaderingen section."""

    def start_meeting(self, meeting_id: int) -> object: ...

    def selected_meeting_id(self) -> int | None: ...


def choose_meeting(meetings: list[MeetingSummary], today: date, selected: int | None) -> int | None:
    """Today's meeting, else the next planned one, else the one selected."""
    open_ones = [m for m in meetings if m.status != MeetingStatus.CLOSED]
    todays = [m for m in open_ones if m.date == today]
    if todays:
        return todays[0].id
    coming = sorted((m for m in open_ones if m.date >= today), key=lambda m: m.date)
    if coming:
        return coming[0].id
    return selected


class WindowKeys:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.start = QAction(QCoreApplication.translate("WindowKeys", "Start meeting mode"), window)
        self.start.setShortcut(QKeySequence(Qt.Key.Key_F5))
        # Not a window-wide shortcut: inside Vergaderingen F5 starts the meeting shown there
        # (that section's own key), everywhere else this one works.
        self.start.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.start.triggered.connect(self.start_meeting_mode)
        sidebar = window.findChild(QWidget, "sidebar")
        if sidebar is not None:
            sidebar.addAction(self.start)
        for section in window.sections:
            self.section_added(section)

    def section_added(self, section: QWidget) -> None:
        if not hasattr(section, "selected_meeting_id"):
            section.addAction(self.start)

    def meetings_section(self) -> MeetingStarter | None:
        for section in self.window.sections:
            if hasattr(section, "selected_meeting_id") and hasattr(section, "start_meeting"):
                return section
        return None

    def start_meeting_mode(self) -> None:
        window = self.window
        section = self.meetings_section()
        council_id = window.council_id
        if section is None or council_id is None:
            self._say(
                QCoreApplication.translate(
                    "WindowKeys", "There is no meeting to start: add a council first."
                )
            )
            return
        services = window.context.services
        chosen = choose_meeting(
            services.meetings.list_meetings(council_id),
            window.context.current_date(),
            section.selected_meeting_id(),
        )
        if chosen is None:
            self._say(
                QCoreApplication.translate(
                    "WindowKeys", "There is no meeting planned: plan one under Meetings first."
                )
            )
            return
        if isinstance(section, Section):
            window.show_section(section)
        section.start_meeting(chosen)

    def _say(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10_000)

    def go_to_search(self) -> None:
        field = self.window.search_field
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()
