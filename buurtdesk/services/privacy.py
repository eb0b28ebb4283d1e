"""Privacy (AVG): export everything stored about a person; forget a person.

"Gegevens van deze persoon exporteren" gives a readable JSON file: contact data,
memberships with the ladder history, attendance, action points they own, roles in the
toekomstagenda, projects they lead or support, and every text that mentions them by name.

"Persoon vergeten" removes the contact data and replaces the name with "[verwijderd]"
everywhere it is written: the person record, agenda notes (so the minutes too), decisions,
action points and their progress notes, evaluations, wishes, votes, expenses... The
records themselves stay (a decision stays a decision), only who it was is gone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import String, Table, Text, false, or_, select, text, update
from sqlalchemy.orm import Session

from buurtdesk.domain.errors import InvalidInput
from buurtdesk.messages import NC_
from buurtdesk.services.base import Service
from buurtdesk.services.privacy_backups import BackupCleaning, backups_holding
from buurtdesk.services.privacy_forms import FORGOTTEN, PersonForms, person_forms
from buurtdesk.store.models import (
    ActionPoint,
    ActionProgress,
    Attendance,
    Base,
    Council,
    Cycle,
    LadderStepChange,
    Meeting,
    Membership,
    Organisation,
    Person,
    Project,
    ProjectPartner,
    RoleAssignment,
    Theme,
    utcnow,
)
from buurtdesk.store.output import write_output

# Tables whose text never holds what people wrote about people.
NOT_SCANNED = {
    "people",
    "exchange_known_versions",
    "alembic_version",
    "council_access",
}
SKIPPED_COLUMNS = {"uuid", "logo_path", "receipt_ref"}


@dataclass(frozen=True)
class ForgetReport:
    person_id: int
    texts_changed: int  # how many fields (notes, decisions, ...) had the name replaced
    # backups that still hold the person's name, phone number or e-mail address
    backups_holding: tuple[Path, ...] = ()
    cleaning: BackupCleaning = field(
        default_factory=lambda: BackupCleaning("", PersonForms(None, ()))
    )


def _text_columns() -> list[tuple[Table, list[str]]]:
    found = []
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_SCANNED:
            continue
        names = [
            c.name
            for c in table.columns
            if isinstance(c.type, String | Text) and c.name not in SKIPPED_COLUMNS
        ]
        if names:
            found.append((table, names))
    return found


def forms_of(person: Person) -> PersonForms:
    """Every written form of the person's name, phone number and e-mail address."""
    return person_forms(person.name, email=person.email or "", phone=person.phone or "")


def _any_needle(column: Any, forms: PersonForms) -> Any:
    """A quick first search in the database; the pattern then decides."""
    if not forms.needles:
        return false()
    return or_(*(column.ilike(f"%{needle}%") for needle in forms.needles))


