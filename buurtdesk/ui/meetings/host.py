"""What the parts of the meeting editor may ask of the editor around them (MeetingEditor
implements these): the meeting as shown, the meetings service, undoable edits, questions and
where a refusal is said."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import MeetingDetail
from buurtdesk.ui.common.undo import EditCommand

T = TypeVar("T")


class EditsMeeting(Protocol):
    """What the record of the meeting (besloten, times, closing) needs."""

    @property
    def detail(self) -> MeetingDetail | None:
        """The meeting as last loaded (reloaded after every edit)."""
        ...

    @property
    def meetings(self) -> MeetingService: ...

    def push(self, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> EditCommand[T]:
        """Do `do` as one command on the screen's undo stack; a refusal is shown."""
        ...

    def show_error(self, error: BuurtDeskError) -> None: ...


class KeepsAttendance(EditsMeeting, Protocol):
    """What the attendance part needs besides: a yes/no question before a removal."""

    def confirm(self, title: str, question: str) -> bool: ...
