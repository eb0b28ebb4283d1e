"""The vision of a round: themes and the wishes under them, in residents' words.

`vision(cycle_id)` also returns the round's vote sessions and priorities (see priorities.py)
and the previous round's evaluations, which the next vision builds on.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import (
    STANDARD_THEMES,
)
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_, translate
from buurtdesk.services.base import Service, check_version
from buurtdesk.services.cycle.loaders import (
    council_language,
    fetch_open_round,
    theme_views,
    vision_view,
)
from buurtdesk.services.cycle.views import (
    ThemeView,
    VisionView,
    WishView,
)
from buurtdesk.store.models import (
    Cycle,
    Priority,
    Theme,
    Wish,
)


def _theme_name(value: str) -> str:
    return clean_text(
        value,
        field=NC_("field", "the theme's name"),
        limit=MAX_NAME_LENGTH,
        required=True,
    )


def _wish_text(value: str) -> str:
    return clean_text(value, field=NC_("field", "the wish"), limit=5000, required=True)


class VisionService(Service):
    def vision(self, cycle_id: int) -> VisionView:
        """Themes with wishes, vote sessions, priorities, and the previous round's evaluations."""
        with self.unit() as s:
            return vision_view(s, self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round")))

    # -- themes ------------------------------------------------------------------------------------
    def add_theme(self, cycle_id: int, name: str, description: str = "") -> ThemeView:
        with self.unit() as s:
            fetch_open_round(s, cycle_id)
            return self._add_theme(s, cycle_id, _theme_name(name), description)

    def add_standard_themes(self, cycle_id: int) -> list[ThemeView]:
        """Add the standard themes (groen, veiligheid, ontmoeten, jeugd, wonen en zorg) not there yet."""
        with self.unit() as s:
            cycle = fetch_open_round(s, cycle_id)
            language = council_language(s, cycle.council_id)
            present = {
                n.casefold()
                for n in s.scalars(select(Theme.name).where(Theme.cycle_id == cycle_id)).all()
            }
            added = []
            for theme in STANDARD_THEMES:
                name = translate(theme, language)
                if name.casefold() not in present:
                    added.append(self._add_theme(s, cycle_id, name, ""))
            return added

    @staticmethod
    def _add_theme(s: Session, cycle_id: int, name: str, description: str) -> ThemeView:
        taken = s.scalar(
            select(Theme.id).where(
                Theme.cycle_id == cycle_id, func.lower(Theme.name) == name.lower()
            )
        )
        if taken is not None:
            raise InvalidInput.said("The theme '{name}' already exists in this round.", name=name)
        last = s.scalar(select(func.max(Theme.position)).where(Theme.cycle_id == cycle_id))
        row = Theme(
            cycle_id=cycle_id,
            name=name,
            description=_note(description),
            position=int(last or 0) + 1,
        )
        s.add(row)
        s.flush()
        return next(t for t in theme_views(s, cycle_id) if t.id == row.id)

    def update_theme(
        self,
        theme_id: int,
        *,
        name: str | None = None,
        description: str | None = None,
        expected_version: int | None = None,
    ) -> ThemeView:
        """Rename or describe a theme; `expected_version` is the version the edit was based on."""
        with self.unit() as s:
            row = self.fetch(s, Theme, theme_id, NC_("kind of record", "Theme"))
            fetch_open_round(s, row.cycle_id)
            mine = {"name": name, "description": description}
            check_version(row, expected_version, {k: v for k, v in mine.items() if v is not None})
            if name is not None:
                row.name = _theme_name(name)
            if description is not None:
                row.description = _note(description)
            s.flush()
            return next(t for t in theme_views(s, row.cycle_id) if t.id == row.id)

    def remove_theme(self, theme_id: int) -> None:
        """Remove a theme and its wishes; refused when one of its wishes is a kept priority."""
        with self.unit() as s:
            row = self.fetch(s, Theme, theme_id, NC_("kind of record", "Theme"))
            fetch_open_round(s, row.cycle_id)
            kept = s.scalar(
                select(func.count(Priority.id))
                .join(Wish, Wish.id == Priority.wish_id)
                .where(Wish.theme_id == theme_id)
            )
            if kept:
                raise RuleViolation.said(
                    "A chosen priority is under '{name}'; this theme cannot be removed.",
                    name=row.name,
                )
            s.delete(row)

    # -- wishes ------------------------------------------------------------------------------------
    def add_wish(self, theme_id: int, text: str, raised_by: str = "") -> WishView:
        """A wish or problem in the residents' own words, under a theme."""
        with self.unit() as s:
            theme = self.fetch(s, Theme, theme_id, NC_("kind of record", "Theme"))
            fetch_open_round(s, theme.cycle_id)
            row = Wish(
                theme_id=theme_id,
                text=_wish_text(text),
                raised_by=raised_by.strip()[:MAX_NAME_LENGTH],
            )
            s.add(row)
            s.flush()
            return self._wish_view(s, theme.cycle_id, row.id)

    def update_wish(
        self,
        wish_id: int,
        *,
        text: str | None = None,
        raised_by: str | None = None,
        theme_id: int | None = None,
        expected_version: int | None = None,
    ) -> WishView:
        """Change a wish; `expected_version` is the version the edit was based on."""
        with self.unit() as s:
            row = self.fetch(s, Wish, wish_id, NC_("kind of record", "Wish"))
            cycle_id = self._cycle_of(s, row)
            fetch_open_round(s, cycle_id)
            mine = {"text": text, "raised_by": raised_by, "theme_id": theme_id}
            check_version(row, expected_version, {k: v for k, v in mine.items() if v is not None})
            if text is not None:
                row.text = _wish_text(text)
            if raised_by is not None:
                row.raised_by = raised_by.strip()[:MAX_NAME_LENGTH]
            if theme_id is not None:
                target = self.fetch(s, Theme, theme_id, NC_("kind of record", "Theme"))
                if target.cycle_id != cycle_id:
                    raise InvalidInput.said("That theme belongs to another round.")
                row.theme_id = theme_id
            s.flush()
            return self._wish_view(s, cycle_id, row.id)

    def remove_wish(self, wish_id: int) -> None:
        with self.unit() as s:
            row = self.fetch(s, Wish, wish_id, NC_("kind of record", "Wish"))
            fetch_open_round(s, self._cycle_of(s, row))
            if s.scalar(select(Priority.id).where(Priority.wish_id == wish_id)) is not None:
                raise RuleViolation.said("This wish is a chosen priority and cannot be removed.")
            s.delete(row)

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _cycle_of(s: Session, wish: Wish) -> int:
        theme = s.get(Theme, wish.theme_id)
        assert theme is not None
        return theme.cycle_id

    @staticmethod
    def _wish_view(s: Session, cycle_id: int, wish_id: int) -> WishView:
        for theme in theme_views(s, cycle_id):
            for wish in theme.wishes:
                if wish.id == wish_id:
                    return wish
        raise AssertionError("wish just stored is missing")


def _note(value: str) -> str:
    return clean_text(value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=False)
