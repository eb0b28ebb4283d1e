"""The fixed vocabularies of the domain. Values are stored in the database: never rename one."""

from __future__ import annotations

from enum import StrEnum


class CouncilKind(StrEnum):
    WIJKOVERLEG = "wijkoverleg"
    DORPSRAAD = "dorpsraad"


class Language(StrEnum):
    DUTCH = "nl"
    ENGLISH = "en"


class OrganisationKind(StrEnum):
    RESIDENTS_ASSOCIATION = "residents_association"
    CORPORATION = "corporation"
    MUNICIPALITY = "municipality"
    POLICE = "police"
    WELFARE = "welfare"
    OTHER = "other"


class MembershipRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    SECRETARY = "secretary"
    TREASURER = "treasurer"
    MINUTE_TAKER = "minute_taker"
    MEMBER = "member"
    ADVISER = "adviser"
    # Read from old files only: the schema update of the real meeting made every one an adviser.
    PROFESSIONAL = "professional"


class LadderStep(StrEnum):
    INITIATOR = "initiator"
    PARTICIPANT = "participant"
    CO_COMMISSIONER = "co_commissioner"
    COMMISSIONER = "commissioner"


class MeetingKind(StrEnum):
    REGULAR = "regular"
    TOEKOMSTAGENDA = "toekomstagenda"
    CORE_GROUP = "core_group"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"


class MinutesState(StrEnum):
    DRAFT = "draft"
    SENT = "sent"  # only in databases of older versions; shown, and adopted like a draft
    ADOPTED = "adopted"


class AgendaItemKind(StrEnum):
    OPENING = "opening"
    AGENDA = "agenda"
    PREVIOUS_MINUTES = "previous_minutes"
    ACTION_LIST = "action_list"
    ANNOUNCEMENTS = "announcements"
    TOPIC = "topic"
    ANY_OTHER_BUSINESS = "any_other_business"
    CLOSING = "closing"
    BREAK = "break"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"
    GUEST = "guest"
    # Before (or during) the meeting: nobody has said yet whether this member is there.
    UNKNOWN = "unknown"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def is_open(self) -> bool:
        return self in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


class PhaseKind(StrEnum):
    VISION = "vision"
    ROLES = "roles"
    PLANS = "plans"
    EXECUTION = "execution"
    EVALUATION = "evaluation"


class CheckArea(StrEnum):
    FINANCIAL = "financial"
    CONTENT = "content"
    LEGAL = "legal"


class CheckVerdict(StrEnum):
    OK = "ok"
    NEEDS_WORK = "needs_work"
    NOT_FEASIBLE = "not_feasible"


class ProjectStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"
    STOPPED = "stopped"


class Party(StrEnum):
    RESIDENTS = "residents"
    MUNICIPALITY = "municipality"
    CORPORATION = "corporation"
    POLICE = "police"
    OTHER = "other"


class FundingSourceKind(StrEnum):
    MUNICIPAL_BUDGET = "municipal_budget"
    SAM_FUND = "sam_fund"
    PROJECT_MONEY = "project_money"
    MEETING_COMMUNICATION = "meeting_communication"
    CORPORATION = "corporation"
    OTHER = "other"


class MinutesTitle(StrEnum):
    """What a council calls its minutes; printed as the title of the document."""

    NOTULEN = "notulen"
    VERSLAG = "verslag"
    BESLUITENLIJST = "besluitenlijst"
