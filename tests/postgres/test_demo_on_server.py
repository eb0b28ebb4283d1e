"""`buurtdesk demo --database-url`: built on the server only, no local file touched, a server
with councils refused unless --force, which replaces only the demo's own councils."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from buurtdesk.cli import main as cli_main
from buurtdesk.demo import builder
from buurtdesk.demo.server import demo_council_names
from buurtdesk.domain.enums import CouncilKind
from buurtdesk.paths import data_folder
from buurtdesk.services import Services
from buurtdesk.store.opening import open_url

pytestmark = pytest.mark.postgres


def _names(url: str) -> list[str]:
    database = open_url(url)
    try:
        return sorted(c.name for c in Services.build(database).councils.list_councils())
    finally:
        database.dispose()


def _local_files() -> list[Path]:
    folder = data_folder()
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_the_demo_goes_to_the_server_once_and_force_replaces_only_its_own(
    postgres_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _local_files()
    demo = sorted(demo_council_names("small"))
    assert cli_main(["demo", "--database-url", postgres_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Demo op postgresql+psycopg://") and str(data_folder()) not in out
    assert _names(postgres_url) == demo
    assert _local_files() == before

    assert cli_main(["demo", "--database-url", postgres_url]) == 2
    err = capsys.readouterr().err
    assert err == (
        f"De server heeft al {len(demo)} overleg(gen); gebruik --force om alleen de overleggen "
        "van de demo te vervangen.\n"
    )
    assert _names(postgres_url) == demo

    database = open_url(postgres_url)
    real = Services.build(database).councils.create_council("Dorpsraad Echt", CouncilKind.DORPSRAAD)
    database.dispose()
    assert cli_main(["demo", "--database-url", postgres_url, "--force"]) == 0
    assert _names(postgres_url) == sorted([*demo, "Dorpsraad Echt"])  # replaced, not doubled
    database = open_url(postgres_url)
    try:
        services = Services.build(database)
        assert services.councils.get_council(real.id).name == "Dorpsraad Echt"
        # new rows after the demo get fresh keys on the server
        assert services.councils.create_council("Wijkoverleg Nieuw", CouncilKind.WIJKOVERLEG).id
    finally:
        database.dispose()
    assert _local_files() == before


def test_a_failed_rebuild_says_what_it_left_behind_not_that_nothing_changed(
    postgres_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli_main(["demo", "--database-url", postgres_url]) == 0
    capsys.readouterr()

    def build_until_the_server_goes(services: Services, **_options: object) -> None:
        # the first council of the new demo is written, then the connection breaks
        services.councils.create_council("Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG)
        raise OperationalError(
            "INSERT INTO councils", {}, Exception("server closed the connection unexpectedly")
        )

    monkeypatch.setattr(builder, "build_demo", build_until_the_server_goes)
    assert cli_main(["demo", "--database-url", postgres_url, "--force"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "Het bouwen van de demo op de server is mislukt (server closed the connection "
        "unexpectedly). De oude overleggen van de demo waren al verwijderd en een deel van de "
        "nieuwe demo kan er al staan: geef de opdracht opnieuw met --force om die te vervangen.\n"
    )
    assert _names(postgres_url) == ["Wijkoverleg Klingerberg"]  # what the message says

    monkeypatch.undo()
    assert cli_main(["demo", "--database-url", postgres_url, "--force"]) == 0
    assert _names(postgres_url) == sorted(demo_council_names("small"))
