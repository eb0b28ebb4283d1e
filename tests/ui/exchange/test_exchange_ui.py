"""The exchange from the app: export and import through the File menu, the preview's conflict
choices, a refused package, the calendar invitation and the spreadsheets."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.cli import build_parser
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite
from buurtdesk.ui.exchange.import_preview import ImportPreviewDialog
from buurtdesk.ui.meetings.section import MeetingsSection


@pytest.fixture
def empty_services(tmp_path: Path, migrated_template: Path, clock: Any) -> Iterator[Services]:
    """A second laptop: its own, empty database."""
    path = tmp_path / "laptop-b.db"
    shutil.copyfile(migrated_template, path)
    db = open_sqlite(path)
    yield Services.build(db, clock)
    db.dispose()


@pytest.fixture
def meetings_window(
    demo_services: Services, qtbot: QtBot, dutch: QApplication
) -> tuple[Any, MeetingsSection]:
    """The app in Dutch on the demo, showing its Meetings section (the next meeting chosen)."""
    window = build_window(demo_services)
    qtbot.addWidget(window)
    section = next(s for s in window.sections if isinstance(s, MeetingsSection))
    window.show_section(section)
    return window, section


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = "") -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(path), chosen_filter))
    )


def _open(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )


def _database_bytes(services: Services) -> str:
    path = services.database.path
    assert path is not None
    digest = hashlib.sha256(path.read_bytes())
    wal = path.with_name(path.name + "-wal")
    if wal.exists():
        digest.update(wal.read_bytes())
    return digest.hexdigest()


def _preview(
    window: Any, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, package: Path
) -> ImportPreviewDialog:
    _open(monkeypatch, package)
    window.exchange_menu.import_action.trigger()
    dialog = window.exchange_menu.dialog
    assert isinstance(dialog, ImportPreviewDialog)
    qtbot.waitUntil(lambda: not dialog.background.running, timeout=30_000)
    return dialog


def test_export_from_the_menu_and_import_into_an_empty_database(
    demo_services: Services,
    empty_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.file_menu.actions()]
    assert "&Exporteren voor…" in titles and "&Importeren…" in titles
    dialog = window.exchange_menu.open_export()
    assert dialog is not None
    dialog.whole.setChecked(True)
    package = tmp_path / "blerick"  # the suffix is added
    _save_as(monkeypatch, package)
    dialog.export_button.click()
    assert dialog.progress.isVisible() or dialog.message.text()
    qtbot.waitUntil(lambda: not dialog.background.running, timeout=30_000)
    written = tmp_path / "blerick.buurtdesk"
    assert written.is_file()
    assert "geschreven naar" in dialog.message.text() and str(written) in dialog.message.text()
    assert window.statusBar().currentMessage() == dialog.message.text()

    other = build_window(empty_services)
    qtbot.addWidget(other)
    assert other.council_picker.count() == 0
    preview = _preview(other, qtbot, monkeypatch, written)
    assert preview.plan is not None and preview.plan.added > 0 and not preview.plan.conflicts
    assert f"Nieuw: {preview.plan.added} · gewijzigd: 0" in preview.status.text()
    kinds = [preview.counts.item(row, 0).text() for row in range(preview.counts.rowCount())]
    assert "vergadering" in kinds and "actiepunt" in kinds
    assert empty_services.councils.list_councils() == []  # the preview wrote nothing
    assert preview.apply_button.isEnabled()
    preview.apply_button.click()
    qtbot.waitUntil(lambda: bool(preview.result_sentence), timeout=30_000)
    assert preview.result_sentence.startswith("Ingelezen:")
    councils = empty_services.councils.list_councils()
    assert [c.name for c in councils] == [
        c.name for c in demo_services.councils.list_councils() if c.id == dialog.council_id
    ]
    assert other.council_picker.count() == 1  # the window reloaded
    assert len(empty_services.meetings.list_meetings(councils[0].id)) == len(
        demo_services.meetings.list_meetings(dialog.council_id)
    )


def test_a_conflict_must_be_chosen_before_import(
    demo_services: Services,
    empty_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    council_id = demo_services.councils.list_councils()[0].id
    start = write_package(
        demo_services.database, tmp_path / "start.buurtdesk", council_id=council_id
    ).path
    apply_import(empty_services.database, start, plan_import(empty_services.database, start))
    b_council = empty_services.councils.list_councils()[0].id
    mine = demo_services.actions.list_actions(council_id)[0]
    theirs = next(a for a in empty_services.actions.list_actions(b_council) if a.uuid == mine.uuid)
    demo_services.actions.update_action(mine.id, title="Flyer maken (A4)")
    empty_services.actions.update_action(theirs.id, title="Flyer maken (A5)")
    from_b = write_package(
        empty_services.database, tmp_path / "b.buurtdesk", council_id=b_council
    ).path

    window = build_window(demo_services)
    qtbot.addWidget(window)
    preview = _preview(window, qtbot, monkeypatch, from_b)
    assert preview.plan is not None and len(preview.plan.conflicts) == 1
    assert not preview.apply_button.isEnabled()
    assert preview.open_choices.text().startswith("Conflicten nog zonder keuze: 1.")
    mine_button, theirs_button = preview.groups[mine.uuid].buttons()
    assert (
        not mine_button.isChecked() and not theirs_button.isChecked()
    )  # nothing chosen for the user
    assert "Flyer maken" in theirs_button.accessibleName()
    preview.show()
    qtbot.waitExposed(preview)
    assert QApplication.focusWidget() is mine_button  # the keyboard starts at the first choice
    qtbot.keyClick(mine_button, Qt.Key.Key_Space)
    assert mine_button.isChecked() and preview.apply_button.isEnabled()
    theirs_button.click()
    assert preview.choices == {mine.uuid: "theirs"}
    preview.apply_button.click()
    qtbot.waitUntil(lambda: bool(preview.result_sentence), timeout=30_000)
    assert demo_services.actions.get_action(mine.id).title == "Flyer maken (A5)"
    assert preview.result_sentence.endswith("conflicten opgelost: 1.")


def test_a_damaged_package_is_refused_in_one_sentence_and_nothing_changes(
    demo_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    damaged = tmp_path / "kapot.buurtdesk"
    damaged.write_bytes(b"PK\x03\x04 dit is geen pakket" * 20)
    window = build_window(demo_services)
    qtbot.addWidget(window)
    before = _database_bytes(demo_services)
    preview = _preview(window, qtbot, monkeypatch, damaged)
    text = preview.status.text()
    assert (
        text.startswith("Dit pakket wordt geweigerd") and text.count(".") >= 1 and "\n" not in text
    )
    assert preview.apply_button.isHidden() and preview.body.isHidden()
    assert preview.close_button.text() == "Sluiten"
    assert _database_bytes(demo_services) == before


def test_the_invitation_is_written_as_a_calendar_item(
    demo_services: Services,
    meetings_window: tuple[Any, MeetingsSection],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import icalendar

    editor = meetings_window[1].editor
    meeting_id = editor.meeting_id()
    assert meeting_id is not None
    texts = [a.text() for a in editor.documents_button.menu().actions()]
    assert "Uitnodiging als agenda-item (.ics)…" in texts
    target = tmp_path / "uitnodiging"
    _save_as(monkeypatch, target)
    editor.invitation.action.trigger()
    written = tmp_path / "uitnodiging.ics"
    calendar = icalendar.Calendar.from_ical(written.read_bytes())
    events = [c for c in calendar.walk() if c.name == "VEVENT"]
    assert len(events) == 1
    meeting = demo_services.meetings.get_meeting(meeting_id).meeting
    assert str(events[0]["UID"]).startswith(meeting.uuid)
    assert editor.notice.text().startswith("De uitnodiging is bewaard als")


@pytest.mark.parametrize(
    ("name", "what"), [("acties.xlsx", "actions"), ("besluiten.csv", "decisions")]
)
def test_the_lists_are_saved_as_spreadsheets(
    demo_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
    name: str,
    what: str,
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    menu = window.exchange_menu
    _save_as(monkeypatch, tmp_path / name)
    (menu.actions_sheet if what == "actions" else menu.decisions_sheet).trigger()
    qtbot.waitUntil(lambda: not menu.background.running, timeout=30_000)
    path = tmp_path / name
    assert path.is_file()
    assert str(path) in window.statusBar().currentMessage()
    if name.endswith(".xlsx"):
        import openpyxl

        sheet = openpyxl.load_workbook(path).active
        assert sheet is not None and sheet.max_row > 1
        assert sheet.cell(1, 1).value
    else:
        assert path.read_text(encoding="utf-8-sig").count("\n") > 1


def test_a_file_name_without_extension_gets_the_chosen_kind(
    demo_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    menu = window.exchange_menu
    _save_as(monkeypatch, tmp_path / "acties", "CSV, kommagescheiden (*.csv)")
    menu.actions_sheet.trigger()
    qtbot.waitUntil(lambda: not menu.background.running, timeout=30_000)
    assert (tmp_path / "acties.csv").is_file()


def test_the_command_line_opens_the_preview_for_a_file(tmp_path: Path) -> None:
    args = build_parser().parse_args(["--import", str(tmp_path / "van-de-voorzitter.buurtdesk")])
    assert args.import_file == tmp_path / "van-de-voorzitter.buurtdesk"
    assert getattr(args, "handler", None) is None  # the app opens, not a command


def test_every_control_of_the_preview_has_a_name(
    demo_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QTableWidget, QTextBrowser

    council_id = demo_services.councils.list_councils()[0].id
    package = write_package(
        demo_services.database, tmp_path / "zelf.buurtdesk", council_id=council_id
    ).path
    window = build_window(demo_services)
    qtbot.addWidget(window)
    preview = _preview(window, qtbot, monkeypatch, package)
    export = window.exchange_menu.open_export()
    assert export is not None
    for dialog in (preview, export):
        for kind in (QAbstractButton, QComboBox, QTableWidget, QTextBrowser):
            for control in dialog.findChildren(kind):
                if control.objectName().startswith("qt_"):
                    continue  # Qt's own parts (a table's corner button)
                assert control.accessibleName(), control


def test_the_chosen_meeting_is_offered_for_export_and_a_failure_is_one_sentence(
    demo_services: Services,
    meetings_window: tuple[Any, MeetingsSection],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    import json
    import zipfile

    window, section = meetings_window
    meeting_id = section.editor.meeting_id()
    dialog = window.exchange_menu.open_export()
    assert dialog is not None and dialog.one.isChecked() and dialog.chosen_meeting() == meeting_id
    dialog.export_to(tmp_path / "missing-folder" / "vergadering.buurtdesk")
    qtbot.waitUntil(lambda: not dialog.background.running, timeout=30_000)
    # One sentence that names the place (the shared output writer's words), and a new try.
    said = dialog.message.text()
    assert "missing-folder" in said and said.count(".") >= 1 and "\n" not in said
    assert dialog.export_button.isEnabled()
    _save_as(monkeypatch, tmp_path / "vergadering.buurtdesk")
    dialog.export_button.click()
    qtbot.waitUntil(lambda: not dialog.background.running, timeout=30_000)
    with zipfile.ZipFile(tmp_path / "vergadering.buurtdesk") as package:
        manifest = json.loads(package.read("manifest.json"))
    assert manifest["scope"]["kind"] == "meeting"
    assert (
        manifest["scope"]["meeting_uuid"]
        == demo_services.meetings.get_meeting(meeting_id).meeting.uuid
    )


def test_a_read_only_window_shows_the_preview_but_does_not_import(
    demo_services: Services, qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    council_id = demo_services.councils.list_councils()[0].id
    package = write_package(
        demo_services.database, tmp_path / "zelf.buurtdesk", council_id=council_id
    ).path
    window = build_window(demo_services, read_only=True)
    qtbot.addWidget(window)
    assert not window.exchange_menu.import_action.isEnabled()
    preview = window.exchange_menu.open_import(package)  # as `buurtdesk --import FILE` does
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=30_000)
    assert not preview.apply_button.isEnabled()
    assert "alleen-lezen" in preview.open_choices.text()


def test_a_package_changed_after_the_preview_is_not_imported(
    demo_services: Services,
    empty_services: Services,
    qtbot: QtBot,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    council_id = demo_services.councils.list_councils()[0].id
    package = write_package(
        demo_services.database, tmp_path / "a.buurtdesk", council_id=council_id
    ).path
    window = build_window(empty_services)
    qtbot.addWidget(window)
    preview = window.exchange_menu.open_import(package)
    qtbot.waitUntil(lambda: preview.plan is not None, timeout=30_000)
    write_package(
        demo_services.database, package, council_id=council_id
    )  # another package, same name
    preview.apply_button.click()
    qtbot.waitUntil(lambda: not preview.background.running, timeout=30_000)
    assert "niet het pakket van het voorbeeld" in preview.status.text()
    assert preview.apply_button.isHidden() and preview.close_button.text() == "Sluiten"
    assert empty_services.councils.list_councils() == []


def test_a_spreadsheet_that_cannot_be_written_says_so(
    demo_services: Services,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dutch: QApplication,
) -> None:
    window = build_window(demo_services)
    qtbot.addWidget(window)
    menu = window.exchange_menu
    _save_as(monkeypatch, tmp_path / "weg" / "acties.csv")
    menu.actions_sheet.trigger()
    qtbot.waitUntil(lambda: not menu.background.running, timeout=30_000)
    said = menu.warning.text()  # one sentence naming the place (the shared output writer's)
    assert "weg" in said and "Traceback" not in said and "\n" not in said
    menu.warning.close()


def test_many_conflicts_are_chosen_page_by_page_or_all_at_once(
    services: Services, qtbot: QtBot, dutch: QApplication
) -> None:
    from datetime import UTC, datetime

    from buurtdesk.exchange.plan import (
        FieldDifference,
        ImportPlan,
        Outcome,
        RecordChange,
        TableSummary,
    )
    from buurtdesk.ui.exchange.import_preview import CONFLICTS_PER_PAGE

    now = datetime.now(UTC)
    count = CONFLICTS_PER_PAGE * 2 + 5
    conflicts = tuple(
        RecordChange(
            "action_points",
            f"uuid-{i}",
            f"Actie {i}",
            Outcome.CONFLICT,
            (FieldDifference("title", f"hier {i}", f"daar {i}"),),
            now,
            now,
        )
        for i in range(count)
    )
    plan = ImportPlan(
        "p",
        "council",
        "c",
        "Wijkraad",
        None,
        now.isoformat(),
        (TableSummary("action_points", count, conflicts=count),),
        (),
        conflicts,
    )
    dialog = ImportPreviewDialog(services, Path("veel.buurtdesk"))
    qtbot.addWidget(dialog)
    dialog._planned(plan)
    assert len(dialog.groups) == CONFLICTS_PER_PAGE and not dialog.pages.isHidden()
    assert dialog.page_label.text() == f"Conflicten 1–{CONFLICTS_PER_PAGE} van {count}"
    dialog.groups["uuid-0"].buttons()[1].click()
    dialog.next_page.click()
    dialog.next_page.click()
    assert list(dialog.groups) == [f"uuid-{i}" for i in range(CONFLICTS_PER_PAGE * 2, count)]
    assert not dialog.next_page.isEnabled() and not dialog.apply_button.isEnabled()
    dialog.all_mine.click()
    assert dialog.open_conflicts() == 0 and dialog.apply_button.isEnabled()
    dialog.show_page(0)
    mine, theirs = dialog.groups["uuid-0"].buttons()
    assert mine.isChecked() and not theirs.isChecked()  # "all: mine" covered every page
