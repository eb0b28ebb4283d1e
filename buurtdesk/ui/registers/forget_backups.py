"""After 'Persoon vergeten': the backups that still hold the person, offered for cleaning
(the same replacement in each backup) or removal. Keeping them is a choice too; the monthly
backups then age out within a year (docs/safety-and-privacy.md)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.services.privacy import ForgetReport, PrivacyService
from buurtdesk.ui.common.accessible import fit_message

CLEAN, DROP, KEEP = "clean", "drop", "keep"


def ask_about_backups(parent: QWidget | None, count: int) -> str:
    """CLEAN, DROP or KEEP, asked in a message box (Keep is the default: nothing happens)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("ForgetBackups", "Backups still hold this person"),
        QCoreApplication.translate(
            "ForgetBackups",
            "%1 backups made before still hold this person's name or contact details. "
            "Clean them (the person is forgotten there too), remove them, or keep them as they are?",
        ).replace("%1", str(count)),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    clean = box.addButton(
        QCoreApplication.translate("ForgetBackups", "&Clean backups"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    drop = box.addButton(
        QCoreApplication.translate("ForgetBackups", "&Remove backups"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("ForgetBackups", "&Keep backups"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(keep)
    fit_message(box)  # three long answers: one under the other at large text
    box.exec()
    chosen = box.clickedButton()
    box.deleteLater()
    return CLEAN if chosen is clean else DROP if chosen is drop else KEEP


def handle_backups(privacy: PrivacyService, report: ForgetReport, choice: str) -> str:
    """Carry out the choice; the sentence to show (empty when nothing was done)."""
    if choice == KEEP or not report.backups_holding:
        return ""
    try:
        handled = privacy.clean_backups(report, drop=choice == DROP)
    except BuurtDeskError as exc:
        from buurtdesk.ui.common import labels

        return exc.message(labels.ui_language())
    if choice == DROP:
        return QCoreApplication.translate("ForgetBackups", "Backups removed: %1.").replace(
            "%1", str(handled)
        )
    return QCoreApplication.translate("ForgetBackups", "Backups cleaned: %1.").replace(
        "%1", str(handled)
    )
