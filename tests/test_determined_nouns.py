"""A word the tagger called a verb after an article or possessive is its noun, unless UD reads it as a verb."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from helder.nlp.determined_nouns import retag


def _tagged(nlp, words, pos, morphs):
    return Doc(nlp.vocab, words=words, pos=pos, morphs=morphs)


@pytest.mark.parametrize(
    ("words", "pos", "morphs", "index", "lemma"),
    [
        (["Bedankt", "voor", "uw", "geduld", "."], ["ADJ", "ADP", "PRON", "VERB", "PUNCT"],
         ["", "", "Poss=Yes", "VerbForm=Part", ""], 3, "geduld"),
        (["Het", "zwembad", "is", "dicht", "."], ["DET", "VERB", "AUX", "ADJ", "PUNCT"],
         ["", "VerbForm=Inf", "VerbForm=Fin", "", ""], 1, "zwembad"),
        (["U", "mag", "uw", "wagen", "daar", "parkeren", "."], ["PRON", "AUX", "PRON", "VERB", "ADV", "VERB", "PUNCT"],
         ["", "VerbForm=Fin", "Poss=Yes", "VerbForm=Inf", "", "VerbForm=Inf", ""], 3, "wagen"),
    ],
)
def test_a_noun_read_as_a_verb_becomes_a_noun(nlp, words, pos, morphs, index, lemma):
    doc = retag(_tagged(nlp, words, pos, morphs))
    assert (doc[index].pos_, doc[index].lemma_) == ("NOUN", lemma)


@pytest.mark.parametrize(
    ("words", "pos", "morphs", "index"),
    [
        # A nominalised infinitive after "het" is a verb in UD.
        (["Het", "indienen", "kan", "online", "."], ["DET", "VERB", "AUX", "ADV", "PUNCT"],
         ["", "VerbForm=Inf", "VerbForm=Fin", "", ""], 1),
        # An attributive participle continues its phrase or carries an "-e".
        (["een", "doorlopend", "contract"], ["DET", "VERB", "NOUN"], ["", "VerbForm=Part", ""], 1),
        (["de", "ontbrekende", "."], ["DET", "VERB", "PUNCT"], ["", "VerbForm=Part", ""], 1),
        # A participle in "-en" after an article is a verb in UD: "de betrokkenen".
        (["de", "betrokkenen", "."], ["DET", "VERB", "PUNCT"], ["", "VerbForm=Part", ""], 1),
        # "ons" may be an object: "wij hebben ons vergist".
        (["wij", "hebben", "ons", "vergist", "."], ["PRON", "AUX", "PRON", "VERB", "PUNCT"],
         ["", "VerbForm=Fin", "Poss=Yes", "VerbForm=Part", ""], 3),
        # "het" as a subject pronoun.
        (["het", "klopt", "."], ["PRON", "VERB", "PUNCT"], ["", "VerbForm=Fin", ""], 1),
    ],
)
def test_a_verb_by_the_treebank_conventions_stays_a_verb(nlp, words, pos, morphs, index):
    doc = retag(_tagged(nlp, words, pos, morphs))
    assert doc[index].pos_ == "VERB"


def test_the_pipeline_retags_a_letter_noun(nlp):
    assert "helder_determined_nouns" in nlp.pipe_names


def _sentence(nlp, words, pos):
    return Doc(nlp.vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))


def test_a_participle_read_as_the_noun_of_an_object_pronoun_becomes_a_verb(nlp):
    doc = retag(_sentence(nlp, "U hebt ons herhaaldelijk gebeld .".split(),
                          ["PRON", "VERB", "PRON", "ADJ", "NOUN", "PUNCT"]))
    assert [(token.pos_, token.lemma_) for token in doc[3:5]] == [("ADV", ""), ("VERB", "bellen")]


@pytest.mark.parametrize(("words", "pos"), [
    # A noun of its own after a possessive.
    ("U hebt ons beleid bekritiseerd .".split(), ["PRON", "VERB", "PRON", "NOUN", "VERB", "PUNCT"]),
    # The perfect's own participle comes later.
    ("Wij hebben ons gebeld verslag verstuurd .".split(), ["PRON", "VERB", "PRON", "NOUN", "NOUN", "VERB", "PUNCT"]),
    # No perfect before the pronoun.
    ("Zij mailt haar gemaild bestand .".split(), ["PRON", "VERB", "PRON", "NOUN", "NOUN", "PUNCT"]),
])
def test_no_participle_without_a_perfect_or_with_a_noun_of_its_own(nlp, words, pos):
    doc = retag(_sentence(nlp, words, pos))
    assert doc[3].pos_ == "NOUN"


@pytest.mark.parametrize(("words", "pos", "lemma"), [
    # A strong "-en" participle that is also its verb's infinitive.
    ("Wij hebben ons onthouden van commentaar .".split(), ["PRON", "AUX", "PRON", "NOUN", "ADP", "NOUN", "PUNCT"],
     "onthouden"),
    # An infinitive with "te" after the participle has a clause of its own.
    ("Wij hebben haar vergeten te bellen .".split(), ["PRON", "AUX", "PRON", "NOUN", "ADP", "VERB", "PUNCT"],
     "vergeten"),
])
def test_an_en_participle_of_an_object_pronoun_becomes_a_verb(nlp, words, pos, lemma):
    doc = retag(_sentence(nlp, words, pos))
    assert (doc[3].pos_, doc[3].lemma_) == ("VERB", lemma)


def test_an_attributive_participle_later_in_the_clause_is_no_verb_of_the_perfect(nlp):
    words = "U hebt ons gebeld over de lekkende dakgoot .".split()
    doc = Doc(nlp.vocab, words=words, pos=["PRON", "VERB", "PRON", "NOUN", "ADP", "DET", "VERB", "NOUN", "PUNCT"],
              heads=[1, 1, 3, 1, 7, 7, 7, 3, 1],
              deps=["nsubj", "ROOT", "nmod:poss", "obj", "case", "det", "amod", "nmod", "punct"],
              sent_starts=[True] + [False] * 8)
    assert retag(doc)[3].pos_ == "VERB"
