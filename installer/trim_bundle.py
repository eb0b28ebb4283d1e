"""Leave shared libraries out of the Linux build that nothing in it links to.

PyInstaller collects, for every binary, everything `ldd` lists, including the dependencies of
libraries the spec drops afterwards (GTK's GIO, HarfBuzz, Kerberos, ... come along with the
GTK platform theme) and of Python extensions the spec leaves out (readline's terminfo,
Pillow's FreeType and LittleCMS). This module keeps a shared library only when it is needed
(DT_NEEDED) by something that is loaded: a Python extension module, a Qt plugin, the Python
library itself, or a library that one of those needs in turn.

installer/buurtdesk.spec calls `linked_only(binaries)`; installer/unused-libs.sh checks the
result at run time (the libraries a full scenario opens).
"""

from __future__ import annotations

import struct
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

DT_NEEDED = 1


def needed(path: str | Path) -> list[str]:
    """The sonames an ELF64 little-endian shared object names as DT_NEEDED."""
    data = Path(path).read_bytes()
    if data[:6] != b"\x7fELF\x02\x01":
        return []
    phoff = struct.unpack_from("<Q", data, 0x20)[0]
    phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
    segments = [struct.unpack_from("<IIQQQQQQ", data, phoff + i * phentsize) for i in range(phnum)]
    dynamic = next((s for s in segments if s[0] == 2), None)  # PT_DYNAMIC
    if dynamic is None:
        return []

    def file_offset(address: int) -> int:
        load = next(s for s in segments if s[0] == 1 and s[3] <= address < s[3] + s[5])  # PT_LOAD
        return address - load[3] + load[2]

    entries = [struct.unpack_from("<qQ", data, dynamic[2] + i) for i in range(0, dynamic[5], 16)]
    strtab = file_offset(next(value for tag, value in entries if tag == 5))  # DT_STRTAB
    names = []
    for tag, value in entries:
        if tag == 0:
            break
        if tag == DT_NEEDED:
            start = strtab + value
            names.append(data[start : data.index(b"\0", start)].decode())
    return names


def _is_root(dest: str, typecode: str) -> bool:
    path = PurePosixPath(dest.replace("\\", "/"))
    return typecode == "EXTENSION" or "plugins" in path.parts or path.name.startswith("libpython")


def linked_only(
    binaries: Iterable[tuple[str, str, str]],
) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The binaries that something loaded links to, and the destination names left out."""
    entries = list(binaries)
    by_name: dict[str, list[tuple[str, str, str]]] = {}
    for entry in entries:
        by_name.setdefault(PurePosixPath(entry[0].replace("\\", "/")).name, []).append(entry)
    kept = {id(entry) for entry in entries if _is_root(entry[0], entry[2])}
    todo = [entry for entry in entries if id(entry) in kept]
    while todo:
        entry = todo.pop()
        for soname in needed(entry[1]):
            for candidate in by_name.get(soname, []):
                if id(candidate) not in kept:
                    kept.add(id(candidate))
                    todo.append(candidate)
    return [e for e in entries if id(e) in kept], sorted(e[0] for e in entries if id(e) not in kept)
