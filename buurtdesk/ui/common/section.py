"""What a section of the main window is: a widget that follows the chosen council."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from buurtdesk.services import Services


@dataclass
class Context:
    """What every screen gets from the composition root: no globals."""

    services: Services
    undo_stack: QUndoStack
    today: date | None = None
    read_only: bool = False

    def current_date(self) -> date:
        return self.today or self.services.overview.today()


class Section(QWidget):
    """A page of the main window. The window calls `show_council` when the council changes."""

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.council_id: int | None = None

    def title(self) -> str:  # pragma: no cover - every section overrides
        raise NotImplementedError

    def show_council(self, council_id: int) -> None:
        self.council_id = council_id
        self.reload()

    def reload(self) -> None:
        """Fetch the views again (after an edit elsewhere or an undo)."""
