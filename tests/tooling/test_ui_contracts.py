"""The screens keep their contracts typed and say their sentences one way.

- A part of a window names what it needs from the window (a Protocol), never `host: Any`.
- A widget speaks through tr(): no sentence chosen inline by `language == "en"`, no
  `x if english else y` between two finished sentences.
- No error is built from two finished sentences (Dutch, English): a widget's own check says
  its sentence with tr(); an error that must travel is `SomeError.said("English {x}.", x=...)`.
- Nothing the screens take from the package reader (buurtdesk/exchange) is a (Dutch, English)
  pair: a name or a note travels as a `Sentence` (catalogue key and values), said in the
  language on screen.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import typing
from collections.abc import Iterator
from pathlib import Path

import pytest

from buurtdesk.messages import Marked

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "buurtdesk" / "ui"
APP = ROOT / "buurtdesk" / "app"

# Qt hands a model's setData() (and the editors it forwards to) a QVariant: `value: Any` is
# Qt's own signature there. Nothing else in the screens is typed Any.
QT_VALUE = "value"

# The few places that compare with a language code without choosing a sentence, and why.
LANGUAGE_CODES_ALLOWED = {
    ("common/labels.py", "ui_language"): "defines the language on screen",
    ("common/language.py", "install_language"): "which translation file to load",
}

ERROR_ENDINGS = ("Error", "Input", "Violation", "NotFound", "Refused", "Edit")


def _modules(*folders: Path) -> Iterator[tuple[str, ast.Module]]:
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            yield (
                path.relative_to(folder.parent if folder is APP else folder).as_posix(),
                ast.parse(path.read_text(encoding="utf-8"), str(path)),
            )


def _functions(tree: ast.Module) -> Iterator[tuple[str, ast.AST]]:
    """Every node with the name of the function it is in ('' at module level)."""

    def walk(node: ast.AST, name: str) -> Iterator[tuple[str, ast.AST]]:
        for child in ast.iter_child_nodes(node):
            inner = (
                child.name if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef) else name
            )
            yield inner, child
            yield from walk(child, inner)

    yield from walk(tree, "")


def _is_any(annotation: ast.expr | None) -> bool:
    return annotation is not None and ast.unparse(annotation) in ("Any", "typing.Any")


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str)
    )


def _compares_language(node: ast.expr) -> bool:
    return any(
        isinstance(part, ast.Compare)
        and any(
            isinstance(side, ast.Constant) and side.value in ("en", "nl")
            for side in (part.left, *part.comparators)
        )
        for part in ast.walk(node)
    )


def any_contracts(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and _is_any(node.annotation) and node.arg != QT_VALUE:
            found.append(f"{node.lineno}: parameter {node.arg}: Any")
        if isinstance(node, ast.AnnAssign) and _is_any(node.annotation):
            found.append(f"{node.lineno}: {ast.unparse(node.target)}: Any")
    return found


def inline_choices(module: str, tree: ast.Module) -> list[str]:
    found = []
    for function, node in _functions(tree):
        if (module, function) in LANGUAGE_CODES_ALLOWED:
            continue
        if isinstance(node, ast.IfExp | ast.If) and _compares_language(node.test):
            found.append(f"{node.lineno}: {ast.unparse(node.test)}")
        if isinstance(node, ast.IfExp) and {
            n.id for n in ast.walk(node.test) if isinstance(n, ast.Name)
        } & {"en", "english", "dutch", "nl"}:
            found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


def two_sentence_errors(tree: ast.Module) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) < 2:
            continue
        name = ast.unparse(node.func).split(".")[-1]
        if name.endswith(ERROR_ENDINGS) and all(_is_text(a) for a in node.args[:2]):
            found.append(f"{node.lineno}: {name}({ast.unparse(node.args[0])[:50]}, …)")
    return found


def test_the_checks_see_what_they_are_for() -> None:
    bad = ast.parse(
        "class Part:\n"
        "    def __init__(self, host: Any) -> None:\n"
        "        self.dialog: Any = None\n"
        "def said(language):\n"
        "    return 'Klaar.' if language == 'en' else 'Done.'\n"
        "def chosen(english):\n"
        "    return 'Done.' if english else 'Klaar.'\n"
        "def refuse():\n"
        "    raise InvalidInput('Een gast heeft een naam nodig.', 'A guest needs a name.')\n"
    )
    assert len(any_contracts(bad)) == 2
    assert len(inline_choices("x.py", bad)) == 2
    assert len(two_sentence_errors(bad)) == 1
    good = ast.parse(
        "def setData(self, index, value: Any, role: int) -> bool: ...\n"
        "def refuse():\n"
        "    raise InvalidInput.said('A guest needs a name.')\n"
        "def said(self):\n"
        "    return self.tr('Done.')\n"
    )
    assert not any_contracts(good) and not inline_choices("x.py", good)
    assert not two_sentence_errors(good)


@pytest.mark.parametrize("check", ["any", "inline", "errors"])
def test_the_screens_keep_their_contracts(check: str) -> None:
    found = []
    for module, tree in _modules(UI, APP):
        if check == "any":
            lines = any_contracts(tree)
        elif check == "inline":
            lines = inline_choices(module, tree) if not module.startswith("app/") else []
        else:
            lines = two_sentence_errors(tree)
        found += [f"{module}:{line}" for line in lines]
    assert not found, (
        {
            "any": "name what a part needs in a Protocol, or the real type, not Any",
            "inline": "say the sentence with tr() (the Dutch goes into the .ts file)",
            "errors": "say it with tr() in the widget, or SomeError.said('English {x}.', x=...)",
        }[check]
        + ":\n"
        + "\n".join(found)
    )


def _is_pair(hint: object) -> bool:
    """tuple[str, str] anywhere in a type: (Dutch, English). A text marked with its context
    (`Marked`, what NC_() gives) is a key of the catalogue, not a pair."""
    if hint == Marked:
        return False
    if typing.get_origin(hint) is tuple and typing.get_args(hint) == (str, str):
        return True
    return any(_is_pair(arg) for arg in typing.get_args(hint))


def _pairs_in(thing: object, where: str, seen: set[int], hint: object = None) -> list[str]:
    """Where a class's fields, a function's result or a constant (its annotation `hint`) hold
    word pairs; the dataclasses they hold are looked into as well."""
    if id(thing) in seen:
        return []
    seen.add(id(thing))
    hints: dict[str, object] = {}
    if inspect.isclass(thing) and dataclasses.is_dataclass(thing):
        hints = typing.get_type_hints(thing)
    elif inspect.isfunction(thing):
        hints = {"return": typing.get_type_hints(thing).get("return")}
    elif hint is not None:
        hints = {"": hint}
    found: list[str] = []
    for name, each in hints.items():
        if _is_pair(each):
            found.append(f"{where}.{name}: {each}".replace(".: ", ": "))
        for inner in (each, *typing.get_args(each)):
            if inspect.isclass(inner) and dataclasses.is_dataclass(inner):
                found += _pairs_in(inner, f"{where}.{name}", seen)
    return found


def _exchange_imports(tree: ast.Module) -> Iterator[tuple[str, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "buurtdesk.exchange"
        ):
            yield from ((str(node.module), alias.name) for alias in node.names)


def test_the_screens_get_no_word_pairs_from_the_package_reader() -> None:
    found: list[str] = []
    seen: set[int] = set()
    imported = 0
    for module, tree in _modules(UI):
        for source_name, name in _exchange_imports(tree):
            imported += 1
            source = importlib.import_module(source_name)
            hint = typing.get_type_hints(source).get(name)
            things = _pairs_in(getattr(source, name), name, seen, hint)
            found += [f"{module}: {line}" for line in things]
    assert imported > 5  # the check sees the screens' imports
    assert not found, (
        "carry a Sentence (key and values, buurtdesk/messages.py) and say it on screen:\n"
        + "\n".join(found)
    )


@dataclasses.dataclass(frozen=True)
class _OldChange:
    label: str
    label_en: str
    notes: tuple[tuple[str, str], ...] = ()


@dataclasses.dataclass(frozen=True)
class _OldPlan:
    changes: tuple[_OldChange, ...]
    words: tuple[str, str]


def _old_words(table: str) -> tuple[str, str]:
    return ("vergadering", "meeting")


def test_the_pair_check_finds_pairs_in_fields_results_and_tables() -> None:
    assert _pairs_in(_OldPlan, "plan", set()) == [
        "plan.changes.notes: tuple[tuple[str, str], ...]",
        "plan.words: tuple[str, str]",
    ]
    assert _pairs_in(_old_words, "words", set()) == ["words.return: tuple[str, str]"]
    assert _pairs_in({}, "WORDS", set(), dict[str, tuple[str, str]]) == [
        "WORDS: dict[str, tuple[str, str]]"
    ]
    assert _pairs_in({}, "WORDS", set(), dict[str, Marked]) == []
