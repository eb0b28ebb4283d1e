"""PDF/A-2b identification: XMP metadata in step with the document info, and an sRGB OutputIntent.

reportlab writes the PDF; this module turns its bytes into the file on disk with pikepdf, so
that an archive recognises it as PDF/A-2b: pdfaid:part 2 and conformance B in the XMP packet,
title, author, subject and language in both the XMP and the document information, the
catalogue's /Lang, and the sRGB ICC profile shipped in resources/color as output intent.
The file is written next to its destination and moved into place, so a half-written PDF never
replaces a good one.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pikepdf

from buurtdesk.paths import resources_folder

SRGB_PROFILE = "sRGB.icc"


@dataclass(frozen=True)
class ArchiveMetadata:
    title: str
    author: str
    subject: str
    language: str  # BCP 47, e.g. "nl-NL"
    keywords: tuple[str, ...] = ()


def srgb_profile() -> bytes:
    return (resources_folder() / "color" / SRGB_PROFILE).read_bytes()


def write_pdfa(pdf_bytes: bytes, out_path: Path, meta: ArchiveMetadata) -> Path:
    """Write reportlab's output to `out_path` as PDF/A-2b. Returns the path written."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _identify(pdf, meta)
        handle, temp_name = tempfile.mkstemp(prefix=".buurtdesk-", suffix=".pdf", dir=out_path.parent)
        os.close(handle)
        try:
            pdf.save(
                temp_name,
                fix_metadata_version=True,
                object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                linearize=False,
            )
            os.replace(temp_name, out_path)
        except BaseException:
            Path(temp_name).unlink(missing_ok=True)
            raise
    return out_path


def _identify(pdf: pikepdf.Pdf, meta: ArchiveMetadata) -> None:
    info = pdf.docinfo
    if pikepdf.Name.Trapped in info:
        del info[pikepdf.Name.Trapped]  # no XMP equivalent in PDF/A's schema set
    info[pikepdf.Name.Title] = meta.title
    info[pikepdf.Name.Author] = meta.author
    info[pikepdf.Name.Subject] = meta.subject
    info[pikepdf.Name.Keywords] = ", ".join(meta.keywords)
    pdf.Root.Lang = pikepdf.String(meta.language)
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    if pikepdf.Name.MarkInfo not in pdf.Root:
        pdf.Root.MarkInfo = pikepdf.Dictionary(Marked=False)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as xmp:
        xmp.load_from_docinfo(pdf.docinfo)
        xmp["pdfaid:part"] = "2"
        xmp["pdfaid:conformance"] = "B"
        xmp["dc:language"] = [meta.language]
    profile = pdf.make_stream(srgb_profile())
    profile[pikepdf.Name.N] = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        RegistryName=pikepdf.String("http://www.color.org"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        DestOutputProfile=profile,
    )
    pdf.Root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
    _fix_unicode_maps(pdf)


_LONG_CODE = re.compile(rb"<([0-9A-Fa-f]{2,4})> <([0-9A-Fa-f]{5,6})>")


def _utf16(match: re.Match[bytes]) -> bytes:
    code = int(match.group(2), 16)
    high = 0xD800 + ((code - 0x10000) >> 10)
    low = 0xDC00 + ((code - 0x10000) & 0x3FF)
    return b"<" + match.group(1) + b"> <" + f"{high:04X}{low:04X}".encode() + b">"


def _fix_unicode_maps(pdf: pikepdf.Pdf) -> None:
    """reportlab writes emoji (beyond U+FFFF) in ToUnicode maps as five hex digits, which
    readers cut short; write them as UTF-16 surrogate pairs so copied text stays the emoji."""
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        resources = page.obj.get(pikepdf.Name.Resources)
        font_dict = resources.get(pikepdf.Name.Font) if resources is not None else None
        if font_dict is None:
            continue
        for _, font in font_dict.items():
            cmap = font.get(pikepdf.Name.ToUnicode)
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            data = cmap.read_bytes()
            fixed = _LONG_CODE.sub(_utf16, data)
            if fixed != data:
                cmap.write(fixed)
