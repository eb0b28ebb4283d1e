"""Vision page: the round's vision and horizon, themes with wishes in residents' words, and
what the previous round handed on; the dot votes and priorities sit beside it (cycle_votes)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.services.cycle.views import RoundView, ThemeView, WishView
from buurtdesk.ui.common.flow import StackingSplitter
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.tables import fit_columns
from buurtdesk.ui.common.widgets import PageHost, SavingTextEdit, group, text_label
from buurtdesk.ui.cycle.versioned import push_versioned
from buurtdesk.ui.cycle.vision_rows import ThemeRows
from buurtdesk.ui.cycle.votes import VotesPanel

KEY = Qt.ItemDataRole.UserRole
NO_YEAR = 1999  # the horizon spin box's "—"


class VisionPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        self.themes: dict[int, ThemeView] = {}
        self.wishes: dict[int, WishView] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = StackingSplitter()  # the panes one below the other at large text
        outer.addWidget(splitter)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 6, 0)
        box, inner = group(self.tr("Our vision"))
        form = QFormLayout()
        self.vision_text = SavingTextEdit(self.tr("The vision in a few sentences"))
        self.vision_text.setAccessibleDescription(
            self.tr("The vision of the neighbourhood; saved as you type")
        )
        self.vision_text.setPlaceholderText(
            self.tr("What does our neighbourhood look like in a few years?")
        )
        lines_tall(self.vision_text, least=2, most=3)
        self.vision_text.edited.connect(self._save_vision)
        self.horizon = QSpinBox()
        self.horizon.setRange(NO_YEAR, 2100)
        self.horizon.setSpecialValueText("—")  # no horizon year chosen yet
        self.horizon.setAccessibleName(self.tr("Horizon year"))
        self.horizon.setAccessibleDescription(self.tr("The year the vision looks ahead to"))
        self._saving_horizon = False
        self.horizon.editingFinished.connect(self._save_horizon)
        form.addRow(self.tr("Vision"), self.vision_text)
        form.addRow(self.tr("Horizon year"), self.horizon)
        inner.addLayout(form)
        layout.addWidget(box)

        box, inner = group(self.tr("Themes and wishes"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Theme / wish"), self.tr("Raised by")])
        self.tree.setAccessibleName(self.tr("Themes with their wishes"))
        self.tree.setAccessibleDescription(
            self.tr("Shows the themes of the vision with the wishes under each")
        )
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.fitter = fit_columns(self.tree, 0)  # the wishes wrap and show in full
        lines_tall(self.tree, least=8)
        self.tree.itemChanged.connect(self._item_changed)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.tree,
            self.remove_selected,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        inner.addWidget(self.tree, 1)
        self.empty_hint = text_label(
            self.tr(
                "No themes yet: add the standard themes or one of your own, then the wishes under them."
            ),
            "muted",
        )
        inner.addWidget(self.empty_hint)
        self.rows = ThemeRows()  # a new wish and a new theme, wrapping at large text
        self.wish_text, self.raised_by = self.rows.wish_text, self.rows.raised_by
        self.add_wish_button, self.theme_name = self.rows.add_wish_button, self.rows.theme_name
        self.add_theme_button = self.rows.add_theme_button
        self.standard_button, self.remove_button = (
            self.rows.standard_button,
            self.rows.remove_button,
        )
        for field in (self.wish_text, self.raised_by):
            field.returnPressed.connect(self.add_wish)
        self.add_wish_button.clicked.connect(self.add_wish)
        self.theme_name.returnPressed.connect(self.add_theme)
        self.add_theme_button.clicked.connect(self.add_theme)
        self.standard_button.clicked.connect(self.add_standard_themes)
        self.remove_button.clicked.connect(self.remove_selected)
        inner.addWidget(self.rows)
        layout.addWidget(box, 1)

        self.previous_box, inner = group(self.tr("From the previous round"))
        self.previous_text = text_label()
        inner.addWidget(self.previous_text)
        layout.addWidget(self.previous_box)
        splitter.addWidget(left)

        self.votes = VotesPanel(host)
        splitter.addWidget(self.votes)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([610, 450])

    # -- showing -----------------------------------------------------------------------------------
    def show_round(self, view: RoundView) -> None:
        self.view = view
        vision = view.vision
        editable = view.cycle.is_open
        self.vision_text.set_stored(view.cycle.vision)
        self.horizon.blockSignals(True)
        self.horizon.setValue(view.cycle.horizon_year or self.horizon.minimum())
        self.horizon.blockSignals(False)
        selected = self._selected_key()
        self.tree.blockSignals(True)
        self.tree.clear()
        self.themes = {t.id: t for t in vision.themes}
        self.wishes = {w.id: w for t in vision.themes for w in t.wishes}
        italic = QFont(self.tree.font())
        italic.setItalic(True)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        for theme in vision.themes:
            top = QTreeWidgetItem([theme.name, ""])
            top.setData(0, KEY, f"t:{theme.id}")
            bold = QFont(self.tree.font())
            bold.setBold(True)
            top.setFont(0, bold)
            top.setFlags(flags)
            top.setToolTip(0, theme.description)
            for wish in theme.wishes:
                child = QTreeWidgetItem([wish.text, wish.raised_by])
                child.setData(0, KEY, f"w:{wish.id}")
                child.setFlags(flags)
                if wish.is_carried:
                    child.setFont(0, italic)
                    child.setToolTip(0, self.tr("Carried from the previous round"))
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            if selected == f"t:{theme.id}":
                self.tree.setCurrentItem(top)
        self.tree.expandAll()
        if selected and selected.startswith("w:"):
            for item in self._all_items():
                if item.data(0, KEY) == selected:
                    self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        self.empty_hint.setVisible(not vision.themes)
        previous = vision.previous_cycle
        self.previous_box.setVisible(previous is not None)
        if previous is not None:
            lines = [
                self.tr("Round %1 handed on these learning points:").replace(
                    "%1", str(previous.number)
                )
            ]
            for evaluation in vision.previous_evaluations:
                if evaluation.learning_points.strip():
                    who = evaluation.project_name or self.tr("the round")
                    lines.append(f"• {who}: " + " / ".join(evaluation.learning_points.split("\n")))
            if len(lines) == 1:
                lines.append(self.tr("No learning points were written down."))
            self.previous_text.setText("\n".join(lines))
        for widget in (
            self.wish_text,
            self.raised_by,
            self.add_wish_button,
            self.theme_name,
            self.add_theme_button,
            self.standard_button,
            self.remove_button,
            self.vision_text,
            self.horizon,
        ):
            widget.setEnabled(editable)
        self.votes.show_round(view)

    def _all_items(self) -> list[QTreeWidgetItem]:
        items = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            assert top is not None
            items.append(top)
            items.extend(
                child for j in range(top.childCount()) if (child := top.child(j)) is not None
            )
        return items

    def _selected_key(self) -> str | None:
        item = self.tree.currentItem()
        return str(item.data(0, KEY)) if item is not None else None

    def _selected_theme_id(self) -> int | None:
        key = self._selected_key()
        if key is None:
            return next(iter(self.themes), None)
        kind, number = key.split(":")
        return int(number) if kind == "t" else self.wishes[int(number)].theme_id

    # -- edits -------------------------------------------------------------------------------------
    def _save_vision(self, text: str) -> None:
        if self.view is not None:
            self._set_round(self.tr("Change the vision"), "vision", text)

    def _save_horizon(self) -> None:
        year = self.horizon.value()
        if self._saving_horizon or self.view is None:
            return  # the question "someone else changed it" takes the focus: no second save
        if year not in (self.horizon.minimum(), self.view.cycle.horizon_year):
            # a horizon set for the first time stays on undo (none is no year)
            self._saving_horizon = True
            try:
                self._set_round(self.tr("Change the horizon year"), "horizon_year", year)
            finally:
                self._saving_horizon = False

    def _set_round(self, text: str, field: str, value: object) -> None:
        assert self.view is not None
        cycle, cycles = self.view.cycle, self.host.services.cycle
        push_versioned(
            self.host,
            self,
            text,
            version=cycle.version,
            apply=lambda v, values: cycles.set_vision(cycle.id, expected_version=v, **values),
            new={field: value},
            old={field: getattr(cycle, field)},
            record=("cycles", cycle.id),
        )

    def add_theme(self) -> None:
        if self.view is None:
            return
        cycle_id, name = self.view.cycle.id, self.theme_name.text()
        vision = self.host.services.vision
        if self.host.edit(
            self.tr("Add theme"),
            lambda: vision.add_theme(cycle_id, name),
            lambda t: vision.remove_theme(t.id),
        ):
            self.theme_name.clear()

    def add_standard_themes(self) -> None:
        if self.view is None:
            return
        cycle_id = self.view.cycle.id
        vision = self.host.services.vision

        def undo(added: list[ThemeView]) -> None:
            for theme in added:
                vision.remove_theme(theme.id)

        self.host.edit(
            self.tr("Add the standard themes"), lambda: vision.add_standard_themes(cycle_id), undo
        )

    def add_wish(self) -> None:
        theme_id = self._selected_theme_id()
        if theme_id is None:
            self.host.show_message(self.tr("Add a theme first."))
            return
        text, who = self.wish_text.text(), self.raised_by.text()
        vision = self.host.services.vision
        if self.host.edit(
            self.tr("Add wish"),
            lambda: vision.add_wish(theme_id, text, who),
            lambda w: vision.remove_wish(w.id),
        ):
            self.wish_text.clear()
            self.wish_text.setFocus()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        # The edit is applied once the editor has closed: the reload rebuilds the tree.
        kind, number = str(item.data(0, KEY)).split(":")
        value = item.text(column)
        QTimer.singleShot(0, lambda: self.apply_item_edit(kind, int(number), column, value))

    def apply_item_edit(self, kind: str, key: int, column: int, value: str) -> None:
        vision = self.host.services.vision
        if kind == "t" and column == 0 and value != self.themes[key].name:
            push_versioned(
                self.host,
                self,
                self.tr("Rename theme"),
                version=self.themes[key].version,
                apply=lambda v, values: vision.update_theme(key, expected_version=v, **values),
                new={"name": value},
                old={"name": self.themes[key].name},
                record=("themes", key),
            )
        elif kind == "w":
            wish = self.wishes[key]
            field = "text" if column == 0 else "raised_by"
            what = self.tr("Change wish") if column == 0 else self.tr("Change who raised the wish")
            if value != getattr(wish, field):
                push_versioned(
                    self.host,
                    self,
                    what,
                    version=wish.version,
                    apply=lambda v, values: vision.update_wish(key, expected_version=v, **values),
                    new={field: value},
                    old={field: getattr(wish, field)},
                    record=("wishes", key),
                )
        if self.view is not None:
            self.show_round(self.view)  # shows the stored text again when the edit was refused

    def remove_selected(self) -> None:
        key = self._selected_key()
        if key is None or self.view is None:
            return
        kind, number = key.split(":")
        vision = self.host.services.vision
        # Undo puts the row back under a new id; the holder keeps redo pointing at it.
        holder = {"id": int(number)}
        if kind == "w":
            wish = self.wishes[int(number)]

            def put_wish_back(_r: object) -> None:
                holder["id"] = vision.add_wish(wish.theme_id, wish.text, wish.raised_by).id

            self.host.edit(
                self.tr("Remove wish"), lambda: vision.remove_wish(holder["id"]), put_wish_back
            )
            return
        theme = self.themes[int(number)]
        cycle_id = self.view.cycle.id

        def put_back(_r: object) -> None:
            again = vision.add_theme(cycle_id, theme.name, theme.description)
            holder["id"] = again.id
            for wish in theme.wishes:
                vision.add_wish(again.id, wish.text, wish.raised_by)

        self.host.edit(self.tr("Remove theme"), lambda: vision.remove_theme(holder["id"]), put_back)
