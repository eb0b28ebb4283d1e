"""Errors carry a key in the message catalogue and its values, not two finished sentences.

The rooms below say every error with `SomeError.said(english, **values)` (or, for a refused
package, `refused(N_(english), **values)`); its Dutch lives in the .po file.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from buurtdesk import messages
from buurtdesk.domain.errors import InvalidInput, StoreError
from buurtdesk.domain.money import Money
from buurtdesk.exchange.errors import PackageRefused, refused

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "buurtdesk"
PO = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "buurtdesk.po"

# The rooms whose errors are said through the catalogue.
ROOMS = (
    "domain",
    "store",
    "exchange",
    "services",
    "cli",
    "demo",
)
ERRORS = (
    "BuurtDeskError",
    "InvalidInput",
    "NotFound",
    "RuleViolation",
    "StoreError",
    "ConcurrentEdit",
    "PackageRefused",
    "PreviewOutdated",
    "HardLinked",
    "ServerTrouble",
    "DuplicateRecord",
    "ChairNotPresent",
)


def _sources() -> list[Path]:
    found: list[Path] = []
    for room in ROOMS:
        path = PACKAGE / room
        found += sorted(path.rglob("*.py")) if path.is_dir() else [path] if path.exists() else []
    return found


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def _name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _catalogue() -> dict[str, str]:
    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="nl")
    return {m.id: m.string for m in catalog if isinstance(m.id, str) and m.id}  # type: ignore[misc]


def test_the_rooms_are_there() -> None:
    assert len(_sources()) > 40


@pytest.mark.parametrize("path", _sources(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_error_is_made_of_two_finished_sentences(path: Path) -> None:
    """Also not of one finished sentence: `InvalidInput("...")` would be Dutch in English."""
    two = [
        f"{path.relative_to(ROOT)}:{call.lineno}"
        for call in _calls(path)
        if (_name(call) in ERRORS and _finished_sentence(call))
        or (_name(call) == "refused" and call.args and _unmarked(call.args[0]))
        or (_name(call) == "__init__" and _finished_sentence(call, texts_only=True))
    ]
    assert two == [], "say these with .said(english, **values): " + ", ".join(two)


def _unmarked(reason: ast.expr) -> bool:
    """A refused package's reason written out instead of marked with N_() (a name holding a
    marked text is fine)."""
    return isinstance(reason, ast.Constant | ast.JoinedStr | ast.BinOp)


def _finished_sentence(call: ast.Call, texts_only: bool = False) -> bool:
    """A sentence handed to an error's constructor (also `super().__init__("Dutch",
    "English")` in an error class of its own); `Error("")` followed by speak() is fine."""
    for arg in call.args:
        if isinstance(arg, ast.Constant) and arg.value == "":
            continue
        if not texts_only or isinstance(arg, ast.JoinedStr | ast.BinOp | ast.Constant):
            return True
    return False


def test_every_sentence_said_in_the_rooms_has_its_dutch() -> None:
    dutch = _catalogue()
    said = [
        call.args[0].value
        for path in _sources()
        for call in _calls(path)
        if _name(call) in ("said", "speak", "N_")
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]
    assert len(said) > 150
    missing = [text for text in said if not dutch.get(text)]
    assert missing == []


def test_an_error_is_said_in_the_language_of_the_point_of_display() -> None:
    with pytest.raises(InvalidInput) as caught:
        Money.parse("12,345")
    error = caught.value
    assert str(error) == "'12,345' is dubbelzinnig: schrijf bijvoorbeeld 1.250,00 of 1,25."
    assert error.message("nl") == str(error)
    assert error.message("en") == "'12,345' is ambiguous: write for example 1,250.00 or 1.25."
    assert error.key == "'{text}' is ambiguous: write for example 1,250.00 or 1.25."
    assert error.values == {"text": "12,345"}


def test_values_that_differ_per_language_are_named_apart() -> None:
    error = StoreError.said(
        "The backup could not be made: {why}.", why="the disk is full", why_nl="de schijf is vol"
    )
    assert error.message("nl") == "De reservekopie kon niet worden gemaakt: de schijf is vol."
    assert error.message("en") == "The backup could not be made: the disk is full."


def test_a_refused_package_says_its_reason_in_the_readers_language() -> None:
    error = refused(messages.N_("'{name}' is too large"), name="meetings.jsonl")
    assert isinstance(error, PackageRefused)
    assert str(error) == "Dit pakket wordt geweigerd: 'meetings.jsonl' is te groot."
    assert error.message("en") == "This package is refused: 'meetings.jsonl' is too large."


def test_two_finished_sentences_still_work_for_the_other_rooms() -> None:
    error = InvalidInput("Dat kan niet.", "That cannot be.")
    assert error.key is None
    assert (str(error), error.message("en")) == ("Dat kan niet.", "That cannot be.")
