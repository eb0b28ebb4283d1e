"""A real meeting recorded by keyboard alone: every key goes to the widget that has the focus.

The voorzitter sent apologies and the vicevoorzitter chairs; one member is absent without
notice; the wijkagent comes as a guest and takes an action point; a sub-item, notes, two
decisions, four action points, the review of the action list (done, dropped, progress), and
closing once without a next date (undone) and once with one. Then the minutes and
`buurtdesk show meeting --json` say exactly that.
"""

from __future__ import annotations

import json
from datetime import date

import pytest
from meeting_world import make_context
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from buurtdesk.cli import main as cli_main
from buurtdesk.documents.meetings.minutes import render_minutes
from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
)
from buurtdesk.ui.meeting_mode.attendance_dialog import AttendanceDialog
from buurtdesk.ui.meeting_mode.capture import ActionDialog, DecisionDialog
from buurtdesk.ui.meeting_mode.closing import CloseMeetingDialog
from buurtdesk.ui.meetings.section import MeetingsSection
from tests.documents.pdf_checks import assert_in_order, flat_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier

MEMBERS = (
    ("Anna Maas", (MembershipRole.CHAIR,)),
    ("Wim Hermans", (MembershipRole.VICE_CHAIR,)),
    ("Jeroen Theunissen", (MembershipRole.SECRETARY, MembershipRole.MINUTE_TAKER)),
    ("Karel Peeters", (MembershipRole.MEMBER,)),
    ("Truus de Vries", (MembershipRole.MEMBER,)),
)


@pytest.fixture
def world(services):
    council = services.councils.create_council(
        "Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG, default_place="Buurthuis, Hogeweg 12"
    )
    people = {}
    for name, roles in MEMBERS:
        person = services.councils.add_person(name, email=f"{name.split()[0]}@example.nl")
        for role in roles:
            services.councils.add_member(council.id, person.id, role, since=date(2025, 1, 1))
        people[name] = person
    held = services.meetings.plan_meeting(council.id, date(2026, 2, 10))
    services.meetings.start_meeting(held.id)
    carried = [
        services.actions.add_action(
            council.id, title, owner_person_id=people["Truus de Vries"].id, meeting_id=held.id
        )
        for title in ("Offerte bankjes", "Folder drukken", "Wijkschouw plannen")
    ]
    services.meetings.closing.close(held.id, date(2026, 3, 10))
    meeting = services.meetings.list_meetings(council.id)[-1]
    assert meeting.date == date(2026, 3, 10)
    services.meetings.add_item(meeting.id, "Verkeer", planned_minutes=20)
    return council, people, meeting, carried


@pytest.fixture
def section(qtbot, services, world, dutch):
    council = world[0]
    section = MeetingsSection(make_context(services))
    section.full_screen = False
    qtbot.addWidget(section)
    section.show_council(council.id)
    section.resize(1366, 768)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    return section


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "something has the focus"
    return widget


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), k, modifiers)


def type_(qtbot, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def wait_for(qtbot, window, kind):
    qtbot.waitUntil(lambda: isinstance(window.dialog, kind) and window.dialog.isVisible())
    window.dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window.dialog)
    return window.dialog


def back_to(qtbot, mode) -> None:
    mode.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is mode)


def go_to(qtbot, mode, title: str) -> None:
    for _ in range(len(mode.detail.items)):
        if mode.current_item().title == title:
            return
        key(qtbot, Qt.Key.Key_PageDown)
    raise AssertionError(f"no item {title}")


def open_mode(qtbot, section):
    key(qtbot, Qt.Key.Key_F5)
    mode = section.mode
    assert mode is not None, "F5 opens meeting mode"
    qtbot.waitExposed(mode)
    back_to(qtbot, mode)
    return mode


def add_action(qtbot, mode, what: str, who: str, due: str) -> None:
    key(qtbot, Qt.Key.Key_A, CTRL | SHIFT)
    dialog = wait_for(qtbot, mode, ActionDialog)
    type_(qtbot, what)
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, who)
    # the whole name is typed; the completion offered it (guests included)
    offered = [
        dialog.completer.completionModel().index(r, 0).data()
        for r in range(dialog.completer.completionCount())
    ]
    assert any(who in name for name in offered), offered
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.due
    type_(qtbot, due)
    key(qtbot, Qt.Key.Key_Return)
    assert not dialog.isVisible(), dialog.error.text() if hasattr(dialog, "error") else ""
    back_to(qtbot, mode)


