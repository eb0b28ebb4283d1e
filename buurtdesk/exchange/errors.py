"""Why a package is refused: one sentence from the message catalogue."""

from __future__ import annotations

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.messages import N_, translate


class PackageRefused(BuurtDeskError):
    """A .buurtdesk file that is damaged, hostile, or made by a newer BuurtDesk.

    Raised before anything is written: the database stays exactly as it was.
    """

    def message(self, language: str = "nl") -> str:
        reason = super().message(language)
        return translate(REFUSED, language).format(reason=reason) if self.key else reason


REFUSED = N_("This package is refused: {reason}.")


def refused(reason: str, /, **values: object) -> PackageRefused:
    """`reason` is the English source of the reason in the message catalogue (mark it with
    N_()), `values` fill its {names} (a value may be a `Sentence`, said in the reader's
    language); the whole sentence is said in the reader's language."""
    return PackageRefused.said(reason, **values)


class PreviewOutdated(BuurtDeskError):
    """The database changed between showing the import preview and applying it."""
