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
from buurtdesk.messages import N_, Listed, Sentence, translate

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


def phase_word(phase: PhaseKind) -> Sentence:
    """The phase's name in lower case inside a sentence ('plannen en projecten'), said in the
    language of the point of display."""
    return Sentence.of(PHASE_LABELS[phase]).lower()


# -- ranking ------------------------------------------------------------------------------------
TIE_RULE = N_("with equal dots, the wish entered first goes first")


@dataclass(frozen=True, slots=True)
class TalliedWish:
    """A wish as the ranking sees it: its id, a short label for tie notes, and its dots."""

    wish_id: int
    label: str
    dots: int


@dataclass(frozen=True, slots=True)
class Tie:
    """A group of wishes with equal dots that touches the top: said as a note where shown."""

    inside: tuple[str, ...]  # the wishes' short labels in the top, in rank order
    outside: tuple[str, ...]  # and those that fall outside it
    dots: int
    top: int

    def note(self, language: str = "nl") -> str:
        """The note on this tie in the language of the point of display."""

        def join(parts: tuple[str, ...]) -> str:
            return _join([f"'{part}'" for part in parts], translate(N_("and"), language))

        text = translate(
            N_("Tie: {names} have {dots} dot each; {rule}.")
            if self.dots == 1
            else N_("Tie: {names} have {dots} dots each; {rule}."),
            language,
        ).format(
            names=join(self.inside + self.outside),
            dots=self.dots,
            rule=translate(TIE_RULE, language),
        )
        if self.outside:
            kept = translate(
                N_("So {kept} is in the top {top};")
                if len(self.inside) == 1
                else N_("So {kept} are in the top {top};"),
                language,
            ).format(kept=join(self.inside), top=self.top)
            left = translate(
                N_("{left} falls outside it.")
                if len(self.outside) == 1
                else N_("{left} fall outside it."),
                language,
            ).format(left=join(self.outside))
            text += f" {kept} {left}"
        return text


@dataclass(frozen=True, slots=True)
class RankedWish:
    wish_id: int
    label: str
    dots: int
    rank: int  # 1 is the top
    tied_with: tuple[int, ...]  # the other wish ids with the same number of dots
    tie: Tie | None = None  # the tie it is part of, when that touches the top

    def tie_note(self, language: str = "nl") -> str:
        return self.tie.note(language) if self.tie is not None else ""


@dataclass(frozen=True, slots=True)
class Ranking:
    ranked: tuple[RankedWish, ...]  # every wish, best first
    top: tuple[RankedWish, ...]  # the first `top_n` that have at least one dot
    ties: tuple[Tie, ...]  # one per tie that touches the top, in rank order

    @property
    def total_dots(self) -> int:
        return sum(r.dots for r in self.ranked)

    def tie_notes(self, language: str = "nl") -> tuple[str, ...]:
        return tuple(tie.note(language) for tie in self.ties)


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
    ties: dict[int, Tie] = {}
    for dots, members in groups.items():
        positions = [place[m.wish_id] for m in members]
        if len(members) < 2 or dots == 0 or min(positions) >= top_n:
            continue
        ties[dots] = Tie(
            inside=tuple(_short(m.label) for m in members if place[m.wish_id] < top_n),
            outside=tuple(_short(m.label) for m in members if place[m.wish_id] >= top_n),
            dots=dots,
            top=top_n,
        )
    ranked: list[RankedWish] = []
    for index, w in enumerate(order):
        others = tuple(m.wish_id for m in groups[w.dots] if m.wish_id != w.wish_id)
        ranked.append(RankedWish(w.wish_id, w.label, w.dots, index + 1, others, ties.get(w.dots)))
    return Ranking(
        ranked=tuple(ranked),
        top=tuple(r for r in ranked[:top_n] if r.dots > 0),
        ties=tuple(ties[d] for d in sorted(ties, reverse=True)),
    )


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
    if spent > allowed:
        someone = N_("This participant")
        raise InvalidInput.said(
            "{who} placed {spent} dots, but everyone has {allowed}; take {number} away.",
            who=participant.strip() or Sentence.of(someone),
            spent=spent,
            allowed=allowed,
            number=spent - allowed,
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
        super().__init__()
        self.speak(
            N_("Going from {current} to {target} skips {skipped}. Are you sure?"),
            current=phase_word(current),
            target=phase_word(target),
            skipped=Listed(tuple(phase_word(p) for p in skipped)),
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
            target=phase_word(target),
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
    has_plan: bool = True

    def say(self, language: str) -> str:
        return self.reason(language)

    def reason(self, language: str = "nl") -> str:
        """Why (not) in one sentence, in the language of the point of display."""
        if self.all_ok:
            return translate(N_("Plan and framework checks are in order."), language)
        parts = [] if self.has_plan else [translate(N_("there is no plan yet"), language)]
        for areas, verdict in (
            (self.not_feasible, N_("not feasible")),
            (self.needs_work, N_("needs work")),
            (self.missing, N_("not checked yet")),
        ):
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


def money_check(verdicts: Mapping[CheckArea, CheckVerdict], *, has_plan: bool) -> MoneyCheck:
    """Money follows content: a plan, and financial, content and legal checks all 'in orde'."""
    missing = tuple(a for a in CheckArea if a not in verdicts)
    work = tuple(a for a in CheckArea if verdicts.get(a) == CheckVerdict.NEEDS_WORK)
    stop = tuple(a for a in CheckArea if verdicts.get(a) == CheckVerdict.NOT_FEASIBLE)
    if has_plan and not (missing or work or stop):
        return MoneyCheck(True, (), (), ())
    return MoneyCheck(False, missing, work, stop, has_plan)
