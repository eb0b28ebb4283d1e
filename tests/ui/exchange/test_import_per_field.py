"""The import preview speaks Dutch sentences and settles a conflict per field, by keyboard."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton
from pytestqt.qtbot import QtBot

from buurtdesk.domain.enums import CouncilKind, MeetingStatus, MembershipRole
from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite
from buurtdesk.ui.exchange.import_preview import ImportPreviewDialog


@pytest.fixture
def laptop_b(tmp_path: Path, migrated_template: Path, clock: Any) -> Iterator[Services]:
    path = tmp_path / "laptop-b.db"
    shutil.copyfile(migrated_template, path)
    db = open_sqlite(path)
    yield Services.build(db, clock)
    db.dispose()


def _both_edit_one_meeting(a: Services, b: Services, tmp_path: Path) -> tuple[Path, int]:
    council = a.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    anna = a.councils.add_person("Anna de Vries")
    a.councils.add_member(council.id, anna.id, MembershipRole.CHAIR)
    meeting = a.meetings.plan_meeting(council.id, date(2026, 12, 24), place="Het Kloosterdorp")
    start = write_package(a.database, tmp_path / "start.buurtdesk", meeting_id=meeting.id).path
    apply_import(b.database, start, plan_import(b.database, start))
    a.meetings.update_meeting(meeting.id, place="Buurthuis De Maaspoort")
    there = next(
        m
        for m in b.meetings.list_meetings(b.councils.list_councils()[0].id)
        if m.uuid == meeting.uuid
    )
    b.meetings.start_meeting(there.id)
    b.meetings.closing.close(there.id, None)
    back = write_package(b.database, tmp_path / "terug.buurtdesk", meeting_id=there.id).path
    return back, meeting.id


def test_a_conflict_is_settled_per_field_and_the_preview_says_what_comes_back(
    services: Services, laptop_b: Services, qtbot: QtBot, tmp_path: Path, dutch: QApplication
) -> None:
    back, meeting_id = _both_edit_one_meeting(services, laptop_b, tmp_path)
    dialog = ImportPreviewDialog(services, back)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    assert dialog.plan is not None
    assert "Op beide laptops gewijzigd: 1; u kiest per veld welke waarde blijft." in (
        dialog.status.text()
    )
    (conflict,) = dialog.plan.conflicts
    box = dialog.conflict_area.boxes[conflict.uuid]
    texts = [w.text() for w in box.findChildren(QRadioButton)]
    assert "Buurthuis De Maaspoort" in texts and "Het Kloosterdorp" in texts
    assert "gepland" in texts and "gesloten" in texts  # values in words, not 'planned'/'closed'
    assert (
        "De vergadering van 24 december 2026: plaats / status"
        in box.findChildren(type(dialog.status))[0].text()
    )
    dialog.show()
    qtbot.waitExposed(dialog)
    if os.environ.get("BUURTDESK_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["BUURTDESK_SHOTS"], "import-preview.png"))
    place = dialog.field_groups[conflict.uuid]["place"].buttons()
    status = dialog.field_groups[conflict.uuid]["status"].buttons()
    place[0].setFocus()
    qtbot.keyClick(place[0], Qt.Key.Key_Space)  # keep my place
    assert dialog.open_conflicts() == 1 and not dialog.apply_button.isEnabled()
    dialog.all_theirs.click()
    # "All theirs" took every field, the place too; the place goes back to mine by its key.
    assert dialog.choices[conflict.uuid] == "theirs"
    qtbot.keyClick(place[0], Qt.Key.Key_Space)
    assert status[1].isChecked() and place[0].isChecked()
    chosen = dialog.choices[conflict.uuid]
    assert isinstance(chosen, dict) and chosen["place"] == "mine" and chosen["status"] == "theirs"
    whole_mine, whole_theirs = dialog.groups[conflict.uuid].buttons()
    assert not whole_mine.isChecked() and not whole_theirs.isChecked()  # a mix: neither
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: bool(dialog.result_sentence), timeout=30_000)
    meeting = services.meetings.get_meeting(meeting_id).meeting
    assert (meeting.place, meeting.status) == ("Buurthuis De Maaspoort", MeetingStatus.CLOSED)
