"""Render BuurtDesk's screens from a fresh demo database to PNG files (offscreen).

    .venv/bin/python scripts/screenshots.py [OUT_DIR] [--lang en] [--size 1366x768]

Writes overview.png (and one PNG per other section) into OUT_DIR (default: docs/screenshots).
The README's screenshot is docs/screenshots/overview.png made by this script.
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
    parser.add_argument("--db", type=Path, help="use this database instead of a fresh demo")
    parser.add_argument(
        "--today", default="2026-11-23", help="the demo's reference date (YYYY-MM-DD)"
    )
    args = parser.parse_args()
    width, height = (int(x) for x in args.size.split("x"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from buurtdesk.app import build_window, install_translator
    from buurtdesk.demo.builder import build_demo
    from buurtdesk.services import Services
    from buurtdesk.store.opening import open_sqlite
    from buurtdesk.ui.common.style import apply_style

    today = date.fromisoformat(args.today)
    if args.db:
        database = open_sqlite(args.db)
    else:
        database = open_sqlite(Path(tempfile.mkdtemp()) / "demo.db")
        build_demo(Services.build(database, lambda: today), today=today)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translator(app, args.lang)
    apply_style(app)
    window = build_window(Services.build(database, lambda: today), args.lang)
    klingerberg = window.council_picker.findText("Wijkoverleg Klingerberg")
    if klingerberg >= 0:
        window.council_picker.setCurrentIndex(klingerberg)
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for index, section in enumerate(window.sections):
        window.section_list.setCurrentRow(index)
        for _ in range(5):
            app.processEvents()
        name = type(section).__name__.removesuffix("Section").lower() or "section"
        window.grab().save(str(args.out / f"{name}{'' if args.lang == 'nl' else '-en'}.png"))
    QTimer.singleShot(0, app.quit)
    app.exec()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
