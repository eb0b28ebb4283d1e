"""The upkeep of the message catalogue (buurtdesk/messages.py), with Babel.

    .venv/bin/python scripts/messages.py update    # collect the marked texts into every .po file
    .venv/bin/python scripts/messages.py compile   # .po -> .mo (what BuurtDesk reads)
    .venv/bin/python scripts/messages.py check     # list texts without a translation
    .venv/bin/python scripts/messages.py fill nl FILE.tsv   # [context<TAB>]source<TAB>translation

`update` collects every text marked with _(), N_(), ngettext(), said() or (with a context)
pgettext(), npgettext() and NC_() in buurtdesk/, and the words of the argparse module of the
Python that runs it (the command line's "usage:", "options", its error texts), into
resources/locale/<language>/LC_MESSAGES/buurtdesk.po. New texts arrive with an empty
translation; texts no longer in the code are dropped. Translate them in the .po file (formal
"u"), then `compile`. tests/cli/test_messages.py fails on an empty translation and
on a .mo file that does not match its .po file.
"""

from __future__ import annotations

import argparse as _argparse_module
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir, extract_from_file
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "buurtdesk"
LOCALE = ROOT / "resources" / "locale"
DOMAIN = "buurtdesk"
TRANSLATED = ("nl",)
# _() and gettext(): translate now; N_(): mark only; SomeError.said(): an error's sentence;
# pgettext(), npgettext() and NC_() (mark only) with a context first.
KEYWORDS = {
    "_": None,
    "N_": None,
    "gettext": None,
    "ngettext": (1, 2),
    "said": (1,),
    "pgettext": ((1, "c"), 2),
    "npgettext": ((1, "c"), 2, 3),
    "NC_": ((1, "c"), 2),
}
ARGPARSE = "argparse.py"  # the location every argparse text gets in the catalogue
# A comment starting "# Translators:" on the lines right above a marked text reaches the .po
# file with it: what a format string's {names} are, what a one-mark text like "," is for.
TRANSLATORS = "Translators:"


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str) -> Path:
    return po_path(language).with_suffix(".mo")


def _found() -> Iterator[tuple[str, str | tuple[str, ...], str | None, list[str]]]:
    for filename, _line, message, comments, context in extract_from_dir(
        str(SOURCES),
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(TRANSLATORS,),
        strip_comment_tags=True,
    ):
        yield f"buurtdesk/{filename}", message, context, comments
    for _line, message, _comments, context in extract_from_file(
        "python", _argparse_module.__file__, keywords={"_": None, "ngettext": (1, 2)}
    ):
        yield ARGPARSE, message, context, []


def template() -> Catalog:
    catalog = Catalog(project="BuurtDesk", domain=DOMAIN, fuzzy=False)
    for location, message, context, comments in _found():
        if not message or (isinstance(message, tuple) and not message[0]):
            continue
        existing = catalog.get(message if isinstance(message, str) else message[0], context)
        if existing is not None:
            if (location, 0) not in existing.locations:
                existing.locations.append((location, 0))
            existing.auto_comments.extend(c for c in comments if c not in existing.auto_comments)
            continue
        catalog.add(message, locations=[(location, 0)], context=context, auto_comments=comments)
    return catalog


def read(language: str) -> Catalog:
    path = po_path(language)
    if not path.exists():
        return Catalog(locale=language, domain=DOMAIN, project="BuurtDesk", fuzzy=False)
    with path.open("rb") as handle:
        return read_po(handle, locale=language, domain=DOMAIN)


HEADER = """\
# BuurtDesk's message catalogue: the texts outside Qt's widgets (the command line first).
# Kept with scripts/messages.py (update, then translate here, then compile). Formal "u".
#"""


def write(language: str, catalog: Catalog) -> None:
    catalog.header_comment = HEADER
    catalog.version = "0"
    catalog.msgid_bugs_address = ""
    catalog.last_translator = "BuurtDesk"
    catalog.language_team = "BuurtDesk"
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, omit_header=False, sort_output=True)
    path.write_bytes(buffer.getvalue())


def compiled(language: str) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, read(language), use_fuzzy=False)
    return buffer.getvalue()


def update() -> None:
    fresh = template()
    for language in TRANSLATED:
        catalog = read(language)
        catalog.update(fresh, no_fuzzy_matching=True, update_header_comment=False)
        catalog.obsolete.clear()  # a text no longer in the code leaves the catalogue
        write(language, catalog)
        print(f"{po_path(language).relative_to(ROOT)}: {len(catalog)} texts")


def compile_all() -> None:
    for language in TRANSLATED:
        mo_path(language).write_bytes(compiled(language))
        print(f"{mo_path(language).relative_to(ROOT)} written")


def untranslated(language: str) -> list[str]:
    missing = []
    for message in read(language):
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def check() -> int:
    problems = 0
    for language in TRANSLATED:
        for text in untranslated(language):
            print(f"{language}: no translation: {text!r}")
            problems += 1
        if not mo_path(language).exists() or mo_path(language).read_bytes() != compiled(language):
            print(f"{language}: {mo_path(language).relative_to(ROOT)} is out of date: run compile")
            problems += 1
    return 1 if problems else 0


def fill(language: str, table: Path) -> int:
    """Set translations from a file of `source<TAB>translation` lines, or
    `context<TAB>source<TAB>translation` for a text with a context (`\\n` for a line break);
    a source not in the catalogue is named and skipped. Run `update` first."""
    catalog = read(language)
    unknown = 0
    for line in table.read_text(encoding="utf-8").splitlines():
        if not line.strip() or "\t" not in line:
            continue
        parts = [part.replace("\\n", "\n") for part in line.split("\t")]
        context = parts[0] if len(parts) == 3 else None
        source, translation = parts[-2], parts[-1]
        message = catalog.get(source, context)
        if message is None:
            print(f"not in the catalogue (run update?): {context or ''} {source!r}")
            unknown += 1
            continue
        message.string = translation
        message.flags.discard("fuzzy")
    write(language, catalog)
    return 1 if unknown else 0


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "check":
        return check()
    elif command == "fill" and len(argv) == 3:
        return fill(argv[1], Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
