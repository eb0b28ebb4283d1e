"""At a project's item (a kerngroep's "Voortgang …"): the project's milestones, its open
action points and its latest progress, so the core group sees where the project stands."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.cycle.views import ProjectDetail
from buurtdesk.services.views import AgendaItemView
from buurtdesk.ui.common import labels
from buurtdesk.ui.cycle import labels as cycle_labels

SHOWN = 5  # milestones and actions each; more are counted


class ProjectAtItem(QLabel):
    """Filled by `show_for(item, get_project, today)`; hidden at an item without a project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectAtItem")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setProperty("class", "muted")
        self.setAccessibleName(self.tr("The project of this item"))
        self.hide()

    def show_for(
        self,
        item: AgendaItemView | None,
        get_project: Callable[[int], ProjectDetail],
        today: date,
    ) -> None:
        if item is None or item.project_id is None:
            self.clear()
            self.hide()
            return
        try:
            detail = get_project(item.project_id)
        except BuurtDeskError:  # the project was taken away meanwhile: nothing to show
            self.clear()
            self.hide()
            return
        self.setText(self.describe(detail, today))
        self.show()

    def describe(self, detail: ProjectDetail, today: date) -> str:
        project = detail.project
        parts = [
            f"<b>{escape(project.name)}</b> · {escape(cycle_labels.project_status(project.status))}"
        ]
        milestones = [
            (
                ("✓ " if m.done_on else ("⚠ " if m.is_overdue(today) else "○ "))
                + escape(m.title)
                + (f" ({labels.short_date(m.due_on)})" if m.due_on and not m.done_on else "")
            )
            for m in detail.milestones
        ]
        parts.append(
            self.tr("Milestones: %1").replace("%1", self._listed(milestones))
            if milestones
            else self.tr("No milestones yet.")
        )
        open_actions = [a for a in detail.actions if a.status.is_open]
        actions = [
            escape(a.title) + (f" ({escape(a.owner_name)})" if a.owner_name else "")
            for a in open_actions
        ]
        parts.append(
            self.tr("Open action points: %1").replace("%1", self._listed(actions))
            if actions
            else self.tr("No open action points.")
        )
        if detail.notes:
            latest = detail.notes[-1]
            parts.append(
                self.tr("Latest progress (%1): %2")
                .replace("%1", labels.short_date(latest.written_on))
                .replace("%2", escape(" ".join(latest.note.split())))
            )
        else:
            parts.append(self.tr("No progress written down yet."))
        return "<br>".join(parts)

    def _listed(self, entries: list[str]) -> str:
        shown = "; ".join(entries[:SHOWN])
        if len(entries) > SHOWN:
            shown += " " + self.tr("and %1 more").replace("%1", str(len(entries) - SHOWN))
        return shown
