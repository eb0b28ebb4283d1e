"""From the meeting editor: the Word copy, "Versturen…" (a draft e-mail for the mail program) and
adopting the previous minutes unchanged or with amendments."""

from __future__ import annotations

import email
import stat
from email import policy
from pathlib import Path

import pytest
from docx import Document
from meeting_world import build_world, make_context
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.app import install_translator
from buurtdesk.domain.enums import MinutesState
from buurtdesk.ui.meetings.section import MeetingsSection

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def world(services):
    return build_world(services)


@pytest.fixture
def section(qtbot, services, world):
    section = MeetingsSection(make_context(services))
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(world.council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    return section


def test_the_documents_menu_offers_word_and_sending(section, world):
    documents = section.editor.documents
    texts = [a.text() for a in section.editor.documents_button.menu().actions()]
    for action in (
        documents.agenda_word,
        documents.minutes_word,
        documents.invitation_mail,
        documents.minutes_mail,
    ):
        assert action.text() in texts
    section.select_meeting(world.next_meeting.id)  # planned: no minutes yet
    assert not documents.minutes_mail.isEnabled() and not documents.minutes_word.isEnabled()
    assert documents.invitation_mail.isEnabled()
    section.select_meeting(world.held.id)
    assert documents.minutes_mail.isEnabled() and documents.minutes_word.isEnabled()


def test_save_minutes_as_word(qtbot, section, world, tmp_path):
    section.select_meeting(world.held.id)
    documents = section.editor.documents
    out = tmp_path / "notulen.docx"
    with qtbot.waitSignal(documents.finished, timeout=60_000):
        documents.start("minutes-word", preview=False, out=out)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    doc = Document(str(out))
    assert doc.paragraphs[0].text == "Notulen" and doc.paragraphs[0].style.name == "Title"


def test_send_invitation_opens_a_draft_and_names_who_has_no_address(
    qtbot, section, services, world
):
    services.meetings.add_guest(world.next_meeting.id, "Gerda Gast", "Welzijn Venlo")
    section.select_meeting(world.next_meeting.id)
    documents = section.editor.documents
    opened: list[Path] = []
    documents.open_file = opened.append
    translator = install_translator(QCoreApplication.instance(), "nl")
    try:
        with qtbot.waitSignal(documents.finished, timeout=60_000):
            documents.invitation_mail.trigger()
        qtbot.waitUntil(lambda: section.editor.notice.isVisible())
        assert "Geen e-mailadres: Gerda Gast — print voor hen." in section.editor.notice.text()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(opened) == 1 and opened[0].suffix == ".eml"
    assert stat.S_IMODE(opened[0].stat().st_mode) == 0o600
    message = email.message_from_bytes(opened[0].read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "anna.maas@example.nl" in message["Bcc"] and "wim@example.nl" in message["Bcc"]
    kinds = sorted(p.get_content_type() for p in message.iter_attachments())
    assert kinds == ["application/pdf", "text/calendar"]


def _open_adopt_dialog(qtbot, section):
    editor = section.editor
    editor.adopt_button.setFocus()
    qtbot.keyClick(editor.adopt_button, Qt.Key.Key_Space)
    dialog = editor.dialog
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    return dialog


def test_adopt_unchanged_with_the_keyboard(qtbot, section, services, world):
    dialog = _open_adopt_dialog(qtbot, section)
    assert dialog.unchanged.isChecked() and dialog.focusWidget() is dialog.amendments
    qtbot.keyClick(dialog.amendments, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.ok_button
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    held = services.meetings.get_meeting(world.held.id)
    assert held.meeting.minutes_state == MinutesState.ADOPTED
    assert held.minutes_amendments == ""


def test_adopted_with_amendments_needs_the_amendments(qtbot, section, services, world):
    dialog = _open_adopt_dialog(qtbot, section)
    dialog.amended.setFocus()
    qtbot.keyClick(dialog.amended, Qt.Key.Key_Space)
    assert dialog.amended.isChecked() and not dialog.ok_button.isEnabled()
    dialog.amendments.setFocus()
    qtbot.keyClicks(dialog.amendments, "Punt 4: Bos in plaats van Bosch.")
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.amendments, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    held = services.meetings.get_meeting(world.held.id)
    assert held.minutes_amendments == "Punt 4: Bos in plaats van Bosch."
