"""The words of the import preview: field names and fixed values, from the message catalogue
(with a context where one English word has two Dutch meanings)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from buurtdesk.domain import enums
from buurtdesk.domain.cycle import (
    AREA_LABELS,
    LADDER_LABELS,
    PARTY_LABELS,
    PHASE_LABELS,
    VERDICT_LABELS,
)
from buurtdesk.domain.dates import long_date
from buurtdesk.domain.money import Money
from buurtdesk.messages import N_, NC_, Marked, Said, Sentence, normal_language


def spoken(marked: Marked) -> Sentence:
    """A word of the preview: the English source marked with N_() (or NC_() with its
    context), said from the message catalogue (buurtdesk/messages.py) where it is shown."""
    return Sentence.of(marked)


def phrase(marked: Marked, **values: Said) -> Sentence:
    """A sentence of the catalogue with its values, said where it is shown; a value may be
    another sentence: phrase(N_("decision {number}"), number="2026-014")."""
    return Sentence.of(marked, **values)


def capital(said: Said) -> Said:
    """The name with a capital first letter, in whatever language it is said."""
    if isinstance(said, str):
        return said[:1].upper() + said[1:]
    return said.capital() if isinstance(said, Sentence) else said


@dataclass(frozen=True)
class Day:
    """A day as a reader says it: '24 december 2026', '24 December 2026'."""

    day: date

    def say(self, language: str) -> str:
        return long_date(self.day, normal_language(language)).split(" ", 1)[1]  # no weekday


@dataclass(frozen=True)
class Moment:
    """A day and its time: '24 december 2026 19:30'."""

    at: datetime

    def say(self, language: str) -> str:
        return f"{Day(self.at.date()).say(language)} {self.at:%H:%M}"


@dataclass(frozen=True)
class Amount:
    """An amount of money as the reader writes it: '€ 1.000,00', '€1,000.00'."""

    cents: int

    def say(self, language: str) -> str:
        return Money(self.cents).format(normal_language(language))


VALUE_WORDS: dict[type[StrEnum], dict[str, Said]] = {
    enums.MeetingStatus: {
        "planned": spoken(N_("planned")),
        "in_progress": spoken(N_("in progress")),
        "closed": spoken(N_("closed")),
    },
    enums.MeetingKind: {
        "regular": spoken(N_("regular meeting")),
        "toekomstagenda": spoken(N_("toekomstagenda session")),
        "core_group": spoken(N_("core group")),
    },
    enums.MinutesState: {
        "draft": spoken(N_("draft")),
        "sent": spoken(N_("sent")),
        "adopted": spoken(N_("adopted")),
    },
    enums.AgendaItemKind: {
        "opening": spoken(N_("opening")),
        "agenda": spoken(N_("adoption of the agenda")),
        "previous_minutes": spoken(N_("previous minutes")),
        "action_list": spoken(N_("action list")),
        "announcements": spoken(N_("announcements")),
        "topic": spoken(N_("topic")),
        "any_other_business": spoken(N_("any other business")),
        "closing": spoken(N_("closing")),
    },
    enums.AttendanceStatus: {
        "present": spoken(N_("present")),
        "apologies": spoken(N_("apologies")),
        "absent": spoken(N_("absent")),
        "guest": spoken(N_("guest")),
    },
    enums.ActionStatus: {
        "open": spoken(N_("open")),
        "in_progress": spoken(N_("in progress")),
        "done": spoken(N_("done")),
        "dropped": spoken(N_("dropped")),
    },
    enums.ProjectStatus: {
        "idea": spoken(N_("idea")),
        "planned": spoken(N_("planned")),
        "running": spoken(N_("running")),
        "finished": spoken(N_("finished")),
        "stopped": spoken(N_("stopped")),
    },
    enums.MembershipRole: {
        "chair": spoken(N_("chair")),
        "secretary": spoken(N_("secretary")),
        "treasurer": spoken(N_("treasurer")),
        "member": spoken(N_("member")),
        "adviser": spoken(N_("adviser")),
        "professional": spoken(N_("professional")),
    },
    enums.CouncilKind: {
        "wijkoverleg": spoken(N_("neighbourhood council")),
        "dorpsraad": spoken(N_("village council")),
    },
    enums.Language: {"nl": spoken(N_("Dutch")), "en": spoken(N_("English"))},
    enums.OrganisationKind: {
        "residents_association": spoken(N_("residents' association")),
        "corporation": spoken(N_("housing corporation")),
        "municipality": spoken(N_("municipality")),
        "police": spoken(N_("police")),
        "welfare": spoken(N_("welfare work")),
        "other": spoken(N_("other")),
    },
    enums.FundingSourceKind: {
        "municipal_budget": spoken(N_("municipal budget")),
        "sam_fund": spoken(N_("SAM fund")),
        "project_money": spoken(N_("project money")),
        "meeting_communication": spoken(N_("meeting and communication")),
        "corporation": spoken(NC_("funding source", "housing corporation")),
        "other": spoken(N_("other")),
    },
}
for labels, enum_class in (
    (PHASE_LABELS, enums.PhaseKind),
    (AREA_LABELS, enums.CheckArea),
    (VERDICT_LABELS, enums.CheckVerdict),
    (PARTY_LABELS, enums.Party),
    (LADDER_LABELS, enums.LadderStep),
):
    VALUE_WORDS[enum_class] = {str(k.value): spoken(v).lower() for k, v in labels.items()}

FIELD_WORDS: dict[str, Said] = {
    "title": spoken(N_("title")),
    "name": spoken(N_("name")),
    "notes": spoken(N_("notes")),
    "note": spoken(N_("note")),
    "text": spoken(N_("text")),
    "description": spoken(N_("description")),
    "status": spoken(NC_("record field", "status")),
    "date": spoken(N_("date")),
    "due_date": spoken(N_("due date")),
    "due_on": spoken(N_("due date")),
    "done_on": spoken(N_("done on")),
    "place": spoken(N_("place")),
    "start_time": spoken(N_("start time")),
    "end_time": spoken(N_("end time")),
    "kind": spoken(N_("kind")),
    "position": spoken(N_("position")),
    "owner_person_id": spoken(N_("owner")),
    "owner_organisation_id": spoken(N_("owner (organisation)")),
    "email": spoken(N_("email")),
    "phone": spoken(N_("phone")),
    "address": spoken(N_("address")),
    "remarks": spoken(N_("remarks")),
    "amount_cents": spoken(N_("amount")),
    "budget_ask_cents": spoken(N_("budget ask")),
    "summary": spoken(N_("summary")),
    "planned_minutes": spoken(N_("planned minutes")),
    "spent_seconds": spoken(N_("time spent")),
    "minutes_state": spoken(NC_("record field", "minutes")),
    "minutes_sent_on": spoken(N_("minutes sent on")),
    "minutes_adopted_on": spoken(N_("minutes adopted on")),
    "minutes_adopted_in_id": spoken(N_("minutes adopted in")),
    "minutes_amendments": spoken(N_("amendments to the minutes")),
    "role": spoken(N_("role")),
    "result": spoken(N_("result")),
    "spent_on": spoken(N_("spent on")),
    "decided_on": spoken(N_("decided on")),
    "goal": spoken(N_("goal")),
    "plan": spoken(N_("plan")),
    "council_id": spoken(N_("council")),
    "meeting_id": spoken(N_("meeting")),
    "cycle_id": spoken(N_("round")),
    "theme_id": spoken(N_("theme")),
    "project_id": spoken(N_("project")),
    "person_id": spoken(N_("person")),
    "organisation_id": spoken(N_("organisation")),
    "wish_id": spoken(N_("wish")),
    "priority_id": spoken(N_("priority")),
    "session_id": spoken(N_("vote session")),
    "agenda_item_id": spoken(N_("agenda item")),
    "origin_meeting_id": spoken(N_("meeting of origin")),
    "origin_item_id": spoken(N_("agenda item of origin")),
    "lead_person_id": spoken(N_("lead")),
    "decision_id": spoken(N_("decision")),
    "year": spoken(N_("year")),
    "sequence": spoken(N_("number")),
    "number": spoken(N_("number")),
    "votes_for": spoken(N_("votes for")),
    "votes_against": spoken(N_("votes against")),
    "votes_abstain": spoken(N_("abstentions")),
    "withdrawn": spoken(N_("withdrawn")),
    "closed_on": spoken(N_("closed on")),
    "started_on": spoken(N_("started on")),
    "ended_on": spoken(N_("ended on")),
    "starts_on": spoken(N_("starts on")),
    "ends_on": spoken(N_("ends on")),
    "horizon_year": spoken(N_("horizon year")),
    "current_phase": spoken(N_("phase")),
    "vision": spoken(N_("vision")),
    "raised_by": spoken(N_("raised by")),
    "held_on": spoken(N_("held on")),
    "dots_per_participant": spoken(N_("dots per participant")),
    "participants": spoken(N_("participants")),
    "participant": spoken(N_("participant")),
    "dots": spoken(N_("dots")),
    "rank": spoken(N_("rank")),
    "tie_note": spoken(N_("tie")),
    "party": spoken(N_("party")),
    "commitment": spoken(N_("commitment")),
    "area": spoken(N_("framework")),
    "verdict": spoken(N_("verdict")),
    "checked_by": spoken(N_("checked by")),
    "checked_on": spoken(N_("checked on")),
    "written_on": spoken(N_("written on")),
    "contribution": spoken(N_("contribution")),
    "success_factors": spoken(N_("success factors")),
    "learning_points": spoken(N_("learning points")),
    "continues": spoken(N_("how it continues")),
    "evaluated_on": spoken(N_("evaluated on")),
    "step": spoken(N_("step")),
    "ladder_step": spoken(NC_("record field", "ladder step")),
    "changed_on": spoken(N_("changed on")),
    "since": spoken(N_("since")),
    "until": spoken(N_("until")),
    "guest_name": spoken(N_("guest name")),
    "guest_organisation": spoken(N_("guest organisation")),
    "is_private": spoken(N_("closed session")),
    "phase": spoken(N_("phase")),
    "from_phase": spoken(N_("from phase")),
    "to_phase": spoken(N_("to phase")),
    "moved_on": spoken(N_("moved on")),
    "status_after": spoken(N_("status after")),
    "closed_on_action": spoken(NC_("action point", "closed on")),
    "allocated_on": spoken(N_("allocated on")),
    "checks_note": spoken(N_("choice at the check")),
    "receipt_ref": spoken(N_("receipt")),
    "paid_by": spoken(N_("paid by")),
    "conditions": spoken(N_("conditions")),
    "carry_over_allowed": spoken(N_("may carry over")),
    "default_place": spoken(N_("usual place")),
    "municipality": spoken(N_("municipality")),
    "language": spoken(N_("language")),
    "role_view": spoken(N_("own role")),
    "forgotten": spoken(N_("forgotten")),
    "opened_at": spoken(N_("opened at")),
    "closed_at": spoken(N_("closed at")),
    "verdict_before": spoken(N_("verdict before")),
    "verdict_after": spoken(N_("verdict after")),
    "note_before": spoken(N_("note before")),
    "changed_by": spoken(N_("changed by")),
    "reason": spoken(N_("reason")),
}


# The words of an enum column, found by its set of allowed values.
BY_CHOICES: dict[frozenset[str], dict[str, Said]] = {
    frozenset(str(v.value) for v in enum_class): words for enum_class, words in VALUE_WORDS.items()
}


def field_words(name: str) -> Said:
    found = FIELD_WORDS.get(name)
    if found is not None:
        return found
    return name.removesuffix("_id").replace("_", " ")
