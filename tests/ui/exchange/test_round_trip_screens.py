"""The round trip through the screens on two fresh databases: the worker's package is imported
on the chair's laptop with the preview, the chair runs the session in meeting mode by keyboard
(wishes, the prepared dot vote, a role with a ladder step, a decision), and the minutes come
back through the preview: everything once, with the chair's values."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from meeting_world import make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from buurtdesk.domain.enums import CouncilKind, LadderStep, MeetingStatus, MembershipRole
from buurtdesk.exchange.tables import EXCHANGED
from buurtdesk.exchange.writing import write_package
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite
from buurtdesk.ui.exchange.import_preview import ImportPreviewDialog
from buurtdesk.ui.meeting_mode.capture import DecisionDialog
from buurtdesk.ui.meeting_mode.cycle_dialogs import RoleDialog, WishDialog
from buurtdesk.ui.meeting_mode.vote_dialog import VoteDialog
from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
CTRL = Qt.KeyboardModifier.ControlModifier
SESSION_DAY = date(2026, 12, 24)


@pytest.fixture
def chair(tmp_path: Path, migrated_template: Path, clock: Any) -> Iterator[Services]:
    path = tmp_path / "voorzitter.db"
    shutil.copyfile(migrated_template, path)
    db = open_sqlite(path)
    yield Services.build(db, clock)
    db.dispose()


def _import_with_the_preview(qtbot: QtBot, services: Services, package: Path) -> str:
    dialog = ImportPreviewDialog(services, package)
    qtbot.addWidget(dialog)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=30_000)
    said = dialog.status.text()
    if os.environ.get("BUURTDESK_SHOTS"):
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.grab().save(
            os.path.join(os.environ["BUURTDESK_SHOTS"], f"preview-{package.stem}.png")
        )
    assert dialog.apply_button.isEnabled(), said
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: bool(dialog.result_sentence), timeout=30_000)
    return said


def _press(qtbot: QtBot, mode: MeetingModeWindow, key: Qt.Key, kind: type) -> Any:
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)
    mode.notes.setFocus()
    qtbot.keyClick(mode.notes, key, CTRL)
    assert isinstance(mode.dialog, kind)
    dialog = mode.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def _type(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _key(
    qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.wait(5)


def test_a_session_prepared_on_one_laptop_is_run_on_the_other_and_comes_back(
    qtbot: QtBot, services: Services, chair: Services, tmp_path: Path, dutch: QApplication
) -> None:
    worker = services
    council = worker.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    anna = worker.councils.add_person("Anna de Vries")
    worker.councils.add_member(council.id, anna.id, MembershipRole.CHAIR)
    cycle = worker.cycle.start_round(council.id, horizon_year=2030)
    green = worker.vision.add_theme(cycle.id, "Groen")
    worker.vision.add_wish(green.id, "Meer bomen aan de Maas")
    prepared = worker.cycle.prepare_session(council.id, SESSION_DAY)
    worker.priorities.open_vote_session(
        cycle.id, dots_per_participant=3, participants=5, meeting_id=prepared.meeting.id
    )
    out = write_package(
        worker.database, tmp_path / "voorbereid.buurtdesk", meeting_id=prepared.meeting.id
    ).path
    said = _import_with_the_preview(qtbot, chair, out)
    assert "Nieuw: " in said and "1 wens" in said and "1 stemronde met 5 deelnemers" in said

    # On the chair's laptop, in meeting mode, by keyboard.
    meeting = next(m for m in chair.meetings.list_meetings(chair.councils.list_councils()[0].id))
    chair.meetings.start_meeting(meeting.id)
    mode = MeetingModeWindow(make_context(chair), meeting.id)
    qtbot.addWidget(mode)
    mode.resize(1366, 768)
    mode.show()
    qtbot.waitExposed(mode)
    wish = _press(qtbot, mode, Qt.Key.Key_W, WishDialog)
    wish.text.setFocus()
    _type(qtbot, "Bankjes bij de speeltuin")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    votes = _press(qtbot, mode, Qt.Key.Key_T, VoteDialog)
    assert votes.session is not None  # the dot vote prepared on the worker's laptop
    votes.table.setFocus()
    votes.table.setCurrentIndex(votes.model.index(0, 2))
    for dots in ("7", "4"):
        _type(qtbot, dots)
        _key(qtbot, Qt.Key.Key_Return)
        _key(qtbot, Qt.Key.Key_Down)
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    qtbot.keyClick(votes, Qt.Key.Key_Escape)
    role = _press(qtbot, mode, Qt.Key.Key_R, RoleDialog)
    _type(qtbot, "Anna de Vries")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_A, CTRL)
    _type(qtbot, "Trekker")
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Tab)
    _key(qtbot, Qt.Key.Key_Down)  # initiatiefnemer
    role.who.setFocus()
    _key(qtbot, Qt.Key.Key_Return)
    decision = _press(qtbot, mode, Qt.Key.Key_B, DecisionDialog)
    decision.text.setFocus()
    _type(qtbot, "Bomen en bankjes gaan voor.")
    _key(qtbot, Qt.Key.Key_Return, CTRL)
    chair.meetings.closing.close(meeting.id, None)
    back = write_package(chair.database, tmp_path / "verslag.buurtdesk", meeting_id=meeting.id).path

    # Back on the worker's laptop, through the preview.
    said = _import_with_the_preview(qtbot, worker, back)
    assert "1 wens" in said and "1 rol" in said and "1 trede" in said and "1 besluit" in said, said
    overview = worker.cycle.round_overview(council.id, cycle.id)
    wishes = {w.text for t in overview.vision.themes for w in t.wishes}
    assert wishes == {"Meer bomen aan de Maas", "Bankjes bij de speeltuin"}
    (vote,) = overview.vision.vote_sessions
    assert {t.wish_text: t.dots for t in vote.tally} == {
        "Meer bomen aan de Maas": 7,
        "Bankjes bij de speeltuin": 4,
    }
    assert [(a.role, a.person_id) for a in overview.roles.assignments] == [("Trekker", anna.id)]
    assert {v.person_id: v.step for v in worker.roles.ladder(council.id)}[
        anna.id
    ] == LadderStep.INITIATOR
    here = worker.meetings.get_meeting(prepared.meeting.id)
    assert here.meeting.status == MeetingStatus.CLOSED
    assert [d.text for d in here.decisions] == ["Bomen en bankjes gaan voor."]
    assert str(here.decisions[0].number) == "2026-001"
    # Every record once on both laptops: the same records, table by table.
    for codec in EXCHANGED:
        assert _uuids(worker, codec.table) == _uuids(chair, codec.table), codec.name


def _uuids(services: Services, table: Any) -> set[str]:
    with services.database.engine.connect() as conn:
        return set(conn.execute(select(table.c.uuid)).scalars())
