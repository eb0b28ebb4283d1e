"""The toekomstagenda rounds and their phases; the overview of a round; preparing a session.

Where the cycle's use cases live (all on the `Services` container):
- `services.cycle` (this module): rounds, phases, `round_overview`, `prepare_session`.
- `services.vision` (vision.py): themes and wishes; `vision(cycle_id)`.
- `services.priorities` (priorities.py): dot votes, the top priorities, commitments per party.
- `services.roles` (roles.py): the roles matrix, ladder steps, the council's own role.
- `services.projects` (projects.py): projects, trekker, partners, framework checks, budget ask,
  `project_money_check`, milestones, progress notes, action points, the core-group meeting.
- `services.evaluations` (evaluations.py): evaluation per project and for the round.
Views are in cycle_views.py; the rules without a database in domain/cycle.py.

Capturing in a meeting: `move_to_phase`, `move_on` and `close_round` take `meeting_id` (the
decision is then the meeting's); `priorities.open_vote_session` and `projects.add_note` store
it. Wishes, roles and checks have no meeting column: they land in the round directly.

- `start_round` opens round 1, 2, ... with its five phases; one round is open at a time.
- `move_to_phase` moves on by a decision of the council (numbered like every decision) and
  records the transition; a skip raises `PhaseSkipNeedsConfirmation` unless `confirmed=True`;
  a step back needs a note and is recorded as a transition without a decision.
- `close_round` closes the evaluation by decision and starts the next round. What it carries
  (cycle_handover.py): every learning point of the round's evaluations becomes a wish under
  the theme "Uit de vorige ronde" (carried_from_cycle_id set), and every unfinished project
  (idea, planned, running) MOVES to the new round (Project.cycle_id is set to the new round,
  a progress note says so) and is named by a wish under the same theme. The old round keeps
  the evaluations of those projects and lists the projects it evaluated.
- `prepare_session` plans a toekomstagenda meeting whose agenda follows the current phase.
- `round_overview` returns everything about a round for the screen and the booklet.
"""

from __future__ import annotations

from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import PHASE_LABELS, label, phase_word, plan_phase_move
from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.errors import InvalidInput, NotFound, RuleViolation
from buurtdesk.domain.rules import MAX_NOTE_LENGTH, PHASE_ORDER, clean_text, next_phase
from buurtdesk.messages import N_, NC_, translate
from buurtdesk.services.base import Clock, Service, check_version
from buurtdesk.services.cycle.handover import carry_into_next_round
from buurtdesk.services.cycle.loaders import (
    council_language,
    cycle_summary,
    fetch_open_round,
    transition_views,
    wish_view,
)
from buurtdesk.services.cycle.overview import load_round_view
from buurtdesk.services.cycle.phases import decide, phase_row
from buurtdesk.services.cycle.project_loaders import project_summaries
from buurtdesk.services.cycle.session import plan_session
from buurtdesk.services.cycle.views import (
    CycleSummary,
    PhaseMoveResult,
    PhaseView,
    PreparedMeeting,
    RoundHandover,
    RoundView,
)
from buurtdesk.services.loaders import decision_views
from buurtdesk.services.meetings.agenda import ensure_meeting_editable
from buurtdesk.services.meetings.service import MeetingService
from buurtdesk.store.database import Database
from buurtdesk.store.models import (
    Council,
    Cycle,
    Decision,
    Meeting,
    Phase,
    PhaseTransition,
)


def _check_horizon(year: int | None, start: date) -> int | None:
    if year is not None and not start.year <= year <= start.year + 50:
        raise InvalidInput.said(
            "The horizon year {year} is not between {first} and {last}.",
            year=year,
            first=start.year,
            last=start.year + 50,
        )
    return year


