"""The README is for users and short; the rest is in docs/, and every link stays inside the clone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_the_readme_is_short_and_says_what_a_newcomer_needs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert len(readme.encode()) < 8 * 1024
    for needed in (
        "./dev start",
        "./dev test",
        "py dev.py start",
        "~/.config/BuurtDesk/BuurtDesk.conf",
        "--lang en",
        "--database-url",
        "F5",
        "F8",
        "Ctrl+B",
        "docs/screenshots/overview.png",
        "xvfb-run ./dev start",
        "./dev run",
    ):
        assert needed in readme, needed
    assert "../" not in readme, "a clone has nothing outside the repository"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_link_stays_inside_the_clone_and_exists(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    assert "shared/design" not in text
    for target in LINK.findall(text):
        if target.startswith(("http://", "https://", "#", "mailto:")):
            continue
        path = (page.parent / target.split("#")[0]).resolve()
        assert path.is_relative_to(ROOT), f"{page.name}: {target} points outside the clone"
        assert path.exists(), f"{page.name}: {target} does not exist"


def test_the_design_is_in_the_repository() -> None:
    for name in ("architecture", "domain", "conventions", "development", "command-line"):
        assert (ROOT / "docs" / f"{name}.md").is_file(), name
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for room in ("ui/meeting_mode/", "services/cycle/", "ui/common/", "demo/"):
        assert room in architecture, room


def test_the_architecture_names_every_room() -> None:
    architecture = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    package = ROOT / "buurtdesk"
    for folder in sorted(package.glob("*/*/")):
        if folder.name.startswith("__") or not (folder / "__init__.py").exists():
            continue
        room = f"{folder.relative_to(package).as_posix()}/"
        if room.startswith("store/"):
            continue  # the store's models and migrations are named as one line
        assert room in architecture, f"docs/architecture.md does not describe {room}"
