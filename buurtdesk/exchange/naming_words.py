"""The words of the import preview: field names and fixed values, in Dutch and English."""

from __future__ import annotations

from enum import StrEnum

from buurtdesk.domain import enums
from buurtdesk.domain.cycle import (
    AREA_LABELS,
    LADDER_LABELS,
    PARTY_LABELS,
    PHASE_LABELS,
    VERDICT_LABELS,
)
from buurtdesk.messages import translate

Words = tuple[str, str]  # (Dutch, English)

VALUE_WORDS: dict[type[StrEnum], dict[str, Words]] = {
    enums.MeetingStatus: {
        "planned": ("gepland", "planned"),
        "in_progress": ("bezig", "in progress"),
        "closed": ("gesloten", "closed"),
    },
    enums.MeetingKind: {
        "regular": ("gewone vergadering", "regular meeting"),
        "toekomstagenda": ("toekomstagenda-bijeenkomst", "toekomstagenda session"),
        "core_group": ("kerngroep", "core group"),
    },
    enums.MinutesState: {
        "draft": ("concept", "draft"),
        "sent": ("verstuurd", "sent"),
        "adopted": ("vastgesteld", "adopted"),
    },
    enums.AgendaItemKind: {
        "opening": ("opening", "opening"),
        "agenda": ("vaststellen agenda", "adoption of the agenda"),
        "previous_minutes": ("verslag vorige vergadering", "previous minutes"),
        "action_list": ("actielijst", "action list"),
        "announcements": ("mededelingen", "announcements"),
        "topic": ("onderwerp", "topic"),
        "any_other_business": ("rondvraag", "any other business"),
        "closing": ("sluiting", "closing"),
    },
    enums.AttendanceStatus: {
        "present": ("aanwezig", "present"),
        "apologies": ("afgemeld", "apologies"),
        "absent": ("afwezig", "absent"),
        "guest": ("gast", "guest"),
    },
    enums.ActionStatus: {
        "open": ("open", "open"),
        "in_progress": ("in uitvoering", "in progress"),
        "done": ("gedaan", "done"),
        "dropped": ("vervallen", "dropped"),
    },
    enums.ProjectStatus: {
        "idea": ("idee", "idea"),
        "planned": ("gepland", "planned"),
        "running": ("loopt", "running"),
        "finished": ("afgerond", "finished"),
        "stopped": ("gestopt", "stopped"),
    },
    enums.MembershipRole: {
        "chair": ("voorzitter", "chair"),
        "secretary": ("secretaris", "secretary"),
        "treasurer": ("penningmeester", "treasurer"),
        "member": ("lid", "member"),
        "adviser": ("adviseur", "adviser"),
        "professional": ("professional", "professional"),
    },
    enums.CouncilKind: {
        "wijkoverleg": ("wijkoverleg", "neighbourhood council"),
        "dorpsraad": ("dorpsraad", "village council"),
    },
    enums.Language: {"nl": ("Nederlands", "Dutch"), "en": ("Engels", "English")},
    enums.OrganisationKind: {
        "residents_association": ("bewonersvereniging", "residents' association"),
        "corporation": ("woningcorporatie", "housing corporation"),
        "municipality": ("gemeente", "municipality"),
        "police": ("politie", "police"),
        "welfare": ("welzijnswerk", "welfare work"),
        "other": ("overig", "other"),
    },
    enums.FundingSourceKind: {
        "municipal_budget": ("buurtbudget gemeente", "municipal budget"),
        "sam_fund": ("SAM-fonds", "SAM fund"),
        "project_money": ("projectgeld", "project money"),
        "meeting_communication": ("vergader- en communicatiegeld", "meeting and communication"),
        "corporation": ("bijdrage woningcorporatie", "housing corporation"),
        "other": ("overig", "other"),
    },
}
for labels, enum_class in (
    (PHASE_LABELS, enums.PhaseKind),
    (AREA_LABELS, enums.CheckArea),
    (VERDICT_LABELS, enums.CheckVerdict),
    (PARTY_LABELS, enums.Party),
    (LADDER_LABELS, enums.LadderStep),
):
    VALUE_WORDS[enum_class] = {
        str(k.value): (translate(v, "nl").lower(), v.lower()) for k, v in labels.items()
    }

