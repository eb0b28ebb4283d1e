"""What an import brings, in sentences: "Nieuw: 3 wensen, 1 stemronde met 7 deelnemers,
2 rollen en 1 trede." Counted per kind of record, in the words a chair uses."""

from __future__ import annotations

from collections.abc import Mapping

from buurtdesk.exchange.plan import ImportPlan, TableSummary
from buurtdesk.messages import N_, translate

# table: (Dutch one, Dutch more, English one, English more); the Dutch from the message catalogue
# (a few whose English has another Dutch meaning elsewhere stay literal).


def counts(one: str, more: str) -> tuple[str, str, str, str]:
    return (translate(one, "nl"), translate(more, "nl"), one, more)


COUNT_WORDS: dict[str, tuple[str, str, str, str]] = {
    "councils": counts(N_("council"), N_("councils")),
    "organisations": counts(N_("organisation"), N_("organisations")),
    "people": counts(N_("person"), N_("people")),
    "memberships": counts(N_("membership"), N_("memberships")),
    "ladder_step_changes": ("trede", "treden", "ladder step", "ladder steps"),
    "meetings": counts(N_("meeting"), N_("meetings")),
    "agenda_items": counts(N_("agenda item"), N_("agenda items")),
    "attendance": counts(N_("attendance"), N_("attendances")),
    "decisions": counts(N_("decision"), N_("decisions")),
    "action_points": counts(N_("action point"), N_("action points")),
    "action_progress": counts(N_("line of action progress"), N_("lines of action progress")),
    "cycles": ("toekomstagenda-ronde", "toekomstagenda-rondes", "round", "rounds"),
    "phases": counts(N_("phase"), N_("phases")),
    "phase_transitions": counts(N_("phase move"), N_("phase moves")),
    "themes": counts(N_("theme"), N_("themes")),
    "wishes": counts(N_("wish"), N_("wishes")),
    "vote_sessions": counts(N_("vote session"), N_("vote sessions")),
    "priority_votes": counts(N_("dot count"), N_("dot counts")),
    "priorities": counts(N_("priority"), N_("priorities")),
    "priority_commitments": counts(N_("commitment"), N_("commitments")),
    "role_assignments": counts(N_("role"), N_("roles")),
    "projects": counts(N_("project"), N_("projects")),
    "project_partners": counts(N_("project partner"), N_("project partners")),
    "framework_checks": counts(N_("framework check"), N_("framework checks")),
    "framework_check_changes": counts(N_("change of a check"), N_("changes of checks")),
    "milestones": counts(N_("milestone"), N_("milestones")),
    "project_notes": counts(N_("progress note"), N_("progress notes")),
    "evaluations": counts(N_("evaluation"), N_("evaluations")),
    "budgets": counts(N_("budget"), N_("budgets")),
    "funding_sources": counts(N_("funding source"), N_("funding sources")),
    "allocations": counts(N_("allocation"), N_("allocations")),
    "expenses": counts(N_("expense"), N_("expenses")),
    "agenda_template_items": counts(N_("standing agenda item"), N_("standing agenda items")),
    "forewords": counts(N_("foreword"), N_("forewords")),
    "funds": counts(N_("fund"), N_("funds")),
    "fund_contributions": counts(N_("contribution to a fund"), N_("contributions to funds")),
}


def counted(table: str, n: int, language: str = "nl") -> str:
    """'1 wens', '3 wensen', '2 wishes'."""
    fallback = (table, table, table, table)
    one_nl, more_nl, one_en, more_en = COUNT_WORDS.get(table, fallback)
    if language == "en":
        return f"{n} {one_en if n == 1 else more_en}"
    return f"{n} {one_nl if n == 1 else more_nl}"


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
