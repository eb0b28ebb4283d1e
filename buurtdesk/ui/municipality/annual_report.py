"""The annual report (jaarverslag) from the app: the chair's foreword and the documents.

The foreword is kept per council and year. It is stored as it is typed (half a second after
the last key); when the year changes or the dialog closes, the change is one step on the undo
stack ("Change the foreword"), so Ctrl+Z in the main window brings the old text back. The PDF
and the Word copy are made off the UI thread.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.ui.common.background import Background
from buurtdesk.ui.common.notice import NoticeBar
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.common.style import grows_with_messages
from buurtdesk.ui.common.undo import EditCommand

SAVE_DELAY_MS = 500


def open_in_viewer(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


FOREWORD_LINES = 8  # lines of the foreword in sight while typing it


class AnnualReportDialog(QDialog):
    def __init__(self, context: Context, council_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grows_with_messages(self)  # the dialog grows to show its messages
        self.context = context
        self.council_id = council_id
        self.open_file: Callable[[Path], None] = open_in_viewer
        self.ask_save_path: Callable[[str, str], Path | None] = self._ask_save_path
        self.maker = Background(self)
        council = context.services.councils.get_council(council_id)
        self.setWindowTitle(self.tr("Annual report: %1").replace("%1", council.name))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The annual report of %1 for its members and the municipality: the meetings, "
                "decisions, action points, the toekomstagenda and the buurtbudget of the year, "
                "with the chair's foreword."
            ).replace("%1", council.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.notice = NoticeBar()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setAccessibleDescription(self.tr("The year the annual report is about"))
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        layout.addLayout(row)
        foreword_label = QLabel(self.tr("The chair's &foreword"))
        self.foreword = QPlainTextEdit()
        self.foreword.setAccessibleName(self.tr("Foreword"))
        self.foreword.setAccessibleDescription(
            self.tr(
                "The chair's foreword, printed at the start of the annual report; stored as you type"
            )
        )
        self.foreword.setPlaceholderText(
            self.tr("A few words from the chair to the members and the municipality…")
        )
        self.foreword.setReadOnly(context.read_only)
        self.foreword.setTabChangesFocus(True)  # Tab moves on to the buttons below
        # room for a paragraph at any text size: the dialog grows with it, up to the screen
        self.foreword.setMinimumHeight(
            self.foreword.fontMetrics().lineSpacing() * FOREWORD_LINES
            + 2 * self.foreword.frameWidth()
            + int(self.foreword.document().documentMargin() * 2)
        )
        foreword_label.setBuddy(self.foreword)
        layout.addWidget(foreword_label)
        layout.addWidget(self.foreword, 1)
        self.state = QLabel()
        self.state.setProperty("class", "muted")
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.view_button = QPushButton(self.tr("&View PDF"))
        self.view_button.setAccessibleDescription(self.tr("Make the annual report and open it"))
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.setAccessibleDescription(self.tr("Save the annual report as a PDF"))
        self.word_button = QPushButton(self.tr("Save &Word copy…"))
        self.word_button.setAccessibleDescription(
            self.tr("Save an editable Word copy of the annual report")
        )
        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleDescription(self.tr("Close this window"))
        for button in (self.view_button, self.pdf_button, self.word_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.store)
        self._shown_year: int | None = None
        self._original = ""
        self._stored = ""
        years = context.services.annual.report_years(council_id)
        last = context.current_date().year - 1
        for value in years:
            self.year.addItem(str(value), value)
        self.year.setCurrentIndex(max(self.year.findData(last), 0))
        self._load_year()
        self.year.currentIndexChanged.connect(self._year_changed)
        self.foreword.textChanged.connect(self._typed)
        self.view_button.clicked.connect(lambda: self.make("pdf", preview=True))
        self.pdf_button.clicked.connect(lambda: self.make("pdf", preview=False))
        self.word_button.clicked.connect(lambda: self.make("docx", preview=False))
        self.close_button.clicked.connect(self.close)

    # -- the foreword ------------------------------------------------------------------------
    def _load_year(self) -> None:
        year = int(self.year.currentData())
        try:
            view = self.context.services.annual.foreword(self.council_id, year)
        except BuurtDeskError as error:
            self.notice.show_error(error)
            return
        self._shown_year = year
        self._original = self._stored = view.text
        self.foreword.blockSignals(True)
        self.foreword.setPlainText(view.text)
        self.foreword.blockSignals(False)
        self.state.setText("")

    def _year_changed(self) -> None:
        self.finish_editing()
        self._load_year()

    def _typed(self) -> None:
        self.state.setText(self.tr("Storing…"))
        self._timer.start()

    def store(self) -> bool:
        """Store the text as it stands (called half a second after the last key)."""
        self._timer.stop()
        if self._shown_year is None or self.context.read_only:
            return False
        text = self.foreword.toPlainText()
        if text == self._stored:
            self.state.setText(self.tr("Stored"))
            return True
        try:
            self.context.services.annual.set_foreword(self.council_id, self._shown_year, text)
        except BuurtDeskError as error:
            self.notice.show_error(error)  # what was typed stays in the window
            return False
        self._stored = text
        self.state.setText(self.tr("Stored"))
        return True

    def finish_editing(self) -> None:
        """The edits of this year become one undoable step."""
        if not self.store() or self._shown_year is None:
            return
        old, new, year = self._original, self._stored, self._shown_year
        if old == new:
            return
        annual, council_id = self.context.services.annual, self.council_id
        self.context.undo_stack.push(
            EditCommand(
                self.tr("Change the foreword"),
                do=lambda: annual.set_foreword(council_id, year, new),
                undo=lambda _r: annual.set_foreword(council_id, year, old),
                after=self._after_undo,
                on_error=self.notice.show_error,
            )
        )
        self._original = new

    def _after_undo(self) -> None:
        if self.isVisible() and self._shown_year is not None:
            self._load_year()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.finish_editing()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.finish_editing()
        super().done(result)

    # -- the documents -----------------------------------------------------------------------
    def _ask_save_path(self, suggested: str, kind: str) -> Path | None:
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("Word files (*.docx)")
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save the annual report"), suggested, pattern
        )
        return Path(name) if name else None

    def make(self, kind: str, *, preview: bool) -> bool:
        self.store()
        year = int(self.year.currentData())
        suggested = self.tr("annual-report-%1").replace("%1", str(year)) + f".{kind}"
        if preview:
            out = Path(tempfile.mkdtemp(prefix="buurtdesk-")) / suggested
        else:
            chosen = self.ask_save_path(suggested, kind)
            if chosen is None:
                return False
            out = chosen if chosen.suffix.lower() == f".{kind}" else chosen.with_suffix(f".{kind}")
        services, council_id = self.context.services, self.council_id

        def work() -> Path:
            if kind == "docx":
                from buurtdesk.documents.jaarverslag.word import render_jaarverslag_docx

                return render_jaarverslag_docx(services, council_id, year, out)
            from buurtdesk.documents.jaarverslag.report import render_jaarverslag

            return render_jaarverslag(services, council_id, year, out)

        def done(path: Path) -> None:
            self.state.setText(self.tr("Saved: %1").replace("%1", str(path)))
            if preview:
                self.open_file(Path(path))

        self.state.setText(self.tr("Making the annual report…"))
        return self.maker.start(work, done, self.notice.show_message)
