"""The toekomstagenda cycle: rounds, phases, vision, priorities, roles, projects, evaluation."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from buurtdesk.domain.enums import (
    CheckArea,
    CheckVerdict,
    Party,
    PhaseKind,
    ProjectStatus,
)
from buurtdesk.store.models.base import EnumText, Row


class Cycle(Row):
    """One round of the toekomstagenda: vision, roles, plans, execution, evaluation."""

    __tablename__ = "cycles"
    __table_args__ = (UniqueConstraint("council_id", "number"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    started_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, default=None)
    horizon_year: Mapped[int | None] = mapped_column(Integer, default=None)
    current_phase: Mapped[PhaseKind] = mapped_column(EnumText(PhaseKind), default=PhaseKind.VISION)
    vision: Mapped[str] = mapped_column(Text, default="")


class Phase(Row):
    """A phase as the round lives it: when it started and ended."""

    __tablename__ = "phases"
    __table_args__ = (UniqueConstraint("cycle_id", "kind"),)

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"))
    kind: Mapped[PhaseKind] = mapped_column(EnumText(PhaseKind))
    started_on: Mapped[date | None] = mapped_column(Date, default=None)
    ended_on: Mapped[date | None] = mapped_column(Date, default=None)
    summary: Mapped[str] = mapped_column(Text, default="")


class PhaseTransition(Row):
    """Every move between phases, forward by decision or a step back with its reason."""

    __tablename__ = "phase_transitions"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    from_phase: Mapped[PhaseKind | None] = mapped_column(EnumText(PhaseKind), default=None)
    to_phase: Mapped[PhaseKind] = mapped_column(EnumText(PhaseKind))
    moved_on: Mapped[date] = mapped_column(Date)
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decisions.id", ondelete="SET NULL"), default=None
    )
    note: Mapped[str] = mapped_column(Text, default="")


class Theme(Row):
    __tablename__ = "themes"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Wish(Row):
    """A wish or problem under a theme, in the residents' own words."""

    __tablename__ = "wishes"

    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    raised_by: Mapped[str] = mapped_column(String(200), default="")
    # Carried from an earlier round (a learning point or an unfinished project).
    carried_from_cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycles.id", ondelete="SET NULL"), default=None
    )


class VoteSession(Row):
    """A dot-voting session: each participant spreads N dots over wishes."""

    __tablename__ = "vote_sessions"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    title: Mapped[str] = mapped_column(String(300), default="")
    held_on: Mapped[date] = mapped_column(Date)
    dots_per_participant: Mapped[int] = mapped_column(Integer, default=3)
    participants: Mapped[int] = mapped_column(Integer, default=0)


class PriorityVote(Row):
    """Dots on a wish: a tally typed in from paper, or one participant's dots on screen."""

    __tablename__ = "priority_votes"
    __table_args__ = (Index("ix_priority_votes_session", "session_id"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("vote_sessions.id", ondelete="CASCADE"))
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))
    dots: Mapped[int] = mapped_column(Integer)
    participant: Mapped[str] = mapped_column(String(200), default="")


class Priority(Row):
    """A top priority the round keeps, in rank order.

    The rank is a place in a list, not an identity: two laptops may each keep priorities,
    and a package matches them by UUID only, so the rank is not unique."""

    __tablename__ = "priorities"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer)
    dots: Mapped[int] = mapped_column(Integer, default=0)
    tie_note: Mapped[str] = mapped_column(Text, default="")


class PriorityCommitment(Row):
    """What one party commits to do about a priority."""

    __tablename__ = "priority_commitments"

    priority_id: Mapped[int] = mapped_column(
        ForeignKey("priorities.id", ondelete="CASCADE"), index=True
    )
    party: Mapped[Party] = mapped_column(EnumText(Party))
    commitment: Mapped[str] = mapped_column(Text)


class RoleAssignment(Row):
    """Who takes part in what, and how: a cell of the roles matrix."""

    __tablename__ = "role_assignments"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), default=None
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), default=None
    )
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="CASCADE"), default=None
    )
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), default=None
    )
    role: Mapped[str] = mapped_column(String(200))


class Project(Row):
    __tablename__ = "projects"
    __table_args__ = (Index("ix_projects_council", "council_id"),)

    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id", ondelete="CASCADE"))
    cycle_id: Mapped[int | None] = mapped_column(
        ForeignKey("cycles.id", ondelete="SET NULL"), default=None
    )
    theme_id: Mapped[int | None] = mapped_column(
        ForeignKey("themes.id", ondelete="SET NULL"), default=None
    )
    name: Mapped[str] = mapped_column(String(300))
    goal: Mapped[str] = mapped_column(Text, default="")
    plan: Mapped[str] = mapped_column(Text, default="")
    lead_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), default=None
    )
    status: Mapped[ProjectStatus] = mapped_column(
        EnumText(ProjectStatus), default=ProjectStatus.IDEA
    )
    budget_ask_cents: Mapped[int] = mapped_column(Integer, default=0)
    starts_on: Mapped[date | None] = mapped_column(Date, default=None)
    ends_on: Mapped[date | None] = mapped_column(Date, default=None)


class ProjectPartner(Row):
    __tablename__ = "project_partners"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), default=None
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), default=None
    )
    contribution: Mapped[str] = mapped_column(Text, default="")


class FrameworkCheck(Row):
    """The check of a project against one of the municipality's frameworks."""

    __tablename__ = "framework_checks"
    __table_args__ = (UniqueConstraint("project_id", "area"),)

    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    area: Mapped[CheckArea] = mapped_column(EnumText(CheckArea))
    verdict: Mapped[CheckVerdict] = mapped_column(EnumText(CheckVerdict))
    note: Mapped[str] = mapped_column(Text, default="")
    checked_by: Mapped[str] = mapped_column(String(200), default="")
    checked_on: Mapped[date | None] = mapped_column(Date, default=None)


class FrameworkCheckChange(Row):
    """What a framework check said before it was changed, by whom and when: its history."""

    __tablename__ = "framework_check_changes"

    check_id: Mapped[int] = mapped_column(
        ForeignKey("framework_checks.id", ondelete="CASCADE"), index=True
    )
    verdict_before: Mapped[CheckVerdict | None] = mapped_column(
        EnumText(CheckVerdict), default=None
    )
    note_before: Mapped[str] = mapped_column(Text, default="")
    checked_by_before: Mapped[str] = mapped_column(String(200), default="")
    checked_on_before: Mapped[date | None] = mapped_column(Date, default=None)
    verdict_after: Mapped[CheckVerdict | None] = mapped_column(EnumText(CheckVerdict), default=None)
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    changed_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class Milestone(Row):
    __tablename__ = "milestones"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(500))
    due_on: Mapped[date | None] = mapped_column(Date, default=None)
    done_on: Mapped[date | None] = mapped_column(Date, default=None)


class ProjectNote(Row):
    """A line of progress on a project, often from a core-group meeting."""

    __tablename__ = "project_notes"

    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), default=None
    )
    written_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text)


class Evaluation(Row):
    """Evaluation of a project (project_id set) or of the whole round (project_id empty)."""

    __tablename__ = "evaluations"

    cycle_id: Mapped[int] = mapped_column(ForeignKey("cycles.id", ondelete="CASCADE"), index=True)
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), default=None
    )
    result: Mapped[str] = mapped_column(Text, default="")
    success_factors: Mapped[str] = mapped_column(Text, default="")
    learning_points: Mapped[str] = mapped_column(Text, default="")
    continues: Mapped[str] = mapped_column(Text, default="")
    evaluated_on: Mapped[date | None] = mapped_column(Date, default=None)
