"""Two people on one shared server editing the same record: neither edit is lost silently."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from buurtdesk.domain.enums import CouncilKind
from buurtdesk.domain.errors import ConcurrentEdit
from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.store.models import ActionPoint, AgendaItem
from buurtdesk.store.opening import open_url

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_users(
    postgres_database: Database, postgres_url: str
) -> Iterator[tuple[Services, Services]]:
    """The community worker and the chair, each with their own connection to the server."""
    other = open_url(postgres_url)
    yield Services.build(postgres_database), Services.build(other)
    other.dispose()


def _meeting_with_action(services: Services) -> tuple[int, int]:
    council = services.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 3, 12), topics=("Parkeren",))
    action = services.actions.add_action(council.id, "Parkeerdruk meten", meeting_id=meeting.id)
    item = next(i for i in services.meetings.get_meeting(meeting.id).items if i.title == "Parkeren")
    return item.id, action.id


def test_an_agenda_item_edited_from_an_older_copy_is_refused(
    two_users: tuple[Services, Services],
) -> None:
    worker, chair = two_users
    item_id, _ = _meeting_with_action(worker)
    seen_by_worker = next(
        i
        for i in worker.meetings.get_meeting(worker.meetings.list_meetings(1)[0].id).items
        if i.id == item_id
    )
    seen_by_chair = next(
        i
        for i in chair.meetings.get_meeting(chair.meetings.list_meetings(1)[0].id).items
        if i.id == item_id
    )
    chair.meetings.update_item(
        item_id, expected_version=seen_by_chair.version, title="Parkeren en verkeer"
    )
    with pytest.raises(ConcurrentEdit) as refused:
        worker.meetings.update_item(
            item_id, expected_version=seen_by_worker.version, planned_minutes=30
        )
    assert refused.value.message("nl").startswith("Iemand anders heeft dit intussen gewijzigd")
    after = next(i for i in worker.meetings.get_meeting(1).items if i.id == item_id)
    assert (after.title, after.planned_minutes) == ("Parkeren en verkeer", 20)


def test_an_action_edited_from_an_older_copy_is_refused(
    two_users: tuple[Services, Services],
) -> None:
    worker, chair = two_users
    _, action_id = _meeting_with_action(worker)
    version = worker.actions.get_action(action_id).version
    chair.actions.update_action(
        action_id, expected_version=version, title="Parkeerdruk meten in mei"
    )
    with pytest.raises(ConcurrentEdit):
        worker.actions.update_action(
            action_id, expected_version=version, title="Parkeerdruk meten in juni"
        )
    assert chair.actions.get_action(action_id).title == "Parkeerdruk meten in mei"
    newest = worker.actions.get_action(action_id)
    worker.actions.update_action(
        action_id, expected_version=newest.version, title="Parkeerdruk meten in juni"
    )
    assert chair.actions.get_action(action_id).title == "Parkeerdruk meten in juni"


@pytest.mark.parametrize("model", [AgendaItem, ActionPoint])
def test_two_transactions_writing_the_same_row_at_once_give_a_clear_message(
    model: type[AgendaItem] | type[ActionPoint], two_users: tuple[Services, Services]
) -> None:
    """Both read version 1; the first commits; the second's UPDATE finds no version 1 any more."""
    worker, chair = two_users
    item_id, action_id = _meeting_with_action(worker)
    row_id = item_id if model is AgendaItem else action_id
    with pytest.raises(ConcurrentEdit) as refused, worker.meetings.unit() as session:
        mine = session.get(model, row_id)
        assert mine is not None and mine.version == 1
        with chair.meetings.unit() as other:
            theirs = other.get(model, row_id)
            assert theirs is not None
            theirs.title = "Gewijzigd door de voorzitter"
        mine.title = "Gewijzigd door de opbouwwerker"
    assert "Iemand anders" in refused.value.dutch and "Someone else" in refused.value.english
    with chair.meetings.unit() as session:
        final = session.get(model, row_id)
        assert final is not None and (final.title, final.version) == (
            "Gewijzigd door de voorzitter",
            2,
        )
