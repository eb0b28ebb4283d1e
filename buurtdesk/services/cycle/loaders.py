"""Turning cycle rows into the frozen views of cycle_views.py (inside a service's session)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.domain.cycle import STANDARD_THEMES, TalliedWish, rank_wishes
from buurtdesk.domain.enums import Language, PhaseKind
from buurtdesk.domain.errors import NotFound, RuleViolation
from buurtdesk.domain.rules import PHASE_ORDER, DecisionNumber
from buurtdesk.messages import N_, translate
from buurtdesk.services.cycle.project_loaders import cycle_evaluations, names_of
from buurtdesk.services.cycle.views import (
    CommitmentView,
    CycleSummary,
    LadderChangeView,
    LadderView,
    PriorityView,
    RoleAssignmentView,
    RoleColumn,
    RoleRow,
    RolesMatrix,
    ThemeView,
    TransitionView,
    VisionView,
    VoteSessionView,
    WishTally,
    WishView,
)
from buurtdesk.store.models import (
    Council,
    Cycle,
    Decision,
    LadderStepChange,
    Membership,
    Organisation,
    Person,
    PhaseTransition,
    Priority,
    PriorityCommitment,
    PriorityVote,
    Project,
    RoleAssignment,
    Theme,
    VoteSession,
    Wish,
)


def fetch_open_round(s: Session, cycle_id: int) -> Cycle:
    """The round, refused when it is closed: a closed round's content does not change."""
    cycle = s.get(Cycle, cycle_id)
    if cycle is None:
        raise NotFound.said("Round {cycle_id} does not exist.", cycle_id=cycle_id)
    if cycle.closed_on is not None:
        raise RuleViolation.said(
            "Round {number} is closed and does not change any more.", number=cycle.number
        )
    return cycle


def cycle_summary(row: Cycle) -> CycleSummary:
    return CycleSummary(
        id=row.id,
        uuid=row.uuid,
        council_id=row.council_id,
        number=row.number,
        started_on=row.started_on,
        closed_on=row.closed_on,
        horizon_year=row.horizon_year,
        current_phase=row.current_phase,
        vision=row.vision,
        version=row.version,
    )


def council_language(s: Session, council_id: int) -> str:
    council = s.get(Council, council_id)
    return "en" if council is not None and council.language == Language.ENGLISH else "nl"


def transition_views(s: Session, cycle_id: int) -> tuple[TransitionView, ...]:
    rows = s.execute(
        select(PhaseTransition, Decision)
        .outerjoin(Decision, Decision.id == PhaseTransition.decision_id)
        .where(PhaseTransition.cycle_id == cycle_id)
        .order_by(PhaseTransition.moved_on, PhaseTransition.id)
    ).all()
    views = []
    for t, d in rows:
        back = t.from_phase is not None and _index(t.to_phase) < _index(t.from_phase)
        number = DecisionNumber(d.year, d.sequence) if d is not None else None
        views.append(
            TransitionView(
                t.id, t.from_phase, t.to_phase, t.moved_on, t.decision_id, number, t.note, back
            )
        )
    return tuple(views)


def _index(kind: PhaseKind) -> int:
    return PHASE_ORDER.index(kind)


def wish_rows(s: Session, cycle_id: int) -> list[tuple[Wish, Theme]]:
    """The round's wishes in order of entry (the tie-break order), with their themes."""
    return [
        (w, t)
        for w, t in s.execute(
            select(Wish, Theme)
            .join(Theme, Theme.id == Wish.theme_id)
            .where(Theme.cycle_id == cycle_id)
            .order_by(Wish.id)
        ).all()
    ]


def wish_view(row: Wish, position: int) -> WishView:
    return WishView(
        row.id,
        row.theme_id,
        row.text,
        row.raised_by,
        row.carried_from_cycle_id,
        position,
        row.version,
    )


