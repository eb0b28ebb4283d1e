"""Database failures in plain words: the reason in a few words, never SQLAlchemy's text
(with its SQL and its link), so that every message stays one sentence."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import SQLAlchemyError

from buurtdesk.messages import N_

Reason = str  # an English text of the message catalogue (or the system's own words)


def reason_of(exc: BaseException) -> Reason:
    """A few words for why the database or a file failed: English, marked with N_(); say
    them with `translate(reason, language)` where they are shown."""
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        text = (exc.strerror or type(exc).__name__).strip()
        if exc.errno == 28:
            return N_("the disk is full")
        return text
    orig = getattr(exc, "orig", None) if isinstance(exc, SQLAlchemyError) else exc
    text = (str(orig if orig is not None else exc).splitlines() or [""])[0].strip().rstrip(".")
    lower = text.lower()
    if ("disk" in lower and "full" in lower) or "no space" in lower:
        return N_("the disk is full")
    if "readonly" in lower or "read-only" in lower or "read only" in lower:
        return N_("the file or its folder is read-only")
    if "malformed" in lower or "corrupt" in lower or "not a database" in lower:
        return N_("the file is damaged")
    if "unable to open" in lower:
        return N_("the file cannot be opened")
    if "locked" in lower or "busy" in lower:
        return N_("the database is busy")
    if "already exists" in lower or "duplicate column" in lower:
        return N_("the tables do not match the version the file names")
    if "no such table" in lower or "no such column" in lower:
        return N_("parts of a BuurtDesk database are missing")
    short = text[:120] or type(exc).__name__
    return short
