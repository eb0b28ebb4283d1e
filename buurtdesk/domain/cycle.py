"""Rules of the toekomstagenda cycle that need no database.

- `rank_wishes`: the dot-vote ranking with ties broken visibly (rule: equal dots keep the order
  in which the wishes were entered; every tie that touches the top gets a note saying so).
- `count_dots`: one participant's dots on screen, refused with the reason when there are too many.
- `plan_phase_move`: forward, skip (asks first) or back (needs a note).
- `money_check`: are all three framework checks "in orde", and if not, why not.
- The words the screens and the booklet show for phases, verdicts, parties and ladder steps.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from buurtdesk.domain.enums import CheckArea, CheckVerdict, LadderStep, Party, PhaseKind
from buurtdesk.domain.errors import InvalidInput, RuleViolation
from buurtdesk.domain.rules import PHASE_ORDER, phase_distance
from buurtdesk.messages import N_, translate

# Themes most neighbourhoods start from (English source; Dutch in the message catalogue); the
# council adds its own.
STANDARD_THEMES: tuple[str, ...] = (
    N_("Green"),
    N_("Safety"),
    N_("Meeting places"),
    N_("Youth"),
    N_("Housing and care"),
)

# The theme under which a new round receives what the previous round handed on.
CARRIED_THEME = N_("From the previous round")

# Roles people and organisations commonly take in a theme or project (suggestions only).
STANDARD_ROLES: tuple[str, ...] = (
    N_("Lead"),
    N_("Sounding board"),
    N_("Doer"),
    N_("Adviser"),
    N_("Funder"),
    N_("Commissioner"),
)

PHASE_LABELS: dict[PhaseKind, str] = {
    PhaseKind.VISION: N_("Vision"),
    PhaseKind.ROLES: N_("Roles"),
    PhaseKind.PLANS: N_("Plans and projects"),
    PhaseKind.EXECUTION: N_("Execution"),
    PhaseKind.EVALUATION: N_("Evaluation"),
}

VERDICT_LABELS: dict[CheckVerdict, str] = {
    CheckVerdict.OK: N_("ok"),
    CheckVerdict.NEEDS_WORK: N_("needs work"),
    CheckVerdict.NOT_FEASIBLE: N_("not feasible"),
}

AREA_LABELS: dict[CheckArea, str] = {
    CheckArea.FINANCIAL: N_("financial"),
    CheckArea.CONTENT: N_("content"),
    CheckArea.LEGAL: N_("legal"),
}

PARTY_LABELS: dict[Party, str] = {
    Party.RESIDENTS: N_("Residents"),
    Party.MUNICIPALITY: N_("Municipality"),
    Party.CORPORATION: N_("Housing corporation"),
    Party.POLICE: N_("Police"),
    Party.OTHER: N_("Other"),
}

LADDER_LABELS: dict[LadderStep, str] = {
    LadderStep.INITIATOR: N_("initiator"),
    LadderStep.PARTICIPANT: N_("participant"),
    LadderStep.CO_COMMISSIONER: N_("co-commissioner"),
    LadderStep.COMMISSIONER: N_("commissioner"),
}

E = TypeVar("E", bound=StrEnum)

MAX_DOTS_PER_PARTICIPANT = 50
MAX_PARTICIPANTS = 10_000


def label(labels: Mapping[E, str], value: E, language: str = "nl") -> str:
    """The word for an enum value in the language of the point of display ('nl' or 'en'):
    the tables hold the English source, the message catalogue the Dutch."""
    return translate(labels[value], language)


# -- ranking ------------------------------------------------------------------------------------
TIE_RULE = N_("with equal dots, the wish entered first goes first")


@dataclass(frozen=True, slots=True)
class TalliedWish:
    """A wish as the ranking sees it: its id, a short label for tie notes, and its dots."""

    wish_id: int
    label: str
    dots: int


@dataclass(frozen=True, slots=True)
class RankedWish:
    wish_id: int
    label: str
    dots: int
    rank: int  # 1 is the top
    tied_with: tuple[int, ...]  # the other wish ids with the same number of dots
    tie_note_nl: str = ""
    tie_note_en: str = ""

    def tie_note(self, language: str = "nl") -> str:
        return self.tie_note_en if language == "en" else self.tie_note_nl


@dataclass(frozen=True, slots=True)
class Ranking:
    ranked: tuple[RankedWish, ...]  # every wish, best first
    top: tuple[RankedWish, ...]  # the first `top_n` that have at least one dot
    tie_notes_nl: tuple[str, ...]  # one per tie that touches the top, in rank order
    tie_notes_en: tuple[str, ...]

    @property
    def total_dots(self) -> int:
        return sum(r.dots for r in self.ranked)


def rank_wishes(wishes: Sequence[TalliedWish], top_n: int = 3) -> Ranking:
    """Order wishes by dots, most first; equal dots keep the order of entry (`wishes` order).

    A tie is never broken silently: every group of equal dots that has a wish in the top
    `top_n` gets one note naming the wishes, their dots, the order chosen and the rule, and
    says when the tie crosses the line of the top (so the group can decide otherwise).
    Wishes without dots never reach the top, so a tie at zero dots gets no note.
    """
    if top_n < 0:
        raise InvalidInput.said("The number of priorities cannot be negative.")
    entry = {w.wish_id: index for index, w in enumerate(wishes)}
    if len(entry) != len(wishes):
        raise InvalidInput.said("A wish is counted twice in the tally.")
    order = sorted(wishes, key=lambda w: (-w.dots, entry[w.wish_id]))
    place = {w.wish_id: index for index, w in enumerate(order)}
    groups: dict[int, list[TalliedWish]] = {}
    for w in order:
        groups.setdefault(w.dots, []).append(w)
    notes: dict[int, tuple[str, str]] = {}
    for dots, members in groups.items():
        positions = [place[m.wish_id] for m in members]
        if len(members) < 2 or dots == 0 or min(positions) >= top_n:
            continue
        notes[dots] = _tie_note(members, positions, dots, top_n)
    ranked: list[RankedWish] = []
    for index, w in enumerate(order):
        note = notes.get(w.dots, ("", ""))
        others = tuple(m.wish_id for m in groups[w.dots] if m.wish_id != w.wish_id)
        ranked.append(RankedWish(w.wish_id, w.label, w.dots, index + 1, others, note[0], note[1]))
    ordered_notes = [notes[d] for d in sorted(notes, reverse=True)]
    return Ranking(
        ranked=tuple(ranked),
        top=tuple(r for r in ranked[:top_n] if r.dots > 0),
        tie_notes_nl=tuple(n[0] for n in ordered_notes),
        tie_notes_en=tuple(n[1] for n in ordered_notes),
    )


def _tie_note(
    members: list[TalliedWish], positions: list[int], dots: int, top_n: int
) -> tuple[str, str]:
    """The note on one tie, in Dutch and in English (the ranking keeps both)."""
    names = [f"'{_short(m.label)}'" for m in members]
    inside = [f"'{_short(m.label)}'" for m, p in zip(members, positions, strict=True) if p < top_n]
    outside = [
        f"'{_short(m.label)}'" for m, p in zip(members, positions, strict=True) if p >= top_n
    ]

    def note(language: str) -> str:
        def join(parts: list[str]) -> str:
            return _join(parts, translate(N_("and"), language))

        text = translate(
            N_("Tie: {names} have {dots} dot each; {rule}.")
            if dots == 1
            else N_("Tie: {names} have {dots} dots each; {rule}."),
            language,
        ).format(names=join(names), dots=dots, rule=translate(TIE_RULE, language))
        if outside:
            kept = translate(
                N_("So {kept} is in the top {top};")
                if len(inside) == 1
                else N_("So {kept} are in the top {top};"),
                language,
            ).format(kept=join(inside), top=top_n)
            left = translate(
                N_("{left} falls outside it.")
                if len(outside) == 1
                else N_("{left} fall outside it."),
                language,
            ).format(left=join(outside))
            text += f" {kept} {left}"
        return text

    return note("nl"), note("en")


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _join(parts: list[str], word: str) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + f" {word} " + parts[-1]


# -- dots -----------------------------------------------------------------------------------------
def count_dots(
    wish_ids: Iterable[int], allowed: int, participant: str, known: Iterable[int]
) -> dict[int, int]:
    """One participant's dots (one wish id per dot; a wish may get several) as dots per wish.

    Refuses more dots than the session allows, and wishes that are not in this round.
    """
    dots = Counter(wish_ids)
    spent = sum(dots.values())
    who = participant.strip() or "Deze deelnemer"
    who_en = participant.strip() or "This participant"
    if spent > allowed:
        raise InvalidInput.said(
            "{who_en} placed {spent} dots, but everyone has {allowed}; take {number} away.",
            who_en=who_en,
            spent=spent,
            allowed=allowed,
            number=spent - allowed,
            who=who,
        )
    unknown = sorted(set(dots) - set(known))
    if unknown:
        raise InvalidInput.said(
            "Wish {unknown} is not part of this round and cannot get dots.", unknown=unknown[0]
        )
    return dict(dots)


def check_paper_tally(
    tally: Mapping[int, int], allowed: int, participants: int, *, already_counted: int = 0
) -> int:
    """A tally typed in from paper: counts of zero or more; with the dots already counted on
    screen (`already_counted`) at most what was handed out (when the participants are known)."""
    for wish_id, dots in tally.items():
        if dots < 0:
            raise InvalidInput.said(
                "A number of dots cannot be negative (wish {wish_id}).", wish_id=wish_id
            )
    total = sum(tally.values()) + already_counted
    if participants > 0 and total > allowed * participants:
        raise InvalidInput.said(
            "The tally comes to {total} dots, but only {number} were handed out ({participants} participants × {allowed}); count again.",
            total=total,
            number=allowed * participants,
            participants=participants,
            allowed=allowed,
        )
    return total


# -- phases ---------------------------------------------------------------------------------------
class PhaseSkipNeedsConfirmation(RuleViolation):
    """Moving on past a phase: the screen asks first, then calls again with confirmed=True."""

    def __init__(
        self, current: PhaseKind, target: PhaseKind, skipped: tuple[PhaseKind, ...]
    ) -> None:
        super().__init__("")
        self.speak(
            N_("Going from {current_en} to {target_en} skips {skipped_en}. Are you sure?"),
            current_en=label(PHASE_LABELS, current, "en").lower(),
            target_en=label(PHASE_LABELS, target, "en").lower(),
            skipped_en=_join([label(PHASE_LABELS, p, "en").lower() for p in skipped], "and"),
            current_nl=label(PHASE_LABELS, current).lower(),
            target_nl=label(PHASE_LABELS, target).lower(),
            skipped_nl=_join([label(PHASE_LABELS, p).lower() for p in skipped], "en"),
        )
        self.current = current
        self.target = target
        self.skipped = skipped


@dataclass(frozen=True, slots=True)
class PhaseMove:
    current: PhaseKind
    target: PhaseKind
    steps: int  # positive forward, negative back
    skipped: tuple[PhaseKind, ...]

    @property
    def is_back(self) -> bool:
        return self.steps < 0


def plan_phase_move(
    current: PhaseKind, target: PhaseKind, *, confirmed: bool, note: str
) -> PhaseMove:
    """Check a move between phases: a skip asks first; a step back needs a reason."""
    steps = phase_distance(current, target)
    if steps == 0:
        raise InvalidInput.said(
            "The round is already in the {target} phase.",
            target=label(PHASE_LABELS, target, "en").lower(),
            target_nl=label(PHASE_LABELS, target).lower(),
        )
    start = PHASE_ORDER.index(current)
    skipped = PHASE_ORDER[start + 1 : start + steps] if steps > 1 else ()
    if skipped and not confirmed:
        raise PhaseSkipNeedsConfirmation(current, target, skipped)
    if steps < 0 and not note.strip():
        raise InvalidInput.said("Write down briefly why the round goes a step back.")
    return PhaseMove(current, target, steps, skipped)


# -- framework checks -------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MoneyCheck:
    """Whether a project is ready for money: all three frameworks checked and 'in orde'."""

    all_ok: bool
    missing: tuple[CheckArea, ...]
    needs_work: tuple[CheckArea, ...]
    not_feasible: tuple[CheckArea, ...]
    reason_nl: str
    reason_en: str

    def reason(self, language: str = "nl") -> str:
        return self.reason_en if language == "en" else self.reason_nl


def money_check(verdicts: Mapping[CheckArea, CheckVerdict], *, has_plan: bool) -> MoneyCheck:
    """Money follows content: a plan, and financial, content and legal checks all 'in orde'."""
    missing = tuple(a for a in CheckArea if a not in verdicts)
    work = tuple(a for a in CheckArea if verdicts.get(a) == CheckVerdict.NEEDS_WORK)
    stop = tuple(a for a in CheckArea if verdicts.get(a) == CheckVerdict.NOT_FEASIBLE)
    said = N_("Plan and framework checks are in order.")
    if has_plan and not (missing or work or stop):
        return MoneyCheck(True, (), (), (), translate(said, "nl"), said)
    verdicts_said = (
        (stop, N_("not feasible")),
        (work, N_("needs work")),
        (missing, N_("not checked yet")),
    )

    def reason(language: str) -> str:
        parts = [] if has_plan else [translate(N_("there is no plan yet"), language)]
        for areas, verdict in verdicts_said:
            if areas:
                names = [label(AREA_LABELS, a, language) for a in areas]
                parts.append(
                    translate(N_("{areas}: {verdict}"), language).format(
                        areas=_join(names, translate(N_("and"), language)),
                        verdict=translate(verdict, language),
                    )
                )
        return translate(N_("Not ready for money yet: {reasons}."), language).format(
            reasons="; ".join(parts)
        )

    return MoneyCheck(
        False,
        missing,
        work,
        stop,
        reason("nl"),
        reason("en"),
    )
