"""The seven dimensions. Each module exposes `ID`, `LABEL` and `assess(context)`.

The checker calls `assess` only for a Dutch letter that has a body; an empty
or foreign text gets a notice instead.

`Context` carries what every dimension needs: the analysed letter, the
profile, the dimension's enabled rules and their matches, and helpers that
turn a rule plus a span into a `Finding`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span

from helder.analysis import Analysis
from helder.matching import Match
from helder.profiles import Profile
from helder.report import DimensionResult, Finding, Status
from helder.rewrite.inflected import fit_all, is_instruction
from helder.rulebook import Rule, slug

DEFAULT_PENALTY = {"info": 4.0, "warning": 12.0, "error": 25.0}


class _Blank(dict):
    """Leaves unknown {placeholders} in a message as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _capitalised_like(original: Span, replacement: str) -> str:
    """A capital where the found words open the sentence; a term with a capital of its own in mid-sentence
    ("de U-waarde") passes none on to its alternative."""
    opens = original[0].is_sent_start and original.text[:1].isupper()
    return replacement[:1].upper() + replacement[1:] if opens else replacement


@dataclass
class Context:
    analysis: Analysis
    profile: Profile
    rules: list[Rule]
    matches: dict[str, list[Match]]
    accept: frozenset[str]

    # -- rules -------------------------------------------------------------
    def rules_of(self, kind: str, name: str | None = None) -> list[Rule]:
        """Enabled rules of a type; for metrics and detectors optionally by metric/detector name."""
        key = {"metric": "metric", "detector": "detector"}.get(kind)
        return [rule for rule in self.rules if rule.type == kind and (name is None or rule.spec.get(key) == name)]

    def setting(self, rule: Rule, key: str, default: Any) -> Any:
        """A threshold or option: the profile overrides the rule file, which overrides the default."""
        return self.profile.threshold(rule.id, key, rule.option(key, default))

    # -- findings ----------------------------------------------------------
    def finding(
        self,
        rule: Rule,
        start: int,
        end: int,
        *,
        message: str | None = None,
        suggestions: Iterable[str] | None = None,
        replacements: Iterable[str] = (),
        scope: str = "span",
        severity: str | None = None,
        rule_id: str | None = None,
        tier: str | None = None,
        **values: Any,
    ) -> Finding:
        text = self.analysis.text[start:end]
        fields = _Blank({"match": text.strip(), **{key: str(value) for key, value in values.items()}})
        return Finding(
            rule=rule_id or rule.id,
            dimension=rule.dimension,
            severity=severity or rule.severity,  # type: ignore[arg-type]
            start=start,
            end=end,
            text=text,
            message=(message or rule.message).format_map(fields),
            suggestions=[item.format_map(fields) for item in (
                _about_the_match_first(rule.suggestions, text) if suggestions is None else suggestions)],
            replacements=list(replacements),
            explanation=rule.explanation,
            scope=scope,  # type: ignore[arg-type]
            tier=tier,
        )

    def anchor(self, where: str = "first_body") -> tuple[int, int]:
        """The most relevant real span for a document-level finding (never empty)."""
        segmentation = self.analysis.segmentation
        body = segmentation.of_kind("body")
        order = {
            "first_body": [body[:1], segmentation.of_kind("salutation")],
            "last_body": [body[-1:], segmentation.of_kind("closing")],
            "salutation": [segmentation.of_kind("salutation"), body[:1]],
            "signature": [segmentation.of_kind("signature"), segmentation.of_kind("closing"), body[-1:]],
        }[where]
        for parts in order:
            if parts:
                return parts[0].start, parts[0].end
        everything = [part for part in segmentation.parts if part.end > part.start]
        if everything:
            return everything[0].start, everything[-1].end
        stripped = self.analysis.text.strip()
        start = self.analysis.text.find(stripped) if stripped else 0
        return start, start + len(stripped)

    def missing(self, rule: Rule, where: str, message_key: str = "missing") -> list[Finding]:
        """A document-level finding for something the letter lacks, anchored on the most relevant part."""
        return [self.finding(rule, *self.anchor(where), scope="document", message=rule.text(message_key))]

    def accepted(self, match_text: str, lemmas: Iterable[str] = ()) -> bool:
        """Words the organisation accepts are never jargon."""
        return match_text.lower() in self.accept or any(lemma.lower() in self.accept for lemma in lemmas)

    def generic_findings(self) -> list[Finding]:
        """Findings of the declarative rule types for this dimension."""
        findings: list[Finding] = []
        for rule in self.rules:
            handler = _GENERIC.get(rule.type)
            if handler is not None:
                findings.extend(handler(self, rule, self.matches.get(rule.id, [])))
        return findings

    # -- scoring -----------------------------------------------------------
    def penalty(self, findings: Iterable[Finding]) -> float:
        rules = {rule.id: rule for rule in self.rules}
        total = 0.0
        for finding in findings:
            rule = rules.get(finding.rule) or rules.get(finding.rule.rsplit(".", 1)[0])
            if rule is None or rule.penalty is None:
                total += DEFAULT_PENALTY[finding.severity]
            else:  # a rule's penalty is for its own severity; a milder finding of it weighs less
                total += rule.penalty * DEFAULT_PENALTY[finding.severity] / DEFAULT_PENALTY[rule.severity]
        return total

    def status(self, score: int) -> Status:
        if score >= self.profile.status.get("ok", 75):
            return "ok"
        if score >= self.profile.status.get("warn", 50):
            return "warn"
        return "fail"

    def result(
        self, dimension_id: str, label: str, score: float, summary: str, findings: list[Finding], metrics: dict
    ) -> DimensionResult:
        clamped = int(round(max(0.0, min(100.0, score))))
        return DimensionResult(
            id=dimension_id,
            label=label,
            score=clamped,
            status=self.status(clamped),
            summary=summary,
            weight=self.profile.weights[dimension_id],
            metrics=metrics,
            findings=sorted(findings, key=lambda finding: (finding.start, finding.end)),
        )


