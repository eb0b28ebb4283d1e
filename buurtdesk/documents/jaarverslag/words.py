"""The words of the annual report (jaarverslag), as English sources marked for the message
catalogue (buurtdesk/messages.py); passed to `words_for` as extra."""

from __future__ import annotations

from buurtdesk.messages import N_, Marked

ANNUAL_WORDS: dict[str, Marked] = {
    "jv_title": N_("Annual report {year}"),
    "jv_subject": N_("Annual report of {council} for {year}"),
    "jv_intro": N_(
        "This annual report shows what {council} did in {year}: the meetings and who took "
        "part, the decisions, the action points, the toekomstagenda and the neighbourhood "
        "budget. It is drawn up from the recorded minutes and decisions."
    ),
    "jv_for": N_("for the members and the municipality of {municipality}"),
    "jv_for_plain": N_("for the members and the municipality"),
    "jv_contents": N_("Contents"),
    "jv_foreword": N_("Foreword"),
    "jv_no_foreword": N_("The chair has not (yet) written a foreword for this year."),
    "jv_in_brief": N_("The year in brief"),
    "jv_brief_meetings": N_("Meetings held"),
    "jv_brief_decisions": N_("Decisions taken"),
    "jv_brief_actions": N_("Action points done"),
    "jv_brief_available": N_("Neighbourhood budget available"),
    "jv_brief_spent": N_("Neighbourhood budget spent"),
    "jv_council": N_("The council and its members"),
    "jv_members_count": N_("In {year}, {count} people had a place in the council."),
    "jv_name": N_("Name"),
    "jv_role": N_("Role"),
    "jv_present_at": N_("Present"),
    "jv_present_of": N_("{count} of {total}"),
    "jv_joined": N_("New in {year}"),
    "jv_left": N_("Left in {year}"),
    "jv_joined_line": N_("{name} ({role}), since {date}"),
    "jv_left_line": N_("{name} ({role}), until {date}"),
    "jv_nobody_joined": N_("Nobody joined this year."),
    "jv_nobody_left": N_("Nobody left this year."),
    "role_chair": N_("chair"),
    "role_secretary": N_("secretary"),
    "role_treasurer": N_("treasurer"),
    "role_member": N_("member"),
    "role_adviser": N_("adviser"),
    "role_professional": N_("professional"),
    "jv_meetings": N_("Meetings and attendance"),
    "jv_meetings_count": N_(
        "The council met {count} times; on average {average} people were present."
    ),
    "jv_no_meetings": N_("No meetings were held in {year}."),
    "jv_chart_caption": N_(
        "Attendance per meeting: present, apologies and absent (members and known people) "
        "and guests."
    ),
    "jv_meeting": N_("Meeting"),
    "jv_present": N_("Present"),
    "jv_apologies": N_("Apologies"),
    "jv_absent": N_("Absent"),
    "jv_guests": N_("Guests"),
    "jv_decisions": N_("Decisions"),
    "jv_decisions_count": N_(
        "In {year} the council took {count} decisions; {money} of them were about money, "
        "together {amount}."
    ),
    "jv_no_decisions": N_("No decisions were taken in {year}."),
    "jv_number": N_("Number"),
    "jv_date": N_("Date"),
    "jv_decision": N_("Decision"),
    "jv_amount": N_("Amount"),
    "jv_withdrawn": N_("(withdrawn later)"),
    "jv_actions": N_("Action points"),
    "jv_actions_line": N_(
        "In {year}, {opened} action points were added; {done} were done and {dropped} "
        "dropped. {carried} action points are carried open into {next}."
    ),
    "jv_opened": N_("New"),
    "jv_done": N_("Done"),
    "jv_dropped": N_("Dropped"),
    "jv_carried": N_("Into {next}"),
    "jv_done_list": N_("Done in {year}"),
    "jv_dropped_list": N_("Dropped in {year}"),
    "jv_carried_list": N_("Open at the end of {year}, carried into {next}"),
    "jv_what": N_("What"),
    "jv_who": N_("Who"),
    "jv_when_done": N_("Finished on"),
    "jv_due": N_("Due"),
    "jv_none": N_("None."),
    "jv_cycle": N_("The toekomstagenda"),
    "jv_cycle_now": N_("At the end of {year}, round {number} is in the {phase} phase."),
    "jv_cycle_closed": N_("The last round of the toekomstagenda has been closed."),
    "jv_no_cycle": N_("The council has not started a toekomstagenda yet."),
    "jv_moves": N_("On to a next phase"),
    "jv_move_line": N_("{date}: from {from_phase} to {to_phase}"),
    "jv_move_start": N_("{date}: started with {to_phase}"),
    "jv_started": N_("Projects started"),
    "jv_finished": N_("Projects finished"),
    "jv_evaluations": N_("Evaluations and learning points"),
    "jv_round": N_("the whole round"),
    "jv_result": N_("Result"),
    "jv_success": N_("Success factors"),
    "jv_learning": N_("Learning points"),
    "jv_nothing_cycle": N_(
        "In {year} no phase changed, no project started or finished, and no evaluation was held."
    ),
    "phase_vision": N_("vision"),
    "phase_roles": N_("roles"),
    "phase_plans": N_("plans and projects"),
    "phase_execution": N_("execution"),
    "phase_evaluation": N_("evaluation"),
    "jv_budget": N_("The neighbourhood budget"),
    "jv_budget_line": N_(
        "Available {available}; allocated {allocated}; spent {spent}; still to spend "
        "{remaining}; free {free}."
    ),
    "jv_budget_carried": N_("Carried over to {next}: {amount}."),
    "jv_no_budget": N_("No neighbourhood budget was recorded for {year}."),
    "jv_per_project": N_("Allocated per project"),
    "jv_sources": N_("Funding sources"),
    "jv_budget_more": N_(
        "The full statement with every expense is in the budget statement {year}."
    ),
    "jv_closing": N_("Adoption"),
    "jv_closing_text": N_(
        "This annual report for {year} was adopted by {council} and is signed by the "
        "chair and the secretary."
    ),
    "jv_chair": N_("Chair"),
    "jv_secretary": N_("Secretary"),
    "jv_sign_name": N_("Name"),
    "jv_sign_date": N_("Date"),
    "jv_sign_place": N_("Place"),
    "jv_signature": N_("Signature"),
    "jv_made_with": N_("Drawn up with BuurtDesk on {date}."),
    "jv_chart_label": N_("Attendance per meeting in {year}"),
    "jv_people": N_("people"),
}
