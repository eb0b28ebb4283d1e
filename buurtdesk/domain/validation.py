"""The one set of rules for values, whoever brings them: a screen, the command line or a
package from another laptop. Lengths live in domain.rules (MAX_NAME_LENGTH, ...); here are
the characters a text may hold, the dates and times the app works with, and its logo.

- Names and titles: no control characters (a tab, a line break and a carriage return are
  text; the others, from \\x00 to \\x1f and \\x7f, are removed: they cannot be printed, and a
  spreadsheet refuses them), no lone surrogates. Notes keep what was typed (only \\x00 goes);
  whoever writes them to a sheet leaves out what a sheet cannot hold.
- Dates: years 1900 to 2199 (a meeting, a decision, a receipt); a moment with its time zone
  must stay inside that range in UTC too.
- Numbers and ids: whole numbers that fit the database (64 bits; counts 32 bits), checked
  where a package comes in (exchange.tables).
- A logo: the image itself, a PNG or JPEG of at most 1 MB (never a path to a file).
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from buurtdesk.domain.errors import InvalidInput

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SURROGATES = re.compile(r"[\ud800-\udfff]")
MIN_YEAR = 1900
MAX_YEAR = 2199


def plain_text(value: str) -> str:
    """The text without control characters and lone surrogates (what the app stores)."""
    if CONTROL_CHARACTERS.search(value):
        value = CONTROL_CHARACTERS.sub("", value)
    if SURROGATES.search(value):
        value = SURROGATES.sub("\ufffd", value)
    return value


def date_in_range(value: date) -> bool:
    return MIN_YEAR <= value.year <= MAX_YEAR


def moment_in_range(value: datetime) -> bool:
    """A moment (with a time zone) whose UTC date is inside the range; never an overflow."""
    if not date_in_range(value):
        return False
    try:
        return date_in_range(value.astimezone(UTC))
    except (OverflowError, ValueError):
        return False


MAX_LOGO_BYTES = 1024**2
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def check_logo(data: bytes | None) -> bytes | None:
    """A logo as the app keeps it: None (no logo) or a PNG or JPEG of at most 1 MB."""
    if data is None or len(data) == 0:
        return None
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidInput.said("The logo is too large (at most 1 MB).")
    if not bytes(data).startswith(_IMAGE_MAGIC):
        raise InvalidInput.said("The logo is not a PNG or JPEG image.")
    return bytes(data)
