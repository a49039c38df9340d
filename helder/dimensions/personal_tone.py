"""Personal tone: a reply written by a person, to a person.

Heerlijk Helder asks for a personal salutation, "u" addressed directly, a
writer who says "ik" or "wij", and a signature with a name and direct
contact details. Stock phrases, "men" and the reader in the third person
("de klager") are generic rules in `rules/personal-tone.yaml`; the
detectors and metrics below need the letter's structure.
"""

from __future__ import annotations

import re

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
_YOU = {"u", "uw", "uzelf", "uwe"}
_FAMILIAR = {"je", "jij", "jou", "jouw", "jezelf"}
_WRITER = {"ik", "wij", "we", "ons", "onze", "mij", "me", "mijn"}
_PHONE = re.compile(r"(?:\+32|\b0)[\d ./]{7,14}\d|\b1700\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_LINE = re.compile(r"^[A-ZÀ-Ý][a-zà-ÿ'-]+(?: (?:van|de|der|den|van der|van den|vande|du|le|la))?(?: [A-ZÀ-Ý][\w'-]+)+$")


def assess(context: Context) -> DimensionResult:
    findings = context.generic_findings()
    for rule in context.rules_of("detector", "salutation"):
        findings += _salutation(context, rule)
    for rule in context.rules_of("detector", "mixed_address"):
        findings += _mixed_address(context, rule)
    for rule in context.rules_of("detector", "signature"):
        findings += _signature(context, rule)
    words = [token.lower_ for sentence in context.analysis.body for token in sentence.doc]
    you = sum(1 for word in words if word in _YOU)
    writer = sum(1 for word in words if word in _WRITER)
    density = you / max(context.analysis.body_words, 1)
    for rule in context.rules_of("metric", "you_density"):
        limit = float(context.setting(rule, "warning", 0.02))
        if context.analysis.body_words >= 25 and density < limit:
            findings.append(context.finding(rule, *context.anchor("first_body"), scope="document"))
    for rule in context.rules_of("metric", "writer_visible"):
        if context.analysis.body_words >= 25 and writer == 0:
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


def _salutation(context: Context, rule: Rule) -> list[Finding]:
    part = context.analysis.segmentation.first("salutation")
    if part is None:
        if not context.analysis.body:
            return []
        return [context.finding(rule, *context.anchor("first_body"), scope="document", message=rule.text("missing"))]
    text = context.analysis.text[part.start : part.end]
    normalised = re.sub(r"\s+", " ", text.strip().rstrip(",:;!").strip()).lower()
    generic = {item.lower() for item in context.setting(rule, "generic", [])}
    if normalised in generic or not _has_name(text):
        return [context.finding(rule, part.start, part.end, message=rule.text("generic"))]
    return []


def _has_name(salutation: str) -> bool:
    """A name is a capitalised word that is not a greeting or a title: 'Beste mevrouw Claes'."""
    words = re.findall(r"[^\W\d_][\w'’-]*", salutation)
    return any(word[:1].isupper() and word.lower() not in _GREETINGS | _TITLES for word in words[1:])


def _mixed_address(context: Context, rule: Rule) -> list[Finding]:
    formal, familiar = [], []
    for sentence in context.analysis.body:
        for token in sentence.doc:
            if token.lower_ in _YOU:
                formal.append((sentence, token))
            elif token.lower_ in _FAMILIAR:
                familiar.append((sentence, token))
    if not formal or not familiar:
        return []
    minority = familiar if len(familiar) <= len(formal) else formal
    return [context.finding(rule, *sentence.offsets(token)) for sentence, token in minority]


def _signature(context: Context, rule: Rule) -> list[Finding]:
    part = context.analysis.segmentation.first("signature")
    if part is None:
        if not context.analysis.body:
            return []
        return [context.finding(rule, *context.anchor("signature"), scope="document", message=rule.text("missing"))]
    text = context.analysis.text[part.start : part.end]
    department_words = tuple(word.lower() for word in context.setting(rule, "department_words", []))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    named = any(
        _NAME_LINE.match(line) and not any(word in line.lower() for word in department_words) for line in lines
    )
    if not named:
        return [context.finding(rule, part.start, part.end, message=rule.text("anonymous"))]
    if not (_PHONE.search(text) or _EMAIL.search(text)):
        return [context.finding(rule, part.start, part.end, severity="info", message=rule.text("contact"))]
    return []