def test_a_real_meeting_by_keyboard_alone(qtbot, services, world, section, tmp_path, capsys):
    council, people, meeting, carried = world
    meetings = services.meetings
    assert section.editor.meeting_id() == meeting.id

    # -- in the editor: a sub-item under "Verkeer", refused at the top of the agenda ---------
    key(qtbot, Qt.Key.Key_N, ALT)  # "&Nieuw punt"
    assert focused() is section.editor.new_item
    type_(qtbot, "Drempels Hogeweg")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_G, ALT)  # "A&genda"
    assert focused() is section.editor.agenda
    key(qtbot, Qt.Key.Key_Home, CTRL)
    key(qtbot, Qt.Key.Key_Right, CTRL)
    assert "subpunt" in section.editor.error.text().lower()
    assert meetings.get_meeting(meeting.id).items[0].level == 0
    key(qtbot, Qt.Key.Key_End, CTRL)
    key(qtbot, Qt.Key.Key_Up, times=2)
    key(qtbot, Qt.Key.Key_Right, CTRL)
    items = meetings.get_meeting(meeting.id).items
    numbered = [(i.number, i.title) for i in items]
    assert ("6", "Verkeer") in numbered and ("6a", "Drempels Hogeweg") in numbered

    # -- meeting mode: attendance in all four states, a guest, the vice-chair chairs -----------
    mode = open_mode(qtbot, section)
    assert meetings.get_summary(meeting.id).opened_at is not None
    key(qtbot, Qt.Key.Key_P, CTRL)
    dialog = wait_for(qtbot, mode, AttendanceDialog)
    assert focused() is dialog.people
    assert "K" in dialog.panel.hint.text() and "Z" in dialog.panel.hint.text()
    # Role order: voorzitter, vicevoorzitter, secretaris; then members by surname.
    names = [dialog.people.item(r).text().split(" — ")[0] for r in range(dialog.people.count())]
    assert names == [
        "Anna Maas",
        "Wim Hermans",
        "Jeroen Theunissen",
        "Karel Peeters",
        "Truus de Vries",
    ]
    assert dialog.panel.count.text() == "0 van 5 aanwezig"
    for state in (Qt.Key.Key_K, Qt.Key.Key_A, Qt.Key.Key_A, Qt.Key.Key_Z, Qt.Key.Key_A):
        key(qtbot, state)
        key(qtbot, Qt.Key.Key_Down)
    states = {a.name: a.status for a in meetings.get_meeting(meeting.id).attendance}
    assert states == {
        "Anna Maas": AttendanceStatus.APOLOGIES,
        "Wim Hermans": AttendanceStatus.PRESENT,
        "Jeroen Theunissen": AttendanceStatus.PRESENT,
        "Karel Peeters": AttendanceStatus.ABSENT,
        "Truus de Vries": AttendanceStatus.PRESENT,
    }
    assert dialog.panel.count.text() == "3 van 5 aanwezig"
    # An attendance change is undoable.
    section.editor.context.undo_stack.undo()
    assert meetings.get_meeting(meeting.id).attendance[4].status == AttendanceStatus.UNKNOWN
    section.editor.context.undo_stack.redo()
    assert meetings.get_meeting(meeting.id).attendance[4].status == AttendanceStatus.PRESENT
    # Someone present cannot also send apologies ("Afmelding" on Truus, who is present).
    key(qtbot, Qt.Key.Key_M, ALT)  # "Af&melding…"
    qtbot.waitUntil(lambda: "aanwezig" in dialog.error.text())
    assert meetings.get_meeting(meeting.id).attendance[4].status == AttendanceStatus.PRESENT
    # A guest needs a name.
    key(qtbot, Qt.Key.Key_O, ALT)  # "&Organisatie"
    assert focused() is dialog.panel.organisation_field
    type_(qtbot, "Politie Limburg-Noord")
    key(qtbot, Qt.Key.Key_Return)
    assert "naam" in dialog.error.text()
    assert focused() is dialog.guest
    type_(qtbot, "Ramon Peeters")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is dialog.panel.organisation_field
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "wijkagent")
    key(qtbot, Qt.Key.Key_Return)
    guest = next(a for a in meetings.get_meeting(meeting.id).attendance if a.is_guest)
    assert (guest.name, guest.organisation, guest.function) == (
        "Ramon Peeters",
        "Politie Limburg-Noord",
        "wijkagent",
    )
    # The voorzitter sent apologies: the vicevoorzitter is in the chair; chosen again by name.
    assert dialog.panel.chair_field.text() == "Wim Hermans"
    key(qtbot, Qt.Key.Key_R, ALT)  # "Voo&rzitter"
    assert focused() is dialog.panel.chair_field
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_(qtbot, "Wim Hermans")
    key(qtbot, Qt.Key.Key_Return)
    detail = meetings.get_meeting(meeting.id)
    assert detail.chair is not None and detail.chair.name == "Wim Hermans"
    assert detail.minute_taker is not None and detail.minute_taker.name == "Jeroen Theunissen"
    key(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    back_to(qtbot, mode)

    # -- notes, two decisions, four action points (one for the guest) -------------------------
    go_to(qtbot, mode, "Mededelingen")
    type_(qtbot, "De wijkagent meldt minder inbraken.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    go_to(qtbot, mode, "Verkeer")
    type_(qtbot, "Er wordt te hard gereden op de Hogeweg.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    for text in ("Het overleg vraagt de gemeente om drempels.", "De wijkschouw is op 4 april."):
        key(qtbot, Qt.Key.Key_B, CTRL)
        wait_for(qtbot, mode, DecisionDialog)
        type_(qtbot, text)
        key(qtbot, Qt.Key.Key_Return, CTRL)
        back_to(qtbot, mode)
    add_action(qtbot, mode, "Snelheid meten op de Hogeweg", "Ramon Peeters", "01-04-2026")
    add_action(qtbot, mode, "Brief aan de gemeente", "Wim Hermans", "")
    go_to(qtbot, mode, "Drempels Hogeweg")
    type_(qtbot, "Bewoners willen drempels bij de school.")
    qtbot.waitUntil(lambda: mode.keeper.settled, timeout=3000)
    add_action(qtbot, mode, "Handtekeningen verzamelen", "Truus de Vries", "")
    add_action(qtbot, mode, "Schoolbestuur benaderen", "Jeroen Theunissen", "")

    # -- the review at the action list: done, dropped, progress -------------------------------
    while mode.current_item().position > 1:
        key(qtbot, Qt.Key.Key_PageUp)  # back to the first item
    go_to(qtbot, mode, "Actielijst")
    review = mode.review
    assert focused() is review.list
    key(qtbot, Qt.Key.Key_D)
    key(qtbot, Qt.Key.Key_V)
    key(qtbot, Qt.Key.Key_P)
    type_(qtbot, "Drukker is gevraagd")
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_O)
    statuses = [services.actions.get_action(a.id).status for a in carried]
    assert statuses == [ActionStatus.DONE, ActionStatus.DROPPED, ActionStatus.OPEN]

    # -- close without a next date; undo; close again with the date agreed -------------------
    key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    closing = wait_for(qtbot, mode, CloseMeetingDialog)
    key(qtbot, Qt.Key.Key_N, ALT)  # "&Nog niet afgesproken"
    qtbot.waitUntil(closing.not_agreed.isChecked)
    with qtbot.waitSignal(mode.meeting_closed) as closed:
        key(qtbot, Qt.Key.Key_Return)
    assert closed.args[1] is None
    detail = meetings.get_meeting(meeting.id)
    assert detail.meeting.status == MeetingStatus.CLOSED and detail.next_meeting is None
    assert len(meetings.list_meetings(council.id)) == 2, "nothing invented"
    section.editor.context.undo_stack.undo()
    assert meetings.get_summary(meeting.id).status == MeetingStatus.IN_PROGRESS
    assert meetings.get_summary(meeting.id).minutes_state is None
    qtbot.waitUntil(lambda: section.editor.meeting_id() == meeting.id)
    section.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is section)
    key(qtbot, Qt.Key.Key_G, ALT)
    mode = open_mode(qtbot, section)
    key(qtbot, Qt.Key.Key_E, CTRL | SHIFT)
    closing = wait_for(qtbot, mode, CloseMeetingDialog)
    assert focused() is closing.date_field
    type_(qtbot, "03-03-2026")
    key(qtbot, Qt.Key.Key_Return)
    assert "na" in closing.error.text(), "a next date before the meeting is refused"
    key(qtbot, Qt.Key.Key_A, CTRL)
    type_(qtbot, "14-04-2026")
    with qtbot.waitSignal(mode.meeting_closed) as closed:
        key(qtbot, Qt.Key.Key_Return)
    assert closed.args[1].date == date(2026, 4, 14)
    detail = meetings.get_meeting(meeting.id)
    assert detail.meeting.minutes_state == MinutesState.DRAFT
    assert detail.next_meeting is not None and detail.next_meeting.date == date(2026, 4, 14)
    assert detail.meeting.closed_at is not None

    # -- `show meeting --json` and the minutes say exactly that ---------------------------------
    assert services.database.path is not None
    capsys.readouterr()
    code = cli_main(
        [
            "show",
            "meeting",
            "--db",
            str(services.database.path),
            "--meeting",
            str(meeting.id),
            "--json",
        ]
    )
    assert code == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["chair"]["name"] == "Wim Hermans"
    assert shown["minute_taker"]["name"] == "Jeroen Theunissen"
    assert shown["besloten"] is False and shown["opened_at"] and shown["closed_at"]
    assert [(a["name"], a["state"]) for a in shown["attendance"]] == [
        ("Anna Maas", "apologies"),
        ("Wim Hermans", "present"),
        ("Jeroen Theunissen", "present"),
        ("Karel Peeters", "absent"),
        ("Truus de Vries", "present"),
        ("Ramon Peeters", "guest"),
    ]
    assert shown["attendance"][1]["roles"] == ["vice_chair"]
    assert shown["attendance"][5]["organisation"] == "Politie Limburg-Noord"
    assert shown["attendance"][5]["function"] == "wijkagent"
    by_title = {i["title"]: i for i in shown["items"]}
    assert by_title["Verkeer"]["number"] == "6" and by_title["Drempels Hogeweg"]["number"] == "6a"
    assert by_title["Drempels Hogeweg"]["notes"] == "Bewoners willen drempels bij de school."
    assert [d["text"] for d in by_title["Verkeer"]["decisions"]] == [
        "Het overleg vraagt de gemeente om drempels.",
        "De wijkschouw is op 4 april.",
    ]
    assert [(a["title"], a["owner"]) for a in shown["actions"]] == [
        ("Snelheid meten op de Hogeweg", "Ramon Peeters"),
        ("Brief aan de gemeente", "Wim Hermans"),
        ("Handtekeningen verzamelen", "Truus de Vries"),
        ("Schoolbestuur benaderen", "Jeroen Theunissen"),
    ]
    review = by_title["Actielijst"]["review"]
    assert [(r["title"], r["outcome"], r["progress"]) for r in review] == [
        ("Offerte bankjes", "done", ""),
        ("Folder drukken", "dropped", ""),
        ("Wijkschouw plannen", "open", "Drukker is gevraagd"),
    ]
    assert shown["next_meeting"]["date"] == "2026-04-14"

    pdf = render_minutes(services, meeting.id, tmp_path / "minutes.pdf")
    text = flat_text(pdf)
    assert_in_order(
        text,
        [
            "Wim Hermans",
            "Ramon Peeters",
            "De wijkagent meldt minder inbraken.",
            "Verkeer",
            "Er wordt te hard gereden op de Hogeweg.",
            "Het overleg vraagt de gemeente om drempels.",
            "De wijkschouw is op 4 april.",
            "Drempels Hogeweg",
            "Bewoners willen drempels bij de school.",
        ],
    )
    assert_in_order(text, ["Voorzitter: Wim Hermans", "Notulist: Jeroen Theunissen"])
    assert_in_order(
        text, ["Actielijst", "Offerte bankjes", "afgerond", "Folder drukken", "vervallen"]
    )
    assert "6a. Drempels Hogeweg" in text and "volgende vergadering" in text.lower()
    assert "14 april 2026" in text
    for title in (
        "Snelheid meten op de Hogeweg",
        "Brief aan de gemeente",
        "Handtekeningen verzamelen",
        "Schoolbestuur benaderen",
    ):
        assert title in text, f"the new action {title!r} is in the minutes"
    assert "Drukker is gevraagd" in text
