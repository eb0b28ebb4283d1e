"""The council's settings for its minutes, in the council details dialog: the title of the
minutes (Notulen, Verslag or Besluitenlijst) and the besluitenlijst appendix."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QWidget

from buurtdesk.domain.enums import MinutesTitle
from buurtdesk.services.views import CouncilView

MINUTES_FIELDS = ("minutes_title", "decisions_appendix")


class MinutesSettings(QObject):
    """Two rows added to a form; `chosen()` gives their values by the council's field names."""

    def __init__(self, form: QFormLayout, council: CouncilView | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QComboBox(parent)
        for value, text in (
            (MinutesTitle.NOTULEN, self.tr("Notulen")),
            (MinutesTitle.VERSLAG, self.tr("Verslag")),
            (MinutesTitle.BESLUITENLIJST, self.tr("Besluitenlijst (decisions only)")),
        ):
            self.title.addItem(text, value.value)
        current = council.minutes_title if council else MinutesTitle.NOTULEN
        self.title.setCurrentIndex(max(0, self.title.findData(MinutesTitle(current).value)))
        self.title.setAccessibleName(self.tr("Title of the minutes"))
        self.title.setAccessibleDescription(
            self.tr("What this council calls its minutes: the title printed on them")
        )
        form.addRow(self.tr("&Minutes are called"), self.title)
        self.appendix = QCheckBox(self.tr("End the minutes with a list of the &decisions"))
        self.appendix.setChecked(bool(council.decisions_appendix) if council else False)
        self.appendix.setAccessibleName(self.tr("Decisions as an appendix"))
        self.appendix.setAccessibleDescription(
            self.tr("Every decision of the meeting once more, as an appendix after the minutes")
        )
        form.addRow("", self.appendix)

    def chosen(self) -> dict[str, object]:
        return {
            "minutes_title": MinutesTitle(str(self.title.currentData())),
            "decisions_appendix": self.appendix.isChecked(),
        }
