"""The bundled body face draws a plain zero (no slash: "2018", not "2Ø18"), in every face, and
the documents embed it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdf_checks import assert_fonts_embedded
from PIL import Image, ImageDraw, ImageFont
from sample_meeting import SampleMeeting

from buurtdesk.documents.fonts import fonts_folder
from buurtdesk.documents.meetings.minutes import render_minutes
from buurtdesk.services import Services


def _ink_in_the_middle(font_file: Path, char: str) -> bool:
    font = ImageFont.truetype(str(font_file), 200)
    left, top, right, bottom = font.getbbox(char)
    image = Image.new("L", (right + 20, bottom + 20), 255)
    ImageDraw.Draw(image).text((10, 10), char, font=font, fill=0)
    middle_x, middle_y = 10 + (left + right) // 2, 10 + (top + bottom) // 2
    return any(
        image.getpixel((middle_x + dx, middle_y + dy)) < 128
        for dx in range(-6, 7, 3)
        for dy in range(-6, 7, 3)
    )


@pytest.mark.parametrize("face", ["Regular", "Bold", "Italic", "BoldItalic"])
def test_the_zero_has_no_slash(face: str) -> None:
    font_file = fonts_folder() / f"AtkinsonHyperlegible-{face}.ttf"
    assert not _ink_in_the_middle(font_file, "0"), "the zero is plain, nothing crosses it"
    assert _ink_in_the_middle(font_file, "8"), "the check sees ink where there is some"
    narrow = ImageFont.truetype(str(font_file), 100)
    assert narrow.getlength("0") < narrow.getlength("O"), "the zero stays narrower than O"


def test_the_minutes_embed_the_face_with_the_plain_zero(
    services: Services, sample: SampleMeeting, tmp_path: Path
) -> None:
    out = render_minutes(services, sample.meeting_id, tmp_path / "notulen.pdf")
    assert any("AtkinsonHyperlegibleBuurtDesk" in name for name in assert_fonts_embedded(out))
