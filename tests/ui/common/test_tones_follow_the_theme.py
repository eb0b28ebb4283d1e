"""A screen names a warning, a success or muted text by its tone (ui/common/style.py), never by
a fixed colour: a dark red that reads on white is lost on the dark theme's grey, and a dark
green notice in meeting mode could not be read there at all."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from buurtdesk.domain.enums import ActionStatus
from buurtdesk.services.views import ActionPointView
from buurtdesk.ui.common.style import apply_theme, warning_colour
from buurtdesk.ui.registers.action_model import ActionTableModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

UI = Path(__file__).resolve().parents[3] / "buurtdesk" / "ui"
# A text colour in a brush or a style sheet, unless the same sheet sets its own background.
FIXED_BRUSH = re.compile(r'return QBrush\(QColor\("#')
FIXED_TEXT = re.compile(r'"[^"\n]*(?<![-\w])color:\s*#[0-9a-fA-F]{3,6}[^"\n]*"')


def test_no_screen_paints_text_in_a_fixed_colour() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "style.py":
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            sheet = FIXED_TEXT.search(line)
            before = lines[number - 2] if number > 1 else ""  # a sheet written over two lines
            if FIXED_BRUSH.search(line) or (sheet and "background" not in before + line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)


def _luminance(colour: QColor) -> float:
    channels = [
        v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        for v in (colour.redF(), colour.greenF(), colour.blueF())
    ]
    return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]


def _ratio(first: QColor, second: QColor) -> float:
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _overdue_action(due: date) -> ActionPointView:
    return ActionPointView(
        id=1,
        uuid="a1",
        council_id=1,
        title="Offerte voor extra lantaarnpalen aan het Maaspad sturen",
        owner_person_id=None,
        owner_organisation_id=None,
        owner_name="Gemeente Venlo",
        due_date=due,
        status=ActionStatus.OPEN,
        origin_meeting_id=None,
        origin_meeting_date=None,
        origin_item_id=None,
        project_id=None,
        project_name="",
        closed_on=None,
        last_progress="",
        times_carried=0,
        version=1,
    )


@pytest.mark.parametrize("theme", ["light", "dark", "contrast"])
def test_an_overdue_action_point_reads_in_every_theme(qapp: QApplication, theme: str) -> None:
    """The register's overdue date is drawn in the warning tone of the theme shown now."""
    today = date(2026, 12, 6)
    try:
        apply_theme(qapp, theme)
        model = ActionTableModel(lambda: today)
        model.set_actions([_overdue_action(today - timedelta(days=9))])
        brush = model.data(model.index(0, ActionTableModel.DUE), Qt.ItemDataRole.ForegroundRole)
        assert brush is not None
        assert brush.color().name() == QColor(warning_colour()).name()
        base = qapp.palette().color(QPalette.ColorRole.Base)
        assert _ratio(brush.color(), base) >= 4.5, (theme, brush.color().name())
    finally:
        apply_theme(qapp, "system")
