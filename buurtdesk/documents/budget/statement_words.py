"""The words of the budget statement, as English sources marked for the message
catalogue (buurtdesk/messages.py); passed to `words_for` as extra."""

from __future__ import annotations

from buurtdesk.messages import N_, NC_, Marked

STATEMENT_WORDS: dict[str, Marked] = {
    "bs_title": N_("Budget statement {year}"),
    "bs_subject": N_("Statement of the neighbourhood budget for {year}"),
    "bs_running": N_("Budget statement {year}"),
    "bs_intro": N_(
        "This statement shows what money {council} had in {year}, what it was allocated "
        "to by which decision, and what was spent. All amounts are in euros, to the cent."
    ),
    "bs_summary": N_("Summary"),
    "bs_available": N_("Available"),
    "bs_allocated": N_("Allocated"),
    "bs_spent": N_("Spent"),
    "bs_remaining": N_("Still to spend"),
    "bs_carried": N_("Carried over to {year}"),
    "bs_free": N_("Free"),
    "bs_figure": N_("Item"),
    "bs_amount": N_("Amount"),
    "bs_bar_legend": N_(
        "Bar per funding source: dark blue spent, middle blue allocated but not yet "
        "spent, grey carried over to next year, light blue free; red is more spent or "
        "allocated than there was."
    ),
    "bs_sources": N_("Funding sources"),
    "bs_source": N_("Funding source"),
    "bs_conditions": N_("Conditions: {text}"),
    "bs_carry_allowed": N_("Unspent free money may move to next year."),
    "bs_carried_from": N_("Carried over from last year."),
    "bs_total": N_("Total"),
    "bs_no_sources": N_("No funding sources have been recorded for this year yet."),
    "bs_allocations": N_("Allocations and decisions"),
    "bs_decision": N_("Decision"),
    "bs_project": N_("Project / purpose"),
    "bs_no_project": N_("no project"),
    "bs_no_project_group": N_("Without a project"),
    "bs_reversal": N_("reversed: {text}"),
    "bs_withdrawn": N_("(withdrawn)"),
    "bs_no_allocations": N_("No money has been allocated this year yet."),
    "bs_expenses": N_("Expenses per allocation"),
    "bs_expenses_of": N_("{project}: decision {number}"),
    "bs_date": N_("Date"),
    "bs_description": N_("Description"),
    "bs_receipt": N_("Receipt"),
    "bs_paid_by": N_("Paid by"),
    "bs_no_expenses": N_("No expenses yet."),
    "bs_allocation_line": N_("Allocated {allocated}; spent {spent}; still to spend {remaining}."),
    "bs_overspent": N_("Overspent"),
    "bs_overspent_line": N_("Note: this allocation is overspent by {amount}."),
    "bs_overallocated_line": N_(
        "Note: {amount} more was allocated from this source than it holds."
    ),
    "bs_warnings": NC_("warning", "Note"),
    "bs_projects": N_("Balance per project"),
    "bs_asked": N_("Asked"),
    "bs_signatures": N_("Approved"),
    "bs_treasurer": N_("Treasurer"),
    "bs_chair": N_("Chair"),
    "bs_name_date": N_("Name, date and signature"),
    "bs_made_with": N_(
        "Made with BuurtDesk on {date}. Amounts follow from the recorded decisions and receipts."
    ),
    "bs_empty_year": N_("No neighbourhood budget has been recorded for {year} yet."),
}
