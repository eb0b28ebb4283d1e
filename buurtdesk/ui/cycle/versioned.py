"""An edit of a shared record from a Toekomstagenda page, based on the version the page showed.

The pages hand the edit to the one mechanism (ui.common.undo.VersionedEdit): when someone else
changed the record in between, the user sees both versions and chooses.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from buurtdesk.ui.common.undo import Apply, VersionedEdit
from buurtdesk.ui.common.widgets import PageHost


def push_versioned(
    host: PageHost,
    parent: QWidget,
    text: str,
    *,
    version: int | None,
    apply: Apply,
    new: dict[str, Any],
    old: dict[str, Any],
    record: tuple[str, int],
) -> bool:
    """Store `new` on `version` through the section's undo stack; False when refused."""
    return host.push(
        VersionedEdit(
            text,
            version=version,
            apply=apply,
            new=new,
            old=old,
            parent=parent,
            after=host.reload,
            on_error=host.show_error,
            record=record,
        )
    )
