"""Parts of the import preview: the report of changed and new records, and one conflict's box.

The words are translated in the preview's own context ("ImportPreviewDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton

from buurtdesk.exchange.plan import ImportPlan, RecordChange
from buurtdesk.ui.exchange.words import escape, field_word, kind_word, moment

SHOWN_CHANGES = 200  # the report names this many changed records; the counts table has them all


def changes_report(plan: ImportPlan) -> str:
    """A short report that wraps: the changed records with their fields, the first new ones."""
    changed_title = QCoreApplication.translate("ImportPreviewDialog", "Changed (%1)").replace(
        "%1", str(len(plan.changes))
    )
    here = QCoreApplication.translate("ImportPreviewDialog", "Here now")
    after = QCoreApplication.translate("ImportPreviewDialog", "After the import")
    added_title = QCoreApplication.translate("ImportPreviewDialog", "New (%1)").replace(
        "%1", str(plan.added)
    )
    more_added = QCoreApplication.translate("ImportPreviewDialog", "and %1 more").replace(
        "%1", str(plan.added - len(plan.added_labels))
    )
    more_changed = QCoreApplication.translate("ImportPreviewDialog", "and %1 more").replace(
        "%1", str(len(plan.changes) - SHOWN_CHANGES)
    )
    nothing = QCoreApplication.translate("ImportPreviewDialog", "Nothing is added or changed.")
    parts: list[str] = []
    if plan.changes:
        parts.append(f"<p><b>{escape(changed_title)}</b></p>")
        parts.append('<table width="100%" cellspacing="0" cellpadding="3">')
        parts.append(
            f"<tr><td></td><td><i>{escape(here)}</i></td><td><i>{escape(after)}</i></td></tr>"
        )
        for change in plan.changes[:SHOWN_CHANGES]:
            parts.append(
                f'<tr><td colspan="3"><b>{escape(kind_word(change.table))} “{escape(change.label)}”</b></td></tr>'
            )
            for difference in change.differences:
                parts.append(
                    f'<tr><td width="22%">{escape(field_word(difference.field))}</td>'
                    f'<td width="39%">{escape(difference.mine)}</td><td width="39%">{escape(difference.theirs)}</td></tr>'
                )
        if len(plan.changes) > SHOWN_CHANGES:
            parts.append(f'<tr><td colspan="3">{escape(more_changed)}</td></tr>')
        parts.append("</table>")
    if plan.added:
        parts.append(f"<p><b>{escape(added_title)}</b></p><ul>")
        parts.extend(
            f"<li>{escape(kind_word(c.table))} “{escape(c.label)}”</li>" for c in plan.added_labels
        )
        if plan.added > len(plan.added_labels):
            parts.append(f"<li>{escape(more_added)}</li>")
        parts.append("</ul>")
    if not parts:
        parts.append(f"<p>{escape(nothing)}</p>")
    return "".join(parts)


def conflict_box(conflict: RecordChange) -> tuple[QFrame, QButtonGroup]:
    """Both versions field by field, and the two choices (neither chosen): mine first, theirs second."""
    box = QFrame()
    box.setObjectName("conflict")
    box.setProperty("chosen", False)
    grid = QGridLayout(box)
    name = f"{kind_word(conflict.table)} “{conflict.label}”"
    grid.addWidget(QLabel(f"<b>{escape(name)}</b>"), 0, 0, 1, 3)
    mine_head = QLabel(
        QCoreApplication.translate("ImportPreviewDialog", "My version (changed %1)").replace(
            "%1", moment(conflict.mine_changed_at)
        )
    )
    theirs_head = QLabel(
        QCoreApplication.translate("ImportPreviewDialog", "Their version (changed %1)").replace(
            "%1", moment(conflict.theirs_changed_at)
        )
    )
    for label in (mine_head, theirs_head):
        label.setProperty("class", "muted")
    grid.addWidget(mine_head, 1, 1)
    grid.addWidget(theirs_head, 1, 2)
    row = 2
    for difference in conflict.differences:
        grid.addWidget(QLabel(field_word(difference.field)), row, 0)
        for column, text in ((1, difference.mine), (2, difference.theirs)):
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, column)
        row += 1
    mine = QRadioButton(QCoreApplication.translate("ImportPreviewDialog", "Keep my version"))
    mine.setAccessibleName(
        QCoreApplication.translate("ImportPreviewDialog", "Keep my version of %1").replace(
            "%1", name
        )
    )
    theirs = QRadioButton(QCoreApplication.translate("ImportPreviewDialog", "Take their version"))
    theirs.setAccessibleName(
        QCoreApplication.translate("ImportPreviewDialog", "Take their version of %1").replace(
            "%1", name
        )
    )
    mine.setAccessibleDescription(
        QCoreApplication.translate(
            "ImportPreviewDialog", "The record stays as it is on this computer"
        )
    )
    theirs.setAccessibleDescription(
        QCoreApplication.translate(
            "ImportPreviewDialog", "The record becomes as it is in the package"
        )
    )
    group = QButtonGroup(box)
    group.addButton(mine)
    group.addButton(theirs)
    grid.addWidget(
        QLabel(QCoreApplication.translate("ImportPreviewDialog", "Which version stays?")), row, 0
    )
    grid.addWidget(mine, row, 1)
    grid.addWidget(theirs, row, 2)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    grid.setColumnMinimumWidth(0, 150)
    return box, group
