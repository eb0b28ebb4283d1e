"""PySide6 reads the source of every module imported after it, to learn whether the module
mentions PySide6 (and so might switch on one of PySide's optional features with
`from __feature__ import ...`). After the first paint the database code loads: SQLAlchemy,
the parts of Python's library it uses and BuurtDesk's floors below the screens, some 300
modules, whose reading costs a tenth of a second. None of them mentions PySide6 (import-linter
keeps Qt in ui/ and app/; tests/robustness/test_lazy_imports.py checks the text), so they get
PySide's answer for them without being read. The screens' modules are read as before."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nothing more is imported: PySide would read it
    from collections.abc import Callable
    from types import ModuleType

# Packages whose modules never mention PySide6: PySide's own reading would find nothing.
WITHOUT_QT = (
    "sqlalchemy",
    "alembic",
    "typing_extensions",
    "buurtdesk.domain",
    "buurtdesk.store",
    "buurtdesk.services",
    "buurtdesk.documents",
    "buurtdesk.exchange",
    "buurtdesk.demo",
    "buurtdesk.cli",
    "buurtdesk.messages",
    "buurtdesk.paths",
)


_done: list[bool] = []


def read_fewer_modules() -> None:
    """Answer PySide's question for the packages in WITHOUT_QT without reading their source
    (once per process). Does nothing when this PySide6 asks in another way."""
    feature = sys.modules.get("shibokensupport.feature")
    reads: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or reads is None or _done:
        return

    def mentions_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if isinstance(name, str) and without_qt(name):
            return False
        return reads(module)

    vars(feature)["_mod_uses_pyside"] = mentions_pyside
    _done.append(True)


def without_qt(name: str) -> bool:
    """A module that never mentions PySide6: Python's own library, SQLAlchemy and the floors
    of BuurtDesk below the screens."""
    return (
        name == "buurtdesk"
        or name.partition(".")[0] in sys.stdlib_module_names
        or any(name == package or name.startswith(package + ".") for package in WITHOUT_QT)
    )
