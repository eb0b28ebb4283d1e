"""Actiepunten: the action table across meetings, its filters, inline edits with undo, history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit
from undo_stacks import undo_stack

from buurtdesk.domain.enums import ActionStatus, CouncilKind, MembershipRole, OrganisationKind
from buurtdesk.services import Services
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.main_window import MainWindow
from buurtdesk.ui.registers.action_editing import ListedOnDemandComboBox
from buurtdesk.ui.registers.action_model import ID_ROLE, ActionTableModel
from buurtdesk.ui.registers.actions import ActionsSection


def window_with(section_class, services: Services):  # type: ignore[no-untyped-def]
    """The main window with only the section under test (as build_window makes it)."""
    context = Context(services=services, undo_stack=undo_stack())
    window = MainWindow(context, extra_sections=[section_class])
    context.undo_stack.setParent(window)
    return window


@dataclass
class Sample:
    council: int
    anna: int
    bram: int
    woonbron: int
    project: int
    meetings: list[int]
    bench: int  # carried over three meetings, overdue
    light: int  # open, not yet due
    flyer: int  # done
    galleries: int  # owned by an organisation, no due date
    tree: int  # overdue, no project


def sample_council(services: Services) -> Sample:
    councils, actions = services.councils, services.actions
    council = councils.create_council(
        "Wijkoverleg Testwijk", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    ).id
    woonbron = councils.add_organisation("Woonbron", OrganisationKind.CORPORATION).id
    anna = councils.add_person("Anna de Vries", email="anna@voorbeeld.nl", phone="06-11112222").id
    bram = councils.add_person("Bram Janssen", email="bram@voorbeeld.nl").id
    councils.add_member(council, anna, MembershipRole.CHAIR)
    councils.add_member(council, bram, MembershipRole.MEMBER)
    cycle = services.cycle.start_round(council)
    project = services.projects.create_project(cycle.id, "Speeltuin Kastanjeplein").project.id
    days = [
        date(2025, 11, 4),
        date(2025, 12, 9),
        date(2026, 1, 13),
        date(2026, 2, 10),
        date(2026, 4, 14),
    ]
    meetings = [services.meetings.plan_meeting(council, day).id for day in days]
    m1, m2, m3, m4, _ = meetings
    bench = actions.add_action(
        council,
        "Bankje plaatsen bij de speeltuin",
        owner_person_id=anna,
        due_date=date(2026, 1, 31),
        meeting_id=m1,
        project_id=project,
    ).id
    flyer = actions.add_action(
        council,
        "Flyer voor de rondrit",
        owner_person_id=bram,
        due_date=date(2026, 1, 15),
        meeting_id=m1,
    ).id
    light = actions.add_action(
        council,
        "Verlichting Parkstraat melden",
        owner_person_id=bram,
        due_date=date(2026, 4, 30),
        meeting_id=m2,
    ).id
    galleries = actions.add_action(
        council, "Overleg over de galerijen", owner_organisation_id=woonbron, meeting_id=m3
    ).id
    tree = actions.add_action(
        council,
        "Boom laten snoeien",
        owner_person_id=anna,
        due_date=date(2026, 2, 1),
        meeting_id=m3,
    ).id
    actions.review(bench, m2, ActionStatus.IN_PROGRESS, "Offerte gevraagd bij de gemeente")
    actions.review(flyer, m2, ActionStatus.DONE, "Afgerond")
    actions.review(bench, m3, ActionStatus.IN_PROGRESS, "Offerte is binnen")
    actions.review(bench, m4, ActionStatus.OPEN, "Wacht op akkoord van de wijkregisseur")
    return Sample(
        council, anna, bram, woonbron, project, meetings, bench, light, flyer, galleries, tree
    )


@pytest.fixture
def sample(services: Services) -> Sample:
    return sample_council(services)


@pytest.fixture
def window(qtbot, services: Services, sample: Sample):  # type: ignore[no-untyped-def]
    window = window_with(ActionsSection, services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(sample.council))
    return window


def actions_section(window) -> ActionsSection:  # type: ignore[no-untyped-def]
    section = next(s for s in window.sections if isinstance(s, ActionsSection))
    window.show_section(section)
    return section


def shown_ids(section: ActionsSection) -> set[int]:
    proxy = section.proxy
    return {int(proxy.index(row, 0).data(ID_ROLE)) for row in range(proxy.rowCount())}


def choose(combo: QComboBox, data: object) -> None:
    if isinstance(combo, ListedOnDemandComboBox):
        combo.ensure_listed()  # what reaching for it with the keyboard or mouse does
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_filters_show_the_right_action_points(window, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    assert shown_ids(section) == {
        sample.bench,
        sample.light,
        sample.galleries,
        sample.tree,
    }  # open is the default
    choose(section.show_filter, "overdue")
    assert shown_ids(section) == {sample.bench, sample.tree}
    choose(section.show_filter, "all")
    assert len(shown_ids(section)) == 5
    choose(section.owner_filter, f"p{sample.bram}")
    assert shown_ids(section) == {sample.light, sample.flyer}
    choose(section.owner_filter, f"o{sample.woonbron}")
    assert shown_ids(section) == {sample.galleries}
    choose(section.owner_filter, None)
    choose(section.project_filter, sample.project)
    assert shown_ids(section) == {sample.bench}
    choose(section.project_filter, None)
    choose(section.meeting_filter, sample.meetings[1])  # made there, or discussed there
    assert shown_ids(section) == {sample.bench, sample.light, sample.flyer}
    choose(section.meeting_filter, None)
    section.search.setText("OFFERTE")  # also finds the last progress note, whatever the case
    assert shown_ids(section) == set()  # the last note of the bench is about the wijkregisseur
    section.search.setText("wijkregisseur bankje")
    assert shown_ids(section) == {sample.bench}
    assert section.count.text().startswith("1 ")


def test_overdue_rows_carry_a_text_cue_not_only_colour(window, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    model = section.model
    row = model.row_of(sample.bench)
    status = model.index(row, ActionTableModel.STATUS)
    due = model.index(row, ActionTableModel.DUE)
    assert status.data() != "Open" and "Open" in status.data()  # "Open · overdue" (or its Dutch)
    assert due.data().startswith("⚠")
    assert status.data(Qt.ItemDataRole.ForegroundRole) is not None
    light = model.row_of(sample.light)
    assert model.index(light, ActionTableModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None
    assert not model.index(light, ActionTableModel.DUE).data().startswith("⚠")


def _start_editing(qtbot, section: ActionsSection, action_id: int, column: int):  # type: ignore[no-untyped-def]
    proxy_index = section.proxy.mapFromSource(
        section.model.index(section.model.row_of(action_id), column)
    )
    section.table.setFocus()
    section.table.setCurrentIndex(proxy_index)
    qtbot.keyClick(section.table, Qt.Key.Key_F2)
    editor = section.table.viewport().focusWidget() or section.table.focusWidget()
    return editor


def test_the_project_of_an_action_point_is_chosen_by_keyboard_and_undone(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    editor = _start_editing(qtbot, section, sample.tree, ActionTableModel.PROJECT)
    assert isinstance(editor, QComboBox)
    assert editor.currentData() == 0  # no project yet
    qtbot.keyClicks(editor, "Speeltuin")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: services.actions.get_action(sample.tree).project_id == sample.project)
    assert section.model.action(sample.tree).project_name == "Speeltuin Kastanjeplein"
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.actions.get_action(sample.tree).project_id is None


def test_owner_edited_by_keyboard_is_stored_and_undone(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    editor = _start_editing(qtbot, section, sample.bench, ActionTableModel.WHO)
    assert isinstance(editor, QComboBox)
    qtbot.keyClicks(editor, "Bram")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits right after the key
    qtbot.waitUntil(
        lambda: services.actions.get_action(sample.bench).owner_person_id == sample.bram
    )
    assert section.model.action(sample.bench).owner_name == "Bram Janssen"
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.actions.get_action(sample.bench).owner_person_id == sample.anna
    assert section.model.action(sample.bench).owner_name == "Anna de Vries"
    qtbot.keyClick(
        section.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert services.actions.get_action(sample.bench).owner_person_id == sample.bram


def test_due_date_typed_the_dutch_way_is_stored_and_undone(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    editor = _start_editing(qtbot, section, sample.light, ActionTableModel.DUE)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "14-10-2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: services.actions.get_action(sample.light).due_date == date(2026, 10, 14)
    )
    qtbot.keyClick(section.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.actions.get_action(sample.light).due_date == date(2026, 4, 30)


def test_a_wrong_date_says_so_and_changes_nothing(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    editor = _start_editing(qtbot, section, sample.light, ActionTableModel.DUE)
    qtbot.keyClicks(editor, "31-02-2026")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "31-02-2026" in section.notice.message())
    assert services.actions.get_action(sample.light).due_date == date(2026, 4, 30)
    assert not section.context.undo_stack.canUndo()


def test_status_and_what_are_edited_in_place(window, services: Services, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    model = section.model
    row = model.row_of(sample.tree)
    assert model.setData(
        model.index(row, ActionTableModel.WHAT), "Boom laten snoeien aan de Parkstraat"
    )
    assert model.setData(model.index(row, ActionTableModel.STATUS), ActionStatus.DONE.value)
    stored = services.actions.get_action(sample.tree)
    assert (stored.title, stored.status) == (
        "Boom laten snoeien aan de Parkstraat",
        ActionStatus.DONE,
    )
    assert sample.tree not in shown_ids(section)  # no longer open
    section.context.undo_stack.undo()
    section.context.undo_stack.undo()
    stored = services.actions.get_action(sample.tree)
    assert (stored.title, stored.status) == ("Boom laten snoeien", ActionStatus.OPEN)


def test_an_edit_on_a_stale_copy_is_refused_and_reloaded(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    services.actions.update_action(
        sample.light, title="Verlichting Parkstraat melden bij de gemeente"
    )  # someone else
    model = section.model
    assert not model.setData(
        model.index(model.row_of(sample.light), ActionTableModel.DUE), "01-05-2026"
    )
    assert section.notice.message()
    qtbot.waitUntil(lambda: model.action(sample.light).title.endswith("bij de gemeente"))
    assert services.actions.get_action(sample.light).due_date == date(2026, 4, 30)


def test_history_pane_shows_the_action_across_three_meetings(window, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    section.select_action(sample.bench)
    table = section.history.table
    assert table.rowCount() == 3
    notes = [table.item(row, 2).text() for row in range(3)]
    assert notes == [
        "Offerte gevraagd bij de gemeente",
        "Offerte is binnen",
        "Wacht op akkoord van de wijkregisseur",
    ]
    assert [table.item(row, 0).text() for row in range(3)] == [
        labels.short_date(day) for day in (date(2025, 12, 9), date(2026, 1, 13), date(2026, 2, 10))
    ]
    assert "Bankje" in section.history.heading.text()
    assert (
        section.model.index(section.model.row_of(sample.bench), ActionTableModel.CARRIED).data()
        == "3"
    )


def test_the_action_model_passes_the_model_tester(qtmodeltester, window, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    qtmodeltester.check(section.model)
    qtmodeltester.check(section.proxy)


def test_every_filter_and_the_table_are_reached_by_tab(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    section.show_filter.setFocus()
    reached = []
    for _ in range(8):
        reached.append(window.focusWidget())
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    for widget in (
        section.owner_filter,
        section.project_filter,
        section.meeting_filter,
        section.search,
        section.table,
    ):
        assert widget in reached
        assert widget.accessibleName()
    assert section.meeting_filter.count() == 1 + 5  # listed the moment the keyboard reached it


def test_a_hidden_section_fetches_only_when_shown(
    qtbot, window, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    other = services.councils.create_council("Dorpsraad Elders", CouncilKind.DORPSRAAD).id
    services.actions.add_action(other, "Iets in een ander dorp")
    window.show_section(window.overview)
    window.load_councils()
    window.council_picker.setCurrentIndex(window.council_picker.findData(other))
    assert "Iets in een ander dorp" not in [
        a.title for a in section.model.actions
    ]  # not fetched while hidden
    window.show_section(section)
    assert [a.title for a in section.model.actions] == ["Iets in een ander dorp"]


def test_sorting_by_a_column_keeps_the_chosen_action(window, sample: Sample) -> None:  # type: ignore[no-untyped-def]
    section = actions_section(window)
    choose(section.show_filter, "all")
    section.select_action(sample.tree)
    section.table.sortByColumn(ActionTableModel.WHAT, Qt.SortOrder.AscendingOrder)
    proxy = section.proxy
    titles = [proxy.index(row, ActionTableModel.WHAT).data() for row in range(proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    assert section.selected_action_id() == sample.tree
    section.table.sortByColumn(ActionTableModel.CARRIED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data(ID_ROLE) == sample.bench
    assert section.selected_action_id() == sample.tree
    assert "Boom" in section.history.heading.text()


@pytest.fixture
def in_dutch(qapp):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    from buurtdesk.paths import resources_folder

    translator = QTranslator()
    assert translator.load(str(resources_folder() / "translations" / "buurtdesk_nl.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_in_dutch_the_cue_and_the_date_message_are_dutch(
    qtbot, in_dutch, services: Services, sample: Sample
) -> None:  # type: ignore[no-untyped-def]
    window = window_with(ActionsSection, services)
    qtbot.addWidget(window)
    window.show()
    window.council_picker.setCurrentIndex(window.council_picker.findData(sample.council))
    section = actions_section(window)
    model = section.model
    assert (
        model.index(model.row_of(sample.bench), ActionTableModel.STATUS).data() == "Open · te laat"
    )
    assert model.index(model.row_of(sample.bench), ActionTableModel.DUE).data() == "⚠ 31-01-2026"
    assert model.headerData(ActionTableModel.DUE, Qt.Orientation.Horizontal) == "Uiterlijk"
    assert not model.setData(
        model.index(model.row_of(sample.light), ActionTableModel.DUE), "morgen"
    )
    assert section.notice.message() == "'morgen' is geen datum; schrijf bijvoorbeeld 14-10-2025."
