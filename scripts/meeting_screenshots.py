"""Render the Vergaderingen section, meeting mode and the projector window to PNG (offscreen).

    .venv/bin/python scripts/meeting_screenshots.py [OUT_DIR] [--lang en] [--size 1366x768]

Uses a fresh small demo database (Wijkoverleg Klingerberg), opens its next meeting in meeting
mode, reviews an action, writes notes under a topic, takes a decision and an action point, and
writes meetings.png, meeting-mode.png, meeting-mode-actions.png and projector.png into OUT_DIR
(default: docs/screenshots).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--size", default="1366x768")
    parser.add_argument(
        "--today", default="2026-11-23", help="the demo's reference date (YYYY-MM-DD)"
    )
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))

    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from buurtdesk.app import install_translator
    from buurtdesk.demo.builder import build_demo
    from buurtdesk.domain.enums import ActionStatus, AgendaItemKind
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite
    from buurtdesk.ui.common.section import Context
    from buurtdesk.ui.common.style import apply_style
    from buurtdesk.ui.main_window import MainWindow
    from buurtdesk.ui.meeting_mode.capture import ActionDialog
    from buurtdesk.ui.meetings.section import MeetingsSection

    today = date.fromisoformat(args.today)
    database = open_sqlite(Path(tempfile.mkdtemp()) / "demo.db")
    build_demo(Services.build(database, lambda: today), today=today)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    apply_style(app)
    services = Services.build(database, lambda: today)
    context = Context(services=services, undo_stack=QUndoStack())
    window = MainWindow(context, extra_sections=[MeetingsSection])
    window.council_picker.setCurrentIndex(
        max(0, window.council_picker.findText("Wijkoverleg Klingerberg"))
    )
    window.resize(width, height)
    window.show()
    section = next(s for s in window.sections if isinstance(s, MeetingsSection))
    window.show_section(section)
    args.out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.lang == "nl" else "-en"

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    settle()
    window.grab().save(str(args.out / f"meetings{suffix}.png"))
    meeting_id = section.editor.meeting_id()
    assert meeting_id is not None
    section.full_screen = False
    mode = section.start_meeting(meeting_id)
    assert mode is not None
    mode.resize(width, height)
    kinds = [item.kind for item in mode.detail.items]
    mode.agenda.setCurrentRow(kinds.index(AgendaItemKind.ACTION_LIST))
    mode.review.list.setCurrentRow(0)
    mode.review.progress.setText(
        "Aannemer gebeld" if args.lang == "nl" else "Called the contractor"
    )
    mode.review.review_current(ActionStatus.OPEN)
    settle()
    mode.grab().save(str(args.out / f"meeting-mode-actions{suffix}.png"))
    for row in range(kinds.index(AgendaItemKind.TOPIC) + 1):  # as if the meeting ran this far
        mode.agenda.setCurrentRow(row)
        mode.times.entered_at -= mode.detail.items[row].planned_minutes * 50
    mode.notes.setPlainText(
        "De corporatie start in april met de renovatie van blok A.\n"
        "Bewoners krijgen een brief met de planning.\n"
        "Telefoon bewonersconsulent: 06-12345678 (komt niet op de beamer)"
    )
    mode.keeper.flush()
    mode.capture.record_decision(
        "Het overleg vraagt de corporatie om een informatieavond voor de bewoners van blok A.",
        (11, 0, 2),
    )
    dialog = ActionDialog([], [], today)
    dialog.what.setText("Informatieavond plannen met de woningcorporatie")
    dialog.due.setText("15-12-2026")
    dialog._accept()
    dialog._accept()  # asked once about the missing owner; the second time it is accepted
    mode.capture.add_action(dialog)
    mode.tick()
    settle()
    mode.grab().save(str(args.out / f"meeting-mode{suffix}.png"))
    mode.toggle_projector()
    assert mode.projector is not None
    mode.projector.resize(width, height)
    settle()
    mode.projector.grab().save(str(args.out / f"projector{suffix}.png"))
    mode.close()
    window.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
