"""The password of a shared server: never in the settings file, never in plain sight.

A URL typed with a password (postgresql+psycopg://secretaris:geheim@server/buurtdesk) is
split: the URL without the password is what the settings keep and what the screens show;
the password goes to the system's credential store (Windows Credential Manager, macOS
Keychain, the Secret Service on Linux, through `keyring`) and, where none is running (a
server without a desktop, CI), to BuurtDesk's own libpq password file, readable by the owner
only (0600). At connect time the password comes back from the same place; libpq reads the
password file itself. Nothing here goes over the network.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

SERVICE = "BuurtDesk"


class PasswordStore(Protocol):
    """What BuurtDesk uses of a keyring backend (the keyring package is optional, untyped)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when there was none)."""
    from sqlalchemy.engine import URL, make_url

    parsed = make_url(url)
    if parsed.password is None:
        return url, None
    clean = URL.create(
        parsed.drivername,
        username=parsed.username,
        host=parsed.host,
        port=parsed.port,
        database=parsed.database,
        query=parsed.query,
    )
    return clean.render_as_string(hide_password=False), str(parsed.password)


def shown(url: str) -> str:
    """The URL as the screens and messages show it: never with a password."""
    try:
        return split_password(url)[0]
    except Exception:  # noqa: BLE001 - anything unparsable is shown as nothing at all
        return ""


def account(url: URL) -> str:
    """The key under which a server's password is kept: user@host:port/database."""
    return account_of(url.username, url.host, url.port, url.database)


def account_of(user: str | None, host: str | None, port: int | None, database: str | None) -> str:
    return f"{user or ''}@{host or 'localhost'}:{port or 5432}/{database or ''}"


def password_file() -> Path:
    """BuurtDesk's libpq password file (PGPASSFILE format), beside the settings."""
    given = os.environ.get("BUURTDESK_PGPASSFILE")
    if given:
        return Path(given)
    from platformdirs import user_config_path

    return user_config_path("BuurtDesk", appauthor=False) / "pgpass"


def _keyring() -> PasswordStore | None:
    """The system's credential store, or None where there is none (no secret service)."""
    if os.environ.get("BUURTDESK_NO_KEYRING"):
        return None
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken store is no store
        return None
    if (
        isinstance(backend, fail.Keyring)
        or type(backend).__name__ in ("ChainerBackend",)
        and not (getattr(backend, "backends", None))
    ):
        return None
    priority = getattr(backend, "priority", 1)
    return backend if priority and priority > 0 else None


def remember_password(url: str, password: str) -> str:
    """Keep the password safely; returns where ("keyring" or the password file's path)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    store = _keyring()
    if store is not None:
        try:
            store.set_password(SERVICE, account(parsed), password)
            return "keyring"
        except Exception:  # noqa: BLE001 - locked or refused: fall back to the file
            pass
    _write_password_line(parsed, password)
    return str(password_file())


def stored_password(url: URL) -> str | None:
    return _stored_password(account(url))


def _stored_password(key: str) -> str | None:
    store = _keyring()
    if store is None:
        return None
    try:
        found = store.get_password(SERVICE, key)
    except Exception:  # noqa: BLE001
        return None
    return str(found) if found else None


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


def _write_password_line(url: URL, password: str) -> None:
    path = password_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fields = [
        url.host or "localhost",
        str(url.port or 5432),
        url.database or "*",
        url.username or "*",
    ]
    prefix = ":".join(_escape(f) for f in fields) + ":"
    lines = []
    if path.exists():
        lines = [line for line in path.read_text().splitlines() if not line.startswith(prefix)]
    lines.append(prefix + _escape(password))
    temporary = path.with_name(path.name + ".new")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w") as handle:
        handle.write("\n".join(lines) + "\n")
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)


def connect_secrets(url: URL) -> dict[str, str]:
    """What psycopg needs besides the URL: the stored password, or our password file."""
    return secrets_for(
        url.username, url.host, url.port, url.database, typed=url.password is not None
    )


def secrets_for(
    user: str | None, host: str | None, port: int | None, database: str | None, *, typed: bool
) -> dict[str, str]:
    """`connect_secrets` for an address in parts (the start's first look reads the server
    before SQLAlchemy is loaded). `typed`: the address carries its own password."""
    if typed:
        return {}
    password = _stored_password(account_of(user, host, port, database))
    if password is not None:
        return {"password": password}
    path = password_file()
    return {"passfile": str(path)} if path.exists() else {}
