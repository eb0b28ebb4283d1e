"""The words the command line prints for the domain's stored values (text output only;
--json keeps the stored values, which scripts read)."""

from __future__ import annotations

from enum import StrEnum

from buurtdesk.domain.enums import (
    ActionStatus,
    CouncilKind,
    LadderStep,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
)
from buurtdesk.messages import N_, gettext

_WORDS: dict[StrEnum, str] = {
    CouncilKind.WIJKOVERLEG: N_("Neighbourhood council"),
    CouncilKind.DORPSRAAD: N_("Village council"),
    MeetingKind.REGULAR: N_("Regular meeting"),
    MeetingKind.TOEKOMSTAGENDA: N_("Toekomstagenda session"),
    MeetingKind.CORE_GROUP: N_("Core group"),
    MeetingStatus.PLANNED: N_("Planned"),
    MeetingStatus.IN_PROGRESS: N_("In progress"),
    MeetingStatus.CLOSED: N_("Held"),
    MinutesState.DRAFT: N_("Draft"),
    MinutesState.SENT: N_("Sent"),
    MinutesState.ADOPTED: N_("Adopted"),
    ActionStatus.OPEN: N_("Open"),
    ActionStatus.IN_PROGRESS: N_("In progress"),
    ActionStatus.DONE: N_("Done"),
    ActionStatus.DROPPED: N_("Dropped"),
    MembershipRole.CHAIR: N_("Chair"),
    MembershipRole.VICE_CHAIR: N_("Vice chair"),
    MembershipRole.SECRETARY: N_("Secretary"),
    MembershipRole.TREASURER: N_("Treasurer"),
    MembershipRole.MINUTE_TAKER: N_("Minute taker"),
    MembershipRole.MEMBER: N_("Member"),
    MembershipRole.ADVISER: N_("Adviser"),
    MembershipRole.PROFESSIONAL: N_("Professional"),
    LadderStep.INITIATOR: N_("Initiator"),
    LadderStep.PARTICIPANT: N_("Participant"),
    LadderStep.CO_COMMISSIONER: N_("Co-commissioner"),
    LadderStep.COMMISSIONER: N_("Commissioner"),
}


def word(kind: type[StrEnum], value: object) -> str:
    """A stored value as the user reads it: (MeetingStatus, 'closed') -> 'Gehouden' ('Held')."""
    if value is None or value == "":
        return ""
    try:
        member = kind(str(value))
    except ValueError:
        return str(value)
    text = _WORDS.get(member)
    return gettext(text) if text else str(value)


def words(kind: type[StrEnum], values: object) -> str:
    """Several stored values (a person's roles): 'Voorzitter, Lid'."""
    if not isinstance(values, list | tuple):
        return word(kind, values)
    return ", ".join(word(kind, value) for value in values)
