"""What a part of meeting mode may ask of its window (MeetingModeWindow implements this).

The capture controllers (quick_capture, cycle_capture) are given a `MeetingHost`, never the
window's class: they read the meeting as shown, push undoable edits, open one dialog at a
time and say what happened.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from PySide6.QtWidgets import QDialog, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import AgendaItemView, MeetingDetail
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.undo import EditCommand

T = TypeVar("T")
ErrorHandler = Callable[[BuurtDeskError], None]


class MeetingHost(Protocol):
    @property
    def context(self) -> Context: ...

    @property
    def meeting_id(self) -> int: ...

    @property
    def detail(self) -> MeetingDetail:
        """The meeting as last loaded (reloaded after every edit)."""
        ...

    @property
    def dialog(self) -> QDialog | None:
        """The capture dialog that is open, if any."""
        ...

    def current_item(self) -> AgendaItemView | None: ...

    def dialog_parent(self) -> QWidget: ...

    def open_dialog(self, dialog: QDialog, forget_when_finished: bool = False) -> None:
        """Show `dialog` (window-modal) as the open dialog."""
        ...

    def push(
        self,
        text: str,
        do: Callable[[], T],
        undo: Callable[[T], object],
        refused: ErrorHandler | None = None,
    ) -> EditCommand:
        """Store the notes, then do `do` as one command on the shared undo stack.

        A refusal goes to `refused` while the open dialog is visible, else to the banner.
        """
        ...

    def show_error(self, error: BuurtDeskError) -> None: ...

    def show_message(self, text: str) -> None:
        """A refusal in one sentence (already in the language on screen), in the banner."""
        ...

    def say(self, text: str) -> None:
        """One line under the item title: what was just recorded."""
        ...

    def reload(self) -> None: ...
