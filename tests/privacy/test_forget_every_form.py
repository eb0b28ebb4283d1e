"""'Persoon vergeten' finds every written form of the person (issue 17, item 9): other forms of
the name, the stored phone number and e-mail address in free text; the minutes no longer
print them; the backups that still hold them are offered for cleaning or removal; monthly
backups are kept for a limited time. From the command line as the privacy officer uses it."""

from __future__ import annotations

import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from generated import Made, Ran, fingerprint, make_database, one_sentence, run_cli
from undo_stacks import undo_stack

from buurtdesk.services import Services
from buurtdesk.store.backup import KEEP_MONTHS, backup_folder, list_backups, rotate_backups
from buurtdesk.store.opening import open_sqlite

NOTES = (
    "U. Linssen meldt de losse stoeptegels. Linssen, Ursula belt de gemeente. "
    "Mevrouw Linssen vraagt om een lantaarnpaal; Ursula  Linssen is bereikbaar op "
    "06 1234 5678 of +31 6 12345678 en via URSULA@example.nl. De familie Linssen komt ook."
)
TRACES = ("U. Linssen", "Ursula", "Mevrouw Linssen", "1234", "ursula@", "URSULA@")


@pytest.fixture
def made(tmp_path: Path) -> Made:
    made = make_database(tmp_path / "x.db")
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 12))
    services.meetings.set_notes(made.item_id, NOTES)
    services.meetings.start_meeting(made.meeting_id)
    services.meetings.close_meeting(made.meeting_id)
    database.dispose()
    return made


def _pdf_text(made: Made, target: Path) -> str:
    ran = run_cli(
        "pdf",
        "minutes",
        "--db",
        str(made.path),
        "--meeting",
        str(made.meeting_id),
        "-o",
        str(target),
    )
    assert ran.code == 0, ran
    return subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout


def _forget(made: Made, *more: str, person: int | None = None) -> Ran:
    """`buurtdesk person forget` of the made person (or `person`) on the made database."""
    chosen = made.person_id if person is None else person
    return run_cli("person", "forget", "--db", str(made.path), "--person", str(chosen), *more)


def test_forget_asks_for_yes_and_changes_nothing_without_it(made: Made) -> None:
    before = fingerprint(made.path)
    ran = _forget(made)
    assert ran.code == 2 and one_sentence(ran.err) and "--yes" in ran.err, ran
    assert fingerprint(made.path) == before


def test_every_form_is_forgotten_in_texts_minutes_and_backups(made: Made, tmp_path: Path) -> None:
    assert "U. Linssen" in _pdf_text(made, tmp_path / "voor.pdf")
    assert run_cli("backup", "--db", str(made.path)).code == 0
    (backup,) = list_backups(made.path)
    ran = _forget(made, "--yes")
    assert ran.code == 0, ran
    assert str(backup.path) in ran.out, "the backup that still holds the person is named"
    text = _pdf_text(made, tmp_path / "na.pdf")
    for trace in TRACES:
        assert trace not in text, trace
    assert "De familie Linssen komt ook." in " ".join(text.split()), "the family name alone stays"
    exported = run_cli("person", "export", "--db", str(made.path), "--person", str(made.person_id))
    assert "06-12345678" not in exported.out and "ursula@example.nl" not in exported.out
    ran = _forget(made, "--yes", "--backups", "opschonen")
    assert ran.code == 2  # forgotten already: said in one sentence
    # the backups: cleaned on request, byte for byte free of the person
    data = backup.path.read_bytes()
    assert b"Ursula" in data
    from buurtdesk.services.privacy import PrivacyService
    from buurtdesk.services.privacy_backups import BackupCleaning
    from buurtdesk.services.privacy_forms import person_forms

    forms = person_forms("Ursula Linssen", email="ursula@example.nl", phone="06-12345678")
    database = open_sqlite(made.path)
    try:
        uuid = (
            database.engine.connect()
            .exec_driver_sql("SELECT uuid FROM people WHERE id = ?", (made.person_id,))
            .scalar_one()
        )
    finally:
        database.dispose()
    BackupCleaning(uuid, forms).clean(backup.path)
    data = backup.path.read_bytes()
    for trace in (b"Ursula", b"U. Linssen", b"ursula@example.nl", b"12345678", b"1234 5678"):
        assert trace not in data, trace
    assert PrivacyService  # the service the app's screen uses offers the same cleaning


