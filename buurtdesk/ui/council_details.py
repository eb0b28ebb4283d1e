"""Overleggegevens: a new council, or the details of the chosen one — its name and kind, the
municipality, the usual meeting place, the language of its documents, and the logo at the
top of its PDFs.

A chosen logo is checked (an image Qt can read, not absurdly large), scaled down to what a
12 mm high print needs, and kept as image data (PNG, or JPEG when that is smaller than 1 MB)
in the database itself, never as a path. So moving or deleting the original file does not
take the logo out of the minutes, the logo travels in packages and backups, and undo can
always go back to the logo that was there before.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import CouncilKind, Language, MinutesTitle
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.rules import MAX_NAME_LENGTH, MAX_PLACE_LENGTH
from buurtdesk.services.views import CouncilView
from buurtdesk.ui.agenda_template import AgendaTemplateEditor
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.accessible import describe_buttons
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.minutes_settings import MINUTES_FIELDS, MinutesSettings
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import VersionedEdit
from buurtdesk.ui.common.widgets import set_css_class, text_label
from buurtdesk.ui.council_logo import LogoRefused, logo_data, read_logo

PREVIEW = QSize(180, 60)
FIELDS = ("name", "kind", "municipality", "default_place", "language", "logo", *MINUTES_FIELDS)


class CouncilDetailsDialog(QDialog):
    """A new council (`council` None) or the details of one. Changes to an existing council go
    through the undo stack."""

    def __init__(
        self,
        context: Context,
        council: CouncilView | None = None,
        parent: QWidget | None = None,
        after: Callable[[int], None] | None = None,
    ) -> None:
        """`after(council_id)` runs once a change is stored, and again after its undo or redo."""
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.context = context
        self.after = after
        self.council = council
        self.logo: bytes | None = council.logo if council is not None else None
        self._new_logo: QImage | None = None
        self.choose_file: Callable[[], str] = self._ask_file
        self.setWindowTitle(
            self.tr("New council") if council is None else self.tr("Council details")
        )
        layout = QVBoxLayout(self)
        form = QFormLayout()
        # a field below its label when the window is narrow for both (large text)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout.addLayout(form)

        self.name = QLineEdit(council.name if council else "")
        self.name.setMaxLength(MAX_NAME_LENGTH)
        self.name.setPlaceholderText(self.tr("e.g. Wijkoverleg Klingerberg"))
        self.name.setMinimumWidth(
            self.name.fontMetrics().horizontalAdvance("Wijkoverleg Klingerberg-Noord MM")
        )
        self._describe(
            self.name,
            self.tr("Name"),
            self.tr("The name as it stands on the agenda and the minutes"),
        )
        form.addRow(self.tr("&Name"), self.name)

        self.kind = QComboBox()
        for kind in CouncilKind:
            self.kind.addItem(labels.council_kind(kind), kind.value)
        self.kind.setCurrentIndex(
            max(0, self.kind.findData((council.kind if council else CouncilKind.WIJKOVERLEG).value))
        )
        self._describe(
            self.kind,
            self.tr("Kind"),
            self.tr("A neighbourhood council in town, or a village council"),
        )
        form.addRow(self.tr("&Kind"), self.kind)

        self.municipality = QLineEdit(council.municipality if council else "")
        self.municipality.setMaxLength(MAX_NAME_LENGTH)
        self._describe(
            self.municipality,
            self.tr("Municipality"),
            self.tr("The municipality the council belongs to"),
        )
        form.addRow(self.tr("&Municipality"), self.municipality)

        self.place = QLineEdit(council.default_place if council else "")
        self.place.setMaxLength(MAX_PLACE_LENGTH)
        self.place.setPlaceholderText(self.tr("e.g. Dorpshuis De Linde"))
        for field in (self.municipality, self.place):
            field.setCursorPosition(0)  # a long place shows from its start in a narrow field
        self._describe(
            self.place,
            self.tr("Usual meeting place"),
            self.tr("Filled in for every new meeting; each meeting can still say otherwise"),
        )
        form.addRow(self.tr("Usual meeting &place"), self.place)

        self.language = QComboBox()
        self.language.addItem("Nederlands", Language.DUTCH.value)
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.setCurrentIndex(
            max(0, self.language.findData((council.language if council else Language.DUTCH).value))
        )
        self._describe(
            self.language,
            self.tr("Language of the documents"),
            self.tr("The language of this council's agenda, minutes and other PDFs"),
        )
        form.addRow(self.tr("&Documents in"), self.language)
        self.minutes = MinutesSettings(form, council, self)

        logo_row = FlowLayout(spacing=8)  # the buttons below the logo when narrow
        self.preview = QLabel()
        self.preview.setFixedSize(PREVIEW)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setProperty("class", "card")
        self.preview.setAccessibleName(self.tr("Logo"))
        self.preview.setAccessibleDescription(
            self.tr("The logo printed at the top of this council's PDFs")
        )
        self.choose_button = QPushButton(self.tr("Choose &logo…"))
        self._describe(
            self.choose_button,
            self.tr("Choose logo"),
            self.tr("Choose a PNG or JPEG image for the top of the PDFs"),
        )
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove logo"))
        self._describe(
            self.remove_button,
            self.tr("Remove logo"),
            self.tr("The PDFs show the council's name without a logo"),
        )
        self.remove_button.clicked.connect(self.remove_logo)
        logo_row.addWidget(self.preview)
        logo_row.addWidget(self.choose_button)
        logo_row.addWidget(self.remove_button)
        form.addRow(self.tr("Logo"), logo_row)
        # below the form, as wide as the window: it wraps to its full height at any text size
        self.logo_state = text_label("", "muted")
        layout.addWidget(self.logo_state)

        self.agenda_template: AgendaTemplateEditor | None = None
        if council is not None:  # a new council starts from the standard list
            self.agenda_template = AgendaTemplateEditor(
                context, council.id, lambda e: self._say(e.message(labels.ui_language())), self
            )
            layout.addWidget(self.agenda_template, 1)
        self.problem = text_label("", "warning")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        describe_buttons(
            self.buttons,
            {
                QDialogButtonBox.StandardButton.Save: (
                    self.tr("Adds the council and shows it")
                    if council is None
                    else self.tr("Keeps these details and closes this window; Undo takes them back")
                ),
                QDialogButtonBox.StandardButton.Cancel: self.tr(
                    "Closes this window and leaves the council as it was"
                ),
            },
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._show_logo()

    @staticmethod
    def _describe(widget: QWidget, name: str, description: str) -> None:
        widget.setAccessibleName(name)
        widget.setAccessibleDescription(description)

    # -- the logo -------------------------------------------------------------------------------
    def _ask_file(self) -> str:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return name

    def choose_logo(self) -> None:
        name = self.choose_file()
        if not name:
            return
        try:
            self._new_logo = read_logo(Path(name))
        except LogoRefused as refused:
            self._say(str(refused))
            return
        self._say("")
        self._show_logo()

    def remove_logo(self) -> None:
        self._new_logo = None
        self.logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        image = self._new_logo
        if image is None and self.logo:
            image = QImage.fromData(self.logo)
        if image is not None and not image.isNull():
            scaled = image.scaled(
                PREVIEW - QSize(8, 8),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            self.preview.setPixmap(QPixmap.fromImage(scaled))
            self.logo_state.setText(
                self.tr("Printed at the top left of the agenda, the minutes and the other PDFs.")
            )
            set_css_class(self.logo_state, "muted")
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            self.logo_state.setText(
                self.tr("Without a logo the PDFs show the council's name only.")
            )
            set_css_class(self.logo_state, "muted")
        self.remove_button.setEnabled(image is not None or bool(self.logo))

    # -- saving ---------------------------------------------------------------------------------
    def _say(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def chosen(self) -> dict[str, object]:
        """What the fields say now (the logo as the image data it has, or will have)."""
        return {
            "name": self.name.text().strip(),
            "kind": str(self.kind.currentData()),
            "municipality": self.municipality.text().strip(),
            "default_place": self.place.text().strip(),
            "language": str(self.language.currentData()),
            "logo": self.logo,
            **self.minutes.chosen(),
        }

    def save(self) -> None:
        if not self.name.text().strip():
            self._say(self.tr("Enter the council's name."))
            self.name.setFocus()
            return
        if self._new_logo is not None:
            try:
                self.logo = logo_data(self._new_logo)
            except LogoRefused as refused:
                self._say(str(refused))
                return
            self._new_logo = None
        wanted = self.chosen()
        try:
            council_id = self._create(wanted) if self.council is None else self._change(wanted)
        except BuurtDeskError as exc:
            self._say(exc.message(labels.ui_language()))
            return
        if self.council is None and self.after is not None:
            self.after(council_id)
        self.accept()

    def _create(self, wanted: dict[str, object]) -> int:
        councils = self.context.services.councils
        created = councils.create_council(
            str(wanted["name"]),
            CouncilKind(str(wanted["kind"])),
            municipality=str(wanted["municipality"]),
            default_place=str(wanted["default_place"]),
            language=Language(str(wanted["language"])),
            logo=self.logo,
            minutes_title=MinutesTitle(str(wanted["minutes_title"])),
            decisions_appendix=bool(wanted["decisions_appendix"]),
        )
        return created.id

    def _change(self, wanted: dict[str, object]) -> int:
        council = self.council
        assert council is not None
        before = {
            field: getattr(council, field) for field in FIELDS
        }  # kind and language are StrEnums: equal to their text
        changed = {k: v for k, v in wanted.items() if v != before[k]}
        if not changed:
            return council.id
        update = self.context.services.councils.update_council
        refresh = self.after
        command = VersionedEdit(
            self.tr("Change the council details"),
            version=council.version,
            apply=lambda v, values: update(council.id, expected_version=v, **values),
            new=dict(changed),
            old={k: before[k] for k in changed},
            parent=self,
            after=(lambda: refresh(council.id)) if refresh else None,
        )
        self.context.undo_stack.push(command)
        if command.failed is not None:
            raise command.failed
        return council.id
