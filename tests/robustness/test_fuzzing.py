"""Fuzzing what users type and what files bring: only BuurtDeskError, never another exception.

Every parser of typed input (dates, times, amounts, decision numbers, texts) and the service
calls that take typed values (names, notes, titles, votes, dates, search words) get any
unicode, NUL characters, huge lengths and odd numbers. Imported packages get random bytes,
damaged zips and zips with hostile content. max_examples stays modest for the normal run.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from buurtdesk.domain.dates import parse_date, parse_time
from buurtdesk.domain.enums import AttendanceStatus, CouncilKind
from buurtdesk.domain.errors import BuurtDeskError
from buurtdesk.domain.money import Money
from buurtdesk.domain.rules import DecisionNumber, clean_text
from buurtdesk.messages import NC_
from buurtdesk.services import Services

# Any text a keyboard, a paste or a file can bring (surrogates cannot be stored as UTF-8).
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300)
TYPED = st.one_of(
    ANY_TEXT,
    st.from_regex(r"[0-9 .,:/\-€]{0,20}", fullmatch=True),
    st.sampled_from(
        [
            "",
            " ",
            "\x00",
            "31-02-2026",
            "2026-13-01",
            "24:00",
            "€ 1.234,56",
            "1,234.56",
            "-0",
            "9" * 400,
        ]
    ),
)
HUGE = st.integers(min_value=1, max_value=3).map(lambda n: "lang " * (n * 300_000))
FAST = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def only_buurtdesk_errors(call, *args, **kwargs):  # type: ignore[no-untyped-def]
    try:
        return call(*args, **kwargs)
    except BuurtDeskError as exc:
        assert exc.dutch.strip() and exc.english.strip()
        return None


@FAST
@given(TYPED)
def test_parsers_of_typed_input(text: str) -> None:
    for parse in (parse_date, parse_time, Money.parse, DecisionNumber.parse):
        only_buurtdesk_errors(parse, text)
    only_buurtdesk_errors(Money.parse, text, allow_negative=True)
    for required in (True, False):
        cleaned = only_buurtdesk_errors(
            clean_text, text, field=NC_("field", "a name"), limit=200, required=required
        )
        assert cleaned is None or "\x00" not in cleaned


@pytest.fixture
def stage(services: Services) -> dict[str, int]:
    council = services.councils.create_council("Wijkoverleg Blerick", CouncilKind.WIJKOVERLEG)
    person = services.councils.add_person("Anna de Vries")
    services.councils.add_member(council.id, person.id)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 3, 12))
    item = services.meetings.get_meeting(meeting.id).items[0]
    return {"council": council.id, "person": person.id, "meeting": meeting.id, "item": item.id}


@SLOW
@given(name=ANY_TEXT, title=ANY_TEXT, notes=st.one_of(ANY_TEXT, HUGE))
def test_service_texts(
    services: Services, stage: dict[str, int], name: str, title: str, notes: str
) -> None:
    only_buurtdesk_errors(services.councils.create_council, name, CouncilKind.DORPSRAAD)
    only_buurtdesk_errors(
        services.councils.add_person, name, email=title, phone=name, address=title
    )
    only_buurtdesk_errors(services.meetings.add_item, stage["meeting"], title)
    only_buurtdesk_errors(services.meetings.set_notes, stage["item"], notes)
    only_buurtdesk_errors(services.meetings.add_guest, stage["meeting"], name, title)
    only_buurtdesk_errors(services.actions.add_action, stage["council"], title)
    only_buurtdesk_errors(services.decisions.record_decision, stage["council"], title)
    only_buurtdesk_errors(services.decisions.list_decisions, stage["council"], text=name)
    hits = only_buurtdesk_errors(services.search.search, name)
    assert hits is None or isinstance(hits, list)


@SLOW
@given(
    votes=st.tuples(*(st.integers(min_value=-(2**70), max_value=2**70),) * 3),
    due=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    minutes=st.integers(min_value=-(2**63), max_value=2**63),
    status=st.sampled_from(list(AttendanceStatus)),
)
def test_service_numbers_and_dates(
    services: Services,
    stage: dict[str, int],
    votes: tuple[int, int, int],
    due: date,
    minutes: int,
    status: AttendanceStatus,
) -> None:
    only_buurtdesk_errors(
        services.decisions.record_decision, stage["council"], "Het overleg stemt in.", votes=votes
    )
    only_buurtdesk_errors(
        services.actions.add_action, stage["council"], "Offerte opvragen", due_date=due
    )
    only_buurtdesk_errors(
        services.meetings.add_item, stage["meeting"], "Verkeer", planned_minutes=minutes
    )
    only_buurtdesk_errors(services.meetings.plan_meeting, stage["council"], due)
    only_buurtdesk_errors(
        services.meetings.set_attendance, stage["meeting"], stage["person"], status
    )
    only_buurtdesk_errors(services.meetings.get_meeting, abs(minutes) % 10_000 + 1)


@SLOW
@given(
    st.sampled_from(
        [
            '"',
            "'",
            "*",
            "AND",
            "OR NOT",
            "NEAR(",
            "^",
            ":",
            "()",
            "-",
            "title:x",
            "\x00",
            "a" * 5000,
        ]
    ),
    ANY_TEXT,
)
def test_search_words_are_never_query_syntax(
    services: Services, stage: dict[str, int], syntax: str, text: str
) -> None:
    hits = services.search.search(f"{text} {syntax} {text}")
    assert isinstance(hits, list)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


PACKAGE_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.dictionaries(
        st.sampled_from(
            [
                "manifest.json",
                "data/councils.json",
                "data/meetings.json",
                "../evil.json",
                "/abs.json",
                "data/x.json",
            ]
        ),
        st.one_of(
            st.binary(max_size=300),
            st.builds(
                lambda v: json.dumps(v).encode(),
                st.recursive(
                    st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT,
                    lambda inner: (
                        st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4)
                    ),
                    max_leaves=12,
                ),
            ),
        ),
        max_size=4,
    ).map(_zip),
)


@SLOW
@given(PACKAGE_BYTES)
def test_imported_packages(
    services: Services, stage: dict[str, int], tmp_path: Path, data: bytes
) -> None:
    merge = pytest.importorskip("buurtdesk.exchange.merge")
    package = tmp_path / "pakket.buurtdesk"
    package.write_bytes(data)
    only_buurtdesk_errors(merge.plan_import, services.database, package)
