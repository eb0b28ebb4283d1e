"""The round's top priorities, each with what the residents, municipality, corporation and police
commit to; a commitment is saved when its field is left."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import Party
from buurtdesk.services.cycle.views import PriorityView
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.undo import VersionedEdit
from buurtdesk.ui.common.widgets import PageHost, text_label
from buurtdesk.ui.cycle import labels as cycle_labels

PARTIES = (Party.RESIDENTS, Party.MUNICIPALITY, Party.CORPORATION, Party.POLICE)


class PrioritiesBox(QGroupBox):
    """'Top priorities and who commits to what'."""

    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.priorities: tuple[PriorityView, ...] = ()
        self.editable = False
        title = self.tr("Top priorities and who commits to what")
        self.setTitle(title)
        self.setAccessibleName(title)
        inner = QVBoxLayout(self)
        inner.setContentsMargins(12, 10, 12, 12)
        inner.setSpacing(8)
        self.priority_list = QListWidget()
        self.priority_list.setAccessibleName(self.tr("Top priorities"))
        self.priority_list.setAccessibleDescription(
            self.tr("Lists the wishes the round keeps as its priorities")
        )
        self.priority_list.setWordWrap(True)
        lines_tall(self.priority_list, least=3, most=8)
        self.priority_list.currentRowChanged.connect(lambda _r: self._show_commitments())
        inner.addWidget(self.priority_list, 1)
        self.priority_hint = text_label("", "muted")
        inner.addWidget(self.priority_hint)
        form = QFormLayout()
        self.commitments: dict[Party, QLineEdit] = {}
        for party in PARTIES:
            edit = QLineEdit()
            edit.setAccessibleName(
                self.tr("What %1 commits to").replace("%1", cycle_labels.party(party))
            )
            edit.setAccessibleDescription(
                self.tr(
                    "What this party will do about the priorities; saved when you leave the field"
                )
            )
            edit.setPlaceholderText(self.tr("What they will do about it"))
            edit.editingFinished.connect(lambda p=party: self._save_commitment(p))
            self.commitments[party] = edit
            form.addRow(cycle_labels.party(party), edit)
        inner.addLayout(form)

    def show_priorities(self, priorities: tuple[PriorityView, ...], editable: bool) -> None:
        self.priorities, self.editable = priorities, editable
        row = max(0, self.priority_list.currentRow())
        self.priority_list.blockSignals(True)
        self.priority_list.clear()
        for p in self.priorities:
            text = (
                self.tr("%1. %2 — %3 dots")
                .replace("%1", str(p.rank))
                .replace("%2", p.wish_text)
                .replace("%3", str(p.dots))
            )
            if p.tie_note:
                text += "\n⚖ " + p.tie_note
            item = QListWidgetItem(text)
            item.setToolTip(p.theme_name)
            self.priority_list.addItem(item)
        if self.priorities:
            self.priority_list.setCurrentRow(min(row, len(self.priorities) - 1))
        self.priority_list.blockSignals(False)
        self.priority_hint.setText(
            self.tr("No priorities kept yet: count the dots, then keep the top.")
        )
        self.priority_hint.setVisible(not self.priorities)
        self._show_commitments()

    def _current_priority(self) -> PriorityView | None:
        row = self.priority_list.currentRow()
        return self.priorities[row] if 0 <= row < len(self.priorities) else None

    def _show_commitments(self) -> None:
        priority = self._current_priority()
        said = {c.party: c.commitment for c in priority.commitments} if priority else {}
        for party, edit in self.commitments.items():
            edit.setText(said.get(party, ""))
            edit.setCursorPosition(0)
            edit.setEnabled(priority is not None and self.editable)

    def _save_commitment(self, party: Party) -> None:
        priority = self._current_priority()
        if priority is None:
            return
        text = self.commitments[party].text()
        shown = next((c for c in priority.commitments if c.party == party), None)
        old = shown.commitment if shown is not None else ""
        if text.strip() == old:
            return
        votes = self.host.services.priorities
        priority_id = priority.id

        def version_of(result: PriorityView) -> int:  # 0: no commitment of this party (yet)
            return next((c.version for c in result.commitments if c.party == party), 0)

        self.host.push(
            VersionedEdit(
                self.tr("Record a commitment"),
                version=shown.version if shown is not None else 0,
                apply=lambda v, values: votes.set_commitment(
                    priority_id, party, values["commitment"], expected_version=v
                ),
                new={"commitment": text},
                old={"commitment": old},
                parent=self,
                after=self.host.reload,
                on_error=self.host.show_error,
                version_of=version_of,
                record=(f"commitment of {party.value}", priority_id),
            )
        )
