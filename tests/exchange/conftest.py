"""Fixtures of the exchange tests: a second laptop with its own database."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.services import Services
from buurtdesk.store.database import Database
from buurtdesk.store.opening import open_sqlite


@pytest.fixture
def second_database(tmp_path: Path, migrated_template: Path) -> Iterator[Database]:
    path = tmp_path / "laptop-b.db"
    shutil.copyfile(migrated_template, path)
    db = open_sqlite(path)
    yield db
    db.dispose()


@pytest.fixture
def second_services(second_database: Database, clock: Any) -> Services:
    return Services.build(second_database, clock)
