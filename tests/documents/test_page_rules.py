"""The page rules on every document kind, read back per page: no heading alone at the foot of a
page, no last page with only a line or two, no table row split over two pages, the signature
block with what it signs. The minutes and the agenda of 30 generated meetings of 1 to 60 items,
the action list of councils of many sizes, and the demo's booklet and budget statements."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

import pytest
from generated_meetings import generated_meeting
from page_rules import check_page_rules, content_lines, headings_left_alone

from buurtdesk.documents.meetings.action_list import render_action_list
from buurtdesk.documents.meetings.agenda import render_agenda
from buurtdesk.documents.meetings.minutes import render_minutes
from buurtdesk.domain.errors import NotFound
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite

SIZES = [1, 2, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37]
SIZES += [39, 41, 43, 45, 48, 51, 54, 57, 59, 60]
SECTION_HEADINGS = [
    "Aanwezigheid",
    "Actielijst na deze vergadering",
    "Volgende vergadering",
    "Overige besluiten en acties",
    "Agenda",
    "Bijlage: openstaande actiepunten",
]


@pytest.mark.parametrize("chunk", range(5))
def test_minutes_and_agenda_of_thirty_generated_meetings_keep_the_page_rules(
    services: Services, tmp_path: Path, chunk: int
) -> None:
    pages_seen = 0
    for index, size in enumerate(SIZES[chunk::5]):
        seed = 100 + chunk * 10 + index
        made = generated_meeting(services, seed, size)
        minutes = render_minutes(services, made.meeting_id, tmp_path / f"notulen-{seed}.pdf")
        problems = check_page_rules(
            minutes, headings=made.headings + SECTION_HEADINGS, rows=made.titles
        )
        assert problems == [], f"minutes of meeting {seed} ({size} items): {problems}"
        agenda = render_agenda(services, made.meeting_id, tmp_path / f"agenda-{seed}.pdf")
        problems = check_page_rules(agenda, headings=SECTION_HEADINGS)
        assert problems == [], f"agenda of meeting {seed} ({size} items): {problems}"
        pages_seen += len(content_lines(minutes))
    assert pages_seen >= 6  # the sizes make documents of several pages, not just one


def test_action_lists_of_many_sizes_keep_the_page_rules(services: Services, tmp_path: Path) -> None:
    for seed, size in ((7, 20), (8, 45), (9, 60)):
        made = generated_meeting(services, seed, size)
        out = render_action_list(services, made.council_id, tmp_path / f"acties-{seed}.pdf")
        names = [line for page in content_lines(out) for line in page if "Persoon" in line]
        problems = check_page_rules(out, headings=names)
        assert problems == [], f"action list {seed}: {problems}"


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Services:
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    return Services.build(open_sqlite(path))


def test_the_demos_booklets_and_budget_statements_keep_the_page_rules(
    demo: Services, tmp_path: Path
) -> None:
    from buurtdesk.documents.budget.statement import render_budget_statement
    from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda

    checked = 0
    for council in demo.councils.list_councils():
        try:
            booklet = render_toekomstagenda(demo, council.id, tmp_path / f"ta-{council.id}.pdf")
        except NotFound:  # a council without a toekomstagenda round has no booklet
            booklet = None
        if booklet is not None:
            assert check_page_rules(booklet, headings=[]) == [], council.name
        for year in (2025, 2026):
            out = render_budget_statement(demo, council.id, year, tmp_path / f"bs-{year}.pdf")
            pages = content_lines(out)
            problems = check_page_rules(out, headings=[], signature="Voor akkoord")
            assert problems == [], f"{council.name} {year}: {problems}"
            signed = next(
                (n for n, lines in enumerate(pages) if "Voor akkoord" in lines), len(pages) - 1
            )
            before = pages[signed][: pages[signed].index("Voor akkoord")] if signed else [1]
            assert before, f"{council.name} {year}: the signature block stands alone"
            checked += 1
    assert checked >= 4


def test_no_heading_of_the_demos_booklets_and_annual_reports_is_left_at_a_page_foot(
    demo: Services, tmp_path: Path
) -> None:
    """A heading goes to the next page with its table, also with a short line between them
    ("Stand: loopt"); read back by the fonts, so any heading of any document counts."""
    from buurtdesk.documents.jaarverslag.report import render_jaarverslag
    from buurtdesk.documents.toekomstagenda.booklet import render_toekomstagenda

    pages = 0
    for council in demo.councils.list_councils():
        made = []
        with contextlib.suppress(NotFound):  # a council without a round has no booklet
            made.append(render_toekomstagenda(demo, council.id, tmp_path / f"ta-{council.id}.pdf"))
        for year in (2025, 2026):
            made.append(render_jaarverslag(demo, council.id, year, tmp_path / f"jv-{year}.pdf"))
        for path in made:
            assert headings_left_alone(path) == [], f"{council.name}, {path.name}"
            pages += len(content_lines(path))
    assert pages >= 20  # documents of several pages, so page ends were there to check
