"""The command line speaks Dutch (English with --lang en): argparse's own words, the help of
every option, the kinds' Dutch names, Dutch values in tables, and a mistake in one sentence."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli import build_parser, main
from buurtdesk.cli.common import set_language

# Words that only English has: none may appear in a Dutch help text or message.
ENGLISH = {
    "usage", "options", "positional", "arguments", "argument", "message", "exit", "invalid",
    "choice", "choose", "error", "required", "the", "and", "file", "path", "command",
    "commands", "kind", "to", "for", "with", "which", "what", "show", "this", "from",
}  # fmt: skip


def cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "buurtdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def english_words(text: str, names: set[str] = frozenset()) -> set[str]:
    """English words in a text, leaving out option names, URLs and the commands' own names."""
    text = re.sub(r"--?[\w-]+|\w+://\S+|'[^']*'", " ", text)
    return {w for w in re.findall(r"[A-Za-z]+", text) if w.lower() in ENGLISH} - names


@pytest.fixture(autouse=True)
def dutch() -> None:
    set_language("nl")


def sub_commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def command_names() -> set[str]:
    return set(sub_commands(build_parser()))


@pytest.mark.parametrize(
    "args", [["--help"], ["pdf", "--help"], ["list", "--help"], ["sheet", "--help"]]
)
def test_help_has_no_english_word_in_dutch_mode(args: list[str]) -> None:
    shown = cli(*args)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("gebruik: buurtdesk")
    assert "opties:" in shown.stdout
    assert not english_words(shown.stdout, command_names()), shown.stdout


def test_every_option_has_help() -> None:
    parser = build_parser()
    for each in [parser, *sub_commands(parser).values()]:
        for action in each._actions:
            if each is not parser and isinstance(action, argparse._SubParsersAction):
                continue  # a command's own sub-commands have their help on their lines
            assert action.help, f"{each.prog} {action.option_strings or action.dest} has no help"


def test_a_mistyped_command_is_one_dutch_sentence_and_exit_2() -> None:
    wrong = cli("meeting")
    assert wrong.returncode == 2
    lines = wrong.stderr.strip().splitlines()
    assert len(lines) == 1, wrong.stderr
    assert "ongeldige keuze: 'meeting'" in lines[0] and "zie buurtdesk --help" in lines[0]
    assert not english_words(lines[0], command_names()), lines[0]


def test_a_wrong_kind_names_the_dutch_kinds() -> None:
    wrong = cli("pdf", "meeting", "-o", "x.pdf")
    assert wrong.returncode == 2
    assert wrong.stderr.count("\n") == 1
    assert "'notulen', 'agenda', 'actielijst', 'toekomstagenda', 'verantwoording'" in wrong.stderr
    missing = cli("list")
    assert missing.returncode == 2 and "ontbreekt" in missing.stderr and "SOORT" in missing.stderr


def test_english_with_lang_en() -> None:
    shown = cli("--lang", "en", "pdf", "--help")
    assert shown.stdout.startswith("usage: buurtdesk pdf")
    assert "minutes: the minutes of a meeting" in shown.stdout
    wrong = cli("--lang", "en", "pdf", "notulen-x", "-o", "x.pdf")
    assert "invalid choice" in wrong.stderr and "'minutes'" in wrong.stderr


def test_pdf_help_lists_the_kinds_once() -> None:
    shown = cli("pdf", "--help").stdout
    assert shown.count("de notulen van een vergadering") == 1
    assert shown.count("verantwoording:") == 1


@pytest.mark.parametrize(
    ("dutch_name", "english_name"),
    [
        ("notulen", "minutes"),
        ("agenda", "agenda"),
        ("actielijst", "actions"),
        ("toekomstagenda", "toekomstagenda"),
        ("verantwoording", "budget"),
        ("minutes", "minutes"),
        ("budget", "budget"),
    ],
)
def test_pdf_kinds_by_dutch_and_english_name(dutch_name: str, english_name: str) -> None:
    args = build_parser().parse_args(["pdf", dutch_name, "-o", "x.pdf"])
    assert args.kind == english_name


