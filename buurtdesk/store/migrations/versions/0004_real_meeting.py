"""the real meeting: attendance states, roles, guests, the council's agenda template, sub-items, breaks, besloten, the honest close

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05

Every existing row keeps its meaning: an "absent" stays absent, the old role "professional"
becomes "adviser" (the new list has no separate professional), a closed meeting's next meeting
is the one that followed it (what the minutes said before), and every council gets the standing
agenda it had (the fixed list) as its own template. Columns are added in place (no table is
rebuilt), so the search index triggers and the rows referring to meetings stay untouched.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_STANDING = (
    ("opening", "Opening", "Opening", 5),
    ("agenda", "Vaststellen agenda", "Adoption of the agenda", 5),
    ("previous_minutes", "Verslag vorige vergadering", "Minutes of the previous meeting", 10),
    ("action_list", "Actielijst", "Action list", 15),
    ("announcements", "Mededelingen", "Announcements", 10),
    ("any_other_business", "Rondvraag", "Any other business", 10),
    ("closing", "Sluiting", "Closing", 5),
)

_REFERENCES = (
    ("chair_person_id", "people", "fk_meetings_chair_person_id_people"),
    ("minute_taker_person_id", "people", "fk_meetings_minute_taker_person_id_people"),
    ("next_meeting_id", "meetings", "fk_meetings_next_meeting_id_meetings"),
)


def _add_references() -> None:
    """The three new references of a meeting, with the names and actions the models give them.

    SQLite cannot add a named foreign key to an existing table, and rebuilding `meetings` would
    (with foreign keys on) cascade its deletion into every agenda item. The columns are added in
    place and their constraints written into the table's definition: the rows on disk do not
    change and the new columns are all empty, so nothing can break the constraint.
    """
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        for column, target, name in _REFERENCES:
            op.add_column("meetings", sa.Column(column, sa.Integer(), nullable=True))
            op.create_foreign_key(name, "meetings", target, [column], ["id"], ondelete="SET NULL")
        return
    for column, _target, _name in _REFERENCES:
        op.add_column("meetings", sa.Column(column, sa.Integer(), nullable=True))
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'meetings'"
    ).scalar_one()
    body = sql.rstrip()
    assert body.endswith(")")
    constraints = "".join(
        f", CONSTRAINT {name} FOREIGN KEY({column}) REFERENCES {target} (id) ON DELETE SET NULL"
        for column, target, name in _REFERENCES
    )
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'meetings'",
        (body[:-1] + constraints + ")",),
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    false = sa.false()
    op.add_column(
        "meetings", sa.Column("closed_session", sa.Boolean(), nullable=False, server_default=false)
    )
    op.add_column("meetings", sa.Column("opened_at", sa.Time(), nullable=True))
    op.add_column("meetings", sa.Column("closed_at", sa.Time(), nullable=True))
    _add_references()
    op.add_column(
        "agenda_items", sa.Column("level", sa.Integer(), nullable=False, server_default="0")
    )
    op.add_column(
        "attendance",
        sa.Column("guest_function", sa.String(length=200), nullable=False, server_default=""),
    )
    op.add_column(
        "decisions", sa.Column("confidential", sa.Boolean(), nullable=False, server_default=false)
    )
    op.create_table(
        "agenda_template_items",
        sa.Column("council_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("planned_minutes", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["council_id"],
            ["councils.id"],
            name=op.f("fk_agenda_template_items_council_id_councils"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_template_items")),
        sa.UniqueConstraint("uuid", name=op.f("uq_agenda_template_items_uuid")),
    )
    op.create_index(
        "ix_agenda_template_items_council",
        "agenda_template_items",
        ["council_id", "position"],
        unique=False,
    )
    _move_data()


def _move_data() -> None:
    bind = op.get_bind()
    # The old "professional" is an adviser now; where someone held both, one row is enough.
    bind.execute(
        sa.text(
            "DELETE FROM memberships WHERE role = 'professional' AND EXISTS ("
            "SELECT 1 FROM memberships m2 WHERE m2.council_id = memberships.council_id "
            "AND m2.person_id = memberships.person_id AND m2.role = 'adviser')"
        )
    )
    bind.execute(sa.text("UPDATE memberships SET role = 'adviser' WHERE role = 'professional'"))
    # A closed meeting's minutes named the meeting that followed it: that stays the next one.
    closed = bind.execute(
        sa.text("SELECT id, council_id, date FROM meetings WHERE status = 'closed'")
    ).all()
    for meeting_id, council_id, on in closed:
        following = bind.execute(
            sa.text(
                "SELECT id FROM meetings WHERE council_id = :c AND date > :d "
                "ORDER BY date, id LIMIT 1"
            ),
            {"c": council_id, "d": on},
        ).scalar()
        if following is not None:
            bind.execute(
                sa.text("UPDATE meetings SET next_meeting_id = :n WHERE id = :m"),
                {"n": following, "m": meeting_id},
            )
    # Every council keeps the standing agenda it had, now as its own template.
    now = datetime.now(UTC).replace(tzinfo=None)
    template = sa.table(
        "agenda_template_items",
        sa.column("council_id", sa.Integer()),
        sa.column("position", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("title", sa.String()),
        sa.column("planned_minutes", sa.Integer()),
        sa.column("level", sa.Integer()),
        sa.column("uuid", sa.String()),
        sa.column("created_at", sa.DateTime()),
        sa.column("updated_at", sa.DateTime()),
        sa.column("version", sa.Integer()),
    )
    rows = []
    for council_id, language in bind.execute(sa.text("SELECT id, language FROM councils")).all():
        for position, (kind, dutch, english, minutes) in enumerate(_STANDING, start=1):
            rows.append(
                {
                    "council_id": council_id,
                    "position": position,
                    "kind": kind,
                    "title": english if language == "en" else dutch,
                    "planned_minutes": minutes,
                    "level": 0,
                    "uuid": str(uuid.uuid4()),
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
    if rows:
        op.bulk_insert(template, rows)


def downgrade() -> None:
    bind = op.get_bind()
    bind.execute(sa.text("UPDATE attendance SET status = 'absent' WHERE status = 'unknown'"))
    bind.execute(sa.text("UPDATE agenda_items SET kind = 'topic' WHERE kind = 'break'"))
    bind.execute(
        sa.text(
            "DELETE FROM memberships WHERE role IN ('vice_chair', 'minute_taker') AND EXISTS ("
            "SELECT 1 FROM memberships m2 WHERE m2.council_id = memberships.council_id "
            "AND m2.person_id = memberships.person_id AND m2.role = 'member')"
        )
    )
    bind.execute(
        sa.text(
            "UPDATE memberships SET role = 'member' WHERE role IN ('vice_chair', 'minute_taker')"
        )
    )
    op.drop_index("ix_agenda_template_items_council", table_name="agenda_template_items")
    op.drop_table("agenda_template_items")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_column("confidential")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_column("guest_function")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_column("level")
    with op.batch_alter_table("meetings", schema=None) as batch_op:
        for column, _target, name in _REFERENCES:
            batch_op.drop_constraint(name, type_="foreignkey")
            batch_op.drop_column(column)
        for column in ("closed_at", "opened_at", "closed_session"):
            batch_op.drop_column(column)
