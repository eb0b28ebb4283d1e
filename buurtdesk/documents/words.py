"""Every word the documents print, from the message catalogue (buurtdesk/messages.py).

`words_for(language)` gives a `Words` for "nl" or "en" (anything else reads as Dutch).
`words["present"]` gives a label; `words.fmt("page_of", page=2, pages=5)` fills one in.
Each label is its English source, marked with N_() (or NC_() with a context where one English
text has two Dutch renderings); its Dutch is in the catalogue's .po file. A document with
labels of its own (the toekomstagenda booklet, the budget statement) passes them as
`extra={key: N_("English source"), ...}`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    MeetingKind,
    MembershipRole,
    MinutesTitle,
)
from buurtdesk.domain.numbers import decimal
from buurtdesk.messages import N_, NC_, Marked, normal_language, translated

LABELS: dict[str, Marked] = {
    # page frame
    "page_of": N_("Page {page} of {pages}"),
    "status_draft": N_("Draft"),
    "status_adopted": N_("Adopted on {date}"),
    "made_on": N_("Made on {date}"),
    # councils and meetings
    "council_wijkoverleg": N_("Neighbourhood council"),
    "council_dorpsraad": N_("Village council"),
    "meeting_regular": N_("meeting"),
    "meeting_toekomstagenda": N_("toekomstagenda session"),
    "meeting_core_group": N_("core group meeting"),
    "date": N_("Date"),
    "time": N_("Time"),
    "place": N_("Place"),
    "time_range": N_("{start} to {end}"),
    "time_from": N_("from {start}"),
    # minutes
    "minutes": NC_("minutes heading", "Minutes"),
    "minutes_notulen": NC_("minutes title", "Minutes"),
    "minutes_verslag": N_("Report"),
    "minutes_besluitenlijst": NC_("decision register", "Decisions"),
    "minutes_of": N_("{title} of the {kind} of {date}"),
    "kind_of_council": N_("{kind} of {council}"),
    "chair": N_("Chair"),
    "minute_taker": NC_("minute-taker", "Minutes"),
    "role_chair": N_("chair"),
    "role_vice_chair": N_("vice-chair"),
    "role_secretary": N_("secretary"),
    "role_treasurer": N_("treasurer"),
    "role_minute_taker": N_("minute-taker"),
    "role_member": N_("member"),
    "role_adviser": N_("adviser"),
    "role_professional": N_("adviser"),
    "present_of": N_("Present ({present} of {members} members)"),
    "attendance_unknown": N_("Not recorded"),
    "closed_session": N_("Closed meeting"),
    "closed_session_note": N_("Closed meeting: not for public distribution."),
    "confidential": N_("confidential"),
    "confidential_notes": N_(
        "Confidential: what was discussed is not part of this public document."
    ),
    "confidential_decision": N_("confidential; its text is not part of this public document."),
    "break": N_("Break"),
    "vote_for_against": N_("{votes_for} for, {votes_against} against"),
    "vote_abstain_one": N_("1 abstention"),
    "vote_abstain_many": N_("{count} abstentions"),
    "due_on": N_("due {date}"),
    "new": N_("new"),
    "review_outcome": N_("Outcome"),
    "outcome_done": NC_("action outcome", "done"),
    "outcome_dropped": NC_("action outcome", "dropped"),
    "outcome_running": NC_("action outcome", "still running"),
    "review_heading": N_("Action points reviewed"),
    "action_list_after": N_("Action list after this meeting"),
    "no_open_actions_after": N_("No action points are open after this meeting."),
    "other_business": N_("Other decisions and actions"),
    "appendix_decisions": N_("Appendix: decisions"),
    "adoption": N_("Adoption"),
    "adopted_unchanged": N_("Adopted unchanged in the meeting of {date}."),
    "adopted_amended": N_("Adopted with amendments in the meeting of {date}:"),
    "previous_adopted_unchanged": N_(
        "The {title} of the meeting of {date} were adopted unchanged."
    ),
    "previous_adopted_amended": N_(
        "The {title} of the meeting of {date} were adopted with amendments:"
    ),
    "status_adopted_amended": N_("Adopted with amendments on {date}"),
    "attendance": N_("Attendance"),
    "attendance_present": N_("Present"),
    "attendance_apologies": N_("Apologies"),
    "attendance_absent": N_("Absent without notice"),
    "attendance_guest": N_("Guests"),
    "proceedings": N_("Minutes per agenda item"),
    "private": N_("closed session"),
    "private_notes_left_out": N_(
        "Closed agenda item: its notes are not part of the public minutes."
    ),
    "no_notes": N_("No notes."),
    "decision": N_("Decision"),
    "decisions": NC_("decision register", "Decisions"),
    "no_decisions": N_("No decisions were taken in this meeting."),
    "number": N_("Number"),
    "votes": N_("Vote: {votes_for} for, {votes_against} against, {votes_abstain} abstentions"),
    "no_vote": N_("Without a vote"),
    "allocated": N_("Amount allocated: {amount}"),
    "withdrawn": N_("withdrawn"),
    "new_actions": N_("New action points"),
    "no_new_actions": N_("No new action points were agreed."),
    "action": N_("Action point"),
    "action_short": N_("Action"),
    "who": N_("Who"),
    "due": N_("Due"),
    "status": N_("Status"),
    "progress": N_("Progress"),
    "no_owner": N_("nobody yet"),
    "action_list": N_("Action list"),
    "action_list_reviewed": N_("Action list: reviewed in this meeting"),
    "finished_since": N_("Finished since the previous meeting"),
    "stays_open": N_("Still running"),
    "nothing_finished": N_("Nothing was finished since the previous meeting."),
    "nothing_open": N_("No action points remain open."),
    "next_meeting": N_("Next meeting"),
    "no_next_meeting": N_("The next meeting has not been planned yet."),
    "amendments": N_("Amendments at adoption"),
    "adopted_in": N_("Adopted in the meeting of {date}."),
    "previous_meeting": N_("Previous meeting: {date}"),
    # agenda
    "agenda": N_("Agenda"),
    "invitation": N_("Invitation and agenda"),
    "invitation_text": N_("You are warmly invited to the {kind} of {council}."),
    "item_no": N_("No."),
    "item": N_("Agenda item"),
    "minutes_short": N_("min."),
    "planned": N_("Length"),
    "expected_end": N_("Expected end: {time}"),
    "open_actions_attached": N_("Attachment: open action points"),
    "open_actions_none": N_("No action points are open."),
    # action list
    "action_list_of": N_("Action list of {council}"),
    "state_on": N_("As of {date}"),
    "grouped_by_person": N_("Grouped by person"),
    "grouped_by_status": N_("Grouped by status"),
    "count_actions": N_("{count} action points, {open} open and {overdue} overdue"),
    "overdue": N_("overdue"),
    "overdue_legend": N_(
        "An action point marked '! overdue' should have been finished already; its row is shaded."
    ),
    "from_meeting": N_("From the meeting of {date}"),
    "carried": N_("carried over {times}×"),
    "no_actions": N_("This council has no action points yet."),
    "action_open": N_("Open"),
    "action_in_progress": N_("In progress"),
    "action_done": N_("Done"),
    "action_dropped": N_("Dropped"),
}
# The language's tag for a document's metadata (numbers, amounts and dates are written by
# buurtdesk/domain/numbers.py and dates.py, for every floor alike).
LANGUAGE_TAG = NC_("language tag", "en-GB")


@dataclass(frozen=True)
class Words:
    """The labels of one language; `language` is "nl" or "en"."""

    language: str
    labels: Mapping[str, str]

    def __getitem__(self, key: str) -> str:
        return self.labels[key]

    def fmt(self, key: str, **values: object) -> str:
        return self.labels[key].format(**values)

    def council_kind(self, kind: CouncilKind) -> str:
        return self.labels[f"council_{kind.value}"]

    def meeting_kind(self, kind: MeetingKind) -> str:
        return self.labels[f"meeting_{kind.value}"]

    def action_status(self, status: ActionStatus) -> str:
        return self.labels[f"action_{status.value}"]

    def attendance(self, status: AttendanceStatus) -> str:
        return self.labels[f"attendance_{status.value}"]

    def minutes_title(self, title: MinutesTitle) -> str:
        """'Notulen', 'Verslag' or 'Besluitenlijst': what the council calls its minutes."""
        return self.labels[f"minutes_{MinutesTitle(title).value}"]

    def role(self, role: MembershipRole) -> str:
        return self.labels[f"role_{MembershipRole(role).value}"]

    def abstentions(self, count: int) -> str:
        """'1 onthouding', '2 onthoudingen': onthoudingen is the plural, always."""
        return (
            self["vote_abstain_one"] if count == 1 else self.fmt("vote_abstain_many", count=count)
        )

    def decimal(self, value: float, places: int = 1) -> str:
        """'7,5' in Dutch, '7.5' in English."""
        return decimal(value, places, self.language)

    @property
    def bcp47(self) -> str:
        """The language tag for the PDF's metadata: 'nl-NL' or 'en-GB'."""
        return language_tag(self.language)


def language_tag(language: str) -> str:
    """'nl-NL' or 'en-GB', for a document's metadata."""
    return translated(LANGUAGE_TAG, normal_language(language))


@cache
def _labels(language: str) -> dict[str, str]:
    return {key: translated(label, language) for key, label in LABELS.items()}


def words_for(language: str, extra: Mapping[str, Marked] | None = None) -> Words:
    code = normal_language(str(language))
    labels = _labels(code)
    if extra:
        labels = {**labels, **{key: translated(label, code) for key, label in extra.items()}}
    return Words(code, labels)
