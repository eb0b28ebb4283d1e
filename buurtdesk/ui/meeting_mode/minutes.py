"""Adopting the previous meeting's minutes (notulen, verslag or besluitenlijst vaststellen, as
the council calls them), with amendments, undoable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import MinutesState, MinutesTitle
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.views import MeetingSummary
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import describe_buttons
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import EditCommand


def adopt_words(title: MinutesTitle) -> tuple[str, str]:
    """What adopting is called for a council whose minutes carry `title` (its own setting:
    Notulen, Verslag or Besluitenlijst): the button's words, and the dialog's sentence with %1
    for the meeting's date."""
    if title == MinutesTitle.VERSLAG:
        return QCoreApplication.translate(
            "AdoptMinutesDialog", "Adopt the report"
        ), QCoreApplication.translate(
            "AdoptMinutesDialog",
            "Adopt the report of the meeting of %1. After this it can no longer be changed.",
        )
    if title == MinutesTitle.BESLUITENLIJST:
        return QCoreApplication.translate(
            "AdoptMinutesDialog", "Adopt the list of decisions"
        ), QCoreApplication.translate(
            "AdoptMinutesDialog",
            "Adopt the list of decisions of the meeting of %1. After this it can no longer be changed.",
        )
    return QCoreApplication.translate(
        "AdoptMinutesDialog", "Adopt the minutes"
    ), QCoreApplication.translate(
        "AdoptMinutesDialog",
        "Adopt the minutes of the meeting of %1. After this they can no longer be changed.",
    )


def can_adopt_previous(previous: MeetingSummary | None) -> bool:
    return previous is not None and previous.minutes_state in (
        MinutesState.DRAFT,
        MinutesState.SENT,
    )


class AdoptMinutesDialog(QDialog):
    """Adopting the previous minutes, called by the council's own title for them (`title`);
    `action_text` is what the undo history calls it."""

    def __init__(
        self,
        previous: MeetingSummary,
        parent: QWidget | None = None,
        title: MinutesTitle = MinutesTitle.NOTULEN,
    ) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.action_text, sentence = adopt_words(title)
        self.setWindowTitle(self.action_text)
        self.setMinimumWidth(540)
        layout = QVBoxLayout(self)
        intro = QLabel(sentence.replace("%1", labels.long_date(previous.date)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # Ongewijzigd or gewijzigd vastgesteld; typing an amendment chooses "gewijzigd".
        self.unchanged = QRadioButton(self.tr("Adopted &unchanged"))
        self.unchanged.setAccessibleDescription(
            self.tr("The council adopts the minutes as they are")
        )
        self.amended = QRadioButton(self.tr("Adopted with a&mendments:"))
        self.amended.setAccessibleDescription(
            self.tr("The council adopts the minutes with the amendments typed below")
        )
        self.unchanged.setChecked(True)
        layout.addWidget(self.unchanged)
        layout.addWidget(self.amended)
        label = QLabel(self.tr("&Amendments (leave empty when there are none)"))
        self.amendments = QPlainTextEdit()
        self.amendments.setTabChangesFocus(True)
        self.amendments.setAccessibleName(self.tr("Amendments to the minutes"))
        self.amendments.setAccessibleDescription(
            self.tr("Changes to the previous minutes the council agrees on")
        )
        label.setBuddy(self.amendments)
        layout.addWidget(label)
        layout.addWidget(self.amendments)
        self.amendments.textChanged.connect(self._typed)
        self.unchanged.toggled.connect(self._choice)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.action_text)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        describe_buttons(
            buttons,
            {
                QDialogButtonBox.StandardButton.Ok: self.tr(
                    "Adopts the previous minutes with these amendments"
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window; the minutes stay as they are"
                ),
            },
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.amendments.setFocus()  # typing an amendment is the usual way; Tab reaches OK

    def _typed(self) -> None:
        if self.amendments.toPlainText().strip():
            self.amended.setChecked(True)
        self._choice()

    def _choice(self) -> None:
        """'Gewijzigd vastgesteld' needs the amendments; 'ongewijzigd' has none."""
        typed = bool(self.amendments.toPlainText().strip())
        self.ok_button.setEnabled(self.unchanged.isChecked() or typed)

    def amendment_text(self) -> str:
        """The amendments to record: none when adopted unchanged."""
        return "" if self.unchanged.isChecked() else self.amendments.toPlainText()


def adopt_minutes_command(
    context: Context,
    previous: MeetingSummary,
    in_meeting_id: int,
    amendments: str,
    after: Callable[[], None],
    on_error: Callable[[BuurtDeskError], None],
    text: str,
) -> EditCommand:
    meetings = context.services.meetings
    state_before = previous.minutes_state or MinutesState.DRAFT
    command = EditCommand(
        text,
        do=lambda: meetings.adopt_minutes(previous.id, in_meeting_id, amendments),
        undo=lambda _result: meetings.undo_adopt_minutes(previous.id, state_before),
        after=after,
        on_error=on_error,
    )
    context.undo_stack.push(command)
    return command
