"""When and where a meeting is held, and what kind it is: each field saved when it is left."""

from __future__ import annotations

from datetime import date, time
from typing import Any, Protocol

from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from buurtdesk.domain.dates import format_time, parse_date, parse_time, short_date
from buurtdesk.domain.enums import MeetingKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import MeetingDetail, MeetingSummary
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout, paired
from buurtdesk.ui.common.undo import Apply, EditCommand


class MeetingHost(Protocol):
    """What the form needs from the meeting editor around it."""

    @property
    def detail(self) -> MeetingDetail | None: ...

    @property
    def meetings(self) -> MeetingService: ...

    def is_read_only(self) -> bool: ...

    def show_error(self, error: BuurtDeskError) -> None: ...

    def clear_error(self) -> None: ...

    def push_versioned(
        self,
        text: str,
        version: int | None,
        apply: Apply,
        new: dict[str, Any],
        old: dict[str, Any],
        record: tuple[str, int] | None = None,
    ) -> EditCommand: ...


def labelled_field(caption: str, name: str, width: int = 0) -> tuple[QLabel, QLineEdit]:
    label = QLabel(caption)
    field = QLineEdit()
    field.setAccessibleName(name)
    if width:  # px at 100 % text; grows with the text size
        scaled = round(width * field.fontMetrics().averageCharWidth() / 7)
        field.setMaximumWidth(max(width, scaled))
        field.setMinimumWidth(max(width, scaled) * 3 // 4)
    label.setBuddy(field)
    return label, field


class MeetingWhenForm(QWidget):
    """Date, hours, kind and place of the meeting shown in the editor."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        date_label, self.date_field = labelled_field(self.tr("&Date"), self.tr("Date"), 150)
        self.date_field.setAccessibleDescription(self.tr("The day of the meeting"))
        self.date_field.setPlaceholderText("14-10-2026")
        start_label, self.start_field = labelled_field(self.tr("&From"), self.tr("Start time"), 80)
        self.start_field.setAccessibleDescription(self.tr("When the meeting begins"))
        end_label, self.end_field = labelled_field(self.tr("&Until"), self.tr("End time"), 80)
        self.end_field.setAccessibleDescription(self.tr("When the meeting ends"))
        place_label, self.place_field = labelled_field(self.tr("&Place"), self.tr("Place"))
        self.place_field.setAccessibleDescription(self.tr("Where the meeting is held"))
        kind_label = QLabel(self.tr("&Kind"))
        self.kind_field = QComboBox()
        self.kind_field.setAccessibleName(self.tr("Kind of meeting"))
        self.kind_field.setAccessibleDescription(self.tr("Chooses what kind of meeting this is"))
        for kind in MeetingKind:
            self.kind_field.addItem(labels.meeting_kind(kind), kind.value)
        kind_label.setBuddy(self.kind_field)
        when = FlowLayout(spacing=10)  # wraps at large text
        for label, field in (
            (date_label, self.date_field),
            (start_label, self.start_field),
            (end_label, self.end_field),
            (kind_label, self.kind_field),
        ):
            when.addWidget(paired(label, field))
        grid.addLayout(when, 0, 0, 1, 2)
        grid.addWidget(place_label, 1, 0)
        grid.addWidget(self.place_field, 1, 1)
        grid.setColumnStretch(1, 1)
        self.date_field.editingFinished.connect(self._date_edited)
        self.start_field.editingFinished.connect(
            lambda: self._time_edited("start_time", self.start_field)
        )
        self.end_field.editingFinished.connect(
            lambda: self._time_edited("end_time", self.end_field)
        )
        self.place_field.editingFinished.connect(self._place_edited)
        self.kind_field.activated.connect(self._kind_edited)

    def show_meeting(self, meeting: MeetingSummary, read_only: bool) -> None:
        self.date_field.setText(short_date(meeting.date))
        self.start_field.setText(format_time(meeting.start_time))
        self.end_field.setText(format_time(meeting.end_time))
        self.place_field.setText(meeting.place)
        self.kind_field.setCurrentIndex(max(0, self.kind_field.findData(meeting.kind.value)))
        for widget in (self.date_field, self.start_field, self.end_field, self.place_field):
            widget.setReadOnly(read_only)
        self.kind_field.setEnabled(not read_only)

    def _update(self, text: str, field: str, new: object, old: object) -> None:
        assert self.host.detail is not None
        meeting_id = self.host.detail.meeting.id
        self.host.push_versioned(
            text,
            self.host.detail.meeting.version,
            lambda v, values: self.host.meetings.update_meeting(
                meeting_id, expected_version=v, **values
            ),
            {field: new},
            {field: old},
            ("meetings", meeting_id),
        )

    def _date_edited(self) -> None:
        if self.host.detail is None or self.host.is_read_only():
            return
        old = self.host.detail.meeting.date
        try:
            new: date = parse_date(self.date_field.text())
        except BuurtDeskError as exc:
            self.host.show_error(exc)
            return
        self.host.clear_error()
        if new != old:
            self._update(self.tr("Change date"), "date", new, old)

    def _time_edited(self, field: str, widget: QLineEdit) -> None:
        if self.host.detail is None or self.host.is_read_only():
            return
        old: time | None = getattr(self.host.detail.meeting, field)
        try:
            new = parse_time(widget.text()) if widget.text().strip() else None
        except BuurtDeskError as exc:
            self.host.show_error(exc)
            return
        self.host.clear_error()
        if new != old:
            self._update(self.tr("Change time"), field, new, old)

    def _place_edited(self) -> None:
        if self.host.detail is None or self.host.is_read_only():
            return
        old, new = self.host.detail.meeting.place, self.place_field.text().strip()
        if new != old:
            self._update(self.tr("Change place"), "place", new, old)

    def _kind_edited(self, _index: int) -> None:
        if self.host.detail is None or self.host.is_read_only():
            return
        old, new = self.host.detail.meeting.kind, MeetingKind(str(self.kind_field.currentData()))
        if new != old:
            self._update(self.tr("Change kind of meeting"), "kind", new, old)
