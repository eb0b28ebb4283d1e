"""The documents and the exchange say every sentence through the message catalogue: no module
keeps a word table per language, chooses a text by language inline, or raises an error with
two finished sentences. (A new text goes into buurtdesk/messages.py's catalogue instead.)"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted(
    path.relative_to(ROOT).as_posix()
    for folder in ("buurtdesk/documents", "buurtdesk/exchange")
    for path in (ROOT / folder).rglob("*.py")
)
LANGUAGE_CODES = {"nl", "en"}
LANGUAGE_NAMES = {"en", "english", "dutch", "word"}  # a flag or index that picks a text
ERRORS = {
    "BuurtDeskError",
    "InvalidInput",
    "NotFound",
    "RuleViolation",
    "StoreError",
    "ConcurrentEdit",
    "PackageRefused",
    "PreviewOutdated",
}


def _is_language(node: ast.AST) -> bool:
    """'en', 'nl', Language.ENGLISH or Language.DUTCH."""
    if isinstance(node, ast.Constant):
        return node.value in LANGUAGE_CODES
    return isinstance(node, ast.Attribute) and node.attr in {"ENGLISH", "DUTCH"}


def _literal(node: ast.AST) -> str:
    """The literal text of a string or an f-string ("" for anything else)."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else ""
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal(part) for part in node.values)
    return ""


def _said(call: ast.Call) -> bool:
    """NC_(context, text), translate(text, language) and the like take two texts rightly."""
    name = call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")
    return name in {"NC_", "pgettext", "translate", "translated"}


def _problems(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        where = f"line {getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Compare) and any(
            _is_language(side) for side in (node.left, *node.comparators)
        ):
            found.append(f"{where}: a text chosen by comparing the language")
        elif isinstance(node, ast.IfExp) and (
            (isinstance(node.test, ast.Name) and node.test.id in LANGUAGE_NAMES)
            or (isinstance(node.test, ast.Compare) and _is_language(node.test.comparators[0]))
        ):
            found.append(f"{where}: `x if english else y`")
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            literal = all(isinstance(v, ast.Dict | ast.Tuple | ast.Constant) for v in node.values)
            if keys == LANGUAGE_CODES and literal:
                found.append(f"{where}: a table per language ({{'nl': ..., 'en': ...}})")
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {t.id for t in targets if isinstance(t, ast.Name)}
            if names & {"DUTCH", "ENGLISH", "PAGE_OF", "YES_NO", "WORDS"}:
                found.append(f"{where}: a word table {sorted(names)}")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in ERRORS
            and len([a for a in node.args if isinstance(a, ast.Constant | ast.JoinedStr)]) >= 2
        ):
            called = node.func.id
            found.append(f"{where}: {called}(Dutch, English): use {called}.said(English)")
        elif (isinstance(node, ast.Tuple) and len(node.elts) == 2) or (
            isinstance(node, ast.Call) and len(node.args) == 2 and not _said(node)
        ):
            texts = [_literal(e) for e in (node.elts if isinstance(node, ast.Tuple) else node.args)]
            if (
                all(any(c.isalpha() for c in t) for t in texts)
                and texts[0] != texts[1]
                and any(" " in t for t in texts)
            ):
                found.append(f"{where}: a (Dutch, English) pair {texts}")
    return found


@pytest.mark.parametrize("module", MODULES)
def test_no_word_tables_or_inline_language_choices(module: str) -> None:
    assert _problems((ROOT / module).read_text(encoding="utf-8")) == []


def test_the_check_finds_each_old_way_of_saying_a_sentence() -> None:
    old = """
DUTCH = {"page_of": "Pagina {page} van {pages}"}
MAIL = {"nl": {"hello": "Hallo"}, "en": {"hello": "Hello"}}
word = 1 if language == "en" else 0
title = "Agenda" if english else "Agenda"
tag = "en-GB" if self.language == "en" else "nl-NL"
raise NotFound("Dit overleg bestaat niet.", "This council does not exist.")
noun = ("de vergadering", "the meeting")
note = (f"Besluit {old} bestaat al.", f"Decision {old} exists already.")
raise _outside("een ander overleg", "another council")
"""
    kinds = [problem.split(": ", 1)[1] for problem in _problems(old)]
    assert any("word table" in kind for kind in kinds)
    assert any("table per language" in kind for kind in kinds)
    assert any("comparing the language" in kind for kind in kinds)
    assert any("if english" in kind for kind in kinds)
    assert any("NotFound(Dutch, English)" in kind for kind in kinds)
    assert any("(Dutch, English) pair" in kind for kind in kinds)


def test_the_documents_words_come_from_the_catalogue_in_both_languages() -> None:
    from buurtdesk.documents.words import LABELS, words_for

    dutch, english = words_for("nl"), words_for("en")
    # the catalogue's Dutch, with a context where one English word has two Dutch words
    assert dutch["minutes_notulen"] == "Notulen" and dutch["minute_taker"] == "Notulist"
    assert english["minutes_notulen"] == english["minute_taker"] == "Minutes"
    assert dutch["status"] == "Stand" and dutch["due"] == "Uiterlijk"
    untranslated = [key for key in LABELS if dutch[key] == english[key]]
    # only words that are the same in both languages
    assert set(untranslated) <= {"agenda", "minutes_short", "action_open"}, untranslated
