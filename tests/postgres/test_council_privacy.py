"""Each council its own data on a shared server, enforced by PostgreSQL itself.

Three server users: the secretary of Steyl, the secretary of Klingerberg and a municipal
user. The administrator (the owner of the tables) gives them their councils with
`buurtdesk server grant`. Then the Steyl secretary sees nothing of Klingerberg: not through
the app's services, not through the command line, not through plain SQL with their own
credentials. A person of Klingerberg who took part in a Steyl meeting is seen by both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from buurtdesk.cli import main as cli_main
from buurtdesk.domain.enums import AttendanceStatus, CouncilKind
from buurtdesk.domain.errors import BuurtDeskError, NotFound
from buurtdesk.services import Services
from buurtdesk.store.opening import open_url
from buurtdesk.store.row_security import rules

pytestmark = pytest.mark.postgres

USERS = ("steyl_secretaris", "klingerberg_secretaris", "gemeente_venlo")


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def as_user(url: str, user: str) -> str:
    """The same server and database, logged in as `user` (the test server trusts loopback)."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://{user}@{rest.split('@', 1)[1]}"


@dataclass
class Municipality:
    admin_url: str
    steyl: int
    klingerberg: int
    steyl_meeting: int
    klingerberg_meeting: int
    traveller: int  # a Klingerberg member who attended a Steyl meeting


@pytest.fixture
def municipality(postgres_url: str) -> Iterator[Municipality]:
    import psycopg

    with psycopg.connect(_plain(postgres_url), autocommit=True) as conn:
        for user in USERS:
            conn.execute(f"DROP ROLE IF EXISTS {user}")
            conn.execute(f"CREATE ROLE {user} LOGIN")
    database = open_url(postgres_url)
    services = Services.build(database, lambda: date(2026, 3, 10))
    c = services.councils
    steyl = c.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD, municipality="Venlo")
    kling = c.create_council(
        "Wijkoverleg Klingerberg", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    )
    anna = c.add_person(
        "Anna Steylaert", email="anna@steyl.nl", phone="06-11111111", council_id=steyl.id
    )
    c.add_member(steyl.id, anna.id)
    kees = c.add_person(
        "Kees Klinger", email="kees@kling.nl", phone="06-22222222", council_id=kling.id
    )
    c.add_member(kling.id, kees.id)
    traveller = c.add_person("Toon Reiziger", phone="06-33333333", council_id=kling.id)
    c.add_member(kling.id, traveller.id)
    hidden = c.add_person("Geheim Klingerberg", email="geheim@kling.nl", council_id=kling.id)
    steyl_meeting = services.meetings.plan_meeting(steyl.id, date(2026, 4, 1), topics=("Kermis",))
    kling_meeting = services.meetings.plan_meeting(
        kling.id, date(2026, 4, 2), topics=("Speeltuin",)
    )
    services.meetings.set_attendance(steyl_meeting.id, traveller.id, AttendanceStatus.PRESENT)
    k_item = next(
        i for i in services.meetings.get_meeting(kling_meeting.id).items if i.title == "Speeltuin"
    )
    services.meetings.set_notes(k_item.id, "Klingerberg speeltuin schommels geheim")
    services.decisions.record_decision(
        kling.id, "Klingerberg koopt schommels", meeting_id=kling_meeting.id
    )
    services.decisions.record_decision(steyl.id, "Steyl viert kermis", meeting_id=steyl_meeting.id)
    services.actions.add_action(
        kling.id, "Klingerberg schommels bestellen", owner_person_id=hidden.id
    )
    services.actions.add_action(steyl.id, "Steyl kraampjes huren", owner_person_id=anna.id)
    database.dispose()
    assert (
        cli_main(
            [
                "server",
                "grant",
                "--database-url",
                postgres_url,
                "--user",
                USERS[0],
                "--council",
                str(steyl.id),
            ]
        )
        == 0
    )
    assert (
        cli_main(
            [
                "server",
                "grant",
                "--database-url",
                postgres_url,
                "--user",
                USERS[1],
                "--council",
                str(kling.id),
            ]
        )
        == 0
    )
    assert (
        cli_main(
            [
                "server",
                "grant",
                "--database-url",
                postgres_url,
                "--user",
                USERS[2],
                "--all-councils",
            ]
        )
        == 0
    )
    yield Municipality(
        postgres_url, steyl.id, kling.id, steyl_meeting.id, kling_meeting.id, traveller.id
    )


