"""Strong past tenses the tagger read as nouns: "Hij kocht een huis", "De koning verving de minister".

The treebanks are small, and a strong past is a rare word in them: the tagger
called "kocht", "verving", "hing" and "bezweek" a noun (lemma: the form itself),
and every check that reads word classes lost the clause's verb. A word the
tagger called a noun or name is a verb when Dutch morphology reads it as the
past tense of a strong or irregular verb ("kocht" of "kopen") and nothing makes
it a noun: no article, adjective, preposition, number or possessive before it,
no capital inside the sentence, and it is no noun of the gender table ("de
streek", "de schoot", "de wond" are nouns as well as pasts).

Only word classes, morphology and lemmas change, after the parse (see
`helder/nlp/determined_nouns.py`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from helder.nlp.genders import known_noun
from helder.nlp.inflect import past, verb_lemma

_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
# Word classes before a word that make it the head of a noun phrase.
_NOMINAL_CONTEXT = frozenset({"DET", "ADJ", "ADP", "NUM"})
_WEAK_ENDINGS = ("de", "te", "den", "ten")  # weak pasts share their endings with nouns: "ruimte", "hoogte"


def strong_past_of(token: Token) -> str | None:
    """The infinitive whose strong past `token` is, when nothing makes it a noun; else None."""
    form = token.lower_
    if token.pos_ not in _NOUN_TAGS or not token.is_alpha or form.endswith(_WEAK_ENDINGS) or known_noun(form):
        return None
    if token.i > 0 and (token.is_title or token.is_upper):
        return None  # a name inside the sentence
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and (before.pos_ in _NOMINAL_CONTEXT or "Yes" in before.morph.get("Poss")):
        return None
    for lemma in verb_lemma(form)[:1]:
        if form in {past(lemma), past(lemma, plural=True)}:
            return lemma
    return None


def retag(doc: Doc) -> Doc:
    for token in doc:
        lemma = strong_past_of(token)
        if lemma is not None:
            plural = token.lower_ == past(lemma, plural=True)
            token.pos_ = "VERB"
            token.lemma_ = lemma
            token.set_morph(f"Number={'Plur' if plural else 'Sing'}|Tense=Past|VerbForm=Fin")
    return doc


@Language.factory("helder_strong_pasts", assigns=["token.pos", "token.lemma", "token.morph"],
                  requires=["token.pos", "token.morph"])
def make_strong_pasts(nlp: Language, name: str):
    return retag
