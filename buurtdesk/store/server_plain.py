"""The shared server reached with psycopg alone, before SQLAlchemy is loaded.

At start the app paints the overview before SQLAlchemy and the models are loaded
(services.first_look). For a server database that first look talks to PostgreSQL through
psycopg directly, with the same timeouts, the same kept password and so the same rights as
every other connection of BuurtDesk (store.server uses the options below too): row-level
security shows this user only their councils here as well. Only plain addresses are read
this way; for anything unusual `server_address` returns None and the app opens the
database the usual way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

if TYPE_CHECKING:
    import psycopg

CONNECT_TIMEOUT = 8  # seconds
STATEMENT_TIMEOUT_MS = 60_000
LOCK_TIMEOUT_MS = 30_000
SCHEMES = ("postgresql", "postgresql+psycopg")

# Runs one query (with ? for each argument, as sqlite3 has it) and returns its rows.
Rows = Callable[[str, Sequence[object]], list[tuple[Any, ...]]]
T = TypeVar("T")


def connect_options() -> dict[str, Any]:
    """How every connection to the server behaves: it never waits for ever."""
    return {
        "connect_timeout": int(os.environ.get("BUURTDESK_CONNECT_TIMEOUT", CONNECT_TIMEOUT)),
        "application_name": "BuurtDesk",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
        "tcp_user_timeout": 20_000,
        "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS} -c lock_timeout={LOCK_TIMEOUT_MS}",
    }


@dataclass(frozen=True)
class ServerAddress:
    """A server database's address in parts, as SQLAlchemy's URL reads it."""

    user: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None


def server_address(url: str) -> ServerAddress | None:
    """The parts of `postgresql+psycopg://user[:password]@host[:port]/database`, or None for
    anything else (query options, escapes in the host or database name, another driver)."""
    scheme, separator, rest = url.partition("://")
    if not separator or scheme not in SCHEMES or any(c in rest for c in "?#"):
        return None
    location, _, database = rest.partition("/")
    userinfo, at, hostport = location.rpartition("@")
    user: str | None = None
    password: str | None = None
    if at:
        name, colon, secret = userinfo.partition(":")
        user = unquote(name) if name else None
        password = unquote(secret) if colon else None
    if hostport.startswith("["):  # [::1]:5432
        host, bracket, port_text = hostport[1:].partition("]")
        if not bracket or (port_text and not port_text.startswith(":")):
            return None
        port_text = port_text[1:]
    else:
        host, _, port_text = hostport.partition(":")
    if "%" in host or "%" in database or "/" in database or not port_text.isdigit() and port_text:
        return None
    return ServerAddress(
        user=user,
        password=password,
        host=host or None,
        port=int(port_text) if port_text else None,
        database=database or None,
    )


def plain_connect(address: ServerAddress) -> psycopg.Connection[tuple[Any, ...]]:
    """A psycopg connection to the server (autocommit: every statement reads what is there).
    Raises psycopg's own errors; store.server.server_trouble turns them into one sentence."""
    import psycopg

    from buurtdesk.store.credentials import secrets_for

    parts: dict[str, Any] = {
        "host": address.host,
        "port": address.port,
        "dbname": address.database,
        "user": address.user,
        "password": address.password,
    }
    secrets = secrets_for(
        address.user,
        address.host,
        address.port,
        address.database,
        typed=address.password is not None,
    )
    given = {k: v for k, v in parts.items() if v is not None}
    return psycopg.connect(autocommit=True, **{**given, **connect_options(), **secrets})


def read_current_server(url: str, reader: Callable[[Rows], T]) -> T | None:
    """What `reader` reads from a server database that has the newest schema, through one
    psycopg connection. None when the database must be opened the usual way first (a schema
    to make or migrate, an address this module does not read, a query that fails); a server
    that cannot be reached or refuses the user raises its one sentence (ServerTrouble)."""
    from buurtdesk.store.sqlite_file import head_from_files

    address = server_address(url)
    head = head_from_files()
    if address is None or head is None:
        return None
    import psycopg

    try:
        conn = plain_connect(address)
    except psycopg.OperationalError as exc:
        from buurtdesk.store.server import server_trouble

        trouble = server_trouble(exc)
        if trouble is None:
            return None
        raise trouble from None
    try:
        with conn, conn.cursor() as cursor:

            def rows(sql: str, args: Sequence[object]) -> list[tuple[Any, ...]]:
                return cursor.execute(sql.replace("?", "%s"), args).fetchall()

            # One query: a new database without the table fails it, and is opened the usual way.
            if rows("SELECT version_num FROM alembic_version", ()) != [(head,)]:
                return None
            return reader(rows)
    except psycopg.Error:
        return None
