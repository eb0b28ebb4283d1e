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
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import pikepdf

from buurtdesk.paths import resources_folder
from buurtdesk.store.output import write_output

SRGB_PROFILE = "sRGB.icc"
CREATOR = "BuurtDesk"
PRODUCER = "BuurtDesk (ReportLab, pikepdf)"


@dataclass(frozen=True)
class ArchiveMetadata:
    title: str
    author: str
    subject: str
    language: str  # BCP 47, e.g. "nl-NL"
    keywords: tuple[str, ...] = ()


def _xml(value: str) -> str:
    """Text for the XMP packet: escaped, without the control characters XML forbids."""
    return escape("".join(c for c in value if c in "\t\n" or ord(c) >= 0x20))


def xmp_packet(meta: ArchiveMetadata, moment: datetime) -> bytes:
    """The XMP metadata, in step with the document information dictionary."""
    when = moment.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    keywords = _xml(", ".join(meta.keywords))
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{_xml(meta.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{_xml(meta.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{_xml(meta.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Producer>{PRODUCER}</pdf:Producer>
   <pdf:Keywords>{keywords}</pdf:Keywords>
   <xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>""".encode()


@cache
def srgb_profile() -> bytes:
    return (resources_folder() / "color" / SRGB_PROFILE).read_bytes()


def write_pdfa(pdf_bytes: bytes, out_path: Path, meta: ArchiveMetadata) -> Path:
    """Write reportlab's output to `out_path` as PDF/A-2b. Returns the path written."""
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
        _identify(pdf, meta)
        # reportlab's streams are compressed already: copy them as they are (fast);
        # the few streams added here stay uncompressed, as PDF/A wants for the XMP.
        # The one output writer: never over the database, mode 0600, complete or not at all.
        return write_output(
            out_path,
            lambda temp: pdf.save(
                temp,
                compress_streams=False,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                object_stream_mode=pikepdf.ObjectStreamMode.preserve,
                linearize=False,
            ),
        )


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
    now = datetime.now(UTC).replace(microsecond=0)
    info[pikepdf.Name.CreationDate] = now.strftime("D:%Y%m%d%H%M%S+00'00'")
    info[pikepdf.Name.ModDate] = now.strftime("D:%Y%m%d%H%M%S+00'00'")
    info[pikepdf.Name.Creator] = CREATOR
    info[pikepdf.Name.Producer] = PRODUCER
    metadata = pdf.make_stream(xmp_packet(meta, now))
    metadata[pikepdf.Name.Type] = pikepdf.Name.Metadata
    metadata[pikepdf.Name.Subtype] = pikepdf.Name.XML
    pdf.Root.Metadata = metadata
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
