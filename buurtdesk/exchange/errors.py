"""Why a package is refused: one sentence, in Dutch and in English."""

from __future__ import annotations

from buurtdesk.domain.errors import BuurtDeskError


class PackageRefused(BuurtDeskError):
    """A .buurtdesk file that is damaged, hostile, or made by a newer BuurtDesk.

    Raised before anything is written: the database stays exactly as it was.
    """


def refused(reason_nl: str, reason_en: str) -> PackageRefused:
    return PackageRefused(
        f"Dit pakket wordt geweigerd: {reason_nl}.",
        f"This package is refused: {reason_en}.",
    )


class PreviewOutdated(BuurtDeskError):
    """The database changed between showing the import preview and applying it."""
