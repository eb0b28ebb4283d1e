"""How the minutes (and the agenda) write one decision and one action point."""

from __future__ import annotations

from datetime import date

from buurtdesk.documents.blocks import Row, Table
from buurtdesk.documents.words import Words
from buurtdesk.domain.dates import long_date, short_date
from buurtdesk.services.views import ActionPointView, DecisionView


def day_month_year(day: date, words: Words) -> str:
    """'30 mei 2018': the date without its weekday."""
    return long_date(day, words.language).split(" ", 1)[1]


def decision_details(decision: DecisionView, words: Words) -> tuple[str, ...]:
    details: list[str] = []
    if decision.has_vote:
        vote = words.fmt(
            "vote_for_against",
            votes_for=decision.votes_for,
            votes_against=decision.votes_against or 0,
        )
        if decision.votes_abstain:
            vote += ", " + words.abstentions(decision.votes_abstain)
        details.append(vote)
    if decision.amount is not None:
        details.append(words.fmt("allocated", amount=decision.amount.format(words.language)))
    return tuple(details)


def decision_text(decision: DecisionView, words: Words) -> str:
    return words["confidential_decision"] if decision.confidential else decision.text


def action_tail(action: ActionPointView, words: Words) -> str:
    """'— Jan Jansen, uiterlijk 30 mei 2018': who and when, only what is known."""
    parts = [action.owner_name] if action.owner_name else []
    if action.due_date is not None:
        parts.append(words.fmt("due_on", date=day_month_year(action.due_date, words)))
    return ("— " + ", ".join(parts)) if parts else ""


def action_list_table(
    actions: list[tuple[ActionPointView, bool]], words: Words, today: date
) -> Table:
    """Open actions with who and by when; new ones marked, overdue ones shaded."""
    rows: list[Row] = []
    for action, new in actions:
        details = [words["new"]] if new else []
        if not new and action.origin_meeting_date:
            details.append(
                words.fmt(
                    "from_meeting", date=short_date(action.origin_meeting_date, words.language)
                )
            )
        if action.project_name:
            details.append(action.project_name)
        late = action.is_overdue(today)
        due = short_date(action.due_date, words.language) if action.due_date else ""
        if late:
            due += f"\n! {words['overdue']}"
        rows.append(
            Row(
                (action.title, action.owner_name, due),
                details=" · ".join(details),
                alert=late,
            )
        )
    return Table((words["action"], words["who"], words["due"]), tuple(rows), (0.58, 0.24, 0.18))
