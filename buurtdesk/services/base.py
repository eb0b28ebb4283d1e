"""What every service shares: one unit of work per call, a clock, errors in plain words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from buurtdesk.domain.errors import ConcurrentEdit, NotFound, StoreError
from buurtdesk.store.database import Database
from buurtdesk.store.models import Row

Clock = Callable[[], date]


class DuplicateRecord(StoreError):
    """A unique key was taken in the meantime (e.g. by another user on a shared server)."""


R = TypeVar("R", bound=Row)


def translate_store_error(exc: SQLAlchemyError) -> StoreError:
    """Turn a database failure into one sentence a chair can act on."""
    from buurtdesk.store.server import is_server_error, server_trouble

    if is_server_error(exc):  # the shared server: no rights, gone, password, SSL, timeouts
        trouble = server_trouble(exc)
        if trouble is not None:
            return trouble
    text = str(getattr(exc, "orig", exc)).lower()
    if "disk" in text and "full" in text or "no space" in text:
        return StoreError(
            "De schijf is vol: uw invoer staat nog in het venster en wordt opgeslagen zodra er weer ruimte is.",
            "The disk is full: what you typed stays in the window and is stored once there is room again.",
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreError(
            "De database is alleen-lezen: uw invoer blijft in het venster staan maar wordt niet opgeslagen.",
            "The database is read-only: what you typed stays in the window but is not stored.",
        )
    if "unable to open database file" in text:
        return StoreError(
            "De database kan nu niet worden beschreven (staat de map of de stick op alleen-lezen?); uw invoer blijft in het venster staan.",
            "The database cannot be written now (is the folder or the stick read-only?); what you typed stays in the window.",
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            "De database is even bezet door een ander programma; probeer het zo opnieuw.",
            "The database is busy with another program; try again in a moment.",
        )
    if isinstance(exc, IntegrityError):
        return DuplicateRecord(
            "Deze wijziging past niet bij de gegevens die er al zijn en is niet opgeslagen.",
            "This change does not fit the data already stored and was not saved.",
        )
    return StoreError(
        f"De database gaf een fout: {text[:200]}.", f"The database reported an error: {text[:200]}."
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
            raise ConcurrentEdit(
                "Iemand anders heeft dit intussen gewijzigd; de nieuwste versie wordt getoond.",
                "Someone else changed this in the meantime; the newest version is shown.",
            ) from None
        except OperationalError as exc:
            raise translate_store_error(exc) from None
        except IntegrityError as exc:
            raise translate_store_error(exc) from None
        except DBAPIError as exc:  # e.g. a shared server's "permission denied"
            raise translate_store_error(exc) from None

    @staticmethod
    def fetch(session: Session, model: type[R], row_id: int, what_nl: str, what_en: str) -> R:
        row = session.get(model, row_id)
        if row is None:
            raise NotFound(
                f"{what_nl} {row_id} bestaat niet.", f"{what_en} {row_id} does not exist."
            )
        return row

    @staticmethod
    def fetch_by_uuid(session: Session, model: type[R], uuid: str) -> R | None:
        return session.scalars(select(model).where(model.uuid == uuid)).first()


def check_version(row: Any, expected: int | None) -> None:
    """Refuse an edit made on an older copy of the record (shared server, two users)."""
    if expected is not None and row.version != expected:
        raise ConcurrentEdit(
            "Iemand anders heeft dit intussen gewijzigd; de nieuwste versie wordt getoond.",
            "Someone else changed this in the meantime; the newest version is shown.",
        )
