"""Does every visible text get the room it needs? Used by test_real_settings.py.

For each visible label, button, check box, tab, header section and table cell: compare what
the text needs (its font's metrics, wrapped where the widget wraps) with what the widget got.
Elided text ("…" where the model has none) counts as cut. A window larger than the screen,
a horizontal scroll bar in the sidebar, and a widget drawn over another (overlap_check.py)
count too.
"""

from __future__ import annotations

from overlap_check import overlaps
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QPushButton,
    QRadioButton,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QTreeView,
    QWidget,
)
from window_check import tails_shown

SLACK = 2  # px: rounding between the metrics and the painted text
ROWS_CHECKED = 40  # rows per view: the ones on screen


def _plain(text: str) -> str:
    """The text as painted: mnemonic ampersands gone, && kept as one."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scroll_area_viewport(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent.objectName() == "qt_scrollarea_viewport":
            return True
        parent = parent.parentWidget()
    return False


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rect = label.contentsRect()
    margin = label.margin()
    room = rect.adjusted(margin, margin, -margin, -margin)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px high, has {label.height()}"
        hint = label.minimumSizeHint().width()
        if hint > label.width() + SLACK:  # one word longer than the line
            return f"a word needs {hint} px, has {label.width()}"
        return None
    needed = label.sizeHint()
    if label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(text):
        metrics = label.fontMetrics()
        lines = _plain(text).split("\n") if label.buddy() else text.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        height = metrics.lineSpacing() * len(lines)
        if width > room.width() + SLACK:
            return f"needs {width} px wide, has {room.width()}"
        if height > room.height() + metrics.leading() + SLACK:
            return f"needs {height} px high, has {room.height()}"
        return None
    if needed.width() > label.width() + SLACK or needed.height() > label.height() + SLACK:
        return f"needs {needed.width()}×{needed.height()}, has {label.width()}×{label.height()}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text:
        return None
    metrics = button.fontMetrics()
    style = button.style()
    text_width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
    if isinstance(button, QCheckBox | QRadioButton):
        indicator = style.pixelMetric(
            QStyle.PixelMetric.PM_IndicatorWidth
            if isinstance(button, QCheckBox)
            else QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            None,
            button,
        )
        spacing = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
        needed = indicator + spacing + icon + text_width
    elif isinstance(button, QPushButton):
        needed = (
            text_width
            + icon
            + 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
            + 2 * style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, button)
        )
        # A style sheet may pad the button otherwise: what Qt itself asks for counts then.
        needed = min(needed, button.sizeHint().width())
    elif isinstance(button, QToolButton):
        needed = text_width + icon + 6
    else:
        needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed} px wide, has {button.width()}"
    lines = text.count("\n") + 1
    if metrics.height() * lines > button.height() + SLACK:
        return f"needs {metrics.height() * lines} px high, has {button.height()}"
    return None


def _tabs(bar: QTabBar) -> list[str]:
    found = []
    metrics = bar.fontMetrics()
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect = bar.tabRect(index)
        text = _plain(bar.tabText(index))
        needed = (
            metrics.horizontalAdvance(text)
            + 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
        )
        if needed > rect.width() + SLACK:
            found.append(f"tab '{text}' needs {needed} px, has {rect.width()}")
        elif not bar.rect().contains(rect):
            found.append(f"tab '{text}' lies outside the tab bar (scroll buttons)")
    return found


def _header(header: QHeaderView) -> list[str]:
    found = []
    model = header.model()
    if model is None:
        return found
    metrics = header.fontMetrics()
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    for section in range(header.count()):
        if header.isSectionHidden(section) or header.sectionSize(section) <= 0:
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if not text or header.orientation() != Qt.Orientation.Horizontal:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in text.split("\n")) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            needed += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize) + margin
        if needed > header.sectionSize(section) + SLACK:
            found.append(f"header '{text}' needs {needed} px, has {header.sectionSize(section)}")
        pos = header.sectionViewportPosition(section)
        if pos + header.sectionSize(section) > header.viewport().width() + SLACK and pos >= 0:
            found.append(f"header '{text}' runs off the table (a horizontal scroll bar)")
    return found


def _cells(view: QAbstractItemView) -> list[str]:
    """Every cell on screen shows its whole text (wrapped where the view wraps)."""
    model = view.model()
    if model is None:
        return []
    found = []
    wraps = view.wordWrap() if isinstance(view, QTableView | QTreeView) else False
    if isinstance(view, QListView):
        wraps = view.wordWrap()
    metrics = QFontMetrics(view.font())
    viewport = view.viewport().rect()
    if isinstance(view, QListView):
        columns = [view.modelColumn()]
    else:
        columns = list(range(model.columnCount(view.rootIndex())))
    for row in range(min(model.rowCount(view.rootIndex()), ROWS_CHECKED)):
        for column in columns:
            if isinstance(view, QTableView) and view.isColumnHidden(column):
                continue
            if isinstance(view, QTreeView) and view.isColumnHidden(column):
                continue
            index = model.index(row, column, view.rootIndex())
            rect = view.visualRect(index)
            if rect.isEmpty() or not viewport.intersects(rect):
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
            if not text:
                continue
            problem = _cell(view, index, rect, text, metrics, wraps)
            if problem:
                found.append(f"row {row} column {column} '{text[:40]}': {problem}")
            if rect.right() > viewport.right() + SLACK and rect.left() >= 0:
                found.append(f"column {column} runs off the view (a horizontal scroll bar)")
    return sorted(set(found))


def _cell(
    view: QAbstractItemView,
    index: QModelIndex,
    rect: QRect,
    text: str,
    metrics: QFontMetrics,
    wraps: bool,
) -> str | None:
    font = index.data(Qt.ItemDataRole.FontRole)
    if font is not None:
        metrics = QFontMetrics(font)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = rect.width() - 2 * margin
    if index.data(Qt.ItemDataRole.DecorationRole) is not None:
        room -= view.iconSize().width() + 4
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        room -= view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, view) + 4
    if isinstance(view, QTreeView) and index.column() == 0:
        room -= view.indentation() if view.rootIsDecorated() else 0
    lines = text.split("\n")
    if wraps:
        bounds = metrics.boundingRect(
            QRect(0, 0, max(1, room), 100_000),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
            text,
        )
        longest_word = max((metrics.horizontalAdvance(w) for w in text.split()), default=0)
        if longest_word > room + SLACK:
            return f"a word needs {longest_word} px, has {room}"
        if bounds.height() > rect.height() + SLACK:
            return f"needs {bounds.height()} px high, has {rect.height()}"
        return None
    width = max(metrics.horizontalAdvance(line) for line in lines)
    if width > room + SLACK:
        return f"needs {width} px, has {room}"
    if metrics.height() * len(lines) > rect.height() + SLACK:
        return f"needs {metrics.height() * len(lines)} px high, has {rect.height()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    arrow = combo.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, combo)
    needed = combo.fontMetrics().horizontalAdvance(text) + arrow + 12
    if needed > combo.width() + SLACK:
        return f"'{text}' needs {needed} px, has {combo.width()}"
    return None


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    label = widget.accessibleName() or widget.objectName() or text[:40]
    return f"{type(widget).__name__} '{_plain(label)}'"


def problems(root: QWidget, screen: tuple[int, int] = (1366, 768)) -> list[str]:
    """What a person cannot read in `root` as it is shown now."""
    found: list[str] = []
    frame = root.frameGeometry() if root.isWindow() else root.geometry()
    if root.isWindow() and (root.width() > screen[0] or root.height() > screen[1]):
        found.append(
            f"window is {root.width()}×{root.height()}, the screen {screen[0]}×{screen[1]}"
        )
    if root.isWindow() and (
        root.minimumSizeHint().width() > screen[0] or root.minimumSizeHint().height() > screen[1]
    ):
        hint = root.minimumSizeHint()
        found.append(f"window needs at least {hint.width()}×{hint.height()}")
    del frame
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        if problem:
            found.append(f"{_name(widget)}: {problem}")
        if isinstance(widget, QTabBar):
            found += [f"{_name(widget)}: {p}" for p in _tabs(widget)]
        if isinstance(widget, QHeaderView) and widget.isVisibleTo(root):
            found += [f"{_name(widget.parentWidget())}: {p}" for p in _header(widget)]
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += [f"{_name(widget)}: {p}" for p in _cells(widget)]
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            where = "in the sidebar" if _in_sidebar(widget) else "(the text does not reflow)"
            found.append(f"{_name(widget)}: a horizontal scroll bar {where}")
    found += overlaps(root, _name)
    found += tails_shown(root)
    return found


def _in_sidebar(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if parent.objectName() == "sidebar":
            return True
        parent = parent.parentWidget()
    return False