def theme_views(s: Session, cycle_id: int) -> tuple[ThemeView, ...]:
    themes = s.scalars(
        select(Theme).where(Theme.cycle_id == cycle_id).order_by(Theme.position, Theme.id)
    ).all()
    by_theme: dict[int, list[WishView]] = {t.id: [] for t in themes}
    for position, (wish, _theme) in enumerate(wish_rows(s, cycle_id), start=1):
        by_theme[wish.theme_id].append(wish_view(wish, position))
    return tuple(
        ThemeView(
            t.id, t.cycle_id, t.name, t.description, t.position, tuple(by_theme[t.id]), t.version
        )
        for t in themes
    )


def suggested_themes(s: Session, cycle_id: int, language: str) -> tuple[str, ...]:
    present = {
        n.casefold() for n in s.scalars(select(Theme.name).where(Theme.cycle_id == cycle_id)).all()
    }
    names = [translate(theme, language) for theme in STANDARD_THEMES]
    return tuple(n for n in names if n.casefold() not in present)


def vote_session_view(s: Session, session: VoteSession, language: str) -> VoteSessionView:
    votes = s.scalars(select(PriorityVote).where(PriorityVote.session_id == session.id)).all()
    dots: dict[int, int] = {}
    for v in votes:
        dots[v.wish_id] = dots.get(v.wish_id, 0) + v.dots
    on_screen = sorted({v.participant for v in votes if v.participant}, key=str.casefold)
    wishes = wish_rows(s, session.cycle_id)
    tally = tuple(WishTally(w.id, w.text, t.name, dots.get(w.id, 0)) for w, t in wishes)
    ranking = rank_wishes([TalliedWish(x.wish_id, x.wish_text, x.dots) for x in tally], top_n=3)
    return VoteSessionView(
        id=session.id,
        cycle_id=session.cycle_id,
        meeting_id=session.meeting_id,
        title=session.title,
        held_on=session.held_on,
        dots_per_participant=session.dots_per_participant,
        participants=session.participants,
        counted_on_screen=tuple(on_screen),
        total_dots=sum(dots.values()),
        tally=tally,
        ranking=ranking.ranked,
        tie_notes=ranking.tie_notes(language),
    )


def vote_session_views(s: Session, cycle_id: int, language: str) -> tuple[VoteSessionView, ...]:
    rows = s.scalars(
        select(VoteSession)
        .where(VoteSession.cycle_id == cycle_id)
        .order_by(VoteSession.held_on, VoteSession.id)
    ).all()
    return tuple(vote_session_view(s, r, language) for r in rows)


def priority_views(s: Session, cycle_id: int) -> tuple[PriorityView, ...]:
    rows = s.execute(
        select(Priority, Wish, Theme)
        .join(Wish, Wish.id == Priority.wish_id)
        .join(Theme, Theme.id == Wish.theme_id)
        .where(Priority.cycle_id == cycle_id)
        .order_by(Priority.rank)
    ).all()
    ids = [p.id for p, _w, _t in rows]
    commitments: dict[int, list[CommitmentView]] = {i: [] for i in ids}
    if ids:
        for c in s.scalars(
            select(PriorityCommitment)
            .where(PriorityCommitment.priority_id.in_(ids))
            .order_by(PriorityCommitment.id)
        ).all():
            commitments[c.priority_id].append(
                CommitmentView(c.id, c.party, c.commitment, c.version)
            )
    return tuple(
        PriorityView(
            p.id,
            p.cycle_id,
            p.rank,
            w.id,
            w.text,
            t.name,
            p.dots,
            p.tie_note,
            tuple(commitments[p.id]),
        )
        for p, w, t in rows
    )


def role_assignment_views(s: Session, cycle_id: int) -> tuple[RoleAssignmentView, ...]:
    rows = s.scalars(
        select(RoleAssignment)
        .where(RoleAssignment.cycle_id == cycle_id)
        .order_by(RoleAssignment.id)
    ).all()
    people = names_of(s, Person, {r.person_id for r in rows if r.person_id})
    orgs = names_of(s, Organisation, {r.organisation_id for r in rows if r.organisation_id})
    themes = names_of(s, Theme, {r.theme_id for r in rows if r.theme_id})
    projects = names_of(s, Project, {r.project_id for r in rows if r.project_id})
    return tuple(
        RoleAssignmentView(
            id=r.id,
            cycle_id=r.cycle_id,
            person_id=r.person_id,
            organisation_id=r.organisation_id,
            participant_name=people.get(r.person_id or 0) or orgs.get(r.organisation_id or 0, ""),
            theme_id=r.theme_id,
            project_id=r.project_id,
            subject=projects.get(r.project_id or 0) or themes.get(r.theme_id or 0, ""),
            role=r.role,
        )
        for r in rows
    )