def test_forget_with_backups_clean_from_the_command_line(made: Made) -> None:
    assert run_cli("backup", "--db", str(made.path)).code == 0
    ran = _forget(made, "--yes", "--backups", "opschonen")
    assert ran.code == 0, ran
    (backup,) = list_backups(made.path)
    assert b"Ursula" not in backup.path.read_bytes()
    assert b"Linssen" in backup.path.read_bytes()  # "De familie Linssen": the surname alone stays


def test_forget_with_backups_drop_removes_them(made: Made) -> None:
    assert run_cli("backup", "--db", str(made.path)).code == 0
    ran = _forget(made, "--yes", "--backups", "verwijderen")
    assert ran.code == 0, ran
    assert list_backups(made.path) == []


def test_monthly_backups_are_kept_for_a_limited_time(made: Made) -> None:
    folder = backup_folder(made.path)
    folder.mkdir()
    now = datetime(2026, 3, 10, tzinfo=UTC)
    for months_ago in range(0, 30):
        when = now - timedelta(days=31 * months_ago)
        name = f"x-{when.strftime('%Y%m%d-%H%M%S')}-dagelijks.sqlite3"
        (folder / name).write_bytes(made.path.read_bytes())
    rotate_backups(made.path, keep_latest=3, now=now)
    kept = list_backups(made.path)
    oldest = min(b.taken_at for b in kept)
    assert (now - oldest).days < 31 * KEEP_MONTHS
    assert len(kept) <= KEEP_MONTHS + 3


def test_the_screen_offers_to_clean_the_backups(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]

    from buurtdesk.ui.common.section import Context
    from buurtdesk.ui.main_window import MainWindow
    from buurtdesk.ui.registers.people import PeopleSection

    made = make_database(tmp_path / "x.db")
    assert run_cli("backup", "--db", str(made.path)).code == 0
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 10))
    context = Context(services=services, undo_stack=undo_stack())
    window = MainWindow(context, extra_sections=[PeopleSection])
    qtbot.addWidget(window)
    section = next(s for s in window.sections if isinstance(s, PeopleSection))
    section.show_council(made.council_id)
    offered: list[int] = []
    section.privacy.choose_backup_action = lambda count: offered.append(count) or "clean"  # type: ignore[method-assign]
    assert section.privacy.forget_person(made.person_id, confirmed=True)
    assert offered == [1]
    assert "1" in section.privacy.result.text()
    (backup,) = list_backups(made.path)
    assert b"Ursula" not in backup.path.read_bytes()
    database.dispose()


def test_copies_kept_beside_the_database_are_offered_too(made: Made, tmp_path: Path) -> None:
    copy = tmp_path / "kopie.sqlite3"
    assert run_cli("backup", "--db", str(made.path), "-o", str(copy)).code == 0
    assert run_cli("restore", "--db", str(made.path), str(copy)).code == 0  # keeps the old aside
    (kept,) = [
        p for p in tmp_path.glob("x.db.voor-herstel-*") if p.name[-4:] not in ("-wal", "-shm")
    ]
    ran = _forget(made, "--yes", "--backups", "opschonen")
    assert ran.code == 0, ran
    assert b"Ursula" not in kept.read_bytes()


def test_international_numbers_odd_names_and_file_names(made: Made, tmp_path: Path) -> None:
    database = open_sqlite(made.path)
    services = Services.build(database, lambda: date(2026, 3, 10))
    jan = services.councils.add_person(
        "Jan (de) Vries*", email="jan+buurt@example.nl", phone="+31 77 123 45 67"
    )
    services.meetings.set_notes(
        made.item_id,
        "Jan (de) Vries* belt; mail jan+buurt@example.nl of 077-1234567 of +31 (0)77 1234567.",
    )
    database.dispose()
    package = tmp_path / "notulen-ursula-linssen.buurtdesk"
    assert (
        run_cli(
            "export", "--db", str(made.path), "--council", str(made.council_id), "-o", str(package)
        ).code
        == 0
    )
    for person in (jan.id, made.person_id):
        ran = _forget(made, "--yes", person=person)
        assert ran.code == 0, ran
    data = made.path.read_bytes()
    for trace in (b"Vries*", b"jan+buurt", b"1234567", b"123 45 67", b"ursula-linssen"):
        assert trace not in data, trace
