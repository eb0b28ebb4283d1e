"""One word per concept (docs/glossary.md), on the screens and in the documents alike."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from buurtdesk.documents.budget.fund_statement import FUND_WORDS
from buurtdesk.documents.budget.statement_words import STATEMENT_WORDS
from buurtdesk.documents.jaarverslag.words import ANNUAL_WORDS
from buurtdesk.documents.meetings.mail import MAIL_WORDS
from buurtdesk.documents.toekomstagenda.words import BOOKLET_WORDS
from buurtdesk.documents.words import words_for

DUTCH = words_for("nl").labels

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "buurtdesk_nl.ts"
PO = ROOT / "resources" / "locale" / "nl" / "LC_MESSAGES" / "buurtdesk.po"

# What the glossary says may not be written for its concept.
FORBIDDEN = {
    "due date": re.compile(r"\bgereed op\b|wanneer klaar|\bdeadline\b", re.IGNORECASE),
    "done": re.compile(r"\bafgehandeld\b|\bgereed\b|\bD gedaan\b", re.IGNORECASE),
    "still running": re.compile(r"\bblijft open\b", re.IGNORECASE),
    "dropped": re.compile(r"\bvervalt\b|\bgeschrapt\b", re.IGNORECASE),
    "step on the initiative ladder": re.compile(
        r"^&?ladder$|\bladderstap|\bladdertrede|\bstap op de (initiatief)?ladder\b"
        r"|\btrede op de ladder\b",
        re.IGNORECASE,
    ),
    "attendance": re.compile(r"\bpresentie", re.IGNORECASE),
    "apologies": re.compile(r"\bmet kennisgeving\b", re.IGNORECASE),
    "absent without notice": re.compile(r"\bzonder kennisgeving\b", re.IGNORECASE),
    "abstentions": re.compile(
        r"(\b(?!1\b)\d+|%\d|\{\w+\})\s+onthouding\b(?!en)|\bonthouding\s+(%\d|\{\w+\})",
        re.IGNORECASE,
    ),
}
# English source words that must come out as the glossary's word.
REQUIRED = {
    "By when": "Uiterlijk",
    "&By when": "&Uiterlijk",
    "Due": "Uiterlijk",
    "Dropped": "Vervallen",
    "Running": "Loopt",
    "Absent without notice": "Afwezig zonder bericht",
    "Attendance": "Aanwezigheid",
}


def _translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            text = (translation.text or "") if translation is not None else ""
            found.append((name, message.findtext("source", ""), text))
    return found


def _catalogue() -> list[tuple[str, str]]:
    """(English source, Dutch) of the message catalogue: errors, command line, exchange."""
    from babel.messages.pofile import read_po

    with PO.open("rb") as handle:
        catalog = read_po(handle, locale="nl")
    found = []
    for message in catalog:
        if not message.id:
            continue
        source = message.id if isinstance(message.id, str) else message.id[0]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found += [(source, text) for text in strings if text]
    return found


def _document_words() -> list[tuple[str, str]]:
    """Every label the documents print, in Dutch (from the message catalogue)."""
    words = list(DUTCH.items())
    for extra in (STATEMENT_WORDS, BOOKLET_WORDS, ANNUAL_WORDS, FUND_WORDS, MAIL_WORDS):
        dutch = words_for("nl", extra=extra)
        words += [(key, dutch[key]) for key in extra]
    return words


@pytest.mark.parametrize("concept", sorted(FORBIDDEN))
def test_the_screens_use_the_glossarys_word(concept: str) -> None:
    pattern = FORBIDDEN[concept]
    wrong = [(c, s, t) for c, s, t in _translations() if pattern.search(t)]
    assert wrong == [], f"{concept}: {wrong}"


@pytest.mark.parametrize("concept", sorted(FORBIDDEN))
def test_the_documents_use_the_glossarys_word(concept: str) -> None:
    pattern = FORBIDDEN[concept]
    wrong = [(key, text) for key, text in _document_words() if pattern.search(text)]
    assert wrong == [], f"{concept}: {wrong}"


@pytest.mark.parametrize("concept", sorted(FORBIDDEN))
def test_the_message_catalogue_uses_the_glossarys_word(concept: str) -> None:
    pattern = FORBIDDEN[concept]
    wrong = [(source, text) for source, text in _catalogue() if pattern.search(text)]
    assert wrong == [], f"{concept}: {wrong}"


def test_the_glossary_check_reads_the_whole_message_catalogue() -> None:
    catalogue = dict(_catalogue())
    assert len(catalogue) > 300  # errors, exchange, command line
    assert (
        catalogue["This package is refused: {reason}."] == "Dit pakket wordt geweigerd: {reason}."
    )
    assert catalogue["Enter an amount."] == "Vul een bedrag in."


def test_key_words_are_translated_as_the_glossary_says() -> None:
    translations = _translations()
    for source, word in REQUIRED.items():
        found = [t for _c, s, t in translations if s == source]
        assert found, source
        assert all(t == word for t in found), (source, found)
    done = [t for c, s, t in translations if s == "Done" and c == "Labels"]
    assert done == ["Afgerond"]


def test_documents_and_screens_agree_on_the_action_words() -> None:
    labels = {s: t for c, s, t in _translations() if c == "Labels"}
    assert DUTCH["action_done"] == labels["Done"] == "Afgerond"
    assert DUTCH["action_dropped"] == labels["Dropped"] == "Vervallen"
    assert DUTCH["action_in_progress"] == labels["In progress"] == "Bezig"
    assert DUTCH["due"] == "Uiterlijk" and DUTCH["outcome_running"] == "loopt nog"
    assert (ROOT / "docs" / "glossary.md").is_file()


def test_documents_screens_and_catalogue_agree_on_the_attendance_words() -> None:
    labels = {s: t for c, s, t in _translations() if c == "Labels"}
    catalogue = dict(_catalogue())
    assert DUTCH["attendance_absent"] == labels["Absent without notice"] == "Afwezig zonder bericht"
    assert catalogue["absent without notice"] == "afwezig zonder bericht"
    assert catalogue["attendance"] == "aanwezigheid"


def test_a_wijkoverleg_is_a_neighbourhood_council_in_english_everywhere() -> None:
    """Screens, documents, command line and spreadsheets give one English word for it."""
    sources = [s for _c, s, _t in _translations()] + [s for s, _t in _catalogue()]
    assert not [s for s in sources if "district council" in s.lower()]
    assert ("Labels", "Neighbourhood council", "Wijkoverleg") in _translations()
    assert ("Neighbourhood council", "Wijkoverleg") in _catalogue()
