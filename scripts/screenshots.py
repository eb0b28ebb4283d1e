"""Render BuurtDesk's screens, meeting mode and the projector from a fresh demo database to
PNG files (offscreen), at every setting asked for.

    ./dev shots                                   # the README's pictures: docs/screenshots
    ./dev shots build/shots --size 1366x768,1920x1080 --text 100,150,200 \\
        --theme light,dark,contrast               # the whole matrix, one folder per setting
    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--lang en] [--size ...] [--text ...] [--theme ...]

One setting (the defaults: 1366x768, 100 % text, light) writes straight into OUT_DIR, as the
README uses them; more settings write into OUT_DIR/<size>-<text>-<theme>/. Each setting gives
one picture per section (and per Toekomstagenda phase), meeting mode at a topic with a
decision and an action point taken, meeting mode at the action list, and the projector.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="nl", choices=["nl", "en"])
    parser.add_argument("--size", default="1366x768", help="e.g. 1366x768,1920x1080")
    parser.add_argument("--text", default="100", help="text size in %%, e.g. 100,150,200")
    parser.add_argument("--theme", default="light", help="light, dark, contrast (comma-separated)")
    parser.add_argument("--db", type=Path, help="use this database instead of a fresh demo")
    parser.add_argument(
        "--today", default="2026-11-23", help="the demo's reference date (YYYY-MM-DD)"
    )
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from buurtdesk.app import install_translator
    from buurtdesk.demo.builder import build_demo
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite
    from buurtdesk.ui.common.style import apply_style, apply_theme

    today = date.fromisoformat(args.today)
    if args.db:
        template = args.db
    else:
        template = Path(tempfile.mkdtemp()) / "demo.db"
        database = open_sqlite(template)
        build_demo(Services.build(database, lambda: today), today=today)
        with database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.dispose()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    settings = [
        (size, int(text), theme)
        for size in _list(args.size)
        for text in _list(args.text)
        for theme in _list(args.theme)
    ]
    for size, text, theme in settings:
        width, height = (int(x) for x in size.split("x"))
        out = args.out if len(settings) == 1 else args.out / f"{size}-{text}-{theme}"
        out.mkdir(parents=True, exist_ok=True)
        apply_style(app, text / 100)
        apply_theme(app, theme)
        copy = Path(tempfile.mkdtemp()) / "demo.db"
        copy.write_bytes(template.read_bytes())
        services = Services.build(open_sqlite(copy), lambda: today)
        render(app, services, today, (width, height), out, args.lang)
        print(f"{size} {text} % {theme}: {out}")
    return 0


def render(app, services, today: date, size: tuple[int, int], out: Path, lang: str) -> None:  # noqa: ANN001
    from buurtdesk.app import build_window
    from buurtdesk.domain.enums import PhaseKind

    suffix = "" if lang == "nl" else "-en"

    def settle() -> None:
        for _ in range(6):
            app.processEvents()

    window = build_window(services)
    klingerberg = window.council_picker.findText("Wijkoverleg Klingerberg")
    if klingerberg >= 0:
        window.council_picker.setCurrentIndex(klingerberg)
    window.resize(*size)
    window.show()
    for index, section in enumerate(window.sections):
        window.section_list.setCurrentRow(index)
        settle()
        name = type(section).__name__.removesuffix("Section").lower() or "section"
        window.grab().save(str(out / f"{name}{suffix}.png"))
        if name == "toekomstagenda":
            for kind in (PhaseKind.VISION, PhaseKind.EXECUTION):
                section.show_phase(kind)  # type: ignore[attr-defined]
                settle()
                phase = {PhaseKind.VISION: "visie", PhaseKind.EXECUTION: "uitvoering"}[kind]
                window.grab().save(str(out / f"{name}_{phase}{suffix}.png"))
    meeting_mode(app, window, today, size, out, suffix, settle)
    window.close()


def meeting_mode(app, window, today, size, out, suffix, settle) -> None:  # noqa: ANN001
    from buurtdesk.domain.enums import ActionStatus, AgendaItemKind
    from buurtdesk.ui.meeting_mode.capture import ActionDialog

    section = window.window_keys.meetings_section()
    if section is None:
        return
    window.show_section(section)
    settle()
    meeting_id = section.selected_meeting_id()
    if meeting_id is None:
        return
    section.full_screen = False
    mode = section.start_meeting(meeting_id)
    if mode is None:
        return
    mode.resize(*size)
    settle()
    kinds = [item.kind for item in mode.detail.items]
    mode.agenda.setCurrentRow(kinds.index(AgendaItemKind.ACTION_LIST))
    mode.review.list.setCurrentRow(0)
    mode.review.progress.setText("Aannemer gebeld" if not suffix else "Called the contractor")
    mode.review.review_current(ActionStatus.OPEN)
    settle()
    mode.grab().save(str(out / f"meeting-mode-actions{suffix}.png"))
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
    mode.grab().save(str(out / f"meeting-mode{suffix}.png"))
    mode.toggle_projector()
    if mode.projector is not None:
        mode.projector.resize(*size)
        settle()
        mode.projector.grab().save(str(out / f"projector{suffix}.png"))
    mode.close()


if __name__ == "__main__":
    sys.exit(main())
