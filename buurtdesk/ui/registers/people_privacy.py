"""The privacy box of Mensen: export everything stored about the chosen person, or forget them."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common.accessible import ask
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.registers.forget_backups import ask_about_backups, handle_backups


class PrivacyOwner(Protocol):
    """What the privacy box needs from the page it sits on."""

    def selected_person_id(self) -> int | None: ...

    def reload(self) -> None: ...


class PersonPrivacyBox(QGroupBox):
    """'Gegevens van deze persoon exporteren' and 'Persoon vergeten' for the chosen person."""

    def __init__(
        self,
        context: Context,
        owner: PrivacyOwner,
        show_error: Callable[[BuurtDeskError], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Privacy"))
        self.context = context
        self.owner = owner
        self.show_error = show_error
        column = QVBoxLayout(self)
        self.person_label = QLabel()
        self.person_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("E&xport this person's data…"))
        self.export_button.setAccessibleName(
            self.tr("Export everything stored about the chosen person")
        )
        self.export_button.setAccessibleDescription(
            self.tr("Saves all data about the chosen person to a file")
        )
        self.forget_button = QPushButton(self.tr("Forget th&is person…"))
        self.forget_button.setAccessibleName(
            self.tr("Forget the chosen person: remove contact details and name everywhere")
        )
        self.forget_button.setAccessibleDescription(
            self.tr("Removes the person's contact details and replaces their name everywhere")
        )
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setProperty("class", "muted")
        buttons = FlowLayout(spacing=8)  # one below the other when narrow, never cut
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.forget_button)
        column.addWidget(self.person_label)
        column.addLayout(buttons)
        column.addWidget(self.result)
        column.addStretch(1)
        self.export_button.clicked.connect(lambda: self._with_selected(self.export_person_data))
        self.forget_button.clicked.connect(lambda: self._with_selected(self.forget_person))
        if getattr(self.context.services, "privacy", None) is None:
            self.setVisible(False)

    def show_chosen(self, name: str | None, forgotten: bool) -> None:
        """The person chosen in the list (None: nobody), and whether they were forgotten already."""
        self.export_button.setEnabled(name is not None)
        self.forget_button.setEnabled(name is not None and not forgotten)
        if name is None:
            self.person_label.setText(self.tr("Choose a person in the list first."))
        else:
            self.person_label.setText(self.tr("Chosen: %1").replace("%1", name))

    def _with_selected(self, action: Callable[[int], object]) -> None:
        person_id = self.owner.selected_person_id()
        if person_id is not None:
            action(person_id)

    def export_person_data(self, person_id: int, target: Path | None = None) -> Path | None:
        """'Gegevens van deze persoon exporteren': everything stored about them, as a JSON file."""
        privacy = self.context.services.privacy
        if target is None:
            person = self.context.services.councils.get_person(person_id)
            stem = re.sub(r"[^\w-]+", "-", person.name).strip("-").lower() or "persoon"
            suggested = str(Path.home() / f"{stem}.json")
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export this person's data"), suggested, self.tr("JSON file (*.json)")
            )
            if not chosen:
                return None
            target = Path(chosen)
        try:
            written = privacy.write_person_export(person_id, target)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return None
        self.result.setText(self.tr("Saved in %1").replace("%1", str(written)))
        return written

    def forget_person(self, person_id: int, confirmed: bool = False) -> bool:
        """'Persoon vergeten': asks first; cannot be undone, so the undo history is cleared too."""
        person = self.context.services.councils.get_person(person_id)
        if not confirmed and not ask(
            self,
            self.tr("Forget this person"),
            self.tr(
                "Forget %1? Their contact details are removed and their name is replaced by "
                "'[verwijderd]' everywhere, also in minutes and decisions. This cannot be undone."
            ).replace("%1", person.name),
        ):
            return False
        try:
            report = self.context.services.privacy.forget_person(person_id)
        except BuurtDeskError as exc:
            self.show_error(exc)
            return False
        # Earlier edits could put the old name back through undo: they are forgotten too.
        self.context.undo_stack.clear()
        said = self.tr("Forgotten. The name was replaced in %1 texts.").replace(
            "%1", str(report.texts_changed)
        )
        if report.backups_holding:  # the backups made before: clean, remove or keep
            choice = self.choose_backup_action(len(report.backups_holding))
            done = handle_backups(self.context.services.privacy, report, choice)
            said = f"{said} {done}".strip()
        self.result.setText(said)
        self.owner.reload()
        return True

    def choose_backup_action(self, count: int) -> str:
        """Asked after forgetting; tests answer it themselves."""
        return ask_about_backups(self, count)