FIELD_WORDS: dict[str, Words] = {
    "title": ("titel", "title"),
    "name": ("naam", "name"),
    "notes": ("notities", "notes"),
    "note": ("notitie", "note"),
    "text": ("tekst", "text"),
    "description": ("omschrijving", "description"),
    "status": ("status", "status"),
    "date": ("datum", "date"),
    "due_date": ("deadline", "due date"),
    "due_on": ("deadline", "due date"),
    "done_on": ("afgerond op", "done on"),
    "place": ("plaats", "place"),
    "start_time": ("begintijd", "start time"),
    "end_time": ("eindtijd", "end time"),
    "kind": ("soort", "kind"),
    "position": ("volgorde", "position"),
    "owner_person_id": ("eigenaar", "owner"),
    "owner_organisation_id": ("eigenaar (organisatie)", "owner (organisation)"),
    "email": ("e-mail", "email"),
    "phone": ("telefoon", "phone"),
    "address": ("adres", "address"),
    "remarks": ("opmerkingen", "remarks"),
    "amount_cents": ("bedrag", "amount"),
    "budget_ask_cents": ("gevraagd budget", "budget ask"),
    "summary": ("samenvatting", "summary"),
    "planned_minutes": ("geplande minuten", "planned minutes"),
    "spent_seconds": ("bestede tijd", "time spent"),
    "minutes_state": ("verslag", "minutes"),
    "minutes_sent_on": ("verslag verstuurd op", "minutes sent on"),
    "minutes_adopted_on": ("verslag vastgesteld op", "minutes adopted on"),
    "minutes_adopted_in_id": ("verslag vastgesteld in", "minutes adopted in"),
    "minutes_amendments": ("wijzigingen in het verslag", "amendments to the minutes"),
    "role": ("rol", "role"),
    "result": ("uitkomst", "result"),
    "spent_on": ("besteed op", "spent on"),
    "decided_on": ("besloten op", "decided on"),
    "goal": ("doel", "goal"),
    "plan": ("plan", "plan"),
    "council_id": ("overleg", "council"),
    "meeting_id": ("vergadering", "meeting"),
    "cycle_id": ("ronde", "round"),
    "theme_id": ("thema", "theme"),
    "project_id": ("project", "project"),
    "person_id": ("persoon", "person"),
    "organisation_id": ("organisatie", "organisation"),
    "wish_id": ("wens", "wish"),
    "priority_id": ("prioriteit", "priority"),
    "session_id": ("stemronde", "vote session"),
    "agenda_item_id": ("agendapunt", "agenda item"),
    "origin_meeting_id": ("vergadering van herkomst", "meeting of origin"),
    "origin_item_id": ("agendapunt van herkomst", "agenda item of origin"),
    "lead_person_id": ("trekker", "lead"),
    "decision_id": ("besluit", "decision"),
    "year": ("jaar", "year"),
    "sequence": ("nummer", "number"),
    "number": ("nummer", "number"),
    "votes_for": ("stemmen voor", "votes for"),
    "votes_against": ("stemmen tegen", "votes against"),
    "votes_abstain": ("onthoudingen", "abstentions"),
    "withdrawn": ("ingetrokken", "withdrawn"),
    "closed_on": ("afgesloten op", "closed on"),
    "started_on": ("begonnen op", "started on"),
    "ended_on": ("geëindigd op", "ended on"),
    "starts_on": ("begint op", "starts on"),
    "ends_on": ("eindigt op", "ends on"),
    "horizon_year": ("horizonjaar", "horizon year"),
    "current_phase": ("fase", "phase"),
    "vision": ("visie", "vision"),
    "raised_by": ("ingebracht door", "raised by"),
    "held_on": ("gehouden op", "held on"),
    "dots_per_participant": ("stippen per deelnemer", "dots per participant"),
    "participants": ("deelnemers", "participants"),
    "participant": ("deelnemer", "participant"),
    "dots": ("stippen", "dots"),
    "rank": ("plaats", "rank"),
    "tie_note": ("gelijke stand", "tie"),
    "party": ("partij", "party"),
    "commitment": ("toezegging", "commitment"),
    "area": ("kader", "framework"),
    "verdict": ("oordeel", "verdict"),
    "checked_by": ("getoetst door", "checked by"),
    "checked_on": ("getoetst op", "checked on"),
    "written_on": ("geschreven op", "written on"),
    "contribution": ("bijdrage", "contribution"),
    "success_factors": ("succesfactoren", "success factors"),
    "learning_points": ("leerpunten", "learning points"),
    "continues": ("hoe het verder gaat", "how it continues"),
    "evaluated_on": ("geëvalueerd op", "evaluated on"),
    "step": ("trede", "step"),
    "ladder_step": ("trede", "ladder step"),
    "changed_on": ("gewijzigd op", "changed on"),
    "since": ("sinds", "since"),
    "until": ("tot", "until"),
    "guest_name": ("naam gast", "guest name"),
    "guest_organisation": ("organisatie gast", "guest organisation"),
    "is_private": ("besloten", "closed session"),
    "phase": ("fase", "phase"),
    "from_phase": ("van fase", "from phase"),
    "to_phase": ("naar fase", "to phase"),
    "moved_on": ("verplaatst op", "moved on"),
    "status_after": ("status daarna", "status after"),
    "closed_on_action": ("gesloten op", "closed on"),
    "allocated_on": ("toegekend op", "allocated on"),
    "checks_note": ("keuze bij de toetsing", "choice at the check"),
    "receipt_ref": ("bonnummer", "receipt"),
    "paid_by": ("betaald door", "paid by"),
    "conditions": ("voorwaarden", "conditions"),
    "carry_over_allowed": ("mag over naar volgend jaar", "may carry over"),
    "default_place": ("gebruikelijke plaats", "usual place"),
    "municipality": ("gemeente", "municipality"),
    "language": ("taal", "language"),
    "role_view": ("eigen rol", "own role"),
    "forgotten": ("vergeten", "forgotten"),
    "opened_at": ("geopend om", "opened at"),
    "closed_at": ("gesloten om", "closed at"),
    "verdict_before": ("oordeel daarvoor", "verdict before"),
    "verdict_after": ("oordeel daarna", "verdict after"),
    "note_before": ("toelichting daarvoor", "note before"),
    "changed_by": ("gewijzigd door", "changed by"),
    "reason": ("reden", "reason"),
}


# The words of an enum column, found by its set of allowed values.
BY_CHOICES: dict[frozenset[str], dict[str, Words]] = {
    frozenset(str(v.value) for v in enum_class): words for enum_class, words in VALUE_WORDS.items()
}


def field_words(name: str) -> Words:
    found = FIELD_WORDS.get(name)
    if found is not None:
        return found
    plain = name.removesuffix("_id").replace("_", " ")
    return plain, plain
