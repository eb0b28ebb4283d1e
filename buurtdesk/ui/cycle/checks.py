"""The check of a project against the municipality's frameworks: financial, content, legal.
Each "in orde / aandacht nodig / niet haalbaar" with a note, who checked and when; and the
line that says whether money may follow ("money follows content")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import CheckArea, CheckVerdict
from buurtdesk.services.cycle.views import CheckView, ProjectDetail
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.widgets import (
    PageHost,
    group,
    picked_date,
    set_css_class,
    show_text,
    text_label,
)
from buurtdesk.ui.cycle import labels as cycle_labels


class CheckRow:
    def __init__(self, area: CheckArea, parent: QWidget) -> None:
        name = cycle_labels.area(area)
        self.area = area
        self.name = QLabel(name)
        self.verdict = QComboBox()
        self.verdict.addItem(QCoreApplication.translate("CheckRow", "not checked yet"), "")
        for verdict in CheckVerdict:
            self.verdict.addItem(cycle_labels.verdict(verdict), verdict.value)
        self.verdict.setAccessibleName(
            QCoreApplication.translate("CheckRow", "%1 check: verdict").replace("%1", name)
        )
        self.verdict.setAccessibleDescription(
            QCoreApplication.translate(
                "CheckRow", "The outcome of this check of the chosen project"
            )
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(
            QCoreApplication.translate("CheckRow", "Note: why, what is needed")
        )
        self.note.setAccessibleName(
            QCoreApplication.translate("CheckRow", "%1 check: note").replace("%1", name)
        )
        self.note.setAccessibleDescription(
            QCoreApplication.translate(
                "CheckRow", "Why the check came out this way, or what is still needed"
            )
        )
        self.who = QLineEdit()
        self.who.setPlaceholderText(QCoreApplication.translate("CheckRow", "Checked by"))
        self.who.setAccessibleName(
            QCoreApplication.translate("CheckRow", "%1 check: checked by").replace("%1", name)
        )
        self.who.setAccessibleDescription(
            QCoreApplication.translate("CheckRow", "Who did the check")
        )
        self.when = QDateEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("dd-MM-yyyy")
        self.when.setAccessibleName(
            QCoreApplication.translate("CheckRow", "%1 check: date").replace("%1", name)
        )
        self.when.setAccessibleDescription(
            QCoreApplication.translate("CheckRow", "The day the check was done")
        )
        self.save = QPushButton(QCoreApplication.translate("CheckRow", "Record"))
        self.save.setAccessibleName(
            QCoreApplication.translate("CheckRow", "Record the %1 check").replace(
                "%1", name.lower()
            )
        )
        self.save.setAccessibleDescription(
            QCoreApplication.translate(
                "CheckRow", "Saves the verdict, note, checker and date of this check"
            )
        )
        self.state = text_label()

    def show(self, check: CheckView | None, today: date) -> None:
        self.verdict.setCurrentIndex(self.verdict.findData(check.verdict.value if check else ""))
        show_text(self.note, check.note if check else "")
        show_text(self.who, check.checked_by if check else "")
        when = check.checked_on if check and check.checked_on else today
        self.when.setDate(QDate(when.year, when.month, when.day))
        # Only what is not in order is repeated in red under the area's name.
        if check is None or check.verdict == CheckVerdict.OK:
            self.state.setText("")
        else:
            self.state.setText("⚠ " + cycle_labels.verdict(check.verdict))
            set_css_class(self.state, "warning")
        # The check's history: what it said before, who changed it and when.
        history = [
            QCoreApplication.translate("CheckRow", "%1: was %2%3, changed by %4")
            .replace("%1", labels.short_date(h.changed_on))
            .replace("%2", cycle_labels.verdict(h.verdict_before) if h.verdict_before else "–")
            .replace("%3", f" ({h.note_before})" if h.note_before else "")
            .replace("%4", h.changed_by or "–")
            for h in (check.history if check else ())
        ]
        self.name.setText(cycle_labels.area(self.area) + (f" ({len(history)}×)" if history else ""))
        self.name.setToolTip("\n".join(history))
        self.name.setAccessibleDescription("\n".join(history))


class FrameworkCheckBox(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.detail: ProjectDetail | None = None
        box, inner = group(self.tr("Check against the frameworks"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(box)
        self.money_line = text_label()
        self.money_line.setObjectName("moneyFollowsContent")
        inner.addWidget(self.money_line)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.rows: dict[CheckArea, CheckRow] = {}
        for number, area in enumerate(CheckArea):
            row = CheckRow(area, self)
            row.save.clicked.connect(lambda _c=False, a=area: self.record(a))
            row.note.returnPressed.connect(lambda a=area: self.record(a))
            self.rows[area] = row
            line = number * 2
            grid.addWidget(row.name, line, 0)
            grid.addWidget(row.verdict, line, 1)
            grid.addWidget(row.who, line, 2)
            grid.addWidget(row.when, line, 3)
            grid.addWidget(row.note, line + 1, 1, 1, 2)
            grid.addWidget(row.state, line + 1, 0)
            grid.addWidget(row.save, line + 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        inner.addLayout(grid)
        # What the checks said before: money that left before they were in order shows here.
        self.history = text_label("", "muted")
        self.history.setObjectName("checkHistory")
        self.history.setAccessibleName(self.tr("Earlier verdicts of the checks"))
        inner.addWidget(self.history)

    def show_detail(self, detail: ProjectDetail, editable: bool, today: date) -> None:
        self.detail = detail
        checks = {c.area: c for c in detail.checks}
        for area, row in self.rows.items():
            row.show(checks.get(area), today)
            for widget in (row.verdict, row.note, row.who, row.when, row.save):
                widget.setEnabled(editable)
        earlier = [
            self.tr("%1 on %2: was %3%4, changed by %5")
            .replace("%1", cycle_labels.area(c.area))
            .replace("%2", labels.short_date(h.changed_on))
            .replace("%3", cycle_labels.verdict(h.verdict_before) if h.verdict_before else "–")
            .replace("%4", f" ({h.note_before})" if h.note_before else "")
            .replace("%5", h.changed_by or "–")
            for c in detail.checks
            for h in c.history
        ]
        self.history.setText(
            self.tr("Earlier: %1").replace("%1", "; ".join(earlier)) if earlier else ""
        )
        self.history.setVisible(bool(earlier))
        money = detail.money
        if money.all_ok:
            self.money_line.setText(
                self.tr("✔ All frameworks in order: money may follow (budget ask %1).").replace(
                    "%1", labels.money(money.budget_ask)
                )
            )
            set_css_class(self.money_line, "")
        else:
            self.money_line.setText(
                self.tr("⚠ Money follows content — %1").replace(
                    "%1", money.reason(labels.ui_language())
                )
            )
            set_css_class(self.money_line, "warning")

    def record(self, area: CheckArea) -> None:
        detail = self.detail
        if detail is None:
            return
        row = self.rows[area]
        value = row.verdict.currentData()
        if not value:
            return
        verdict, note, who = CheckVerdict(value), row.note.text(), row.who.text()
        when = picked_date(row.when)
        old = next((c for c in detail.checks if c.area == area), None)
        projects = self.host.services.projects
        project_id = detail.project.id

        def undo(_r: object) -> None:
            if old is None:
                projects.clear_check(project_id, area)
            else:
                projects.set_check(
                    project_id,
                    area,
                    old.verdict,
                    note=old.note,
                    checked_by=old.checked_by,
                    checked_on=old.checked_on,
                )

        self.host.edit(
            self.tr("Record the %1 check").replace("%1", cycle_labels.area(area).lower()),
            lambda: projects.set_check(
                project_id, area, verdict, note=note, checked_by=who, checked_on=when
            ),
            undo,
        )