def _about_the_match_first(suggestions: list[str], text: str) -> list[str]:
    """A rule for several words ("dan wel", "gezien", "bij deze") puts the advice that quotes the found word first."""
    found = text.strip().lower()

    def quotes_it(item: str) -> bool:
        quoted = _QUOTED_AT_START.match(item)
        return quoted is not None and quoted.group(1).strip(", ").lower() == found

    return sorted(suggestions, key=lambda item: not quotes_it(item))


_QUOTED_AT_START = re.compile(r"'([^']+)'")


def _unaccepted(context: Context, matches: list[Match]) -> list[Match]:
    """The matches, less the words the organisation accepts."""
    return [match for match in matches if not context.accepted(match.span.text, (t.lemma_ for t in match.span))]


def _plain(context: Context, rule: Rule, matches: list[Match]) -> list[Finding]:
    return [context.finding(rule, *match.offsets) for match in _unaccepted(context, matches)]


def _substitution(context: Context, rule: Rule, matches: list[Match]) -> list[Finding]:
    """Alternatives replace the span in the form of the found words ("verzochten" -> "vroegen");
    an alternative helder cannot put in that form stays advice, in its base form."""
    findings = []
    for match in _unaccepted(context, matches):
        base = _preferred_first(rule.spec["entries"][match.key], rule.spec.get("entry_preferences", {}).get(match.key),
                                match.span)
        # a noun of the other gender takes its article along: the span may then open at the article
        taken = [other.span for others in context.matches.values() for other in others
                 if other.sentence is match.sentence and other.span != match.span]
        span, fitted = fit_all(base, match.key, match.span, _next_sentence(context, match), taken)
        start, end = match.sentence.offsets(span)
        replacements = [_capitalised_like(span, item) for item in fitted if item]
        advice = [item if is_instruction(item) else f"{item} (in de juiste vorm)" for item, done in zip(base, fitted)
                  if not done]
        alternatives = [_capitalised_like(span, done) if done else _capitalised_like(match.span, item)
                        for item, done in zip(base, fitted)]
        findings.append(
            context.finding(
                rule,
                start,
                end,
                suggestions=[*replacements, *advice],
                replacements=replacements,
                rule_id=f"{rule.id}.{slug(match.key)}",
                tier=rule.spec.get("tier"),
                alternatives=" of ".join(f"'{item}'" for item in alternatives),
                term=match.key,
                match=context.analysis.text[slice(*match.offsets)].strip(),  # the term, not the article it changes
            )
        )
    return findings


