"""The whole record of one meeting, as the editor, meeting mode, the minutes and the command
line read it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import ActionStatus, AgendaItemKind, MeetingStatus
from buurtdesk.services.councils import council_view
from buurtdesk.services.loaders import (
    action_views,
    decision_views,
    item_view,
    meeting_summary,
    numbered,
)
from buurtdesk.services.meetings.attendance import attendance_views, chair_of, minute_taker_of
from buurtdesk.services.views import (
    ActionPointView,
    ActionProgressView,
    MeetingDetail,
)
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    AgendaItem,
    Council,
    Decision,
    Meeting,
)


def meeting_detail(s: Session, meeting: Meeting) -> MeetingDetail:
    council = s.get(Council, meeting.council_id)
    assert council is not None
    items = s.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    ).all()
    decisions = s.scalars(
        select(Decision)
        .where(Decision.meeting_id == meeting.id)
        .order_by(Decision.year, Decision.sequence)
    ).all()
    new_actions = s.scalars(
        select(ActionPoint)
        .where(ActionPoint.origin_meeting_id == meeting.id)
        .order_by(ActionPoint.id)
    ).all()
    previous = s.scalars(
        select(Meeting)
        .where(Meeting.council_id == meeting.council_id, Meeting.date < meeting.date)
        .order_by(Meeting.date.desc(), Meeting.id.desc())
        .limit(1)
    ).first()
    if meeting.status == MeetingStatus.CLOSED:
        # As agreed when it closed: None is "nog niet afgesproken".
        following = s.get(Meeting, meeting.next_meeting_id) if meeting.next_meeting_id else None
    else:
        following = s.scalars(
            select(Meeting)
            .where(Meeting.council_id == meeting.council_id, Meeting.date > meeting.date)
            .order_by(Meeting.date, Meeting.id)
            .limit(1)
        ).first()
    attendance = attendance_views(s, meeting)
    adopted_in = (
        s.get(Meeting, meeting.minutes_adopted_in_id) if meeting.minutes_adopted_in_id else None
    )
    return MeetingDetail(
        meeting=meeting_summary(meeting, len(items)),
        council=council_view(council),
        items=numbered(item_view(i) for i in items),
        attendance=tuple(attendance),
        decisions=tuple(decision_views(s, decisions)),
        new_actions=tuple(action_views(s, new_actions)),
        reviewed_actions=tuple(_reviewed(s, meeting)),
        previous_meeting=meeting_summary(previous) if previous else None,
        next_meeting=meeting_summary(following) if following else None,
        minutes_amendments=meeting.minutes_amendments,
        adopted_in=meeting_summary(adopted_in) if adopted_in else None,
        chair=chair_of(meeting, attendance),
        minute_taker=minute_taker_of(meeting, attendance),
        action_list_item_id=next(
            (i.id for i in items if i.kind == AgendaItemKind.ACTION_LIST), None
        ),
        next_meeting_agreed=meeting.status == MeetingStatus.CLOSED and following is not None,
    )


def _reviewed(
    s: Session, meeting: Meeting
) -> list[tuple[ActionPointView, ActionProgressView | None]]:
    """The action list of this meeting: what it reviewed, or (before it closes) what is open."""
    progress = {
        p.action_point_id: p
        for p in s.scalars(
            select(ActionProgress).where(ActionProgress.meeting_id == meeting.id)
        ).all()
    }
    query = select(ActionPoint).where(ActionPoint.council_id == meeting.council_id)
    if meeting.status == MeetingStatus.CLOSED:
        query = query.where(ActionPoint.id.in_(list(progress)) if progress else ActionPoint.id < 0)
    else:
        query = query.where(
            (ActionPoint.status.in_([ActionStatus.OPEN, ActionStatus.IN_PROGRESS]))
            | (ActionPoint.id.in_(list(progress)))
        )
    # Actions made in this very meeting are its new actions, not its action list.
    query = query.where(
        (ActionPoint.origin_meeting_id != meeting.id) | ActionPoint.origin_meeting_id.is_(None)
    )
    rows = s.scalars(
        query.order_by(ActionPoint.due_date.is_(None), ActionPoint.due_date, ActionPoint.id)
    ).all()
    result: list[tuple[ActionPointView, ActionProgressView | None]] = []
    for view in action_views(s, rows):
        p = progress.get(view.id)
        result.append(
            (
                view,
                ActionProgressView(meeting.id, meeting.date, p.note, p.status_after) if p else None,
            )
        )
    return result