def test_the_steyl_secretary_sees_nothing_of_klingerberg_through_the_services(
    municipality: Municipality,
) -> None:
    database = open_url(as_user(municipality.admin_url, "steyl_secretaris"))
    try:
        services = Services.build(database, lambda: date(2026, 3, 10))
        assert [c.name for c in services.councils.list_councils()] == ["Dorpsraad Steyl"]
        with pytest.raises(NotFound):
            services.councils.get_council(municipality.klingerberg)
        with pytest.raises(NotFound):
            services.meetings.get_meeting(municipality.klingerberg_meeting)
        assert services.meetings.list_meetings(municipality.klingerberg) == []
        assert services.decisions.list_decisions(municipality.klingerberg) == []
        assert [str(d.text) for d in services.decisions.list_decisions(municipality.steyl)] == [
            "Steyl viert kermis"
        ]
        assert services.search.search("Klingerberg") == []
        assert services.search.search("schommels") == []
        names = sorted(p.name for p in services.councils.people_of_council(municipality.steyl))
        assert names == ["Anna Steylaert"]
        assert services.councils.count_people() == 2  # Anna, and Toon who attended in Steyl
        toon = services.councils.get_person(municipality.traveller)
        assert toon.name == "Toon Reiziger"
        with pytest.raises(BuurtDeskError) as refused:  # writing into Klingerberg
            services.meetings.plan_meeting(municipality.klingerberg, date(2026, 5, 1))
        assert refused.value.message("nl").endswith(".") and "\n" not in refused.value.message("nl")
    finally:
        database.dispose()


def test_the_municipal_user_sees_every_council_and_klingerberg_only_its_own(
    municipality: Municipality,
) -> None:
    for user, expected in (
        ("gemeente_venlo", ["Dorpsraad Steyl", "Wijkoverleg Klingerberg"]),
        ("klingerberg_secretaris", ["Wijkoverleg Klingerberg"]),
    ):
        database = open_url(as_user(municipality.admin_url, user))
        try:
            services = Services.build(database)
            assert sorted(c.name for c in services.councils.list_councils()) == expected
        finally:
            database.dispose()


def test_the_steyl_secretary_sees_nothing_of_klingerberg_on_the_command_line(
    municipality: Municipality, capsys: pytest.CaptureFixture[str]
) -> None:
    url = as_user(municipality.admin_url, "steyl_secretaris")
    assert cli_main(["list", "councils", "--database-url", url, "--json"]) == 0
    councils = json.loads(capsys.readouterr().out)
    assert [c["name"] for c in councils] == ["Dorpsraad Steyl"]
    for what in ("meetings", "decisions", "actions"):
        assert cli_main(["list", what, "--database-url", url, "--json"]) == 0
        assert "Klingerberg" not in capsys.readouterr().out
    code = cli_main(
        ["list", "meetings", "--database-url", url, "--council", str(municipality.klingerberg)]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert cli_main(["server", "users", "--database-url", municipality.admin_url, "--json"]) == 0
    users = {u["user"]: u for u in json.loads(capsys.readouterr().out)}
    assert users["steyl_secretaris"]["councils"] == [
        {"id": municipality.steyl, "name": "Dorpsraad Steyl"}
    ]
    assert users["gemeente_venlo"]["all_councils"] is True


def test_the_steyl_secretary_sees_nothing_of_klingerberg_with_plain_sql(
    municipality: Municipality,
) -> None:
    """Every table with council data, read with the users' own credentials: Steyl and
    Klingerberg see disjoint rows (only a shared person twice), the municipality all."""
    import psycopg

    def rows(user: str | None) -> dict[str, set[int]]:
        url = municipality.admin_url if user is None else as_user(municipality.admin_url, user)
        with psycopg.connect(_plain(url)) as conn:
            seen = {}
            for table in tables:
                key = "role_name" if table == "council_access" else "id"
                if table == "decision_counters":
                    key = "council_id"
                seen[table] = set(conn.execute(f'SELECT {key} FROM "{table}"').fetchall())
            return seen

    database = open_url(municipality.admin_url)
    try:
        with database.engine.connect() as conn:
            tables = sorted(rules(conn))
    finally:
        database.dispose()
    admin = rows(None)
    steyl, kling, town = (
        rows("steyl_secretaris"),
        rows("klingerberg_secretaris"),
        rows("gemeente_venlo"),
    )
    for table in tables:
        if table == "council_access":
            continue
        assert town[table] == admin[table], table
        assert steyl[table] | kling[table] == admin[table], table
        if table != "people":
            assert not steyl[table] & kling[table], table
    assert steyl["people"] & kling["people"] == {(municipality.traveller,)}
    with psycopg.connect(_plain(as_user(municipality.admin_url, "steyl_secretaris"))) as conn:
        text = json.dumps(
            [conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables], default=str
        )
        assert (
            "Klingerberg" not in text and "kees@kling.nl" not in text and "06-22222222" not in text
        )
        changed = conn.execute(
            "UPDATE councils SET name = 'Overgenomen' WHERE id = %s", (municipality.klingerberg,)
        ).rowcount
        assert changed == 0
