"""Nouns the tagger read as verbs right after an article or possessive: "uw appartement", "het zwembad".

The treebanks hold news and Wikipedia, and letter nouns after "uw" are rare
there: the tagger called "appartement", "station", "zwembad" and "geduld" a
verb (lemmas "appartementen", "zwembadden", "dulden"), and the detectors that
read word classes took them for the end of a verb cluster. A word after an
article or an unambiguous possessive that ends its noun phrase is a noun,
unless it may be a verb by the treebank's own conventions:

* an infinitive after "het" is a nominalised verb, a VERB in UD ("het indienen");
* an attributive participle or adjective continues the phrase ("een doorlopend
  contract") or carries an "-e" ("de ontbrekende", "een ondervraagde");
* a participle in "-en" after an article is a VERB in UD ("de betrokkenen",
  "de afgelopen week"), so "-en" words count only after a possessive
  ("uw wagen").

The other way round, a participle after "ons", "haar", "zijn", "hun" or "me"
in a perfect ("U hebt ons gemaild", "U hebt ons herhaaldelijk gebeld") was read
as that possessive's noun: a word Dutch morphology reads as a participle, which
the lookup table does not know as a noun of its own ("ons bericht", "ons
beleid"), with a perfect auxiliary before it, is a verb; an adjective the
tagger put between them is an adverb.

Only word classes and lemmas change: the parser has already run on the
shared encoder, and no other component reads the tags.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from helder.nlp.inflect import verb_lemma
from helder.nlp.lookup import is_known, is_own_lemma, lookup_lemma
from helder.nlp.passive import PARTICIPLE_FORM, PERFECT_FORMS, is_participle_form

ARTICLES = frozenset({"de", "het", "een", "deze", "dit", "elke", "iedere", "geen"})
# Possessives that are never an object pronoun or a verb; "ons", "haar", "zijn" and "hun" may be, so
# after them only a word that cannot be a participle or infinitive counts ("ons loket", not "ons vergist";
# "wij hebben hun gemaild" is spoken Dutch, but letters write it).
POSSESSIVES = frozenset({"uw", "mijn", "onze", "jouw"})
AMBIGUOUS_POSSESSIVES = frozenset({"ons", "haar", "zijn", "hun"})
# Object pronouns a tagger may read as possessives before a participle ("U hebt ons gemaild").
OBJECT_PRONOUNS = AMBIGUOUS_POSSESSIVES | {"me", "mij"}
_VERBAL = frozenset({"VERB", "AUX"})
# What may follow an attributive word inside its noun phrase.
_PHRASE_CONTINUES = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "VERB", "X"})


def is_determined_noun(token: Token) -> bool:
    """Whether a word the tagger called a verb is the noun of its article or possessive."""
    if token.pos_ not in _VERBAL or token.i == 0 or not token.is_alpha or (token.is_title and token.i > 1):
        return False
    before = token.doc[token.i - 1]
    article = before.pos_ == "DET" and before.lower_ in ARTICLES
    possessive = "Yes" in before.morph.get("Poss") and before.lower_ in POSSESSIVES | AMBIGUOUS_POSSESSIVES
    if not (article or possessive):
        return False
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if after is not None and after.pos_ in _PHRASE_CONTINUES:
        return False
    form = token.lower_
    if form.endswith("e"):
        return False
    if before.lower_ in AMBIGUOUS_POSSESSIVES:
        return not form.endswith("en") and PARTICIPLE_FORM.match(form) is None
    return not form.endswith("en") or possessive


def is_pronoun_participle(token: Token) -> bool:
    """Whether a word the tagger called a noun is the participle of a perfect after an object pronoun."""
    form = token.lower_
    if token.pos_ != "NOUN" or not token.is_alpha or not is_participle_form(form) or (
            is_own_lemma(form) and not form.endswith("en")):
        return False  # "ons bericht" is a noun of its own; "ons onthouden" the participle of an "-en" verb
    index = token.i - 1
    while index > 0 and token.doc[index].pos_ in {"ADJ", "ADV"}:
        index -= 1
    pronoun = token.doc[index]
    if pronoun.lower_ not in OBJECT_PRONOUNS:
        return False
    perfect = any(other.lower_ in PERFECT_FORMS for other in token.doc[pronoun.sent.start : pronoun.i])
    return perfect and not _verb_follows(token)


def _verb_follows(token: Token) -> bool:
    """A participle or infinitive later in the clause is the perfect's own: "wij hebben ons bericht verstuurd"."""
    for other in token.doc[token.i + 1 : token.sent.end]:
        if other.is_punct or other.pos_ in {"CCONJ", "SCONJ"} or other.lower_ in {"te", "om"}:
            return False  # "wij hebben haar vergeten te bellen": the infinitive has a clause of its own
        if other.pos_ in _VERBAL and "Fin" not in other.morph.get("VerbForm") and other.dep_ != "amod":
            return True  # a finite verb belongs to another clause ("... tot het onderzoek klaar was"),
            # an attributive one to a noun ("over de lekkende dakgoot")
    return False


def noun_lemma(form: str) -> str:
    """The lookup table's lemma, unless the form is the more common word: the table reads "wagen"
    as the plural of "waag", a reader as the car."""
    lemma = lookup_lemma(form) if is_known(form) else form
    return form if zipf_frequency(form, "nl") >= zipf_frequency(lemma, "nl") else lemma


def retag(doc: Doc) -> Doc:
    for token in doc:
        if is_pronoun_participle(token):
            token.pos_ = "VERB"
            token.lemma_ = verb_lemma(token.lower_)[0]
            token.set_morph("VerbForm=Part")
            for between in reversed(doc[: token.i]):
                if between.pos_ != "ADJ":
                    break
                between.pos_ = "ADV"  # "herhaaldelijk gebeld"
        elif is_determined_noun(token):
            lemma = noun_lemma(token.lower_)
            token.pos_ = "NOUN"
            token.lemma_ = lemma
            token.set_morph("Number=Plur" if lemma != token.lower_ else "Number=Sing")
    return doc


@Language.factory("helder_determined_nouns", assigns=["token.pos", "token.lemma", "token.morph"],
                  requires=["token.pos", "token.morph"])
def make_determined_nouns(nlp: Language, name: str):
    return retag
