"""Separable verb particles the parser did not attach to their verb.

A particle ends its clause ("wij schalen uw woning in", "De werken brachten
veel hinder teweeg", "deelde onze medewerker mee dat ..."), but on rare verbs the parser often hangs it on the
next phrase as a preposition ("in volgens de oppervlakte", "over tot
uitbetaling"). Word order finds it anyway: a word with nothing after it but
punctuation, a preposition, a conjunction or a question word belongs to the finite verb
before it in the same clause. Callers check that particle and verb make a
verb (a lexicon term, a frequent Dutch word).
"""

from __future__ import annotations

from spacy.tokens import Token

from helder.nlp.genders import known_noun
from helder.nlp.inflect import PARTICLES

MAX_DISTANCE = 15  # words between a finite verb and its particle: a clause is never longer
_NOMINAL_START = frozenset({"DET", "NOUN", "PROPN", "NUM"})
_VERBAL = frozenset({"VERB", "AUX"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", "?", "!", "."})
_OPENING_QUOTES = frozenset({"'", '"', "‘", "“", "„", "«"})
_QUESTION_WORDS = frozenset({"waarom", "hoe", "wanneer", "waar", "wie", "wat", "welke", "hoeveel"})
_RELATIVES = frozenset({"die", "dat", "wat", "wie"})
# Subordinators the tagger at times calls adverbs: "wij schorten de invordering op zolang uw bezwaar loopt".
_SUBORDINATORS = frozenset({"zolang", "zodra", "totdat", "voordat", "nadat", "omdat", "terwijl", "zodat", "opdat",
                            "tenzij", "hoewel", "aangezien", "doordat", "vermits"})
# "waar" and "waar" + preposition open a relative clause or an indirect question ("de maand waarin u ...").
_RELATIVE_ADVERBS = frozenset({"waar"} | {"waar" + preposition for preposition in (
    "aan achter bij binnen boven door in langs mee mede na naar naast om onder op over tegen toe tussen uit van voor"
    " zonder").split()})
# Prepositions that mostly stand apart from their "er" ("er ... voor" is "ervoor"), more than they are
# particles of a verb with an "er" of its own.
_APART_FROM_ER = frozenset({"bij", "op", "voor", "over", "mee"})
# The first half of a split pronominal adverb ("daar ... voor"), whose preposition ends the clause.
_POINTING_ADVERBS = frozenset({"daar", "hier", "waar"})
# The prepositions a particle-shaped word after a relative "waar" belongs to ("waar ... bij": "waarbij"). Narrower
# than the list of _RELATIVE_ADVERBS: after "waar", "na", "langs" and "binnen" are mostly particles of their verb
# ("waar u langs kunt komen").
_PREPOSITIONS_AFTER_WAAR = frozenset({"aan", "bij", "in", "mee", "naar", "om", "op", "over", "tegen", "toe", "uit",
                                      "van", "voor", "door", "achter", "onder", "naast", "tussen"})
# Every first half of a pronominal adverb written apart ("er ... toe", "daar ... mee").
PRONOMINAL_FRONTS = _POINTING_ADVERBS | {"er"}


def stranded_particle_verb(token: Token) -> Token | None:
    """The finite verb whose clause `token` closes as a particle, or None."""
    for candidate in reversed(clause_before_particle(token)):
        if is_finite(candidate) or _plural_read_as_infinitive(candidate):
            return candidate if candidate.pos_ in _VERBAL else None
    return None


def _plural_read_as_infinitive(token: Token) -> bool:
    """A present plural the tagger took for an infinitive: it has a subject of its own ("Graag zetten
    wij hieronder de redenen uiteen"), which no infinitive has."""
    return token.pos_ in _VERBAL and "Inf" in token.morph.get("VerbForm") and any(
        child.dep_ == "nsubj" for child in token.children)


def clause_before_particle(token: Token) -> list[Token]:
    """The words of the clause before `token`, if `token` can be a particle that closes it
    (nothing after it but punctuation, a preposition, a conjunction or a question word); else none."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.text in _OPENING_QUOTES and following.i + 1 < len(doc):
        following = doc[following.i + 1]  # a quoted name after a preposition: "vindt u onder 'Hinder'"
    closes = following is None or following.is_punct or following.pos_ in {"ADP", "CCONJ", "SCONJ"} or (
        following.lower_ in _SUBORDINATORS) or (following.lower_ in _QUESTION_WORDS and token.pos_ != "ADP")
    # an indirect question after a particle the tagger calls no preposition: "wij zetten hieronder uiteen
    # waarom ...", but not "past niet bij wat u kunt"
    if not token.is_alpha or token.pos_ in _NOMINAL_START and not _particle_read_as_a_noun(token) or not closes or (
            is_a_preposition_apart(token)):
        return []
    return _clause_before(token)


def _particle_read_as_a_noun(token: Token) -> bool:
    """A particle that is no noun, which the tagger called one: "deed de beslissing teniet" (not "in plaats
    van", "langs de weg")."""
    return token.lower_ in PARTICLES and not known_noun(token.lower_) and not any(
        child.dep_ in {"det", "nmod:poss", "amod"} for child in token.children)


def _clause_before(token: Token, through_as: bool = False) -> list[Token]:
    """The words before `token` back to the start of its clause; with `through_as`, a predicative
    "als" ("neem daar als diensthoofd ... voor") does not end it."""
    words: list[Token] = []
    for candidate in reversed(token.doc[max(0, token.i - MAX_DISTANCE) : token.i]):
        if opens_clause(candidate) and not (through_as and candidate.lower_ in {"als", "zoals"}):
            break
        words.append(candidate)
    return words[::-1]


def is_a_preposition_apart(token: Token) -> bool:
    """A word shaped like a particle that is a preposition of its own: the second half of a split
    pronominal adverb ("Ik neem daar de verantwoordelijkheid voor": "daarvoor"), or one coordinated
    with another preposition ("foto's voor en na")."""
    doc = token.doc
    if token.i + 2 < len(doc) and doc[token.i + 1].lower_ in {"en", "of"} and doc[token.i + 2].pos_ == "ADP":
        return True
    before = _clause_before(token, through_as=True)
    fronts = [index for index, word in enumerate(before) if word.lower_ in PRONOMINAL_FRONTS]
    if fronts and any(word.pos_ == "ADP" and not opens_a_noun_phrase(word) for word in before[fronts[-1] + 1 :]):
        return False  # the split adverb has its preposition already: "wij gaan er niet toe over" ("overgaan")
    if before and before[-1].lower_ == "er":
        return True  # "ertoe" written apart: "dit draagt er toe bij" is no "toedragen"
    if token.lower_ in _APART_FROM_ER and any(word.lower_ == "er" for word in before[1:]):
        # "erbij", "erop", "ervoor" written apart: "u stuurde er foto's bij" adjusts nothing ("bijsturen"),
        # "wij maken u er attent op" makes nothing ("opmaken"), "zij nam er een dag vrij voor" intends
        # nothing ("voornemen"); not the "er" that opens a clause ("Er stelt ... op")
        return True
    opener = token.doc[token.i - len(before) - 1] if token.i > len(before) else None
    # the relative "waar" that opens the clause: "waar andere mensen bij stonden" ("waarbij")
    return any(word.lower_ in _POINTING_ADVERBS for word in before) or (
        opener is not None and opener.lower_ == "waar" and token.lower_ in _PREPOSITIONS_AFTER_WAAR)


def opens_a_noun_phrase(token: Token) -> bool:
    """A preposition with its noun after it ("over een loket"), not one left standing ("er ... over")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and (following.pos_ in _NOMINAL_START or following.pos_ in {"PRON", "ADJ"})


def is_finite(token: Token) -> bool:
    return "Fin" in token.morph.get("VerbForm")


def opens_clause(token: Token) -> bool:
    """A punctuation mark, subordinator or relative pronoun: a clause starts or ends here. A "die" or "dat" right
    after a verb or its subject pronoun points back and opens nothing: "dient u die aan te vragen"."""
    return token.text in _CLAUSE_MARKS or token.pos_ == "SCONJ" or (
        token.pos_ == "PRON" and token.lower_ in _RELATIVES and not _after_a_verb_or_its_subject(token)) or (
        is_relative_adverb(token))


def _after_a_verb_or_its_subject(token: Token) -> bool:
    previous = token.doc[token.i - 1] if token.i else None
    return previous is not None and (previous.pos_ in _VERBAL or previous.lower_ in _SUBJECT_PRONOUNS)


_SUBJECT_PRONOUNS = frozenset({"u", "wij", "we", "ik", "hij", "zij", "ze", "men"})


def is_relative_adverb(token: Token) -> bool:
    """"waarin", "waarop", "waar" ... as the word that opens a clause, not "waarschijnlijk" or "dat is waar"."""
    return token.lower_ in _RELATIVE_ADVERBS and token.pos_ in {"ADV", "PRON", "SCONJ"}
