"""Acceptance on the letter fixtures: scores rank letters as a trainer would.

- every good letter scores at least 30 points above its poor twin;
- a single-weakness variant drops most in its weakened dimension, to warn or fail;
- escalation `present` is right for every letter;
- good letters average at most one jargon finding.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

import helder

LETTERS = Path(__file__).parent / "fixtures" / "letters"
INDEX = yaml.safe_load((LETTERS / "index.yaml").read_text(encoding="utf-8"))
ENTRIES = INDEX["letters"] if isinstance(INDEX, dict) else INDEX
WEAKENED = {
    "no_escalation": "escalation",
    "impersonal": "personal_tone",
    "no_empathy": "empathy",
    "passive": "passive_voice",
    "long_sentences": "sentence_length",
    "officialese": "jargon",
}


@lru_cache(maxsize=None)
def _checker(profile: str) -> helder.Checker:
    return helder.Checker(profile)


@lru_cache(maxsize=None)
def report_for(path: str, profile: str) -> helder.Report:
    return _checker(profile).check((LETTERS / path).read_text(encoding="utf-8"))


def _entry(service: str, kind: str) -> dict | None:
    return next((entry for entry in ENTRIES if entry["service"] == service and entry["kind"] == kind), None)


def _report(entry: dict) -> helder.Report:
    return report_for(entry["path"], entry.get("profile", "vlaamse-overheid"))


SERVICES = sorted({entry["service"] for entry in ENTRIES if entry["kind"] == "good"})
VARIANTS = [entry for entry in ENTRIES if entry["kind"] in WEAKENED]


def test_fixture_set_is_large_enough():
    assert len(SERVICES) >= 12
    assert {entry["kind"] for entry in VARIANTS} == set(WEAKENED)


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry["path"])
def test_report_is_valid(entry, validate_report):
    validate_report(_report(entry), (LETTERS / entry["path"]).read_text(encoding="utf-8"))


@pytest.mark.parametrize("service", SERVICES)
def test_good_letter_beats_poor_twin(service):
    good, poor = _entry(service, "good"), _entry(service, "poor")
    assert poor is not None, f"{service} heeft geen slechte versie"
    good_score, poor_score = _report(good).score, _report(poor).score
    assert good_score >= poor_score + 30, (service, good_score, poor_score)
    assert _report(good).grade == "helder", (service, _report(good).summary)
    assert _report(poor).grade == "onhelder", (service, _report(poor).summary)


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda entry: entry["path"])
def test_single_weakness_shows_in_its_dimension(variant):
    dimension = WEAKENED[variant["kind"]]
    good = _report(_entry(variant["service"], "good"))
    weak = _report(variant)
    drops = {key: good.dimensions[key].score - weak.dimensions[key].score for key in good.dimensions}
    assert weak.dimensions[dimension].status in ("warn", "fail"), (dimension, weak.dimensions[dimension])
    assert max(drops, key=drops.get) == dimension, drops
    assert weak.score < good.score


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda entry: entry["path"])
def test_escalation_presence(entry):
    metrics = _report(entry).dimensions["escalation"].metrics
    assert metrics["present"] is bool(entry["escalation_present"])


def test_good_letters_have_little_jargon():
    goods = [entry for entry in ENTRIES if entry["kind"] == "good"]
    counts = {entry["path"]: len(_report(entry).dimensions["jargon"].findings) for entry in goods}
    assert sum(counts.values()) / len(counts) <= 1.0, counts
