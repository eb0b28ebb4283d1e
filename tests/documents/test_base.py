"""The shared base: fonts with fallback, the word catalogue, the page frame, PDF/A output."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdf_checks import assert_fonts_embedded, assert_pdfa_markers, flat_text, qpdf_check

from buurtdesk.documents import fonts
from buurtdesk.documents.base import (
    CONTENT_WIDTH,
    DocumentSetup,
    build_document,
    data_table,
    document_styles,
    heading,
    paragraphs,
    text,
)
from buurtdesk.documents.words import LABELS, words_for
from buurtdesk.domain.enums import ActionStatus, AttendanceStatus, CouncilKind, MeetingKind
from buurtdesk.messages import N_, NC_


def test_both_catalogues_have_every_label() -> None:
    nl, en = words_for("nl"), words_for("en")
    assert set(nl.labels) == set(en.labels) == set(LABELS)
    assert all(nl[key] and en[key] for key in LABELS)
    for enum in (ActionStatus, AttendanceStatus):
        for value in enum:
            assert nl.action_status(value) if enum is ActionStatus else nl.attendance(value)
            assert en.action_status(value) if enum is ActionStatus else en.attendance(value)
    for kind in MeetingKind:
        assert nl.meeting_kind(kind) != en.meeting_kind(kind)
    for council in CouncilKind:
        assert nl.council_kind(council) and en.council_kind(council)
    assert nl.fmt("page_of", page=2, pages=7) == "Pagina 2 van 7"
    assert en.fmt("page_of", page=2, pages=7) == "Page 2 of 7"
    assert words_for("de").language == "nl"


def test_extra_labels_come_from_the_message_catalogue() -> None:
    extra = {"ta_spent": NC_("project money", "Spent"), "fs_spent": N_("Spent")}
    dutch, english = words_for("nl", extra=extra), words_for("en", extra=extra)
    # one English word, two Dutch words told apart by the context
    assert (dutch["ta_spent"], dutch["fs_spent"]) == ("Besteed", "Uitgegeven")
    assert (english["ta_spent"], english["fs_spent"]) == ("Spent", "Spent")
    assert dutch["page_of"] == "Pagina {page} van {pages}"  # the shared labels stay
    with pytest.raises(KeyError):
        dutch["no such label"]
    assert (dutch.decimal(7.25, 1), english.decimal(7.25, 1)) == ("7,2", "7.2")
    assert (dutch.bcp47, english.bcp47) == ("nl-NL", "en-GB")


def test_markup_escapes_and_falls_back_per_character() -> None:
    assert fonts.markup("a < b & c > d") == "a &lt; b &amp; c &gt; d"
    assert fonts.markup("regel één\nregel twee") == "regel één<br/>regel twee"
    emoji = fonts.markup("feest 🎉!")
    assert f'<font face="{fonts.EMOJI}">🎉</font>' in emoji
    arrow = fonts.markup("→")
    assert arrow == f'<font face="{fonts.SYMBOLS}">→</font>'
    # Joiners, variation selectors and skin tones disappear; the emoji stays.
    assert "\u200d" not in fonts.markup("👍\ufe0f🏽") and "🏽" not in fonts.markup("👍🏽")
    assert "<script>" not in fonts.markup("<script>")


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=200))
def test_any_text_makes_a_paragraph(value: str) -> None:
    paragraph = text(value, document_styles().body)
    width, height = paragraph.wrap(CONTENT_WIDTH, 10_000)
    assert width <= CONTENT_WIDTH and height >= 0


def test_base_document_is_pdf_a_with_header_footer_and_status(tmp_path: Path) -> None:
    words = words_for("nl")
    styles = document_styles()
    setup = DocumentSetup(
        title="Proefdocument 🎉",
        subject="Een proef",
        council_name="Dorpsraad Ëlsloo ☀",
        words=words,
        status="Concept",
        logo=b"\x89PNG\r\n\x1a\nnot really",  # a damaged logo never stops a document
    )
    story = [
        text("Proef — café Één 😀 → € 1.250,00", styles.title),
        *heading("Kop", styles),
        *paragraphs("eerste alinea\nmet een regel\n\ntweede alinea", styles.body),
        data_table(
            [["Wat", "Bedrag"], ["Bankjes", "€ 2.400,00"]],
            col_widths=[CONTENT_WIDTH * 0.7, CONTENT_WIDTH * 0.3],
            align_right=(1,),
        ),
    ]
    out = build_document(tmp_path / "sub" / "proef.pdf", setup, story)
    content = flat_text(out)
    for wanted in (
        "Dorpsraad Ëlsloo",
        "Proef — café Één",
        "😀",
        "€ 1.250,00",
        "tweede alinea",
        "Concept",
        "Pagina 1 van 1",
    ):
        assert wanted in content
    fonts_used = assert_fonts_embedded(out)
    assert any("Symbola" in f for f in fonts_used)
    assert_pdfa_markers(out, language="nl-NL")
    qpdf_check(out)


def test_logo_is_drawn_when_set(tmp_path: Path) -> None:
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGBA", (120, 60), (20, 120, 60, 255)).save(logo)
    setup = DocumentSetup(
        title="Met logo",
        subject="",
        council_name="Wijkoverleg Zuid",
        words=words_for("nl"),
        logo=logo.read_bytes(),
    )
    out = build_document(tmp_path / "logo.pdf", setup, [text("inhoud", document_styles().body)])
    import pikepdf

    with pikepdf.open(out) as pdf:
        images = [
            k
            for k, v in pdf.pages[0].Resources.get("/XObject", {}).items()
            if v.Subtype == "/Image"
        ]
    assert images
    qpdf_check(out)


def test_a_failed_write_leaves_the_earlier_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "verslag.pdf"
    target.write_bytes(b"%PDF-earlier")
    setup = DocumentSetup(title="t", subject="s", council_name="c", words=words_for("nl"))

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError("disk full")

    import pikepdf

    monkeypatch.setattr(pikepdf.Pdf, "save", broken)
    from buurtdesk.domain.errors import StoreError

    with pytest.raises(StoreError):  # one sentence (store.output), never a traceback
        build_document(target, setup, [text("x", document_styles().body)])
    assert target.read_bytes() == b"%PDF-earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.pdf"]
