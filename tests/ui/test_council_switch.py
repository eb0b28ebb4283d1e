"""Switching council reloads only the section on screen; a hidden one catches up when shown."""

from __future__ import annotations

import pytest

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_hidden_sections_load_the_new_council_when_they_are_shown(
    qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    blerick = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    hidden = [s for s in window.sections if s is not window.overview]
    calls: list[tuple[str, int]] = []
    for section in hidden:
        original = section.show_council

        def spy(council_id: int, section=section, original=original) -> None:  # type: ignore[no-untyped-def]
            calls.append((type(section).__name__, council_id))
            original(council_id)

        section.show_council = spy  # type: ignore[method-assign]
    window.council_picker.setCurrentIndex(window.council_picker.findData(blerick.id))
    assert window.overview.heading.text() == "Wijkoverleg Blerick"
    assert calls == []  # nothing hidden was loaded
    if hidden:
        window.show_section(hidden[0])
        assert calls == [(type(hidden[0]).__name__, blerick.id)]
        assert hidden[0].council_id == blerick.id
        window.show_section(window.overview)
        window.show_section(hidden[0])
        assert len(calls) == 1  # caught up once, not again
