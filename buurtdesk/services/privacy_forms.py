"""The written forms of a person in free text, for 'Persoon vergeten' and the person's export.

A chair does not always write "Ursula Linssen": the notes say "U. Linssen", "Linssen, Ursula",
"mevrouw Linssen", "Ursula  Linssen" (two spaces), and sometimes the phone number or e-mail
address that is stored with the person. One pattern finds them all:
- the full name, with any white space between its parts;
- the initials of the first name(s) with the surname ("U. Linssen", "U.Linssen", "A.M. de Vries");
- the surname first ("Linssen, Ursula", "Linssen, U.", "Vries, Anna de");
- a form of address with the surname ("mevrouw Linssen", "mw. Linssen", "de heer De Vries");
- the stored phone number written with any separators, also with +31 or 0031 for the 0;
- the stored e-mail address, in any case.
The surname alone is not replaced: it is also the name of the person's family and neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FORGOTTEN = "[verwijderd]"
PARTICLES = {
    "van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t", "la", "le", "du",
    "da", "di", "von", "zu", "vd", "v.d.",
}  # fmt: skip
ADDRESSES = (
    r"mevrouw|mevr\.?|mw\.?|mejuffrouw|meneer|mijnheer|mnr\.?|dhr\.?|de\s+heer|heer|"
    r"mr\.?|mrs\.?|ms\.?|miss|dr\.?|ir\.?|drs\.?|ing\.?|wethouder|burgemeester"
)
_SPACE = r"\s+"
_FILE_NAME_GAP = r"[\s_.\-]+"  # "ursula-linssen.buurtdesk": a name in a file name


@dataclass(frozen=True)
class PersonForms:
    """Everything that identifies a person in free text, as one pattern."""

    pattern: re.Pattern[str] | None
    needles: tuple[str, ...]  # plain substrings for a quick first search in the database

    def find(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self.pattern is not None and text else None

    def replace(self, text: str, replacement: str) -> str:
        if self.pattern is None or not text:
            return text
        return self.pattern.sub(replacement, text)


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"\s+", text.strip()) if w]


def _split_name(name: str) -> tuple[list[str], list[str]]:
    """(first names, surname with its particles): 'Anna de Vries' -> (['Anna'], ['de', 'Vries'])."""
    words = _words(name)
    if len(words) < 2:
        return [], words
    for index in range(1, len(words)):
        if words[index].lower() in PARTICLES:
            return words[:index], words[index:]
    return words[:-1], words[-1:]


def _joined(words: list[str]) -> str:
    return _SPACE.join(re.escape(w) for w in words)


def _initials(first: list[str]) -> str:
    letters = [re.escape(w[0]) for w in first if w and w[0].isalpha()]
    if not letters:
        return ""
    return r"\s*".join(f"{letter}\\.?" for letter in letters)


def phone_pattern(phone: str) -> str:
    """A phone number with any separators; the leading 0 also as +31 or 0031."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return ""
    if phone.strip().startswith("+31") or digits.startswith("0031"):  # stored as +31 77 ...
        digits = "0" + digits[4 if digits.startswith("0031") else 2 :]
    separated = r"[\s\-./()]*".join(re.escape(d) for d in digits)
    if digits.startswith("0") and not digits.startswith("00"):
        rest = r"[\s\-./()]*".join(re.escape(d) for d in digits[1:])
        separated = rf"(?:{separated}|(?:\+|00)\s*31[\s\-./()]*(?:\(0\)[\s\-]*)?{rest})"
    return rf"(?<![\d+]){separated}(?!\d)"


def person_forms(name: str, *, email: str = "", phone: str = "") -> PersonForms:
    first, surname = _split_name(name)
    parts: list[str] = []
    needles: list[str] = []
    words = _words(name)
    if words and len(" ".join(words)) >= 2:
        parts.append(_joined(words))
        if len(words) > 1:
            parts.append(_FILE_NAME_GAP.join(re.escape(w) for w in words))
        needles.append(words[-1])
    if first and surname:
        surname_re = _joined(surname)
        # "Vries, Anna de": the particles may follow the first name
        bare = [w for w in surname if w.lower() not in PARTICLES] or surname
        particles = [w for w in surname if w.lower() in PARTICLES]
        initials = _initials(first)
        if initials:
            parts.append(rf"{initials}\s*{surname_re}")
        given = _joined(first)
        after = rf"(?:{given}|{initials})" if initials else given
        tail = rf"(?:{_SPACE}{_joined(particles)})?" if particles else ""
        parts.append(rf"{_joined(bare)}\s*,\s*{after}{tail}")
        if particles:
            parts.append(rf"{surname_re}\s*,\s*{after}")
        parts.append(rf"(?:{ADDRESSES}){_SPACE}{surname_re}")
        needles.append(bare[-1])
    mail = email.strip()
    if "@" in mail:
        parts.append(re.escape(mail))
        needles.append(mail)
    phone_re = phone_pattern(phone)
    if phone_re:
        parts.append(phone_re)
        needles.append(re.sub(r"\D", "", phone)[-2:])  # "45 67": the last two stay together
    if not parts:
        return PersonForms(None, ())
    body = "|".join(f"(?:{p})" for p in parts)
    pattern = re.compile(rf"(?<![\w@.])(?:{body})(?![\w@])", re.IGNORECASE)
    return PersonForms(pattern, tuple(dict.fromkeys(n for n in needles if n)))