def _iso(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if hasattr(value, "value"):
        return value.value
    return value


class PrivacyService(Service):
    # -- export --------------------------------------------------------------------------------
    def export_person(self, person_id: int) -> dict[str, Any]:
        """Everything stored about one person, as plain data (names, dates, texts)."""
        with self.unit() as s:
            person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            organisation = (
                s.get(Organisation, person.organisation_id) if person.organisation_id else None
            )
            councils = dict(s.execute(select(Council.id, Council.name)).all())
            data: dict[str, Any] = {
                "exported_on": self.today().isoformat(),
                "person": {
                    "name": person.name,
                    "organisation": organisation.name if organisation else "",
                    "email": person.email,
                    "phone": person.phone,
                    "address": person.address,
                    "remarks": person.remarks,
                    "forgotten": person.forgotten,
                    "recorded_on": _iso(person.created_at),
                    "last_changed": _iso(person.updated_at),
                },
                "memberships": self._memberships(s, person_id, councils),
                "attendance": [
                    {
                        "council": councils.get(council, ""),
                        "meeting_date": _iso(on),
                        "meeting": title,
                        "status": _iso(status),
                    }
                    for council, on, title, status in s.execute(
                        select(Meeting.council_id, Meeting.date, Meeting.title, Attendance.status)
                        .join(Meeting, Meeting.id == Attendance.meeting_id)
                        .where(Attendance.person_id == person_id)
                        .order_by(Meeting.date)
                    ).all()
                ],
                "action_points": self._actions(s, person_id, councils),
                "roles": [
                    {
                        "council": councils.get(council, ""),
                        "round": number,
                        "role": role,
                        "theme": theme or "",
                        "project": project or "",
                    }
                    for council, number, role, theme, project in s.execute(
                        select(
                            Cycle.council_id,
                            Cycle.number,
                            RoleAssignment.role,
                            Theme.name,
                            Project.name,
                        )
                        .join(Cycle, Cycle.id == RoleAssignment.cycle_id)
                        .outerjoin(Theme, Theme.id == RoleAssignment.theme_id)
                        .outerjoin(Project, Project.id == RoleAssignment.project_id)
                        .where(RoleAssignment.person_id == person_id)
                    ).all()
                ],
                "projects_led": [
                    {"council": councils.get(c, ""), "project": n}
                    for c, n in s.execute(
                        select(Project.council_id, Project.name).where(
                            Project.lead_person_id == person_id
                        )
                    ).all()
                ],
                "project_partnerships": [
                    {"project": n, "contribution": contribution}
                    for n, contribution in s.execute(
                        select(Project.name, ProjectPartner.contribution)
                        .join(Project, Project.id == ProjectPartner.project_id)
                        .where(ProjectPartner.person_id == person_id)
                    ).all()
                ],
                "mentions": self._mentions(s, forms_of(person)) if not person.forgotten else [],
            }
            return data

    def write_person_export(self, person_id: int, target: Path) -> Path:
        """The export as a readable JSON file (UTF-8, indented), readable by the owner only."""
        data = self.export_person(person_id)
        # the one output writer: never over the database, mode 0600, complete or not at all
        return write_output(Path(target), json.dumps(data, ensure_ascii=False, indent=2) + "\n")

    @staticmethod
    def _memberships(s: Session, person_id: int, councils: dict[int, str]) -> list[dict[str, Any]]:
        result = []
        for m in s.scalars(
            select(Membership).where(Membership.person_id == person_id).order_by(Membership.id)
        ):
            steps = s.scalars(
                select(LadderStepChange)
                .where(LadderStepChange.membership_id == m.id)
                .order_by(LadderStepChange.changed_on)
            ).all()
            result.append(
                {
                    "council": councils.get(m.council_id, ""),
                    "role": _iso(m.role),
                    "ladder_step": _iso(m.ladder_step),
                    "since": _iso(m.since),
                    "until": _iso(m.until),
                    "ladder_history": [
                        {"step": _iso(c.step), "on": _iso(c.changed_on), "note": c.note}
                        for c in steps
                    ],
                }
            )
        return result

    @staticmethod
    def _actions(s: Session, person_id: int, councils: dict[int, str]) -> list[dict[str, Any]]:
        result = []
        for a in s.scalars(
            select(ActionPoint)
            .where(ActionPoint.owner_person_id == person_id)
            .order_by(ActionPoint.id)
        ):
            progress = s.scalars(
                select(ActionProgress)
                .where(ActionProgress.action_point_id == a.id)
                .order_by(ActionProgress.id)
            ).all()
            result.append(
                {
                    "council": councils.get(a.council_id, ""),
                    "what": a.title,
                    "due": _iso(a.due_date),
                    "status": _iso(a.status),
                    "progress": [
                        {"note": p.note, "status_after": _iso(p.status_after)} for p in progress
                    ],
                }
            )
        return result

    @staticmethod
    def _mentions(s: Session, forms: PersonForms) -> list[dict[str, Any]]:
        found = []
        for table, columns in _text_columns():
            for column in columns:
                col = table.c[column]
                for row_id, value in s.execute(
                    select(table.c.id, col).where(_any_needle(col, forms))
                ).all():
                    match = forms.find(value or "")
                    if match:
                        start = max(0, match.start() - 80)
                        found.append(
                            {
                                "where": f"{table.name}.{column}",
                                "record": row_id,
                                "text": (value or "")[start : match.end() + 80],
                            }
                        )
        return found

    # -- forget --------------------------------------------------------------------------------
    def forget_person(self, person_id: int) -> ForgetReport:
        """Remove the contact data and replace the name with "[verwijderd]" everywhere.

        The UI asks for confirmation first; this cannot be undone (backups age out by rotation).
        """
        with self.unit() as s:
            person = self.fetch(s, Person, person_id, NC_("kind of record", "Person"))
            if person.forgotten:
                raise InvalidInput.said("This person has already been forgotten.")
            forms = forms_of(person)
            person_uuid = person.uuid
            if s.get_bind().dialect.name == "sqlite":
                s.execute(
                    text("PRAGMA secure_delete=ON")
                )  # freed pages are zeroed, not left readable
            changed = self._replace_everywhere(s, forms)
            person.name = FORGOTTEN
            person.email = person.phone = person.address = person.remarks = ""
            person.forgotten = True
            s.flush()
        self._purge_leftovers()
        path = self._database.path
        holding = backups_holding(path, person_uuid, forms) if path is not None else ()
        return ForgetReport(
            person_id=person_id,
            texts_changed=changed,
            backups_holding=holding,
            cleaning=BackupCleaning(person_uuid, forms),
        )

    def clean_backups(self, report: ForgetReport, *, drop: bool = False) -> int:
        """The backups that still hold a forgotten person: cleaned the same way (drop=False),
        or removed (drop=True). Returns how many were handled."""
        handled = 0
        for backup in report.backups_holding:
            if drop:
                backup.unlink(missing_ok=True)
            else:
                report.cleaning.clean(backup)
            handled += 1
        return handled

    @staticmethod
    def _replace_everywhere(s: Session, forms: PersonForms) -> int:
        changed = 0
        now = utcnow()
        for table, columns in _text_columns():
            for column in columns:
                col = table.c[column]
                for row_id, value in s.execute(
                    select(table.c.id, col).where(_any_needle(col, forms))
                ).all():
                    new_value = forms.replace(value or "", FORGOTTEN)
                    if new_value == value:
                        continue
                    values: dict[str, Any] = {column: new_value}
                    if "updated_at" in table.c:
                        values["updated_at"] = now
                    if "version" in table.c:
                        values["version"] = table.c.version + 1
                    s.execute(update(table).where(table.c.id == row_id).values(**values))
                    changed += 1
        return changed

    def _purge_leftovers(self) -> None:
        """Old text may linger in the search index's segments and the WAL: merge and checkpoint."""
        if not self._database.is_sqlite:
            return
        with self._database.engine.begin() as conn:
            present = conn.exec_driver_sql(
                "SELECT 1 FROM sqlite_master WHERE name = 'search_index'"
            ).first()
            if present:
                conn.exec_driver_sql("INSERT INTO search_index(search_index) VALUES ('optimize')")
        with self._database.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
