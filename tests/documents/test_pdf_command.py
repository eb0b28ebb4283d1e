"""`buurtdesk pdf ...` from the command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pdf_checks import assert_in_order, flat_text
from sample_meeting import SampleMeeting

from buurtdesk.cli import main


def test_pdf_minutes_agenda_and_actions(
    sample: SampleMeeting, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    minutes = tmp_path / "verslag.pdf"
    assert (
        main(
            [
                "pdf",
                "minutes",
                "--db",
                str(db_path),
                "--meeting",
                str(sample.meeting_id),
                "-o",
                str(minutes),
            ]
        )
        == 0
    )
    assert_in_order(flat_text(minutes), ["Notulen", *sample.notes])
    agenda = tmp_path / "agenda.pdf"
    assert (
        main(
            [
                "pdf",
                "agenda",
                "--db",
                str(db_path),
                "--meeting",
                str(sample.next_meeting_id),
                "-o",
                str(agenda),
            ]
        )
        == 0
    )
    assert "Uitnodiging en agenda" in flat_text(agenda)
    actions = tmp_path / "acties.pdf"
    assert (
        main(
            [
                "pdf",
                "actions",
                "--db",
                str(db_path),
                "--council",
                str(sample.council_id),
                "--group",
                "status",
                "-o",
                str(actions),
            ]
        )
        == 0
    )
    assert "Gegroepeerd per stand" in flat_text(actions)
    assert "PDF geschreven" in capsys.readouterr().out


def test_wrong_meeting_is_one_sentence_and_exit_code_2(
    sample: SampleMeeting, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["pdf", "minutes", "--db", str(db_path), "--meeting", "999", "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Vergadering 999 bestaat niet."
    assert not out.exists()


def test_missing_id_missing_database_and_english_messages(
    sample: SampleMeeting, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["pdf", "actions", "--db", str(db_path), "-o", str(out)]) == 2
    assert "--council ID" in capsys.readouterr().err
    assert (
        main(
            ["pdf", "minutes", "--db", str(tmp_path / "nope.db"), "--meeting", "1", "-o", str(out)]
        )
        == 2
    )
    assert "bestaat niet" in capsys.readouterr().err
    assert not (tmp_path / "nope.db").exists()
    assert (
        main(
            [
                "--lang",
                "en",
                "pdf",
                "minutes",
                "--db",
                str(db_path),
                "--meeting",
                "999",
                "-o",
                str(out),
            ]
        )
        == 2
    )
    assert capsys.readouterr().err.strip() == "Meeting 999 does not exist."


def test_the_app_and_cli_start_without_reportlab() -> None:
    code = (
        "import sys\n"
        "from buurtdesk.cli import build_parser\n"
        "build_parser()\n"
        "import buurtdesk.documents\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('reportlab', 'pikepdf')))\n"
        "print(loaded)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]", result.stdout
