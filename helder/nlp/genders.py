"""The grammatical gender of Dutch nouns: "de" or "het".

A replacement noun must fit the article and adjective before it: "volgens het reglement" cannot
become "volgens het regel". `gender()` answers from a table of nouns with their gender in the UD
training part (`helder/data/noun_genders.tsv`, built by `helder model genders`), then from the last
part of a compound that the table knows ("parkeerregeling" -> "regeling"), then from suffixes that
decide the gender in Dutch (-ing, -heid, -tie: de; -je, -isme, -ment: het). Unknown is None: the
caller then keeps the alternative as advice.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from helder.nlp.conllu import Sentence
from helder.nlp.inflect import PARTICLES, parse_feats

GENDERS_FILE = Path(__file__).resolve().parent.parent / "data" / "noun_genders.tsv"
# Nouns of complaint replies the treebank lacks, written for helder; they win over the table.
ADDED_FILE = GENDERS_FILE.with_name("noun_genders_added.tsv")
_UD_GENDER = {"Com": "de", "Neut": "het"}
# Suffixes with one gender (ANS, "Het genus van substantieven"); longest first.
_SUFFIXES = (
    ("isme", "het"), ("ment", "het"), ("tje", "het"), ("pje", "het"), ("je", "het"), ("sel", "het"),
    ("heid", "de"), ("ing", "de"), ("tie", "de"), ("sie", "de"), ("teit", "de"), ("ij", "de"), ("ica", "de"),
    ("ade", "de"), ("ure", "de"), ("ine", "de"), ("theek", "de"), ("schap", None),
)
_MIN_HEAD = 4  # letters of each part of a compound ("parkeer" + "regeling"), unless the first is a particle
_FIRST_PART_ZIPF = 2.0
_MIN_SHARE = 0.8  # share of one gender a noun needs in the treebank to enter the table


@lru_cache(maxsize=8192)
def gender(noun: str) -> str | None:
    """ "de", "het" or None (unknown) for a noun in its singular form."""
    noun = noun.lower()
    table = _table()
    if noun in table:
        return table[noun]
    for start in range(2, len(noun) - _MIN_HEAD + 1):  # "bestand" is no "be" + "stand"
        if noun[start:] in table and _first_part(noun[:start]):
            return table[noun[start:]]  # "parkeer" + "regeling", "aan" + "vraag"
    return next((value for suffix, value in _SUFFIXES if noun.endswith(suffix)), None)


def known_noun(word: str) -> bool:
    """Whether the table itself has the word, so it is a noun ("oppervlakte"), whatever a tagger calls it;
    compounds and suffixes aside, which also fit adjectives ("vrij")."""
    return word.lower() in _table()


def _first_part(word: str) -> bool:
    """The first part of a compound: a particle ("aan"), or a word of four letters or more, also
    before a linking s or e ("verzekerings"); not a fragment ("verp" + "licht")."""
    if word in PARTICLES:
        return True
    stems = [word] + [word[: -len(link)] for link in ("s", "e", "en") if word.endswith(link)]
    return len(word) >= _MIN_HEAD and any(zipf_frequency(stem, "nl") >= _FIRST_PART_ZIPF for stem in stems)


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
