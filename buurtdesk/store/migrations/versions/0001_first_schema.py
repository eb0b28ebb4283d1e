"""first schema: councils, meetings, actions, toekomstagenda, buurtbudget

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from alembic import op
import sqlalchemy as sa


revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "councils",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("municipality", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=32), nullable=False),
        sa.Column("logo_path", sa.String(length=1000), nullable=True),
        sa.Column("default_place", sa.String(length=300), nullable=False),
        sa.Column("role_view", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_councils")),
        sa.UniqueConstraint("uuid", name=op.f("uq_councils_uuid")),
    )
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_organisations_uuid")),
    )
    op.create_table(
        "budgets",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_budgets_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budgets")),
        sa.UniqueConstraint("council_id", "year", name=op.f("uq_budgets_council_id_year")),
        sa.UniqueConstraint("uuid", name=op.f("uq_budgets_uuid")),
    )
    op.create_table(
        "cycles",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("horizon_year", sa.Integer(), nullable=True),
        sa.Column("current_phase", sa.String(length=32), nullable=False),
        sa.Column("vision", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_cycles_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cycles")),
        sa.UniqueConstraint("council_id", "number", name=op.f("uq_cycles_council_id_number")),
        sa.UniqueConstraint("uuid", name=op.f("uq_cycles_uuid")),
    )
    op.create_table(
        "people",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.Column("forgotten", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_people_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_people")),
        sa.UniqueConstraint("uuid", name=op.f("uq_people_uuid")),
    )
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_people_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_people_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "funding_sources",
        sa.Column("budget_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=False),
        sa.Column("carry_over_allowed", sa.Boolean(), nullable=False),
        sa.Column("carried_from_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_id"],
            ["budgets.id"],
            name=op.f("fk_funding_sources_budget_id_budgets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["funding_sources.id"],
            name=op.f("fk_funding_sources_carried_from_id_funding_sources"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_funding_sources")),
        sa.UniqueConstraint("uuid", name=op.f("uq_funding_sources_uuid")),
    )
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_funding_sources_budget_id"), ["budget_id"], unique=False
        )

    op.create_table(
        "meetings",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("minutes_state", sa.String(length=32), nullable=True),
        sa.Column("minutes_sent_on", sa.Date(), nullable=True),
        sa.Column("minutes_adopted_on", sa.Date(), nullable=True),
        sa.Column("minutes_adopted_in_id", sa.Integer(), nullable=True),
        sa.Column("minutes_amendments", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_meetings_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_meetings_cycle_id_cycles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["minutes_adopted_in_id"],
            ["meetings.id"],
            name=op.f("fk_meetings_minutes_adopted_in_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_meetings_uuid")),
    )
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.create_index("ix_meetings_council_date", ["council_id", "date"], unique=False)

    op.create_table(
        "memberships",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("ladder_step", sa.String(length=32), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_memberships_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_memberships_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint(
            "council_id", "person_id", "role", name=op.f("uq_memberships_council_id_person_id_role")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_memberships_uuid")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_person_id"), ["person_id"], unique=False)

    op.create_table(
        "phases",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycles.id"], name=op.f("fk_phases_cycle_id_cycles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phases")),
        sa.UniqueConstraint("cycle_id", "kind", name=op.f("uq_phases_cycle_id_kind")),
        sa.UniqueConstraint("uuid", name=op.f("uq_phases_uuid")),
    )
    op.create_table(
        "themes",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"], ["cycles.id"], name=op.f("fk_themes_cycle_id_cycles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_themes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_themes_uuid")),
    )
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_themes_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("guest_name", sa.String(length=200), nullable=False),
        sa.Column("guest_organisation", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_attendance_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "meeting_id", "person_id", name=op.f("uq_attendance_meeting_id_person_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_attendance_uuid")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_person", ["person_id"], unique=False)

    op.create_table(
        "ladder_step_changes",
        sa.Column("membership_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=32), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["membership_id"],
            ["memberships.id"],
            name=op.f("fk_ladder_step_changes_membership_id_memberships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ladder_step_changes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_ladder_step_changes_uuid")),
    )
    with op.batch_alter_table("ladder_step_changes", schema=None) as batch_op:
        batch_op.create_index("ix_ladder_membership", ["membership_id"], unique=False)

    op.create_table(
        "projects",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("cycle_id", sa.Integer(), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("goal", sa.Text(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("lead_person_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("budget_ask_cents", sa.Integer(), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_projects_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_projects_cycle_id_cycles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["lead_person_id"],
            ["people.id"],
            name=op.f("fk_projects_lead_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_projects_theme_id_themes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
        sa.UniqueConstraint("uuid", name=op.f("uq_projects_uuid")),
    )
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.create_index("ix_projects_council", ["council_id"], unique=False)

    op.create_table(
        "vote_sessions",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("dots_per_participant", sa.Integer(), nullable=False),
        sa.Column("participants", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_vote_sessions_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_vote_sessions_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_vote_sessions_uuid")),
    )
    with op.batch_alter_table("vote_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_sessions_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "wishes",
        sa.Column("theme_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("raised_by", sa.String(length=200), nullable=False),
        sa.Column("carried_from_cycle_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_cycle_id"],
            ["cycles.id"],
            name=op.f("fk_wishes_carried_from_cycle_id_cycles"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"], ["themes.id"], name=op.f("fk_wishes_theme_id_themes"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wishes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_wishes_uuid")),
    )
    with op.batch_alter_table("wishes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_wishes_theme_id"), ["theme_id"], unique=False)

    op.create_table(
        "agenda_items",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_private", sa.Boolean(), nullable=False),
        sa.Column("phase", sa.String(length=32), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("spent_seconds", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_agenda_items_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_agenda_items_theme_id_themes"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_items_uuid")),
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agenda_items_meeting_position", ["meeting_id", "position"], unique=False
        )

    op.create_table(
        "evaluations",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("success_factors", sa.Text(), nullable=False),
        sa.Column("learning_points", sa.Text(), nullable=False),
        sa.Column("continues", sa.Text(), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_evaluations_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_evaluations_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_evaluations_uuid")),
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluations_cycle_id"), ["cycle_id"], unique=False)

    op.create_table(
        "framework_checks",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=32), nullable=False),
        sa.Column("verdict", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("checked_by", sa.String(length=200), nullable=False),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_framework_checks_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_framework_checks")),
        sa.UniqueConstraint("project_id", "area", name=op.f("uq_framework_checks_project_id_area")),
        sa.UniqueConstraint("uuid", name=op.f("uq_framework_checks_uuid")),
    )
    op.create_table(
        "milestones",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_milestones_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_milestones")),
        sa.UniqueConstraint("uuid", name=op.f("uq_milestones_uuid")),
    )
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_milestones_project_id"), ["project_id"], unique=False)

    op.create_table(
        "priorities",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("wish_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("tie_note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_priorities_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wish_id"],
            ["wishes.id"],
            name=op.f("fk_priorities_wish_id_wishes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priorities")),
        sa.UniqueConstraint("cycle_id", "rank", name=op.f("uq_priorities_cycle_id_rank")),
        sa.UniqueConstraint("uuid", name=op.f("uq_priorities_uuid")),
    )
    op.create_table(
        "priority_votes",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("wish_id", sa.Integer(), nullable=False),
        sa.Column("dots", sa.Integer(), nullable=False),
        sa.Column("participant", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["vote_sessions.id"],
            name=op.f("fk_priority_votes_session_id_vote_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["wish_id"],
            ["wishes.id"],
            name=op.f("fk_priority_votes_wish_id_wishes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_votes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_priority_votes_uuid")),
    )
    with op.batch_alter_table("priority_votes", schema=None) as batch_op:
        batch_op.create_index("ix_priority_votes_session", ["session_id"], unique=False)

    op.create_table(
        "project_notes",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_project_notes_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_notes_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_notes")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_notes_uuid")),
    )
    with op.batch_alter_table("project_notes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_notes_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "project_partners",
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("contribution", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_project_partners_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_project_partners_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_project_partners_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project_partners")),
        sa.UniqueConstraint("uuid", name=op.f("uq_project_partners_uuid")),
    )
    with op.batch_alter_table("project_partners", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_project_partners_project_id"), ["project_id"], unique=False
        )

    op.create_table(
        "role_assignments",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_role_assignments_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_role_assignments_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_role_assignments_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_role_assignments_project_id_projects"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_id"],
            ["themes.id"],
            name=op.f("fk_role_assignments_theme_id_themes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_assignments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_role_assignments_uuid")),
    )
    with op.batch_alter_table("role_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_role_assignments_cycle_id"), ["cycle_id"], unique=False
        )

    op.create_table(
        "action_points",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("owner_person_id", sa.Integer(), nullable=True),
        sa.Column("owner_organisation_id", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("origin_meeting_id", sa.Integer(), nullable=True),
        sa.Column("origin_item_id", sa.Integer(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_action_points_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["origin_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_action_points_origin_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["origin_meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_points_origin_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_organisation_id"],
            ["organisations.id"],
            name=op.f("fk_action_points_owner_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["owner_person_id"],
            ["people.id"],
            name=op.f("fk_action_points_owner_person_id_people"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_action_points_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_points")),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_points_uuid")),
    )
    with op.batch_alter_table("action_points", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_points_council_status", ["council_id", "status"], unique=False
        )
        batch_op.create_index("ix_action_points_origin", ["origin_meeting_id"], unique=False)
        batch_op.create_index("ix_action_points_owner", ["owner_person_id"], unique=False)
        batch_op.create_index("ix_action_points_project", ["project_id"], unique=False)

    op.create_table(
        "decisions",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=False),
        sa.Column("votes_for", sa.Integer(), nullable=True),
        sa.Column("votes_against", sa.Integer(), nullable=True),
        sa.Column("votes_abstain", sa.Integer(), nullable=True),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_items.id"],
            name=op.f("fk_decisions_agenda_item_id_agenda_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_decisions_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_decisions_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
        sa.UniqueConstraint(
            "council_id", "year", "sequence", name=op.f("uq_decisions_council_id_year_sequence")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_decisions_uuid")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index("ix_decisions_meeting", ["meeting_id"], unique=False)

    op.create_table(
        "priority_commitments",
        sa.Column("priority_id", sa.Integer(), nullable=False),
        sa.Column("party", sa.String(length=32), nullable=False),
        sa.Column("commitment", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["priority_id"],
            ["priorities.id"],
            name=op.f("fk_priority_commitments_priority_id_priorities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority_commitments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_priority_commitments_uuid")),
    )
    with op.batch_alter_table("priority_commitments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_priority_commitments_priority_id"), ["priority_id"], unique=False
        )

    op.create_table(
        "action_progress",
        sa.Column("action_point_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status_after", sa.String(length=32), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_point_id"],
            ["action_points.id"],
            name=op.f("fk_action_progress_action_point_id_action_points"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_action_progress_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_progress")),
        sa.UniqueConstraint(
            "action_point_id",
            "meeting_id",
            name=op.f("uq_action_progress_action_point_id_meeting_id"),
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_action_progress_uuid")),
    )
    with op.batch_alter_table("action_progress", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_progress_meeting_id"), ["meeting_id"], unique=False
        )

    op.create_table(
        "allocations",
        sa.Column("budget_id", sa.Integer(), nullable=False),
        sa.Column("funding_source_id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("allocated_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reverses_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["budget_id"],
            ["budgets.id"],
            name=op.f("fk_allocations_budget_id_budgets"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_allocations_decision_id_decisions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["funding_source_id"],
            ["funding_sources.id"],
            name=op.f("fk_allocations_funding_source_id_funding_sources"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["projects.id"],
            name=op.f("fk_allocations_project_id_projects"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["reverses_id"],
            ["allocations.id"],
            name=op.f("fk_allocations_reverses_id_allocations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_allocations")),
        sa.UniqueConstraint("uuid", name=op.f("uq_allocations_uuid")),
    )
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_allocations_budget_id"), ["budget_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_allocations_funding_source_id"), ["funding_source_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_allocations_project_id"), ["project_id"], unique=False)

    op.create_table(
        "phase_transitions",
        sa.Column("cycle_id", sa.Integer(), nullable=False),
        sa.Column("from_phase", sa.String(length=32), nullable=True),
        sa.Column("to_phase", sa.String(length=32), nullable=False),
        sa.Column("moved_on", sa.Date(), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["cycles.id"],
            name=op.f("fk_phase_transitions_cycle_id_cycles"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_phase_transitions_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phase_transitions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_phase_transitions_uuid")),
    )
    with op.batch_alter_table("phase_transitions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_phase_transitions_cycle_id"), ["cycle_id"], unique=False
        )

    op.create_table(
        "expenses",
        sa.Column("allocation_id", sa.Integer(), nullable=False),
        sa.Column("spent_on", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("amount_cents", sa.BigInteger(), nullable=False),
        sa.Column("receipt_ref", sa.String(length=200), nullable=False),
        sa.Column("paid_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["allocation_id"],
            ["allocations.id"],
            name=op.f("fk_expenses_allocation_id_allocations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expenses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_expenses_uuid")),
    )
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_expenses_allocation_id"), ["allocation_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("expenses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_expenses_allocation_id"))

    op.drop_table("expenses")
    with op.batch_alter_table("phase_transitions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_phase_transitions_cycle_id"))

    op.drop_table("phase_transitions")
    with op.batch_alter_table("allocations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_allocations_project_id"))
        batch_op.drop_index(batch_op.f("ix_allocations_funding_source_id"))
        batch_op.drop_index(batch_op.f("ix_allocations_budget_id"))

    op.drop_table("allocations")
    with op.batch_alter_table("action_progress", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_progress_meeting_id"))

    op.drop_table("action_progress")
    with op.batch_alter_table("priority_commitments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_priority_commitments_priority_id"))

    op.drop_table("priority_commitments")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index("ix_decisions_meeting")

    op.drop_table("decisions")
    with op.batch_alter_table("action_points", schema=None) as batch_op:
        batch_op.drop_index("ix_action_points_project")
        batch_op.drop_index("ix_action_points_owner")
        batch_op.drop_index("ix_action_points_origin")
        batch_op.drop_index("ix_action_points_council_status")

    op.drop_table("action_points")
    with op.batch_alter_table("role_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_role_assignments_cycle_id"))

    op.drop_table("role_assignments")
    with op.batch_alter_table("project_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_partners_project_id"))

    op.drop_table("project_partners")
    with op.batch_alter_table("project_notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_notes_project_id"))

    op.drop_table("project_notes")
    with op.batch_alter_table("priority_votes", schema=None) as batch_op:
        batch_op.drop_index("ix_priority_votes_session")

    op.drop_table("priority_votes")
    op.drop_table("priorities")
    with op.batch_alter_table("milestones", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_milestones_project_id"))

    op.drop_table("milestones")
    op.drop_table("framework_checks")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluations_cycle_id"))

    op.drop_table("evaluations")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index("ix_agenda_items_meeting_position")

    op.drop_table("agenda_items")
    with op.batch_alter_table("wishes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wishes_theme_id"))

    op.drop_table("wishes")
    with op.batch_alter_table("vote_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_vote_sessions_cycle_id"))

    op.drop_table("vote_sessions")
    with op.batch_alter_table("projects", schema=None) as batch_op:
        batch_op.drop_index("ix_projects_council")

    op.drop_table("projects")
    with op.batch_alter_table("ladder_step_changes", schema=None) as batch_op:
        batch_op.drop_index("ix_ladder_membership")

    op.drop_table("ladder_step_changes")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_person")

    op.drop_table("attendance")
    with op.batch_alter_table("themes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_themes_cycle_id"))

    op.drop_table("themes")
    op.drop_table("phases")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_person_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.drop_index("ix_meetings_council_date")

    op.drop_table("meetings")
    with op.batch_alter_table("funding_sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_funding_sources_budget_id"))

    op.drop_table("funding_sources")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_people_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_people_name"))

    op.drop_table("people")
    op.drop_table("cycles")
    op.drop_table("budgets")
    op.drop_table("organisations")
    op.drop_table("councils")
