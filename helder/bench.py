"""`helder bench`: speed and memory of the checker on a 400-word reply.

Prints figures; it asserts nothing. Cold start and peak memory are measured
in a fresh process, so earlier work in this process does not hide them.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from importlib.resources import files

import click

TARGETS = {"p50_ms": 60.0, "batch_words_per_s": 6000.0, "cold_start_s": 3.0, "peak_rss_mb": 500.0}

_COLD = """
import json, resource, sys, time
started = time.perf_counter()
import helder
checker = helder.Checker()
checker.check(sys.stdin.read())
elapsed = time.perf_counter() - started
print(json.dumps({"cold_start_s": elapsed, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def sample_letter() -> str:
    return files("helder").joinpath("data/bench_letter.txt").read_text(encoding="utf-8")


def cold_start(letter: str) -> dict[str, float]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    result = subprocess.run(
        [sys.executable, "-c", _COLD], input=letter, capture_output=True, text=True, env=env, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def check_timings(checker, letter: str, rounds: int) -> list[float]:
    """Milliseconds per warm `check()` of `letter`, sorted (one uncounted check first warms the caches)."""
    checker.check(letter)
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        checker.check(letter)
        timings.append((time.perf_counter() - started) * 1000)
    return sorted(timings)


def run(rounds: int = 50) -> dict[str, float]:
    import helder

    letter = sample_letter()
    words = len(letter.split())
    cold = cold_start(letter)
    checker = helder.Checker()
    timings = check_timings(checker, letter, rounds)
    batch = [letter] * max(20, rounds)
    started = time.perf_counter()
    for _ in checker.check_many(batch, batch_size=32):
        pass
    batch_rate = words * len(batch) / (time.perf_counter() - started)
    figures = {
        "words": words,
        "p50_ms": statistics.median(timings),
        "p95_ms": timings[min(len(timings) - 1, int(round(0.95 * (len(timings) - 1))))],
        "batch_words_per_s": batch_rate,
        **cold,
    }
    click.echo(f"helder bench — brief van {words} woorden, {rounds} metingen, één proces")
    rows = [
        ("check() p50", f"{figures['p50_ms']:.1f} ms", f"≤ {TARGETS['p50_ms']:.0f} ms", figures["p50_ms"] <= TARGETS["p50_ms"]),
        ("check() p95", f"{figures['p95_ms']:.1f} ms", "", None),
        ("check_many()", f"{batch_rate:,.0f} woorden/s", f"≥ {TARGETS['batch_words_per_s']:,.0f}",
         batch_rate >= TARGETS["batch_words_per_s"]),
        ("koude start", f"{cold['cold_start_s']:.2f} s", f"≤ {TARGETS['cold_start_s']:.0f} s",
         cold["cold_start_s"] <= TARGETS["cold_start_s"]),
        ("piekgeheugen (RSS)", f"{cold['peak_rss_mb']:.0f} MB", f"≤ {TARGETS['peak_rss_mb']:.0f} MB",
         cold["peak_rss_mb"] <= TARGETS["peak_rss_mb"]),
    ]
    for name, value, target, met in rows:
        verdict = "" if met is None else ("gehaald" if met else "NIET gehaald")
        click.echo(f"  {name:<20} {value:>18}   {target:<12} {verdict}")
    return figures
