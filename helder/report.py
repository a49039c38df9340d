"""The report model: the one place that defines what a check returns.

`Report.to_dict()` produces exactly the shape of the report contract
(`helder/schema/report.schema.json`, a copy of the shared contract) plus
helder's documented extensions. Offsets are Python str indices into the
exact input text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["info", "warning", "error"]
Status = Literal["ok", "warn", "fail"]
Grade = Literal["helder", "bijna", "onhelder"]
SentencePart = Literal["salutation", "body", "closing", "signature", "other"]

DIMENSION_IDS = (
    "sentence_length", "jargon", "passive_voice", "personal_tone", "empathy", "escalation", "solution",
)


@dataclass(frozen=True)
class Finding:
    """One problem in the letter, with the exact span it concerns."""

    rule: str
    dimension: str
    severity: Severity
    start: int
    end: int
    text: str
    message: str
    suggestions: list[str] = field(default_factory=list)
    replacements: list[str] = field(default_factory=list)  # suggestions that can replace the span as they are
    explanation: str = ""
    scope: Literal["span", "document"] = "span"
    id: str = ""
    tier: str | None = None  # the lexicon tier of a jargon term (ambtelijk, omslachtig, moeilijk, archaisch, vlaams)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.tier is None:
            del data["tier"]
        return data


@dataclass(frozen=True)
class DimensionResult:
    """Score, status and summary for one dimension, with its findings."""

    id: str
    label: str
    score: int
    status: Status
    summary: str
    weight: float
    metrics: dict[str, Any] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "score": self.score,
            "status": self.status,
            "summary": self.summary,
            "weight": self.weight,
            "findings": len(self.findings),
            "metrics": self.metrics,
        }


@dataclass(frozen=True)
class SentenceRecord:
    start: int
    end: int
    words: int
    part: SentencePart
    passive: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class PartRecord:
    """A segment of the letter: subject, reference, salutation, body, closing, signature, other."""

    kind: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Stats:
    words: int
    sentences: int
    paragraphs: int
    avg_sentence_words: float
    flesch_douma: float
    level_estimate: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Report:
    """Everything helder says about one letter."""

    helder_version: str
    profile: str
    score: int
    grade: Grade
    summary: str
    dimensions: dict[str, DimensionResult]
    sentences: list[SentenceRecord]
    parts: list[PartRecord]
    stats: Stats
    language: dict[str, Any]
    notices: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        """All findings, in text order."""
        every = [finding for result in self.dimensions.values() for finding in result.findings]
        return sorted(every, key=lambda finding: (finding.start, finding.end, finding.rule))

    def to_dict(self) -> dict[str, Any]:
        return {
            "helder_version": self.helder_version,
            "profile": self.profile,
            "score": self.score,
            "grade": self.grade,
            "summary": self.summary,
            "notices": list(self.notices),
            "language": dict(self.language),
            "dimensions": {key: result.to_dict() for key, result in self.dimensions.items()},
            "findings": [finding.to_dict() for finding in self.findings],
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "parts": [part.to_dict() for part in self.parts],
            "stats": self.stats.to_dict(),
            "meta": dict(self.meta),
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
