"""Contexts in the message catalogue: one English text with two Dutch meanings ("Minutes" as a
title, "Minutes" as the minute-taker), kept apart from extraction to translation."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path
from types import ModuleType

import pytest

from buurtdesk import messages
from buurtdesk.messages import N_, NC_, translate, translated

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def upkeep() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "messages_upkeep_contexts", ROOT / "scripts" / "messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _keys(catalog: object, *, under: tuple[str, ...] = ("",)) -> set[tuple[str, str | None]]:
    return {
        (m.id if isinstance(m.id, str) else m.id[0], m.context)
        for m in catalog  # type: ignore[attr-defined]
        if m.id and any(place.startswith(under) for place, _line in m.locations)
    }


def test_the_documents_and_exchange_texts_with_a_context_are_in_the_catalogue(
    upkeep: ModuleType,
) -> None:
    found = _keys(upkeep.template(), under=("buurtdesk/documents/", "buurtdesk/exchange/"))
    assert ("Minutes", "minute-taker") in found and ("Minutes", "minutes title") in found
    # (a text without a context: test_messages.py)
    missing = {key for key in found if key[1] is not None} - _keys(upkeep.read("nl"))
    assert not missing, f"run scripts/messages.py update and translate: {sorted(missing)}"


def test_a_context_tells_two_dutch_words_apart() -> None:
    assert translate("Minutes", "nl", "minute-taker") == "Notulist"
    assert translate("Minutes", "nl", "minutes title") == "Notulen"
    assert translate("Minutes", "en", "minute-taker") == "Minutes"
    assert translated(NC_("project money", "Spent"), "nl") == "Besteed"
    assert translated(N_("Spent"), "nl") == "Uitgegeven"
    messages.set_language("nl")
    try:
        assert messages.pgettext("minute-taker", "Minutes") == "Notulist"
    finally:
        messages.set_language("nl")


def test_fill_takes_lines_with_and_without_a_context(
    upkeep: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locale = tmp_path / "locale"
    shutil.copytree(upkeep.LOCALE, locale)
    monkeypatch.setattr(upkeep, "LOCALE", locale)
    table = tmp_path / "words.tsv"
    table.write_text(
        "minute-taker\tMinutes\tNotulist (proef)\nDate\tDatum (proef)\nno such text\tniets\n",
        encoding="utf-8",
    )
    assert upkeep.fill("nl", table) == 1  # the unknown text is named, the others are set
    catalog = upkeep.read("nl")
    assert catalog.get("Minutes", "minute-taker").string == "Notulist (proef)"
    assert catalog.get("Minutes", "minutes title").string == "Notulen"
    assert catalog.get("Date").string == "Datum (proef)"
    # the real catalogue is untouched
    assert upkeep.po_path("nl").is_relative_to(locale)
    assert "Notulist (proef)" not in (
        ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "buurtdesk.po"
    ).read_text(encoding="utf-8")
