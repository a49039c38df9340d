"""Solution ("Oplossing"): Ombudsman criteria 4 (oplossingsgericht) and 10 (leren uit klachten).

A reply should say how the complaint ends and what happens next:
- the outcome (gegrond, deels gegrond, ongegrond, "u heeft gelijk") and the reason;
- a concrete action of the service, with who and when; vague promises are findings;
- what the reader can or must do (or that they need do nothing), and by when;
- whom to ask about this case (not the ombudsman: that is `escalation`);
- where the service admits a fault, what it learned or changed.
Each sentence is read by `helder.nlp.commitments`; the phrase lists come from
the detector rules in `rules/solution.yaml`. Missing elements are
document-scope findings on the paragraph where the element belongs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from helder.analysis import ParsedSentence
from helder.dimensions import Context
from helder.nlp.commitments import Cues, Reading, read
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule
from helder.segment import Part

ID = "solution"
LABEL = "Oplossing"

# Short Dutch names of the elements, for the summary.
_NAMES = {
    "outcome": "de uitkomst",
    "reason": "de reden",
    "action": "wat de dienst doet",
    "dated": "wanneer",
    "reader_action": "wat de lezer moet doen",
    "contact": "een contactpersoon",
    "learning": "wat de dienst leert",
}


@dataclass(frozen=True)
class _Sentence:
    parsed: ParsedSentence
    part: Part | None
    reading: Reading


def assess(context: Context) -> DimensionResult:
    rules = {rule.spec["detector"]: rule for rule in context.rules_of("detector")}
    options: dict[str, Any] = {}
    for rule in rules.values():
        options.update(rule.spec.get("options") or {})
    cues = Cues.with_second_line(options, context.profile.escalation, context.profile.local_service)
    sentences = _read_letter(context, cues)
    own = [sentence for sentence in sentences if not sentence.reading.second_line]

    def having(flag: str) -> list[_Sentence]:
        return [sentence for sentence in own if getattr(sentence.reading, flag)]

    actions = having("action") + _done_after_outcome(own)
    dated = [sentence for sentence in actions if sentence.reading.dated]
    found = {name: bool(having(name)) for name in ("outcome", "reason", "reader_action", "contact", "learning")}
    found["action"] = bool(actions)
    fault = bool(having("fault"))
    vague = having("vague")

    findings: list[Finding] = []
    content = _content_paragraph(sentences)
    fallback = (content.start, content.end) if content else context.anchor("last_body")
    places = {
        "outcome": _paragraph_of(having("reason")) or _second_paragraph(context),
        "reason": _paragraph_of(having("outcome")) or _second_paragraph(context),
        "action": _paragraph_of(vague) or _paragraph_of(having("outcome")) or fallback,
        "reader_action": _paragraph_of(having("action")[-1:]) or fallback,
        "contact": fallback,
        "learning": _paragraph_of(having("fault")) or fallback,
    }
    for name in ("outcome", "reason", "action", "reader_action", "contact"):
        if name in rules and not found[name]:
            findings.append(_missing(context, rules[name], places[name]))
    if "dated" in rules and actions and not dated:
        first = actions[0].parsed
        findings.append(_missing(context, rules["dated"], (first.start, _end(first))))
    if "learning" in rules and fault and not found["learning"]:
        findings.append(_missing(context, rules["learning"], places["learning"]))
    for name, flagged in (("vague", vague), ("deadline", having("undated_request"))):
        if name in rules:
            findings += [
                context.finding(rules[name], sentence.parsed.start, _end(sentence.parsed)) for sentence in flagged
            ]

    metrics = {
        **{name: found[name] for name in ("outcome", "reason", "action", "reader_action", "contact", "learning")},
        "fault": fault,
        "vague_promises": len(vague),
        "dated_actions": len(dated),
    }
    score = 100.0 - context.penalty(findings)
    return context.result(ID, LABEL, score, _summary(findings, rules), findings, metrics)


def _read_letter(context: Context, cues: Cues) -> list[_Sentence]:
    """Every body sentence with its paragraph and reading. Once a sentence names the ombudsman
    or a second-line body, the rest of its paragraph is the "wat nu?" passage."""
    parts = context.analysis.segmentation.of_kind("body")
    sentences: list[_Sentence] = []
    second_line_part: Part | None = None
    for parsed in context.analysis.body:
        part = next((part for part in parts if part.start <= parsed.start < part.end), None)
        reading = read(parsed.doc, cues, second_line=part is not None and part == second_line_part)
        if reading.second_line:
            second_line_part = part
        sentences.append(_Sentence(parsed, part, reading))
    return sentences


def _content_paragraph(sentences: list[_Sentence]) -> Part | None:
    """The last body paragraph without the "wat nu?" passage: where a contact line belongs."""
    passage = {sentence.part for sentence in sentences if sentence.reading.second_line}
    own_parts = [sentence.part for sentence in sentences if sentence.part and not sentence.reading.second_line]
    clean = [part for part in own_parts if part not in passage]
    return (clean or own_parts or [None])[-1]


def _paragraph_of(sentences: list[_Sentence]) -> tuple[int, int] | None:
    if not sentences:
        return None
    first = sentences[0]
    if first.part is not None:
        return first.part.start, first.part.end
    return first.parsed.start, first.parsed.end


def _second_paragraph(context: Context) -> tuple[int, int]:
    """The paragraph after the opening one, where the verdict usually stands."""
    body = context.analysis.segmentation.of_kind("body")
    if len(body) > 1:
        return body[1].start, body[1].end
    return context.anchor("first_body")


def _end(parsed: ParsedSentence) -> int:
    """The sentence without trailing whitespace."""
    return parsed.start + len(parsed.doc.text.rstrip())


def _missing(context: Context, rule: Rule, where: tuple[int, int]) -> Finding:
    return context.finding(rule, *where, scope="document", message=rule.text("missing"))


def _summary(findings: list[Finding], rules: dict[str, Rule]) -> str:
    if not findings:
        return "De brief zegt hoe de klacht afloopt, wat er nu gebeurt en bij wie de lezer terechtkan."
    by_rule = {rule.id: name for name, rule in rules.items()}
    missing = [_NAMES[by_rule[finding.rule]] for finding in findings if finding.scope == "document"]
    vague = sum(1 for finding in findings if by_rule.get(finding.rule) == "vague")
    deadlines = sum(1 for finding in findings if by_rule.get(finding.rule) == "deadline")
    parts = []
    if missing:
        parts.append("Zeg ook " + _join(missing))
    if vague:
        parts.append(f"maak {'de vage belofte' if vague == 1 else f'de {vague} vage beloftes'} concreet")
    if deadlines:
        parts.append("zeg tegen wanneer de lezer iets moet doen")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " en " + items[-1]


def _done_after_outcome(sentences: list[_Sentence]) -> list[_Sentence]:
    """Remedies already carried out ("Op 10 maart herstelden wij uw dossier") count as actions
    when they come after the verdict: before it, a past act is usually what went wrong."""
    verdict = next((index for index, sentence in enumerate(sentences) if sentence.reading.outcome), None)
    return [] if verdict is None else [sentence for sentence in sentences[verdict + 1 :] if sentence.reading.done]
