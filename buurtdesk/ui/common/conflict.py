"""Two people changed the same record: show both versions and let the user choose.

The services refuse an edit made on an older copy with a VersionConflict that carries both
versions (services.base.check_version). `choose_version` shows them side by side: keep
mine (store my edit on top of the newest version) or keep theirs (show the newest).
"""

from __future__ import annotations

from datetime import date, time
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.services.base import VersionConflict
from buurtdesk.ui.common import labels


def _tr(text: str) -> str:
    return QCoreApplication.translate("VersionConflict", text)


def field_label(key: str) -> str:
    known = {
        "title": _tr("Title"),
        "name": _tr("Name"),
        "text": _tr("Text"),
        "notes": _tr("Notes"),
        "planned_minutes": _tr("Planned minutes"),
        "is_private": _tr("Closed to the public"),
        "date": _tr("Date"),
        "start_time": _tr("Start"),
        "end_time": _tr("End"),
        "place": _tr("Place"),
        "email": _tr("E-mail"),
        "phone": _tr("Phone"),
        "address": _tr("Address"),
        "remarks": _tr("Remarks"),
        "municipality": _tr("Municipality"),
        "default_place": _tr("Usual place"),
        "goal": _tr("Goal"),
        "plan": _tr("Plan"),
        "vision": _tr("Vision"),
        "amount_cents": _tr("Amount"),
        "conditions": _tr("Conditions"),
        "status": _tr("Status"),
        "due_date": _tr("Due date"),
    }
    return known.get(key, key.replace("_", " ").capitalize())


def show_value(value: object) -> str:
    if value is None or value == "":
        return _tr("(empty)")
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Enum):
        return str(value.value)
    text = str(value)
    return text if len(text) <= 300 else text[:300] + "…"


def describe(conflict: VersionConflict) -> str:
    """Both versions, field by field, in plain text."""
    lines = []
    for key, mine in conflict.mine.items():
        theirs = conflict.theirs.get(key)
        lines.append(
            f"{field_label(key)}\n"
            f"  {_tr('Your version')}: {show_value(mine)}\n"
            f"  {_tr('The other version')}: {show_value(theirs)}"
        )
    return "\n".join(lines)


def choose_version(parent: QWidget | None, conflict: VersionConflict) -> bool:
    """Ask which version stays. True: keep mine (store it on the newest); False: theirs."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Changed by someone else"))
    box.setText(conflict.message(labels.ui_language()))
    box.setInformativeText(
        _tr("Someone else changed this at the same time. Which version should stay?")
        + "\n\n"
        + describe(conflict)
    )
    mine = box.addButton(_tr("Keep &my version"), QMessageBox.ButtonRole.AcceptRole)
    theirs = box.addButton(_tr("Keep the &other version"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(theirs)
    box.setAccessibleName(_tr("Changed by someone else"))
    box.setAccessibleDescription(describe(conflict))
    box.exec()
    return box.clickedButton() is mine
