"""Records, fields and values of a package as a person says them, in Dutch and English.

The import preview names a record the way its user would ("de vergadering van 24 december
2026", "prioriteit 1: 'Meer groen op het plein'"), a field by its Dutch label ("plaats") and a
value in words ("gesloten", "€ 1.000,00", "ja"). A foreign key is named by the record it
points at, found in the package (named while walking it, parents first) or here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.engine import Connection

from buurtdesk.domain.dates import MONTHS_EN, MONTHS_NL
from buurtdesk.domain.money import Money
from buurtdesk.exchange.naming_words import BY_CHOICES, Words, field_words, spoken
from buurtdesk.exchange.tables import BY_NAME, ColumnCodec
from buurtdesk.messages import N_

# Records named by their own name only get their kind in front: "persoon Anna de Vries".
KIND_PREFIX: dict[str, Words] = {
    "councils": spoken(N_("council")),
    "people": spoken(N_("person")),
    "organisations": spoken(N_("organisation")),
}


def _day(value: date, en: bool) -> str:
    months = MONTHS_EN if en else MONTHS_NL
    return f"{value.day} {months[value.month - 1]} {value.year}"


def _short(text: str, limit: int = 60) -> str:
    plain = " ".join(text.split())
    return plain if len(plain) <= limit else plain[: limit - 1] + "…"


def value_words(column: ColumnCodec, value: Any, refer: Callable[[str, str], Words]) -> Words:
    """One value in words; a reference by the name of what it points at."""
    if value is None or value == "":
        return "(leeg)", "(empty)"
    if column.kind == "fk":
        return refer(column.target, str(value))
    if column.kind == "enum":
        raw = str(getattr(value, "value", value))
        return BY_CHOICES.get(column.choices, {}).get(raw, (raw, raw))
    if column.kind == "bool":
        return ("ja", "yes") if value else ("nee", "no")
    if isinstance(value, datetime):
        return (
            f"{_day(value.date(), False)} {value:%H:%M}",
            f"{_day(value.date(), True)} {value:%H:%M}",
        )
    if isinstance(value, date):
        return _day(value, False), _day(value, True)
    if isinstance(value, time):
        return f"{value:%H:%M}", f"{value:%H:%M}"
    if column.name.endswith("_cents") and isinstance(value, int):
        return Money(value).format("nl"), Money(value).format("en")
    text = _short(str(value), 80)
    return text, text


class Namer:
    """Names records of one import. `remember` notes each package row's name as it is walked."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.names: dict[str, Words] = {}

    def remember(self, table: str, values: Mapping[str, Any]) -> Words:
        words = self.name_of(table, values)
        self.names[str(values["uuid"])] = words
        return words

    def name_of(self, table: str, values: Mapping[str, Any]) -> Words:
        """The record's name; a record too odd to name (a hand-made package) by its UUID."""
        try:
            return self.record_name(table, values)
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            short = str(values.get("uuid", ""))[:8]
            return short, short

    def title(self, table: str, values: Mapping[str, Any]) -> Words:
        """A package row's name for the preview (remembered for the rows that refer to it)."""
        words = self.remember(table, values)
        kind = KIND_PREFIX.get(table)
        if kind is not None:
            return f"{kind[0]} {words[0]}", f"{kind[1]} {words[1]}"
        return words

    @staticmethod
    def field(column: str) -> Words:
        return field_words(column)

    def refer(self, table: str, row_uuid: str) -> Words:
        """The name of a record by its UUID: from the package, else from this database."""
        found = self.names.get(row_uuid)
        if found is not None:
            return found
        from buurtdesk.exchange.writing import _select_with_uuids

        codec = BY_NAME[table]
        query, names = _select_with_uuids(codec)
        row = self.conn.execute(query.where(codec.table.c.uuid == row_uuid)).first()
        if row is None:
            return "(onbekend)", "(unknown)"
        self.names[row_uuid] = ("…", "…")  # a loop of references ends here
        words = self.name_of(table, dict(zip(names, row, strict=True)))
        self.names[row_uuid] = words
        return words

    def value(self, table: str, column: str, value: Any) -> Words:
        codec = next(c for c in BY_NAME[table].columns if c.name == column)
        return value_words(codec, value, self.refer)

    def _enum(self, table: str, column: str, value: Any) -> Words:
        return self.value(table, column, value)

    def record_name(self, table: str, v: Mapping[str, Any]) -> Words:
        """The record as a person names it, without the kind word when the name says it."""
        ref = self.refer

        def of(column: str, target: str) -> Words:
            return ref(target, str(v[column])) if v.get(column) else ("", "")

        def pair(nl: str, en: str) -> Words:
            return nl, en

        if table in ("councils", "people", "organisations"):
            name = _short(str(v.get("name") or ""))
            return name, name
        if table == "meetings":
            when = v["date"]
            kind = str(getattr(v.get("kind"), "value", v.get("kind")))
            noun = {
                "toekomstagenda": ("de toekomstagenda-bijeenkomst", "the toekomstagenda session"),
                "core_group": ("de kerngroep", "the core group meeting"),
            }.get(kind, ("de vergadering", "the meeting"))
            return (
                f"{noun[0]} van {_day(when, False)}",
                f"{noun[1]} of {_day(when, True)}",
            )
        if table == "agenda_items":
            meeting = of("meeting_id", "meetings")
            title = _short(str(v["title"]))
            return pair(f"agendapunt ‘{title}’ van {meeting[0]}", f"item ‘{title}’ of {meeting[1]}")
        if table == "attendance":
            who = of("person_id", "people") if v.get("person_id") else (v["guest_name"],) * 2
            meeting = of("meeting_id", "meetings")
            return pair(f"{who[0]} bij {meeting[0]}", f"{who[1]} at {meeting[1]}")
        if table == "decisions":
            number = f"{v['year']}-{int(v['sequence']):03d}"
            return pair(f"besluit {number}", f"decision {number}")
        if table == "action_points":
            title = _short(str(v["title"]))
            return pair(f"actiepunt ‘{title}’", f"action ‘{title}’")
        if table == "action_progress":
            action, meeting = of("action_point_id", "action_points"), of("meeting_id", "meetings")
            return pair(f"{action[0]} in {meeting[0]}", f"{action[1]} in {meeting[1]}")
        if table == "memberships":
            who = of("person_id", "people")
            role = self._enum(table, "role", v["role"])
            return pair(f"{who[0]} als {role[0]}", f"{who[1]} as {role[1]}")
        if table == "ladder_step_changes":
            member = of("membership_id", "memberships")
            step = self._enum(table, "step", v["step"])
            return pair(f"trede {step[0]} van {member[0]}", f"step {step[1]} of {member[1]}")
        if table == "cycles":
            return pair(f"ronde {v['number']}", f"round {v['number']}")
        if table == "phases":
            phase, cycle = self._enum(table, "kind", v["kind"]), of("cycle_id", "cycles")
            return pair(f"fase {phase[0]} van {cycle[0]}", f"{phase[1]} phase of {cycle[1]}")
        if table == "phase_transitions":
            to, cycle = self._enum(table, "to_phase", v["to_phase"]), of("cycle_id", "cycles")
            return pair(f"{cycle[0]} naar fase {to[0]}", f"{cycle[1]} to the {to[1]} phase")
        if table == "themes":
            name = _short(str(v["name"]))
            return pair(f"thema ‘{name}’", f"theme ‘{name}’")
        if table == "wishes":
            text = _short(str(v["text"]))
            return pair(f"wens ‘{text}’", f"wish ‘{text}’")
        if table == "vote_sessions":
            title = _short(str(v.get("title") or ""))
            when = v["held_on"]
            return pair(
                f"stemronde ‘{title}’ van {_day(when, False)}"
                if title
                else f"stemronde van {_day(when, False)}",
                f"vote ‘{title}’ of {_day(when, True)}" if title else f"vote of {_day(when, True)}",
            )
        if table == "priority_votes":
            wish = of("wish_id", "wishes")
            voter = str(v.get("participant") or "")
            return pair(
                f"stippen van {voter} op {wish[0]}"
                if voter
                else f"stippen (papieren telling) op {wish[0]}",
                f"dots of {voter} on {wish[1]}" if voter else f"dots (paper tally) on {wish[1]}",
            )
        if table == "priorities":
            wish = of("wish_id", "wishes")
            return pair(f"prioriteit {v['rank']}: {wish[0]}", f"priority {v['rank']}: {wish[1]}")
        if table == "priority_commitments":
            party = self._enum(table, "party", v["party"])
            priority = of("priority_id", "priorities")
            return pair(
                f"toezegging van {party[0]} bij {priority[0]}",
                f"commitment of {party[1]} on {priority[1]}",
            )
        if table == "role_assignments":
            who = (
                of("person_id", "people")
                if v.get("person_id")
                else of("organisation_id", "organisations")
            )
            task = _short(str(v["role"]))
            return pair(f"rol ‘{task}’ van {who[0]}", f"role ‘{task}’ of {who[1]}")
        if table == "projects":
            name = _short(str(v["name"]))
            return pair(f"project ‘{name}’", f"project ‘{name}’")
        if table in ("framework_checks",):
            area, project = self._enum(table, "area", v["area"]), of("project_id", "projects")
            return pair(f"toetsing {area[0]} van {project[0]}", f"{area[1]} check of {project[1]}")
        if table == "framework_check_changes":
            check = of("check_id", "framework_checks")
            return pair(
                f"wijziging van {check[0]} op {_day(v['changed_on'], False)}",
                f"change of {check[1]} on {_day(v['changed_on'], True)}",
            )
        if table == "milestones":
            title, project = _short(str(v["title"])), of("project_id", "projects")
            return pair(
                f"mijlpaal ‘{title}’ van {project[0]}", f"milestone ‘{title}’ of {project[1]}"
            )
        if table == "project_notes":
            project = of("project_id", "projects")
            when = v["written_on"]
            return pair(
                f"voortgang van {project[0]} op {_day(when, False)}",
                f"progress of {project[1]} on {_day(when, True)}",
            )
        if table == "project_partners":
            who = (
                of("organisation_id", "organisations")
                if v.get("organisation_id")
                else of("person_id", "people")
            )
            project = of("project_id", "projects")
            return pair(
                f"{who[0]} als partner van {project[0]}", f"{who[1]} as partner of {project[1]}"
            )
        if table == "evaluations":
            if v.get("project_id"):
                project = of("project_id", "projects")
                return pair(f"evaluatie van {project[0]}", f"evaluation of {project[1]}")
            cycle = of("cycle_id", "cycles")
            return pair(f"evaluatie van {cycle[0]}", f"evaluation of {cycle[1]}")
        if table == "budgets":
            return pair(f"buurtbudget {v['year']}", f"budget {v['year']}")
        if table == "funding_sources":
            name = _short(str(v["name"]))
            return pair(f"geldbron ‘{name}’", f"funding source ‘{name}’")
        if table == "allocations":
            amount = Money(int(v["amount_cents"]))
            target = (
                of("project_id", "projects")
                if v.get("project_id")
                else (f"‘{_short(str(v['description']))}’",) * 2
            )
            return pair(
                f"toekenning van {amount.format('nl')} aan {target[0]}",
                f"allocation of {amount.format('en')} to {target[1]}",
            )
        if table == "agenda_template_items":
            title = _short(str(v["title"]))
            return pair(f"vast agendapunt ‘{title}’", f"standing item ‘{title}’")
        if table == "forewords":
            return pair(f"voorwoord {v['year']}", f"foreword {v['year']}")
        if table == "funds":
            name = _short(str(v["name"]))
            return pair(f"fonds ‘{name}’", f"fund ‘{name}’")
        if table == "fund_contributions":
            fund = of("fund_id", "funds")
            payer = _short(str(v["contributor"]))
            return pair(
                f"bijdrage van {payer} aan {fund[0]} in {v['year']}",
                f"contribution of {payer} to {fund[1]} in {v['year']}",
            )
        if table == "expenses":
            text = _short(str(v["description"]))
            return pair(f"uitgave ‘{text}’", f"expense ‘{text}’")
        for key in ("title", "name", "text", "note", "description"):
            if isinstance(v.get(key), str) and v[key].strip():
                text = _short(v[key])
                return text, text
        short = str(v.get("uuid", ""))[:8]
        return short, short
