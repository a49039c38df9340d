"""The corpus report from start to finish: sources → rows (in worker processes) → counters and files.

Rows stream from the workers in input order (`Pool.imap` over small batches,
with at most a few batches in flight), and each row is written to brieven.csv
and rapport.xlsx and added to the counters at once: no list of all reports is
ever held.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from helder import __version__
from helder.corpus import html, outputs
from helder.corpus.aggregate import Aggregate
from helder.corpus.anonymise import anonymise, anonymise_filename
from helder.corpus.inputs import Source, close_archives, sources
from helder.corpus.meta import MetaTable, read_meta, timeliness
from helder.corpus.rows import LetterRow, Scorer, Settings, iter_rows
from helder.corpus.xlsx import XlsxReport
from helder.profiles import DEFAULT_PROFILE
from helder.profiles import load as load_profile
from helder.rulebook import catalogue

BATCH = 16


@dataclass
class ReportOptions:
    """Everything `helder report` can be told; the CLI and the web page fill it."""

    profile: str = DEFAULT_PROFILE
    rules: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    jobs: int = 1
    meta: str | os.PathLike[str] | bytes | None = None
    fragments: bool = False
    anonymous: bool = False
    rule_url: str | None = None  # e.g. "/regels#{rule}" when the report is served next to the rule pages
    progress: Callable[[LetterRow], None] | None = field(default=None, repr=False)

    def settings(self) -> Settings:
        return Settings(self.profile, tuple(map(str, self.rules)), tuple(self.disable), tuple(self.accept),
                        self.fragments, self.anonymous)


def count_sources(inputs: Iterable[str | os.PathLike[str]], out_dir: str | os.PathLike[str]) -> int:
    """How many letters the inputs hold (a listing only, nothing is read): the total for a progress bar."""
    return sum(1 for _ in sources(inputs, skip=Path(out_dir).resolve()))


def build_report(inputs: Iterable[str | os.PathLike[str]] | Iterable[Source], out_dir: str | os.PathLike[str],
                 options: ReportOptions | None = None, checker: Any = None) -> dict[str, Any]:
    """Score every letter in `inputs` and write the report files to `out_dir`; returns the summary.

    `inputs` are paths (files, folders, zips) or ready `Source`s (e.g. uploads).
    `checker` (one process only) reuses a loaded Checker, as the web app does.
    """
    options = options or ReportOptions()
    profile = load_profile(options.profile, options.rules)
    meta = read_meta(options.meta) if options.meta is not None else None
    target = Path(out_dir)
    target.mkdir(parents=True, exist_ok=True)
    stream = _expand(inputs, target.resolve())
    aggregate = Aggregate(term_days=profile.term_days)
    columns = outputs.letter_columns()
    letters = outputs.CsvTable(target / outputs.LETTERS_FILE, columns)
    fragments = outputs.CsvTable(target / outputs.FRAGMENTS_FILE, outputs.FRAGMENT_COLUMNS) if options.fragments else None
    workbook = XlsxReport(target / "rapport.xlsx", columns, options.fragments)
    try:
        for row in _rows(stream, options, checker):
            meta_row = meta.lookup(row.file) if meta else None
            timing = timeliness(meta_row, row.estimated if row.ok else (None, None))
            aggregate.add(row, meta_row, timing)
            record = outputs.letter_record(row, meta_row, timing, options.anonymous, profile.term_days)
            letters.write(record)
            workbook.letter(record)
            for rule, fragment in row.fragments:
                fragment_record = {"bestand": row.shown, "regel": rule, "fragment": fragment}
                if fragments:
                    fragments.write(fragment_record)
                workbook.fragment(fragment_record)
            if options.progress:
                options.progress(row)
    finally:
        letters.close()
        if fragments:
            fragments.close()
        close_archives()
    summary = _summary(aggregate, meta, profile, options)
    outputs.write_json(target / outputs.SUMMARY_FILE, summary)
    rule_table = outputs.CsvTable(target / outputs.RULES_FILE, outputs.RULE_COLUMNS)
    rule_records = outputs.rule_records(aggregate.top_rules(limit=None))
    for record in rule_records:
        rule_table.write(record)
    rule_table.close()
    workbook.finish(summary_lines(summary), outputs.RULE_COLUMNS, rule_records)
    described = {rule["id"]: rule for rule in catalogue(None, options.rules)}
    page = html.render(summary, dict(aggregate.days), described, aggregate.fragments, options.rule_url)
    (target / "rapport.html").write_text(page, encoding="utf-8")
    return summary


def _expand(inputs: Iterable[Any], output: Path) -> Iterator[Source]:
    for item in inputs:
        if isinstance(item, Source):
            yield item
        else:
            yield from sources([item], skip=output)


def _summary(aggregate: Aggregate, meta: MetaTable | None, profile: Any, options: ReportOptions) -> dict[str, Any]:
    summary = aggregate.summary()
    clean = (lambda text: anonymise(text)) if options.anonymous else (lambda text: text)
    summary["timeliness"]["distribution"] = [{"days": days, "letters": count} for days, count in sorted(aggregate.days.items())]
    summary["report"] = {
        "generated": date.today().isoformat(),
        "helder_version": __version__,
        "profile": profile.id,
        "profile_name": profile.name,
        "privacy": {"fragments": options.fragments, "anonymous": options.anonymous},
    }
    summary["meta"] = {
        "given": meta is not None,
        "rows": len(meta.rows) if meta else 0,
        "problems": [clean(problem) for problem in meta.problems] if meta else [],
        "unmatched": [anonymise_filename(row.bestand) if options.anonymous else row.bestand
                      for row in meta.unmatched()] if meta else [],
    }
    return summary


def summary_lines(summary: dict[str, Any]) -> list[tuple[str, Any, float | None]]:
    """The summary sheet of rapport.xlsx: headings (value None) and figures with an optional share."""
    counts, timing = summary["counts"], summary["timeliness"]
    lines: list[tuple[str, Any, float | None]] = [
        ("Klachtenrapport helder", None, None),
        ("Profiel", summary["report"]["profile_name"], None),
        ("Gemaakt op", summary["report"]["generated"], None),
        ("Bestanden", counts["files"], None),
        ("Brieven beoordeeld", counts["letters"], None),
        ("Niet leesbaar of niet beoordeeld", counts["errors"], None),
        ("Gemiddelde score", summary["score"]["mean"], None),
        ("Mediaan score", summary["score"]["median"], None),
        ("Beoordeling", None, None),
    ]
    lines += [(html.GRADE_LABELS[key], value["letters"], value["share"]) for key, value in summary["grades"].items()]
    lines.append(("Onderdelen: aandeel goed (gemiddelde score)", None, None))
    lines += [(value["label"], value["mean_score"], value["ok"]) for value in summary["dimensions"].values()]
    lines += [
        (f"Tijdigheid (termijn {timing['term_days']} dagen)", None, None),
        ("Brieven met datums", timing["known"], None),
        ("waarvan geschat uit de brief", timing["estimated"], None),
        ("Op tijd", timing["on_time"], timing["on_time_share"]),
        ("Mediaan dagen", timing["median_days"], None),
        ("90e percentiel dagen", timing["p90_days"], None),
    ]
    for column, groups in summary["breakdown"].items():
        if groups:
            lines.append((f"Per {column}: brieven (aandeel op tijd)", None, None))
            lines += [(group["name"], group["letters"], group["on_time_share"]) for group in groups]
    return lines


def _rows(stream: Iterable[Source], options: ReportOptions, checker: Any) -> Iterator[LetterRow]:
    if options.jobs <= 1:
        yield from iter_rows(Scorer(options.settings(), checker), stream, BATCH)
        return
    yield from _parallel(stream, options)


_scorer: Scorer | None = None


def _start_worker(settings: Settings) -> None:
    global _scorer
    _scorer = Scorer(settings)


def _score_batch(batch: list[Source]) -> list[LetterRow]:
    assert _scorer is not None
    return _scorer.score(batch)


@contextlib.contextmanager
def _single_threaded_maths() -> Iterator[None]:
    """Spawned workers (macOS, Windows) start with one BLAS thread each: N processes on N cores, not N × N
    threads. Forked workers keep the parent's maths library as it is."""
    names = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
    saved = {name: os.environ.get(name) for name in names}
    for name in names:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _parallel(stream: Iterable[Source], options: ReportOptions) -> Iterator[LetterRow]:
    in_flight = threading.BoundedSemaphore(options.jobs * 4)

    def batches() -> Iterator[list[Source]]:
        batch: list[Source] = []
        for source in stream:
            batch.append(source)
            if len(batch) >= BATCH:
                in_flight.acquire()
                yield batch
                batch = []
        if batch:
            in_flight.acquire()
            yield batch

    # fork: workers start without re-importing the caller's script (no __main__ guard needed) and share the
    # imported modules; each loads its own Checker. Elsewhere (Windows, macOS defaults) spawn.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with _single_threaded_maths():
        pool = context.Pool(options.jobs, initializer=_start_worker, initargs=(options.settings(),))
    with pool:
        for rows in pool.imap(_score_batch, batches()):
            in_flight.release()
            yield from rows
