"""Evaluation page: per project and for the round — result against the goal, success factors,
learning points, what continues — and starting the next round, which carries the learning
points and unfinished projects into its vision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.enums import PhaseKind
from buurtdesk.services.cycle.views import EvaluationView, RoundView
from buurtdesk.ui.common import labels
from buurtdesk.ui.common.flow import StackingSplitter
from buurtdesk.ui.common.rows import lines_tall
from buurtdesk.ui.common.widgets import PageHost, SavingTextEdit, fill_combo, group, text_label

ROUND = -1  # the combo's key for the evaluation of the round as a whole


class EvaluationPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.view: RoundView | None = None
        self.evaluations: dict[int, EvaluationView] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        splitter = StackingSplitter()  # the panes one below the other at large text
        outer.addWidget(splitter)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 6, 0)
        box, inner = group(self.tr("Evaluate"))
        self.subject = QComboBox()
        self.subject.setAccessibleName(self.tr("What is evaluated: the round or a project"))
        self.subject.setAccessibleDescription(
            self.tr("Chooses whether the evaluation is about the round or a project")
        )
        self.subject.currentIndexChanged.connect(lambda _i: self._show_texts())
        inner.addWidget(self.subject)
        form = QFormLayout()
        self.result = SavingTextEdit(self.tr("Result against the goal"))
        self.result.setAccessibleDescription(
            self.tr("How the result compares with what the project set out to do")
        )
        self.success = SavingTextEdit(self.tr("Success factors"))
        self.success.setAccessibleDescription(self.tr("What helped the project succeed"))
        self.learning = SavingTextEdit(self.tr("Learning points, one per line"))
        self.learning.setAccessibleDescription(
            self.tr("What the council learned; saved with the evaluation")
        )
        self.learning.setPlaceholderText(
            self.tr("One learning point per line; each goes into the next round's vision.")
        )
        self.continues = SavingTextEdit(self.tr("What continues"))
        self.continues.setAccessibleDescription(self.tr("What goes on after this round"))
        for label, edit in (
            (self.tr("Result"), self.result),
            (self.tr("Success factors"), self.success),
            (self.tr("Learning points"), self.learning),
            (self.tr("What continues"), self.continues),
        ):
            lines_tall(edit, least=2, most=4)
            edit.edited.connect(lambda _text: self.record())
            form.addRow(label, edit)
        inner.addLayout(form)
        self.save_button = QPushButton(self.tr("Record the evaluation"))
        self.save_button.setAccessibleDescription(
            self.tr("Saves the evaluation of the chosen round or project")
        )
        self.save_button.clicked.connect(self.record)
        inner.addWidget(self.save_button)
        layout.addWidget(box, 1)
        splitter.addWidget(left)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        box, inner = group(self.tr("Evaluated so far"))
        self.done = QListWidget()
        self.done.setAccessibleName(self.tr("Evaluations recorded in this round"))
        self.done.setAccessibleDescription(
            self.tr("Lists the evaluations already recorded in this round")
        )
        self.done.setWordWrap(True)
        inner.addWidget(self.done, 1)
        layout.addWidget(box, 1)
        box, inner = group(self.tr("The next round"))
        self.next_text = text_label("", "muted")
        inner.addWidget(self.next_text)
        self.next_button = QPushButton(self.tr("Start the next round…"))
        self.next_button.setAccessibleName(self.tr("Close this round and start the next round"))
        self.next_button.setAccessibleDescription(
            self.tr("Closes the evaluated round so that a new round can begin")
        )
        inner.addWidget(self.next_button)
        layout.addWidget(box)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.next_button.clicked.connect(self._close_round)

    def show_round(self, view: RoundView) -> None:
        self.view = view
        own = [d.project for d in view.projects]
        self.evaluations = {}
        if view.round_evaluation is not None:
            self.evaluations[ROUND] = view.round_evaluation
        for detail in view.projects:
            for evaluation in detail.evaluations:
                if evaluation.cycle_id == view.cycle.id:
                    self.evaluations[detail.project.id] = evaluation
        fill_combo(
            self.subject,
            [(self.tr("The whole round %1").replace("%1", str(view.cycle.number)), ROUND)]
            + [(self.tr("Project: %1").replace("%1", p.name), p.id) for p in own],
        )
        self.done.clear()
        for key, evaluation in self.evaluations.items():
            who = self.tr("The round") if key == ROUND else evaluation.project_name
            when = labels.short_date(evaluation.evaluated_on)
            lines = [f"{who} · {when}" if when else who]
            if evaluation.learning_points.strip():
                lines.append(
                    self.tr("Learning points: %1").replace(
                        "%1", " / ".join(evaluation.learning_points.splitlines())
                    )
                )
            if evaluation.result.strip():
                lines.append(self.tr("Result: %1").replace("%1", evaluation.result))
            self.done.addItem("\n".join(lines))
        if not self.evaluations:
            self.done.addItem(
                self.tr("Nothing evaluated yet: start with the round as a whole or one project.")
            )
        editable = view.cycle.is_open
        for widget in (
            self.subject,
            self.result,
            self.success,
            self.learning,
            self.continues,
            self.save_button,
        ):
            widget.setEnabled(editable)
        in_evaluation = editable and view.cycle.current_phase == PhaseKind.EVALUATION
        self.next_button.setEnabled(in_evaluation)
        unfinished = sum(
            1
            for p in own
            if p.status.value in ("idea", "planned", "running") and p.cycle_id == view.cycle.id
        )
        if not editable:
            self.next_text.setText(self.tr("This round is closed."))
        elif in_evaluation:
            self.next_text.setText(
                self.tr(
                    "Closing the round is a decision. The learning points and %1 unfinished projects go into round %2's vision."
                )
                .replace("%1", str(unfinished))
                .replace("%2", str(view.cycle.number + 1))
            )
        else:
            self.next_text.setText(
                self.tr(
                    "The next round starts from the evaluation phase; move the round on to Evaluation first."
                )
            )
        self._show_texts()

    def _key(self) -> int:
        data = self.subject.currentData()
        return ROUND if data is None else int(data)

    def _show_texts(self) -> None:
        evaluation = self.evaluations.get(self._key())
        self.result.set_stored(evaluation.result if evaluation else "")
        self.success.set_stored(evaluation.success_factors if evaluation else "")
        self.learning.set_stored(evaluation.learning_points if evaluation else "")
        self.continues.set_stored(evaluation.continues if evaluation else "")

    def record(self) -> None:
        view = self.view
        if view is None or not view.cycle.is_open:
            return
        key = self._key()
        project_id = None if key == ROUND else key
        texts = {
            "result": self.result.toPlainText(),
            "success_factors": self.success.toPlainText(),
            "learning_points": self.learning.toPlainText(),
            "continues": self.continues.toPlainText(),
        }
        old = self.evaluations.get(key)
        evaluations = self.host.services.evaluations
        cycle_id = view.cycle.id

        def undo(_r: object) -> None:
            if old is None:
                evaluations.remove_evaluation(cycle_id, project_id)
            else:
                evaluations.record_evaluation(
                    cycle_id,
                    project_id=project_id,
                    result=old.result,
                    success_factors=old.success_factors,
                    learning_points=old.learning_points,
                    continues=old.continues,
                )

        self.host.edit(
            self.tr("Record the evaluation"),
            lambda: evaluations.record_evaluation(cycle_id, project_id=project_id, **texts),
            undo,
        )

    def _close_round(self) -> None:
        self.host.close_round()
