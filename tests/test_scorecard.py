"""The language scorecard's parts (`helder bench --language`): they measure, the figures are printed, not asserted."""

from __future__ import annotations

from helder.bench import check_timings
from helder.scorecard import FormCase, forms_found, good_letters, jargon_on_good_letters, lexicon_sizes


def test_lexicon_sizes_count_every_tier():
    sizes = lexicon_sizes()
    assert set(sizes) == {"ambtelijk", "omslachtig", "moeilijk", "archaisch", "vlaams"}
    assert sum(sizes.values()) >= 2000


def test_good_letters_come_from_both_fixture_sets_by_profile():
    letters = good_letters()
    assert {"vlaamse-overheid", "lokaal-bestuur"} <= set(letters)
    assert sum(len(texts) for texts in letters.values()) >= 30


def test_jargon_on_good_letters_counts_per_letter():
    figures = jargon_on_good_letters({"vlaamse-overheid": ["Beste mevrouw,\n\nMiddels deze brief antwoorden wij.\n"]})
    assert figures["letters"] == 1
    assert figures["lexicon_per_letter"] >= 1 and figures["per_letter"] >= figures["lexicon_per_letter"]


def test_check_timings_are_sorted_milliseconds(checker):
    timings = check_timings(checker, "Beste mevrouw,\n\nWij bellen u morgen.\n", rounds=3)
    assert len(timings) == 3 and timings == sorted(timings) and timings[0] > 0


def test_forms_found_reads_each_case_by_its_entry(checker):
    found_case = FormCase("ambtelijk", "derhalve", "adverb", "Wij betalen derhalve niets terug.", "", "")
    other_term = FormCase("ambtelijk", "teneinde", "adverb", "Wij betalen derhalve niets terug.", "", "")
    assert forms_found(checker, [found_case, other_term]) == [True, False]
