"""Why a package is refused: one sentence from the message catalogue."""

from __future__ import annotations

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.messages import LANGUAGES, N_, normal_language, translate


class PackageRefused(BuurtDeskError):
    """A .buurtdesk file that is damaged, hostile, or made by a newer BuurtDesk.

    Raised before anything is written: the database stays exactly as it was.
    """

    def message(self, language: str = "nl") -> str:
        if self.key is None:
            return super().message(language)
        index = LANGUAGES.index(normal_language(language))
        values = {  # a value given as (Dutch, English) is said in the reader's language
            key: value[index] if isinstance(value, tuple) else value
            for key, value in self.values.items()
        }
        reason = translate(self.key, language).format(**values)
        return translate(REFUSED, language).format(reason=reason)


REFUSED = N_("This package is refused: {reason}.")


def refused(reason: str, /, **values: object) -> PackageRefused:
    """`reason` is the English source of the reason in the message catalogue (mark it with
    N_()), `values` fill its {names} (a value may be a (Dutch, English) pair); the whole
    sentence is said in the reader's language."""
    error = PackageRefused("")
    error.key, error.values = reason, values
    error.dutch, error.english = error.message("nl"), error.message("en")
    error.args = (error.dutch,)
    return error


class PreviewOutdated(BuurtDeskError):
    """The database changed between showing the import preview and applying it."""
