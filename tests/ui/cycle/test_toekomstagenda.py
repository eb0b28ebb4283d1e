"""Toekomstagenda: a whole round driven through the screens, the way a chair and a community
worker would — vision, dot votes, roles, projects checked, execution, evaluation, next round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from buurtdesk.app import build_window
from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    CouncilKind,
    LadderStep,
    MembershipRole,
    OrganisationKind,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.services import Services
from buurtdesk.ui.cycle.evaluation import EvaluationPage
from buurtdesk.ui.cycle.execution import ExecutionPage
from buurtdesk.ui.cycle.projects import ProjectsPage
from buurtdesk.ui.cycle.roles import RolesPage
from buurtdesk.ui.cycle.section import ToekomstagendaSection
from buurtdesk.ui.cycle.tally import TallyModel
from buurtdesk.ui.cycle.vision import VisionPage


@dataclass
class Neighbourhood:
    council: int
    anna: int
    bert: int
    municipality: int


def neighbourhood(services: Services) -> Neighbourhood:
    c = services.councils
    council = c.create_council(
        "Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    ).id
    municipality = c.add_organisation("Gemeente Venlo", OrganisationKind.MUNICIPALITY).id
    anna = c.add_person("Anna Jacobs").id
    bert = c.add_person("Bert Peeters").id
    c.add_member(council, anna, MembershipRole.CHAIR)
    c.add_member(council, bert, MembershipRole.MEMBER)
    return Neighbourhood(council, anna, bert, municipality)


class Answers:
    """Stands in for the dialogs: answers every question, and remembers what was asked."""

    def __init__(self, confirm: bool = True, note: str | None = None) -> None:
        self.answer, self.note, self.asked = confirm, note, []

    def confirm(self, title: str, text: str) -> bool:
        self.asked.append(text)
        return self.answer

    def text(self, title: str, prompt: str) -> str | None:
        self.asked.append(prompt)
        return self.note


@pytest.fixture
def world(qtbot, services: Services, dutch):  # type: ignore[no-untyped-def]
    n = neighbourhood(services)
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.council_picker.setCurrentIndex(window.council_picker.findData(n.council))
    section = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(section)
    return n, window, section


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), f"{button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, data: object, activate: bool = False) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)
    if activate:
        combo.activated.emit(index)


def select_in_tree(page: VisionPage, text: str) -> None:
    item = next(i for i in page._all_items() if i.text(0) == text)
    page.tree.setCurrentItem(item)


def tree_texts(page: VisionPage) -> list[str]:
    return [i.text(0) for i in page._all_items()]


def type_paper_tally(model: TallyModel, dots: dict[str, int]) -> None:
    for row, tally in enumerate(model.rows):
        index = model.index(row, TallyModel.PAPER)
        assert model.setData(index, dots.get(tally.wish_text, 0))


def test_a_full_round_through_the_screens(
    world, qtbot, qtmodeltester, services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    n, window, section = world
    assert section.empty.isVisible() and "Nog geen ronde" in section.empty_text.text()
    section.start_horizon.setValue(2030)
    click(qtbot, section.start_button)
    cycle = services.cycle.current_round(n.council)
    assert cycle is not None and cycle.horizon_year == 2030
    assert section.steps.buttons[PhaseKind.VISION].text().endswith("●")

    # -- vision: standard themes, wishes in residents' words --------------------------------------
    vision: VisionPage = section.page(PhaseKind.VISION)
    click(qtbot, vision.standard_button)
    assert "Groen" in tree_texts(vision) and "Wonen en zorg" in tree_texts(vision)
    wishes = [
        ("Groen", "Meer bomen in de Kerkstraat"),
        ("Groen", "Een moestuin bij de school"),
        ("Veiligheid", "Licht op het fietspad langs de Maas"),
        ("Veiligheid", "Minder hardrijders op de Kloosterstraat"),
        ("Ontmoeten", "Een buurthuis dat 's avonds open is"),
        ("Jeugd", "Een trapveldje voor de jeugd"),
    ]
    for theme, text in wishes:
        select_in_tree(vision, theme)
        qtbot.keyClicks(vision.wish_text, text)
        vision.raised_by.setText("Anna")
        qtbot.keyClick(vision.wish_text, Qt.Key.Key_Return)
    assert [t for t in tree_texts(vision) if t in dict((w, t) for t, w in wishes)] == [
        w for _t, w in wishes
    ]

    # Undo of a wish: it is gone again; redo brings it back.
    select_in_tree(vision, "Jeugd")
    vision.wish_text.setText("Een skatebaan")
    click(qtbot, vision.add_wish_button)
    assert "Een skatebaan" in tree_texts(vision)
    section.context.undo_stack.undo()
    assert "Een skatebaan" not in tree_texts(vision)
    assert all(
        w.text != "Een skatebaan" for t in services.vision.vision(cycle.id).themes for w in t.wishes
    )

    # -- dot votes: a paper tally typed in; too many dots refused with the reason -----------------
    votes = vision.votes
    votes.dots.setValue(3)
    votes.participants.setValue(6)
    click(qtbot, votes.new_session)
    assert votes.session is not None and votes.session.dots_per_participant == 3
    qtmodeltester.check(votes.model)
    type_paper_tally(
        votes.model, {"Meer bomen in de Kerkstraat": 10, "Licht op het fietspad langs de Maas": 10}
    )
    click(qtbot, votes.save_tally)
    assert "18" in section.notice.message()
    tally = {
        "Meer bomen in de Kerkstraat": 4,
        "Een moestuin bij de school": 1,
        "Licht op het fietspad langs de Maas": 5,
        "Minder hardrijders op de Kloosterstraat": 3,
        "Een buurthuis dat 's avonds open is": 3,
        "Een trapveldje voor de jeugd": 2,
    }
    type_paper_tally(votes.model, tally)
    click(qtbot, votes.save_tally)
    assert section.notice.message() == ""
    assert votes.session.total_dots == 18
    assert "het eerst is ingevoerd" in votes.ties.text() and "buurthuis" in votes.ties.text()

    # Counting on screen: too many dots is refused with the service's sentence.
    first_session = votes.session.id
    click(qtbot, votes.new_session)
    votes.voter.setText("Bert")
    qtbot.keyClicks(votes.voter_dots, "1 1 3 5")
    qtbot.keyClick(votes.voter_dots, Qt.Key.Key_Return)
    assert (
        section.notice.message()
        == "Bert heeft 4 stippen gezet, maar iedereen heeft er 3; haal er 1 weg."
    )
    votes.voter_dots.setText("1 1 3")
    click(qtbot, votes.count_button)
    assert "Bert" in votes.counted.text()

    choose(votes.sessions, first_session)
    click(qtbot, votes.keep_button)
    assert votes.priorities_box.priority_list.count() == 3
    texts = [votes.priorities_box.priority_list.item(i).text() for i in range(3)]
    assert texts[0].startswith("1. Licht op het fietspad") and texts[1].startswith("2. Meer bomen")
    assert (
        texts[2].startswith("3. Minder hardrijders") and "⚖" in texts[2] and "buurthuis" in texts[2]
    )
    votes.priorities_box.priority_list.setCurrentRow(0)
    votes.priorities_box.commitments[Party.MUNICIPALITY].setText(
        "De gemeente plaatst lantaarns voor de winter."
    )
    votes.priorities_box.commitments[Party.MUNICIPALITY].editingFinished.emit()
    top = services.priorities.priorities(cycle.id)[0]
    assert [(c.party, c.commitment) for c in top.commitments] == [
        (Party.MUNICIPALITY, "De gemeente plaatst lantaarns voor de winter.")
    ]

    # -- moving on: a decision with its number; a skip asks explicitly ------------------------------
    section.questions = Answers(confirm=False)
    section.move_to(PhaseKind.PLANS)
    assert "rollen" in section.questions.asked[0].lower()
    assert services.cycle.current_round(n.council).current_phase == PhaseKind.VISION
    section.questions = Answers(confirm=True)
    click(qtbot, section.move_next)
    assert services.cycle.current_round(n.council).current_phase == PhaseKind.ROLES
    assert "2026-001" in section.status.text()
    assert section.steps.buttons[PhaseKind.ROLES].text().endswith("●")

    # -- roles: the matrix, a ladder step, the council's own view -----------------------------------
    roles: RolesPage = section.page(PhaseKind.ROLES)
    groen = next(t.id for t in services.vision.vision(cycle.id).themes if t.name == "Groen")
    choose(roles.who, f"p:{n.anna}")
    choose(roles.subject, f"t:{groen}")
    roles.role.setCurrentText("Trekker")
    click(qtbot, roles.add_role_button)
    choose(roles.who, f"o:{n.municipality}")
    choose(roles.subject, "")
    roles.role.setCurrentText("Adviseur")
    click(qtbot, roles.add_role_button)
    qtmodeltester.check(roles.model)
    model = roles.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Wie", "Hele ronde", "Thema: Groen"]
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Anna Jacobs",
        "Gemeente Venlo",
    ]
    assert model.index(0, 2).data() == "Trekker"
    choose(roles.member, n.bert)
    choose(roles.step, LadderStep.PARTICIPANT.value)
    roles.step_note.setText("Denkt mee over licht")
    click(qtbot, roles.step_button)
    assert roles.ladder.topLevelItem(0).text(0) == "Bert Peeters — deelnemer"
    assert "Denkt mee over licht" in roles.ladder.topLevelItem(0).child(0).text(0)
    typed = "Wij verbinden bewoners en partners;\nwij voeren niet zelf uit.  "
    roles.own_role.setPlainText(typed)
    roles.own_role.commit()
    assert services.councils.get_council(n.council).role_view == typed.strip()
    click(qtbot, section.move_next)

    # -- plans: two projects, one without trekker, checks (one legally not feasible) ------------------
    plans: ProjectsPage = section.page(PhaseKind.PLANS)
    section.show_phase(PhaseKind.PLANS)
    for name in ("Bomenplan Kerkstraat", "Trapveld aan de Maas"):
        qtbot.keyClicks(plans.new_name, name)
        qtbot.keyClick(plans.new_name, Qt.Key.Key_Return)
    qtmodeltester.check(plans.model)
    bomen, trap = (d.project.id for d in plans.model.projects)
    plans.table.selectRow(0)
    detail = plans.detail
    choose(detail.trekker, n.anna, activate=True)
    choose(detail.theme, groen, activate=True)
    detail.budget.setText("4.250,00")
    detail.budget.editingFinished.emit()
    assert "Eerst de inhoud" in section.notice.message()  # money follows content: no plan yet
    detail.plan.setPlainText("Met de gemeente plekken kiezen, in november planten.")
    detail.plan.commit()
    detail.budget.setText("4.250,00")
    detail.budget.editingFinished.emit()
    assert services.projects.get_project(bomen).project.budget_ask.cents == 425_000
    detail.budget.setText("12,5,0")
    detail.budget.editingFinished.emit()
    assert section.notice.message() != ""  # Money.parse's Dutch sentence
    for area in CheckArea:
        row = detail.checks.rows[area]
        choose(row.verdict, CheckVerdict.OK.value)
        row.who.setText("Wijkregisseur")
        click(qtbot, row.save)
    assert "in orde" in detail.checks.money_line.text()

    # Undo of a check puts the earlier verdict back.
    content = detail.checks.rows[CheckArea.CONTENT]
    choose(content.verdict, CheckVerdict.NEEDS_WORK.value)
    content.note.setText("Hekwerk ontbreekt")
    click(qtbot, content.save)
    assert "⚠" in detail.checks.money_line.text()
    section.context.undo_stack.undo()
    checks = {c.area: c.verdict for c in services.projects.get_project(bomen).checks}
    assert checks[CheckArea.CONTENT] == CheckVerdict.OK
    assert "⚠" not in detail.checks.money_line.text()

    plans.table.selectRow(1)
    assert plans.detail.detail.project.id == trap
    assert plans.model.index(1, plans.model.TREKKER).data() == "⚑ geen trekker"
    assert detail.trekker_flag.isVisible()
    legal = detail.checks.rows[CheckArea.LEGAL]
    choose(legal.verdict, CheckVerdict.NOT_FEASIBLE.value)
    legal.note.setText("Uiterwaarden: geen vergunning")
    legal.who.setText("Jurist gemeente")
    click(qtbot, legal.save)
    assert "juridisch: niet haalbaar" in detail.checks.money_line.text()
    assert legal.state.text() == "⚠ niet haalbaar"
    assert plans.model.index(1, plans.model.FRAMEWORKS).data() == "niet haalbaar"
    # Undo of a first check takes it away.
    section.context.undo_stack.undo()
    assert services.projects.get_project(trap).checks == ()
    section.context.undo_stack.redo()
    assert [c.verdict for c in services.projects.get_project(trap).checks] == [
        CheckVerdict.NOT_FEASIBLE
    ]
    click(qtbot, section.move_next)

    # -- execution: running project, a linked action point, progress, a core-group meeting ------------
    plans.table.selectRow(0)
    choose(plans.detail.status, ProjectStatus.RUNNING.value, activate=True)
    services.actions.add_action(
        n.council, "Plantlijst naar de gemeente", owner_person_id=n.anna, project_id=bomen
    )
    section.reload()
    execution: ExecutionPage = section.page(PhaseKind.EXECUTION)
    assert execution.list.item(0).text().startswith("Bomenplan Kerkstraat")
    assert execution.action_list.count() == 1 and execution.action_list.item(0).text().startswith(
        "Plantlijst naar de gemeente"
    )
    execution.note.setText("Twaalf plekken gekozen met de buurt.")
    click(qtbot, execution.note_button)
    assert execution.notes.item(0).text().endswith("Twaalf plekken gekozen met de buurt.")
    click(qtbot, execution.core_button)
    assert "Kerngroep" in section.status.text() or "kerngroep" in section.status.text()
    click(qtbot, section.move_next)
    assert services.cycle.current_round(n.council).current_phase == PhaseKind.EVALUATION

    # -- evaluation and the next round --------------------------------------------------------------
    evaluation: EvaluationPage = section.page(PhaseKind.EVALUATION)
    choose(evaluation.subject, -1)
    evaluation.result.setPlainText("Meer licht, meer groen.")
    evaluation.learning.setPlainText(
        "Eerder beginnen met de vergunning\nJongeren vanaf het begin betrekken"
    )
    click(qtbot, evaluation.save_button)
    choose(evaluation.subject, bomen)
    evaluation.success.setPlainText("Een trekker die iedereen kent")
    click(qtbot, evaluation.save_button)
    assert evaluation.done.count() == 2
    assert section.move_next.text() == "Volgende ronde beginnen…"
    click(qtbot, evaluation.next_button)
    new = services.cycle.current_round(n.council)
    assert new is not None and new.number == 2
    assert "Ronde 2" in section.subheading.text()
    assert section.pages.currentWidget() is vision
    assert "Uit de vorige ronde" in tree_texts(vision)
    assert "Eerder beginnen met de vergunning" in tree_texts(vision)
    assert (
        vision.previous_box.isVisible()
        and "Jongeren vanaf het begin betrekken" in vision.previous_text.text()
    )
    assert any(t.startswith("Lopend project: Bomenplan Kerkstraat") for t in tree_texts(vision))


def test_going_back_asks_for_a_note_and_a_cancelled_question_changes_nothing(
    world, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    n, _window, section = world
    click(qtbot, section.start_button)
    section.questions = Answers(confirm=True)
    click(qtbot, section.move_next)
    section.show_phase(PhaseKind.VISION)
    assert section.move_here.isVisible() and "Visie" in section.move_here.text()
    section.questions = Answers(note=None)
    click(qtbot, section.move_here)
    assert services.cycle.current_round(n.council).current_phase == PhaseKind.ROLES
    section.questions = Answers(note="Er kwamen nieuwe wensen binnen")
    click(qtbot, section.move_here)
    assert services.cycle.current_round(n.council).current_phase == PhaseKind.VISION
    back = services.cycle.round_overview(n.council).transitions[-1]
    assert back.is_back and back.note == "Er kwamen nieuwe wensen binnen"
    assert "nota" in section.status.text() or "notitie" in section.status.text()


@pytest.mark.slow
def test_every_phase_page_shows_the_demo_rounds(qtbot, services: Services, dutch) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.demo.builder import build_demo

    build_demo(services, today=date(2026, 11, 23))
    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    section = next(s for s in window.sections if isinstance(s, ToekomstagendaSection))
    window.show_section(section)
    councils = {c.name: c.id for c in services.councils.list_councils()}
    expected = {"Wijkoverleg Klingerberg": PhaseKind.EXECUTION, "Dorpsraad Steyl": PhaseKind.PLANS}
    for name, phase in expected.items():
        window.council_picker.setCurrentIndex(window.council_picker.findData(councils[name]))
        assert section.steps.buttons[phase].text().endswith("●")
        assert section.pages.currentWidget() is section.page(phase)
        for kind in PhaseKind:
            section.show_phase(kind)
            assert section.pages.currentWidget() is section.page(kind)
        assert section.notice.message() == ""
    plans: ProjectsPage = section.page(PhaseKind.PLANS)
    flagged = [
        plans.model.index(row, plans.model.TREKKER).data()
        for row in range(plans.model.rowCount())
        if plans.model.projects[row].project.needs_trekker
    ]
    assert flagged and all(text.startswith("⚑") for text in flagged)


def test_a_session_is_prepared_for_the_current_phase_and_undone(
    world, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    from buurtdesk.domain.enums import MeetingKind

    n, _window, section = world
    click(qtbot, section.start_button)
    vision: VisionPage = section.page(PhaseKind.VISION)
    click(qtbot, vision.standard_button)
    click(qtbot, section.session_planner.button)
    (meeting,) = services.meetings.list_meetings(n.council)
    assert meeting.kind == MeetingKind.TOEKOMSTAGENDA
    titles = [i.title for i in services.meetings.get_meeting(meeting.id).items]
    assert "Thema Groen: wensen" in titles and "Prioriteren met stippen" in titles
    assert "Vergaderingen" in section.status.text()
    section.context.undo_stack.undo()
    assert services.meetings.list_meetings(n.council) == []


def test_wishes_are_edited_in_the_tree_and_removal_is_undone(
    world, qtbot, services: Services
) -> None:  # type: ignore[no-untyped-def]
    n, _window, section = world
    click(qtbot, section.start_button)
    vision: VisionPage = section.page(PhaseKind.VISION)
    vision.theme_name.setText("Verkeer")
    click(qtbot, vision.add_theme_button)
    select_in_tree(vision, "Verkeer")
    vision.wish_text.setText("Minder auto's")
    click(qtbot, vision.add_wish_button)
    cycle_id = services.cycle.current_round(n.council).id

    def wishes() -> list[str]:
        return [w.text for t in services.vision.vision(cycle_id).themes for w in t.wishes]

    item = next(i for i in vision._all_items() if i.text(0) == "Minder auto's")
    item.setText(0, "Minder auto's door de Dorpsstraat")  # what the tree's editor does
    qtbot.waitUntil(lambda: wishes() == ["Minder auto's door de Dorpsstraat"])
    section.context.undo_stack.undo()
    assert wishes() == ["Minder auto's"]
    select_in_tree(vision, "Minder auto's")
    vision.tree.setFocus()
    qtbot.keyClick(vision.tree, Qt.Key.Key_Delete)
    assert wishes() == [] and "Minder auto's" not in tree_texts(vision)
    section.context.undo_stack.undo()
    assert wishes() == ["Minder auto's"]
    section.context.undo_stack.redo()
    assert wishes() == []
