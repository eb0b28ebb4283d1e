"""What an import will do, shown before it is done: the plan a user reads and answers.

Records merge by UUID, never by a position (a priority's rank, an item's place). A record
only the other side changed is taken over; a record only this side changed is kept (and
named, so nothing recorded there disappears unsaid); a record changed on both sides since
they last exchanged it is a conflict, which the user resolves per field or for the whole
record: keep mine, or take theirs. Every record, field and value also comes in words
(naming.py), so the preview reads as sentences (sentences.py). Names and notes travel as
sentences of the message catalogue with their values (`Sentence`), said in the language of the
screen or the command line that shows them. Nothing is ever deleted by an import.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from buurtdesk.messages import N_, NC_, Marked, Said, Sentence, say, translate, translated


class Outcome(StrEnum):
    ADD = "add"  # new here
    SAME = "same"  # nothing to do
    THEIRS = "theirs"  # changed only there (or newer there): taken over
    MINE = "mine"  # changed only here (or newer here): kept
    CONFLICT = "conflict"  # changed on both sides since the last exchange


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"


# A conflict's choice: for the whole record, or per field (field name -> choice).
FieldChoices = Choice | dict[str, Choice]


# A kind of record, as its English source in the message catalogue.
TABLE_WORDS: dict[str, Marked] = {
    "councils": N_("council"),
    "organisations": N_("organisation"),
    "people": N_("person"),
    "memberships": N_("membership"),
    "ladder_step_changes": NC_("record field", "ladder step"),
    "meetings": N_("meeting"),
    "agenda_items": N_("agenda item"),
    "attendance": N_("attendance"),
    "decisions": N_("decision"),
    "action_points": N_("action point"),
    "action_progress": N_("action progress"),
    "cycles": N_("cycle"),
    "phases": N_("phase"),
    "phase_transitions": N_("phase transition"),
    "themes": N_("theme"),
    "wishes": N_("wish"),
    "vote_sessions": N_("vote session"),
    "priority_votes": N_("dots"),
    "priorities": N_("priority"),
    "priority_commitments": N_("commitment"),
    "role_assignments": N_("role"),
    "projects": N_("project"),
    "project_partners": N_("project partner"),
    "framework_checks": N_("framework check"),
    "milestones": N_("milestone"),
    "project_notes": N_("project note"),
    "evaluations": N_("evaluation"),
    "budgets": N_("budget"),
    "funding_sources": N_("funding source"),
    "allocations": N_("allocation"),
    "expenses": N_("expense"),
    "framework_check_changes": N_("change of a check"),
    "agenda_template_items": N_("standing agenda item"),
    "forewords": N_("foreword"),
    "funds": N_("fund"),
    "fund_contributions": N_("contribution to a fund"),
}


def kind_in(table: str, language: str) -> str:
    """A kind of record in the reader's language: 'vergadering', 'meeting'."""
    found = TABLE_WORDS.get(table)
    return translated(found, language) if found is not None else table


def shown(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, bytes | bytearray | memoryview):  # a logo: its size, not its bytes
        return f"{len(value) // 1024 + 1} kB"
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:77] + "..."


@dataclass(frozen=True)
class FieldDifference:
    field: str
    mine: str
    theirs: str
    # The same in words, said where it is shown: the field's label and both values as a
    # person says them.
    label: Said = ""
    mine_said: Said = ""
    theirs_said: Said = ""

    def field_in(self, language: str = "nl") -> str:
        return say(self.label or _field_words(self.field), language) or self.field

    def mine_in(self, language: str = "nl") -> str:
        return say(self.mine_said, language) or self.mine

    def theirs_in(self, language: str = "nl") -> str:
        return say(self.theirs_said, language) or self.theirs


@dataclass(frozen=True)
class RecordChange:
    """A record that the import adds or changes, or that conflicts."""

    table: str
    uuid: str
    name: Said  # the record as a person names it, said where it is shown
    outcome: Outcome
    differences: tuple[FieldDifference, ...] = ()
    mine_changed_at: datetime | None = None
    theirs_changed_at: datetime | None = None

    def name_in(self, language: str = "nl") -> str:
        """The record as a person names it: 'de vergadering van 24 december 2026'."""
        return say(self.name, language)

    def fields_in(self, language: str = "nl") -> str:
        """'de vergadering van 24 december 2026: plaats / status'."""
        return f"{self.name_in(language)}: " + " / ".join(
            d.field_in(language) for d in self.differences
        )


def decided(change: RecordChange, choice: FieldChoices | str | Mapping[str, Any] | None) -> bool:
    """Whether a conflict has its choice: for the whole record, or for every differing field."""
    if choice is None:
        return False
    if isinstance(choice, str):  # a Choice, or its plain word
        return True
    return all(d.field in choice for d in change.differences)


@dataclass(frozen=True)
class TableSummary:
    table: str
    incoming: int = 0
    added: int = 0
    changed: int = 0
    kept: int = 0
    same: int = 0
    conflicts: int = 0


