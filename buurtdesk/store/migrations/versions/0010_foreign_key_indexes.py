"""an index on every foreign key

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

PostgreSQL makes no index for a foreign key by itself, and 31 of BuurtDesk's had none: a
cascade (removing a council, replacing the demo on a server) then read a whole table for each
deleted row, minutes at municipality scale. Adds `ix_<table>_<column>` for each of them, on
SQLite and PostgreSQL alike. No row changes.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KEYS = [
    ("council_access", "council_id"),
    ("fund_contributions", "organisation_id"),
    ("funding_sources", "carried_from_id"),
    ("meetings", "chair_person_id"),
    ("meetings", "cycle_id"),
    ("meetings", "minute_taker_person_id"),
    ("meetings", "minutes_adopted_in_id"),
    ("meetings", "next_meeting_id"),
    ("projects", "cycle_id"),
    ("projects", "lead_person_id"),
    ("projects", "theme_id"),
    ("vote_sessions", "meeting_id"),
    ("wishes", "carried_from_cycle_id"),
    ("agenda_items", "project_id"),
    ("agenda_items", "theme_id"),
    ("evaluations", "project_id"),
    ("priorities", "wish_id"),
    ("priority_votes", "wish_id"),
    ("project_notes", "meeting_id"),
    ("project_partners", "organisation_id"),
    ("project_partners", "person_id"),
    ("role_assignments", "organisation_id"),
    ("role_assignments", "person_id"),
    ("role_assignments", "project_id"),
    ("role_assignments", "theme_id"),
    ("action_points", "origin_item_id"),
    ("action_points", "owner_organisation_id"),
    ("decisions", "agenda_item_id"),
    ("allocations", "decision_id"),
    ("allocations", "reverses_id"),
    ("phase_transitions", "decision_id"),
]


def upgrade() -> None:
    for table, column in KEYS:
        op.create_index(f"ix_{table}_{column}", table, [column])


def downgrade() -> None:
    for table, column in reversed(KEYS):
        op.drop_index(f"ix_{table}_{column}", table_name=table)
