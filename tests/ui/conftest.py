"""GUI fixtures: the Dutch translation and BuurtDesk's style, as the app installs them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from buurtdesk.app import install_translator
from buurtdesk.ui.style import apply_style


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    translator = install_translator(qapp, "nl")
    apply_style(qapp)
    yield qapp
    qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    translator = install_translator(qapp, "en")
    apply_style(qapp)
    yield qapp
    qapp.removeTranslator(translator)
