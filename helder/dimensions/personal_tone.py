"""Personal tone: a reply written by a person, to a person.

Heerlijk Helder asks for a personal salutation, "u" addressed directly, a
writer who says "ik" or "wij", and a signature with a name and direct
contact details. Stock phrases, "men" and the reader in the third person
("de klager") are generic rules in `rules/personal-tone.yaml`; the
detectors and metrics below need the letter's structure.
"""

from __future__ import annotations

import re

from helder.contacts import EMAIL, PHONE
from helder.dimensions import Context
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule

ID = "personal_tone"
LABEL = "Persoonlijke toon"

_GREETINGS = {
    "beste", "geachte", "dag", "hallo", "hoi", "goedemorgen", "goedemiddag", "goedenavond", "lieve", "zeer",
}
_TITLES = {
    "heer", "mevrouw", "meneer", "mijnheer", "juffrouw", "dhr", "mevr", "mr", "dr", "prof", "dokter", "meester",
    "en", "of", "familie", "fam",
}
# Below this many body words, pronoun metrics say more about length than tone.
MIN_BODY_WORDS = 10
# A first name, then name parts: capitalised words and the particles of Dutch and Flemish surnames,
# lowercase or not ("An Peeters", "Jan van der Meulen", "Dries Van de Velde", "Els D'Hondt").
_PARTICLES = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Vv]ande|[Vv]anden|[Vv]ander|[Tt]er|[Tt]en|'t|[Dd]u|[Ll]e|[Ll]a)"
_NAME_LINE = re.compile(rf"^[A-ZÀ-Ý][a-zà-ÿ'-]+(?: {_PARTICLES})*(?: [A-ZÀ-Ý][\w'-]+)+$")


def assess(context: Context) -> DimensionResult:
    findings = context.generic_findings()
    for rule in context.rules_of("detector", "salutation"):
        findings += _salutation(context, rule)
    for rule in context.rules_of("detector", "mixed_address"):
        findings += _mixed_address(context, rule)
    for rule in context.rules_of("detector", "signature"):
        findings += _signature(context, rule)
    words = [token.lower_ for sentence in context.analysis.body for token in sentence.doc]
    you = writer = 0
    density = 0.0
    for rule in context.rules_of("metric", "you_density"):
        you = _count(words, context.setting(rule, "pronouns", ["u", "uw", "uzelf"]))
        density = you / max(context.analysis.body_words, 1)
        if context.analysis.body_words >= MIN_BODY_WORDS and density < float(context.setting(rule, "warning", 0.02)):
            findings.append(context.finding(rule, *context.anchor("first_body"), scope="document"))
    for rule in context.rules_of("metric", "writer_visible"):
        writer = _count(words, context.setting(rule, "pronouns", ["ik", "wij", "we"]))
        if context.analysis.body_words >= MIN_BODY_WORDS and writer < float(context.setting(rule, "warning", 1)):
            findings.append(context.finding(rule, *context.anchor("first_body"), scope="document"))
    score = 100.0 - context.penalty(findings)
    metrics = {
        "you_density": round(density, 3),
        "you_count": you,
        "writer_count": writer,
        "personal_salutation": not any(finding.rule.startswith("personal_tone.aanhef") for finding in findings),
    }
    summary = (
        "De brief spreekt de lezer persoonlijk aan."
        if not findings
        else f"{len(findings)} {'punt maakt' if len(findings) == 1 else 'punten maken'} de toon minder persoonlijk."
    )
    return context.result(ID, LABEL, score, summary, findings, metrics)


def _count(words: list[str], pronouns: list[str]) -> int:
    wanted = {pronoun.lower() for pronoun in pronouns}
    return sum(1 for word in words if word in wanted)


def _salutation(context: Context, rule: Rule) -> list[Finding]:
    part = context.analysis.segmentation.first("salutation")
    if part is None:
        return context.missing(rule, "first_body", "missing")
    text = context.analysis.text[part.start : part.end]
    normalised = re.sub(r"\s+", " ", text.strip().rstrip(",:;!").strip()).lower()
    generic = {item.lower() for item in context.setting(rule, "generic", [])}
    if normalised in generic or not _has_name(text):
        return [context.finding(rule, part.start, part.end)]
    return []


def _has_name(salutation: str) -> bool:
    """A name is a capitalised word that is not a greeting or a title: 'Beste mevrouw Claes'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", salutation)
    return any(word[:1].isupper() and word.lower() not in _GREETINGS | _TITLES for word in words[1:])


def _mixed_address(context: Context, rule: Rule) -> list[Finding]:
    formal_words = {word.lower() for word in context.setting(rule, "formal", ["u", "uw", "uzelf"])}
    familiar_words = {word.lower() for word in context.setting(rule, "informal", ["je", "jij", "jou", "jouw"])}
    formal, familiar = [], []
    for sentence in context.analysis.in_scope(rule.scope):
        for token in sentence.doc:
            if token.lower_ in formal_words:
                formal.append((sentence, token))
            elif token.lower_ in familiar_words:
                familiar.append((sentence, token))
    if not formal or not familiar:
        return []
    minority = familiar if len(familiar) <= len(formal) else formal
    return [context.finding(rule, *sentence.offsets(token)) for sentence, token in minority]


def _department(line: str, department_words: tuple[str, ...]) -> bool:
    """A line that names a department: one of its words is a department word or, for the longer ones,
    ends in it ("Stadsdienst Wegen"); whole words only, so "Marcel" holds no "cel"."""
    words = re.findall(r"\w+", line.lower())
    return any(word == part or (len(part) >= 5 and word.endswith(part)) for word in words for part in department_words)


def _signature(context: Context, rule: Rule) -> list[Finding]:
    part = context.analysis.segmentation.first("signature")
    if part is None:
        return context.missing(rule, "signature", "no_person")
    text = context.analysis.text[part.start : part.end]
    department_words = tuple(word.lower() for word in context.setting(rule, "department_words", []))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    named = any(_NAME_LINE.match(line) and not _department(line, department_words) for line in lines)
    if not named:
        return [context.finding(rule, part.start, part.end, message=rule.text("no_person"))]
    if not (PHONE.search(text) or EMAIL.search(text)):
        return [context.finding(rule, part.start, part.end, severity="info", message=rule.text("no_contact"))]
    return []
