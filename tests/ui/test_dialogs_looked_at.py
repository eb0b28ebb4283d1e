"""What the pictures of every dialog at 200 % text on a small screen showed, as a user meets
it: a dialog that grows stays on the screen; the field the program gives the focus scrolls into
sight and a refusal stays in sight above a scrolled body; answers of a question stay whole;
the chosen search result reads in high contrast; a field shows its text from the start; the
words of the questions (plurals, the glossary's terms).

The walk at the end opens every dialog (test_dialogs_for_everyone.WINDOWS) and the questions a
chair meets at 200 % and checks them with window_check.py and room_check.py."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot
from room_check import problems
from test_dialogs_for_everyone import WINDOWS, _context
from window_check import focus_out_of_sight, looked_at, message_read, off_screen, tails_shown

from buurtdesk.services import Services
from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style, apply_theme

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "This plugin does not support"
)


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    yield qapp
    apply_style(qapp, 1.0)
    apply_theme(qapp, "system")
    install_language(qapp, "en")


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(60)  # the dialogs fit themselves through the event queue


def _fund_dialog(qtbot: QtBot, services: Services) -> QWidget:
    from buurtdesk.ui.municipality.funds import FundDialog

    dialog = FundDialog(_context(services))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    return dialog


def _double_click_share(qtbot: QtBot, dialog: QWidget, row: int = 0) -> None:
    """Last year's shares (the demo's), and a double click on one of them."""
    year = dialog.year  # type: ignore[attr-defined]
    year.setCurrentIndex(year.findData(year.currentData() - 1))
    _settle(qtbot)
    table = dialog.shares_part.shares  # type: ignore[attr-defined]
    assert table.rowCount() > row, "the demo divided last year's fund"
    body = dialog.findChild(QScrollArea, "dialogBody")
    if body is not None:
        body.ensureWidgetVisible(table)
        _settle(qtbot)
    rect = table.visualRect(table.model().index(row, 0))
    # a real double click: the second press, then the double click (QTest leaves it out)
    qtbot.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    _settle(qtbot)


# -- a grown dialog on the screen, and what has the focus in sight ------------------------------
def test_a_dialog_that_grows_stays_on_the_screen(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    dialog = _fund_dialog(qtbot, demo_services)
    assert not off_screen(dialog), off_screen(dialog)
    # a refusal makes it grow again: still on the screen
    qtbot.keyClicks(dialog.contribution, "veel")  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.contribution, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    _settle(qtbot)
    assert dialog.notice.message()  # type: ignore[attr-defined]
    assert not off_screen(dialog), off_screen(dialog)


def test_the_field_given_the_focus_scrolls_into_sight(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    """A double click on a share puts it into the form below and the focus in its amount: the
    chair sees the field, not the top of the dialog."""
    dialog = _fund_dialog(qtbot, demo_services)
    assert dialog.findChild(QScrollArea, "dialogBody") is not None, "the body scrolls at 200 %"
    body = dialog.findChild(QScrollArea, "dialogBody")
    assert body is not None
    body.verticalScrollBar().setValue(0)  # back at the top, as when it was opened
    _settle(qtbot)
    _double_click_share(qtbot, dialog)
    share = dialog.shares_part.share  # type: ignore[attr-defined]
    assert share.hasFocus()
    assert not focus_out_of_sight(dialog), focus_out_of_sight(dialog)


def test_a_refusal_stays_in_sight_above_a_scrolled_body(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    """Typing a share that cannot be read, far down in the dialog: the sentence that says why
    shows above the scrolled part, and the field stays in sight to correct it."""
    dialog = _fund_dialog(qtbot, demo_services)
    _double_click_share(qtbot, dialog)
    share = dialog.shares_part.share  # type: ignore[attr-defined]
    share.selectAll()
    qtbot.keyClicks(share, "heel veel")
    qtbot.keyClick(share, Qt.Key.Key_Return)
    _settle(qtbot)
    notice = dialog.notice  # type: ignore[attr-defined]
    assert notice.message()
    body = dialog.findChild(QScrollArea, "dialogBody")
    assert body is not None and not body.isAncestorOf(notice), "the notice scrolls away"
    top_left = notice.mapTo(dialog, QPoint(0, 0))
    assert dialog.rect().contains(top_left) and notice.isVisible()
    assert share.hasFocus() and not focus_out_of_sight(dialog), focus_out_of_sight(dialog)


def test_a_share_in_the_form_shows_its_decision_from_the_start(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    dialog = _fund_dialog(qtbot, demo_services)
    _double_click_share(qtbot, dialog)
    decision = dialog.shares_part.decision  # type: ignore[attr-defined]
    assert decision.text(), "the demo's shares carry the board's decision"
    assert not tails_shown(dialog), tails_shown(dialog)
    shares = dialog.shares_part.shares  # type: ignore[attr-defined]
    header = shares.model().headerData(1, Qt.Orientation.Horizontal)
    assert header == "Bestuur besloot op"  # the column holds the date, as the form's field


# -- questions ----------------------------------------------------------------------------------
def _while_open(ask: Callable[[], object], look: Callable[[QWidget], object]) -> None:
    """Run a modal question, `look` at it while it is open, then cancel it."""
    seen: list[QWidget] = []

    def watch() -> None:
        box = QApplication.activeModalWidget()
        if box is None or not box.isVisible():
            QTimer.singleShot(10, watch)
            return
        QApplication.processEvents()
        seen.append(box)
        look(box)
        box.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, watch)
    ask()
    assert seen, "no question was asked"


def test_the_answers_to_a_question_stay_whole_at_large_text(
    qtbot: QtBot, large_text: QApplication
) -> None:
    """'Reservekopieën opschonen / verwijderen / bewaren' at 200 %: each answer reads whole."""
    from buurtdesk.ui.registers.forget_backups import ask_about_backups

    squeezed: list[str] = []

    def look(box: QWidget) -> None:
        buttons = box.findChild(QDialogButtonBox)
        assert buttons is not None
        for button in buttons.buttons():
            if button.width() < button.sizeHint().width():
                squeezed.append(f"{button.text()}: {button.width()} < {button.sizeHint().width()}")
        squeezed.extend(problems(box))

    _while_open(lambda: ask_about_backups(None, 3), look)
    assert not squeezed, squeezed


@pytest.mark.parametrize(
    "question",
    [
        "Dit actiepunt heeft nog geen eigenaar en de uiterste datum ligt in het verleden. "
        "Wilt u het toch zo vastleggen? U kunt de eigenaar en de datum later nog aanpassen.",
        "Agendapunt verwijderen?",
    ],
)
def test_a_question_at_large_text_reads_in_whole_lines(
    qtbot: QtBot, large_text: QApplication, question: str
) -> None:
    """Qt wraps a message at 500 px whatever the text size: at 200 % four words a line. A
    question wraps at about 65 characters (or the screen's room), a short one stays short."""
    from buurtdesk.ui.common.accessible import LINE, ask

    seen: list[tuple[int, int, int, int]] = []

    def look(box: QWidget) -> None:
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        metrics = label.fontMetrics()
        seen.append(
            (
                label.width(),
                metrics.horizontalAdvance(question),
                LINE * metrics.averageCharWidth(),
                label.height() // metrics.lineSpacing(),
            )
        )

    _while_open(lambda: ask(None, "Vraag", question), look)
    width, whole, line, lines = seen[0]
    screen = QApplication.primaryScreen().availableGeometry().width()
    if whole <= line:  # one line, no wider than its text
        assert lines == 1 and width <= whole + 4, seen
    else:  # wrapped at the line length, or as wide as the box can be on this screen
        assert width >= min(line, screen - 200), seen
        assert lines <= -(-whole // min(line, screen - 200)) + 1, seen


def test_which_version_stays_speaks_the_screens_words(
    qtbot: QtBot, large_text: QApplication
) -> None:
    from datetime import date

    from buurtdesk.domain.enums import ActionStatus
    from buurtdesk.services.base import VersionConflict
    from buurtdesk.ui.common.conflict import choose_version

    conflict = VersionConflict(
        {
            "status": ActionStatus.IN_PROGRESS,
            "due_date": date(2026, 12, 15),
            "amount_cents": 450000,
        },
        {"status": ActionStatus.DONE, "due_date": date(2027, 1, 31), "amount_cents": 12},
        4,
    )
    shown: list[str] = []
    _while_open(
        lambda: choose_version(None, conflict),
        lambda box: shown.append(message_read(box) + "\n" + "\n".join(problems(box))),  # type: ignore[attr-defined]
    )
    text = shown[0]
    assert "Bezig" in text and "Afgerond" in text and "in_progress" not in text
    assert "€\xa04.500,00" in text and "450000" not in text  # the sign stays with the amount
    assert "Uiterlijk" in text and "Uiterste datum" not in text  # docs/glossary.md


def test_removing_an_agenda_item_counts_its_decisions_in_words(
    qtbot: QtBot, dutch: QApplication, demo_services: Services
) -> None:
    """Removing an agenda item that holds decisions asks first: one decision is 'een
    besluit', two are '2 besluiten', never 'besluit(en)'."""
    from buurtdesk.ui.meetings.editor import MeetingEditor

    meetings = demo_services.meetings
    editor = MeetingEditor(_context(demo_services))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    asked: list[str] = []
    editor.confirm = lambda _title, question: asked.append(question) or False  # type: ignore[method-assign]
    for council in demo_services.councils.list_councils():
        for meeting in meetings.list_meetings(council.id):
            editor.show_meeting(meeting.id)
            if editor.is_read_only() or editor.detail is None:
                continue
            for item in editor.detail.items:
                if meetings.decisions_on_item(item.id):
                    editor.agenda.selectRow(editor.model.row_of(item.id))
                    remove = editor.agenda_editor.controls[2]  # "Verwijderen"
                    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert asked, "the demo has an editable agenda item with decisions"
    assert not [q for q in asked if "besluit(en)" in q], asked
    assert all(("valt een besluit" in q) or ("besluiten" in q) for q in asked), asked


# -- the chosen search result in high contrast ---------------------------------------------------
def _contrast(one: object, other: object) -> float:
    def luminance(colour: object) -> float:
        parts = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):  # type: ignore[attr-defined]
            parts.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_the_chosen_search_result_reads_in_every_theme(
    qtbot: QtBot, large_text: QApplication, demo_services: Services, theme: str
) -> None:
    from PySide6.QtGui import QPalette

    from buurtdesk.ui.search import SearchDialog

    apply_theme(large_text, theme)
    dialog = SearchDialog(demo_services)
    qtbot.addWidget(dialog)
    dialog.start("bankjes")
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: len(dialog.hits) > 1)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Down)  # to the second result
    for row in (0, 1):
        label = dialog.results.itemWidget(dialog.results.item(row))
        chosen = row == dialog.results.currentRow()
        ground = dialog.results.palette().color(
            QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base
        )
        words = label.palette().color(label.foregroundRole())
        assert _contrast(words, ground) >= 4.5, (theme, row, words.name(), ground.name())


