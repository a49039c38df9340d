"""Pseudonymise the little letter text a corpus report may include (`--anoniem`).

Replaced: national register numbers, e-mail addresses, phone numbers (the shared
patterns of `helder.contacts`), addresses (street and number, postcode and
municipality), and names: the names the letter itself uses for people (after
"mevrouw", "heer", "meneer", ..., in a salutation such as "Beste Jan," and in the
signature under the closing), and any run of two or more capitalised words that is
not a known institution. Names found in the letter are also replaced in its file
name. This is pattern work, not a guarantee: it errs on the side of replacing too much.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from helder.contacts import ADDRESS, EMAIL, PHONE

# Rijksregisternummer: 85.07.30-033.61, 850730 033 61, 85073003361.
NATIONAL_NUMBER = re.compile(r"(?<!\d)\d{2}[. ]?\d{2}[. ]?\d{2}[ .-]?\d{3}[. ]?\d{2}(?!\d)")
_PARTICLE = r"(?:(?:van|de|der|den|het|ten|ter|vande|vanden|da|di|du|le|la|d')\s+)*"
_CAPITAL = r"[A-ZÀ-Ý][a-zà-ÿ'’-]+"
_TITLE = re.compile(
    rf"\b(?:mevrouw|mevr\.?|heer|meneer|dhr\.?|mr\.?|dr\.?|mw\.?|juffrouw)\s+((?:{_CAPITAL}\s+)?{_PARTICLE}{_CAPITAL}(?:-{_CAPITAL})?)"
)
_CAPITALISED_RUN = re.compile(rf"\b{_CAPITAL}(?:\s+{_PARTICLE}{_CAPITAL})+\b")
_SALUTATION = re.compile(
    rf"^\s*(?:beste|geachte|dag|hallo|lieve|goeiedag|goedendag)\s+(?!mevrouw|heer|meneer|juffrouw)((?:{_CAPITAL}\s+)?{_PARTICLE}{_CAPITAL})\s*[,!]?\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_CLOSING = re.compile(r"^\s*(?:met\s+)?(?:vriendelijke|beste|hartelijke)\s+groet(?:en)?\b.*$", re.IGNORECASE | re.MULTILINE)
_SIGNATURE_NAME = re.compile(rf"^\s*({_CAPITAL}(?:\s+{_PARTICLE}{_CAPITAL}){{1,3}})\s*$")
# Capitalised words that start institution names, places in a letterhead or set phrases: never a person.
_NOT_NAMES = {
    "vlaamse", "vlaams", "vlaanderen", "ombudsdienst", "ombudsman", "dienst", "departement", "agentschap", "stad",
    "gemeente", "provincie", "ocmw", "met", "beste", "geachte", "dag", "uw", "ons", "onze", "de", "het", "een",
    "klantendienst", "burgerzaken", "team", "afdeling", "wegen", "verkeer", "belastingdienst", "groeipakket",
    "opgroeien", "kind", "gezin", "natuur", "bos", "lijn", "vdab", "heerlijk", "helder", "regering", "overheid",
    "federale", "openbare", "belgische", "belgië", "brussel", "vriendelijke", "groeten", "onderwerp", "betreft",
}
PLACEHOLDERS = {"national": "[rijksregisternummer]", "email": "[e-mail]", "phone": "[telefoon]",
                "address": "[adres]", "name": "[naam]"}


def names_in(text: str) -> set[str]:
    """Names of people the letter uses: after a title, and the signature line under the closing."""
    found = {match.group(1) for match in (*_TITLE.finditer(text), *_SALUTATION.finditer(text))}
    closing = _CLOSING.search(text)
    if closing:
        for line in text[closing.end():].splitlines()[:4]:
            match = _SIGNATURE_NAME.match(line)
            if match and match.group(1).split()[0].lower() not in _NOT_NAMES:
                found.add(match.group(1))
                break
    return {name.strip() for name in found if name.split()[0].lower() not in _NOT_NAMES}


def _name_parts(names: Iterable[str]) -> list[str]:
    """Whole names and their separate words (surname alone, first name alone), longest first."""
    parts = set()
    for name in names:
        parts.add(name)
        parts.update(word for word in re.split(r"[\s-]+", name) if len(word) > 2 and word.lower() not in _NOT_NAMES)
    return sorted(parts, key=len, reverse=True)


def anonymise(text: str, names: Iterable[str] = ()) -> str:
    """`text` with personal data replaced by placeholders such as [naam] and [telefoon]."""
    text = NATIONAL_NUMBER.sub(PLACEHOLDERS["national"], text)
    text = EMAIL.sub(PLACEHOLDERS["email"], text)
    text = PHONE.sub(lambda match: PLACEHOLDERS["phone"] if match.group() != "1700" else match.group(), text)
    text = ADDRESS.sub(PLACEHOLDERS["address"], text)
    for part in _name_parts(names):
        text = re.sub(rf"(?<![\w]){re.escape(part)}(?![\w])", PLACEHOLDERS["name"], text, flags=re.IGNORECASE)
    text = _TITLE.sub(lambda match: match.group(0)[: match.start(1) - match.start(0)] + PLACEHOLDERS["name"], text)
    return _CAPITALISED_RUN.sub(_unless_institution, text)


def _unless_institution(match: re.Match[str]) -> str:
    words = match.group(0).split()
    return match.group(0) if any(word.lower() in _NOT_NAMES for word in words) else PLACEHOLDERS["name"]


def anonymise_filename(label: str, names: Iterable[str] = ()) -> str:
    """A file label with personal data replaced; separators in file names count as spaces for names."""
    parts = label.split("/")
    cleaned = []
    for part in parts:
        stem, dot, suffix = part.rpartition(".") if "." in part else (part, "", "")
        spaced = re.sub(r"[_]+", " ", stem)
        replaced = anonymise(spaced, names)
        cleaned.append((replaced.replace(" ", "_") if "_" in stem else replaced) + dot + suffix)
    return "/".join(cleaned)