@pytest.mark.parametrize(
    ("dutch_name", "english_name"),
    [
        ("vergaderingen", "meetings"),
        ("actiepunten", "actions"),
        ("besluiten", "decisions"),
        ("overleggen", "councils"),
        ("mensen", "people"),
        ("meetings", "meetings"),
    ],
)
def test_list_kinds_by_dutch_and_english_name(dutch_name: str, english_name: str) -> None:
    assert build_parser().parse_args(["list", dutch_name]).what == english_name


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.db"
    path.write_bytes(demo_template.read_bytes())
    return path


def test_tables_show_dutch_values_and_json_the_stored_ones(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "vergaderingen", "--db", str(demo_db)]) == 0
    table = capsys.readouterr().out
    assert "Gehouden" in table and "Gepland" in table and "Reguliere vergadering" in table
    assert not re.search(r"\b(closed|planned|regular|adopted|draft)\b", table)
    assert main(["list", "meetings", "--db", str(demo_db), "--json"]) == 0
    assert {m["status"] for m in json.loads(capsys.readouterr().out)} >= {"closed", "planned"}
    assert main(["--lang", "en", "list", "actions", "--db", str(demo_db)]) == 0
    assert re.search(r"\b(Open|Done|Dropped)\b", capsys.readouterr().out)


def test_list_people_without_contact_details(
    demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "mensen", "--db", str(demo_db), "--council", "1"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split() == [
        "id",
        "overleg",
        "naam",
        "organisatie",
        "rol",
        "trede",  # the glossary's word for a step on the initiative ladder, as on screen
    ]
    assert "Voorzitter" in table
    assert "@" not in table, "contact details stay in the app's Mensen"
    assert main(["list", "people", "--db", str(demo_db), "--json"]) == 0
    people = json.loads(capsys.readouterr().out)
    assert people and not {"email", "phone", "address"} & set(people[0])


def test_minutes_of_a_planned_meeting_are_refused_naming_pdf_agenda(
    demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "meetings", "--db", str(demo_db), "--json"]) == 0
    planned = next(m for m in json.loads(capsys.readouterr().out) if m["status"] == "planned")
    out = tmp_path / "verslag.pdf"
    args = ["pdf", "notulen", "--db", str(demo_db), "--meeting", str(planned["id"]), "-o", str(out)]
    assert main(args) == 2
    refusal = capsys.readouterr().err.strip()
    assert len(refusal.splitlines()) == 1
    assert "nog niet gehouden" in refusal and f"pdf agenda --meeting {planned['id']}" in refusal
    assert not out.exists()
    assert main(["pdf", "agenda", *args[2:]]) == 0 and out.exists()


def test_no_lock_file_stays_behind(demo_db: Path, tmp_path: Path) -> None:
    assert main(["list", "besluiten", "--db", str(demo_db)]) == 0
    not_ours = tmp_path / "notes.db"
    not_ours.write_text("not a database")
    assert main(["check", "--db", str(not_ours)]) == 2
    assert main(["backup", "--db", str(demo_db), "-o", str(tmp_path / "copy.db")]) == 0
    assert sorted(p.name for p in tmp_path.glob("*.lock")) == []


def test_without_a_display_the_app_says_so_in_one_sentence(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux knows no display")
    answer = cli("--db", str(tmp_path / "x.db"), env=env)
    assert answer.returncode == 2
    assert answer.stderr.strip().splitlines() == [
        "Hier is geen beeldscherm (DISPLAY en WAYLAND_DISPLAY zijn niet gezet), dus het venster "
        "van BuurtDesk kan niet open: start het op een bureaublad, of in een virtueel beeldscherm "
        "met xvfb-run buurtdesk."
    ]
    assert not (tmp_path / "x.db").exists()


def test_the_other_choices_take_dutch_names_too() -> None:
    parser = build_parser()
    assert parser.parse_args(["demo", "--scale", "gemeente"]).scale == "municipality"
    assert parser.parse_args(["demo", "--scale", "small"]).scale == "small"
    assert parser.parse_args(["pdf", "actielijst", "--group", "stand", "-o", "x.pdf"]).group == (
        "status"
    )
    assert parser.parse_args(["sheet", "besluiten", "--council", "1", "-o", "x.csv"]).what == (
        "decisions"
    )