# -- the walk ----------------------------------------------------------------------------------
@pytest.mark.timeout(600)
def test_every_dialog_at_large_text_as_looked_at(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    found: list[str] = []
    for name, open_window in WINDOWS.items():
        if name == "meeting mode":
            continue
        shown = open_window(demo_services)
        qtbot.addWidget(shown.window)
        shown.window.show()
        qtbot.waitExposed(shown.window)
        for state, enter in shown.states:
            enter()
            _settle(qtbot)
            found += [f"{name} {state}: {p}" for p in looked_at(shown.window)]
        shown.window.close()
        for kept in shown.keep:
            if isinstance(kept, QWidget):
                kept.close()
    assert not found, "\n".join(found)


def test_no_field_is_left_showing_its_end(qtbot: QtBot) -> None:
    """The check itself: a narrow field filled by the program is caught, one shown from its
    start is not."""
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    field.setGeometry(0, 0, 120, 30)
    window.show()
    field.setText("Buurthuis De Klingerberg, Hogeweg 12")
    assert tails_shown(window)
    field.setCursorPosition(0)
    assert not tails_shown(window)


# -- the backups' sizes and the foreword's room -------------------------------------------------
def test_backup_sizes_are_written_the_dutch_way(
    qtbot: QtBot, dutch: QApplication, demo_services: Services
) -> None:
    """'1,5 MB', not '1.5 MB' (in Dutch the point groups thousands)."""
    import re

    from test_dialogs_for_everyone import backups

    dialog = backups(demo_services).window
    qtbot.addWidget(dialog)
    dialog.show()
    sizes = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]  # type: ignore[attr-defined]
    assert sizes
    assert all(re.fullmatch(r"\d+(,\d)?\xa0(MB|kB)", size) for size in sizes), sizes


