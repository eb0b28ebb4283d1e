"""Words on screen for the domain's fixed vocabularies, through Qt's translation system."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from buurtdesk.domain import dates, numbers
from buurtdesk.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    CouncilKind,
    MeetingKind,
    MeetingStatus,
    MembershipRole,
    MinutesState,
    PhaseKind,
)
from buurtdesk.domain.money import Money


def _t(text: object) -> str:
    """Translate a QT_TRANSLATE_NOOP marker (typed as object by PySide6)."""
    return QCoreApplication.translate("Labels", str(text))


def ui_language() -> str:
    """The language on screen: the translation of the marker "en" is the language's code."""
    return "nl" if _t(QT_TRANSLATE_NOOP("Labels", "en")) == "nl" else "en"


def council_kind(kind: CouncilKind) -> str:
    return {
        CouncilKind.WIJKOVERLEG: _t(QT_TRANSLATE_NOOP("Labels", "Neighbourhood council")),
        CouncilKind.DORPSRAAD: _t(QT_TRANSLATE_NOOP("Labels", "Village council")),
    }[kind]


def meeting_kind(kind: MeetingKind) -> str:
    return {
        MeetingKind.REGULAR: _t(QT_TRANSLATE_NOOP("Labels", "Regular meeting")),
        MeetingKind.TOEKOMSTAGENDA: _t(QT_TRANSLATE_NOOP("Labels", "Toekomstagenda session")),
        MeetingKind.CORE_GROUP: _t(QT_TRANSLATE_NOOP("Labels", "Core group")),
    }[kind]


def meeting_status(status: MeetingStatus, minutes: MinutesState | None) -> str:
    if minutes == MinutesState.ADOPTED:
        return _t(QT_TRANSLATE_NOOP("Labels", "Minutes adopted"))
    if minutes == MinutesState.SENT:
        return _t(QT_TRANSLATE_NOOP("Labels", "Minutes sent"))
    if minutes == MinutesState.DRAFT:
        return _t(QT_TRANSLATE_NOOP("Labels", "Held, draft minutes"))
    return {
        MeetingStatus.PLANNED: _t(QT_TRANSLATE_NOOP("Labels", "Planned")),
        MeetingStatus.IN_PROGRESS: _t(QT_TRANSLATE_NOOP("Labels", "In progress")),
        MeetingStatus.CLOSED: _t(QT_TRANSLATE_NOOP("Labels", "Held")),
    }[status]


def action_status(status: ActionStatus) -> str:
    return {
        ActionStatus.OPEN: _t(QT_TRANSLATE_NOOP("Labels", "Open")),
        ActionStatus.IN_PROGRESS: _t(QT_TRANSLATE_NOOP("Labels", "In progress")),
        ActionStatus.DONE: _t(QT_TRANSLATE_NOOP("Labels", "Done")),
        ActionStatus.DROPPED: _t(QT_TRANSLATE_NOOP("Labels", "Dropped")),
    }[status]


def attendance_status(status: AttendanceStatus) -> str:
    return {
        AttendanceStatus.PRESENT: _t(QT_TRANSLATE_NOOP("Labels", "Present")),
        AttendanceStatus.APOLOGIES: _t(QT_TRANSLATE_NOOP("Labels", "Sent apologies")),
        AttendanceStatus.ABSENT: _t(QT_TRANSLATE_NOOP("Labels", "Absent without notice")),
        AttendanceStatus.GUEST: _t(QT_TRANSLATE_NOOP("Labels", "Guest")),
        AttendanceStatus.UNKNOWN: _t(QT_TRANSLATE_NOOP("Labels", "Not known yet")),
    }[status]


def membership_role(role: MembershipRole) -> str:
    return {
        MembershipRole.CHAIR: _t(QT_TRANSLATE_NOOP("Labels", "Chair")),
        MembershipRole.VICE_CHAIR: _t(QT_TRANSLATE_NOOP("Labels", "Vice-chair")),
        MembershipRole.SECRETARY: _t(QT_TRANSLATE_NOOP("Labels", "Secretary")),
        MembershipRole.TREASURER: _t(QT_TRANSLATE_NOOP("Labels", "Treasurer")),
        MembershipRole.MINUTE_TAKER: _t(QT_TRANSLATE_NOOP("Labels", "Minute-taker")),
        MembershipRole.MEMBER: _t(QT_TRANSLATE_NOOP("Labels", "Member")),
        MembershipRole.ADVISER: _t(QT_TRANSLATE_NOOP("Labels", "Adviser")),
        MembershipRole.PROFESSIONAL: _t(QT_TRANSLATE_NOOP("Labels", "Adviser")),
    }[role]


def phase(kind: PhaseKind) -> str:
    return {
        PhaseKind.VISION: _t(QT_TRANSLATE_NOOP("Labels", "Vision")),
        PhaseKind.ROLES: _t(QT_TRANSLATE_NOOP("Labels", "Roles")),
        PhaseKind.PLANS: _t(QT_TRANSLATE_NOOP("Labels", "Plans and projects")),
        PhaseKind.EXECUTION: _t(QT_TRANSLATE_NOOP("Labels", "Execution")),
        PhaseKind.EVALUATION: _t(QT_TRANSLATE_NOOP("Labels", "Evaluation")),
    }[kind]


def money(amount: Money) -> str:
    """'€ 1.250,50' as the language on screen writes it, the sign and the amount held together
    so a wrapping line never leaves '€' alone at its end."""
    return amount.format(ui_language()).replace(" ", "\u00a0")


def long_date(day: date) -> str:
    """'dinsdag 14 oktober 2025' as the language on screen writes it."""
    return dates.long_date(day, ui_language())


def short_date(day: date | None) -> str:
    """'14-10-2025' as the language on screen writes it ('' for no date)."""
    return "" if day is None else dates.short_date(day, ui_language())


def whole_number(number: int) -> str:
    """'23.700' with the separator of thousands the language on screen writes."""
    return numbers.grouped(number, ui_language())
