"""Tables (and trees) that show their text in full at any text size.

    fit_columns(view, main=Model.TEXT)

The main column (the one people read: what, the decision, the last progress) takes the room
that is left and wraps; every other column gets what its text needs, but no more than a share
of the table, and wraps beyond that (never narrower than its longest word). Rows grow to their
wrapped text, so nothing is cut off or elided, and no horizontal scroll bar appears. When
even that cannot fit (eight columns at 200 % text), the optional columns go, in order.
Text joined by a no-break space ("€\u00a01.250,00") counts as one word, as Qt wraps it.
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QTreeView

from buurtdesk.ui.common.rows import wrap_rows

ROWS_MEASURED = 300  # enough to know a column's widths; a longer list follows the same pattern
SIDE_SHARE = 0.22  # at most this share of the table's width for one column beside the main one


class ColumnFitter(QObject):
    def __init__(
        self,
        view: QTableView | QTreeView,
        main: int,
        min_main_share: float = 0.4,
        optional: tuple[int, ...] = (),
        holds_words: bool = False,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.holds_words = holds_words
        self.main = main
        self.optional = optional
        self.dropped: set[int] = set()
        self.min_main_share = min_main_share
        self._pending = QTimer(self)
        self._pending.setSingleShot(True)
        self._pending.setInterval(0)
        self._pending.timeout.connect(self.fit)
        view.setWordWrap(True)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if isinstance(view, QTableView):
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        else:  # a tree's rows are as tall as their wrapped text through its delegate
            wrap_rows(view)
        view.viewport().installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None:
            return
        pending = self._pending

        def later(*_args: object) -> None:
            # A plain function rather than a slot of the fitter: a QTableWidget's own model
            # still signals while it is taken down with its view, after the fitter's end.
            if shiboken6.isValid(pending):
                pending.start()

        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(later)
        self.later()

    def later(self, *_args: object) -> None:
        self._pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.later()
        return False

    def _needs(self, column: int) -> tuple[int, int]:
        """(one line, longest word) in px for the header and the cells of `column`."""
        view, model = self.view, self.view.model()
        metrics = QFontMetrics(view.font())
        header = self.header()
        pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        head_pad = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        head_metrics = QFontMetrics(header.font())
        line = max((head_metrics.horizontalAdvance(t) for t in title.split("\n")), default=0)
        line += head_pad
        word = line  # a header does not wrap: its column is never narrower than its title
        for index, depth in self._indexes(column):
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            extra = pad + depth
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                extra += view.iconSize().width() + 4
            if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
                extra += (
                    view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 6
                )
            font = model.data(index, Qt.ItemDataRole.FontRole)  # a bold theme in a tree
            shown = QFontMetrics(font) if isinstance(font, QFont) else metrics
            lines = text.split("\n")
            line = max(line, max(shown.horizontalAdvance(t) for t in lines) + extra)
            word = max(
                word, max((shown.horizontalAdvance(w) for w in _words(text)), default=0) + extra
            )
        return line, word

    def fit(self) -> None:
        view, model = self.view, self.view.model()
        if model is None or model.columnCount() == 0:
            return
        width = view.viewport().width()
        if width <= 0:
            return
        for column in self.dropped:
            view.setColumnHidden(column, False)
        self.dropped = set()
        columns = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
        needs = {c: self._needs(c) for c in columns}
        if self.holds_words:  # the layout around gives the table room for every column
            # the frame and a scroll bar's room, whether the bar shows or not (steady)
            frame = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
            view.setMinimumWidth(sum(needs[c][1] for c in columns) + frame)
        main_floor = max(needs.get(self.main, (0, 0))[1], int(width * self.min_main_share))
        for column in self.optional:  # the least needed columns go when the rest cannot fit
            least = sum(needs[c][1] for c in columns if c != self.main)
            if least + main_floor <= width or column not in columns:
                continue
            columns.remove(column)
            view.setColumnHidden(column, True)
            self.dropped.add(column)
        side_cap = max(60, int(width * SIDE_SHARE))
        widths = {
            c: max(needs[c][1], min(needs[c][0], side_cap)) for c in columns if c != self.main
        }
        main_word = needs.get(self.main, (0, 0))[1]
        left = width - sum(widths.values())
        main_min = max(main_word, int(width * self.min_main_share))
        if left < main_min:  # the side columns give up room (wrapping) down to their words
            for column in sorted(widths, key=lambda c: widths[c], reverse=True):
                give = min(widths[column] - needs[column][1], main_min - left)
                if give > 0:
                    widths[column] -= give
                    left += give
                if left >= main_min:
                    break
        header = self.header()
        for column, size in widths.items():
            header.resizeSection(column, size)
        if self.main in columns:
            header.resizeSection(self.main, max(main_word, left))
        if isinstance(view, QTableView):
            view.resizeRowsToContents()
        else:
            view.doItemsLayout()

    def header(self) -> QHeaderView:
        view = self.view
        return view.horizontalHeader() if isinstance(view, QTableView) else view.header()

    def _indexes(self, column: int) -> list[tuple[QModelIndex, int]]:
        """The cells of `column` measured, each with the room its indentation takes (a
        tree's first column: the branch marks, as the rows' delegate counts them)."""
        view, model = self.view, self.view.model()
        found: list[tuple[QModelIndex, int]] = []
        parents = [(QModelIndex(), 0)]
        while parents and len(found) < ROWS_MEASURED:
            parent, depth = parents.pop(0)
            for row in range(min(model.rowCount(parent), ROWS_MEASURED - len(found))):
                index = model.index(row, column, parent)
                indent = 0
                if isinstance(view, QTreeView) and column == view.header().logicalIndex(0):
                    steps = depth + int(view.rootIsDecorated())
                    indent = view.indentation() * steps
                found.append((index, indent))
                if isinstance(view, QTreeView):
                    parents.append((model.index(row, 0, parent), depth + 1))
        return found


def _words(text: str) -> list[str]:
    """The pieces Qt may wrap between: at spaces and line ends, not at no-break spaces."""
    return [word for word in re.split(r"[ \t\r\n]+", text) if word]


def fit_columns(
    view: QTableView | QTreeView,
    main: int,
    min_main_share: float = 0.4,
    optional: tuple[int, ...] = (),
    holds_words: bool = False,
) -> ColumnFitter:
    """Make `view` show its text in full (see the module's text); call after setModel.
    `optional`: columns that may go, first to last, when the others cannot fit otherwise
    (what they show is also in the pane beside the table). `holds_words`: the table asks the
    layout around it for the room its columns' longest words need (a small table beside
    another part)."""
    return ColumnFitter(view, main, min_main_share, optional, holds_words)
