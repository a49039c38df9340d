"""Streaming counters over letter rows: the figures of the annual complaint report.

Memory grows with the number of rules, services and late letters, never with
the number of letters: scores and days are kept as histograms (integers), the
lowest-scoring letters in a small heap.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from helder.corpus.meta import MetaRow, Timeliness
from helder.corpus.rows import LetterRow

LOWEST = 10
TOP_RULES = 20
FRAGMENTS_PER_RULE = 3
STATUSES = ("ok", "warn", "fail")
GRADES = ("helder", "bijna", "onhelder")


def median(histogram: Counter[int]) -> float | None:
    """The median of integer values kept as {value: count}."""
    total = sum(histogram.values())
    if not total:
        return None
    middle = ((total - 1) // 2, total // 2)
    found: list[int] = []
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        while len(found) < 2 and seen > middle[len(found)]:
            found.append(value)
    return (found[0] + found[1]) / 2


def percentile(histogram: Counter[int], share: float) -> int | None:
    """The nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, -(-int(round(share * total * 1000)) // 1000))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    return max(histogram)


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


@dataclass
class Group:
    """Figures for one service (`dienst`) or outcome (`uitkomst`)."""

    letters: int = 0
    score_sum: int = 0
    helder: int = 0
    days: Counter[int] = field(default_factory=Counter)
    on_time: int = 0

    def add(self, row: LetterRow, days: int | None, on_time: bool | None) -> None:
        self.letters += 1
        self.score_sum += row.score or 0
        self.helder += row.grade == "helder"
        if days is not None:
            self.days[days] += 1
            self.on_time += bool(on_time)

    def summary(self, name: str) -> dict[str, Any]:
        timed = sum(self.days.values())
        return {
            "name": name,
            "letters": self.letters,
            "mean_score": round(self.score_sum / self.letters, 1) if self.letters else None,
            "helder_share": _share(self.helder, self.letters),
            "timed": timed,
            "on_time_share": _share(self.on_time, timed),
            "median_days": median(self.days),
        }


@dataclass
class Aggregate:
    """Everything the summary needs, updated one row at a time."""

    term_days: int
    files: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    scores: Counter[int] = field(default_factory=Counter)
    grades: Counter[str] = field(default_factory=Counter)
    labels: dict[str, str] = field(default_factory=dict)
    statuses: dict[str, Counter[str]] = field(default_factory=dict)
    dimension_scores: Counter[str] = field(default_factory=Counter)
    metric_sums: Counter[str] = field(default_factory=Counter)
    metric_counts: Counter[str] = field(default_factory=Counter)
    rules: dict[str, list[Any]] = field(default_factory=dict)  # id -> [dimension, findings, letters]
    fragments: dict[str, list[str]] = field(default_factory=dict)
    lowest: list[tuple[int, int, str, list[str]]] = field(default_factory=list)
    days: Counter[int] = field(default_factory=Counter)
    on_time: int = 0
    estimated: int = 0
    late: list[dict[str, Any]] = field(default_factory=list)
    groups: dict[str, dict[str, Group]] = field(default_factory=lambda: {"dienst": {}, "uitkomst": {}})

    @property
    def letters(self) -> int:
        return sum(self.scores.values())

    def add(self, row: LetterRow, meta: MetaRow | None, timing: Timeliness) -> None:
        self.files += 1
        if not row.ok:
            self.errors.append({"file": row.shown, "reason": row.error})
            return
        score = row.score or 0
        self.scores[score] += 1
        self.grades[row.grade] += 1
        for key, (label, dimension_score, status) in row.dimensions.items():
            self.labels.setdefault(key, label)
            self.statuses.setdefault(key, Counter())[status] += 1
            self.dimension_scores[key] += dimension_score
        for key, value in row.metrics.items():
            if value is not None:
                self.metric_sums[key] += float(value)
                self.metric_counts[key] += 1
        for rule, (dimension, count) in row.rules.items():
            entry = self.rules.setdefault(rule, [dimension, 0, 0])
            entry[1] += count
            entry[2] += 1
        for rule, fragment in row.fragments:
            kept = self.fragments.setdefault(rule, [])
            if len(kept) < FRAGMENTS_PER_RULE and fragment not in kept:
                kept.append(fragment)
        weakest = [key for key, _ in sorted(row.dimensions.items(), key=lambda item: item[1][1]) if row.dimensions[key][2] != "ok"][:2]
        entry = (-score, self.files, row.shown, weakest)
        if len(self.lowest) < LOWEST:
            heapq.heappush(self.lowest, entry)
        else:
            heapq.heappushpop(self.lowest, entry)
        days, on_time = timing.days(), timing.on_time(self.term_days)
        if days is not None:
            self.days[days] += 1
            self.on_time += bool(on_time)
            self.estimated += timing.estimated
            if not on_time:
                self.late.append({"file": row.shown, "days": days, "dienst": meta.dienst if meta else "",
                                  "estimated": timing.estimated})
        for column in ("dienst", "uitkomst"):
            name = getattr(meta, column, "") if meta else ""
            if name:
                self.groups[column].setdefault(name, Group()).add(row, days, on_time)

    def _histogram(self) -> list[dict[str, int]]:
        """Letters per score band of ten: 0-9, 10-19, ..., 90-100."""
        bands: Counter[int] = Counter()
        for score, count in self.scores.items():
            bands[min(score // 10, 9)] += count
        return [{"from": band * 10, "to": band * 10 + (10 if band == 9 else 9), "letters": bands[band]} for band in range(10)]

    def top_rules(self, limit: int | None = TOP_RULES) -> list[dict[str, Any]]:
        ordered = sorted(self.rules.items(), key=lambda item: (-item[1][2], -item[1][1], item[0]))
        return [
            {"rule": rule, "dimension": dimension, "findings": findings, "letters": letters,
             "share": _share(letters, self.letters) or 0.0}
            for rule, (dimension, findings, letters) in ordered[:limit]
        ]

    def summary(self) -> dict[str, Any]:
        """The figures of samenvatting.json (see helder/schema/corpus-summary.schema.json)."""
        letters = self.letters
        timed = sum(self.days.values())
        return {
            "counts": {"files": self.files, "letters": letters, "errors": len(self.errors)},
            "score": {
                "mean": round(sum(value * count for value, count in self.scores.items()) / letters, 1) if letters else None,
                "median": median(self.scores),
                "histogram": self._histogram(),
            },
            "grades": {grade: {"letters": self.grades[grade], "share": _share(self.grades[grade], letters)} for grade in GRADES},
            "dimensions": {
                key: {
                    "label": self.labels[key],
                    "mean_score": round(self.dimension_scores[key] / letters, 1) if letters else None,
                    **{status: _share(counter[status], letters) for status in STATUSES},
                }
                for key, counter in self.statuses.items()
            },
            "metrics": {key: round(self.metric_sums[key] / self.metric_counts[key], 3) for key in self.metric_sums},
            "top_rules": self.top_rules(),
            "distinct_rules": len(self.rules),
            "timeliness": {
                "term_days": self.term_days,
                "known": timed,
                "estimated": self.estimated,
                "unknown": letters - timed,
                "on_time": self.on_time,
                "on_time_share": _share(self.on_time, timed),
                "median_days": median(self.days),
                "p90_days": percentile(self.days, 0.9),
                "late": sorted(self.late, key=lambda item: -item["days"]),
            },
            "breakdown": {
                column: [group.summary(name) for name, group in sorted(groups.items(), key=lambda item: item[0].casefold())]
                for column, groups in self.groups.items()
            },
            "lowest": [
                {"file": shown, "score": -negative, "weakest": weakest}
                for negative, _, shown, weakest in sorted(self.lowest, key=lambda item: (-item[0], item[1]))
            ],
            "errors": list(self.errors),
        }