class CycleService(Service):
    def __init__(self, database: Database, clock: Clock, *, meetings: MeetingService) -> None:
        super().__init__(database, clock)
        self._meetings = meetings

    # -- rounds ----------------------------------------------------------------------------------
    def start_round(
        self, council_id: int, *, horizon_year: int | None = None, vision: str = ""
    ) -> CycleSummary:
        """Open the council's next round (1, 2, ...) in the vision phase. Refused while one is open."""
        with self.unit() as s:
            self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            open_round = self._open_round(s, council_id)
            if open_round is not None:
                raise RuleViolation.said(
                    "Round {number} is still open; close its evaluation first.",
                    number=open_round.number,
                )
            cycle = self._new_round(s, council_id, self.today(), horizon_year, vision)
            s.add(
                PhaseTransition(
                    cycle_id=cycle.id,
                    from_phase=None,
                    to_phase=PhaseKind.VISION,
                    moved_on=cycle.started_on,
                )
            )
            s.flush()
            return cycle_summary(cycle)

    def _new_round(
        self, s: Session, council_id: int, on: date, horizon_year: int | None, vision: str
    ) -> Cycle:
        last = s.scalars(
            select(Cycle.number).where(Cycle.council_id == council_id).order_by(Cycle.number.desc())
        ).first()
        cycle = Cycle(
            council_id=council_id,
            number=(last or 0) + 1,
            started_on=on,
            horizon_year=_check_horizon(horizon_year, on),
            current_phase=PhaseKind.VISION,
            vision=_text(vision),
        )
        s.add(cycle)
        s.flush()
        for kind in PHASE_ORDER:
            s.add(
                Phase(
                    cycle_id=cycle.id,
                    kind=kind,
                    started_on=on if kind == PhaseKind.VISION else None,
                )
            )
        return cycle

    def current_round(self, council_id: int) -> CycleSummary | None:
        """The open round, or None when the council has none open."""
        with self.unit() as s:
            row = self._open_round(s, council_id)
            return cycle_summary(row) if row else None

    def list_rounds(self, council_id: int) -> list[CycleSummary]:
        with self.unit() as s:
            rows = s.scalars(
                select(Cycle).where(Cycle.council_id == council_id).order_by(Cycle.number)
            ).all()
            return [cycle_summary(r) for r in rows]

    def set_vision(
        self,
        cycle_id: int,
        *,
        vision: str | None = None,
        horizon_year: int | None = None,
        expected_version: int | None = None,
    ) -> CycleSummary:
        """The round's vision in a few sentences and the year it looks ahead to."""
        with self.unit() as s:
            cycle = fetch_open_round(s, cycle_id)
            mine = {"vision": vision, "horizon_year": horizon_year}
            check_version(cycle, expected_version, {k: v for k, v in mine.items() if v is not None})
            if vision is not None:
                cycle.vision = _text(vision)
            if horizon_year is not None:
                cycle.horizon_year = _check_horizon(horizon_year, cycle.started_on)
            s.flush()
            return cycle_summary(cycle)

    def set_phase_summary(self, cycle_id: int, phase: PhaseKind, summary: str) -> PhaseView:
        """A few lines on what a phase brought (shown in the booklet under the phase)."""
        with self.unit() as s:
            cycle = self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
            row = phase_row(s, cycle_id, PhaseKind(phase))
            row.summary = _text(summary)
            return PhaseView(
                row.kind, row.started_on, row.ended_on, row.summary, row.kind == cycle.current_phase
            )

    # -- phases ----------------------------------------------------------------------------------
    def move_to_phase(
        self,
        cycle_id: int,
        target: PhaseKind,
        *,
        confirmed: bool = False,
        note: str = "",
        meeting_id: int | None = None,
    ) -> PhaseMoveResult:
        """Move the round to `target`. Forward is a council decision; back is noted, not decided.

        Raises PhaseSkipNeedsConfirmation when a phase would be skipped and `confirmed` is False.
        """
        with self.unit() as s:
            return self._move_to_phase(s, cycle_id, target, confirmed, note, meeting_id)

    def _move_to_phase(
        self,
        s: Session,
        cycle_id: int,
        target: PhaseKind,
        confirmed: bool,
        note: str,
        meeting_id: int | None,
    ) -> PhaseMoveResult:
        """`move_to_phase` inside the caller's transaction."""
        cycle = fetch_open_round(s, cycle_id)
        move = plan_phase_move(
            cycle.current_phase, PhaseKind(target), confirmed=confirmed, note=note
        )
        on = self._meeting_date(s, cycle, meeting_id)
        decision: Decision | None = None
        if not move.is_back:
            language = council_language(s, cycle.council_id)
            text = translate(
                N_("Round {number} of the toekomstagenda moves on from {current} to {target}."),
                language,
            ).format(
                number=cycle.number,
                current=label(PHASE_LABELS, move.current, language).lower(),
                target=label(PHASE_LABELS, move.target, language).lower(),
            )
            decision = decide(
                s,
                cycle.council_id,
                text + (f" {note.strip()}" if note.strip() else ""),
                meeting_id,
                on,
            )
        phase_row(s, cycle.id, move.current).ended_on = on
        entered = phase_row(s, cycle.id, move.target)
        entered.started_on = entered.started_on or on
        entered.ended_on = None
        if move.is_back:
            for kind in PHASE_ORDER[PHASE_ORDER.index(move.target) + 1 :]:
                later = phase_row(s, cycle.id, kind)
                if later.started_on is not None and kind != move.current:
                    later.ended_on = later.ended_on or on
        cycle.current_phase = move.target
        transition = PhaseTransition(
            cycle_id=cycle.id,
            from_phase=move.current,
            to_phase=move.target,
            moved_on=on,
            decision_id=decision.id if decision else None,
            note=_text(note),
        )
        s.add(transition)
        s.flush()
        view = next(t for t in transition_views(s, cycle.id) if t.id == transition.id)
        return PhaseMoveResult(
            cycle=cycle_summary(cycle),
            transition=view,
            decision=decision_views(s, [decision])[0] if decision else None,
        )

    def move_on(
        self, cycle_id: int, *, note: str = "", meeting_id: int | None = None
    ) -> PhaseMoveResult:
        """Move to the next phase (a decision). After evaluation, use `close_round`."""
        with self.unit() as s:
            current = self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round")).current_phase
            target = next_phase(current)
            if target is None:
                raise RuleViolation.said(
                    "Evaluation is the last phase: close the round to start a new one."
                )
            return self._move_to_phase(s, cycle_id, target, False, note, meeting_id)

    def close_round(
        self, cycle_id: int, *, horizon_year: int | None = None, meeting_id: int | None = None
    ) -> RoundHandover:
        """Close the evaluation (a decision) and start the next round with what it carries."""
        with self.unit() as s:
            cycle = fetch_open_round(s, cycle_id)
            if cycle.current_phase != PhaseKind.EVALUATION:
                raise RuleViolation.said(
                    "Round {number} is in the {current_phase} phase; a round is closed from its evaluation.",
                    number=cycle.number,
                    current_phase=phase_word(cycle.current_phase),
                )
            on = self._meeting_date(s, cycle, meeting_id)
            language = council_language(s, cycle.council_id)
            text = translate(
                N_(
                    "Round {number} of the toekomstagenda is closed; round {next} starts with the vision."
                ),
                language,
            ).format(number=cycle.number, next=cycle.number + 1)
            decision = decide(s, cycle.council_id, text, meeting_id, on)
            cycle.closed_on = on
            phase_row(s, cycle.id, PhaseKind.EVALUATION).ended_on = on
            new = self._new_round(s, cycle.council_id, on, horizon_year or cycle.horizon_year, "")
            s.add(
                PhaseTransition(
                    cycle_id=new.id,
                    from_phase=None,
                    to_phase=PhaseKind.VISION,
                    moved_on=on,
                    decision_id=decision.id,
                )
            )
            wishes, projects = carry_into_next_round(s, cycle, new, language, meeting_id)
            return RoundHandover(
                closed=cycle_summary(cycle),
                started=cycle_summary(new),
                decision=decision_views(s, [decision])[0],
                carried_wishes=tuple(wish_view(w, i) for i, w in enumerate(wishes, start=1)),
                carried_projects=tuple(project_summaries(s, projects)),
            )

    # -- a toekomstagenda session -----------------------------------------------------------------
    def prepare_session(
        self,
        council_id: int,
        on: date,
        *,
        start_time: time | None = time(19, 30),
        end_time: time | None = time(21, 30),
        place: str | None = None,
    ) -> PreparedMeeting:
        """Plan a toekomstagenda meeting whose agenda items follow the open round's phase."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            cycle = self._open_round(s, council_id)
            if cycle is None:
                raise RuleViolation.said("Start a round of the toekomstagenda first.")
            overview = load_round_view(s, council, cycle)
            return plan_session(s, self._meetings, overview, on, start_time, end_time, place)

    # -- the whole round ---------------------------------------------------------------------------
    def round_overview(self, council_id: int, cycle_id: int | None = None) -> RoundView:
        """Everything of one round (default: the open round, else the latest) for screen and booklet."""
        with self.unit() as s:
            council = self.fetch(s, Council, council_id, NC_("kind of record", "Council"))
            if cycle_id is None:
                cycle = (
                    self._open_round(s, council_id)
                    or s.scalars(
                        select(Cycle)
                        .where(Cycle.council_id == council_id)
                        .order_by(Cycle.number.desc())
                    ).first()
                )
                if cycle is None:
                    raise NotFound.said(
                        "{name} has no round of the toekomstagenda yet.", name=council.name
                    )
            else:
                cycle = self.fetch(s, Cycle, cycle_id, NC_("kind of record", "Round"))
                if cycle.council_id != council_id:
                    raise NotFound.said(
                        "Round {cycle_id} is not this council's.", cycle_id=cycle_id
                    )
            return load_round_view(s, council, cycle)

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _open_round(s: Session, council_id: int) -> Cycle | None:
        return s.scalars(
            select(Cycle)
            .where(Cycle.council_id == council_id, Cycle.closed_on.is_(None))
            .order_by(Cycle.number.desc())
        ).first()

    def _meeting_date(self, s: Session, cycle: Cycle, meeting_id: int | None) -> date:
        if meeting_id is None:
            return self.today()
        meeting = self.fetch(s, Meeting, meeting_id, NC_("kind of record", "Meeting"))
        if meeting.council_id != cycle.council_id:
            raise InvalidInput.said("This meeting belongs to another council.")
        ensure_meeting_editable(s, meeting_id)
        return meeting.date


def _text(value: str) -> str:
    return clean_text(value, field=NC_("field", "the text"), limit=MAX_NOTE_LENGTH, required=False)
