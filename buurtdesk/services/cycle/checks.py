"""The history of a framework check: every change keeps what the check said before.

A check judged "niet haalbaar" changes only with a note that says why (the council's
reason to look again); money follows content, and the history shows when it was in order.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from buurtdesk.domain.enums import CheckVerdict
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.domain.rules import MAX_NAME_LENGTH
from buurtdesk.store.models import FrameworkCheck, FrameworkCheckChange


def keep_check_history(
    s: Session,
    check: FrameworkCheck,
    verdict: CheckVerdict,
    note: str,
    changed_by: str,
    today: date,
) -> None:
    """Note the check as it was before this change (nothing when nothing changes)."""
    if check.verdict == verdict and check.note == note:
        return
    leaves_not_feasible = check.verdict == CheckVerdict.NOT_FEASIBLE and verdict != check.verdict
    if leaves_not_feasible and (not note or note == check.note):
        raise InvalidInput.said(
            "A check that said 'not feasible' changes only with a new note: write down why it is different now."
        )
    s.add(
        FrameworkCheckChange(
            check_id=check.id,
            verdict_before=check.verdict,
            note_before=check.note,
            checked_by_before=check.checked_by,
            checked_on_before=check.checked_on,
            verdict_after=verdict,
            changed_by=changed_by.strip()[:MAX_NAME_LENGTH],
            changed_on=today,
            reason=note,
        )
    )
