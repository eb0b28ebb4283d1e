"""Every dialog BuurtDesk opens, and meeting mode, as anyone would use it: every control named
and described for screen readers, every control reachable by Tab, and in Dutch no English
left (in English no Dutch). Each is opened on the demo data, the way the app opens it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_screens_for_everyone import (
    _catalogue,
    _controls,
    _name_of,
    _tab_stop,
    _visible_texts,
    tab_round,
)
from undo_stacks import undo_stack

from buurtdesk.services import Services
from buurtdesk.ui.common.section import Context

pytestmark = pytest.mark.qt_log_ignore(
    "propagateSizeHints", "does not support raise", "This plugin does not support"
)

KLINGERBERG, STEYL = "Wijkoverleg Klingerberg", "Dorpsraad Steyl"
SHOTS = Path(__file__).resolve().parents[2] / "build" / "screens" / "dialogs"


@dataclass
class Opened:
    """A window as a user sees it, and the states it can be in (each shows other controls)."""

    window: QWidget
    states: list[tuple[str, Callable[[], object]]] = field(
        default_factory=lambda: [("", lambda: None)]
    )
    keep: list[object] = field(default_factory=list)  # what must live as long as the window


def _council(services: Services, name: str) -> int:
    return next(c.id for c in services.councils.list_councils() if c.name == name)


def _context(services: Services) -> Context:

    return Context(services=services, undo_stack=undo_stack())


def _upcoming(services: Services, council_id: int) -> int:
    from buurtdesk.domain.enums import MeetingStatus

    return max(
        (
            m
            for m in services.meetings.list_meetings(council_id)
            if m.status != MeetingStatus.CLOSED
        ),
        key=lambda m: m.date,
    ).id


# -- how each window is opened ----------------------------------------------------------------
def backups(services: Services) -> Opened:
    from buurtdesk.store.backup import create_backup
    from buurtdesk.ui.safety.backups import BackupsDialog

    assert services.database.path is not None
    create_backup(services.database.path, reason="handmatig")
    return Opened(BackupsDialog(services.database.path))


def _damage(services: Services, with_backup: bool) -> Opened:
    from buurtdesk.domain.errors import StoreError
    from buurtdesk.store.backup import create_backup, list_backups
    from buurtdesk.store.recovery import Damage
    from buurtdesk.ui.safety.recovery import RecoveryDialog

    path = services.database.path
    assert path is not None
    if with_backup:
        create_backup(path, reason="dagelijks")
    backup = list_backups(path)[0] if with_backup else None
    error = StoreError.said(
        "The database is damaged: nothing was stored; close BuurtDesk and open it again to "
        "restore a backup."
    )
    return Opened(RecoveryDialog(Damage(path, error, backup)))


def recovery_with_backup(services: Services) -> Opened:
    return _damage(services, True)


def recovery_without_backup(services: Services) -> Opened:
    return _damage(services, False)


def preferences(services: Services) -> Opened:
    from buurtdesk.ui.preferences import Preferences, PreferencesDialog

    return Opened(PreferencesDialog(Preferences()))


def _logo_file() -> str:
    import tempfile

    from PySide6.QtGui import QColor, QImage

    path = Path(tempfile.mkdtemp(prefix="buurtdesk-logo-")) / "logo.png"
    image = QImage(300, 100, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f43"))
    assert image.save(str(path))
    return str(path)


def council_details(services: Services) -> Opened:
    from buurtdesk.ui.council_details import CouncilDetailsDialog

    context = _context(services)
    dialog = CouncilDetailsDialog(
        context, services.councils.get_council(_council(services, KLINGERBERG))
    )
    dialog.choose_file = _logo_file  # type: ignore[method-assign]
    return Opened(dialog, [("", lambda: None), ("with a logo", dialog.choose_logo)], keep=[context])


def new_council(services: Services) -> Opened:
    from buurtdesk.ui.council_details import CouncilDetailsDialog

    context = _context(services)
    dialog = CouncilDetailsDialog(context)
    return Opened(dialog, [("", lambda: None), ("without a name", dialog.save)], keep=[context])


def export(services: Services) -> Opened:
    from buurtdesk.ui.exchange.dialogs import ExportDialog

    council = _council(services, KLINGERBERG)
    return Opened(ExportDialog(services, council, _upcoming(services, council)))


def import_preview(services: Services) -> Opened:
    from buurtdesk.exchange.plan import (
        FieldDifference,
        ImportPlan,
        Outcome,
        RecordChange,
        TableSummary,
    )
    from buurtdesk.ui.exchange.import_preview import CONFLICTS_PER_PAGE, ImportPreviewDialog

    now = datetime(2026, 11, 20, 14, 30, tzinfo=UTC)
    count = CONFLICTS_PER_PAGE + 2  # two pages, so the page buttons show
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
        KLINGERBERG,
        None,
        now.isoformat(),
        (TableSummary("action_points", count, conflicts=count),),
        (),
        conflicts,
    )
    dialog = ImportPreviewDialog(services, Path("van-de-voorzitter.buurtdesk"))
    dialog._planned(plan)  # as when the package has been read
    return Opened(
        dialog,
        [("first page", lambda: dialog.show_page(0)), ("last page", lambda: dialog.show_page(1))],
    )


def reversal(services: Services) -> Opened:
    from buurtdesk.app import build_window
    from buurtdesk.ui.budget.section import BudgetSection

    window = build_window(services)
    window.council_picker.setCurrentIndex(window.council_picker.findText(KLINGERBERG))
    section = next(s for s in window.sections if isinstance(s, BudgetSection))
    window.section_list.setCurrentRow(window.sections.index(section))
    QApplication.processEvents()
    page = section.allocations
    page.table.selectRow(0)
    dialog = page.open_reversal()
    assert dialog is not None, "the demo has an allocation to reverse"
    dialog.hide()
    return Opened(dialog, keep=[window])


def search(services: Services) -> Opened:
    from buurtdesk.ui.search import SearchDialog

    dialog = SearchDialog(services)
    dialog.field.setText("bankjes")
    dialog.run_search()
    assert dialog.hits, "the demo speaks of benches"
    return Opened(dialog)


def _mode(services: Services, meeting_id: int) -> QWidget:
    from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

    mode = MeetingModeWindow(_context(services), meeting_id)
    mode.clock.stop()
    mode.resize(1366, 768)  # the app shows it full screen
    return mode


def meeting_mode(services: Services) -> Opened:
    mode = _mode(services, _upcoming(services, _council(services, KLINGERBERG)))
    states = [
        (f"item {row + 1}", lambda row=row: mode.agenda.setCurrentRow(row))
        for row in range(mode.agenda.count())
    ]  # type: ignore[attr-defined]
    return Opened(mode, states)


def _captured(services: Services, council: str, capture: str, session: bool = False) -> Opened:
    """A dialog as meeting mode opens it with its shortcut; the window stays alive behind it."""
    if session:
        meeting_id = services.cycle.prepare_session(
            _council(services, council), date(2026, 12, 1)
        ).meeting.id
    else:
        meeting_id = _upcoming(services, _council(services, council))
    mode = _mode(services, meeting_id)
    mode.show()  # what is captured shows in the window behind the dialog
    controller = (
        mode.cycle if capture in ("capture_wish", "capture_role", "capture_votes") else mode.capture
    )
    getattr(controller, capture)()
    dialog = mode.dialog
    assert dialog is not None, f"{capture} opened no dialog"
    dialog.hide()
    return Opened(dialog, keep=[mode])


def decision(services: Services) -> Opened:
    opened = _captured(services, KLINGERBERG, "capture_decision")
    voted = opened.window.voted  # type: ignore[attr-defined]
    opened.states = [
        ("", lambda: voted.setChecked(False)),
        ("with a vote", lambda: voted.setChecked(True)),
    ]
    return opened


def action_point(services: Services) -> Opened:
    return _captured(services, KLINGERBERG, "capture_action")


def attendance(services: Services) -> Opened:
    return _captured(services, KLINGERBERG, "capture_attendance")


def wish(services: Services) -> Opened:
    return _captured(services, STEYL, "capture_wish", session=True)


def role(services: Services) -> Opened:
    return _captured(services, STEYL, "capture_role", session=True)


def dot_vote(services: Services) -> Opened:
    opened = _captured(services, STEYL, "capture_votes", session=True)
    dialog = opened.window

    def start() -> None:
        if dialog.session is None:  # type: ignore[attr-defined]
            dialog.participants.setValue(12)  # type: ignore[attr-defined]
            dialog.start_button.click()  # type: ignore[attr-defined]
        assert dialog.session is not None, dialog.warning.text()  # type: ignore[attr-defined]

    opened.states = [("set-up", lambda: None), ("counting", start)]
    return opened


def adopt_minutes(services: Services) -> Opened:
    from buurtdesk.domain.enums import MinutesState
    from buurtdesk.ui.meeting_mode.minutes import AdoptMinutesDialog

    council = _council(services, KLINGERBERG)
    previous = next(
        m for m in services.meetings.list_meetings(council) if m.minutes_state == MinutesState.DRAFT
    )
    return Opened(AdoptMinutesDialog(previous))


def pooled_funds(services: Services) -> Opened:
    from buurtdesk.ui.municipality.funds import FundDialog

    context = _context(services)
    dialog = FundDialog(context)
    assert dialog.view is not None and dialog.view.shares, "the demo has a divided fund"
    last_year = dialog.year.findData(dialog.year.currentData() - 1)

    def unreadable_amount() -> None:
        dialog.contributor.setText("Gemeente Venlo")
        dialog.contribution.setText("veel")
        dialog.record_contribution()
        assert dialog.notice.message(), "an amount that cannot be read is told"

    def overassigned() -> None:
        dialog.year.setCurrentIndex(last_year)
        dialog.shares_part.confirm = lambda _question: True  # type: ignore[method-assign]
        dialog.shares_part.share.setText("999.999,00")
        dialog.shares_part.assign()
        assert dialog.view is not None and dialog.view.is_overassigned

    return Opened(
        dialog,
        [
            ("", lambda: None),
            ("last year", lambda: dialog.year.setCurrentIndex(last_year)),
            ("a share in the form", lambda: dialog.shares_part._share_into_form(0, 0)),
            ("over-assigned", overassigned),
            ("an unreadable amount", unreadable_amount),
        ],
        keep=[context],
    )


def annual_report(services: Services) -> Opened:
    from buurtdesk.ui.municipality.annual_report import AnnualReportDialog

    context = _context(services)
    dialog = AnnualReportDialog(context, _council(services, KLINGERBERG))

    def typed() -> None:
        dialog.foreword.setPlainText(dialog.foreword.toPlainText() + "\n\nTot volgend jaar.")
        dialog.store()

    return Opened(
        dialog,
        [
            ("", lambda: None),
            ("stored", typed),
            ("another year", lambda: dialog.year.setCurrentIndex(dialog.year.count() - 1)),
        ],
        keep=[context],
    )


WINDOWS: dict[str, Callable[[Services], Opened]] = {
    "backups": backups,
    "recovery with a backup": recovery_with_backup,
    "recovery without a backup": recovery_without_backup,
    "preferences": preferences,
    "council details": council_details,
    "new council": new_council,
    "export": export,
    "import preview": import_preview,
    "reversal": reversal,
    "search": search,
    "meeting mode": meeting_mode,
    "decision": decision,
    "action point": action_point,
    "attendance": attendance,
    "adopt minutes": adopt_minutes,
    "wish": wish,
    "role": role,
    "dot vote": dot_vote,
    "pooled funds": pooled_funds,
    "annual report": annual_report,
}


@pytest.fixture(params=list(WINDOWS))
def opened(
    request: pytest.FixtureRequest, qtbot: QtBot, demo_services: Services
) -> Iterator[Opened]:
    shown = WINDOWS[request.param](demo_services)
    qtbot.addWidget(shown.window)
    shown.window.show()
    qtbot.waitExposed(shown.window)
    yield shown
    shown.window.close()
    for kept in shown.keep:
        if isinstance(kept, QWidget):
            kept.close()


def _states(opened: Opened) -> Iterator[str]:
    for name, enter in opened.states:
        enter()
        QApplication.processEvents()
        yield name


def _described(window: QWidget) -> list[QWidget]:
    """The controls, and also the radio buttons of a group that Tab passes over (Qt keeps Tab
    on the group's last focused button; the arrow keys reach the others, which need words too)."""
    grouped = [
        b
        for b in window.findChildren(QAbstractButton)
        if (b.autoExclusive() or b.group() is not None) and b.isVisibleTo(window) and b.isEnabled()
    ]
    controls = _controls(window)
    return controls + [b for b in grouped if b not in controls]


# -- the tests --------------------------------------------------------------------------------
def test_every_control_has_a_name_and_a_description(english: QApplication, opened: Opened) -> None:
    seen, wanting = 0, []
    for state in _states(opened):
        for control in _described(opened.window):
            name, description = _name_of(control).strip(), control.accessibleDescription().strip()
            seen += 1
            if not name or not description or description == name:
                wanting.append(
                    (state, type(control).__name__, name or control.objectName(), description)
                )
    assert seen > 0
    assert not wanting, "\n".join(map(str, wanting))


def test_tab_reaches_every_control(qtbot: QtBot, dutch: QApplication, opened: Opened) -> None:
    """Real Tab key presses, from the window's first control round to where they began."""
    window = opened.window
    unreachable = []
    for state in _states(opened):
        controls = [c for c in _controls(window) if not isinstance(c, QTabWidget)]
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        reached = tab_round(qtbot, controls, pause_ms=1)
        missed = [
            (type(c).__name__, _name_of(c)) for c in controls if id(_tab_stop(c)) not in reached
        ]
        if missed:
            unreachable.append((state, missed[:6]))
    assert not unreachable, unreachable


def test_dutch_windows_have_no_english(
    qtbot: QtBot, dutch: QApplication, opened: Opened, request: pytest.FixtureRequest
) -> None:
    english_only = _catalogue()
    leaks = set()
    SHOTS.mkdir(parents=True, exist_ok=True)
    for state in _states(opened):
        leaks |= {
            (state, text)
            for text in _visible_texts(opened.window) + [opened.window.windowTitle()]
            if text in english_only
        }
        leaks |= {
            (state, c.accessibleDescription())
            for c in _controls(opened.window)
            if c.accessibleDescription() in english_only
        }
        shot = f"{request.node.callspec.id}-{state}".strip("-").replace(" ", "-")
        qtbot.wait(50)  # boxes replaced on a new page are laid out through the event queue
        assert opened.window.grab().save(str(SHOTS / f"{shot}.png"))
    assert not leaks, sorted(leaks)


def test_english_windows_have_no_dutch(english: QApplication, opened: Opened) -> None:
    dutch_texts = set(_catalogue().values())
    leaks = set()
    for state in _states(opened):
        leaks |= {(state, text) for text in _visible_texts(opened.window) if text in dutch_texts}
        leaks |= {
            (state, c.accessibleDescription())
            for c in _controls(opened.window)
            if c.accessibleDescription() in dutch_texts
        }
    assert not leaks, sorted(leaks)


# -- the questions BuurtDesk asks ----------------------------------------------------------------
def _answered(ask: Callable[[], object], qtbot: QtBot) -> list[tuple[str, str]]:
    """Runs a modal question, reads its buttons and field while it is open, then cancels it."""
    seen: list[tuple[str, str]] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, look)
            return
        seen.extend((_name_of(c), c.accessibleDescription()) for c in _controls(box))
        box.reject()  # type: ignore[attr-defined]

    QTimer.singleShot(0, look)
    ask()
    return seen


