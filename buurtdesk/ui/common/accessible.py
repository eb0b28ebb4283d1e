"""What a screen reader says about the buttons of a dialog: a description per standard button of
a QDialogButtonBox, a yes/no question whose two answers say what they do, and a question
asking for one line of text."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QStyle,
    QWidget,
)

Standard = QDialogButtonBox.StandardButton

# What each standard button does when the dialog does not say it more precisely.
_DESCRIPTIONS: dict[Standard, str] = {
    Standard.Ok: str(
        QT_TRANSLATE_NOOP("Accessible", "Keeps what is filled in and closes this window")
    ),
    Standard.Save: str(
        QT_TRANSLATE_NOOP("Accessible", "Keeps what is filled in and closes this window")
    ),
    Standard.Cancel: str(
        QT_TRANSLATE_NOOP("Accessible", "Closes this window without keeping anything")
    ),
    Standard.Close: str(
        QT_TRANSLATE_NOOP("Accessible", "Closes this window; what was entered is already kept")
    ),
    Standard.Yes: str(QT_TRANSLATE_NOOP("Accessible", "Answers yes and goes ahead")),
    Standard.No: str(QT_TRANSLATE_NOOP("Accessible", "Answers no; nothing changes")),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Accessible", text)


def describe_buttons(box: QDialogButtonBox, precise: Mapping[Standard, str] | None = None) -> None:
    """Give every standard button of `box` a translated description; `precise` holds already
    translated descriptions for buttons that do something more particular in this dialog."""
    precise = precise or {}
    for button in box.buttons():
        kind = box.standardButton(button)
        if kind in precise:
            button.setAccessibleDescription(precise[kind])
        elif kind in _DESCRIPTIONS:
            button.setAccessibleDescription(_t(_DESCRIPTIONS[kind]))


def buttons_whole(box: QMessageBox) -> None:
    """Each answer of `box` shows its whole text. Qt fixes a message box's width (at most the
    screen's width less 480 px, or 1000 px; the whole width on a small screen), so at large
    text answers that are wider together than that would be squeezed to fragments
    ("ervekopieën verwijde"): then they stand one under the other. Call before showing."""
    buttons = box.findChild(QDialogButtonBox)
    layout = box.layout()
    if buttons is None or layout is None:
        return
    screen = box.screen()
    free = screen.availableGeometry().width() if screen is not None else 1366
    limit = free if free <= 1024 else min(free - 480, 1000)
    shown = [b for b in buttons.buttons() if not b.isHidden()]
    for button in shown:
        button.ensurePolished()
    spacing = max(0, buttons.style().pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))
    margins = layout.contentsMargins()
    needed = (
        sum(b.sizeHint().width() for b in shown)
        + spacing * max(0, len(shown) - 1)
        + margins.left()
        + margins.right()
    )
    if needed > limit:
        buttons.setOrientation(Qt.Orientation.Vertical)


def ask(parent: QWidget | None, title: str, question: str, *, yes: str = "", no: str = "") -> bool:
    """A yes/no question, No by default; `yes` and `no` say (translated) what each answer does."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    buttons_whole(box)
    box.button(QMessageBox.StandardButton.Yes).setAccessibleDescription(
        yes or _t(_DESCRIPTIONS[Standard.Yes])
    )
    box.button(QMessageBox.StandardButton.No).setAccessibleDescription(
        no or _t(_DESCRIPTIONS[Standard.No])
    )
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """One line of text, or None when cancelled or left empty."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setLabelText(prompt)
    dialog.sizeHint()  # builds the dialog's field and buttons, so they can be described
    field = dialog.findChild(QLineEdit)
    if field is not None:
        field.setAccessibleName(prompt)
        field.setAccessibleDescription(
            _t(str(QT_TRANSLATE_NOOP("Accessible", "Type the answer; Enter confirms it")))
        )
    box = dialog.findChild(QDialogButtonBox)
    if box is not None:
        describe_buttons(box)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return (dialog.textValue().strip() or None) if accepted else None
