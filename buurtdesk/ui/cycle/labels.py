"""Words on screen for the toekomstagenda's fixed vocabularies, through Qt's translation system."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from buurtdesk.domain.enums import CheckArea, CheckVerdict, LadderStep, Party, ProjectStatus


def _t(text: object) -> str:
    """Translate a QT_TRANSLATE_NOOP marker (typed as object by PySide6)."""
    return QCoreApplication.translate("CycleLabels", str(text))


def verdict(value: CheckVerdict) -> str:
    return {
        CheckVerdict.OK: _t(QT_TRANSLATE_NOOP("CycleLabels", "in order")),
        CheckVerdict.NEEDS_WORK: _t(QT_TRANSLATE_NOOP("CycleLabels", "needs attention")),
        CheckVerdict.NOT_FEASIBLE: _t(QT_TRANSLATE_NOOP("CycleLabels", "not feasible")),
    }[value]


def area(value: CheckArea) -> str:
    return {
        CheckArea.FINANCIAL: _t(QT_TRANSLATE_NOOP("CycleLabels", "Financial")),
        CheckArea.CONTENT: _t(QT_TRANSLATE_NOOP("CycleLabels", "Content")),
        CheckArea.LEGAL: _t(QT_TRANSLATE_NOOP("CycleLabels", "Legal")),
    }[value]


def party(value: Party) -> str:
    return {
        Party.RESIDENTS: _t(QT_TRANSLATE_NOOP("CycleLabels", "Residents")),
        Party.MUNICIPALITY: _t(QT_TRANSLATE_NOOP("CycleLabels", "Municipality")),
        Party.CORPORATION: _t(QT_TRANSLATE_NOOP("CycleLabels", "Housing corporation")),
        Party.POLICE: _t(QT_TRANSLATE_NOOP("CycleLabels", "Police")),
        Party.OTHER: _t(QT_TRANSLATE_NOOP("CycleLabels", "Other")),
    }[value]


def ladder_step(value: LadderStep | None) -> str:
    if value is None:
        return _t(QT_TRANSLATE_NOOP("CycleLabels", "no step yet"))
    return {
        LadderStep.INITIATOR: _t(QT_TRANSLATE_NOOP("CycleLabels", "initiator")),
        LadderStep.PARTICIPANT: _t(QT_TRANSLATE_NOOP("CycleLabels", "participant")),
        LadderStep.CO_COMMISSIONER: _t(QT_TRANSLATE_NOOP("CycleLabels", "co-commissioner")),
        LadderStep.COMMISSIONER: _t(QT_TRANSLATE_NOOP("CycleLabels", "commissioner")),
    }[value]


def project_status(value: ProjectStatus) -> str:
    return {
        ProjectStatus.IDEA: _t(QT_TRANSLATE_NOOP("CycleLabels", "Idea")),
        ProjectStatus.PLANNED: _t(QT_TRANSLATE_NOOP("CycleLabels", "Planned")),
        ProjectStatus.RUNNING: _t(QT_TRANSLATE_NOOP("CycleLabels", "Running")),
        ProjectStatus.FINISHED: _t(QT_TRANSLATE_NOOP("CycleLabels", "Finished")),
        ProjectStatus.STOPPED: _t(QT_TRANSLATE_NOOP("CycleLabels", "Stopped")),
    }[value]
