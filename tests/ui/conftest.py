"""GUI fixtures: the Dutch translation and BuurtDesk's style, as the app installs them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from buurtdesk.ui.common.language import install_language
from buurtdesk.ui.common.style import apply_style


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "nl")
    apply_style(qapp)
    yield qapp
    install_language(qapp, "en")


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    install_language(qapp, "en")
    apply_style(qapp)
    yield qapp
