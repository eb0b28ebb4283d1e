"""Two people changed the same record: show both versions and let the user choose.

The services refuse an edit made on an older copy with a VersionConflict that carries both
versions (services.base.check_version). `choose_version` shows them side by side: keep
mine (store my edit on top of the newest version) or keep theirs (show the newest).
"""

from __future__ import annotations

import html
from datetime import date, time
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from buurtdesk.services.base import VersionConflict
from buurtdesk.ui.common.accessible import fit_message


def field_label(key: str) -> str:
    known = {
        "title": QCoreApplication.translate("VersionConflict", "Title"),
        "name": QCoreApplication.translate("VersionConflict", "Name"),
        "text": QCoreApplication.translate("VersionConflict", "Text"),
        "notes": QCoreApplication.translate("VersionConflict", "Notes"),
        "planned_minutes": QCoreApplication.translate("VersionConflict", "Planned minutes"),
        "is_private": QCoreApplication.translate("VersionConflict", "Closed to the public"),
        "date": QCoreApplication.translate("VersionConflict", "Date"),
        "start_time": QCoreApplication.translate("VersionConflict", "Start"),
        "end_time": QCoreApplication.translate("VersionConflict", "End"),
        "place": QCoreApplication.translate("VersionConflict", "Place"),
        "email": QCoreApplication.translate("VersionConflict", "E-mail"),
        "phone": QCoreApplication.translate("VersionConflict", "Phone"),
        "address": QCoreApplication.translate("VersionConflict", "Address"),
        "remarks": QCoreApplication.translate("VersionConflict", "Remarks"),
        "municipality": QCoreApplication.translate("VersionConflict", "Municipality"),
        "default_place": QCoreApplication.translate("VersionConflict", "Usual place"),
        "goal": QCoreApplication.translate("VersionConflict", "Goal"),
        "plan": QCoreApplication.translate("VersionConflict", "Plan"),
        "vision": QCoreApplication.translate("VersionConflict", "Vision"),
        "amount_cents": QCoreApplication.translate("VersionConflict", "Amount"),
        "amount": QCoreApplication.translate("VersionConflict", "Amount"),
        "carry_over_allowed": QCoreApplication.translate(
            "VersionConflict", "May be carried over to next year"
        ),
        "description": QCoreApplication.translate("VersionConflict", "Description"),
        "raised_by": QCoreApplication.translate("VersionConflict", "Raised by"),
        "commitment": QCoreApplication.translate("VersionConflict", "Commitment"),
        "horizon_year": QCoreApplication.translate("VersionConflict", "Horizon year"),
        "conditions": QCoreApplication.translate("VersionConflict", "Conditions"),
        "status": QCoreApplication.translate("VersionConflict", "Status"),
        "due_date": QCoreApplication.translate("VersionConflict", "Due date"),
    }
    return known.get(key, key.replace("_", " ").capitalize())


SHORT = 90  # characters of each value in the question itself: the dialog fits any screen
FULL = 20_000  # the whole value, under "Details"


def _worded(key: str, value: object) -> object:
    """A stored value as the screens word it: a status as its label, cents as an amount."""
    from buurtdesk.domain.enums import ActionStatus, CouncilKind
    from buurtdesk.domain.money import Money
    from buurtdesk.ui.common import labels

    if key == "status" and value in {s.value for s in ActionStatus}:
        return labels.action_status(ActionStatus(str(value)))
    if isinstance(value, CouncilKind) or (key == "kind" and value in set(CouncilKind)):
        return labels.council_kind(CouncilKind(str(value)))
    if key.endswith("_cents") and isinstance(value, int) and not isinstance(value, bool):
        return labels.money(Money(value))
    if isinstance(value, Money):
        return labels.money(value)
    return value


def show_value(value: object, limit: int = 300, key: str = "") -> str:
    value = _worded(key, value)
    if value is None or value == "":
        return QCoreApplication.translate("VersionConflict", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("VersionConflict", "yes")
            if value
            else QCoreApplication.translate("VersionConflict", "no")
        )
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Enum):
        return str(value.value)
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "…"


def describe(conflict: VersionConflict, limit: int = 300) -> str:
    """Both versions, field by field, in plain text (each value at most `limit` characters)."""
    lines = []
    for key, mine in conflict.mine.items():
        theirs = conflict.theirs.get(key)
        yours = QCoreApplication.translate("VersionConflict", "Your version")
        other = QCoreApplication.translate("VersionConflict", "The other version")
        lines.append(
            f"{field_label(key)}\n  {yours}: {show_value(mine, limit, key)}\n"
            f"  {other}: {show_value(theirs, limit, key)}"
        )
    return "\n".join(lines)


def _as_html(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def describe_in_columns(conflict: VersionConflict, limit: int = 300) -> str:
    """`describe` as rich text for the question: each field's name in bold, and under it both
    versions with their value in a column of its own, so a long value wraps under itself and
    never back under the field's name."""
    yours = QCoreApplication.translate("VersionConflict", "Your version")
    other = QCoreApplication.translate("VersionConflict", "The other version")
    rows = []
    for key, mine in conflict.mine.items():
        theirs = conflict.theirs.get(key)
        rows.append(f'<tr><td colspan="2"><b>{_as_html(field_label(key))}</b></td></tr>')
        for who, value in ((yours, mine), (other, theirs)):
            rows.append(
                '<tr><td style="padding-left: 1em; white-space: nowrap">'
                f"{_as_html(who)}:&nbsp;</td>"
                f"<td>{_as_html(show_value(value, limit, key))}</td></tr>"
            )
    return '<table cellspacing="0" cellpadding="0">' + "".join(rows) + "</table>"


def choose_version(parent: QWidget | None, conflict: VersionConflict) -> bool:
    """Ask which version stays. True: keep mine (store it on the newest); False: theirs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("VersionConflict", "Changed by someone else"))
    box.setText(
        QCoreApplication.translate("VersionConflict", "Someone else changed this at the same time.")
    )
    box.setInformativeText(
        "<p>"
        + _as_html(QCoreApplication.translate("VersionConflict", "Which version should stay?"))
        + "</p>"
        + describe_in_columns(conflict, SHORT)
    )
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.RichText)
    if describe(conflict, SHORT) != describe(conflict, FULL):
        # Long texts: the question stays short enough for a small screen at large text, and
        # "Details" shows both versions whole, in a text box that scrolls.
        box.setDetailedText(describe(conflict, FULL))
    mine = box.addButton(
        QCoreApplication.translate("VersionConflict", "&My version"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    theirs = box.addButton(
        QCoreApplication.translate("VersionConflict", "The &other version"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(theirs)
    box.setAccessibleName(QCoreApplication.translate("VersionConflict", "Changed by someone else"))
    box.setAccessibleDescription(describe(conflict))
    fit_message(box)
    box.exec()
    return box.clickedButton() is mine
