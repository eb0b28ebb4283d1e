"""The command line settles a conflict per field: UUID:field=hier|pakket beside UUID=..."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from buurtdesk.cli import main
from buurtdesk.domain.enums import CouncilKind
from buurtdesk.services import Services
from buurtdesk.store.opening import open_sqlite


def _edit(path: Path, **changes: object) -> str:
    database = open_sqlite(path)
    services = Services.build(database)
    council = services.councils.list_councils()[0]
    meeting = services.meetings.list_meetings(council.id)[0]
    services.meetings.update_meeting(meeting.id, **changes)
    database.dispose()
    return meeting.uuid


def test_a_conflict_settled_per_field_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    database = open_sqlite(a)
    services = Services.build(database)
    council = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    services.meetings.plan_meeting(council.id, date(2026, 12, 24), place="Het Kloosterdorp")
    database.dispose()
    main(["export", "--db", str(a), "--council", "1", "-o", str(tmp_path / "start.buurtdesk")])
    main(["import", "--db", str(b), str(tmp_path / "start.buurtdesk")])
    meeting_uuid = _edit(a, place="Buurthuis De Maaspoort")
    _edit(b, place="Gymzaal", title="Dorpsavond")
    main(["export", "--db", str(b), "--council", "1", "-o", str(tmp_path / "b.buurtdesk")])
    capsys.readouterr()
    assert main(["import", "--db", str(a), str(tmp_path / "b.buurtdesk"), "--dry-run"]) == 0
    said = capsys.readouterr().out
    assert "de vergadering van 24 december 2026" in said
    assert "plaats: hier 'Buurthuis De Maaspoort', pakket 'Gymzaal'" in said
    assert f"({meeting_uuid}:place)" in said
    choices = ["--choose", f"{meeting_uuid}=pakket", "--choose", f"{meeting_uuid}:place=hier"]
    assert main(["import", "--db", str(a), str(tmp_path / "b.buurtdesk"), *choices]) == 0
    database = open_sqlite(a)
    services = Services.build(database)
    meeting = services.meetings.list_meetings(services.councils.list_councils()[0].id)[0]
    database.dispose()
    assert (meeting.place, meeting.title) == ("Buurthuis De Maaspoort", "Dorpsavond")
