"""Each council its own data on a shared PostgreSQL server: row-level security.

The server's administrator (the owner of the tables, who runs the migrations) sees
everything. Every other server user sees only the councils listed for them in
`council_access` (a row without council: a municipal user, every council), and with them
every row that belongs to such a council: its meetings, their agenda items and attendance,
decisions, action points, the toekomstagenda, projects and the budget. A person is seen
through the council that registered them and through every council they belong to or took
part in. PostgreSQL itself keeps the other rows out of every query, whatever program asks.

`protect_tables` is idempotent: revision 0007 runs it, and store.migrate runs it again after
every later upgrade, so a table a later revision adds is covered as soon as it exists (a
table that reaches no council, such as a municipality's pooled funds, stays shared).
SQLite (one file per laptop) has no users: nothing to do there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.engine import Connection

SEES_COUNCIL = "buurtdesk_sees_council"
POLICY = "buurtdesk_council_rows"

# Tables without council data, or with their own rule.
UNPROTECTED = frozenset({"alembic_version", "organisations", "exchange_known_versions"})
READ_ONLY_FOR_USERS = frozenset({"alembic_version", "council_access"})

# Where a person is seen: their registering council, and every link to a visible council.
PEOPLE_RULE = (
    f"{SEES_COUNCIL}(council_id)"
    " OR id IN (SELECT person_id FROM memberships)"
    " OR id IN (SELECT person_id FROM attendance WHERE person_id IS NOT NULL)"
    " OR id IN (SELECT owner_person_id FROM action_points WHERE owner_person_id IS NOT NULL)"
    " OR id IN (SELECT person_id FROM role_assignments WHERE person_id IS NOT NULL)"
    " OR id IN (SELECT person_id FROM project_partners WHERE person_id IS NOT NULL)"
    " OR id IN (SELECT lead_person_id FROM projects WHERE lead_person_id IS NOT NULL)"
)

FUNCTION = f"""
CREATE OR REPLACE FUNCTION {SEES_COUNCIL}(council integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM council_access a
        WHERE a.role_name = current_user AND (a.council_id IS NULL OR a.council_id = council)
    )
$$
"""


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


def rules(conn: Connection) -> dict[str, str]:
    """The visibility rule of every table with council data, parents before children."""
    inspector = inspect(conn)
    tables = [
        t
        for t in inspector.get_table_names()
        if t not in UNPROTECTED and not t.startswith("search_")
    ]
    columns = {t: {c["name"]: c for c in inspector.get_columns(t)} for t in tables}
    foreign = {t: inspector.get_foreign_keys(t) for t in tables}
    found: dict[str, str] = {"councils": f"{SEES_COUNCIL}(id)"}
    found["council_access"] = "role_name = current_user"
    if "people" in tables:
        found["people"] = PEOPLE_RULE
    if "exchange_log" in tables:  # which packages a council wrote or read
        found["exchange_log"] = "council_uuid IN (SELECT uuid FROM councils)"
    progress = True
    while progress:
        progress = False
        for table in tables:
            if table in found:
                continue
            rule = _rule_for(table, columns[table], foreign[table], found)
            if rule is not None:
                found[table] = rule
                progress = True
    return found


def _rule_for(
    table: str, columns: dict[str, Any], foreign: list[Any], found: dict[str, str]
) -> str | None:
    by_parent = []
    for fk in foreign:
        if len(fk["constrained_columns"]) != 1 or fk["referred_table"] in ("people",):
            continue
        column = fk["constrained_columns"][0]
        parent = fk["referred_table"]
        if parent == "councils":
            if column == "council_id":
                return f"{SEES_COUNCIL}(council_id)"
            continue
        if parent in found and parent != "council_access":
            by_parent.append((columns[column]["nullable"], column, parent))
    required = [entry for entry in by_parent if not entry[0]]
    if required:
        _nullable, column, parent = sorted(required, key=lambda e: e[1])[0]
        return f"{column} IN (SELECT id FROM {parent})"
    return None


def protect_tables(conn: Connection) -> list[str]:
    """Switch row-level security on for every table with council data; return their names."""
    if not is_postgres(conn):
        return []
    conn.exec_driver_sql(FUNCTION)
    protected = []
    for table, rule in rules(conn).items():
        name = _quote(conn, table)
        conn.exec_driver_sql(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(f"DROP POLICY IF EXISTS {POLICY} ON {name}")
        conn.exec_driver_sql(f"CREATE POLICY {POLICY} ON {name} USING ({rule}) WITH CHECK ({rule})")
        protected.append(table)
    for role in conn.exec_driver_sql("SELECT DISTINCT role_name FROM council_access").scalars():
        grant_tables(conn, str(role))
    return protected


def grant_tables(conn: Connection, role: str) -> None:
    """The table rights a server user needs; the rows they see are the policies' business."""
    who = _quote(conn, role)
    names = [t for t in inspect(conn).get_table_names() if not t.startswith("search_")]
    for table in names:
        rights = "SELECT" if table in READ_ONLY_FOR_USERS else "SELECT, INSERT, UPDATE, DELETE"
        conn.exec_driver_sql(f"GRANT {rights} ON {_quote(conn, table)} TO {who}")
    conn.exec_driver_sql(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}")
    conn.exec_driver_sql(f"GRANT EXECUTE ON FUNCTION {SEES_COUNCIL}(integer) TO {who}")


def revoke_tables(conn: Connection, role: str) -> None:
    who = _quote(conn, role)
    conn.exec_driver_sql(f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {who}")
    conn.exec_driver_sql(f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM {who}")
