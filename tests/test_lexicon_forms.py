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

import pytest

from helder.rulebook import load_rules, slug
from helder.scorecard import FormCase, form_cases, forms_found

CASES = form_cases()


def _param(index: int, case: FormCase):
    marks = [pytest.mark.xfail(strict=True, reason=case.known_miss)] if case.known_miss else []
    return pytest.param(index, marks=marks, id=f"{index}-{case.tier}-{slug(case.term)}-{case.form}")


@pytest.fixture(scope="module")
def found(checker) -> list[bool]:
    """Per fixture sentence, whether its entry finds the term: all sentences in one batch."""
    return forms_found(checker, CASES)


@pytest.mark.parametrize("index", [_param(index, case) for index, case in enumerate(CASES)])
def test_the_entry_finds_its_term_in_this_form(found, index):
    case = CASES[index]
    assert found[index], f"{case.term!r} ({case.form}) not found in {case.sentence!r} as {case.rule_id}"


def test_every_row_names_a_current_entry_of_its_tier():
    """A renamed or moved entry must not leave rows that test nothing of it."""
    entries = {(rule.spec["tier"], term) for rule in load_rules()
               if rule.type == "substitution" and rule.dimension == "jargon" for term in rule.spec["entries"]}
    stale = [(case.tier, name) for case in CASES for name in filter(None, (case.term, case.found_as))
             if (case.tier, name) not in entries]
    assert CASES and not stale, stale
