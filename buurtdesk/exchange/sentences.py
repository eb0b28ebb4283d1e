"""What an import brings, in sentences: "Nieuw: 3 wensen, 1 stemronde met 7 deelnemers,
2 rollen en 1 trede." Counted per kind of record, in the words a chair uses."""

from __future__ import annotations

from collections.abc import Mapping

from buurtdesk.exchange.plan import ImportPlan, TableSummary
from buurtdesk.messages import N_, NC_, Marked, translate, translated

# table: (one, more) as English sources of the message catalogue, said in the reader's language.
COUNT_WORDS: dict[str, tuple[Marked, Marked]] = {
    "councils": (N_("council"), N_("councils")),
    "organisations": (N_("organisation"), N_("organisations")),
    "people": (N_("person"), N_("people")),
    "memberships": (N_("membership"), N_("memberships")),
    "ladder_step_changes": (
        NC_("record field", "ladder step"),
        NC_("record field", "ladder steps"),
    ),
    "meetings": (N_("meeting"), N_("meetings")),
    "agenda_items": (N_("agenda item"), N_("agenda items")),
    "attendance": (N_("attendance"), N_("attendances")),
    "decisions": (N_("decision"), N_("decisions")),
    "action_points": (N_("action point"), N_("action points")),
    "action_progress": (N_("line of action progress"), N_("lines of action progress")),
    "cycles": (NC_("toekomstagenda", "round"), NC_("toekomstagenda", "rounds")),
    "phases": (N_("phase"), N_("phases")),
    "phase_transitions": (N_("phase move"), N_("phase moves")),
    "themes": (N_("theme"), N_("themes")),
    "wishes": (N_("wish"), N_("wishes")),
    "vote_sessions": (N_("vote session"), N_("vote sessions")),
    "priority_votes": (N_("dot count"), N_("dot counts")),
    "priorities": (N_("priority"), N_("priorities")),
    "priority_commitments": (N_("commitment"), N_("commitments")),
    "role_assignments": (N_("role"), N_("roles")),
    "projects": (N_("project"), N_("projects")),
    "project_partners": (N_("project partner"), N_("project partners")),
    "framework_checks": (N_("framework check"), N_("framework checks")),
    "framework_check_changes": (N_("change of a check"), N_("changes of checks")),
    "milestones": (N_("milestone"), N_("milestones")),
    "project_notes": (N_("progress note"), N_("progress notes")),
    "evaluations": (N_("evaluation"), N_("evaluations")),
    "budgets": (N_("budget"), N_("budgets")),
    "funding_sources": (N_("funding source"), N_("funding sources")),
    "allocations": (N_("allocation"), N_("allocations")),
    "expenses": (N_("expense"), N_("expenses")),
    "agenda_template_items": (N_("standing agenda item"), N_("standing agenda items")),
    "forewords": (N_("foreword"), N_("forewords")),
    "funds": (N_("fund"), N_("funds")),
    "fund_contributions": (N_("contribution to a fund"), N_("contributions to funds")),
}


def counted(table: str, n: int, language: str = "nl") -> str:
    """'1 wens', '3 wensen', '2 wishes'."""
    one, more = COUNT_WORDS.get(table, (table, table))
    return f"{n} {translated(one if n == 1 else more, language)}"


def _listed(parts: list[str], language: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    word = translate(N_(" and "), language)
    return ", ".join(parts[:-1]) + word + parts[-1]


def listed_counts(tables: Mapping[str, int], language: str = "nl") -> str:
    """'1 vergadering, 11 agendapunten en 2 thema's': what a package holds, per kind."""
    return _listed([counted(table, n, language) for table, n in tables.items() if n], language)


def _phrases(
    plan: ImportPlan, summaries: list[tuple[TableSummary, int]], language: str
) -> list[str]:
    voters = sum(plan.vote_participants)
    parts = []
    for summary, n in summaries:
        text = counted(summary.table, n, language)
        if summary.table == "vote_sessions" and voters:
            if n == 1:
                text += translate(N_(" with {voters} participants"), language).format(voters=voters)
            else:
                text += translate(N_(" with {voters} participants in all"), language).format(
                    voters=voters
                )
        parts.append(text)
    return parts


def brings(plan: ImportPlan, language: str = "nl") -> list[str]:
    """One sentence per kind of outcome: new, changed, kept here, to choose."""
    lines = []
    new = _phrases(plan, [(t, t.added) for t in plan.tables if t.added], language)
    if new:
        lines.append((translate(N_("New: "), language)) + _listed(new, language) + ".")
    changed = _phrases(plan, [(t, t.changed) for t in plan.tables if t.changed], language)
    if changed:
        lines.append((translate(N_("Changed: "), language)) + _listed(changed, language) + ".")
    kept = [counted(t.table, t.kept, language) for t in plan.tables if t.kept]
    if kept:
        lines.append(
            (translate(N_("Newer here, kept as they are here: "), language))
            + _listed(kept, language)
            + "."
        )
    if plan.conflicts:
        n = len(plan.conflicts)
        lines.append(
            translate(
                N_("Changed on both laptops: {n}; you choose per field which value stays."),
                language,
            ).format(n=n)
        )
    return lines
