"""Errors carry a key in the message catalogue and its values, not two finished sentences.

The rooms below say every error with `SomeError.said(english, **values)` (or, for a refused
package, `refused(N_(english), **values)`); its Dutch lives in the .po file.
"""

from __future__ import annotations

import ast
import inspect
from datetime import date
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from buurtdesk import messages
from buurtdesk.domain.budget import ConfirmationNeeded, source_warnings
from buurtdesk.domain.cycle import PhaseSkipNeedsConfirmation, plan_phase_move
from buurtdesk.domain.dates import LongDate
from buurtdesk.domain.enums import PhaseKind
from buurtdesk.domain.errors import BuurtDeskError, InvalidInput, StoreError
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import clean_text
from buurtdesk.exchange.errors import PackageRefused, refused
from buurtdesk.messages import Sentence

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


def test_a_value_that_differs_per_language_says_itself() -> None:
    why = Sentence.of(messages.N_("the disk is full"))
    error = StoreError.said("The backup could not be made: {why}.", why=why)
    assert error.message("nl") == "De reservekopie kon niet worden gemaakt: de schijf is vol."
    assert error.message("en") == "The backup could not be made: the disk is full."
    assert error.values == {"why": why}, "the value is kept once, said where it is shown"


def test_money_dates_numbers_and_lists_say_themselves_as_before() -> None:
    """The kinds of value that read differently per language, each given once."""
    error = InvalidInput.said(
        "The next meeting must come after this one (after {date}).",
        date=LongDate(date(2026, 10, 14)),
    )
    assert error.message("nl") == (
        "De volgende vergadering moet na deze vergadering vallen (na woensdag 14 oktober 2026)."
    )
    assert error.message("en").endswith("(after Wednesday 14 October 2026).")
    with pytest.raises(InvalidInput) as caught:
        clean_text(
            "x" * 2345, field=messages.NC_("field", "the remarks"), limit=1200, required=True
        )
    assert caught.value.message("nl") == "De toelichting is te lang (2.345 tekens; maximaal 1.200)."
    assert caught.value.message("en") == (
        "The remarks is too long (2,345 characters; at most 1,200)."
    )
    with pytest.raises(PhaseSkipNeedsConfirmation) as skipped:
        plan_phase_move(PhaseKind.VISION, PhaseKind.EVALUATION, confirmed=False, note="")
    assert skipped.value.message("nl") == (
        "Van visie naar evaluatie slaat rollen, plannen en projecten en uitvoering over. "
        "Weet u het zeker?"
    )
    assert skipped.value.message("en") == (
        "Going from vision to evaluation skips roles, plans and projects and execution. "
        "Are you sure?"
    )


def test_a_budget_warning_says_its_values_the_way_an_error_does() -> None:
    (warning,) = source_warnings("Wijkbudget", Money(123456), Money(1234567))
    assert warning.values == {
        "source_name": "Wijkbudget",
        "free": Money(123456),
        "short": Money(1111111),
    }
    assert warning.message("nl") == (
        "Geldbron 'Wijkbudget' heeft nog €\u00a01.234,56 vrij; deze toekenning gaat er "
        "€\u00a011.111,11 overheen."
    )
    assert warning.message("en") == (
        "Funding source 'Wijkbudget' has €1,234.56 free; this allocation exceeds it by €11,111.11."
    )
    asked = ConfirmationNeeded([warning, warning])
    assert asked.message("en") == f"{warning.english} {warning.english} Continue anyway?"
    assert asked.message("nl") == f"{warning.dutch} {warning.dutch} Toch doorgaan?"


def test_a_refused_package_says_its_reason_in_the_readers_language() -> None:
    error = refused(messages.N_("'{name}' is too large"), name="meetings.jsonl")
    assert isinstance(error, PackageRefused)
    assert str(error) == "Dit pakket wordt geweigerd: 'meetings.jsonl' is te groot."
    assert error.message("en") == "This package is refused: 'meetings.jsonl' is too large."


def test_an_error_cannot_be_made_of_two_finished_sentences() -> None:
    """The only way to give an error its sentence is a key of the catalogue with its values:
    the constructor takes no sentence, and nothing keeps a Dutch and an English text."""
    with pytest.raises(TypeError):
        InvalidInput("Dat kan niet.", "That cannot be.")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        InvalidInput("Dat kan niet.")  # type: ignore[call-arg]
    assert list(inspect.signature(BuurtDeskError.__init__).parameters) == ["self"]
    error = InvalidInput.said("The backup {name} is not sound.", name="a.db")
    assert (error.message("nl"), error.message("en")) == (
        "De reservekopie a.db is niet in orde.",
        "The backup a.db is not sound.",
    )
    assert error.key == "The backup {name} is not sound." and error.values == {"name": "a.db"}
    texts = {name for name, value in vars(error).items() if isinstance(value, str)} - {"key"}
    assert texts == set(), "an error keeps its key and values, not finished sentences"


def test_an_error_without_a_sentence_says_nothing_rather_than_a_sentence_in_one_language() -> None:
    error = StoreError()
    assert (error.key, error.message("nl"), error.message("en")) == (None, "", "")


def test_a_value_that_is_a_sentence_is_said_in_the_same_language() -> None:
    name = messages.Sentence.of(messages.N_("decision {number}"), number="2026-014")
    error = InvalidInput.said("The backup {name} is not sound.", name=name)
    assert error.message("nl") == "De reservekopie besluit 2026-014 is niet in orde."
    assert error.message("en") == "The backup decision 2026-014 is not sound."
