"""Rules of a meeting as it really happens: roles in order, numbering with sub-items, names."""

from __future__ import annotations

from collections.abc import Sequence

from buurtdesk.domain.enums import AgendaItemKind, AttendanceStatus, MembershipRole
from buurtdesk.domain.errors import InvalidInput

# The order roles are listed in (attendance, the people register, the minutes).
ROLE_ORDER: tuple[MembershipRole, ...] = (
    MembershipRole.CHAIR,
    MembershipRole.VICE_CHAIR,
    MembershipRole.SECRETARY,
    MembershipRole.TREASURER,
    MembershipRole.MINUTE_TAKER,
    MembershipRole.MEMBER,
    MembershipRole.ADVISER,
)

# The roles offered for new memberships (PROFESSIONAL only comes from old files).
CURRENT_ROLES = ROLE_ORDER

# Board roles come first in the attendance; everybody else follows by surname.
BOARD_ROLES = frozenset(ROLE_ORDER[:5])

# States that mean: not in the room.
NOT_THERE = frozenset({AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT})

_PARTICLES = frozenset(
    {
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "te",
        "ter",
        "ten",
        "in",
        "op",
        "la",
        "le",
        "du",
        "von",
    }
)


def current_role(role: MembershipRole) -> MembershipRole:
    """Today's name for a role: the old "professional" is an adviser."""
    role = MembershipRole(role)
    return MembershipRole.ADVISER if role == MembershipRole.PROFESSIONAL else role


def role_rank(role: MembershipRole) -> int:
    return ROLE_ORDER.index(current_role(role))


def surname_key(name: str) -> str:
    """Sort key by surname the Dutch way: "Jan van der Berg" sorts under B."""
    words = name.split()
    if len(words) <= 1:
        return name.casefold()
    rest = words[1:]
    while len(rest) > 1 and rest[0].casefold() in _PARTICLES:
        rest = rest[1:]
    return " ".join(rest).casefold() + " " + words[0].casefold()


def item_numbers(items: Sequence[tuple[int, AgendaItemKind]]) -> list[str]:
    """The numbers of agenda items given (level, kind) in order: "1", "2", "2a", "2b", "3".

    A break has no number; a sub-item without an item above it is numbered as an item.
    """
    numbers: list[str] = []
    top = 0
    sub = 0
    parent_ok = False
    for level, kind in items:
        if kind == AgendaItemKind.BREAK:
            numbers.append("")
            parent_ok = False
            continue
        if level > 0 and parent_ok:
            sub += 1
            numbers.append(f"{top}{_letters(sub)}")
            continue
        top += 1
        sub = 0
        parent_ok = True
        numbers.append(str(top))
    return numbers


def check_levels(levels: Sequence[tuple[int, AgendaItemKind]]) -> None:
    """A sub-item needs an item above it (not a break, not the top of the list)."""
    above: AgendaItemKind | None = None
    for level, kind in levels:
        if level > 0 and (above is None or above == AgendaItemKind.BREAK):
            raise InvalidInput.said(
                "A sub-item belongs under an agenda item, but there is none above it here."
            )
        if level > 0 and kind == AgendaItemKind.BREAK:
            raise InvalidInput.said("A break cannot be a sub-item.")
        above = kind


def _letters(n: int) -> str:
    text = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("a") + rest) + text
    return text
