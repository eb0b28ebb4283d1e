"""The import plan carries its names and notes as sentences of the message catalogue (a key
and its values), said in the language of the screen or the command line that shows them:
never as a (Dutch, English) pair made by the package reader."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from exchange_samples import populate_council

from buurtdesk.exchange.merge import apply_import, plan_import
from buurtdesk.exchange.plan import ImportPlan
from buurtdesk.exchange.writing import write_package
from buurtdesk.messages import Sentence, translate
from buurtdesk.services import Services


def _pairs(value: object, where: str) -> list[str]:
    """Every tuple of two texts in the plan; a Sentence is a key and its values, not a pair."""
    if isinstance(value, Sentence):
        return []
    if isinstance(value, tuple):
        if len(value) == 2 and all(isinstance(v, str) for v in value):
            return [f"{where}: {value!r}"]
        return [p for i, v in enumerate(value) for p in _pairs(v, f"{where}[{i}]")]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            p
            for f in dataclasses.fields(value)
            for p in _pairs(getattr(value, f.name), f"{where}.{f.name}")
        ]
    return []


def _plan_with_a_note_and_a_conflict(a: Services, b: Services, folder: Path) -> ImportPlan:
    ids = populate_council(a)
    first = write_package(a.database, folder / "start.buurtdesk", council_id=ids["council"]).path
    apply_import(b.database, first, plan_import(b.database, first))
    b_council = b.councils.list_councils()[0].id
    a.decisions.record_decision(ids["council"], "Besluit op laptop A")
    b.decisions.record_decision(b_council, "Besluit op laptop B")
    a_meeting = a.meetings.list_meetings(ids["council"])[-1]
    b_meeting = b.meetings.list_meetings(b_council)[-1]
    a_item = a.meetings.get_meeting(a_meeting.id).items[1]
    b_item = next(i for i in b.meetings.get_meeting(b_meeting.id).items if i.uuid == a_item.uuid)
    a.meetings.update_item(a_item.id, title="Op laptop A")
    b.meetings.update_item(b_item.id, title="Op laptop B")
    back = write_package(b.database, folder / "back.buurtdesk", council_id=b_council).path
    return plan_import(a.database, back)


def test_the_plan_holds_no_word_pairs_and_says_itself_in_either_language(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    plan = _plan_with_a_note_and_a_conflict(services, second_services, tmp_path)
    assert plan.notes and plan.conflicts and plan.added_labels
    assert _pairs(plan, "plan") == []
    assert all(isinstance(note, Sentence) for note in plan.notes)
    (note,) = plan.notes
    assert note.say("nl") == (
        "Besluit 2026-002 uit het pakket bestaat hier al als ander besluit; "
        "het krijgt nummer 2026-003."
    )
    assert note.say("en") == (
        "Decision 2026-002 from the package already exists here as another decision; "
        "it becomes 2026-003."
    )
    (conflict,) = plan.conflicts
    assert isinstance(conflict.name, Sentence)
    assert conflict.name_in("nl") == "agendapunt ‘Op laptop B’ van de vergadering van 10 maart 2026"
    assert conflict.name_in("en") == "item ‘Op laptop B’ of the meeting of 10 March 2026"
    (title,) = conflict.differences
    assert (title.field_in("nl"), title.field_in("en")) == ("titel", "title")


def test_a_name_is_its_key_in_the_catalogue_with_the_names_inside_it(
    services: Services, second_services: Services, tmp_path: Path
) -> None:
    plan = _plan_with_a_note_and_a_conflict(services, second_services, tmp_path)
    name = plan.conflicts[0].name
    assert isinstance(name, Sentence)
    assert name.text == "item ‘{title}’ of {meeting}"
    assert translate(name.text, "nl") == "agendapunt ‘{title}’ van {meeting}"
    values = dict(name.values)
    assert values["title"] == "Op laptop B"  # typed text stays as it is
    assert isinstance(values["meeting"], Sentence)  # the meeting's own name, said alike
    assert plan.describe("en").count("item ‘Op laptop B’ of the meeting of") >= 1
    assert plan.describe("nl").count("agendapunt ‘Op laptop B’ van de vergadering van") >= 1
