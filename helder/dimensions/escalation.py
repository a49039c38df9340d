"""Escalation ("wat nu?"): Ombudsman criterion 7.

A reply must say what the reader can do if they stay dissatisfied. We look
for one passage that holds three elements:
- condition: "bent u niet tevreden", "gaat u niet akkoord", ...
- body: the Vlaamse Ombudsman/Ombudsdienst or the profile's own service;
- channel: a phone number, website, e-mail or postal address.
The passage is the body paragraph that names the body; a short heading
before it may hold the condition and short contact lines after it the
channel. A mention of the
ombudsman with neither condition nor channel (say, its annual report) is
not an escalation passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from helder.contacts import ADDRESS, EMAIL, PHONE, WEBSITE
from helder.dimensions import Context
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule
from helder.segment import Part

ID = "escalation"
LABEL = "Wat nu? (verdere stappen)"

_ELEMENTS = ("condition", "body", "channel")
SHORT_PARAGRAPH_WORDS = 30


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
    """The body paragraph naming the body with the most escalation elements.

    The condition or a channel must stand in that paragraph itself, so a
    passing mention of the ombudsman next to a contact paragraph does not
    count. A short paragraph just before it may hold the condition (a
    heading such as "Niet tevreden?"), and a short one just after it the
    contact details.
    """
    escalation = context.profile.escalation
    channels = escalation.get("channels") or {}
    condition = _phrases(tuple(context.setting(rule, "condition", [])))
    local = [context.profile.local_service] if context.profile.local_service else []
    body = _phrases(tuple([*escalation.get("bodies", []), *local]))
    known = _phrases(tuple(str(item) for key in ("phones", "websites", "emails", "addresses") for item in channels.get(key, [])))
    parts = context.analysis.segmentation.of_kind("body")
    prepared = context.analysis.prepared

    def has_condition(part: Part) -> bool:
        return bool(condition and condition.search(prepared[part.start : part.end].lower()))

    def has_channel(part: Part) -> bool:
        window = prepared[part.start : part.end]
        return any(
            pattern and pattern.search(window.lower() if pattern is known else window)
            for pattern in (known, PHONE, EMAIL, WEBSITE, ADDRESS)
        )

    def short(part: Part) -> bool:
        return len(prepared[part.start : part.end].split()) <= SHORT_PARAGRAPH_WORDS

    best: Passage | None = None
    for index, part in enumerate(parts):
        if body is None or not body.search(prepared[part.start : part.end].lower()):
            continue
        before = parts[index - 1] if index and short(parts[index - 1]) else None
        after = parts[index + 1] if index + 1 < len(parts) and short(parts[index + 1]) else None
        own_condition, own_channel = has_condition(part), has_channel(part)
        if not (own_condition or own_channel):
            continue
        candidate = Passage(
            start=part.start,
            end=part.end,
            condition=own_condition or bool(before and has_condition(before)),
            body=True,
            channel=own_channel or bool(after and has_channel(after)),
        )
        if best is None or candidate.count > best.count:
            best = candidate
    return best
