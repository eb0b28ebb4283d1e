"""What every service shares: one unit of work per call, a clock, errors in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from buurtdesk.domain.errors import ConcurrentEdit, InvalidInput, NotFound, StoreError
from buurtdesk.messages import N_, Marked, Sentence
from buurtdesk.store.database import Database
from buurtdesk.store.errors import reason_of
from buurtdesk.store.models import Row

Clock = Callable[[], date]


class DuplicateRecord(StoreError):
    """A unique key was taken in the meantime (e.g. by another user on a shared server)."""


R = TypeVar("R", bound=Row)

SOMEONE_ELSE = N_("Someone else changed this in the meantime; the newest version is shown.")


def not_found(what: Marked, row_id: int) -> NotFound:
    """'Meeting 12 does not exist.': `what` names the kind of record, marked with
    NC_("kind of record", ...)."""
    return NotFound.said(
        "{what} {row_id} does not exist.",
        what=Sentence.of(what),
        row_id=row_id,
    )


def translate_store_error(exc: SQLAlchemyError) -> StoreError:
    """Turn a database failure into one sentence a chair can act on."""
    from buurtdesk.store.server import is_server_error, server_trouble

    if is_server_error(exc):  # the shared server: no rights, gone, password, SSL, timeouts
        trouble = server_trouble(exc)
        if trouble is not None:
            return trouble
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk" in text and "full" in text or "no space" in text:
        return StoreError.said(
            "The disk is full: what you typed stays in the window and is stored once there is room again."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreError.said(
            "The database is read-only: what you typed stays in the window but is not stored."
        )
    if "unable to open database file" in text:
        return StoreError.said(
            "The database cannot be written now (is the folder or the stick read-only?); what you typed stays in the window."
        )
    if "locked" in text or "busy" in text:
        return StoreError.said("The database is busy with another program; try again in a moment.")
    if isinstance(exc, IntegrityError):
        return DuplicateRecord.said(
            "This change does not fit the data already stored and was not saved."
        )
    if "malformed" in text or "corrupt" in text or "not a database" in text:
        return StoreError.said(
            "The database is damaged: nothing was stored; close BuurtDesk and open it again to restore a backup."
        )
    why = reason_of(exc)
    return StoreError.said(
        "The database reported an error ({why}); nothing was stored.",
        why=Sentence(why),
    )


class Service:
    def __init__(self, database: Database, clock: Clock = date.today) -> None:
        self._database = database
        self._clock = clock

    def today(self) -> date:
        return self._clock()

    @contextmanager
    def unit(self) -> Iterator[Session]:
        """One transaction: committed whole at the end, rolled back whole on any failure."""
        try:
            with self._database.sessions.begin() as session:
                yield session
        except StaleDataError:
            raise ConcurrentEdit.said(SOMEONE_ELSE) from None
        except OperationalError as exc:
            raise translate_store_error(exc) from None
        except IntegrityError as exc:
            raise translate_store_error(exc) from None
        except DBAPIError as exc:  # e.g. a shared server's "permission denied"
            raise translate_store_error(exc) from None
        except SQLAlchemyError as exc:  # every other class: still one sentence
            raise translate_store_error(exc) from None
        except OverflowError:  # a number beyond what the database can hold (an id of 2**63)
            raise InvalidInput.said("That number is too large; nothing was stored.") from None

    @staticmethod
    def fetch(session: Session, model: type[R], row_id: int, what: Marked) -> R:
        row = session.get(model, row_id)
        if row is None:
            raise not_found(what, row_id)
        return row


class VersionConflict(ConcurrentEdit):
    """An edit made on an older copy of a record: both versions, so the user can choose.

    `mine`: the values the edit would set; `theirs`: what the record holds now for the same
    fields; `newest_version`: the version to base the edit on when the user keeps theirs.
    """

    def __init__(
        self, mine: Mapping[str, object], theirs: Mapping[str, object], newest_version: int
    ) -> None:
        super().__init__()
        self.speak(SOMEONE_ELSE)
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.newest_version = newest_version


def check_version(
    row: Any, expected: int | None, changes: Mapping[str, object] | None = None
) -> None:
    """Every edit of a shared record carries the version it was based on (`expected`);
    an edit made on an older copy is refused with both versions (VersionConflict).

    The one mechanism for every editor: the services call this first in each update, the
    screens pass the version of the copy they show (ui.common.undo.VersionedEdit).
    """
    if expected is not None and row.version != expected:
        changes = changes or {}
        raise VersionConflict(
            changes, {key: getattr(row, key, None) for key in changes}, int(row.version)
        )


def fetch_for_update(session: Session, model: type[R], row_id: int, what: Marked) -> R:
    """Read a row for a change that depends on what it holds now (merge, counter): locked
    until the transaction ends, so a concurrent writer waits instead of being overwritten.
    PostgreSQL locks the row (FOR UPDATE); SQLite takes its writer lock before reading."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        if raw is not None and not raw.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
    row = session.get(model, row_id, with_for_update=True, populate_existing=True)
    if row is None:
        raise not_found(what, row_id)
    return row
