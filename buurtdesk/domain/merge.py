"""Three-way merge of a text two people changed at once (the notes of one agenda item).

Both started from the same `base`. Lines only one of them changed take that change; lines
both changed the same way are taken once; where their changes overlap (or touch), both
versions are kept one under the other between clear markers, so nothing is lost and the
user sees where to choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from buurtdesk.messages import N_, translate

# Around the two versions of a conflict (English source; in the user's language from the
# message catalogue).
MARKERS = (
    N_("[Changed at the same time. Your text:]"),
    N_("[The other person's text:]"),
    N_("[End of the two versions]"),
)

Hunk = tuple[int, int, list[str]]  # base start, base end, the lines that replace them


@dataclass(frozen=True)
class Merged:
    text: str
    conflicts: int  # places where both changed the same lines, shown with markers


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _hunks(base: list[str], other: list[str]) -> list[Hunk]:
    matcher = SequenceMatcher(None, base, other, autojunk=False)
    return [
        (i1, i2, other[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _apply(base: list[str], start: int, end: int, hunks: list[Hunk]) -> list[str]:
    out: list[str] = []
    position = start
    for first, last, lines in sorted(hunks, key=lambda h: (h[0], h[1])):
        out.extend(base[position:first])
        out.extend(lines)
        position = last
    out.extend(base[position:end])
    return out


def _closed(lines: list[str]) -> list[str]:
    """A block that ends with a line break, so a marker never runs into the text."""
    if lines and not lines[-1].endswith(("\n", "\r")):
        return [*lines[:-1], lines[-1] + "\n"]
    return lines


def merge_texts(base: str, mine: str, theirs: str, language: str = "nl") -> Merged:
    """Merge `mine` and `theirs`, both made from `base`."""
    if mine == theirs or theirs == base:
        return Merged(mine, 0)
    if mine == base:
        return Merged(theirs, 0)
    base_lines, mine_lines, their_lines = _lines(base), _lines(mine), _lines(theirs)
    if base_lines and not base.endswith(("\n", "\r")):
        # the last line may gain a line break on one side only: compare whole lines
        base_lines[-1] += "\n"
        mine_lines = _closed(mine_lines)
        their_lines = _closed(their_lines)
    events = sorted(
        [(h, 0) for h in _hunks(base_lines, mine_lines)]
        + [(h, 1) for h in _hunks(base_lines, their_lines)],
        key=lambda e: (e[0][0], e[0][1], e[1]),
    )
    out: list[str] = []
    position = 0
    conflicts = 0
    index = 0
    top, middle, bottom = (translate(marker, language) for marker in MARKERS)
    while index < len(events):
        start, end = events[index][0][0], events[index][0][1]
        group = [events[index]]
        index += 1
        while index < len(events) and events[index][0][0] <= end:
            group.append(events[index])
            end = max(end, events[index][0][1])
            index += 1
        out.extend(base_lines[position:start])
        position = end
        mine_hunks = [h for h, side in group if side == 0]
        their_hunks = [h for h, side in group if side == 1]
        mine_part = _apply(base_lines, start, end, mine_hunks)
        their_part = _apply(base_lines, start, end, their_hunks)
        if not their_hunks or mine_part == their_part:
            out.extend(mine_part)
        elif not mine_hunks:
            out.extend(their_part)
        else:
            conflicts += 1
            out.append(top + "\n")
            out.extend(_closed(mine_part))
            out.append(middle + "\n")
            out.extend(_closed(their_part))
            out.append(bottom + "\n")
    out.extend(base_lines[position:])
    text = "".join(out)
    if (
        not mine.endswith(("\n", "\r"))
        and not theirs.endswith(("\n", "\r"))
        and text.endswith("\n")
    ):
        text = text[:-1]
    return Merged(text, conflicts)
