"""Preferences: the language changes at once without losing work; text size and colours apply."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from buurtdesk.app import build_window
from buurtdesk.services import Services
from buurtdesk.ui.common.style import BASE_POINT_SIZE
from buurtdesk.ui.preferences import Preferences, PreferencesController, PreferencesDialog


def test_switching_to_english_keeps_the_council_and_the_data(
    qtbot: QtBot, demo_services: Services, dutch: QApplication, tmp_path: Path
) -> None:
    demo = demo_services
    settings = QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat)
    window = build_window(demo, settings=settings)
    qtbot.addWidget(window)
    window.show()
    steyl = window.council_picker.findText("Dorpsraad Steyl")
    window.council_picker.setCurrentIndex(steyl)
    controller = PreferencesController(
        dutch, settings, lambda: build_window(demo, settings=settings), window
    )
    dialog = controller.open()
    assert dialog.windowTitle() == "Voorkeuren"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.text_size.setValue(150)
    dialog.accept()
    new = controller.window
    qtbot.addWidget(new)
    assert new is not window
    assert new.council_picker.currentText() == "Dorpsraad Steyl"
    texts = " ".join(label.text() for label in new.findChildren(QLabel))
    assert "Next meeting" in texts and "Volgende vergadering" not in texts
    assert abs(dutch.font().pointSizeF() - BASE_POINT_SIZE * 1.5) < 0.01
    assert Preferences.load(settings) == Preferences(
        language="en", text_percent=150, theme="system", database_url=""
    )
    controller.apply(Preferences.load(settings), Preferences())  # back to Dutch at 100 %
    qtbot.addWidget(controller.window)
    assert abs(dutch.font().pointSizeF() - BASE_POINT_SIZE) < 0.01


def test_high_contrast_and_dark_palettes_are_legible(qtbot: QtBot, dutch: QApplication) -> None:
    from PySide6.QtGui import QColor, QPalette

    from buurtdesk.ui.common.style import (
        apply_theme,
        muted_colour,
        success_colour,
        warning_colour,
    )

    def ratio(first: QColor, second: QColor) -> float:
        def luminance(c: QColor) -> float:
            channels = []
            for v in (c.redF(), c.greenF(), c.blueF()):
                channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

        high, low = sorted((luminance(first), luminance(second)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    def contrast(a: QPalette.ColorRole, b: QPalette.ColorRole) -> float:
        def luminance(role: QPalette.ColorRole) -> float:
            c = dutch.palette().color(role)
            channels = []
            for v in (c.redF(), c.greenF(), c.blueF()):
                channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
            return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    try:
        for theme, minimum in (("contrast", 15.0), ("dark", 7.0), ("light", 7.0)):
            apply_theme(dutch, theme)
            assert contrast(QPalette.ColorRole.Text, QPalette.ColorRole.Base) >= minimum, theme
            assert (
                contrast(QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight) >= 4.5
            ), theme
            # A placeholder is legible, yet clearly dimmer than typed text: an empty note
            # must not look filled in.
            placeholder = contrast(QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base)
            assert placeholder >= 4.5, theme
            assert contrast(QPalette.ColorRole.Text, QPalette.ColorRole.Base) >= placeholder * 1.5
            # A warning, a success and muted text are legible on the window's background and
            # in a table's cells, in every theme.
            for tone in (warning_colour(), success_colour(), muted_colour()):
                for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                    ground = dutch.palette().color(role)
                    assert ratio(QColor(tone), ground) >= 4.5, (theme, tone, ground.name())
    finally:
        apply_theme(dutch, "system")


def test_the_dialog_offers_text_sizes_from_100_to_200_percent(
    qtbot: QtBot, dutch: QApplication
) -> None:
    dialog = PreferencesDialog(Preferences())
    qtbot.addWidget(dialog)
    assert (dialog.text_size.minimum(), dialog.text_size.maximum()) == (100, 200)
    assert all(
        w.accessibleName()
        for w in (dialog.language, dialog.text_size, dialog.theme, dialog.database_url)
    )


def test_the_server_example_is_never_cut_off(qtbot: QtBot, dutch: QApplication) -> None:
    """The example address of a shared server fits its field, at 100 % and at 200 % text size."""
    from buurtdesk.ui.common.style import apply_style
    from buurtdesk.ui.preferences import SERVER_EXAMPLE

    try:
        for scale in (1.0, 2.0):
            apply_style(dutch, scale)
            dialog = PreferencesDialog(Preferences())
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            field = dialog.database_url
            text_room = (
                field.width()
                - 2 * field.style().pixelMetric(field.style().PixelMetric.PM_DefaultFrameWidth)
                - 8
            )
            assert field.fontMetrics().horizontalAdvance(SERVER_EXAMPLE) <= text_room, scale
            assert dialog.width() <= 1366, scale
            dialog.close()
    finally:
        apply_style(dutch, 1.0)
