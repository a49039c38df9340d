"""The grammatical gender of Dutch nouns: "de" or "het".

A replacement noun must fit the article and adjective before it: "volgens het reglement" cannot
become "volgens het regel". `gender()` answers from a table of nouns with their gender in the UD
training part (`helder/data/noun_genders.tsv`, built by `helder model genders`) and helder's own list
(`helder/data/noun_genders_added.tsv`), then from the last part of a compound that the table knows
("parkeerregeling" -> "regeling"), then from suffixes that decide the gender in Dutch (-ing, -heid,
-tie: de; -je, -isme, -ment: het). Words that only look like such nouns get no gender: an inflected
adjective ("kleine", "dure"), a word whose last part is an adjective, adverb or participle ending
there ("belang-rijk", "hele-maal", "waar-bij", "uit-gegeven") and a verb that a particle seems to
start ("aans" + "laan"). Unknown is None: the caller then keeps the alternative as advice.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from helder.nlp.conllu import Sentence
from helder.nlp.inflect import PARTICLES, attributive, parse_feats

GENDERS_FILE = Path(__file__).resolve().parent.parent / "data" / "noun_genders.tsv"
# Nouns the treebank lacks, written for helder; they win over the table.
ADDED_FILE = GENDERS_FILE.with_name("noun_genders_added.tsv")
_UD_GENDER = {"Com": "de", "Neut": "het"}
# Suffixes with one gender (ANS, "Het genus van substantieven"); longest first.
_SUFFIXES = (
    ("isme", "het"), ("ment", "het"), ("tje", "het"), ("pje", "het"), ("je", "het"), ("sel", "het"),
    ("heid", "de"), ("ing", "de"), ("tie", "de"), ("sie", "de"), ("teit", "de"), ("ica", "de"),
    (("erij", "arij", "nij", "dij", "pij", "tij"), "de"),  # nouns on -ij; not "vrij", "hij", "erbij"
    ("ade", "de"), ("ure", "de"), ("ine", "de"), ("theek", "de"), ("schap", None),
)
# Last parts that end adjectives, adverbs and participles, not nouns: "belang-rijk", "soort-gelijk",
# "hele-maal", "waar-bij", "daar-door", "uit-gegeven".
_NO_HEADS = frozenset({"rijk", "gelijk", "maal", "bij", "door", "gegeven"})
# Tails that end a derivation far more often than they head a compound: "-ding" of "spreiding", "leiding".
_NOT_HEADS = frozenset({"ding"})
_MIN_HEAD = 4  # letters of each part of a compound ("parkeer" + "regeling"), unless the first is a particle
_FIRST_PART_ZIPF = 2.0
_LINKS = ("s", "e", "en")  # between the parts of a compound: "verzekering-s-maatschappij"
_ADJECTIVE_ZIPF = 3.5  # an adjective with -e is a common word without it ("klein"); "salad" in "salade" is not
_MIN_SHARE = 0.8  # share of one gender a noun needs in the treebank to enter the table


@lru_cache(maxsize=8192)
def gender(noun: str) -> str | None:
    """ "de", "het" or None (unknown) for a noun in its singular form."""
    noun = noun.lower()
    table = _table()
    if noun in table:
        return table[noun]
    if _inflected_adjective(noun):
        return None
    for start in range(2, len(noun) - _MIN_HEAD + 1):  # "bestand" is no "be" + "stand"
        head = noun[start:]
        if head in _NOT_HEADS:
            continue  # "sprei" + "ding" is no compound: "spreiding" is "spreiden" + "-ing"
        if head in table and _first_part(noun[:start]):
            return None if head in _NO_HEADS else table[head]  # "parkeer" + "regeling", "aan" + "vraag"
    return next((value for suffix, value in _SUFFIXES if noun.endswith(suffix)), None)


def known_noun(word: str) -> bool:
    """Whether the table itself has the word, so it is a noun ("oppervlakte"), whatever a tagger calls it;
    compounds and suffixes aside, which also fit other words ("mee" + "stal" in "meestal")."""
    return word.lower() in _table()


def _inflected_adjective(word: str) -> bool:
    """An adjective or participle with its -e ("kleine", "dure", "onderdrukte"), whatever compound or
    suffix it seems to end in ("cons" + "tante", -ine)."""
    if not word.endswith("e") or len(word) < 4:
        return False
    body = word[:-1]
    if re.search(r"[^aeiou][aeiou][^aeiou]$", body):
        body = body[:-1] + body[-2:]  # dure -> duur
    bases = {word[:-1], body, body[:-1] + {"z": "s", "v": "f"}.get(body[-1], body[-1])}  # boze -> boos
    return any(attributive(base) == word and zipf_frequency(base, "nl") >= _ADJECTIVE_ZIPF for base in bases)


def _first_part(word: str) -> bool:
    """The first part of a compound: a particle ("aan"), or a word of four letters or more, also
    before a linking s or e ("verzekerings", "rechts"); not a fragment ("verp" + "licht"), nor a particle
    with the first letter of a verb ("aans" + "laan" in "aanslaan"): a particle takes no linking s."""
    if word in PARTICLES:
        return True
    linked = [word[: -len(link)] for link in _LINKS if word.endswith(link)]
    if any(stem in PARTICLES and stem not in _table() for stem in linked):
        return False
    return len(word) >= _MIN_HEAD and any(zipf_frequency(stem, "nl") >= _FIRST_PART_ZIPF for stem in [word, *linked])


def genders_of(sentences: Iterable[Sentence]) -> dict[str, str]:
    """The nouns of `sentences` whose gender the annotation gives consistently."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        for lemma, upos, feats in zip(sentence.lemmas, sentence.upos, sentence.feats):
            value = _UD_GENDER.get(parse_feats(feats).get("Gender", ""))
            if upos == "NOUN" and value and lemma.isalpha():
                counts[lemma.lower()][value] += 1
    table = {}
    for lemma, count in counts.items():
        value, n = count.most_common(1)[0]
        if n / sum(count.values()) >= _MIN_SHARE:
            table[lemma] = value
    return table


def write_table(table: dict[str, str], path: Path = GENDERS_FILE) -> None:
    lines = [
        "# Dutch nouns with their gender, from the UD Dutch training part (CC BY-SA 4.0; see models/README.md).",
        "# Built by `helder model genders`; columns: noun (lemma), article (de / het).",
        *(f"{lemma}\t{value}" for lemma, value in sorted(table.items())),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {}
    for path in (GENDERS_FILE, ADDED_FILE):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                lemma, value = line.split("\t")
                table[lemma] = value
    return table
