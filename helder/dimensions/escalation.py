"""Escalation ("wat nu?"): Ombudsman criterion 7.

A reply must say what the reader can do if they stay dissatisfied. We look
for one passage that holds three elements:
- condition: "bent u niet tevreden", "gaat u niet akkoord", ...
- body: the Vlaamse Ombudsman/Ombudsdienst or the profile's own service;
- channel: a phone number, website, e-mail or postal address.
A passage is a body paragraph that names the body, together with the
paragraphs around it: the condition often stands as a question just
before it, and contact details on their own lines just after. A mention of the
ombudsman with neither condition nor channel (say, its annual report) is
not an escalation passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helder.dimensions import Context
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule

ID = "escalation"
LABEL = "Wat nu? (verdere stappen)"

_ANY_PHONE = re.compile(r"(?<![\d/])(?:\+32 ?|0)\d{1,3}(?:[ ./]?\d{2,3}){2,4}(?![\d/])|\b1700\b")
_ANY_WEB = re.compile(r"\b(?:https?://|www\.)\S+|\b[\w-]+\.(?:be|vlaanderen|eu|com|org)\b", re.IGNORECASE)
_ANY_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ANY_ADDRESS = re.compile(r"\b\d{4} [A-ZÀ-Ý][a-zà-ÿ-]+|\b(?:postbus|straat|laan|plein|steenweg)\b", re.IGNORECASE)
_ELEMENTS = ("condition", "body", "channel")


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    condition: bool
    body: bool
    channel: bool

    @property
    def count(self) -> int:
        return sum((self.condition, self.body, self.channel))


@lru_cache(maxsize=64)
def _phrases(terms: tuple[str, ...]) -> re.Pattern[str] | None:
    """Word-bounded, whitespace-tolerant alternation of literal phrases."""
    if not terms:
        return None
    parts = sorted((r"\s+".join(map(re.escape, term.lower().split())) for term in terms if term.strip()), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def assess(context: Context) -> DimensionResult:
    rules = context.rules_of("detector", "escalation")
    passage = _best_passage(context, rules[0]) if rules else None
    present = passage is not None and passage.body and passage.count >= 2
    elements = {name: bool(present and getattr(passage, name)) for name in _ELEMENTS}
    complete = present and all(elements.values())
    findings: list[Finding] = []
    template = context.profile.escalation_template
    for rule in rules:
        if not context.analysis.body:
            break
        if not present:
            findings.append(
                context.finding(rule, *context.anchor("last_body"), scope="document", message=rule.text("missing"),
                                suggestions=[template, *rule.suggestions])
            )
        elif not complete:
            missing = [name for name in _ELEMENTS if not elements[name]]
            findings.append(
                context.finding(
                    rule, passage.start, passage.end, scope="document", severity="warning",
                    message=" ".join(rule.text(name) for name in missing), suggestions=[template, *rule.suggestions],
                )
            )
    score = 100.0 if complete else 60.0 if present else 0.0
    metrics = {"present": present, "complete": complete, "elements": elements, "template": template}
    if complete:
        summary = "De brief zegt waar de lezer terechtkan als die niet tevreden is."
    elif present:
        summary = "De alinea over verdere stappen is onvolledig."
    else:
        summary = "De brief zegt niet waar de lezer terechtkan als die niet tevreden is."
    return context.result(ID, LABEL, score, summary, findings, metrics)


def _best_passage(context: Context, rule: Rule) -> Passage | None:
    """The body paragraph (with its neighbours) with the most escalation elements."""
    escalation = context.profile.escalation
    channels = escalation.get("channels") or {}
    condition = _phrases(tuple(context.setting(rule, "condition", [])))
    body = _phrases(tuple([*escalation.get("bodies", []), *([context.profile.local_service] if context.profile.local_service else [])]))
    known_channels = _phrases(tuple(str(item) for key in ("phones", "websites", "emails", "addresses") for item in channels.get(key, [])))
    parts = context.analysis.segmentation.of_kind("body")
    best: Passage | None = None
    for index, part in enumerate(parts):
        if body is None or not body.search(_lower(context, part.start, part.end)):
            continue
        start = parts[index - 1].start if index else part.start
        end = parts[index + 1].end if index + 1 < len(parts) else part.end
        window = context.analysis.prepared[start:end]
        lowered = window.lower()
        candidate = Passage(
            start=part.start,
            end=part.end,
            condition=bool(condition and condition.search(lowered)),
            body=True,
            channel=bool(
                (known_channels and known_channels.search(lowered))
                or _ANY_PHONE.search(window) or _ANY_EMAIL.search(window) or _ANY_WEB.search(window)
                or _ANY_ADDRESS.search(window)
            ),
        )
        if best is None or candidate.count > best.count:
            best = candidate
    return best


def _lower(context: Context, start: int, end: int) -> str:
    return context.analysis.prepared[start:end].lower()
