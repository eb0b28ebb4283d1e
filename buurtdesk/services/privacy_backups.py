"""Backups that still hold a forgotten person, and cleaning them the same way.

After 'Persoon vergeten' the database no longer holds the person, but the backups made
before do. BuurtDesk finds them (the person's record by its uuid, and every written form of
the name, phone number and e-mail address in the texts), and offers to clean them (the same
replacement, then the file is rewritten so that no freed page keeps the old text) or to
remove them. A cleaned backup is written beside the old one and renamed over it when sound.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.domain.errors import StoreError
from buurtdesk.services.privacy_forms import FORGOTTEN, PersonForms
from buurtdesk.store.backup import list_backups, verify_backup
from buurtdesk.store.output import write_store_file

_SKIPPED_TABLES = {"alembic_version", "exchange_known_versions"}
_SKIPPED_COLUMNS = {"uuid", "receipt_ref", "logo_path"}


def _text_columns(conn: sqlite3.Connection) -> list[tuple[str, list[str]]]:
    found = []
    for (table,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'search_index%'"
    ):
        if table in _SKIPPED_TABLES:
            continue
        columns = [
            row[1]
            for row in conn.execute(f'PRAGMA table_info("{table}")')
            if any(t in str(row[2]).upper() for t in ("CHAR", "TEXT", "CLOB"))
            and row[1] not in _SKIPPED_COLUMNS
        ]
        if columns and any(row[1] == "id" for row in conn.execute(f'PRAGMA table_info("{table}")')):
            found.append((table, columns))
    return found


def _holds(conn: sqlite3.Connection, person_uuid: str, forms: PersonForms) -> bool:
    row = conn.execute("SELECT forgotten FROM people WHERE uuid = ?", (person_uuid,)).fetchone()
    if row is not None and not row[0]:
        return True
    for table, columns in _text_columns(conn):
        if table == "people":
            continue
        for column in columns:
            for (value,) in conn.execute(
                f'SELECT "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
            ):
                if isinstance(value, str) and forms.find(value):
                    return True
    return False


def backups_holding(database_path: Path, person_uuid: str, forms: PersonForms) -> tuple[Path, ...]:
    """The backups of this database in which the person can still be found: those in the
    backups folder and the copies kept beside the database (before a restore, a damaged file
    set aside, a foreign log set aside with a copy of the database)."""
    found = []
    for candidate in [b.path for b in list_backups(database_path)] + kept_copies(database_path):
        try:
            conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
            try:
                if _holds(conn, person_uuid, forms):
                    found.append(candidate)
            finally:
                conn.close()
        except sqlite3.Error:
            found.append(candidate)  # unreadable: it may hold anything; offer it too
    return tuple(found)


KEPT_LABELS = ("voor-herstel", "beschadigd", "vreemd-logbestand")


def kept_copies(database_path: Path) -> list[Path]:
    """Copies of the database BuurtDesk kept beside it (never their -wal or -shm)."""
    copies: list[Path] = []
    for label in KEPT_LABELS:
        for path in sorted(database_path.parent.glob(f"{database_path.name}.{label}-*")):
            if path.is_file() and not path.name.endswith(("-wal", "-shm")):
                copies.append(path)
    return copies


@dataclass(frozen=True)
class BackupCleaning:
    person_uuid: str
    forms: PersonForms

    def clean(self, backup: Path) -> None:
        """Forget the person in one backup; the file is replaced only when the result is sound."""

        def fill(temp: Path) -> None:
            shutil.copyfile(backup, temp)
            conn = sqlite3.connect(temp)
            try:
                conn.execute("PRAGMA secure_delete=ON")
                self._forget_in(conn)
                conn.commit()
                if conn.execute(
                    "SELECT 1 FROM sqlite_master WHERE name = 'search_index'"
                ).fetchone():
                    conn.execute("INSERT INTO search_index(search_index) VALUES ('optimize')")
                    conn.commit()
                conn.execute("VACUUM")  # no freed page keeps the old text
            finally:
                conn.close()
            verify_backup(temp)

        try:
            write_store_file(backup, fill)
        except sqlite3.Error as exc:
            raise StoreError.said(
                "The backup {name} could not be cleaned ({exc}); it is unchanged.",
                name=backup.name,
                exc=exc,
            ) from None

    def _forget_in(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "UPDATE people SET name = ?, email = '', phone = '', address = '', remarks = '', "
            "forgotten = 1 WHERE uuid = ?",
            (FORGOTTEN, self.person_uuid),
        )
        for table, columns in _text_columns(conn):
            if table == "people":
                continue
            for column in columns:
                rows = conn.execute(
                    f'SELECT id, "{column}" FROM "{table}" WHERE "{column}" IS NOT NULL'
                ).fetchall()
                for row_id, value in rows:
                    if not isinstance(value, str):
                        continue
                    new_value = self.forms.replace(value, FORGOTTEN)
                    if new_value != value:
                        conn.execute(
                            f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (new_value, row_id)
                        )
