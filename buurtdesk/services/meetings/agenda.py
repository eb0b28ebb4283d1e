"""The agenda of a meeting: items, their order, notes and time; and the rule that adopted
minutes do not change any more."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import AgendaItemKind, MinutesState, PhaseKind
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.meeting_rules import check_levels
from buurtdesk.domain.numbers import Number
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, MAX_TITLE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service, check_version, fetch_for_update
from buurtdesk.services.loaders import item_view
from buurtdesk.services.meetings.notes import NotesSaved, store_notes
from buurtdesk.services.views import AgendaItemView
from buurtdesk.store.models import ActionPoint, AgendaItem, Decision, Meeting


@dataclass(frozen=True)
class RemovedItem:
    """Everything needed to put a deleted agenda item back exactly as it was (undo)."""

    item: AgendaItemView
    decision_ids: tuple[int, ...]
    action_ids: tuple[int, ...]


def item_title(value: str) -> str:
    return clean_text(value, field=NC_("field", "a title"), limit=MAX_TITLE_LENGTH, required=True)


def note_text(value: str) -> str:
    if len(value) > MAX_NOTE_LENGTH:
        raise InvalidInput.said(
            "This text is too long ({length} characters; at most {limit}).",
            length=Number(len(value)),
            limit=Number(MAX_NOTE_LENGTH),
        )
    return value.replace("\x00", "")


_CHANGEABLE = frozenset(
    {"title", "planned_minutes", "is_private", "phase", "project_id", "theme_id", "kind"}
)


class AgendaOperations(Service):
    """The agenda part of the meeting service (`services.meetings.add_item` and so on)."""

    # -- agenda items ------------------------------------------------------------------------
    def add_item(
        self,
        meeting_id: int,
        title: str,
        *,
        planned_minutes: int = 10,
        position: int | None = None,
        kind: AgendaItemKind = AgendaItemKind.TOPIC,
        is_private: bool = False,
        phase: PhaseKind | None = None,
        project_id: int | None = None,
        theme_id: int | None = None,
        notes: str = "",
    ) -> AgendaItemView:
        """Add an item; without a position it goes before any other business and closing."""
        with self.unit() as s:
            return self._add_item(
                s,
                meeting_id,
                title,
                planned_minutes=planned_minutes,
                position=position,
                kind=kind,
                is_private=is_private,
                phase=phase,
                project_id=project_id,
                theme_id=theme_id,
                notes=notes,
            )

    def _add_item(
        self,
        s: Session,
        meeting_id: int,
        title: str,
        *,
        planned_minutes: int = 10,
        position: int | None = None,
        kind: AgendaItemKind = AgendaItemKind.TOPIC,
        is_private: bool = False,
        phase: PhaseKind | None = None,
        project_id: int | None = None,
        theme_id: int | None = None,
        notes: str = "",
    ) -> AgendaItemView:
        """`add_item` inside the caller's transaction."""
        meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
        self._ensure_editable(meeting)
        items = list(
            s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            )
        )
        if position is None:
            tail = [
                i
                for i in items
                if i.kind in (AgendaItemKind.ANY_OTHER_BUSINESS, AgendaItemKind.CLOSING)
            ]
            position = tail[0].position if tail else len(items) + 1
        position = max(1, min(position, len(items) + 1))
        for other in items:
            if other.position >= position:
                other.position += 1
        row = AgendaItem(
            meeting_id=meeting_id,
            position=position,
            kind=AgendaItemKind(kind),
            title=item_title(title),
            planned_minutes=_minutes(planned_minutes),
            is_private=is_private,
            phase=phase,
            project_id=project_id,
            theme_id=theme_id,
            notes=note_text(notes),
        )
        s.add(row)
        s.flush()
        return item_view(row)

    def update_item(
        self, item_id: int, *, expected_version: int | None = None, **changes: object
    ) -> AgendaItemView:
        with self.unit() as s:
            return self._update_item(s, item_id, expected_version, changes)

    def _update_item(
        self, s: Session, item_id: int, expected_version: int | None, changes: dict[str, object]
    ) -> AgendaItemView:
        """`update_item` inside the caller's transaction."""
        row = self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
        check_version(row, expected_version, changes)
        self._ensure_editable(self._meeting_of(s, row))
        for key, value in changes.items():
            if key not in _CHANGEABLE:
                raise TypeError(f"cannot change {key}")
            if key == "title":
                value = item_title(str(value))
            elif key == "planned_minutes":
                value = _minutes(int(str(value)))
            setattr(row, key, value)
        s.flush()
        return item_view(row)

    def set_notes(self, item_id: int, notes: str, *, base: str | None = None) -> int:
        """Store the notes of an item as typed. Returns the item's new version."""
        return self.save_notes(item_id, notes, base=base).version

    def save_notes(
        self, item_id: int, notes: str, *, base: str | None = None, language: str = "nl"
    ) -> NotesSaved:
        """Store notes typed from `base` (the text the typing started from; None: as is).

        Someone else's change since `base` is merged in, never overwritten (meetings.notes).
        """
        text = note_text(notes)
        with self.unit() as s:
            row = fetch_for_update(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            self._ensure_editable(self._meeting_of(s, row))
            saved = store_notes(row, text, base, language)
            s.flush()
            return replace(saved, version=row.version)

    def add_time_spent(self, item_id: int, seconds: int) -> None:
        with self.unit() as s:
            s.execute(
                update(AgendaItem)
                .where(AgendaItem.id == item_id)
                .values(spent_seconds=AgendaItem.spent_seconds + max(0, int(seconds)))
                .execution_options(synchronize_session=False)
            )

    def move_item(self, item_id: int, new_position: int) -> list[AgendaItemView]:
        """Move an item to a position (1-based); the others close up around it."""
        with self.unit() as s:
            row = self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            self._ensure_editable(self._meeting_of(s, row))
            items = list(
                s.scalars(
                    select(AgendaItem)
                    .where(AgendaItem.meeting_id == row.meeting_id)
                    .order_by(AgendaItem.position)
                )
            )
            items.remove(row)
            items.insert(max(0, min(new_position - 1, len(items))), row)
            for index, item in enumerate(items, start=1):
                if item.position != index:
                    item.position = index
            s.flush()
            return [item_view(i) for i in items]

    def set_item_level(self, item_id: int, level: int) -> int:
        """Indent an item under the one above it (1, numbered 4a) or back (0); returns the
        level before. A sub-item needs an item above it."""
        with self.unit() as s:
            row = self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            self._ensure_editable(self._meeting_of(s, row))
            above = s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == row.meeting_id, AgendaItem.position < row.position)
                .order_by(AgendaItem.position.desc())
                .limit(1)
            ).first()
            before = row.level
            level = 1 if level > 0 else 0
            if level:
                check_levels(([(0, above.kind)] if above is not None else []) + [(level, row.kind)])
            row.level = level
            s.flush()
            return before

    def decisions_on_item(self, item_id: int) -> int:
        with self.unit() as s:
            return int(
                s.scalar(select(func.count(Decision.id)).where(Decision.agenda_item_id == item_id))
                or 0
            )

    def remove_item(self, item_id: int) -> RemovedItem:
        with self.unit() as s:
            row = self.fetch(s, AgendaItem, item_id, NC_("kind of record", "Agenda item"))
            self._ensure_editable(self._meeting_of(s, row))
            snapshot = RemovedItem(
                item=item_view(row),
                decision_ids=tuple(
                    s.scalars(select(Decision.id).where(Decision.agenda_item_id == item_id)).all()
                ),
                action_ids=tuple(
                    s.scalars(
                        select(ActionPoint.id).where(ActionPoint.origin_item_id == item_id)
                    ).all()
                ),
            )
            meeting_id, position = row.meeting_id, row.position
            s.delete(row)
            s.flush()
            for other in s.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.position > position
                )
            ):
                other.position -= 1
            return snapshot

    def restore_item(self, removed: RemovedItem) -> AgendaItemView:
        """Undo of remove_item: the same item (same UUID) back in its place, links restored."""
        view = removed.item
        with self.unit() as s:
            meeting = self.fetch(s, Meeting, view.meeting_id, NC_("kind of record", "Meeting"))
            self._ensure_editable(meeting)
            for other in s.scalars(
                select(AgendaItem).where(
                    AgendaItem.meeting_id == view.meeting_id, AgendaItem.position >= view.position
                )
            ):
                other.position += 1
            row = AgendaItem(
                uuid=view.uuid,
                meeting_id=view.meeting_id,
                position=view.position,
                kind=view.kind,
                title=view.title,
                planned_minutes=view.planned_minutes,
                notes=view.notes,
                is_private=view.is_private,
                phase=view.phase,
                theme_id=view.theme_id,
                project_id=view.project_id,
                spent_seconds=view.spent_seconds,
                level=view.level,
            )
            s.add(row)
            s.flush()
            if removed.decision_ids:
                s.execute(
                    update(Decision)
                    .where(Decision.id.in_(removed.decision_ids))
                    .values(agenda_item_id=row.id)
                )
            if removed.action_ids:
                s.execute(
                    update(ActionPoint)
                    .where(ActionPoint.id.in_(removed.action_ids))
                    .values(origin_item_id=row.id)
                )
            return item_view(row)

    # -- helpers -----------------------------------------------------------------------------
    @staticmethod
    def _meeting_of(s: Session, item: AgendaItem) -> Meeting:
        meeting = s.get(Meeting, item.meeting_id)
        assert meeting is not None
        return meeting

    @staticmethod
    def _ensure_editable(meeting: Meeting) -> None:
        if meeting.minutes_state == MinutesState.ADOPTED:
            raise RuleViolation.said(
                "The minutes of this meeting are adopted and can no longer be changed."
            )


def planned_minutes(value: int) -> int:
    return _minutes(value)


def _minutes(value: int) -> int:
    if value < 0 or value > 600:
        raise InvalidInput.said("The planned time must be between 0 and 600 minutes.")
    return value


def ensure_meeting_editable(s: Session, meeting_id: int | None) -> None:
    """For other services: refuse changes that would alter adopted minutes."""
    if meeting_id is None:
        return
    meeting = s.get(Meeting, meeting_id)
    if meeting is not None:
        AgendaOperations._ensure_editable(meeting)
