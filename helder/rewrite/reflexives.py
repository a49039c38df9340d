"""The reflexive pronoun of a verb term ("wij verstouten ons", "kunt u zich").

The pronoun stays in the sentence when the verb is replaced. So `fit` swaps a verb that has one only for an
alternative that takes one too (written with "zich", or a verb known to take one: "ons houden aan"), puts an
alternative with "zich" only where the sentence has the pronoun, and leaves "zich" out of the replacement.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helder.nlp.structure import MODALS, PREPOSITIONS
from helder.rewrite.clauses import after_te, sentence_end, sentence_start, token_span
from helder.rewrite.vocabulary import FUNCTION_TAGS, SUBJECT_PERSON, VERBAL, verb_first, verbal_term


def verb_term(term: str, span: Span) -> bool:
    """A verb or a verb and its preposition, also where the tagger reads no verb ("wij zullen ons verstaan
    met"); not a word the tagger reads as an adjective, adverb or conjunction that only looks like an
    infinitive ("ons onverdroten inzetten", "indien")."""
    words = term.split()
    return verb_first(words) or verbal_term(term) and span[-1].pos_ not in FUNCTION_TAGS | {"ADJ"}


def own_reflexive(span: Span) -> Token | None:
    """The reflexive pronoun of the span's verb, which stays in the sentence: "zich", or the one the
    clause's subject asks ("wij ... ons", "u ... u"). It stands after the clause's first word and its
    verbs, before the verbs the span closes ("wij zullen ons verstaan met", "dat wij ons niet kunnen
    plooien"), or right after the span's verb and an inverted subject ("wij verstouten ons u", "kunt u
    zich"). A pronoun before a noun is its possessive ("wij hebben ons dossier"); "u" with another
    subject is an object ("wij zullen u verwittigen")."""
    doc = span.doc
    start, end = _clause_bounds(span)
    index = span.start - 1
    while index >= start and (doc[index].pos_ in VERBAL or doc[index].lower_ == "te"):
        index -= 1  # the verbs the span's verb closes: "kunnen plooien"
    before = []
    while index > start and not (doc[index].pos_ in VERBAL or doc[index].lower_ == "om"):
        before.append(doc[index])
        index -= 1
    if index >= start and doc[index].pos_ in VERBAL and doc[index].lemma_ not in AUXILIARIES:
        before = []  # "zien wij ons genoodzaakt": the pronoun is the other verb's
    after = list(doc[span.end : min(span.end + 2, end)])
    if after and (after[0].lower_ not in SUBJECT_PERSON or any(map(_subject, doc[start : span.start]))):
        after = after[:1]  # no inverted subject: "wij verzoeken u ons" has none, "kunt u zich" has one
    for candidate in (*before, *after):
        word = candidate.lower_
        following = doc[candidate.i + 1] if candidate.i + 1 < len(doc) else None
        possessive = word in {"ons", "je"} and following is not None and following.pos_ in {
            "NOUN", "PROPN", "ADJ", "NUM"} and following.i not in range(span.start, span.end)  # "ons dossier"
        if word not in REFLEXIVE_PRONOUNS or possessive:
            continue
        subjects = {token.lower_ for token in doc[start:end] if token != candidate and (
            _subject(token) or token.i == start)}
        objects = [token.lower_ for token in before if token.i < candidate.i and token.lower_ in SUBJECT_PERSON]
        if after_te(span[0]) and objects:
            subjects = set(objects[:1])  # a "te" infinitive's subject is the object before it: "u ons te bellen"
        if word == "zich" or any(word in SUBJECT_REFLEXIVES.get(subject, ()) for subject in subjects):
            return candidate
    return None


def _subject(token: Token) -> bool:
    return token.dep_.startswith("nsubj")


def _clause_bounds(span: Span) -> tuple[int, int]:
    """Where the span's clause starts and ends: at the punctuation or conjunction around it."""
    doc = span.doc

    def edge(token: Token) -> bool:
        return token.pos_ in {"PUNCT", "SCONJ", "CCONJ"} or "Rel" in token.morph.get("PronType")

    start = next((token.i + 1 for token in reversed(doc[sentence_start(span) : span.start]) if edge(token)),
                 sentence_start(span))
    end = next((token.i for token in doc[span.end : sentence_end(span)] if edge(token)), sentence_end(span))
    return start, end


AUXILIARIES = MODALS | {"hebben", "zijn", "worden"}  # their reflexive pronoun is the verb's after them


# The reflexive pronouns of the subject pronouns ("wij ... ons", "u ... u"); "zich" goes with any subject.
SUBJECT_REFLEXIVES = {"ik": {"me", "mij"}, "jij": {"je"}, "je": {"je"}, "wij": {"ons"}, "we": {"ons"}, "u": {"u"},
                      "jullie": {"je"}}
REFLEXIVE_PRONOUNS = frozenset({"zich", *(word for words in SUBJECT_REFLEXIVES.values() for word in words)})


def reflexive_verb(alternative: str) -> bool:
    """An alternative that takes the reflexive pronoun of the term it replaces, though the lexicon writes
    it without "zich" ("wij moeten ons conformeren aan" -> "ons houden aan"); "overleggen met" takes
    none."""
    words = alternative.lower().split()
    while len(words) > 1 and words[-1] in PREPOSITIONS:
        words.pop()
    return alternative.lower() in REFLEXIVE_VERBS or " ".join(words) in REFLEXIVE_VERBS


# Verbs that go with a reflexive pronoun ("zich aanpassen", "zich iets veroorloven"), some only with
# their preposition ("zich houden aan", not "zich houden").
REFLEXIVE_VERBS = frozenset({
    "aanmelden", "aanpassen", "aansluiten", "afvragen", "baseren", "beperken", "bezighouden", "concentreren",
    "engageren", "ergeren", "gedragen", "haasten", "herinneren", "houden aan", "inschrijven", "inzetten",
    "melden", "neerleggen", "opstellen", "richten", "schamen", "uitspreken", "veroorloven", "verdiepen",
    "vergissen", "verheugen", "verontschuldigen", "verplichten", "verzetten", "voelen", "voorbereiden",
    "voorstellen", "toestaan", "wenden", "zorgen maken",
})


def placed_reflexive(term: str, token: Token) -> bool:
    """Whether `fit` has matched the verb's reflexive pronoun with the alternative, and no
    prepositional object follows whose preposition the alternative may not take ("heeft zich
    gecommitteerd aan" -> not "heeft zich ingezet aan")."""
    doc = token.doc
    pronoun = own_reflexive(token_span(token))
    if not verb_term(term, token_span(token)) or pronoun is None:
        return False
    index = token.i + 1 + (pronoun.i == token.i + 1)
    return index >= len(doc) or doc[index].pos_ != "ADP" or doc[index].dep_ == "compound:prt"


def has_reflexive(token: Token) -> bool:
    """A verb with a reflexive pronoun among its words in the parse ("bevindt zich")."""
    return any(child.dep_ == "expl:pv" or child.lower_ == "zich" for child in token.children)


def pronoun_after(term: str, span: Span) -> Token | None:
    """The reflexive pronoun right after a one-word verb term ("Uw dossier bevindt zich bij de dienst"),
    which an alternative without one may take along: the verb's own pronoun (`own_reflexive`), not an
    object ("wij verzoeken u"), and not before a phrase with "van", which the verb with its pronoun
    governs and the alternative may not ("vergewiste zich niet van uw adres" -> not "controleerde niet
    van")."""
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not verb_term(term, span):
        return None
    pronoun = doc[span.end]
    if pronoun.lower_ not in REFLEXIVE_PRONOUNS or own_reflexive(span) != pronoun:
        return None
    index = pronoun.i + 1
    while index < sentence_end(span) and doc[index].pos_ == "ADV":
        index += 1
    return None if index < len(doc) and doc[index].lower_ == "van" else pronoun
