"""A council of one's own: the first start on an empty database offers to add one; its details
(name, kind, municipality, usual place, language of the documents, logo) can be changed with
undo; a logo is checked, kept as image data in the database and printed on the PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from undo_stacks import undo_stack

from buurtdesk.app import build_window
from buurtdesk.domain.enums import CouncilKind, Language
from buurtdesk.domain.errors import InvalidInput
from buurtdesk.services import Services
from buurtdesk.ui.common.section import Context
from buurtdesk.ui.council_details import CouncilDetailsDialog
from buurtdesk.ui.council_logo import LogoRefused, read_logo
from buurtdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _image(path: Path, width: int, height: int) -> str:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1f6f43"))
    assert image.save(str(path))
    return str(path)


def _window(qtbot: QtBot, services: Services, *, read_only: bool = False) -> MainWindow:
    window = build_window(services, read_only=read_only)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_database_offers_to_add_the_first_council(
    qtbot: QtBot, dutch: QApplication, services: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, services)
    overview = window.overview
    assert overview.heading.text() == "Welkom bij BuurtDesk"
    assert overview.add_council_button.isVisible()
    assert not any(card.isVisible() for card in overview.cards), (
        "no empty cards with zeros before there is a council"
    )
    assert not window.details_action.isEnabled()
    others = [window.section_list.item(row) for row in range(1, window.section_list.count())]
    assert len(others) >= 6
    assert not any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in others), (
        "no empty editors that belong to no council"
    )
    sections = window.section_list
    qtbot.mouseClick(
        sections.viewport(),
        Qt.MouseButton.LeftButton,
        pos=sections.visualItemRect(others[1]).center(),
    )
    sections.setFocus()
    qtbot.keyClick(sections, Qt.Key.Key_Down)
    assert window.shown_section() is overview
    assert not any(action.isEnabled() for action in window.view_menu.actions()[1:])

    qtbot.mouseClick(overview.add_council_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(CouncilDetailsDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Nieuw overleg"
    qtbot.keyClicks(dialog.name, "  Dorpsraad Ell  ")
    dialog.kind.setCurrentIndex(dialog.kind.findData(CouncilKind.DORPSRAAD.value))
    qtbot.keyClicks(dialog.municipality, "Leudal")
    qtbot.keyClicks(dialog.place, "Gemeenschapshuis Ell")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.choose_file = lambda: _image(tmp_path / "groot.png", 3000, 1000)  # type: ignore[method-assign]
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.preview.pixmap() is not None and not dialog.preview.pixmap().isNull()
    qtbot.mouseClick(
        dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert not dialog.isVisible()

    (council,) = services.councils.list_councils()
    assert (
        council.name,
        council.kind,
        council.municipality,
        council.default_place,
        council.language,
    ) == (
        "Dorpsraad Ell",
        CouncilKind.DORPSRAAD,
        "Leudal",
        "Gemeenschapshuis Ell",
        Language.ENGLISH,
    )
    assert council.logo is not None  # the image itself, in the database
    kept = QImage.fromData(council.logo)
    assert kept.size().width() == 1200 and kept.size().height() == 400, "scaled to what print needs"
    assert window.council_picker.currentText() == "Dorpsraad Ell"
    assert window.council_id == council.id
    assert overview.heading.text() == "Dorpsraad Ell"
    assert overview.subheading.text() == "Dorpsraad · Leudal"
    assert all(card.isVisible() for card in overview.cards)
    assert not overview.add_council_button.isVisible()
    assert window.details_action.isEnabled()
    assert all(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in others)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 4, 2))
    assert meeting.place == "Gemeenschapshuis Ell", "a new meeting takes the usual place"


def test_a_council_needs_a_name(qtbot: QtBot, dutch: QApplication, services: Services) -> None:
    window = _window(qtbot, services)
    dialog = window.new_council()
    qtbot.keyClicks(dialog.name, "   ")
    dialog.save()
    assert dialog.isVisible()
    assert dialog.problem.isVisible() and dialog.problem.text() == "Vul de naam van het overleg in."
    assert services.councils.list_councils() == []


def test_changed_details_can_be_undone_and_redone(
    qtbot: QtBot, dutch: QApplication, services: Services
) -> None:
    first = services.councils.create_council(
        "Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG, municipality="Venlo"
    )
    other = services.councils.create_council("Dorpsraad Steyl", CouncilKind.DORPSRAAD)
    window = _window(qtbot, services)
    window.council_picker.setCurrentIndex(window.council_picker.findData(first.id))
    dialog = window.council_details()
    assert dialog is not None and dialog.windowTitle() == "Overleggegevens"
    dialog.name.setText("Wijkoverleg Venlo-Zuid")
    dialog.place.setText("Buurthuis De Wieën")
    dialog.save()
    assert not dialog.isVisible()
    stored = services.councils.get_council(first.id)
    assert (stored.name, stored.default_place, stored.municipality) == (
        "Wijkoverleg Venlo-Zuid",
        "Buurthuis De Wieën",
        "Venlo",
    )
    assert window.council_picker.currentText() == "Wijkoverleg Venlo-Zuid"
    assert window.overview.heading.text() == "Wijkoverleg Venlo-Zuid"
    stack = window.context.undo_stack
    assert stack.undoText() == "Overleggegevens wijzigen"

    window.council_picker.setCurrentIndex(window.council_picker.findData(other.id))
    stack.undo()
    stored = services.councils.get_council(first.id)
    assert (stored.name, stored.default_place) == ("Wijkoverleg Zuid", "")
    assert window.council_picker.findText("Wijkoverleg Zuid") >= 0
    assert window.council_id == first.id, "undo shows the council it changed"
    stack.redo()
    assert services.councils.get_council(first.id).name == "Wijkoverleg Venlo-Zuid"
    assert window.council_picker.currentText() == "Wijkoverleg Venlo-Zuid"


def test_saving_unchanged_details_adds_nothing_to_undo(qtbot: QtBot, services: Services) -> None:
    council = services.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG)
    stack = undo_stack()
    dialog = CouncilDetailsDialog(Context(services=services, undo_stack=stack), council)
    qtbot.addWidget(dialog)
    dialog.save()
    assert stack.count() == 0


@pytest.mark.parametrize(
    ("make", "says"),
    [
        (lambda p: (p.write_text("geen afbeelding"), str(p))[1], "Kies een PNG- of JPEG-bestand"),
        (
            lambda p: (
                p.write_bytes(Path(_image(p.with_name("heel.png"), 400, 200)).read_bytes()[:120]),
                str(p),
            )[1],
            "beschadigd",
        ),
        (lambda p: str(p.with_name("bestaat-niet.png")), "kon niet worden gelezen"),
    ],
    ids=["text file", "truncated png", "missing file"],
)
def test_a_file_that_is_no_logo_is_refused_in_dutch(
    qtbot: QtBot, dutch: QApplication, services: Services, tmp_path: Path, make, says: str
) -> None:  # type: ignore[no-untyped-def]
    council = services.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG)
    dialog = CouncilDetailsDialog(Context(services=services, undo_stack=undo_stack()), council)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: make(tmp_path / "logo.png")  # type: ignore[method-assign]
    dialog.choose_logo()
    assert says in dialog.problem.text()
    assert dialog.preview.text() == "Geen logo"
    dialog.save()
    assert services.councils.get_council(council.id).logo is None


def test_an_absurdly_large_image_is_refused_before_it_is_read(
    tmp_path: Path, dutch: QApplication
) -> None:
    # A PNG header that claims 20,000 x 20,000 pixels: refused from its size, never decoded.
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = chunk(b"IHDR", struct.pack(">IIBBBBB", 20_000, 20_000, 8, 2, 0, 0, 0))
    path = tmp_path / "bom.png"
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + header
        + chunk(b"IDAT", zlib.compress(b"\0" * 100))
        + chunk(b"IEND", b"")
    )
    with pytest.raises(LogoRefused, match="te groot"):
        read_logo(path)


def test_the_logo_lives_in_the_database_and_is_printed_on_the_agenda(
    qtbot: QtBot, dutch: QApplication, services: Services, tmp_path: Path
) -> None:
    from buurtdesk.documents.meetings.agenda import render_agenda

    council = services.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG)
    meeting = services.meetings.plan_meeting(council.id, date(2026, 4, 2))
    context = Context(services=services, undo_stack=undo_stack())
    dialog = CouncilDetailsDialog(context, council)
    qtbot.addWidget(dialog)
    dialog.choose_file = lambda: _image(tmp_path / "logo.png", 300, 100)  # type: ignore[method-assign]
    dialog.choose_logo()
    dialog.save()
    assert services.councils.get_council(council.id).logo is not None
    (tmp_path / "logo.png").unlink()  # the original may go: the database holds the image
    assert not (tmp_path / "logos").exists(), "no file beside the database: nothing to lose"

    def images(pdf_path: Path) -> int:
        with pikepdf.open(pdf_path) as pdf:
            return sum(
                1
                for v in pdf.pages[0].Resources.get("/XObject", {}).values()
                if v.Subtype == "/Image"
            )

    assert images(render_agenda(services, meeting.id, tmp_path / "met-logo.pdf")) == 1
    again = CouncilDetailsDialog(context, services.councils.get_council(council.id))
    qtbot.addWidget(again)
    assert again.remove_button.isEnabled()
    assert not again.preview.pixmap().isNull(), "the preview shows the stored image"
    again.remove_logo()
    again.save()
    assert services.councils.get_council(council.id).logo is None
    assert images(render_agenda(services, meeting.id, tmp_path / "zonder-logo.pdf")) == 0
    context.undo_stack.undo()  # the logo comes back with undo
    assert services.councils.get_council(council.id).logo is not None


def test_a_read_only_window_offers_no_council_changes(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services, read_only=True)
    assert not window.new_council_action.isEnabled()
    assert not window.details_action.isEnabled()
    assert not window.overview.add_council_button.isVisible()


def test_the_service_checks_council_details(services: Services) -> None:
    council = services.councils.create_council("Wijkoverleg Zuid", CouncilKind.WIJKOVERLEG)
    changed = services.councils.update_council(
        council.id, kind="dorpsraad", municipality="  Venlo ", logo=None
    )
    assert (changed.kind, changed.municipality, changed.logo) == (
        CouncilKind.DORPSRAAD,
        "Venlo",
        None,
    )
    with pytest.raises(InvalidInput, match="gemeente is te lang"):
        services.councils.update_council(council.id, municipality="x" * 201)
    with pytest.raises(InvalidInput, match="vergaderplek is te lang"):
        services.councils.create_council(
            "Dorpsraad Ell", CouncilKind.DORPSRAAD, default_place="x" * 301
        )
    with pytest.raises(InvalidInput):
        services.councils.update_council(council.id, name="  ")
    assert services.councils.get_council(council.id).municipality == "Venlo"
