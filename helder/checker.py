"""The checker: one letter in, one `Report` out.

A `Checker` loads the pipeline, profile and rules once and is then safe to
share between threads: checking only reads that state. It never logs or
keeps the text it checks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from helder import __version__
from helder.analysis import Analysis, analyse_many
from helder.dimensions import (
    Context, empathy, escalation, jargon, passive_voice, personal_tone, sentence_length, solution,
)
from helder.errors import TextTooLong
from helder.language import looks_dutch
from helder.matching import RuleMatcher
from helder.nlp import load_pipeline
from helder.profiles import DEFAULT_PROFILE, Profile
from helder.profiles import load as load_profile
from helder.report import DimensionResult, Finding, PartRecord, Report, SentenceRecord, Stats
from helder.rulebook import Rule, is_disabled, load_rules
from helder.stats import reading_stats
from helder.text import replace_lone_surrogates

DIMENSIONS = (sentence_length, jargon, passive_voice, personal_tone, empathy, escalation, solution)


class Checker:
    """Checks complaint replies against one profile and rule set."""

    def __init__(
        self,
        profile: str = DEFAULT_PROFILE,
        *,
        extra_rules: Iterable[str | os.PathLike[str]] = (),
        disable: Sequence[str] = (),
        accept: Iterable[str] = (),
        max_chars: int | None = None,
    ) -> None:
        extra = list(extra_rules)
        self.profile: Profile = load_profile(profile, extra)
        self.disabled = tuple([*self.profile.disable, *disable])
        self.rules: list[Rule] = [rule for rule in load_rules(extra) if not is_disabled(rule.id, self.disabled)]
        self.accept = frozenset(word.lower() for word in [*self.profile.accept, *accept])
        self.max_chars = max_chars or self.profile.max_chars
        self.nlp = load_pipeline()
        self._matcher = RuleMatcher(self.nlp, self.rules)

    def check(self, text: str, meta: Mapping[str, Any] | None = None) -> Report:
        return next(self.check_many([text], meta=meta))

    def check_many(
        self, texts: Iterable[str], n_process: int = 1, batch_size: int = 32, meta: Mapping[str, Any] | None = None
    ) -> Iterator[Report]:
        """Check letters in a stream, parsing them together through `nlp.pipe`."""
        for analysis in analyse_many(self.nlp, self._guarded(texts), batch_size=batch_size, n_process=n_process):
            yield self._report(analysis, meta)

    def _guarded(self, texts: Iterable[str]) -> Iterator[str]:
        for text in texts:
            if not isinstance(text, str):
                raise TypeError("helder controleert tekst (str), geen " + type(text).__name__)
            if len(text) > self.max_chars:
                raise TextTooLong(len(text), self.max_chars)
            yield replace_lone_surrogates(text)

    def _report(self, analysis: Analysis, meta: Mapping[str, Any] | None) -> Report:
        notices: list[str] = []
        dutch, share = looks_dutch(" ".join(analysis.prepared[s.start : s.end] for s in analysis.body))
        if not analysis.body:
            notices.append("Er is geen tekst om te controleren. Plak of typ de brief.")
        elif not dutch:
            notices.append(
                "Deze tekst lijkt niet in het Nederlands geschreven. helder beoordeelt alleen Nederlandse brieven."
            )
        if analysis.body and dutch:
            matches = self._matcher.find(analysis)
            results = {module.ID: self._assess(module, analysis, matches) for module in DIMENSIONS}
        else:
            results = {module.ID: self._unjudged(module, notices[0]) for module in DIMENSIONS}
        score = self._overall(results) if analysis.body and dutch else 0
        grade = self._grade(score, results)
        return Report(
            helder_version=__version__,
            profile=self.profile.id,
            score=score,
            grade=grade,
            summary=notices[0] if notices else _summary(grade, results),
            dimensions=results,
            sentences=[
                SentenceRecord(
                    start=s.start,
                    end=s.end,
                    words=s.words,
                    part=s.part if s.part in ("salutation", "body", "closing", "signature") else "other",
                    passive=bool(s.passives),
                )
                for s in analysis.sentences
            ],
            parts=[PartRecord(part.kind, part.start, part.end) for part in analysis.segmentation.parts],
            stats=reading_stats(analysis) if dutch else Stats(0, 0, 0, 0.0, 0.0, ""),
            language={"code": "nl" if dutch else "und", "dutch_share": share},
            notices=notices,
            meta=dict(meta or {}),
        )

    def _assess(self, module: Any, analysis: Analysis, matches: dict) -> DimensionResult:
        rules = [rule for rule in self.rules if rule.dimension == module.ID]
        context = Context(analysis, self.profile, rules, matches, self.accept)
        result: DimensionResult = module.assess(context)
        kept = [finding for finding in result.findings if not is_disabled(finding.rule, self.disabled)]
        return DimensionResult(**{**result.__dict__, "findings": _with_ids(kept)})

    def _unjudged(self, module: Any, reason: str) -> DimensionResult:
        return DimensionResult(
            id=module.ID, label=module.LABEL, score=0, status="warn", summary=reason,
            weight=self.profile.weights[module.ID], metrics=_empty_metrics(module.ID, self.profile),
        )

    def _overall(self, results: dict[str, DimensionResult]) -> int:
        weights = self.profile.weights
        total = sum(weights[key] for key in results)
        return int(round(sum(result.score * weights[key] for key, result in results.items()) / total))

    def _grade(self, score: int, results: dict[str, DimensionResult]) -> str:
        """By score; a letter that fails one dimension outright (no "wat nu?") is at best "bijna"."""
        failed = any(result.status == "fail" for result in results.values())
        if score >= self.profile.grades.get("helder", 75) and not failed:
            return "helder"
        if score >= self.profile.grades.get("bijna", 55):
            return "bijna"
        return "onhelder"


def _with_ids(findings: list[Finding]) -> list[Finding]:
    """Stable keys (rule, text, occurrence) that survive edits elsewhere in the letter."""
    seen: dict[tuple[str, str], int] = {}
    keyed = []
    for finding in findings:
        key = (finding.rule, finding.text.strip().lower())
        seen[key] = seen.get(key, 0) + 1
        keyed.append(Finding(**{**finding.__dict__, "id": f"{key[0]}:{key[1]}:{seen[key]}"}))
    return keyed


def _empty_metrics(dimension: str, profile: Profile) -> dict[str, Any]:
    if dimension == "escalation":
        elements = {"condition": False, "body": False, "channel": False}
        return {"present": False, "complete": False, "elements": elements, "template": profile.escalation_template}
    if dimension == "passive_voice":
        return {"passive_clauses": 0, "passive_sentence_share": 0.0}
    if dimension == "solution":
        elements = dict.fromkeys(("outcome", "reason", "action", "reader_action", "contact", "learning", "fault"), False)
        return {**elements, "vague_promises": 0, "dated_actions": 0}
    return {}


def _summary(grade: str, results: dict[str, DimensionResult]) -> str:
    weakest = sorted((result for result in results.values() if result.status != "ok"), key=lambda result: result.score)
    if not weakest:
        return "Heerlijk helder: de brief scoort goed op alle onderdelen."
    names = " en ".join(f"‘{result.label}’" for result in weakest[:2])
    opening = {"helder": "Helder", "bijna": "Bijna helder", "onhelder": "Nog niet helder"}[grade]
    return f"{opening}. Werk vooral aan {names}."
