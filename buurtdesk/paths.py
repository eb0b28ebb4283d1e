"""Where BuurtDesk keeps its data: the operating system's user data folder."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "BuurtDesk"


def data_folder() -> Path:
    from platformdirs import user_data_path  # loaded when asked: a start with --db never needs it

    return user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_folder() / "buurtdesk.db"


def demo_database_path() -> Path:
    return data_folder() / "demo.db"


def resources_folder() -> Path:
    """The resources shipped with BuurtDesk (fonts, icons, translations), also when frozen."""
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
