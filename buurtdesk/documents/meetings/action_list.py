"""The action list of a council, grouped by person or by status, overdue ones marked.

By default it holds the open action points (open and in progress); with `include_closed`
the finished and dropped ones follow as well. Within a group the earliest due date comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum
from pathlib import Path

from reportlab.platypus import Flowable

from buurtdesk.documents.base import (
    DocumentSetup,
    build_document,
    document_styles,
    heading,
    text,
)
from buurtdesk.documents.meetings.parts import action_table
from buurtdesk.documents.words import Words, words_for
from buurtdesk.domain.dates import long_date
from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services import Services
from buurtdesk.services.actions import ActionFilter
from buurtdesk.services.views import ActionPointView, CouncilView

STATUS_ORDER = (
    ActionStatus.OPEN,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DROPPED,
)


class Grouping(StrEnum):
    PERSON = "person"
    STATUS = "status"


def render_action_list(
    services: Services,
    council_id: int,
    out_path: Path,
    *,
    grouping: Grouping = Grouping.PERSON,
    include_closed: bool = False,
) -> Path:
    """Write a council's action list to out_path. Safe to call off the UI thread."""
    council = services.councils.get_council(council_id)
    actions = services.actions.list_actions(council_id, ActionFilter(open_only=not include_closed))
    return build_action_list(
        council, actions, out_path, today=services.actions.today(), grouping=grouping
    )


def build_action_list(
    council: CouncilView,
    actions: Sequence[ActionPointView],
    out_path: Path,
    *,
    today: date,
    grouping: Grouping = Grouping.PERSON,
) -> Path:
    words = words_for(council.language)
    setup = DocumentSetup.for_council(
        council,
        words,
        title=words.fmt("action_list_of", council=council.name),
        subject=words.fmt("state_on", date=long_date(today, words.language)),
        status=words.fmt("state_on", date=long_date(today, words.language)),
        keywords=(words["action_list"],),
        running_title=words["action_list"],
    )
    return build_document(
        out_path, setup, action_list_story(council, actions, words, today, grouping)
    )


def action_list_story(
    council: CouncilView,
    actions: Sequence[ActionPointView],
    words: Words,
    today: date,
    grouping: Grouping,
) -> list[Flowable]:
    """The flowables of the action list; a pure function of the views."""
    styles = document_styles()
    open_count = sum(1 for a in actions if a.status.is_open)
    overdue = sum(1 for a in actions if a.is_overdue(today))
    story: list[Flowable] = [
        text(words["action_list"], styles.title),
        text(council.name, styles.subtitle),
        text(words.fmt("state_on", date=long_date(today, words.language)), styles.body_bold),
        text(
            words.fmt("count_actions", count=len(actions), open=open_count, overdue=overdue)
            + " · "
            + words["grouped_by_person" if grouping == Grouping.PERSON else "grouped_by_status"],
            styles.body,
        ),
    ]
    if overdue:
        story.append(text(words["overdue_legend"], styles.small))
    if not actions:
        story.append(text(words["no_actions"], styles.body))
        return story
    for title, group in _groups(actions, words, grouping):
        late = sum(1 for a in group if a.is_overdue(today))
        suffix = f"  ({len(group)}" + (f", {late} {words['overdue']}" if late else "") + ")"
        story += heading(title + suffix, styles, sub=True)
        story.append(action_table(group, words, today, show_owner=grouping != Grouping.PERSON))
    return story


def _groups(
    actions: Sequence[ActionPointView], words: Words, grouping: Grouping
) -> list[tuple[str, list[ActionPointView]]]:
    if grouping == Grouping.STATUS:
        return [
            (words.action_status(status), [a for a in actions if a.status == status])
            for status in STATUS_ORDER
            if any(a.status == status for a in actions)
        ]
    by_owner: dict[str, list[ActionPointView]] = {}
    for action in actions:
        by_owner.setdefault(action.owner_name, []).append(action)
    names = sorted((n for n in by_owner if n), key=str.casefold)
    groups = [(name, by_owner[name]) for name in names]
    if "" in by_owner:
        groups.append((words["no_owner"][:1].upper() + words["no_owner"][1:], by_owner[""]))
    return groups
