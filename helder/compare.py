"""Two versions of a letter side by side: what a rewrite gained and lost.

Used by `helder compare` and the trainers' page `/vergelijken`, so both say
the same thing. Findings are matched by rule id and their normalised text,
not by position: a rewrite moves everything, but "middels" stays "middels".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from helder.report import Finding, Report


@dataclass(frozen=True)
class DimensionChange:
    """One dimension's score and status before and after."""

    id: str
    label: str
    before: int
    after: int
    status_before: str
    status_after: str

    @property
    def difference(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class Comparison:
    """The two reports and what changed between them."""

    before: Report
    after: Report
    dimensions: list[DimensionChange]
    disappeared: list[Finding]  # in the first version only (from its findings)
    stayed: list[Finding]  # in both versions (as found in the second)
    appeared: list[Finding]  # in the second version only

    @property
    def score_difference(self) -> int:
        return self.after.score - self.before.score

    def to_dict(self) -> dict[str, Any]:
        """The JSON of `helder compare --format json`."""
        return {
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
            "difference": {
                "score": self.score_difference,
                "dimensions": {change.id: change.difference for change in self.dimensions},
            },
            "findings": {
                name: [finding.to_dict() for finding in getattr(self, name)]
                for name in ("disappeared", "stayed", "appeared")
            },
        }


def finding_key(finding: Finding) -> tuple[str, str]:
    """What makes two findings "the same" across versions: rule id and the matched words.

    A document-wide finding (something missing) only points at a part of the
    letter, so the rule alone identifies it.
    """
    if finding.scope == "document":
        return finding.rule, ""
    return finding.rule, re.sub(r"\s+", " ", finding.text).strip().casefold()


def compare(before: Report, after: Report) -> Comparison:
    """Compare two reports of the same profile."""
    dimensions = [
        DimensionChange(key, result.label, result.score, after.dimensions[key].score,
                        result.status, after.dimensions[key].status)
        for key, result in before.dimensions.items() if key in after.dimensions
    ]
    unmatched: dict[tuple[str, str], list[Finding]] = defaultdict(list)
    for finding in before.findings:
        unmatched[finding_key(finding)].append(finding)
    stayed, appeared = [], []
    for finding in after.findings:
        earlier = unmatched.get(finding_key(finding))
        if earlier:
            earlier.pop(0)
            stayed.append(finding)
        else:
            appeared.append(finding)
    remaining = {id(finding) for group in unmatched.values() for finding in group}
    disappeared = [finding for finding in before.findings if id(finding) in remaining]
    return Comparison(before, after, dimensions, disappeared, stayed, appeared)
