"""Evaluation, per project and for the whole round: result against the goal, success factors,
learning points, what continues. The learning points feed the next round's vision
(see cycle_handover.py); the next round's `VisionView.previous_evaluations` shows them all.
"""

from __future__ import annotations

from sqlalchemy import select

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.cycle.loaders import fetch_open_round
from buurtdesk.services.cycle.project_loaders import (
    cycle_evaluations,
    evaluation_views,
)
from buurtdesk.services.cycle.views import (
    EvaluationView,
)
from buurtdesk.store.models import (
    Cycle,
    Evaluation,
    Project,
)


def _text(value: str, required: bool = False) -> str:
    return clean_text(
        value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=required
    )


class EvaluationService(Service):
    # -- evaluation ------------------------------------------------------------------------------------
    def record_evaluation(
        self,
        cycle_id: int,
        *,
        project_id: int | None = None,
        result: str = "",
        success_factors: str = "",
        learning_points: str = "",
        continues: str = "",
    ) -> EvaluationView:
        """The evaluation of a project (project_id) or of the round (no project_id).

        One per project per round: recording again replaces the texts. Learning points are
        written one per line; each line becomes a wish in the next round's vision.
        """
        texts = [_text(t) for t in (result, success_factors, learning_points, continues)]
        if not any(texts):
            raise InvalidInput.said("Fill in at least one part of the evaluation.")
        with self.unit() as s:
            fetch_open_round(s, cycle_id)
            if project_id is not None:
                self.fetch(s, Project, project_id, NC_("kind of record", "Project"))
            row = s.scalars(
                select(Evaluation).where(
                    Evaluation.cycle_id == cycle_id,
                    Evaluation.project_id.is_(None)
                    if project_id is None
                    else Evaluation.project_id == project_id,
                )
            ).first()
            if row is None:
                row = Evaluation(cycle_id=cycle_id, project_id=project_id)
                s.add(row)
            row.result, row.success_factors, row.learning_points, row.continues = texts
            row.evaluated_on = self.today()
            s.flush()
            return evaluation_views(s, [row])[0]

    def remove_evaluation(self, cycle_id: int, project_id: int | None = None) -> None:
        """Take an evaluation away again (the screen's undo of a first record_evaluation)."""
        with self.unit() as s:
            fetch_open_round(s, cycle_id)
            for row in s.scalars(
                select(Evaluation).where(
                    Evaluation.cycle_id == cycle_id,
                    Evaluation.project_id.is_(None)
                    if project_id is None
                    else Evaluation.project_id == project_id,
                )
            ).all():
                s.delete(row)

    def evaluations(self, cycle_id: int) -> tuple[EvaluationView, ...]:
        """The round's own evaluation first, then the projects'."""
        with self.unit() as s:
            self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
            return cycle_evaluations(s, cycle_id)
