"""The message catalogue: every marked text and every word of argparse has its Dutch
translation, the compiled .mo file is the .po file's, and the language is chosen at run time."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from buurtdesk import messages
from buurtdesk.cli import common

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def back_to_dutch() -> Iterator[None]:
    yield
    messages.set_language("nl")


@pytest.fixture(scope="module")
def upkeep() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "messages_upkeep", ROOT / "scripts" / "messages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _ids(catalog: object) -> set[str]:
    return {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}  # type: ignore[attr-defined]


def test_every_marked_text_and_every_argparse_word_is_in_the_catalogue(upkeep: ModuleType) -> None:
    missing = _ids(upkeep.template()) - _ids(upkeep.read("nl"))
    assert not missing, f"run scripts/messages.py update and translate: {sorted(missing)}"


def test_every_text_has_a_dutch_translation(upkeep: ModuleType) -> None:
    assert upkeep.untranslated("nl") == []


def test_the_compiled_catalogue_is_up_to_date(upkeep: ModuleType) -> None:
    assert upkeep.mo_path("nl").read_bytes() == upkeep.compiled("nl"), (
        "run scripts/messages.py compile"
    )


def test_the_language_is_chosen_at_the_point_of_display() -> None:
    assert messages.translate("usage: ", "nl") == "gebruik: "
    assert messages.translate("usage: ", "en") == "usage: "
    assert messages.translate("Held", "en_GB") == "Held"
    assert messages.translate("Held", "fr") == "Gehouden", "an unknown language gets Dutch"


def test_the_command_line_follows_lang_then_the_environment_then_dutch(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("BUURTDESK_LANG", raising=False)
    common.set_language_from_argv(["list", "meetings"])
    assert messages.gettext("Held") == "Gehouden"
    common.set_language_from_argv(["--lang", "en", "list"])
    assert messages.gettext("Held") == "Held"
    monkeypatch.setenv("BUURTDESK_LANG", "en")
    common.set_language_from_argv([])
    assert messages.language() == "en"
    common.set_language_from_argv(["--lang=nl"])
    assert messages.language() == "nl"


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Qt keeps it in an ini file on Linux"
)
def test_the_app_s_language_setting_counts_for_the_command_line(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("BUURTDESK_LANG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "BuurtDesk").mkdir()
    (tmp_path / "BuurtDesk" / "BuurtDesk.conf").write_text("[General]\nlanguage=en\n")
    common.set_language_from_argv(["list"])
    assert messages.language() == "en"
    common.set_language_from_argv(["--lang", "nl"])
    assert messages.language() == "nl"


def test_an_error_said_through_the_catalogue_speaks_the_language_of_its_display() -> None:
    from buurtdesk.domain.errors import InvalidInput

    error = InvalidInput.said("The database {path} does not exist.", path="/x.db")
    assert error.message("nl") == "De database /x.db bestaat niet."
    assert error.message("en") == "The database /x.db does not exist."
    assert (error.key, error.values) == ("The database {path} does not exist.", {"path": "/x.db"})
    assert str(error) == error.dutch == "De database /x.db bestaat niet."
