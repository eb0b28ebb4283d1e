"""Ctrl+F finds notes, decisions, actions and projects and opens the hit; the backups dialog
lists the backups with their dates and puts one back, keeping the current data aside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.services.search import HitKind
from buurtdesk.store.backup import create_backup, list_backups

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screens"


@pytest.fixture
def world(services: Services) -> dict[str, int]:
    blerick = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    steyl = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    meeting = services.meetings.plan_meeting(steyl.id, date(2026, 3, 12), topics=("Speeltuin",))
    item = next(
        i for i in services.meetings.get_meeting(meeting.id).items if i.title == "Speeltuin"
    )
    services.meetings.set_notes(item.id, "De speeltuin aan de Maasoever krijgt nieuwe schommels.")
    decision = services.decisions.record_decision(
        steyl.id, "Het overleg steunt de nieuwe schommels.", meeting_id=meeting.id
    )
    action = services.actions.add_action(
        blerick.id, "Offerte voor schommels opvragen bij de gemeente"
    )
    return {
        "blerick": blerick.id,
        "steyl": steyl.id,
        "meeting": meeting.id,
        "item": item.id,
        "decision": decision.id,
        "action": action.id,
    }


def test_search_finds_every_kind_newest_first_and_ignores_accents(
    services: Services, world: dict[str, int]
) -> None:
    hits = services.search.search("schommels")
    assert {h.kind for h in hits} == {HitKind.NOTE, HitKind.DECISION, HitKind.ACTION}
    note = next(h for h in hits if h.kind == HitKind.NOTE)
    assert (
        note.meeting_id == world["meeting"]
        and note.council_name == "Dorpsraad Steyl"
        and "[schommels]" in note.snippet
    )
    assert services.search.search("schómmel") and services.search.search(
        "SCHOMM"
    )  # accents, case, word start
    assert [h.id for h in services.search.search("schommels", council_id=world["blerick"])] == [
        world["action"]
    ]
    services.meetings.set_notes(world["item"], "Niets meer over speeltoestellen.")
    assert HitKind.NOTE not in {
        h.kind for h in services.search.search("schommels")
    }  # the index follows edits


def test_ctrl_f_opens_search_and_enter_opens_the_hit(
    qtbot, services: Services, world: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.search_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.search_action.trigger()  # Ctrl+F: to the field "Zoeken (Ctrl+F)" in the sidebar
    assert window.search_field.hasFocus()
    qtbot.keyClicks(window.search_field, "offerte schommels")
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.field.text() == "offerte schommels"
    qtbot.waitUntil(lambda: len(dialog.hits) == 1, timeout=3000)
    assert dialog.results.count() == 1
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "search.png"))
    opened = []
    dialog.hit_chosen.connect(opened.append)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert opened and opened[0].id == world["action"]
    assert window.council_id == world["blerick"]  # the hit's council is chosen
    actions = next((s for s in window.sections if type(s).__name__ == "ActionsSection"), None)
    if actions is not None:
        assert window.shown_section() is actions
        assert actions.selected_action_id() == world["action"]


def test_backups_dialog_lists_dates_and_restores_keeping_the_current_data(
    qtbot, services: Services, world: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    path = services.database.path
    assert path is not None
    create_backup(path, reason="dagelijks")
    services.councils.create_council("Na de reservekopie", CouncilKind.DORPSRAAD)
    window = build_window(services)
    qtbot.addWidget(window)
    window.show()
    assert window.backups_action.text().replace("&", "")
    reloaded: list[bool] = []
    dialog = window.open_backups()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog._confirm = lambda _question: True  # the chair says yes
    original_after = dialog.after_restore
    dialog.after_restore = lambda: (reloaded.append(True), original_after and original_after())  # type: ignore[assignment,func-returns-value]
    assert dialog.table.rowCount() == 1
    assert str(date.today().year) in dialog.table.item(0, 0).text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "backups.png"))
    dialog.restore_selected()
    assert reloaded
    assert "Na de reservekopie" not in [c.name for c in services.councils.list_councils()]
    kept = list(path.parent.glob(f"{path.name}.voor-herstel-*"))
    assert len(kept) == 1  # the data as it was, kept aside
    assert window.council_picker.count() == 2
    dialog.make_backup()
    assert len(list_backups(path)) == 2 and dialog.table.rowCount() == 2


def test_read_only_window_says_so_and_cannot_restore(
    qtbot, services: Services, world: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    window = build_window(services, read_only=True)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.read_only_banner.isVisible()
    assert "read-only" in window.windowTitle().lower() or "alleen-lezen" in window.windowTitle()
    dialog = window.open_backups()
    assert dialog is not None and not dialog.restore_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "read-only.png"))


def test_the_postgresql_fallback_finds_the_same_records(
    services: Services, world: dict[str, int]
) -> None:
    """PostgreSQL has no FTS5: every word must occur (ILIKE). Run here on SQLite, same rows."""
    from buurtdesk.services.search import SearchService, _words

    with services.database.sessions() as session:
        found = SearchService._match_like(session, _words("SCHOMMELS"), None, 50)
        hits = services.search._hits(session, found)
    assert {(h.kind, h.id) for h in hits} == {
        (h.kind, h.id) for h in services.search.search("schommels")
    }
    assert all("schommels" in h.snippet.lower() for h in hits)


def test_a_project_hit_opens_the_plans_page_with_the_project_chosen(
    qtbot, services: Services, world: dict[str, int]
) -> None:  # type: ignore[no-untyped-def]
    section_module = pytest.importorskip("buurtdesk.ui.cycle.section")
    round_ = services.cycle.start_round(world["steyl"])
    project = services.projects.create_project(
        round_.id, "Schommels voor de speeltuin", goal="Meer spelen aan de Maas"
    )
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    dialog = window.open_search("meer spelen")
    dialog.run_search()
    assert [h.kind for h in dialog.hits] == [HitKind.PROJECT]
    dialog.open_current()
    section = next(
        s for s in window.sections if isinstance(s, section_module.ToekomstagendaSection)
    )
    assert window.shown_section() is section and window.council_id == world["steyl"]
    from buurtdesk.domain.enums import PhaseKind

    page = section.page(PhaseKind.PLANS)
    rows = page.table.selectionModel().selectedRows()
    assert rows and page.model.projects[rows[0].row()].project.id == project.project.id