def test_questions_say_what_each_answer_does(qtbot: QtBot, english: QApplication) -> None:
    from buurtdesk.ui.common.accessible import ask, ask_text

    questions = {
        "yes/no": lambda: ask(None, "Close the meeting", "Close this meeting?"),
        "described yes/no": lambda: ask(
            None, "Forget", "Forget Anna?", yes="Removes her for good", no="Keeps her"
        ),
        "text": lambda: ask_text(None, "Back to Vision", "Why does the round go back?"),
    }
    for what, question in questions.items():
        controls = _answered(question, qtbot)
        assert len(controls) >= 2, what
        for name, description in controls:
            assert name and description and description != name, (what, name, description)
    assert ("Yes", "Removes her for good") in _answered(questions["described yes/no"], qtbot)


def test_the_fund_dialogs_questions_say_what_each_answer_does(
    qtbot: QtBot, english: QApplication, demo_services: Services
) -> None:
    from buurtdesk.ui.municipality.funds import FundDialog

    context = _context(demo_services)
    dialog = FundDialog(context)
    qtbot.addWidget(dialog)
    questions = {
        "new fund": dialog.new_fund,
        "more than paid in": lambda: dialog.shares_part.confirm("The fund is short."),
    }
    for what, question in questions.items():
        controls = _answered(question, qtbot)
        assert len(controls) >= 2, what
        for name, description in controls:
            assert name and description and description != name, (what, name, description)
    assert ("Yes", "Assigns the share although the fund has not got the money") in _answered(
        questions["more than paid in"], qtbot
    )
    assert len(demo_services.funds.list_funds()) == 1  # cancelled: no fund made


