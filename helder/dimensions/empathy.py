"""Empathy: thank the reader, name what they went through, apologise where
the service admits a fault, and do not argue back.

The stance reader (helder/nlp/stance.py) reads each body sentence with its
parse, so a verdict ("uw klacht is gegrond") is told apart from
acknowledgement and a fault is recognised in other words than "fout" ("wij
hadden u eerder moeten informeren"). The rules and their texts are data:
rules/empathy.yaml (thanks, acknowledgement, apology, "helaas", negative
wording) and rules/empathy-defensief.yaml (one rule per defensive category).
"""

from __future__ import annotations

from collections import Counter

from helder.analysis import ParsedSentence
from helder.dimensions import Context
from helder.nlp.stance import DEFENSIVE, Cue, is_empathic, read_sentence
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule

ID = "empathy"
LABEL = "Empathie"

Reading = tuple[ParsedSentence, Cue]


def read_body(context: Context) -> list[Reading]:
    """Every cue in the body, each sentence read with the one before it (for "Toch ..." and "echter")."""
    readings: list[Reading] = []
    previous: list[Cue] = []
    for sentence in context.analysis.body:
        cues = read_sentence(sentence.doc, is_empathic(previous))
        readings.extend((sentence, cue) for cue in cues)
        previous = cues
    return readings


def assess(context: Context) -> DimensionResult:
    readings = read_body(context)
    found: dict[str, list[Reading]] = {}
    for sentence, cue in readings:
        found.setdefault(cue.category, []).append((sentence, cue))
    findings = context.generic_findings()
    for rule in context.rules_of("detector"):
        detect = _DETECTORS.get(rule.spec["detector"])
        if detect is not None:
            findings.extend(detect(context, rule, found))
    words = context.analysis.body_words

    def per_100(count: int) -> float:
        return round(100.0 * count / words, 2) if words else 0.0

    helaas = len(context.matches.get("empathy.helaas", []))
    negative = len(context.matches.get("empathy.negatief", []))
    defensive = Counter(cue.category for _, cue in readings if cue.category in DEFENSIVE)
    metrics = {
        "thanks": "thanks" in found,
        "acknowledgement": "acknowledgement" in found,
        "verdict": "verdict" in found,
        "apology": "apology" in found,
        "fault_admitted": "fault_admission" in found,
        "defensive": {category: defensive.get(category, 0) for category in DEFENSIVE},
        "helaas": helaas,
        "helaas_per_100_words": per_100(helaas),
        "negative_per_100_words": per_100(negative),
    }
    score = 100.0 - context.penalty(findings)
    return context.result(ID, LABEL, score, _summary(findings), findings, metrics)


def _summary(findings: list[Finding]) -> str:
    """One sentence: what is missing first, then the apology, then how many sentences sound defensive."""
    if not findings:
        return "De brief toont begrip voor de lezer."
    parts = [finding.message[:1].lower() + finding.message[1:].rstrip(".") for finding in findings if finding.scope == "document"]
    if any(finding.rule == "empathy.excuses" for finding in findings):
        parts.append("bied excuses aan voor de fout die de brief erkent")
    defensive = sum(1 for finding in findings if finding.rule.startswith("empathy.defensief."))
    if defensive:
        parts.append(f"{defensive} {'formulering klinkt' if defensive == 1 else 'formuleringen klinken'} verdedigend of afstandelijk")
    if not parts:
        return f"{len(findings)} {'formulering klinkt' if len(findings) == 1 else 'formuleringen klinken'} negatief."
    return "Toon meer begrip: " + "; ".join(parts) + "."


def _sentence_span(sentence: ParsedSentence) -> tuple[int, int]:
    words = [token for token in sentence.doc if not token.is_space]
    return sentence.offsets(sentence.doc[words[0].i : words[-1].i + 1]) if words else (sentence.start, sentence.end)


def _thanks(context: Context, rule: Rule, found: dict[str, list[Reading]]) -> list[Finding]:
    return [] if "thanks" in found else context.missing(rule, "first_body")


def _acknowledgement(context: Context, rule: Rule, found: dict[str, list[Reading]]) -> list[Finding]:
    """Missing acknowledgement; a verdict or thanks in its place is named for what it is."""
    if "acknowledgement" in found:
        return []
    if "verdict" in found:
        sentence, cue = found["verdict"][0]
        return [context.finding(rule, *_sentence_span(sentence), scope="document", message=rule.text("verdict"),
                                verdict=cue.span.text)]
    if "thanks" in found:
        sentence, _ = found["thanks"][0]
        return [context.finding(rule, *_sentence_span(sentence), scope="document", message=rule.text("thanks"))]
    return context.missing(rule, rule.option("anchor", "first_body"))


def _apology(context: Context, rule: Rule, found: dict[str, list[Reading]]) -> list[Finding]:
    """A recognised fault with no apology anywhere: one finding on the (most explicit) admission sentence."""
    admissions = found.get("fault_admission", [])
    if not admissions or "apology" in found:
        return []
    explicit = [reading for reading in admissions if reading[1].kind != "verdict"]
    sentence, cue = (explicit or admissions)[0]
    kind = cue.kind or "mistake"
    first = (rule.option("suggestions") or {}).get(kind)
    return [context.finding(rule, *_sentence_span(sentence), message=rule.text(kind),
                            suggestions=[first, *rule.suggestions] if first else None)]


def _stance(context: Context, rule: Rule, found: dict[str, list[Reading]]) -> list[Finding]:
    """Each defensive cue of the rule's category, on its own span."""
    findings = []
    for sentence, cue in found.get(rule.option("category"), []):
        word = sentence.doc[cue.trigger].text if 0 <= cue.trigger < len(sentence.doc) else cue.span.text
        findings.append(context.finding(rule, *sentence.offsets(cue.span), word=word))
    return findings


_DETECTORS = {
    "thanks": _thanks,
    "acknowledgement": _acknowledgement,
    "apology": _apology,
    "stance": _stance,
}
