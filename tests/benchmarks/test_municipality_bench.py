"""The district manager's view and the annual report at municipality scale, on SQLite and on
PostgreSQL.

    .venv/bin/python tests/benchmarks/run.py -k municipality

The municipality-scale demo (35 councils x 20 years) takes a while to build; this file builds
it once into $BUURTDESK_BENCH_DB (default /tmp/buurtdesk-bench/municipality.db) and reuses it.
For PostgreSQL it starts a server on loopback (the `postgres_server` fixture of
tests/postgres/postgres_backends.py, or the one named by BUURTDESK_TEST_POSTGRES_URL) and puts
the same demo on it with `buurtdesk demo --database-url`; without a server those runs are
skipped and say why. Every figure is measured on both backends.

1. The Gemeente table painted within 300 ms of choosing it in the sidebar (the first time,
   and the median of reloads).
2. Sorting and filtering the table: median under 50 ms each (with the repaint).
3. A jaarverslag PDF within 1.5x a bare reportlab document with the same content (the same
   texts, tables and attendance chart; no page frame, no PDF/A), measured in the same run.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from buurtdesk.services import Services

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _demo(*target: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "buurtdesk", "demo", *target, "--scale", "municipality",
         "--seed", "2026"],
        check=True, cwd=ROOT, capture_output=True, text=True,
    )  # fmt: skip


@pytest.fixture(scope="module")
def municipality_db() -> Iterator[Path]:
    built = Path(os.environ.get("BUURTDESK_BENCH_DB", "/tmp/buurtdesk-bench/municipality.db"))
    if built.exists() and not _owned_actions(built):
        built.unlink()  # built before the demo's organisations owned action points
    if not built.exists():
        built.parent.mkdir(parents=True, exist_ok=True)
        _demo("--db", str(built))
    yield built


def _owned_actions(path: Path) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(path)) as conn:
        query = "SELECT count(*) FROM action_points WHERE owner_organisation_id IS NOT NULL"
        return int(conn.execute(query).fetchone()[0])


@pytest.fixture(scope="module")
def municipality_server(postgres_server) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The same demo on a fresh database of the PostgreSQL server."""
    url: str = postgres_server.create_database()
    _demo("--database-url", url)
    import psycopg

    # Statistics now, as a server in use has them: otherwise autovacuum gathers them for the
    # fresh load of 35 councils while the first figures are being taken.
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE")
    yield url
    postgres_server.drop_database(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def services(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Services]:
    from buurtdesk.store.opening import open_sqlite, open_url

    if backend == "sqlite":
        copy = tmp_path / "municipality.db"
        shutil.copyfile(request.getfixturevalue("municipality_db"), copy)
        database = open_sqlite(copy)
    else:  # the benchmarks only read: the server's demo serves every test of the module
        database = open_url(request.getfixturevalue("municipality_server"))
    yield Services.build(database)
    database.dispose()


def _median_ms(action: Callable[[], object], repeats: int = 21) -> float:
    action()
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def test_the_gemeente_table_at_municipality_scale(  # type: ignore[no-untyped-def]
    services: Services, backend: str, qtbot, bench_table
) -> None:
    from PySide6.QtWidgets import QApplication

    from buurtdesk.app import build_window
    from buurtdesk.ui.municipality.council_model import CouncilTableModel
    from buurtdesk.ui.municipality.section import MunicipalitySection

    window = build_window(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    section = next(s for s in window.sections if isinstance(s, MunicipalitySection))
    row = window.sections.index(section)
    started = time.perf_counter()
    window.section_list.setCurrentRow(row)
    QApplication.processEvents()
    section.table.viewport().repaint()
    first = (time.perf_counter() - started) * 1000
    assert section.model.rowCount() == 35
    # the municipality's own action points across the councils are part of what is painted
    assert section.organisations.organisation.currentText() == "Gemeente Hoogeveen"
    assert section.organisations.model.rowCount() > 0

    def reload() -> None:
        section.reload()
        QApplication.processEvents()  # the column fitting that follows a new model
        section.table.viewport().repaint()

    again = _median_ms(reload, repeats=11)
    bench_table.record(
        f"{backend}: Gemeente table painted after choosing it",
        "< 300 ms",
        f"{first:.0f} ms first, {again:.0f} ms median reload (35 councils x 20 years)",
        first < 300 and again < 300,
    )
    columns = iter([CouncilTableModel.OVERDUE, CouncilTableModel.FREE, CouncilTableModel.NEXT] * 20)
    orders = iter([0, 1] * 40)

    def sort() -> None:
        from PySide6.QtCore import Qt

        order = Qt.SortOrder.AscendingOrder if next(orders) else Qt.SortOrder.DescendingOrder
        section.table.sortByColumn(next(columns), order)
        QApplication.processEvents()
        section.table.viewport().repaint()

    words = iter(["wijk", "", "dorp", "", "noord", ""] * 10)

    def filter_rows() -> None:
        section.filter.setText(next(words))
        QApplication.processEvents()
        section.table.viewport().repaint()

    sorting, filtering = _median_ms(sort), _median_ms(filter_rows)
    bench_table.record(
        f"{backend}: Gemeente table: sort / filter",
        "< 50 ms median",
        f"{sorting:.1f} ms / {filtering:.1f} ms",
        sorting < 50 and filtering < 50,
    )


def bare_annual_report(document, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The annual report's content in a plain reportlab document: the baseline (Helvetica, no
    page frame, no page numbers, no PDF/A), with the same attendance chart."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    from buurtdesk.documents.jaarverslag.chart import attendance_chart
    from buurtdesk.documents.jaarverslag.report import annual_words

    report, balance = document.report, document.balance
    words = annual_words(report.council.language)
    css = getSampleStyleSheet()
    body, cell = css["Normal"], css["BodyText"]

    def p(value: str, style: object = body) -> Paragraph:
        return Paragraph(escape(value), style)

    def table(rows: list[list[str]], widths: list[float]) -> Table:
        return Table([[p(c, cell) for c in r] for r in rows], colWidths=widths, repeatRows=1)

    money = balance.money
    story: list[object] = [
        p(words.fmt("jv_title", year=report.year), css["Title"]),
        p(report.council.name, css["Heading2"]),
        p(words.fmt("jv_intro", council=report.council.name, year=report.year)),
        p(words["jv_foreword"], css["Heading2"]),
        *[p(block) for block in report.foreword.split("\n\n") if block.strip()],
        p(words["jv_council"], css["Heading2"]),
        table([[m.name, ", ".join(r.value for r in m.roles), str(m.meetings_present)]
               for m in report.members], [220, 160, 100]),
        p(words["jv_meetings"], css["Heading2"]),
        attendance_chart(report.meetings, words, 480),
        table([[str(m.day), str(m.present), str(m.apologies), str(m.absent), str(m.guests)]
               for m in report.meetings], [200, 70, 70, 70, 70]),
        p(words["jv_decisions"], css["Heading2"]),
        table([[str(d.number), str(d.decided_on), d.text, money(d.amount) if d.amount else ""]
               for d in report.decisions], [60, 70, 270, 80]),
        p(words["jv_actions"], css["Heading2"]),
        *[table([[a.title, a.owner, str(a.closed_on or a.due_date or "")] for a in group],
                [270, 130, 80])
          for group in (report.done, report.dropped, report.carried) if group],
        p(words["jv_budget"], css["Heading2"]),
        table([[b.source.name, money(b.figures.available), money(b.figures.spent)]
               for b in balance.sources] or [[""] * 3], [240, 120, 120]),
        PageBreak(),
        p(words["jv_closing"], css["Heading2"]),
        table([[words["jv_chair"], words["jv_secretary"]]] * 5, [240, 240]),
    ]  # fmt: skip
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def test_the_jaarverslag_against_bare_reportlab(  # type: ignore[no-untyped-def]
    services: Services, backend: str, tmp_path: Path, bench_table
) -> None:
    """Ours reads the year from the database and renders it; the bare document gets the
    content in hand: the reading on each backend counts against the goal."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from test_documents_bench import interleaved_medians

    from buurtdesk.documents.jaarverslag.report import annual_document, build_jaarverslag

    council = services.councils.list_councils()[0]
    year = services.annual.today().year - 1
    document = annual_document(services, council.id, year)
    assert len(document.report.meetings) >= 8
    ours, bare = interleaved_medians(
        lambda: build_jaarverslag(
            annual_document(services, council.id, year), tmp_path / "jaarverslag.pdf"
        ),
        lambda: bare_annual_report(document, tmp_path / "bare.pdf"),
    )
    ratio = ours[0] / bare[0]
    bench_table.record(
        f"{backend}: jaarverslag PDF, read and rendered, vs bare reportlab (CPU)",
        "<= 1.5x",
        f"{ours[0] * 1000:.0f} ms vs {bare[0] * 1000:.0f} ms = {ratio:.2f}x "
        f"(wall {ours[1] * 1000:.0f} / {bare[1] * 1000:.0f} ms)",
        ratio <= 1.5,
    )
