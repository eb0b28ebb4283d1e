"""What an import brings, in sentences: "Nieuw: 3 wensen, 1 stemronde met 7 deelnemers,
2 rollen en 1 trede." Counted per kind of record, in the words a chair uses."""

from __future__ import annotations

from collections.abc import Mapping

from buurtdesk.exchange.plan import ImportPlan, TableSummary
from buurtdesk.messages import N_, translate

# table: (Dutch one, Dutch more, English one, English more)
COUNT_WORDS: dict[str, tuple[str, str, str, str]] = {
    "councils": ("overleg", "overleggen", "council", "councils"),
    "organisations": ("organisatie", "organisaties", "organisation", "organisations"),
    "people": ("persoon", "personen", "person", "people"),
    "memberships": ("lidmaatschap", "lidmaatschappen", "membership", "memberships"),
    "ladder_step_changes": ("trede", "treden", "ladder step", "ladder steps"),
    "meetings": ("vergadering", "vergaderingen", "meeting", "meetings"),
    "agenda_items": ("agendapunt", "agendapunten", "agenda item", "agenda items"),
    "attendance": ("presentie", "presenties", "attendance", "attendances"),
    "decisions": ("besluit", "besluiten", "decision", "decisions"),
    "action_points": ("actiepunt", "actiepunten", "action point", "action points"),
    "action_progress": (
        "voortgang bij een actiepunt",
        "voortgangsregels bij actiepunten",
        "line of action progress",
        "lines of action progress",
    ),
    "cycles": ("toekomstagenda-ronde", "toekomstagenda-rondes", "round", "rounds"),
    "phases": ("fase", "fasen", "phase", "phases"),
    "phase_transitions": ("faseovergang", "faseovergangen", "phase move", "phase moves"),
    "themes": ("thema", "thema's", "theme", "themes"),
    "wishes": ("wens", "wensen", "wish", "wishes"),
    "vote_sessions": ("stemronde", "stemrondes", "vote session", "vote sessions"),
    "priority_votes": ("stippentelling", "stippentellingen", "dot count", "dot counts"),
    "priorities": ("prioriteit", "prioriteiten", "priority", "priorities"),
    "priority_commitments": ("toezegging", "toezeggingen", "commitment", "commitments"),
    "role_assignments": ("rol", "rollen", "role", "roles"),
    "projects": ("project", "projecten", "project", "projects"),
    "project_partners": (
        "projectpartner",
        "projectpartners",
        "project partner",
        "project partners",
    ),
    "framework_checks": ("toetsing", "toetsingen", "framework check", "framework checks"),
    "framework_check_changes": (
        "wijziging van een toetsing",
        "wijzigingen van toetsingen",
        "change of a check",
        "changes of checks",
    ),
    "milestones": ("mijlpaal", "mijlpalen", "milestone", "milestones"),
    "project_notes": ("voortgangsregel", "voortgangsregels", "progress note", "progress notes"),
    "evaluations": ("evaluatie", "evaluaties", "evaluation", "evaluations"),
    "budgets": ("buurtbudget", "buurtbudgetten", "budget", "budgets"),
    "funding_sources": ("geldbron", "geldbronnen", "funding source", "funding sources"),
    "allocations": ("toekenning", "toekenningen", "allocation", "allocations"),
    "expenses": ("uitgave", "uitgaven", "expense", "expenses"),
    "agenda_template_items": (
        "vast agendapunt",
        "vaste agendapunten",
        "standing agenda item",
        "standing agenda items",
    ),
    "forewords": ("voorwoord", "voorwoorden", "foreword", "forewords"),
    "funds": ("fonds", "fondsen", "fund", "funds"),
    "fund_contributions": (
        "bijdrage aan een fonds",
        "bijdragen aan fondsen",
        "contribution to a fund",
        "contributions to funds",
    ),
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
