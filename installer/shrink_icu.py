"""A smaller ICU data library for the Linux build: only what Qt's text handling uses for BuurtDesk.

PySide6's Qt links ICU; its data library (libicudata.so.NN, ~31 MB) holds every locale, every
converter table and the dictionaries for Thai/CJK word breaking. Qt 6 Core calls only four
parts of ICU (checked with `readelf --dyn-syms libQt6Core.so.6`): case mapping
(u_strToUpper/u_strToLower), collation (ucol_*), time-zone names (ucal_*) and converters
(ucnv_*). It never calls the break iterators (ubrk_*), transliteration (utrans_*), number or
date formatting. So this keeps:
  - every core file (character properties, normalization, names, emoji, StringPrep, the
    collation base table ucadata.icu, converter aliases, likelySubtags, supplementalData,
    time-zone rules and metazones, the key pools and the locale indexes);
  - per locale tree (top, coll, curr, lang, region, unit, zone, rbnf, brkitr) the bundles of
    root, Dutch and English (nl*, en*); other languages fall back to root (the Unicode
    default collation, GMT-style zone names), exactly as ICU does for any unknown locale;
  - the converter tables of 64 KiB and less (all single-byte ones: Windows-125x, ISO 8859-x,
    KOI8, Mac, IBM/EBCDIC code pages); the large CJK tables go;
and drops transliteration and the break iterators' rules and dictionaries. The result is a shared
library with the same soname and the same one exported symbol (icudtNN_dat).

    python installer/shrink_icu.py IN/libicudata.so.73 OUT/libicudata.so.73

Needs `icupkg` (Debian: icu-devtools) and a C compiler driver (`cc`) at build time.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("root", "nl", "en")
LOCALE_TREES = ("", "coll/", "curr/", "lang/", "region/", "unit/", "zone/", "rbnf/", "brkitr/")
LOCALE_BUNDLE = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
LARGEST_CONVERTER = 64 * 1024


def exported_data(library: bytes) -> tuple[str, bytes]:
    """The name and bytes of the icudtNN_dat symbol of an ELF64 little-endian data library."""
    if library[:6] != b"\x7fELF\x02\x01":
        raise SystemExit("shrink_icu: not a 64-bit little-endian ELF library")
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", library, 0x28)[0],
        *struct.unpack_from("<HH", library, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)
    ]
    dynsym = next(s for s in sections if s[1] == 11)  # SHT_DYNSYM
    strtab = sections[dynsym[6]]
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        name_at, _info, _other, _shndx, value, size = struct.unpack_from("<IBBHQQ", library, offset)
        end = library.index(b"\0", strtab[4] + name_at)
        name = library[strtab[4] + name_at : end].decode()
        if re.fullmatch(r"icudt\d+_dat", name):
            section = next(s for s in sections if s[3] <= value < s[3] + s[5] and s[1] == 1)
            start = section[4] + value - section[3]
            return name, library[start : start + size]
    raise SystemExit("shrink_icu: no icudtNN_dat symbol in the library")


def unwanted(items: list[str], sizes: dict[str, int]) -> list[str]:
    """The items of the ICU package that Qt never reads for BuurtDesk."""
    drop = []
    for item in items:
        tree, _, name = item.rpartition("/")
        tree = f"{tree}/" if tree else ""
        if tree in ("translit/", "brkitr/"):
            drop.append(item)
        elif tree in LOCALE_TREES and LOCALE_BUNDLE.match(name):
            if name.split(".")[0].split("_")[0] not in KEEP_LANGUAGES:
                drop.append(item)
        elif name.endswith(".cnv") and sizes[item] > LARGEST_CONVERTER:
            drop.append(item)
    return drop


def shrink(source: Path, target: Path) -> None:
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    if not icupkg or not cc:
        raise SystemExit(
            "shrink_icu: needs icupkg and cc (Debian/Ubuntu: apt-get install icu-devtools gcc)"
        )
    symbol, data = exported_data(source.read_bytes())
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        package = (
            work / f"{symbol.removesuffix('_dat')}l.dat"
        )  # icupkg takes the package name from this
        package.write_bytes(data)
        listing = subprocess.run(
            [icupkg, "-l", str(package)], check=True, capture_output=True, text=True
        )
        items = listing.stdout.split()
        (work / "items").mkdir()
        subprocess.run(
            [icupkg, "-x", "*", "-d", str(work / "items"), str(package)],
            check=True,
            capture_output=True,
        )
        sizes = {item: (work / "items" / item).stat().st_size for item in items}
        (work / "small").mkdir()
        drop = set(unwanted(items, sizes))
        for _ in range(10):  # an item that needs a dropped one (an extension converter) goes too
            (work / "drop.txt").write_text("\n".join(sorted(drop)) + "\n")
            result = subprocess.run(
                [
                    icupkg,
                    "-r",
                    str(work / "drop.txt"),
                    str(package),
                    str(work / "small" / package.name),
                ],
                capture_output=True,
                text=True,
            )
            needing = set(
                re.findall(r"Item (\S+) depends on missing item", result.stdout + result.stderr)
            )
            if result.returncode == 0 or not needing - drop:
                break
            drop |= needing
        if result.returncode != 0:
            raise SystemExit(f"shrink_icu: icupkg failed:\n{result.stdout}{result.stderr}")
        (work / "data.s").write_text(
            f"\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n"
            f'\t.incbin "{work / "small" / package.name}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                cc,
                "-shared",
                "-nostdlib",
                f"-Wl,-soname,{source.name}",
                "-o",
                str(target),
                str(work / "data.s"),
            ],
            check=True,
        )
    kept = exported_data(target.read_bytes())[1]
    print(
        f"shrink_icu: {source.name} {len(data) // 1024} KiB -> {len(kept) // 1024} KiB of ICU data"
    )


if __name__ == "__main__":
    shrink(Path(sys.argv[1]), Path(sys.argv[2]))
