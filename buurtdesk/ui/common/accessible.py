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
    QLabel,
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


LINE = 65  # characters on a message's line before it wraps, at any text size


def _width_limit(box: QMessageBox) -> int:
    """Qt's widest message box: the screen less 480 px, at most 1000 px (a small screen whole)."""
    screen = box.screen()
    free = screen.availableGeometry().width() if screen is not None else 1366
    return free if free <= 1024 else min(free - 480, 1000)


def fit_message(box: QMessageBox) -> None:
    """`box` reads well at any text size; call before showing.

    Lines: Qt wraps a message at a fixed 500 px whatever the text size, which at 200 % is
    four or five words a line (a question of two sentences on eleven lines). The message
    now wraps at about LINE characters, within Qt's widest box.

    Answers: each shows its whole text. When the answers together are wider than the box
    can be, they would be squeezed to fragments ("ervekopieën verwijde"): then they stand
    one under the other."""
    limit = _width_limit(box)
    label = box.findChild(QLabel, "qt_msgbox_label")
    layout = box.layout()
    if label is not None and layout is not None:
        metrics = label.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(part) for part in box.text().splitlines()), default=0
        )
        margins = layout.contentsMargins()
        room = limit - margins.left() - margins.right() - 2 * metrics.height()  # the icon
        label.setMinimumWidth(max(0, min(longest, LINE * metrics.averageCharWidth(), room)))
    buttons = box.findChild(QDialogButtonBox)
    if buttons is None or layout is None:
        return
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
    fit_message(box)
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
