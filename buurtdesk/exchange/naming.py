"""Records, fields and values of a package as a person says them, in the reader's language.

The import preview names a record the way its user would ("de vergadering van 24 december
2026", "prioriteit 1: 'Meer groen op het plein'"), a field by its Dutch label ("plaats") and a
value in words ("gesloten", "€ 1.000,00", "ja"). A foreign key is named by the record it
points at, found in the package (named while walking it, parents first) or here. A name is a
`Sentence` of the message catalogue with its values (or plain text: a council's own name),
said in the language of the screen or the command line that shows it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.engine import Connection

from buurtdesk.exchange.naming_words import (
    BY_CHOICES,
    Amount,
    Day,
    Moment,
    field_words,
    phrase,
    spoken,
)
from buurtdesk.exchange.tables import BY_NAME, ColumnCodec
from buurtdesk.messages import N_, Marked, Said

# Records named by their own name only get their kind in front: "persoon Anna de Vries".
KIND_PREFIX: dict[str, Marked] = {
    "councils": N_("council {name}"),
    "people": N_("person {name}"),
    "organisations": N_("organisation {name}"),
}


MEETING_NOUN = N_("the meeting of {date}")
MEETING_NOUNS: dict[str, Marked] = {
    "toekomstagenda": N_("the toekomstagenda session of {date}"),
    "core_group": N_("the core group meeting of {date}"),
}


def _day(value: date) -> Day:
    """'24 december 2026', '24 December 2026'."""
    return Day(value)


def _money(cents: int) -> Amount:
    return Amount(cents)


def _short(text: str, limit: int = 60) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


def value_words(column: ColumnCodec, value: Any, refer: Callable[[str, str], Said]) -> Said:
    """One value in words; a reference by the name of what it points at."""
    if value is None or value == "":
        return spoken(N_("(empty)"))
    if column.kind == "fk":
        return refer(column.target, str(value))
    if column.kind == "enum":
        raw = str(getattr(value, "value", value))
        return BY_CHOICES.get(column.choices, {}).get(raw, raw)
    if column.kind == "bool":
        return spoken(N_("yes")) if value else spoken(N_("no"))
    if isinstance(value, datetime):
        return Moment(value)
    if isinstance(value, date):
        return _day(value)
    if isinstance(value, time):
        return f"{value:%H:%M}"
    if column.name.endswith("_cents") and isinstance(value, int):
        return _money(value)
    return _short(str(value), 80)


class Namer:
    """Names records of one import. `remember` notes each package row's name as it is walked."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.names: dict[str, Said] = {}

    def remember(self, table: str, values: Mapping[str, Any]) -> Said:
        words = self.name_of(table, values)
        self.names[str(values["uuid"])] = words
        return words

    def name_of(self, table: str, values: Mapping[str, Any]) -> Said:
        """The record's name; a record too odd to name (a hand-made package) by its UUID."""
        try:
            return self.record_name(table, values)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return str(values.get("uuid", ""))[:8]

    def title(self, table: str, values: Mapping[str, Any]) -> Said:
        """A package row's name for the preview (remembered for the rows that refer to it)."""
        words = self.remember(table, values)
        kind = KIND_PREFIX.get(table)
        if kind is not None:
            return phrase(kind, name=words)
        return words

    @staticmethod
    def field(column: str) -> Said:
        return field_words(column)

    def refer(self, table: str, row_uuid: str) -> Said:
        """The name of a record by its UUID: from the package, else from this database."""
        found = self.names.get(row_uuid)
        if found is not None:
            return found
        from buurtdesk.exchange.writing import _select_with_uuids

        codec = BY_NAME[table]
        query, names = _select_with_uuids(codec)
        row = self.conn.execute(query.where(codec.table.c.uuid == row_uuid)).first()
        if row is None:
            return spoken(N_("(unknown)"))
        self.names[row_uuid] = "…"  # a loop of references ends here
        words = self.name_of(table, dict(zip(names, row, strict=True)))
        self.names[row_uuid] = words
        return words

    def value(self, table: str, column: str, value: Any) -> Said:
        codec = next(c for c in BY_NAME[table].columns if c.name == column)
        return value_words(codec, value, self.refer)

    def _enum(self, table: str, column: str, value: Any) -> Said:
        return self.value(table, column, value)

    def record_name(self, table: str, v: Mapping[str, Any]) -> Said:
        """The record as a person names it, without the kind word when the name says it."""
        ref = self.refer

        def of(column: str, target: str) -> Said:
            return ref(target, str(v[column])) if v.get(column) else ""

        if table in ("councils", "people", "organisations"):
            return _short(str(v.get("name") or ""))
        if table == "meetings":
            kind = str(getattr(v.get("kind"), "value", v.get("kind")))
            return phrase(MEETING_NOUNS.get(kind, MEETING_NOUN), date=_day(v["date"]))
        if table == "agenda_items":
            meeting = of("meeting_id", "meetings")
            return phrase(
                N_("item ‘{title}’ of {meeting}"), title=_short(str(v["title"])), meeting=meeting
            )
        if table == "attendance":
            who = of("person_id", "people") if v.get("person_id") else str(v["guest_name"])
            return phrase(N_("{who} at {meeting}"), who=who, meeting=of("meeting_id", "meetings"))
        if table == "decisions":
            number = f"{v['year']}-{int(v['sequence']):03d}"
            return phrase(N_("decision {number}"), number=number)
        if table == "action_points":
            return phrase(N_("action ‘{title}’"), title=_short(str(v["title"])))
        if table == "action_progress":
            action, meeting = of("action_point_id", "action_points"), of("meeting_id", "meetings")
            return phrase(N_("{action} in {meeting}"), action=action, meeting=meeting)
        if table == "memberships":
            who = of("person_id", "people")
            role = self._enum(table, "role", v["role"])
            return phrase(N_("{who} as {role}"), who=who, role=role)
        if table == "ladder_step_changes":
            member = of("membership_id", "memberships")
            step = self._enum(table, "step", v["step"])
            return phrase(N_("step {step} of {member}"), step=step, member=member)
        if table == "cycles":
            return phrase(N_("round {number}"), number=str(v["number"]))
        if table == "phases":
            phase, cycle = self._enum(table, "kind", v["kind"]), of("cycle_id", "cycles")
            return phrase(N_("{phase} phase of {cycle}"), phase=phase, cycle=cycle)
        if table == "phase_transitions":
            to, cycle = self._enum(table, "to_phase", v["to_phase"]), of("cycle_id", "cycles")
            return phrase(N_("{cycle} to the {phase} phase"), cycle=cycle, phase=to)
        if table == "themes":
            return phrase(N_("theme ‘{name}’"), name=_short(str(v["name"])))
        if table == "wishes":
            return phrase(N_("wish ‘{text}’"), text=_short(str(v["text"])))
        if table == "vote_sessions":
            title = _short(str(v.get("title") or ""))
            when = _day(v["held_on"])
            if title:
                return phrase(N_("vote ‘{title}’ of {date}"), title=title, date=when)
            return phrase(N_("vote of {date}"), date=when)
        if table == "priority_votes":
            wish = of("wish_id", "wishes")
            voter = str(v.get("participant") or "")
            if voter:
                return phrase(N_("dots of {voter} on {wish}"), voter=voter, wish=wish)
            return phrase(N_("dots (paper tally) on {wish}"), wish=wish)
        if table == "priorities":
            wish = of("wish_id", "wishes")
            return phrase(N_("priority {rank}: {wish}"), rank=str(v["rank"]), wish=wish)
        if table == "priority_commitments":
            party = self._enum(table, "party", v["party"])
            priority = of("priority_id", "priorities")
            return phrase(N_("commitment of {party} on {priority}"), party=party, priority=priority)
        if table == "role_assignments":
            who = (
                of("person_id", "people")
                if v.get("person_id")
                else of("organisation_id", "organisations")
            )
            return phrase(N_("role ‘{task}’ of {who}"), task=_short(str(v["role"])), who=who)
        if table == "projects":
            return phrase(N_("project ‘{name}’"), name=_short(str(v["name"])))
        if table in ("framework_checks",):
            area, project = self._enum(table, "area", v["area"]), of("project_id", "projects")
            return phrase(N_("{area} check of {project}"), area=area, project=project)
        if table == "framework_check_changes":
            check = of("check_id", "framework_checks")
            return phrase(
                N_("change of {check} on {date}"), check=check, date=_day(v["changed_on"])
            )
        if table == "milestones":
            title, project = _short(str(v["title"])), of("project_id", "projects")
            return phrase(N_("milestone ‘{title}’ of {project}"), title=title, project=project)
        if table == "project_notes":
            project = of("project_id", "projects")
            return phrase(
                N_("progress of {project} on {date}"), project=project, date=_day(v["written_on"])
            )
        if table == "project_partners":
            who = (
                of("organisation_id", "organisations")
                if v.get("organisation_id")
                else of("person_id", "people")
            )
            project = of("project_id", "projects")
            return phrase(N_("{who} as partner of {project}"), who=who, project=project)
        if table == "evaluations":
            subject = (
                of("project_id", "projects") if v.get("project_id") else of("cycle_id", "cycles")
            )
            return phrase(N_("evaluation of {subject}"), subject=subject)
        if table == "budgets":
            return phrase(N_("budget {year}"), year=str(v["year"]))
        if table == "funding_sources":
            return phrase(N_("funding source ‘{name}’"), name=_short(str(v["name"])))
        if table == "allocations":
            cents = int(v["amount_cents"])
            target = (
                of("project_id", "projects")
                if v.get("project_id")
                else f"‘{_short(str(v['description']))}’"
            )
            return phrase(
                N_("allocation of {amount} to {target}"), amount=_money(cents), target=target
            )
        if table == "agenda_template_items":
            return phrase(N_("standing item ‘{title}’"), title=_short(str(v["title"])))
        if table == "forewords":
            return phrase(N_("foreword {year}"), year=str(v["year"]))
        if table == "funds":
            return phrase(N_("fund ‘{name}’"), name=_short(str(v["name"])))
        if table == "fund_contributions":
            fund = of("fund_id", "funds")
            payer = _short(str(v["contributor"]))
            return phrase(
                N_("contribution of {payer} to {fund} in {year}"),
                payer=payer,
                fund=fund,
                year=str(v["year"]),
            )
        if table == "expenses":
            return phrase(N_("expense ‘{text}’"), text=_short(str(v["description"])))
        for key in ("title", "name", "text", "note", "description"):
            if isinstance(v.get(key), str) and v[key].strip():
                return _short(v[key])
        return str(v.get("uuid", ""))[:8]