def test_the_foreword_has_room_for_a_paragraph_at_large_text(
    qtbot: QtBot, large_text: QApplication, demo_services: Services
) -> None:
    from buurtdesk.ui.municipality.annual_report import FOREWORD_LINES

    opened = WINDOWS["annual report"](demo_services)
    dialog = opened.window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(qtbot)
    foreword = dialog.foreword  # type: ignore[attr-defined]
    lines = foreword.viewport().height() / foreword.fontMetrics().lineSpacing()
    assert lines >= FOREWORD_LINES - 0.5, lines
    assert not off_screen(dialog)


def test_export_starts_at_the_choice_made(
    qtbot: QtBot, dutch: QApplication, demo_services: Services
) -> None:
    """Opened with a meeting chosen, the keyboard starts at 'Eén vergadering': Space there keeps
    the choice (on 'Het hele overleg' it would quietly export the whole council)."""
    dialog = WINDOWS["export"](demo_services).window
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    one = dialog.one  # type: ignore[attr-defined]
    assert one.isChecked()
    assert QApplication.focusWidget() is one
    qtbot.keyClick(one, Qt.Key.Key_Space)
    assert one.isChecked() and dialog.chosen_meeting() is not None  # type: ignore[attr-defined]
    assert "&hele" in dialog.whole.text()  # type: ignore[attr-defined]  # Alt+H reaches the other
    assert "aanwezigheid" in dialog.one_note.text()  # type: ignore[attr-defined]  # as everywhere


