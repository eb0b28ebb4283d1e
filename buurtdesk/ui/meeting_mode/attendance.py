"""Who is there: one key per state on the selected person, guests with organisation and
function, who chairs and who takes the minutes. Used by meeting mode and the meeting editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import AttendanceStatus
from buurtdesk.domain.errors import BuurtDeskError, InvalidInput
from buurtdesk.services.meetings.attendance import ChairNotPresent
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.services.views import AttendanceView, MeetingDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.undo import Push
from buurtdesk.ui.common.widgets import show_text

Confirm = Callable[[str, str], bool]

# One key per state on the selected person (the same keys in every language).
STATE_KEYS: dict[int, AttendanceStatus] = {
    Qt.Key.Key_A: AttendanceStatus.PRESENT,
    Qt.Key.Key_K: AttendanceStatus.APOLOGIES,
    Qt.Key.Key_Z: AttendanceStatus.ABSENT,
    Qt.Key.Key_G: AttendanceStatus.GUEST,
    Qt.Key.Key_O: AttendanceStatus.UNKNOWN,
}


def state_hint() -> str:
    """The hint line for the state keys."""
    return QCoreApplication.translate(
        "AttendancePanel",
        "Space or A present · K apologies · Z absent without notice · G guest · O not known yet",
    )


def person_line(person: AttendanceView) -> str:
    """ "Wim Hermans — Present · Vice-chair" or "Ramon Peeters — Guest · wijkagent, Politie"."""
    extra = [labels.membership_role(r) for r in person.roles]
    extra += [x for x in (person.function, person.organisation) if x]
    text = f"{person.name} — {labels.attendance_status(person.status)}"
    return text + (f" · {', '.join(extra)}" if extra else "")


class AttendancePanel(QWidget):
    """Every change goes through `push` (the screen's undo stack) and is stored at once."""

    def __init__(
        self,
        meetings: MeetingService,
        push: Push,
        confirm: Confirm,
        show_error: Callable[[BuurtDeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.meetings = meetings
        self._push = push
        self._confirm = confirm
        self._show_error = show_error
        self.detail: MeetingDetail | None = None
        self.read_only = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self.tr("A&ttendance"))
        self.count = QLabel()
        self.count.setProperty("class", "muted")
        self.hint = QLabel(state_hint())
        self.hint.setWordWrap(True)
        self.hint.setProperty("class", "muted")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attendance"))
        self.list.setAccessibleDescription(
            self.tr(
                "Lists members in role order and the guests; A present, K apologies, "
                "Z absent without notice, G guest, O not known yet"
            )
        )
        self.list.installEventFilter(self)
        self.caption.setBuddy(self.list)
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        self.guest_field = self._field(
            grid, 0, 0, self.tr("G&uest"), self.tr("Name of a guest"), span=3
        )
        self.guest_field.setPlaceholderText(self.tr("Name, then Enter"))
        self.organisation_field = self._field(
            grid, 1, 0, self.tr("Or&ganisation"), self.tr("Organisation of the guest")
        )
        self.function_field = self._field(
            grid, 1, 2, self.tr("Fu&nction"), self.tr("Function of the guest")
        )
        self.function_field.setPlaceholderText(self.tr("e.g. wijkagent"))
        for field in (self.guest_field, self.organisation_field, self.function_field):
            field.returnPressed.connect(self._add_guest)
        self.chair_field = self._field(grid, 2, 0, self.tr("C&haired by"), self.tr("Chair"))
        self.minute_field = self._field(grid, 2, 2, self.tr("&Minutes by"), self.tr("Minute-taker"))
        self.chair_field.editingFinished.connect(lambda: self._choose(self.chair_field, True))
        self.minute_field.editingFinished.connect(lambda: self._choose(self.minute_field, False))
        self.apology_button = QPushButton(self.tr("A&pology…"))
        self.apology_button.setAccessibleDescription(
            self.tr("Records that the chosen member sent apologies (afmelding)")
        )
        self.apology_button.setAutoDefault(False)  # Enter in a field below never presses it
        self.apology_button.clicked.connect(self.record_apology)
        top = QGridLayout()
        top.addWidget(self.caption, 0, 0)
        top.addWidget(self.count, 0, 1, Qt.AlignmentFlag.AlignRight)
        top.addWidget(self.apology_button, 0, 2)
        box.addLayout(top)
        box.addWidget(self.hint)
        box.addWidget(self.list, 1)
        box.addLayout(grid)
        self.controls: list[QWidget] = [
            self.apology_button,
            self.guest_field,
            self.organisation_field,
            self.function_field,
            self.chair_field,
            self.minute_field,
        ]

    def _field(
        self, grid: QGridLayout, row: int, column: int, caption: str, name: str, span: int = 1
    ) -> QLineEdit:
        label = QLabel(caption)
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setAccessibleDescription(self._descriptions().get(name, name))
        label.setBuddy(field)
        grid.addWidget(label, row, column)
        grid.addWidget(field, row, column + 1, 1, span)
        return field

    def _descriptions(self) -> dict[str, str]:
        return {
            self.tr("Name of a guest"): self.tr(
                "Adds a guest with this organisation and function when you press Enter"
            ),
            self.tr("Organisation of the guest"): self.tr(
                "The organisation the guest comes for, e.g. the police or a corporation"
            ),
            self.tr("Function of the guest"): self.tr(
                "The guest's function, e.g. wijkagent or bewonersconsulent"
            ),
            self.tr("Chair"): self.tr(
                "Who chaired this meeting; empty means the voorzitter (or the vicevoorzitter)"
            ),
            self.tr("Minute-taker"): self.tr(
                "Who took the minutes; empty means the notulist (or the secretaris)"
            ),
        }

    # -- showing -------------------------------------------------------------------------------
    def show_detail(self, detail: MeetingDetail, read_only: bool) -> None:
        self.detail = detail
        self.read_only = read_only
        row = self.list.currentRow()
        self.list.clear()
        for person in detail.attendance:
            item = QListWidgetItem(person_line(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(max(row, 0), self.list.count() - 1))
        self.count.setText(
            self.tr("%1 of %2 present")
            .replace("%1", str(detail.present_count))
            .replace("%2", str(detail.member_count))
        )
        names = [p.name for p in detail.attendance]
        for field, chosen in (
            (self.chair_field, detail.chair),
            (self.minute_field, detail.minute_taker),
        ):
            if not field.hasFocus():
                show_text(field, chosen.name if chosen else "")
            completer = QCompleter(names, field)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            field.setCompleter(completer)
        for widget in self.controls:
            widget.setEnabled(not read_only)

    def selected(self) -> AttendanceView | None:
        if self.detail is None:
            return None
        item = self.list.currentItem()
        if item is None:
            return None
        attendance_id = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.detail.attendance if p.id == attendance_id), None)

    # -- keys ----------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in STATE_KEYS:
                self.mark(STATE_KEYS[event.key()])
                return True
            if plain and event.key() == Qt.Key.Key_Space:
                person = self.selected()
                if person is not None and not person.is_guest:
                    self.mark(
                        AttendanceStatus.UNKNOWN
                        if person.status == AttendanceStatus.PRESENT
                        else AttendanceStatus.PRESENT
                    )
                return True
            if plain and event.key() == Qt.Key.Key_Delete:
                self.remove_guest()
                return True
        return super().eventFilter(watched, event)

    # -- edits ---------------------------------------------------------------------------------
    def mark(self, status: AttendanceStatus) -> None:
        person = self.selected()
        if person is None or self.read_only or person.status == status:
            return
        if status == AttendanceStatus.GUEST and person.is_member:
            return  # a member is a member; guests are added below the list
        attendance = self.meetings.attendance
        self._push(
            self.tr("Mark %1 as %2")
            .replace("%1", person.name)
            .replace("%2", labels.attendance_status(status).lower()),
            lambda: attendance.set_state(person.id, status),
            lambda before: attendance.set_state(person.id, before),
        )

    def record_apology(self) -> None:
        """An apology ("afmelding"), before or during the meeting; refused for someone present."""
        person = self.selected()
        if person is None or self.read_only or self.detail is None or person.person_id is None:
            return
        meeting_id, person_id = self.detail.meeting.id, person.person_id
        attendance = self.meetings.attendance
        self._push(
            self.tr("Apology of %1").replace("%1", person.name),
            lambda: attendance.record_apology(meeting_id, person_id),
            lambda before: attendance.set_attendance(
                meeting_id, person_id, before or AttendanceStatus.UNKNOWN
            ),
        )

    def _add_guest(self) -> None:
        if self.detail is None or self.read_only:
            return
        name = self.guest_field.text().strip()
        organisation = self.organisation_field.text().strip()
        function = self.function_field.text().strip()
        if not name:
            if organisation or function:
                self._show_error(InvalidInput.said("A guest needs a name."))
                self.guest_field.setFocus()
            return
        meeting_id = self.detail.meeting.id
        attendance = self.meetings.attendance
        command = self._push(
            self.tr("Add guest %1").replace("%1", name),
            lambda: attendance.add_guest(meeting_id, name, organisation, function),
            lambda view: attendance.remove_attendance(view.id),
        )
        if command.result is not None:
            for field in (self.guest_field, self.organisation_field, self.function_field):
                field.clear()
            self.guest_field.setFocus()

    def remove_guest(self) -> None:
        person = self.selected()
        if person is None or self.read_only or not person.is_guest or self.detail is None:
            return
        meeting_id = self.detail.meeting.id
        attendance = self.meetings.attendance
        current = {"id": person.id}

        def undo(_result: object) -> None:
            current["id"] = attendance.add_guest(
                meeting_id,
                person.name,
                person.organisation,
                person.function,
                person_id=person.person_id,
            ).id

        self._push(
            self.tr("Remove guest %1").replace("%1", person.name),
            lambda: attendance.remove_attendance(current["id"]),
            undo,
        )

    def _choose(self, field: QLineEdit, chair: bool) -> None:
        detail = self.detail
        if detail is None or self.read_only:
            return
        chosen = detail.chair if chair else detail.minute_taker
        text = field.text().strip()
        if text == (chosen.name if chosen else ""):
            return
        person: AttendanceView | None = None
        if text:
            matches = [
                p for p in detail.attendance if p.person_id and text.casefold() in p.name.casefold()
            ]
            exact = [p for p in matches if p.name.casefold() == text.casefold()]
            if len(exact) == 1:
                person = exact[0]
            elif len(matches) == 1:
                person = matches[0]
            if person is None:
                self._show_error(
                    InvalidInput.said(
                        "Nobody on the attendance list is called '{name}'.", name=text
                    )
                )
                show_text(field, chosen.name if chosen else "")
                return
        person_id = person.person_id if person else None
        attendance = self.meetings.attendance
        setter = attendance.set_chair if chair else attendance.set_minute_taker
        meeting_id = detail.meeting.id
        allowed = {"even": False}
        if person is not None and person.status in (
            AttendanceStatus.APOLOGIES,
            AttendanceStatus.ABSENT,
        ):
            question = (
                self.tr("%1 is not recorded as present. Let %1 chair all the same?")
                if chair
                else self.tr("%1 is not recorded as present. Let %1 take the minutes all the same?")
            ).replace("%1", person.name)
            if not self._confirm(self.tr("Not present"), question):
                show_text(field, chosen.name if chosen else "")
                return
            allowed["even"] = True

        def do() -> int | None:
            try:
                return setter(meeting_id, person_id, even_if_not_present=allowed["even"])
            except ChairNotPresent:
                return setter(meeting_id, person_id, even_if_not_present=True)

        self._push(
            self.tr("Chair: %1").replace("%1", text)
            if chair
            else self.tr("Minutes: %1").replace("%1", text),
            do,
            lambda before: setter(meeting_id, before, even_if_not_present=True),
        )
