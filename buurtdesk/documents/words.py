"""Every word the documents print, in Dutch and in English: one catalogue per language.

`words_for(language)` gives a `Words` for "nl" or "en" (anything else reads as Dutch).
`words["present"]` gives a label; `words.fmt("page_of", page=2, pages=5)` fills one in.
A document with labels of its own (the toekomstagenda booklet, the budget statement) passes
them as `extra={"nl": {...}, "en": {...}}`; its keys must exist in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    MeetingKind,
    MembershipRole,
    MinutesTitle,
)

DUTCH: dict[str, str] = {
    # page frame
    "page_of": "Pagina {page} van {pages}",
    "status_draft": "Concept",
    "status_adopted": "Vastgesteld op {date}",
    "made_on": "Gemaakt op {date}",
    # councils and meetings
    "council_wijkoverleg": "Wijkoverleg",
    "council_dorpsraad": "Dorpsraad",
    "meeting_regular": "vergadering",
    "meeting_toekomstagenda": "toekomstagenda-bijeenkomst",
    "meeting_core_group": "kerngroepoverleg",
    "date": "Datum",
    "time": "Tijd",
    "place": "Plaats",
    "time_range": "{start} tot {end} uur",
    "time_from": "vanaf {start} uur",
    # minutes
    "minutes": "Verslag",
    "minutes_notulen": "Notulen",
    "minutes_verslag": "Verslag",
    "minutes_besluitenlijst": "Besluitenlijst",
    "minutes_of": "{title} van de {kind} van {date}",
    "kind_of_council": "{kind} van {council}",
    "chair": "Voorzitter",
    "minute_taker": "Notulist",
    "role_chair": "voorzitter",
    "role_vice_chair": "vicevoorzitter",
    "role_secretary": "secretaris",
    "role_treasurer": "penningmeester",
    "role_minute_taker": "notulist",
    "role_member": "lid",
    "role_adviser": "adviseur",
    "role_professional": "adviseur",
    "present_of": "Aanwezig ({present} van {members} leden)",
    "attendance_unknown": "Niet genoteerd",
    "closed_session": "Besloten vergadering",
    "closed_session_note": "Besloten vergadering: niet voor openbare verspreiding.",
    "confidential": "vertrouwelijk",
    "confidential_notes": "Vertrouwelijk: wat hierover is besproken, staat niet in dit openbare stuk.",
    "confidential_decision": "vertrouwelijk; de tekst staat niet in dit openbare stuk.",
    "break": "Pauze",
    "vote_for_against": "voor {votes_for}, tegen {votes_against}",
    "vote_abstain_one": "1 onthouding",
    "vote_abstain_many": "{count} onthoudingen",
    "due_on": "uiterlijk {date}",
    "new": "nieuw",
    "review_outcome": "Uitkomst",
    "outcome_done": "afgerond",
    "outcome_dropped": "vervallen",
    "outcome_running": "loopt nog",
    "review_heading": "Besproken actiepunten",
    "action_list_after": "Actielijst na deze vergadering",
    "no_open_actions_after": "Na deze vergadering staan er geen actiepunten open.",
    "other_business": "Overige besluiten en acties",
    "appendix_decisions": "Bijlage: besluitenlijst",
    "adoption": "Vaststelling",
    "adopted_unchanged": "Ongewijzigd vastgesteld in de vergadering van {date}.",
    "adopted_amended": "Gewijzigd vastgesteld in de vergadering van {date}, met deze wijzigingen:",
    "previous_adopted_unchanged": "De {title} van de vergadering van {date} zijn ongewijzigd vastgesteld.",
    "previous_adopted_amended": "De {title} van de vergadering van {date} zijn gewijzigd vastgesteld:",
    "status_adopted_amended": "Gewijzigd vastgesteld op {date}",
    "attendance": "Aanwezigheid",
    "attendance_present": "Aanwezig",
    "attendance_apologies": "Afgemeld",
    "attendance_absent": "Afwezig zonder bericht",
    "attendance_guest": "Gasten",
    "proceedings": "Verslag per agendapunt",
    "private": "besloten",
    "private_notes_left_out": "Besloten agendapunt: de aantekeningen staan niet in het openbare verslag.",
    "no_notes": "Geen aantekeningen.",
    "decision": "Besluit",
    "decisions": "Besluitenlijst",
    "no_decisions": "In deze vergadering zijn geen besluiten genomen.",
    "number": "Nummer",
    "votes": "Stemming: voor {votes_for}, tegen {votes_against}, onthoudingen {votes_abstain}",
    "no_vote": "Zonder stemming",
    "allocated": "Toegekend bedrag: {amount}",
    "withdrawn": "ingetrokken",
    "new_actions": "Nieuwe actiepunten",
    "no_new_actions": "Er zijn geen nieuwe actiepunten afgesproken.",
    "action": "Actiepunt",
    "action_short": "Actie",
    "who": "Wie",
    "due": "Uiterlijk",
    "status": "Stand",
    "progress": "Voortgang",
    "no_owner": "nog niemand",
    "action_list": "Actielijst",
    "action_list_reviewed": "Actielijst: besproken in deze vergadering",
    "finished_since": "Afgerond sinds de vorige vergadering",
    "stays_open": "Loopt nog",
    "nothing_finished": "Er is sinds de vorige vergadering niets afgerond.",
    "nothing_open": "Er staan geen actiepunten meer open.",
    "next_meeting": "Volgende vergadering",
    "no_next_meeting": "De volgende vergadering is nog niet gepland.",
    "amendments": "Wijzigingen bij de vaststelling",
    "adopted_in": "Vastgesteld in de vergadering van {date}.",
    "previous_meeting": "Vorige vergadering: {date}",
    # agenda
    "agenda": "Agenda",
    "invitation": "Uitnodiging en agenda",
    "invitation_text": "U bent van harte uitgenodigd voor de {kind} van {council}.",
    "item_no": "Nr.",
    "item": "Agendapunt",
    "minutes_short": "min.",
    "planned": "Duur",
    "expected_end": "Verwacht einde: {time} uur",
    "open_actions_attached": "Bijlage: openstaande actiepunten",
    "open_actions_none": "Er staan geen actiepunten open.",
    # action list
    "action_list_of": "Actielijst van {council}",
    "state_on": "Stand van zaken op {date}",
    "grouped_by_person": "Gegroepeerd per persoon",
    "grouped_by_status": "Gegroepeerd per stand",
    "count_actions": "{count} actiepunten, waarvan {open} open en {overdue} te laat",
    "overdue": "te laat",
    "overdue_legend": "Een actiepunt met '! te laat' had al afgerond moeten zijn; het staat op een gekleurde regel.",
    "from_meeting": "Uit de vergadering van {date}",
    "carried": "{times}\u00d7 doorgeschoven",
    "no_actions": "Dit overleg heeft nog geen actiepunten.",
    "action_open": "Open",
    "action_in_progress": "Bezig",
    "action_done": "Afgerond",
    "action_dropped": "Vervallen",
}

ENGLISH: dict[str, str] = {
    "page_of": "Page {page} of {pages}",
    "status_draft": "Draft",
    "status_adopted": "Adopted on {date}",
    "made_on": "Made on {date}",
    "council_wijkoverleg": "Neighbourhood council",
    "council_dorpsraad": "Village council",
    "meeting_regular": "meeting",
    "meeting_toekomstagenda": "toekomstagenda session",
    "meeting_core_group": "core group meeting",
    "date": "Date",
    "time": "Time",
    "place": "Place",
    "time_range": "{start} to {end}",
    "time_from": "from {start}",
    "minutes": "Minutes",
    "minutes_notulen": "Minutes",
    "minutes_verslag": "Report",
    "minutes_besluitenlijst": "Decisions",
    "minutes_of": "{title} of the {kind} of {date}",
    "kind_of_council": "{kind} of {council}",
    "chair": "Chair",
    "minute_taker": "Minutes",
    "role_chair": "chair",
    "role_vice_chair": "vice-chair",
    "role_secretary": "secretary",
    "role_treasurer": "treasurer",
    "role_minute_taker": "minute-taker",
    "role_member": "member",
    "role_adviser": "adviser",
    "role_professional": "adviser",
    "present_of": "Present ({present} of {members} members)",
    "attendance_unknown": "Not recorded",
    "closed_session": "Closed meeting",
    "closed_session_note": "Closed meeting: not for public distribution.",
    "confidential": "confidential",
    "confidential_notes": "Confidential: what was discussed is not part of this public document.",
    "confidential_decision": "confidential; its text is not part of this public document.",
    "break": "Break",
    "vote_for_against": "{votes_for} for, {votes_against} against",
    "vote_abstain_one": "1 abstention",
    "vote_abstain_many": "{count} abstentions",
    "due_on": "due {date}",
    "new": "new",
    "review_outcome": "Outcome",
    "outcome_done": "done",
    "outcome_dropped": "dropped",
    "outcome_running": "still running",
    "review_heading": "Action points reviewed",
    "action_list_after": "Action list after this meeting",
    "no_open_actions_after": "No action points are open after this meeting.",
    "other_business": "Other decisions and actions",
    "appendix_decisions": "Appendix: decisions",
    "adoption": "Adoption",
    "adopted_unchanged": "Adopted unchanged in the meeting of {date}.",
    "adopted_amended": "Adopted with amendments in the meeting of {date}:",
    "previous_adopted_unchanged": "The {title} of the meeting of {date} were adopted unchanged.",
    "previous_adopted_amended": "The {title} of the meeting of {date} were adopted with amendments:",
    "status_adopted_amended": "Adopted with amendments on {date}",
    "attendance": "Attendance",
    "attendance_present": "Present",
    "attendance_apologies": "Apologies",
    "attendance_absent": "Absent without notice",
    "attendance_guest": "Guests",
    "proceedings": "Minutes per agenda item",
    "private": "closed session",
    "private_notes_left_out": "Closed agenda item: its notes are not part of the public minutes.",
    "no_notes": "No notes.",
    "decision": "Decision",
    "decisions": "Decisions",
    "no_decisions": "No decisions were taken in this meeting.",
    "number": "Number",
    "votes": "Vote: {votes_for} for, {votes_against} against, {votes_abstain} abstentions",
    "no_vote": "Without a vote",
    "allocated": "Amount allocated: {amount}",
    "withdrawn": "withdrawn",
    "new_actions": "New action points",
    "no_new_actions": "No new action points were agreed.",
    "action": "Action point",
    "action_short": "Action",
    "who": "Who",
    "due": "Due",
    "status": "Status",
    "progress": "Progress",
    "no_owner": "nobody yet",
    "action_list": "Action list",
    "action_list_reviewed": "Action list: reviewed in this meeting",
    "finished_since": "Finished since the previous meeting",
    "stays_open": "Still running",
    "nothing_finished": "Nothing was finished since the previous meeting.",
    "nothing_open": "No action points remain open.",
    "next_meeting": "Next meeting",
    "no_next_meeting": "The next meeting has not been planned yet.",
    "amendments": "Amendments at adoption",
    "adopted_in": "Adopted in the meeting of {date}.",
    "previous_meeting": "Previous meeting: {date}",
    "agenda": "Agenda",
    "invitation": "Invitation and agenda",
    "invitation_text": "You are warmly invited to the {kind} of {council}.",
    "item_no": "No.",
    "item": "Agenda item",
    "minutes_short": "min.",
    "planned": "Length",
    "expected_end": "Expected end: {time}",
    "open_actions_attached": "Attachment: open action points",
    "open_actions_none": "No action points are open.",
    "action_list_of": "Action list of {council}",
    "state_on": "As of {date}",
    "grouped_by_person": "Grouped by person",
    "grouped_by_status": "Grouped by status",
    "count_actions": "{count} action points, {open} open and {overdue} overdue",
    "overdue": "overdue",
    "overdue_legend": "An action point marked '! overdue' should have been finished already; its row is shaded.",
    "from_meeting": "From the meeting of {date}",
    "carried": "carried over {times}\u00d7",
    "no_actions": "This council has no action points yet.",
    "action_open": "Open",
    "action_in_progress": "In progress",
    "action_done": "Done",
    "action_dropped": "Dropped",
}

CATALOGUES: dict[str, dict[str, str]] = {"nl": DUTCH, "en": ENGLISH}


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

    @property
    def bcp47(self) -> str:
        """The language tag for the PDF's metadata."""
        return "en-GB" if self.language == "en" else "nl-NL"


def words_for(language: str, extra: Mapping[str, Mapping[str, str]] | None = None) -> Words:
    code = "en" if str(language) == "en" else "nl"
    labels = dict(CATALOGUES[code])
    if extra:
        missing = set(extra.get("nl", {})) ^ set(extra.get("en", {}))
        if missing:
            raise KeyError(f"labels not in both languages: {sorted(missing)}")
        labels.update(extra.get(code, {}))
    return Words(code, labels)
