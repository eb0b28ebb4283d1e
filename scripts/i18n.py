"""Keep the Dutch translation complete.

    .venv/bin/python scripts/i18n.py update          # lupdate: collect every tr() string into the .ts
    .venv/bin/python scripts/i18n.py fill FILE.tsv   # add translations: context<TAB>source<TAB>translation
    .venv/bin/python scripts/i18n.py release         # lrelease: compile the .ts into the .qm the app loads
    .venv/bin/python scripts/i18n.py check           # list what is untranslated; exit 1 when anything is
    .venv/bin/python scripts/i18n.py all             # update, release, check

The source language of the code is English; Dutch (buurtdesk_nl.ts) is the default on screen.
Several people may run this at once: every write goes through a lock file.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "buurtdesk_nl.ts"
QM = TS.with_suffix(".qm")
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(
        str(p.relative_to(ROOT))
        for p in (ROOT / "buurtdesk").rglob("*.py")
        if "migrations" not in p.parts
    )


@contextmanager
def locked():
    lock = open(ROOT / ".i18n.lock", "w")  # noqa: SIM115 - held for the whole block
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        yield
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)
        lock.close()


def lupdate(target: Path) -> None:
    subprocess.run(
        [
            str(BIN / "pyside6-lupdate"),
            *sources(),
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            "nl_NL",
            "-ts",
            str(target),
        ],
        cwd=ROOT,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    write(ET.parse(target), target)


def write(tree: ET.ElementTree[ET.Element[str]], target: Path = TS) -> None:
    """One layout for the .ts file, whichever command wrote it last: no diff of indentation."""
    ET.indent(tree)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def lrelease(source: Path, target: Path) -> None:
    # Written beside and renamed into place: a running BuurtDesk has the old file mapped.
    staged = target.with_suffix(".qm.new")
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), "-silent", str(source), "-qm", str(staged)],
        cwd=ROOT,
        check=True,
    )
    os.replace(staged, target)


def unfinished(path: Path = TS) -> list[tuple[str, str]]:
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                    continue
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(tsv: Path) -> int:
    wanted: dict[tuple[str, str], str] = {}
    for line in tsv.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        context, source, translation = line.split("\t")
        wanted[(context, source.replace("\\n", "\n"))] = translation.replace("\\n", "\n")
    tree = ET.parse(TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""))
            if key in wanted:
                translation = message.find("translation")
                assert translation is not None
                translation.text = wanted[key]
                translation.attrib.pop("type", None)
                filled += 1
    write(tree)
    return filled


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "all"
    TS.parent.mkdir(parents=True, exist_ok=True)
    with locked():
        if command in ("update", "all"):
            lupdate(TS)
        if command == "fill":
            print(f"{fill(Path(argv[1]))} translations filled")
        if command in ("release", "all", "fill"):
            lrelease(TS, QM)
        if command in ("check", "all"):
            missing = unfinished()
            for context, source in missing:
                print(f"{context}\t{source}")
            print(f"{len(missing)} untranslated", file=sys.stderr)
            return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
