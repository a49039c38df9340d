"""Lexicon terms in the other forms a letter puts them in, not only the form of their bad example.

The fixture holds new sentences for a random sample of lexicon entries: verbs in
every tense and word order, separable verbs split, plural nouns, inflected
adjectives, multi-word terms at the start of a sentence or across a line break.
Each row must be found by its own entry (or by the longer entry of its tier that
the fixture names in `found_as`). The rows helder misses today carry their cause
in `known_miss` and run as strict xfails, so that a fix shows up as a failure
to update the fixture.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from helder.rulebook import load_rules, slug

FIXTURE = Path(__file__).parent / "fixtures" / "lexicon_forms.tsv"


@dataclass(frozen=True)
class FormCase:
    tier: str
    term: str
    form: str
    sentence: str
    found_as: str
    known_miss: str

    @property
    def rule_id(self) -> str:
        return f"jargon.{self.tier}.{slug(self.found_as or self.term)}"


def _cases() -> list[FormCase]:
    with FIXTURE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [
        FormCase(row["tier"], row["term"], row["form"], row["sentence"].replace("\\n", "\n"),
                 row["found_as"], row["known_miss"])
        for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    ]


CASES = _cases()


def _param(index: int, case: FormCase):
    marks = [pytest.mark.xfail(strict=True, reason=case.known_miss)] if case.known_miss else []
    return pytest.param(index, marks=marks, id=f"{index}-{case.tier}-{slug(case.term)}-{case.form}")


@pytest.fixture(scope="module")
def found_rules(checker) -> list[set[str]]:
    """The finding rule ids per fixture sentence: all sentences in one batch through the shared checker."""
    return [{finding.rule for finding in report.findings}
            for report in checker.check_many([case.sentence for case in CASES])]


@pytest.mark.parametrize("index", [_param(index, case) for index, case in enumerate(CASES)])
def test_the_entry_finds_its_term_in_this_form(found_rules, index):
    case = CASES[index]
    assert case.rule_id in found_rules[index], (
        f"{case.term!r} ({case.form}) not found in {case.sentence!r}: {sorted(found_rules[index])}")


def test_every_row_names_a_current_entry_of_its_tier():
    """A renamed or moved entry must not leave rows that test nothing of it."""
    entries = {(rule.spec["tier"], term) for rule in load_rules()
               if rule.type == "substitution" and rule.dimension == "jargon" for term in rule.spec["entries"]}
    stale = [(case.tier, name) for case in CASES for name in filter(None, (case.term, case.found_as))
             if (case.tier, name) not in entries]
    assert CASES and not stale, stale