def _restore_question(services: Services) -> None:
    from test_dialogs_for_everyone import backups

    dialog = backups(services).window
    dialog.show()
    dialog.table.selectRow(0)  # type: ignore[attr-defined]
    dialog.restore_selected()  # type: ignore[attr-defined]
    dialog.close()


def _backups_question(_services: Services) -> None:
    from buurtdesk.ui.registers.forget_backups import ask_about_backups

    ask_about_backups(None, 3)


def _long_conflict(_services: Services) -> None:
    from buurtdesk.services.base import VersionConflict
    from buurtdesk.ui.common.conflict import choose_version

    said = "De bewoners van de Kaldenkerkerweg vragen om nieuwe bankjes bij de vijver. " * 6
    choose_version(None, VersionConflict({"notes": said + "A"}, {"notes": said + "B"}, 4))


def _fund_questions(which: str) -> Callable[[Services], object]:
    def ask(services: Services) -> None:
        from buurtdesk.ui.municipality.funds import FundDialog

        dialog = FundDialog(_context(services))
        dialog.show()
        if which == "new fund":
            dialog.new_fund()
        else:
            dialog.shares_part.confirm("Het fonds heeft € 1.200,00 en al € 1.150,00 toegedeeld.")
        dialog.close()

    return ask


QUESTIONS: dict[str, Callable[[Services], object]] = {
    "restore a backup": _restore_question,
    "forget backups": _backups_question,
    "which version stays, long texts": _long_conflict,
    "a new fund's name": _fund_questions("new fund"),
    "more than was paid in": _fund_questions("short"),
}


@pytest.mark.parametrize("question", list(QUESTIONS))
def test_the_questions_a_chair_meets_fit_at_large_text(
    qtbot: QtBot, large_text: QApplication, demo_services: Services, question: str
) -> None:
    """The walk of the questions: each read whole at 200 % (room_check), on the screen."""
    found: list[str] = []
    _while_open(
        lambda: QUESTIONS[question](demo_services),
        lambda box: found.extend(problems(box) + off_screen(box)),
    )
    assert not found, found
