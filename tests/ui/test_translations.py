"""The Dutch translation is complete and compiled: every tr() string has its Dutch text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "buurtdesk_nl.ts"
BIN = Path(sys.executable).parent


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    found: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            text = translation.text if translation is not None and kind != "unfinished" else None
            found[(name, message.findtext("source", ""))] = text
    return found


def test_every_string_in_the_code_has_a_dutch_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copyfile(TS, fresh)
    sources = sorted(
        str(p) for p in (ROOT / "buurtdesk").rglob("*.py") if "migrations" not in p.parts
    )
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources,
            "-no-obsolete",
            "-locations",
            "none",
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    missing = [key for key, text in _messages(fresh).items() if not (text or "").strip()]
    assert missing == [], f"untranslated (run scripts/i18n.py): {missing[:20]}"


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    compiled = tmp_path / "check.qm"
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)],
        check=True,
        timeout=120,
    )
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), (
        "run: .venv/bin/python scripts/i18n.py release"
    )


def test_the_dutch_screens_address_the_reader_as_u_throughout() -> None:
    """One form of address: "u", never "je" or "jij", in every Dutch text on screen."""
    import re

    informal = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.IGNORECASE)
    found = [text for text in _messages(TS).values() if text and informal.search(text)]
    assert found == [], found
