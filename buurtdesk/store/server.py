"""Talking to a shared PostgreSQL server: how to connect, and every trouble in one sentence.

The connection never waits for ever: libpq gives up connecting after CONNECT_TIMEOUT
seconds, TCP keepalives and a user timeout notice a server that vanished mid-session, and
the server cancels a statement that runs longer than STATEMENT_TIMEOUT_MS. Whatever goes
wrong (no rights, server gone, wrong password, certificate, a timeout) reaches the user as
one Dutch (or English) sentence from `server_trouble`, never as libpq's raw text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from buurtdesk.domain.errors import StoreError
from buurtdesk.messages import N_
from buurtdesk.store.server_plain import (  # noqa: F401 - the figures the docstring names
    CONNECT_TIMEOUT,
    LOCK_TIMEOUT_MS,
    STATEMENT_TIMEOUT_MS,
    connect_options,
)

if TYPE_CHECKING:  # SQLAlchemy is loaded when an engine is made, not for `server_trouble`
    from sqlalchemy.engine import URL, Engine

    from buurtdesk.store.database import Database


def make_server_engine(url: str) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    return create_engine(url, pool_pre_ping=True, connect_args=connect_args(make_url(url)))


def connect_args(url: URL) -> dict[str, Any]:
    from buurtdesk.store.credentials import connect_secrets

    return {**connect_options(), **connect_secrets(url)}


class ServerTrouble(StoreError):
    """The shared server refused or failed; what the user typed stays in the window."""


# (fragments of the server's or libpq's text, the sentence in the message catalogue): the first
# match is said.
TROUBLES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("password authentication failed", "no password supplied", "password is required"),
        N_(
            "The server refuses the user name or the password; enter the right ones in the preferences."
        ),
    ),
    (
        ("ssl", "certificate", "tls"),
        N_(
            "The secure connection to the server fails (certificate or SSL); ask the server's administrator."
        ),
    ),
    (
        ("statement timeout", "canceling statement due to", "lock timeout"),
        N_("The server took too long over this request and stopped it; try again in a moment."),
    ),
    (
        ("timeout expired", "timed out", "connection timed out"),
        N_("The server does not answer in time; check the connection or try later."),
    ),
    (
        ("row-level security",),
        N_("You have no rights to this council on the server; ask the administrator for access."),
    ),
    (
        ("permission denied for schema", "permission denied for database", "must be owner"),
        N_(
            "You have no rights on the server to set up the database; let the administrator start BuurtDesk once first."
        ),
    ),
    (
        ("permission denied",),
        N_(
            "You have no rights on the server to read or change this; ask the administrator for access."
        ),
    ),
    (
        ("read-only transaction", "read only transaction"),
        N_("The server allows reading only; your change was not stored."),
    ),
    (
        ("does not exist",),
        N_(
            "The database or the user does not exist on the server; check the address in the preferences."
        ),
    ),
    (
        (
            "connection refused",
            "could not connect",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection already closed",
            "could not translate host name",
            "no route to host",
            "network is unreachable",
            "the database system is shutting down",
            "the database system is starting up",
            "consuming input failed",
            "server conn crashed",
            "connection lost",
            "eof detected",
        ),
        N_("The database server cannot be reached; everything is stored once it is back."),
    ),
)


def server_trouble(exc: BaseException) -> ServerTrouble | None:
    """One sentence for a failure of the server or the connection; None when it is none."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    for fragments, sentence in TROUBLES:
        if any(fragment in text for fragment in fragments):
            return ServerTrouble.said(sentence)
    return None


def is_server_error(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    module = type(orig).__module__ if orig is not None else type(exc).__module__
    return module.startswith("psycopg")


def open_server(url: str) -> Database:
    """Open a server database: wait for (or be) the one migrator, then check the schema.

    The usual start reads the schema revision with one query and compares it with the
    newest migration file, without loading Alembic. Every failure is one sentence.
    """
    from sqlalchemy.exc import DBAPIError, SQLAlchemyError

    from buurtdesk.store.database import open_database
    from buurtdesk.store.sqlite_file import head_from_files

    database = open_database(url)
    try:
        head = head_from_files()
        revision = _revision(database)
        if head is None or revision != head:
            from buurtdesk.store import migrate

            if revision is not None and revision not in migrate.known_revisions():
                raise StoreError.said(
                    "This database was made by a newer version of BuurtDesk; update BuurtDesk."
                )
            migrate.upgrade(database)
    except StoreError:
        database.dispose()
        raise
    except DBAPIError as exc:
        database.dispose()
        raise server_trouble(exc) or _unknown(exc) from None
    except SQLAlchemyError as exc:
        database.dispose()
        raise _unknown(exc) from None
    return database


def _revision(database: Database) -> str | None:
    from sqlalchemy import text

    with database.engine.connect() as conn:
        exists = conn.execute(text("SELECT to_regclass('alembic_version')")).scalar()
        if exists is None:
            return None
        found = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        return None if found is None else str(found)


def _unknown(exc: BaseException) -> StoreError:
    first_line = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0][:200]
    return ServerTrouble.said(
        "The database server reported an error: {first_line}.", first_line=first_line
    )
