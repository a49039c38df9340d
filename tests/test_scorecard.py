"""The language scorecard's parts (`helder bench --language`): they measure, the figures are printed, not asserted."""

from __future__ import annotations

import yaml

from helder.bench import check_timings
from helder.scorecard import (
    BLIND_GOOD_LETTERS,
    FormCase,
    blind_rounds,
    forms_found,
    good_letters,
    jargon_on_good_letters,
    lexicon_sizes,
    passives_in_blind_letters,
)


def test_lexicon_sizes_count_every_tier():
    sizes = lexicon_sizes()
    assert set(sizes) == {"ambtelijk", "omslachtig", "moeilijk", "archaisch", "vlaams"}
    assert sum(sizes.values()) >= 2000


def test_good_letters_come_from_both_fixture_sets_by_profile():
    letters = good_letters()
    assert {"vlaamse-overheid", "lokaal-bestuur"} <= set(letters)
    assert sum(len(texts) for texts in letters.values()) >= 30


def test_the_blind_good_letters_are_listed_with_passives_that_stand_in_them():
    index = yaml.safe_load((BLIND_GOOD_LETTERS / "index.yaml").read_text(encoding="utf-8"))["letters"]
    assert {item["path"] for item in index} == {path.name for path in BLIND_GOOD_LETTERS.glob("*.txt")}
    for item in index:
        words = (BLIND_GOOD_LETTERS / item["path"]).read_text(encoding="utf-8").lower().split()
        for passive in item["passives"]:
            first, *rest = passive.lower().split()
            bare = [word.strip(".,;:!?\"'“”‘’()") for word in words]
            starts = [i for i, word in enumerate(bare) if word == first]
            assert any(all(part in bare[i : i + 12] for part in rest) for i in starts), (item["path"], passive)
    assert sum(len(texts) for texts in good_letters((BLIND_GOOD_LETTERS,)).values()) == 1920


def test_blind_rounds_report_the_blind_figure_beside_the_current_one(tmp_path):
    (tmp_path / "a.txt").write_text("Beste mevrouw,\n\nMiddels deze brief antwoorden wij.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Beste mevrouw,\n\nWij bellen u morgen.\n", encoding="utf-8")
    (tmp_path / "index.yaml").write_text(
        "blind: {3: [0.5, 0.25]}\nletters:\n  - {path: a.txt, kind: good, round: 3, passives: []}\n"
        "  - {path: b.txt, kind: good, round: 3, passives: []}\n", encoding="utf-8")
    [item] = blind_rounds(tmp_path)
    assert (item["round"], item["letters"], item["blind"], item["blind_lexicon"]) == (3, 2, 0.5, 0.25)
    assert item["lexicon_per_letter"] == 0.5  # "Middels" in one of the two letters


def test_passives_in_blind_letters_counts_marked_missed_and_extra(tmp_path, checker):
    (tmp_path / "a.txt").write_text("Uw premie wordt morgen betaald. De brief werd gisteren verstuurd.\n", encoding="utf-8")
    (tmp_path / "index.yaml").write_text(
        'letters:\n  - {path: a.txt, kind: good, passives: ["wordt betaald", "is hersteld"]}\n', encoding="utf-8")
    assert passives_in_blind_letters(checker, tmp_path) == {"marked": 2, "found": 1, "extra": 1}


def test_jargon_on_good_letters_counts_per_letter():
    figures = jargon_on_good_letters({"vlaamse-overheid": ["Beste mevrouw,\n\nMiddels deze brief antwoorden wij.\n"]})
    assert figures["letters"] == 1
    assert figures["lexicon_per_letter"] >= 1 and figures["per_letter"] >= figures["lexicon_per_letter"]
    assert figures["by_rule"]["jargon.ambtelijk.middels"] == 1


def test_check_timings_are_sorted_milliseconds(checker):
    timings = check_timings(checker, "Beste mevrouw,\n\nWij bellen u morgen.\n", rounds=3)
    assert len(timings) == 3 and timings == sorted(timings) and timings[0] > 0


def test_forms_found_reads_each_case_by_its_entry(checker):
    found_case = FormCase("ambtelijk", "derhalve", "adverb", "Wij betalen derhalve niets terug.", "", "")
    other_term = FormCase("ambtelijk", "teneinde", "adverb", "Wij betalen derhalve niets terug.", "", "")
    assert forms_found(checker, [found_case, other_term]) == [True, False]
