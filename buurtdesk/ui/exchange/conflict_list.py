"""The conflicts of an import preview: a page of boxes, a choice per field or per record,
"all mine" / "all theirs", and how many are still without a choice.

Words are translated in the preview's own context ("ImportPreviewDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.exchange.plan import Choice, FieldChoices, ImportPlan, RecordChange, decided
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.on_screen import into_sight, shows_whole, span_into_sight
from buurtdesk.ui.exchange.import_parts import conflict_box

CONFLICTS_PER_PAGE = 50
# An open conflict stands out; a decided one looks calm. One sheet for all boxes (fast with many).
CONFLICT_STYLE = (
    "QFrame#conflict { border: 2px solid #c9a227; border-radius: 6px; background: palette(base); }"
    'QFrame#conflict[chosen="true"] { border: 1px solid palette(mid); }'
)


def _into_sight(widget: QWidget) -> None:
    """Scroll every area that holds `widget` so that it shows with its conflict's whole box
    (the heading line first), the inner area first."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            into_sight(parent, widget)
        parent = parent.parentWidget()


class ConflictList(QWidget):
    """`changed` is emitted whenever a choice changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self.choices: dict[str, FieldChoices] = {}
        self.field_choices: dict[str, dict[str, Choice]] = {}
        self.groups: dict[str, QButtonGroup] = {}
        self.field_groups: dict[str, dict[str, QButtonGroup]] = {}
        self.boxes: dict[str, QFrame] = {}
        self._choosing_all = False
        self.page = 0
        conflicts = QVBoxLayout(self)
        conflicts.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setProperty("class", "sectionTitle")
        self.title.setWordWrap(True)
        self.all_mine = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "All: keep &mine")
        )
        self.all_mine.setAccessibleName(
            QCoreApplication.translate("ImportPreviewDialog", "Keep my version for every conflict")
        )
        self.all_mine.setAccessibleDescription(
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "Chooses the version on this computer in all conflicts at once",
            )
        )
        self.all_mine.clicked.connect(lambda: self.choose_all(Choice.MINE))
        self.all_theirs = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "All: take &theirs")
        )
        self.all_theirs.setAccessibleName(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Take their version for every conflict"
            )
        )
        self.all_theirs.setAccessibleDescription(
            QCoreApplication.translate(
                "ImportPreviewDialog", "Chooses the version in the package in all conflicts at once"
            )
        )
        self.all_theirs.clicked.connect(lambda: self.choose_all(Choice.THEIRS))
        head.addWidget(self.title, 1)
        head.addWidget(self.all_mine)
        head.addWidget(self.all_theirs)
        conflicts.addLayout(head)
        self.conflict_list = QWidget()
        self.conflict_list.setStyleSheet(CONFLICT_STYLE)
        self.conflict_rows = QVBoxLayout(self.conflict_list)
        self.conflict_rows.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.conflict_list)
        self.conflict_scroll = scroll
        scroll.setAccessibleName(QCoreApplication.translate("ImportPreviewDialog", "Conflicts"))
        conflicts.addWidget(scroll, 1)
        # many conflicts are shown a page at a time, so the window stays quick; the row wraps
        # at large text
        pages = FlowLayout(spacing=8)
        self.previous_page = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "&Previous conflicts")
        )
        self.previous_page.setAccessibleName(
            QCoreApplication.translate("ImportPreviewDialog", "Previous page of conflicts")
        )
        self.previous_page.setAccessibleDescription(
            QCoreApplication.translate("ImportPreviewDialog", "Shows the conflicts before these")
        )
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.page_label = QLabel()
        self.next_page = QPushButton(
            QCoreApplication.translate("ImportPreviewDialog", "&Next conflicts")
        )
        self.next_page.setAccessibleName(
            QCoreApplication.translate("ImportPreviewDialog", "Next page of conflicts")
        )
        self.next_page.setAccessibleDescription(
            QCoreApplication.translate("ImportPreviewDialog", "Shows the conflicts after these")
        )
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        pages.addWidget(self.previous_page)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_page)
        self.pages = QWidget()
        self.pages.setLayout(pages)
        conflicts.addWidget(self.pages)
        self.open_choices = QLabel()
        self.open_choices.setProperty("class", "warning")
        self.open_choices.setWordWrap(True)  # read in full at any text size
        self.open_choices.setAccessibleName(
            QCoreApplication.translate("ImportPreviewDialog", "Conflicts still without a choice")
        )  # the dialog shows it beside its buttons: it says why Import waits

    def fill(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.setVisible(bool(plan.conflicts))
        self.title.setText(
            QCoreApplication.translate(
                "ImportPreviewDialog",
                "Changed here and in the package since the last exchange: choose per field which value stays, or for the whole record (%1)",
            ).replace("%1", str(len(plan.conflicts)))
        )
        self.pages.setVisible(len(plan.conflicts) > CONFLICTS_PER_PAGE)
        self.show_page(0)

    def show_page(self, page: int) -> None:
        conflicts = self.plan.conflicts if self.plan is not None else ()
        last = max(0, (len(conflicts) - 1) // CONFLICTS_PER_PAGE)
        self.page = min(max(0, page), last)
        while self.conflict_rows.count():
            item = self.conflict_rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, deleted when the event loop gets to it
                widget.deleteLater()
        self.groups.clear()
        self.field_groups.clear()
        self.boxes.clear()
        first = self.page * CONFLICTS_PER_PAGE
        shown = conflicts[first : first + CONFLICTS_PER_PAGE]
        for conflict in shown:
            self.conflict_rows.addWidget(self._conflict_box(conflict))
            for name, choice in self.field_choices.get(conflict.uuid, {}).items():
                self._show_field(conflict.uuid, name, choice)
            self._show_record(conflict.uuid)
        self.conflict_rows.addStretch(1)
        self.conflict_scroll.verticalScrollBar().setValue(0)
        self.page_label.setText(
            QCoreApplication.translate("ImportPreviewDialog", "Conflicts %1–%2 of %3")
            .replace("%1", str(first + 1))
            .replace("%2", str(first + len(shown)))
            .replace("%3", str(len(conflicts)))
        )
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < last)
        if shown and self.isVisible():
            first_choice = self.groups[shown[0].uuid].buttons()[0]
            first_choice.setFocus()
            # in sight once laid out, also where the dialog's body scrolls (large text), with
            # its conflict's box and, where they fit, the conflicts' heading and buttons above
            box = self.boxes[shown[0].uuid]
            QTimer.singleShot(0, first_choice, lambda: self._page_into_sight(first_choice, box))

    def _page_into_sight(self, first_choice: QWidget, box: QWidget) -> None:
        _into_sight(first_choice)
        parent = self.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea):
                span_into_sight(parent, self.title, box)
            parent = parent.parentWidget()

    def _conflict_box(self, conflict: RecordChange) -> QFrame:
        box, group, fields = conflict_box(conflict)
        mine, theirs = group.buttons()
        mine.clicked.connect(lambda _=False, uuid=conflict.uuid: self.choose(uuid, Choice.MINE))
        theirs.clicked.connect(lambda _=False, uuid=conflict.uuid: self.choose(uuid, Choice.THEIRS))
        for name, field_group in fields.items():
            for button, choice in zip(
                field_group.buttons(), (Choice.MINE, Choice.THEIRS), strict=True
            ):
                button.clicked.connect(
                    lambda _=False, uuid=conflict.uuid, name=name, choice=choice: self.choose_field(
                        uuid, name, choice
                    )
                )
        self.groups[conflict.uuid] = group
        self.field_groups[conflict.uuid] = fields
        self.boxes[conflict.uuid] = box
        shows_whole(box)  # a choice given the focus shows with its conflict's heading
        return box

    # -- choosing -------------------------------------------------------------------------------
    def _conflict(self, uuid: str) -> RecordChange | None:
        plan = self.plan
        return next((c for c in plan.conflicts if c.uuid == uuid), None) if plan else None

    def choose(self, uuid: str, choice: Choice) -> None:
        """The whole record: every field takes this side."""
        conflict = self._conflict(uuid)
        names = [d.field for d in conflict.differences] if conflict is not None else []
        self.field_choices[uuid] = {name: choice for name in names}
        self.choices[uuid] = choice
        if uuid in self.groups:  # on another page: its box shows the choice when shown
            for name in names:
                self._show_field(uuid, name, choice)
            self._show_record(uuid)
        if not self._choosing_all:
            self.changed.emit()

    def choose_field(self, uuid: str, name: str, choice: Choice) -> None:
        """One field of a conflict; the record is decided once every field has its side."""
        fields = self.field_choices.setdefault(uuid, {})
        fields[name] = choice
        conflict = self._conflict(uuid)
        wanted = [d.field for d in conflict.differences] if conflict is not None else []
        if all(f in fields for f in wanted):
            sides = {fields[f] for f in wanted}
            self.choices[uuid] = sides.pop() if len(sides) == 1 else dict(fields)
        if uuid in self.groups:
            self._show_field(uuid, name, choice)
            self._show_record(uuid)
        self.changed.emit()

    def _show_field(self, uuid: str, name: str, choice: Choice) -> None:
        group = self.field_groups.get(uuid, {}).get(name)
        if group is not None:
            group.buttons()[0 if choice == Choice.MINE else 1].setChecked(True)

    def _show_record(self, uuid: str) -> None:
        """The record's own buttons follow the fields: one side for all, or neither."""
        group = self.groups.get(uuid)
        if group is None:
            return
        choice = self.choices.get(uuid)
        group.setExclusive(False)
        for button, side in zip(group.buttons(), (Choice.MINE, Choice.THEIRS), strict=True):
            button.setChecked(choice == side)
        group.setExclusive(True)
        box = self.boxes[uuid]
        chosen = choice is not None
        if bool(box.property("chosen")) != chosen:
            box.setProperty("chosen", chosen)
            box.style().unpolish(box)
            box.style().polish(box)

    def choose_all(self, choice: Choice) -> None:
        self._choosing_all = True
        try:
            for conflict in self.plan.conflicts if self.plan is not None else ():
                self.choose(conflict.uuid, choice)
        finally:
            self._choosing_all = False
        self.changed.emit()

    def open_conflicts(self) -> int:
        return (
            0
            if self.plan is None
            else sum(1 for c in self.plan.conflicts if not decided(c, self.choices.get(c.uuid)))
        )
