"""Tables that show their text in full at any text size.

    fit_columns(view, main=Model.TEXT)

The main column (the one people read: what, the decision, the last progress) takes the room
that is left and wraps; every other column gets what its text needs, but no more than a share
of the table, and wraps beyond that (never narrower than its longest word). Rows grow to their
wrapped text, so nothing is cut off or elided, and no horizontal scroll bar appears. When
even that cannot fit (eight columns at 200 % text), the optional columns go, in order.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

ROWS_MEASURED = 300  # enough to know a column's widths; a longer list follows the same pattern
SIDE_SHARE = 0.22  # at most this share of the table's width for one column beside the main one


class ColumnFitter(QObject):
    def __init__(
        self,
        view: QTableView,
        main: int,
        min_main_share: float = 0.4,
        optional: tuple[int, ...] = (),
    ) -> None:
        super().__init__(view)
        self.view = view
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
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.viewport().installEventFilter(self)
        self._watch()

    def _watch(self) -> None:
        model = self.view.model()
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
            model.layoutChanged,
            model.headerDataChanged,
        ):
            signal.connect(self.later)
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
        header = view.horizontalHeader()
        pad = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1) + 8
        head_pad = 2 * view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 8
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        head_metrics = QFontMetrics(header.font())
        line = max((head_metrics.horizontalAdvance(t) for t in title.split("\n")), default=0)
        line += head_pad
        word = line  # a header does not wrap: its column is never narrower than its title
        for row in range(min(model.rowCount(), ROWS_MEASURED)):
            index = model.index(row, column)
            text = str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            extra = pad
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                extra += view.iconSize().width() + 4
            if model.data(index, Qt.ItemDataRole.CheckStateRole) is not None:
                extra += view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 6
            lines = text.split("\n")
            line = max(line, max(metrics.horizontalAdvance(t) for t in lines) + extra)
            word = max(
                word, max((metrics.horizontalAdvance(w) for w in text.split()), default=0) + extra
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
        header = view.horizontalHeader()
        for column, size in widths.items():
            header.resizeSection(column, size)
        if self.main in columns:
            header.resizeSection(self.main, max(main_word, left))
        view.resizeRowsToContents()


def fit_columns(
    view: QTableView, main: int, min_main_share: float = 0.4, optional: tuple[int, ...] = ()
) -> ColumnFitter:
    """Make `view` show its text in full (see the module's text); call after setModel.
    `optional`: columns that may go, first to last, when the others cannot fit otherwise
    (what they show is also in the pane beside the table)."""
    return ColumnFitter(view, main, min_main_share, optional)
