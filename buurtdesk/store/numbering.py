"""Decision numbers (2026-014): the one place that gives them.

A number is taken by one statement on the council-year's counter row (insert or update,
returning the new number). The row stays locked until the transaction that records the
decision ends, so concurrent writers wait for each other instead of clashing: numbers are
unique and without gaps on SQLite and on PostgreSQL, and nobody is refused. A counter that
lags behind the register (decisions that came in by a package) catches up on the next take.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

_REGISTER_NEXT = (
    "(SELECT COALESCE(MAX(d.sequence), 0) + 1 FROM decisions d"
    " WHERE d.council_id = :council AND d.year = :year)"
)

_TAKE = text(
    "INSERT INTO decision_counters (council_id, year, last_sequence) "
    f"VALUES (:council, :year, {_REGISTER_NEXT}) "
    "ON CONFLICT (council_id, year) DO UPDATE SET last_sequence = CASE "
    "WHEN decision_counters.last_sequence + 1 > excluded.last_sequence "
    "THEN decision_counters.last_sequence + 1 ELSE excluded.last_sequence END "
    "RETURNING last_sequence"
)

_CLAIM = text(
    "INSERT INTO decision_counters (council_id, year, last_sequence) "
    "VALUES (:council, :year, :sequence) "
    "ON CONFLICT (council_id, year) DO UPDATE SET last_sequence = CASE "
    "WHEN decision_counters.last_sequence > excluded.last_sequence "
    "THEN decision_counters.last_sequence ELSE excluded.last_sequence END"
)

_PEEK = text(
    "SELECT COALESCE(MAX(n), 0) + 1 FROM ("
    " SELECT last_sequence AS n FROM decision_counters WHERE council_id = :council AND year = :year"
    " UNION ALL SELECT MAX(sequence) AS n FROM decisions WHERE council_id = :council AND year = :year"
    ") AS known"
)


def take_decision_number(s: Session, council_id: int, year: int) -> int:
    """The next sequence of the council's year, taken for this transaction."""
    return int(s.execute(_TAKE, {"council": council_id, "year": year}).scalar_one())


def claim_decision_number(s: Session, council_id: int, year: int, sequence: int) -> None:
    """A number given by hand (or by a package): the counter never hands it out again."""
    s.execute(_CLAIM, {"council": council_id, "year": year, "sequence": sequence})


def peek_decision_number(s: Session, council_id: int, year: int) -> int:
    """The number the next decision would get now (for showing; taking is take_…)."""
    return int(s.execute(_PEEK, {"council": council_id, "year": year}).scalar_one())


def release_decision_number(s: Session, council_id: int, year: int, sequence: int) -> None:
    """A deleted decision (an undone capture) that had the last number gives it back."""
    s.execute(
        text(
            "UPDATE decision_counters SET last_sequence = last_sequence - 1"
            " WHERE council_id = :council AND year = :year AND last_sequence = :sequence"
        ),
        {"council": council_id, "year": year, "sequence": sequence},
    )
