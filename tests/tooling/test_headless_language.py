"""Headless texts are said through the message catalogue, not chosen by language in the code.

In the floors below the screens (services, command line, demo, domain, store) a text is an
English source marked with _(), N_() or NC_(), or an error's `.said(english, **values)`; its
Dutch lives in resources/locale/nl/LC_MESSAGES/buurtdesk.po. What this test refuses is the old
way back in: `"Dutch" if language != "en" else "English"`, a {"nl": ..., "en": ...} table, and
the command line's `say(dutch, english)`.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "buurtdesk"
FLOORS = ("services", "cli", "demo", "domain", "store")
LANGUAGE_WORDS = {"nl", "en", "DUTCH", "ENGLISH"}


def _sources() -> list[Path]:
    found: list[Path] = []
    for floor in FLOORS:
        found += [
            path
            for path in sorted((PACKAGE / floor).rglob("*.py"))
            if "migrations" not in path.parts  # a migration keeps the texts of its day
        ]
    return found


def _is_text(node: ast.expr) -> bool:
    """A written-out text with words in it (a separator such as "/" or "-", or a language's
    code, is no text)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value not in LANGUAGE_WORDS and any(c.isalpha() for c in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_is_text(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def _names_a_language(node: ast.expr) -> bool:
    for part in ast.walk(node):
        if isinstance(part, ast.Constant) and part.value in LANGUAGE_WORDS:
            return True
        if isinstance(part, ast.Attribute) and part.attr in LANGUAGE_WORDS:
            return True
        if isinstance(part, ast.Name) and part.id in ("en", "english", "dutch"):
            return True
    return False


def _two_languages_inline(tree: ast.AST) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.IfExp)
            and _names_a_language(node.test)
            and _is_text(node.body)
            and _is_text(node.orelse)
        ):
            lines.append(node.lineno)
        elif isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if {"nl", "en"} <= keys:
                lines.append(node.lineno)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "say"
            and len(node.args) == 2
        ):
            lines.append(node.lineno)
    return lines


def test_the_floors_are_there() -> None:
    assert len(_sources()) > 100


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_text_is_chosen_by_language_in_the_code(path: Path) -> None:
    found = _two_languages_inline(ast.parse(path.read_text(encoding="utf-8")))
    where = ", ".join(f"{path.relative_to(ROOT)}:{line}" for line in found)
    assert found == [], "mark the English text with _() or N_() and translate it: " + where


@pytest.mark.parametrize(
    "code",
    [
        'title = "Voortgang" if language == "nl" else "Progress"',
        'line = f"Progress {name}" if english == Language.ENGLISH else f"Voortgang {name}"',
        'MARKERS = {"nl": ("[Uw tekst]",), "en": ("[Your text]",)}',
        'print(say("Plaats: ", "Place: "))',
        'what = "chair" if en else "voorzitten"',
    ],
)
def test_the_old_ways_are_recognised(code: str) -> None:
    assert _two_languages_inline(ast.parse(code)) == [1]


def test_formats_that_differ_per_language_are_no_texts() -> None:
    assert _two_languages_inline(ast.parse('sep = "/" if language == "en" else "-"')) == []
    assert _two_languages_inline(ast.parse('code = "en" if english else "nl"')) == []


# -- a value that reads differently per language says itself ---------------------------------
SENTENCE_CALLS = {"said", "speak", "refused", "of", "format"}  # what fills a catalogue sentence


def _values_given_per_language(tree: ast.AST) -> list[int]:
    """Lines where a sentence gets a value twice, once per language (`short=..., short_nl=...`):
    such a value says itself instead (Money, LongDate, Number, a Sentence, Listed, SaidBy)."""
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if name in SENTENCE_CALLS and any(
            word.arg and word.arg.endswith(("_nl", "_en")) for word in node.keywords
        ):
            lines.append(node.lineno)
    return lines


def _whole_package() -> list[Path]:
    return [p for p in sorted(PACKAGE.rglob("*.py")) if "migrations" not in p.parts]


def test_no_sentence_gets_a_value_per_language() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in _whole_package()
        for line in _values_given_per_language(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == [], "give the value once, as something that says itself: " + ", ".join(found)


@pytest.mark.parametrize(
    "code",
    [
        'raise InvalidInput.said("On {date}.", date=long_date(d, "en"), date_nl=long_date(d))',
        'self.speak(N_("{a} to {b}"), a_en=x, b_en=y, a_nl=p, b_nl=q)',
        'w = BudgetWarning.said(kind, N_("{short} short"), short=s, short_nl=s.format("nl"))',
        'text = translate(N_("On to {after}"), language).format(after=a, after_nl=b)',
    ],
)
def test_a_value_given_per_language_is_recognised(code: str) -> None:
    assert _values_given_per_language(ast.parse(code)) == [1]


def test_a_value_given_once_passes() -> None:
    code = 'raise InvalidInput.said("On {date}.", date=LongDate(d), english_name=n, nl_code=c)'
    assert _values_given_per_language(ast.parse(code)) == []


# -- the names of days and months, and the marks of numbers, are the catalogue's --------------
DUTCH_ONLY_NAMES = {
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
    "januari", "februari", "maart", "mei", "juni", "juli", "augustus", "oktober",
}  # fmt: skip


def _texts_in_code(tree: ast.AST) -> list[tuple[int, str]]:
    """The string constants of a module that are not docstrings."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        if id(node) not in docstrings
    ]


def test_day_and_month_names_are_not_written_per_language_in_the_code() -> None:
    """A translator finds them in the catalogue (context "weekday", "month"), nowhere else."""
    found = [
        f"{path.relative_to(ROOT)}:{line} {text!r}"
        for path in _whole_package()
        for line, text in _texts_in_code(ast.parse(path.read_text(encoding="utf-8")))
        if text.strip().lower() in DUTCH_ONLY_NAMES  # a table of names, not a sentence
    ]
    assert found == [], "mark the English name with NC_() in domain/dates.py: " + ", ".join(found)


def test_dates_and_amounts_take_their_words_and_marks_from_the_catalogue() -> None:
    from datetime import date

    from buurtdesk.domain.dates import LONG_DATE, MONTHS, WEEKDAYS, long_date, short_date
    from buurtdesk.domain.money import Money
    from buurtdesk.domain.numbers import AMOUNT_IN_EURO, DECIMAL_SEPARATOR, THOUSANDS_SEPARATOR
    from buurtdesk.messages import translated

    assert translated(MONTHS[4], "nl") == "mei" and translated(MONTHS[4], "en") == "May"
    assert translated(WEEKDAYS[1], "nl") == "dinsdag"
    assert translated(LONG_DATE, "nl") == "{weekday} {day} {month} {year}"
    assert long_date(date(2025, 10, 14), "nl") == "dinsdag 14 oktober 2025"
    assert long_date(date(2025, 10, 14), "en") == "Tuesday 14 October 2025"
    assert (short_date(date(2025, 3, 4), "nl"), short_date(date(2025, 3, 4), "en")) == (
        "04-03-2025",
        "04/03/2025",
    )
    marks = [translated(m, "nl") for m in (THOUSANDS_SEPARATOR, DECIMAL_SEPARATOR, AMOUNT_IN_EURO)]
    assert marks == [".", ",", "{sign}€ {amount}"]
    assert Money(-125050).format("nl") == "-€ 1.250,50"
    assert Money(-125050).format("en") == "-€1,250.50"
