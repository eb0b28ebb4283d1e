"""Pieces the toekomstagenda pages share: the host they edit through, questions, text fields."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services import Services
from buurtdesk.services.cycle.views import RoundView
from buurtdesk.ui.common.accessible import ask, ask_text
from buurtdesk.ui.common.undo import EditCommand

T = TypeVar("T")


class PageHost(Protocol):
    """What a phase page needs from the Toekomstagenda section around it."""

    round: RoundView | None
    council_id: int | None

    @property
    def services(self) -> Services: ...

    def edit(self, text: str, do: Callable[[], T], undo: Callable[[T], object]) -> bool: ...

    def push(self, command: EditCommand) -> bool: ...

    def reload(self) -> None: ...

    def show_error(self, error: BuurtDeskError) -> None: ...

    def show_message(self, text: str) -> None:
        """A refusal in one sentence (already in the language on screen)."""
        ...

    def say(self, text: str) -> None: ...

    def today(self) -> date: ...

    def close_round(self) -> None: ...


class Questions:
    """The questions the section asks before a decision; tests put in their own answers."""

    def __init__(self, parent: QWidget) -> None:
        self._parent = parent

    def confirm(self, title: str, text: str) -> bool:
        return ask(self._parent, title, text)

    def text(self, title: str, prompt: str) -> str | None:
        return ask_text(self._parent, title, prompt)


class SavingTextEdit(QPlainTextEdit):
    """A text box that emits `edited(text)` when it loses focus with a changed text.

    `set_stored` shows what the service holds without emitting; Ctrl+Enter also saves.
    """

    edited = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stored = ""
        self._committing = False
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(60)

    def set_stored(self, text: str) -> None:
        self._stored = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def stored(self) -> str:
        return self._stored

    def commit(self) -> None:
        """Hand the typed text on once. A handler may open a question (someone else changed
        it too): the focus leaving for that question must not hand it on a second time."""
        if self._committing or self.toPlainText() == self._stored:
            return
        self._committing = True
        try:
            self.edited.emit(self.toPlainText())
        finally:
            self._committing = False

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit()
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.commit()
            return
        super().keyPressEvent(event)


def group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(8)
    return box, layout


def text_label(text: str = "", css_class: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    if css_class:
        label.setProperty("class", css_class)
    return label


def set_css_class(label: QLabel, css_class: str) -> None:
    label.setProperty("class", css_class)
    label.style().unpolish(label)
    label.style().polish(label)


def fill_combo(
    combo: QComboBox, entries: Sequence[tuple[str, object]], keep: object = None
) -> None:
    """Refill a combo box with (text, data) pairs, keeping the chosen data when still there."""
    current = combo.currentData() if keep is None else keep
    combo.blockSignals(True)
    combo.clear()
    for text, data in entries:
        combo.addItem(text, data)
    index = combo.findData(current)
    combo.setCurrentIndex(index if index >= 0 else (0 if entries else -1))
    combo.blockSignals(False)


def picked_date(edit: QDateEdit) -> date:
    """The day a date field shows, as a Python date."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())


def show_text(field: QLineEdit, text: str) -> None:
    """Put `text` in a field that is not being typed in, shown from its start: a name or a place
    too long for the field reads "Hanneke van D", not "anneke van Dijk" (Qt shows the end)."""
    field.setText(text)
    field.setCursorPosition(0)
