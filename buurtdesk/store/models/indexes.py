"""Every foreign key has an index: a council's rows are found, joined and (when a council is
removed) deleted by their keys without reading whole tables. PostgreSQL does not make these by
itself; without them a cascade over 35 councils × 20 years reads a table once per row."""

from __future__ import annotations

from sqlalchemy import Index, MetaData, PrimaryKeyConstraint, UniqueConstraint


def index_every_foreign_key(metadata: MetaData) -> None:
    """Add `ix_<table>_<column>` to each foreign-key column that no index or unique constraint
    leads with yet (migration 0010 made them in every database made before)."""
    for table in metadata.sorted_tables:
        leading = {index.columns[0].name for index in table.indexes if index.columns}
        leading |= {
            constraint.columns[0].name
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint | PrimaryKeyConstraint)
            and len(constraint.columns) > 0
        }
        for key in sorted(table.foreign_keys, key=lambda k: k.parent.name):
            column = key.parent
            if column.name not in leading:
                Index(f"ix_{table.name}_{column.name}", column, info={"every_foreign_key": True})
                leading.add(column.name)
