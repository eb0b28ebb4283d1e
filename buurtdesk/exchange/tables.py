"""Which tables travel in a package, and how each column is written to and read from JSON.

Rows travel without their integer keys: a row is its UUID, and a foreign key is written as
the UUID of the row it points at. Reading checks every value against the column it is
meant for (type, length, allowed words), so a package can never put anything in the
database that the app itself could not have stored.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.rules import MAX_NOTE_LENGTH
from buurtdesk.domain.validation import (
    MAX_LOGO_BYTES,
    MAX_YEAR,
    MIN_YEAR,
    check_logo,
    date_in_range,
    moment_in_range,
    plain_text,
)
from buurtdesk.exchange.errors import refused
from buurtdesk.messages import N_
from buurtdesk.store.models import Base
from buurtdesk.store.models.base import EnumText, UTCDateTime

# Bookkeeping of this database only: exchange history, decision counters, server access.
LOCAL_TABLES = frozenset(
    {"exchange_log", "exchange_known_versions", "decision_counters", "council_access"}
)
INT32 = 2**31 - 1
INT64 = 2**63 - 1
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
KNOWN_KEY = "_known"  # the versions of this row the sending database has sent or received
MAX_KNOWN = 50


@dataclass(frozen=True)
class ColumnCodec:
    name: str
    kind: str  # str, int, bigint, bool, date, time, datetime, enum, fk, uuid
    nullable: bool
    max_length: int = 0
    choices: frozenset[str] = frozenset()
    target: str = ""  # the referenced table, for kind "fk"


@dataclass(frozen=True)
class TableCodec:
    table: Table
    columns: tuple[ColumnCodec, ...]
    # Unique keys besides the UUID: a row matching one is the same thing made twice.
    natural_keys: tuple[tuple[str, ...], ...]

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def foreign_keys(self) -> tuple[ColumnCodec, ...]:
        return tuple(c for c in self.columns if c.kind == "fk")

    @property
    def content_columns(self) -> tuple[str, ...]:
        """The columns that make up what a user sees (not the bookkeeping)."""
        skip = {"uuid", "created_at", "updated_at", "version"}
        return tuple(c.name for c in self.columns if c.name not in skip)


def _codec_for(column: Any) -> ColumnCodec:
    name, nullable, kind_type = column.name, bool(column.nullable), column.type
    if name == "uuid":
        return ColumnCodec(name, "uuid", False)
    if column.foreign_keys:
        target = next(iter(column.foreign_keys)).column.table.name
        return ColumnCodec(name, "fk", nullable, target=target)
    if isinstance(kind_type, EnumText):
        values = frozenset(str(v.value) for v in kind_type.enum_class)
        return ColumnCodec(name, "enum", nullable, choices=values)
    if isinstance(kind_type, UTCDateTime):
        return ColumnCodec(name, "datetime", nullable)
    if isinstance(kind_type, Boolean):
        return ColumnCodec(name, "bool", nullable)
    if isinstance(kind_type, BigInteger):
        return ColumnCodec(name, "bigint", nullable)
    if isinstance(kind_type, Integer):
        return ColumnCodec(name, "int", nullable)
    if isinstance(kind_type, Date):
        return ColumnCodec(name, "date", nullable)
    if isinstance(kind_type, Time):
        return ColumnCodec(name, "time", nullable)
    if isinstance(kind_type, LargeBinary):  # a council's logo: the image itself, as base64
        return ColumnCodec(name, "image", nullable)
    if isinstance(kind_type, Text):
        return ColumnCodec(name, "str", nullable, max_length=MAX_NOTE_LENGTH)
    if isinstance(kind_type, String):
        return ColumnCodec(
            name, "str", nullable, max_length=int(kind_type.length or MAX_NOTE_LENGTH)
        )
    raise TypeError(f"no exchange codec for {column.table.name}.{name} ({kind_type!r})")


def _table_codec(table: Table) -> TableCodec:
    columns = tuple(_codec_for(c) for c in table.columns if c.name != "id")
    keys = tuple(
        tuple(c.name for c in constraint.columns)
        for constraint in table.constraints
        if isinstance(constraint, UniqueConstraint)
        and [c.name for c in constraint.columns] != ["uuid"]
    )
    return TableCodec(table=table, columns=columns, natural_keys=keys)


EXCHANGED: tuple[TableCodec, ...] = tuple(
    _table_codec(t) for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES
)
BY_NAME: dict[str, TableCodec] = {codec.name: codec for codec in EXCHANGED}


def data_file_name(table_name: str) -> str:
    return f"data/{table_name}.json"


# -- writing --------------------------------------------------------------------------------
def encode_value(codec: ColumnCodec, value: Any) -> Any:
    if value is None:
        return None
    if codec.kind == "datetime":
        moment: datetime = value if value.tzinfo else value.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat()
    if codec.kind in ("date", "time"):
        return value.isoformat()
    if codec.kind == "enum":
        return str(value.value if isinstance(value, StrEnum) else value)
    if codec.kind == "image":
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


# -- reading --------------------------------------------------------------------------------
def _wrong(table: str, column: str, reason: str, /, **values: object) -> Exception:
    """`reason`: "the field '{column}' in '{table}' ...", marked with N_()."""
    return refused(reason, column=column, table=table, **values)


def decode_value(table: str, codec: ColumnCodec, value: Any) -> Any:
    """The Python value for one field of a package, or PackageRefused with the reason."""
    if value is None:
        if codec.nullable:
            return None
        raise _wrong(
            table,
            codec.name,
            N_("the field '{column}' in '{table}' is empty but must have a value"),
        )
    kind = codec.kind
    if kind in ("uuid", "fk"):
        if not isinstance(value, str) or not UUID_TEXT.fullmatch(value):
            raise _wrong(
                table, codec.name, N_("the field '{column}' in '{table}' is not a valid UUID")
            )
        return value
    if kind == "str":
        if not isinstance(value, str):
            raise _wrong(table, codec.name, N_("the field '{column}' in '{table}' is not text"))
        if codec.max_length < MAX_NOTE_LENGTH and "\x00" not in value:
            value = plain_text(value)  # a name or title: as the screens store it
        if len(value) > codec.max_length:
            raise _wrong(
                table,
                codec.name,
                N_(
                    "the field '{column}' in '{table}' is too long ({length} characters, "
                    "at most {limit})"
                ),
                length=len(value),
                limit=codec.max_length,
            )
        if "\x00" in value:
            raise _wrong(
                table, codec.name, N_("the field '{column}' in '{table}' contains a NUL character")
            )
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _wrong(
                table,
                codec.name,
                N_("the field '{column}' in '{table}' contains invalid characters"),
            ) from None
        return value
    if kind == "enum":
        if not isinstance(value, str) or value not in codec.choices:
            raise _wrong(
                table, codec.name, N_("the field '{column}' in '{table}' has an unknown value")
            )
        return value
    if kind == "image":  # the same check as the council dialog's (domain.validation)
        if not isinstance(value, str) or len(value) > MAX_LOGO_BYTES * 4 // 3 + 4:
            raise _wrong(
                table, codec.name, N_("the field '{column}' in '{table}' is not a valid image")
            )
        try:
            return check_logo(base64.b64decode(value, validate=True))
        except (ValueError, InvalidInput):
            raise _wrong(
                table,
                codec.name,
                N_("the field '{column}' in '{table}' is not a PNG or JPEG image of at most 1 MB"),
            ) from None
    if kind == "bool":
        if not isinstance(value, bool):
            raise _wrong(
                table, codec.name, N_("the field '{column}' in '{table}' is not a yes/no value")
            )
        return value
    if kind in ("int", "bigint"):
        limit = INT32 if kind == "int" else INT64
        if isinstance(value, bool) or not isinstance(value, int) or not -limit <= value <= limit:
            raise _wrong(
                table,
                codec.name,
                N_("the field '{column}' in '{table}' is not a valid whole number"),
            )
        return value
    if not isinstance(value, str) or len(value) > 40:
        raise _wrong(
            table, codec.name, N_("the field '{column}' in '{table}' is not a valid date or time")
        )
    try:
        if kind == "date":
            day = date.fromisoformat(value)
            if not date_in_range(day):
                raise ValueError(value)
            return day
        if kind == "time":
            return time.fromisoformat(value)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _wrong(
            table, codec.name, N_("the field '{column}' in '{table}' is not a valid date or time")
        ) from None
    if moment.tzinfo is None:
        raise _wrong(table, codec.name, N_("the field '{column}' in '{table}' lacks a time zone"))
    if not moment_in_range(moment):  # also 9999-12-31T23:00-12:00, beyond the last UTC day
        raise _wrong(
            table,
            codec.name,
            N_("the field '{column}' in '{table}' lies outside the years {first}-{last}"),
            first=MIN_YEAR,
            last=MAX_YEAR,
        )
    return moment.astimezone(UTC)


def decode_known(table: str, value: Any) -> tuple[datetime, ...]:
    if not isinstance(value, list) or len(value) > MAX_KNOWN:
        raise refused(N_("the version list in '{table}' is invalid"), table=table)
    stamp = ColumnCodec(KNOWN_KEY, "datetime", False)
    return tuple(decode_value(table, stamp, v) for v in value)


@dataclass(frozen=True)
class IncomingRow:
    """One row as the package has it: plain values, foreign keys still as UUIDs."""

    table: str
    uuid: str
    values: dict[str, Any]
    known: tuple[datetime, ...]

    @property
    def updated_at(self) -> datetime:
        stamp: datetime = self.values["updated_at"]
        return stamp


def decode_row(codec: TableCodec, obj: Any) -> IncomingRow:
    if not isinstance(obj, dict):
        raise refused(N_("a line in '{name}' is not a record"), name=codec.name)
    expected = {c.name for c in codec.columns}
    keys = set(obj) - {KNOWN_KEY}
    if keys != expected:
        extra = sorted(keys - expected)[:3]
        missing = sorted(expected - keys)[:3]
        raise refused(
            N_(
                "a record in '{name}' does not have the right fields (extra: {extra}, missing: {missing})"
            ),
            name=codec.name,
            extra=extra,
            missing=missing,
        )
    values = {c.name: decode_value(codec.name, c, obj[c.name]) for c in codec.columns}
    known = decode_known(codec.name, obj.get(KNOWN_KEY, []))
    return IncomingRow(codec.name, values["uuid"], values, known)
