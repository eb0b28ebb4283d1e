"""The council's own standing agenda: the items every new meeting starts from."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.enums import AgendaItemKind, Language
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.meeting_rules import check_levels
from buurtdesk.domain.rules import STANDING_ITEMS
from buurtdesk.messages import NC_, translate
from buurtdesk.services.base import Service
from buurtdesk.services.meetings.agenda import item_title, planned_minutes
from buurtdesk.store.models import AgendaTemplateItem, Council


@dataclass(frozen=True)
class TemplateItem:
    kind: AgendaItemKind
    title: str
    planned_minutes: int
    level: int = 0


def default_template(language: Language = Language.DUTCH) -> list[TemplateItem]:
    """The standing items every council starts with."""
    return [
        TemplateItem(kind, translate(title, Language(language).value), minutes)
        for kind, title, minutes in STANDING_ITEMS
    ]


def template_of(s: Session, council: Council) -> list[TemplateItem]:
    rows = s.scalars(
        select(AgendaTemplateItem)
        .where(AgendaTemplateItem.council_id == council.id)
        .order_by(AgendaTemplateItem.position)
    ).all()
    if not rows:
        return default_template(council.language)
    return [TemplateItem(r.kind, r.title, r.planned_minutes, r.level) for r in rows]


class TemplateService(Service):
    """`services.meetings.template`: read and replace a council's standing agenda."""

    def items(self, council_id: int) -> list[TemplateItem]:
        with self.unit() as s:
            return template_of(
                s, self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            )

    def set_items(self, council_id: int, items: Sequence[TemplateItem]) -> list[TemplateItem]:
        """Replace the template (each edit in the council's details is one call; undo passes
        back the list returned). Returns the template as it was."""
        if not items:
            raise InvalidInput.said("The standing agenda needs at least one item.")
        cleaned = [
            TemplateItem(
                AgendaItemKind(i.kind),
                item_title(i.title),
                planned_minutes(int(i.planned_minutes)),
                1 if i.level > 0 else 0,
            )
            for i in items
        ]
        check_levels([(i.level, i.kind) for i in cleaned])
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            before = template_of(s, council)
            for row in s.scalars(
                select(AgendaTemplateItem).where(AgendaTemplateItem.council_id == council_id)
            ).all():
                s.delete(row)
            s.flush()
            for position, item in enumerate(cleaned, start=1):
                s.add(
                    AgendaTemplateItem(
                        council_id=council_id,
                        position=position,
                        kind=item.kind,
                        title=item.title,
                        planned_minutes=item.planned_minutes,
                        level=item.level,
                    )
                )
            return before
