"""Parts of the import preview: the report of changed, new and kept records, and one
conflict's box with a choice per field and for the whole record.

The words are translated in the preview's own context ("ImportPreviewDialog").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton

from buurtdesk.exchange.plan import ImportPlan, RecordChange
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import FlowLayout
from buurtdesk.ui.exchange.words import escape, moment

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
    kept_title = QCoreApplication.translate(
        "ImportPreviewDialog", "Newer here, kept as it is here (%1)"
    ).replace("%1", str(plan.kept))
    language = labels.ui_language()
    parts: list[str] = []
    if plan.changes:
        parts.append(f"<p><b>{escape(changed_title)}</b></p>")
        parts.append('<table width="100%" cellspacing="0" cellpadding="3">')
        parts.append(
            f"<tr><td></td><td><i>{escape(here)}</i></td><td><i>{escape(after)}</i></td></tr>"
        )
        for change in plan.changes[:SHOWN_CHANGES]:
            parts.append(
                f'<tr><td colspan="3"><b>{escape(_capital(change.name_in(language)))}</b></td></tr>'
            )
            for difference in change.differences:
                parts.append(
                    f'<tr><td width="22%">{escape(difference.field_in(language))}</td>'
                    f'<td width="39%">{escape(difference.mine_in(language))}</td>'
                    f'<td width="39%">{escape(difference.theirs_in(language))}</td></tr>'
                )
        if len(plan.changes) > SHOWN_CHANGES:
            parts.append(f'<tr><td colspan="3">{escape(more_changed)}</td></tr>')
        parts.append("</table>")
    if plan.added:
        parts.append(f"<p><b>{escape(added_title)}</b></p><ul>")
        parts.extend(f"<li>{escape(_capital(c.name_in(language)))}</li>" for c in plan.added_labels)
        if plan.added > len(plan.added_labels):
            parts.append(f"<li>{escape(more_added)}</li>")
        parts.append("</ul>")
    if plan.kept_labels:
        parts.append(f"<p><b>{escape(kept_title)}</b></p><ul>")
        parts.extend(f"<li>{escape(_capital(c.name_in(language)))}</li>" for c in plan.kept_labels)
        parts.append("</ul>")
    if not parts:
        parts.append(f"<p>{escape(nothing)}</p>")
    return "".join(parts)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def conflict_box(
    conflict: RecordChange,
) -> tuple[QFrame, QButtonGroup, dict[str, QButtonGroup]]:
    """Both versions field by field, a choice per field (the value itself is the button), and
    a choice for the whole record; nothing chosen yet. Buttons: mine first, theirs second."""
    language = labels.ui_language()
    box = QFrame()
    box.setObjectName("conflict")
    box.setProperty("chosen", False)
    grid = QGridLayout(box)
    name = _capital(conflict.name_in(language))
    title = QLabel(
        f"<b>{escape(conflict.fields_in(language)[:1].upper() + conflict.fields_in(language)[1:])}</b>"
    )
    title.setWordWrap(True)
    grid.addWidget(title, 0, 0, 1, 3)
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
        label.setWordWrap(True)  # the two versions stay side by side at large text
    grid.addWidget(mine_head, 1, 1)
    grid.addWidget(theirs_head, 1, 2)
    row = 2
    fields: dict[str, QButtonGroup] = {}
    for difference in conflict.differences:
        field_name = difference.field_in(language)
        grid.addWidget(QLabel(_capital(field_name)), row, 0)
        field_group = QButtonGroup(box)
        for column, text, spoken in (
            (
                1,
                difference.mine_in(language),
                QCoreApplication.translate("ImportPreviewDialog", "Keep my %1: %2"),
            ),
            (
                2,
                difference.theirs_in(language),
                QCoreApplication.translate("ImportPreviewDialog", "Take their %1: %2"),
            ),
        ):
            value = QRadioButton(text.replace("&", "&&"))
            value.setAccessibleName(spoken.replace("%1", field_name).replace("%2", text))
            value.setAccessibleDescription(
                QCoreApplication.translate(
                    "ImportPreviewDialog", "This field keeps the value on this computer"
                )
                if column == 1
                else QCoreApplication.translate(
                    "ImportPreviewDialog", "This field takes the value from the package"
                )
            )
            field_group.addButton(value)
            grid.addWidget(value, row, column)
        fields[difference.field] = field_group
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
    whole = FlowLayout(spacing=12)  # the record's own choice, wrapping at large text
    whole.addWidget(QLabel(QCoreApplication.translate("ImportPreviewDialog", "Whole record:")))
    whole.addWidget(mine)
    whole.addWidget(theirs)
    grid.addLayout(whole, row, 0, 1, 3)
    grid.setColumnStretch(1, 1)
    grid.setColumnStretch(2, 1)
    grid.setColumnMinimumWidth(0, 150)
    return box, group, fields