# -- at large text on a small screen ------------------------------------------------------------
@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    from buurtdesk.ui.common.language import install_language
    from buurtdesk.ui.common.style import apply_style

    install_language(qapp, "nl")
    apply_style(qapp, 2.0)
    yield
    apply_style(qapp, 1.0)
    install_language(qapp, "en")


def _scrolls(area: QAbstractScrollArea) -> bool:
    bar = area.verticalScrollBar()
    return area.isVisible() and bar.isVisible() and bar.maximum() > 0


def test_no_scrolling_list_inside_a_scrolling_dialog(
    large_text: None, qtbot: QtBot, opened: Opened
) -> None:
    """At 200 % a dialog taller than the screen scrolls as one: its lists and tables show
    whole in it, never with a second scroll bar inside the first (a text being typed may)."""
    from PySide6.QtWidgets import QDialog, QPlainTextEdit, QTextEdit

    if not isinstance(opened.window, QDialog):
        pytest.skip("meeting mode is a full-screen window, not a dialog")
    nested = []
    for state in _states(opened):
        qtbot.wait(50)  # fitted to the screen through the event queue
        for area in opened.window.findChildren(QAbstractScrollArea):
            typed = isinstance(area, QPlainTextEdit) or (
                isinstance(area, QTextEdit) and not area.isReadOnly()
            )
            if typed or not _scrolls(area):
                continue
            outer = area.parentWidget()
            while outer is not None and outer is not opened.window:
                if isinstance(outer, QAbstractScrollArea) and _scrolls(outer):
                    nested.append((state, area.accessibleName() or type(area).__name__))
                outer = outer.parentWidget()
    assert not nested, nested