def roles_matrix(s: Session, cycle_id: int, language: str) -> RolesMatrix:
    """Rows: people first, then organisations, by name; columns: the round, themes, projects."""
    assignments = role_assignment_views(s, cycle_id)
    themes = s.scalars(
        select(Theme).where(Theme.cycle_id == cycle_id).order_by(Theme.position, Theme.id)
    ).all()
    projects = s.scalars(
        select(Project).where(Project.cycle_id == cycle_id).order_by(Project.id)
    ).all()
    theme_word, project_word = translate(N_("Theme"), language), translate(N_("Project"), language)
    columns: list[RoleColumn] = []
    if any(a.theme_id is None and a.project_id is None for a in assignments):
        columns.append(RoleColumn(None, None, translate(N_("Whole round"), language)))
    columns += [
        RoleColumn(t.id, None, f"{theme_word}: {t.name}")
        for t in themes
        if any(a.theme_id == t.id and a.project_id is None for a in assignments)
    ]
    columns += [
        RoleColumn(None, p.id, f"{project_word}: {p.name}")
        for p in projects
        if any(a.project_id == p.id for a in assignments)
    ]
    keys: dict[tuple[int | None, int | None], str] = {}
    for a in assignments:
        keys.setdefault((a.person_id, a.organisation_id), a.participant_name)
    ordered = sorted(keys.items(), key=lambda kv: (kv[0][0] is None, kv[1].casefold()))
    rows = []
    for (person_id, org_id), name in ordered:
        cells = []
        for col in columns:
            roles = [
                a.role
                for a in assignments
                if (a.person_id, a.organisation_id) == (person_id, org_id)
                and a.project_id == col.project_id
                and (a.theme_id == col.theme_id or col.project_id is not None)
            ]
            cells.append(", ".join(roles))
        rows.append(RoleRow(person_id, org_id, name, tuple(cells)))
    return RolesMatrix(tuple(columns), tuple(rows), assignments)


def ladder_views(s: Session, council_id: int) -> tuple[LadderView, ...]:
    rows = s.execute(
        select(Membership, Person.name)
        .join(Person, Person.id == Membership.person_id)
        .where(Membership.council_id == council_id)
        .order_by(Person.name, Membership.id)
    ).all()
    ids = [m.id for m, _n in rows]
    history: dict[int, list[LadderChangeView]] = {i: [] for i in ids}
    if ids:
        for c in s.scalars(
            select(LadderStepChange)
            .where(LadderStepChange.membership_id.in_(ids))
            .order_by(LadderStepChange.changed_on, LadderStepChange.id)
        ).all():
            history[c.membership_id].append(LadderChangeView(c.step, c.changed_on, c.note))
    return tuple(
        LadderView(m.id, m.person_id, name, m.ladder_step, tuple(history[m.id]))
        for m, name in rows
        if m.ladder_step is not None or history[m.id]
    )


def vision_view(s: Session, cycle: Cycle) -> VisionView:
    """The vision of a round, with the previous round and its evaluations."""
    language = council_language(s, cycle.council_id)
    previous = s.scalars(
        select(Cycle).where(Cycle.council_id == cycle.council_id, Cycle.number == cycle.number - 1)
    ).first()
    return VisionView(
        cycle=cycle_summary(cycle),
        themes=theme_views(s, cycle.id),
        vote_sessions=vote_session_views(s, cycle.id, language),
        priorities=priority_views(s, cycle.id),
        suggested_themes=suggested_themes(s, cycle.id, language),
        previous_cycle=cycle_summary(previous) if previous else None,
        previous_evaluations=cycle_evaluations(s, previous.id) if previous else (),
    )
