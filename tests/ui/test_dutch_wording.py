"""The Dutch on screen says each thing one way (docs/glossary.md): no retired variants, no
colloquial fragments, plurals that agree, and a state inside a sentence in lower case."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "buurtdesk_nl.ts"

RETIRED = {
    r"over de datum": "an action point past its date is 'te laat'",
    r"over de deadline": "an action point past its date is 'te laat'",
    r"\(mag leeg( blijven)?\)": "an optional field says '(niet verplicht)'",
    r"\bmag leeg\b": "an optional field says 'niet verplicht'",
    r"(%\d|\b[2-9]|\b\d{2,}) onthouding\b": "more than one abstention: 'onthoudingen'",
    r"\bonthouding %\d": "a count after the word: 'onthoudingen %1'",
    r"\bIn uitvoering\b": "an action point someone works on is 'bezig'",
    r"\bblijft open\b": "an action point still running 'loopt (nog)'",
    r"\b(Gedaan|gedaan) \(D\)": "an action point that is done is 'afgerond'",
    r"\bvervalt\b": "an action point that will not be done is 'vervallen'",
    r"\b[Pp]resentie": "who was there is the 'aanwezigheid' (the 'aanwezigheidslijst')",
    r"\bmet kennisgeving\b": "a member who sent apologies is 'afgemeld'",
    r"\bzonder kennisgeving\b": "a member who stayed away without a word: 'afwezig zonder bericht'",
    r"\b[Tt]rede op de ladder\b": "a member's step is a 'trede op de initiatiefladder'",
}


def _translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source", ""), message.findtext("translation") or "")
            )
    return found


def test_no_retired_variants_in_the_dutch_screens() -> None:
    wrong = [
        (context, translation, why)
        for context, _source, translation in _translations()
        for pattern, why in RETIRED.items()
        if re.search(pattern, translation.replace("&", ""))
    ]
    assert not wrong, "\n".join(map(str, wrong))


def test_one_word_for_overdue() -> None:
    """Every English 'overdue' reads 'te laat' in Dutch."""
    wrong = [
        (context, source, translation)
        for context, source, translation in _translations()
        if re.search(r"\boverdue\b", source, re.IGNORECASE)
        and not re.search(r"\bte (laat|late)\b", translation.lower())
    ]
    assert not wrong, wrong


def test_the_meeting_mode_hint_names_the_states_in_lower_case_mid_sentence(
    qtbot, dutch, services
) -> None:
    """'Verslag van 17 november 2026: gehouden, conceptverslag.', not ': Gehouden'."""
    from meeting_world import build_world, make_context

    from buurtdesk.domain.enums import AgendaItemKind
    from buurtdesk.ui.meeting_mode.window import MeetingModeWindow

    world = build_world(services)
    mode = MeetingModeWindow(make_context(services), world.next_meeting.id)
    qtbot.addWidget(mode)
    kinds = [item.kind for item in mode.detail.items]
    mode.agenda.setCurrentRow(kinds.index(AgendaItemKind.PREVIOUS_MINUTES))
    text = mode.panel.minutes_hint.text()
    assert text and not re.search(r": [A-Z]", text), text
    mode.close()