_PREFERENCE_REACH = 4  # the words after a term in which a `first_before` word puts its alternative first


def _preferred_first(alternatives: list[str], preferences: dict[str, list[str]] | None, span: Span) -> list[str]:
    """The entry's alternatives, with the one whose `first_before` words follow the term put first: "ingevolge"
    is "door" after "uw melding" but "volgens" before "het reglement"."""
    if not preferences:
        return alternatives
    following = {form for token in span.doc[span.end : span.end + _PREFERENCE_REACH]
                 for form in (token.lower_, token.lemma_.lower())}
    for alternative, words in preferences.items():
        if following & {word.lower() for word in words}:
            return [alternative, *(other for other in alternatives if other != alternative)]
    return alternatives


def _next_sentence(context: Context, match: Match) -> Doc | None:
    """The sentence after the match's in the same part of the letter, where a pronoun may point back."""
    sentences = context.analysis.sentences
    index = next((i for i, sentence in enumerate(sentences) if sentence is match.sentence), len(sentences))
    following = sentences[index + 1] if index + 1 < len(sentences) else None
    return following.doc if following is not None and following.part == match.sentence.part else None


def _occurrence(context: Context, rule: Rule, matches: list[Match]) -> list[Finding]:
    limit = int(context.setting(rule, "max", rule.spec["max"]))
    extra = matches[limit:]
    return [context.finding(rule, *match.offsets, count=len(matches), max=limit) for match in extra]


def _expectation(context: Context, rule: Rule, matches: list[Match]) -> list[Finding]:
    return [] if matches else context.missing(rule, rule.option("anchor", "first_body"))


def _conditional(context: Context, rule: Rule, matches: list[Match]) -> list[Finding]:
    triggers = [match for match in matches if match.key == "if"]
    if not triggers or any(match.key == "then" for match in matches):
        return []
    return [context.finding(rule, *triggers[0].offsets, scope="document")]


_GENERIC: dict[str, Callable[[Context, Rule, list[Match]], list[Finding]]] = {
    "existence": _plain,
    "substitution": _substitution,
    "occurrence": _occurrence,
    "expectation": _expectation,
    "conditional": _conditional,
}


def drop_nested(
    findings: list[Finding],
    hides: Callable[[Finding, Finding], bool] = lambda outer, inner: True,
    preference: Callable[[Finding], Any] = lambda finding: 0,
) -> list[Finding]:
    """Within one dimension, a finding inside a longer one, or on the very same words, says nothing
    new when the other one `hides` it; of findings on the same words, the one `preference` ranks
    first (lowest) stays."""
    ordered = sorted(findings, key=lambda finding: (finding.start, -(finding.end - finding.start), preference(finding)))
    kept: list[Finding] = []
    for finding in ordered:
        if finding.scope == "span" and any(
            other.scope == "span" and other.start <= finding.start and finding.end <= other.end
            and hides(other, finding)
            for other in kept
        ):
            continue
        kept.append(finding)
    return kept


def ratio_score(value: float, ok: float, fail: float, zero: float) -> float:
    """Map a "lower is better" ratio to 0-100: `ok` -> 75, `fail` -> 50, `zero` -> 0, linear between."""
    if value <= ok:
        return 100.0 - 25.0 * (value / ok if ok else 1.0)
    if value <= fail:
        return 75.0 - 25.0 * (value - ok) / (fail - ok)
    return max(0.0, 50.0 - 50.0 * (value - fail) / max(zero - fail, 1e-9))
