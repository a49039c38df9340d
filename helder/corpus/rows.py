"""One letter in, one compact row out: figures and rule ids, no letter text.

`Scorer` is what every worker process holds (one `Checker`, loaded once);
`score_file` is the same work for one file, for use from Dask, Spark or a
script: it returns the row as a flat dict with the columns of brieven.csv.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from helder.corpus import anonymise as privacy
from helder.corpus.dates import estimate
from helder.corpus.inputs import Source
from helder.errors import HelderError, TextTooLong
from helder.extract import extract_text
from helder.report import Report


@dataclass(frozen=True)
class Settings:
    """How letters are scored and what a row may carry; picklable, for the worker processes."""

    profile: str = "vlaamse-overheid"
    rules: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    fragments: bool = False
    anonymous: bool = False


@dataclass
class LetterRow:
    """What the corpus report keeps of one letter."""

    file: str  # the label as given, used to find the letter's meta row; never written with --anoniem
    shown: str  # the label as written to the outputs
    words: int = 0
    sentences: int = 0
    score: int | None = None
    grade: str = ""
    dimensions: dict[str, tuple[str, int, str]] = field(default_factory=dict)  # id -> (label, score, status)
    metrics: dict[str, Any] = field(default_factory=dict)
    rules: dict[str, tuple[str, int]] = field(default_factory=dict)  # rule id -> (dimension, findings)
    fragments: list[tuple[str, str]] = field(default_factory=list)  # (rule id, flagged text), only with --fragmenten
    estimated: tuple[Any, Any] = (None, None)  # (received, sent) as the letter states them
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


def metrics_of(report: Report) -> dict[str, Any]:
    """The main metrics a coordinator reports, from the dimensions that provide them."""
    def metric(dimension: str, key: str, default: Any = None) -> Any:
        result = report.dimensions.get(dimension)
        return result.metrics.get(key, default) if result else default

    return {
        "avg_sentence_words": report.stats.avg_sentence_words,
        "passive_share": metric("passive_voice", "passive_sentence_share"),
        "jargon_count": metric("jargon", "findings"),
        "you_density": metric("personal_tone", "you_density"),
        "escalation_present": metric("escalation", "present"),
        "escalation_complete": metric("escalation", "complete"),
        "solution_action": metric("solution", "action"),
        "solution_contact": metric("solution", "contact"),
    }


def row_from_report(source_label: str, report: Report, text: str, settings: Settings) -> LetterRow:
    """The compact row of a checked letter; letter text enters it only with --fragmenten."""
    names = privacy.names_in(text) if settings.anonymous else set()
    shown = privacy.anonymise_filename(source_label, names) if settings.anonymous else source_label
    if report.notices:
        return LetterRow(source_label, shown, error=report.notices[0])  # empty or not Dutch: not scored
    rules: dict[str, tuple[str, int]] = {}
    counts = Counter(finding.rule for finding in report.findings)
    for finding in report.findings:
        rules[finding.rule] = (finding.dimension, counts[finding.rule])
    fragments = []
    if settings.fragments:
        for finding in report.findings:
            if finding.scope == "span" and finding.text.strip():
                fragment = " ".join(finding.text.split())[:200]
                fragments.append((finding.rule, privacy.anonymise(fragment, names) if settings.anonymous else fragment))
    return LetterRow(
        file=source_label,
        shown=shown,
        words=report.stats.words,
        sentences=report.stats.sentences,
        score=report.score,
        grade=report.grade,
        dimensions={key: (result.label, result.score, result.status) for key, result in report.dimensions.items()},
        metrics=metrics_of(report),
        rules=rules,
        fragments=fragments,
        estimated=estimate(text),
    )


class Scorer:
    """Reads and checks letters with one Checker; the unit of work of a worker process."""

    def __init__(self, settings: Settings, checker: Any = None) -> None:
        """Without custom rules the process-wide shared checker serves: the model loads once per process."""
        import helder

        self.settings = settings
        if checker is None and not (settings.rules or settings.disable or settings.accept):
            checker = helder.shared_checker(settings.profile)
        self.checker = checker or helder.Checker(settings.profile, extra_rules=settings.rules,
                                                 disable=list(settings.disable), accept=settings.accept)

    def _error(self, source: Source, reason: str) -> LetterRow:
        shown = privacy.anonymise_filename(source.label) if self.settings.anonymous else source.label
        return LetterRow(source.label, shown, error=reason)

    def score(self, sources: Sequence[Source]) -> list[LetterRow]:
        """Rows for a batch of letters, in the batch's order; a bad file becomes an error row."""
        rows: list[LetterRow | None] = [None] * len(sources)
        texts: list[tuple[int, str]] = []
        for index, source in enumerate(sources):
            try:
                text = extract_text(source.name, source.read())
            except HelderError as error:
                rows[index] = self._error(source, str(error))
                continue
            except Exception as error:  # a damaged file can trip any parser; the run goes on
                rows[index] = self._error(source, f"Het bestand kan niet gelezen worden ({type(error).__name__}).")
                continue
            if not text.strip():
                rows[index] = self._error(source, "Het bestand bevat geen tekst.")
            elif len(text) > self.checker.max_chars:
                rows[index] = self._error(source, str(TextTooLong(len(text), self.checker.max_chars)))
            else:
                texts.append((index, text))
        try:
            reports: list[Report | str] = list(self.checker.check_many([text for _, text in texts]))
        except Exception:  # one bad letter must not sink the batch: check them one by one
            reports = [self._check_one(text) for _, text in texts]
        for (index, text), report in zip(texts, reports):
            if isinstance(report, str):
                rows[index] = self._error(sources[index], report)
            else:
                rows[index] = row_from_report(sources[index].label, report, text, self.settings)
        return [row for row in rows if row is not None]

    def _check_one(self, text: str) -> Report | str:
        try:
            return self.checker.check(text)
        except HelderError as error:
            return str(error)
        except Exception as error:  # the type only: the message of an unexpected error may quote the letter
            return f"Interne fout bij het controleren ({type(error).__name__})."


def score_file(path: str | os.PathLike[str], settings: Settings | None = None, checker: Any = None) -> dict[str, Any]:
    """Score one letter file and return its brieven.csv row as a dict (for Dask, Spark or your own loop).

    Without `checker`, the process-wide shared checker of the profile is used, so
    calling this for many files in one worker loads the language model once.
    """
    from helder.corpus.meta import timeliness
    from helder.corpus.outputs import letter_record

    settings = settings or Settings()
    path = Path(path)
    scorer = Scorer(settings, checker)
    [row] = scorer.score([Source(str(path), path.name, path=str(path))])
    timing = timeliness(None, row.estimated) if row.ok else None
    return letter_record(row, None, timing, settings.anonymous, scorer.checker.profile.term_days)


def iter_rows(scorer: Scorer, sources: Iterable[Source], batch: int = 16) -> Iterable[LetterRow]:
    """Rows for a stream of sources, in order, in one process."""
    chunk: list[Source] = []
    for source in sources:
        chunk.append(source)
        if len(chunk) >= batch:
            yield from scorer.score(chunk)
            chunk = []
    if chunk:
        yield from scorer.score(chunk)