@dataclass(frozen=True)
class ImportPlan:
    """Everything the preview shows; `apply_import` carries it out with the user's choices."""

    package_id: str
    scope: str
    council_uuid: str
    council_name: str
    meeting_uuid: str | None
    created_at: str
    tables: tuple[TableSummary, ...]
    changes: tuple[RecordChange, ...]  # records taken over from the package (changed here)
    conflicts: tuple[RecordChange, ...]
    notes: tuple[Sentence, ...] = field(default_factory=tuple)  # said where they are shown
    added_labels: tuple[RecordChange, ...] = ()  # the first few new records, for the preview
    kept_labels: tuple[RecordChange, ...] = ()  # the first few records kept as they are here
    vote_participants: tuple[int, ...] = ()  # per vote session in the package: its participants

    def notes_in(self, language: str = "nl") -> list[str]:
        """The notes on the package (a decision that gets another number) in `language`."""
        return [note.say(language) for note in self.notes]

    @property
    def added(self) -> int:
        return sum(t.added for t in self.tables)

    @property
    def changed(self) -> int:
        return sum(t.changed for t in self.tables)

    @property
    def kept(self) -> int:
        return sum(t.kept for t in self.tables)

    @property
    def has_conflicts(self) -> bool:
        return bool(self.conflicts)

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.changed or self.conflicts)

    def describe(self, language: str = "nl") -> str:
        """The plan as plain text (the command line's --dry-run)."""
        lines = [
            (
                translate(N_("Package of {moment} UTC: "), language).format(
                    moment=self.created_at[:16].replace("T", " ")
                )
            )
            + (
                translate(N_("council '{council_name}'"), language).format(
                    council_name=self.council_name
                )
            )
            + ((translate(N_(" (one meeting)"), language)) if self.scope == "meeting" else ""),
            (
                translate(
                    N_(
                        "Adds {added}, changes {changed}, keeps {kept} newer here, conflicts {count}."
                    ),
                    language,
                ).format(
                    added=self.added,
                    changed=self.changed,
                    kept=self.kept,
                    count=len(self.conflicts),
                )
            ),
        ]
        for summary in self.tables:
            if summary.added or summary.changed or summary.conflicts or summary.kept:
                name = kind_in(summary.table, language)
                counts = zip(
                    (summary.added, summary.changed, summary.kept, summary.conflicts),
                    (N_("new"), N_("changed"), N_("newer here"), N_("conflict")),
                    strict=True,
                )
                lines.append(
                    f"  {name}: "
                    + ", ".join(f"{n} {translate(w, language)}" for n, w in counts if n)
                )
        from buurtdesk.exchange.sentences import brings

        lines.extend(f"  {sentence}" for sentence in brings(self, language))
        lines.extend(f"  {note}" for note in self.notes_in(language))
        for change in self.changes:
            fields = ", ".join(d.field_in(language) for d in change.differences)
            lines.append(
                translate(N_("  changes {name}: {fields}"), language).format(
                    name=change.name_in(language), fields=fields
                )
            )
        for kept in self.kept_labels:
            lines.append(
                translate(N_("  keeps {name} as it is here (newer here)"), language).format(
                    name=kept.name_in(language)
                )
            )
        for conflict in self.conflicts:
            lines.append(
                translate(N_("  CONFLICT {name} ({uuid}):"), language).format(
                    name=conflict.name_in(language), uuid=conflict.uuid
                )
            )
            for diff in conflict.differences:
                lines.append(
                    translate(
                        N_("    {field_name}: mine '{mine}', theirs '{theirs}' ({uuid}:{field})"),
                        language,
                    ).format(
                        field_name=diff.field_in(language),
                        mine=diff.mine_in(language),
                        theirs=diff.theirs_in(language),
                        uuid=conflict.uuid,
                        field=diff.field,
                    )
                )
        return "\n".join(lines)


def classify(
    local_updated_at: datetime,
    local_content: dict[str, Any],
    incoming_updated_at: datetime,
    incoming_content: dict[str, Any],
    local_known: set[datetime],
    incoming_known: tuple[datetime, ...],
) -> Outcome:
    """Decide one record that exists on both sides."""
    if local_content == incoming_content:
        return Outcome.SAME
    if incoming_updated_at in local_known or incoming_updated_at == local_updated_at:
        return Outcome.MINE  # we have seen their version: ours is the same or built on it
    if local_updated_at in incoming_known:
        return Outcome.THEIRS  # they had seen our version: theirs is built on it
    if local_known or incoming_known:
        return Outcome.CONFLICT  # both changed since the last exchange
    # Never exchanged before (a copied file): the newer change wins.
    return Outcome.THEIRS if incoming_updated_at > local_updated_at else Outcome.MINE


def _field_words(field: str) -> Said:
    """A column's label in words when a difference was made without them."""
    from buurtdesk.exchange.naming_words import field_words

    return field_words(field)
