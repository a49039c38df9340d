"""Find sentence structures that make Dutch officialese hard to read, from the parse.

Five structures, each a function that reads the dependency tree (UD labels)
and returns `Structure`s with their token span:

* naamwoordstijl (`find_nominal_style`): an action noun carries the action
  where a verb would do. The noun is derived from a verb (-ing, -atie, -tie,
  a few suffixless ones such as "ontvangst") and names its object or owner
  ("van uw aanvraag", "uw"); it is the subject, object or complement of an
  empty verb ("vindt plaats", "gebeurt", "gaat over tot"), it heads an
  adverbial phrase ("na ontvangst van"), or it is a nominalised infinitive
  ("het indienen van een bezwaar"). An event name without participants
  ("de vergadering vindt plaats") is not naamwoordstijl.
* tang (`find_tangs`): the finite verb of a main clause far from its
  participle, infinitive or particle, or an article far from its noun.
* van-keten (`find_preposition_chains`): three or more prepositional phrases
  stacked in one noun phrase ("de behandeling van de aanvraag van de premie
  van uw moeder").
* dubbele ontkenning (`find_double_negations`): a negation and a negative
  word in one phrase ("niet onmogelijk", "niet zonder", "nooit niet").
* lange bijzin (`find_long_openings`): a sentence that opens with a long
  subordinate clause before the main verb.

Distances count words (tokens with a letter or digit), not punctuation.
The word lists below are small, closed and documented; the tree decides.
Where one slip of the tagger or parser would hide a structure (a participle
tagged finite, a noun tagged adverb, a subordinator hung on a noun), the
word order or the word's shape backs the tree up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from helder.analysis import is_word
from helder.calendar_words import MONTHS, WEEKDAYS
from helder.nlp.inflect import present, verb_lemma
from helder.nlp.lookup import lookup_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.particles import MAX_DISTANCE, is_relative_adverb, stranded_particle_verb
from helder.nlp.passive import PARTICIPLE_FORM, PERFECT_AUXILIARIES, is_past_participle

StructureKind = Literal["naamwoordstijl", "tang", "van-keten", "dubbele-ontkenning", "lange-bijzin"]
KINDS: tuple[StructureKind, ...] = ("naamwoordstijl", "tang", "van-keten", "dubbele-ontkenning", "lange-bijzin")


@dataclass(frozen=True)
class Structure:
    """One structure: what it is, the tokens it covers, its size and hints for the rewrite.

    `size` is the measure a threshold applies to (words between verb parts or
    between article and noun, stacked phrases, words before the main verb); 0
    when the structure has no size. `variant` names the form ("werkwoord" or
    "lidwoord" for a tang; "leeg-werkwoord", "voorzetsel" or "infinitief" for
    naamwoordstijl). `hints` holds the words a message can quote.
    """

    kind: StructureKind
    span: Span
    size: int = 0
    variant: str = ""
    hints: dict[str, str] = field(default_factory=dict)


# -- shared ------------------------------------------------------------------


def _words_between(doc: Doc, first: int, last: int) -> int:
    """Words strictly between token indices `first` and `last`."""
    return sum(1 for token in doc[first + 1 : last] if is_word(token))


def _tokens(doc_or_span: Doc | Span) -> Span:
    doc = doc_or_span if isinstance(doc_or_span, Doc) else doc_or_span.doc
    if not doc.has_annotation("DEP"):
        raise ValueError("sentence structures need a parsed Doc (dependency annotation missing)")
    return doc[0 : len(doc)] if isinstance(doc_or_span, Doc) else doc_or_span


def _case(token: Token) -> str | None:
    """The preposition of a nominal ("van" for "van uw aanvraag"), if it has one: the one nearest to
    it, where the parser also hung a stranded particle on the noun ("gaan over tot uitbetaling")."""
    prepositions = [child for child in token.children
                    if child.dep_ in {"case", "fixed"} and child.pos_ == "ADP" and child.i < token.i]
    return prepositions[-1].lower_ if prepositions else None


_PART_OF_MONTH = frozenset({"begin", "eind", "einde", "half", "midden"})


def _is_date(noun: Token) -> bool:
    """"(van) 3 maart", "(van) 14 november 2024", "(op) maandag", "(tot) eind december": a date is an
    attribute, not a participant or a link."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.pos_ == "NUM" or noun.lower_ in MONTHS or noun.lower_ in WEEKDAYS or (
        noun.lower_ in _PART_OF_MONTH and following is not None and following.lower_ in MONTHS)


def _lemma(token: Token) -> str:
    return token.lemma_.lower() or token.lower_


def _verb_lemma(verb: Token) -> str:
    """The lemma with its separable particle: "voert ... uit" -> "uitvoeren", "gaan over" -> "overgaan".

    An infinitive is its own lemma, whatever the lemmatiser says; a participle the tagger called an
    infinitive ("aangesproken") is not.
    """
    infinitive = "Inf" in verb.morph.get("VerbForm") and verb_lemma(verb.lower_)[:1] == [verb.lower_]
    lemma = verb.lower_ if infinitive else _lemma(verb)
    for child in verb.children:
        if child.dep_ == "compound:prt" and not lemma.startswith(child.lower_):
            return child.lower_ + lemma
    if _is_finite(verb):  # a particle the parser hung on the next phrase: "gaan over tot uitbetaling"
        for token in verb.doc[verb.i + 1 : verb.i + MAX_DISTANCE]:
            if stranded_particle_verb(token) == verb and zipf_frequency(token.lower_ + lemma, "nl") >= 2.0:
                return token.lower_ + lemma
    return lemma


# -- naamwoordstijl ------------------------------------------------------------

# Action nouns without a productive suffix, with their verb.
SUFFIXLESS_ACTION_NOUNS = {
    "aankomst": "aankomen", "aankoop": "aankopen", "aanleg": "aanleggen", "analyse": "analyseren",
    "controle": "controleren", "deelname": "deelnemen", "herstel": "herstellen", "inname": "innemen",
    "onderzoek": "onderzoeken", "ontvangst": "ontvangen", "opname": "opnemen", "overname": "overnemen",
    "verkoop": "verkopen", "verlies": "verliezen", "gebruik": "gebruiken", "opmaak": "opmaken",
    "afbraak": "afbreken", "aanpak": "aanpakken", "verhuis": "verhuizen",
    "afgifte": "afgeven", "inzage": "inzien",
}
# Nouns in -ing/-tie that name a thing, a group or an event, not an action a verb would say better.
NON_ACTION_NOUNS = frozenset({
    "afdeling", "ervaring", "informatie", "leiding", "mening", "omgeving", "opening", "opleiding",
    "organisatie", "rekening", "regeling", "richting", "situatie", "tentoonstelling", "vereniging",
    "vergadering", "verzekering", "voorstelling", "woning",
})
_NOMINAL_SUFFIXES = ("ing", "atie", "itie", "ctie")
# Empty verbs and where the action noun stands: their subject, their object, or after a preposition.
EMPTY_VERBS = {
    "plaatsvinden": "subject", "gebeuren": "subject", "geschieden": "subject", "verlopen": "subject",
    "overgaan": "tot", "komen": "tot", "zorgen": "voor",
    "uitvoeren": "object", "verrichten": "object", "doen": "object", "plegen": "object",
}
# "... is mogelijk": a predicate that makes the copula as empty as "gebeuren".
EMPTY_PREDICATES = frozenset({"mogelijk", "nodig", "noodzakelijk", "vereist", "verplicht", "toegestaan"})
# Adverbial prepositions before an action noun, with the clause that says it with a verb.
PREPOSITION_REWRITES = {
    "na": "nadat {subject} ... {finite}", "bij": "als {subject} ... {finite}",
    "tijdens": "terwijl {subject} ... {finite}", "tot": "tot {subject} ... {finite}", "voor": "om ... {te_verb}",
    "ter": "om ... {te_verb}", "gedurende": "terwijl {subject} ... {finite}",
}
# Actions a letter's reader does, not the service: "bij verlies van uw kaart" is "als u ... verliest",
# "na ontvangst van uw betaling" stays "nadat wij ... ontvangen".
READER_ACTIONS = frozenset({
    "aankopen", "aanvragen", "afhalen", "annuleren", "betalen", "bouwen", "gebruiken", "huren", "indienen",
    "inschrijven", "invullen", "melden", "ondertekenen", "opzeggen", "verbouwen", "verhuizen", "verkopen",
    "verliezen",
})
# Separable particles that are never a prefix (unlike over-, onder-, door-, om-).
_SEPARABLE = ("terug", "samen", "goed", "mee", "aan", "af", "bij", "in", "na", "op", "toe", "uit", "vast", "weg")
_ADVERBIAL_DEPS = frozenset({"obl", "obl:arg", "advmod", "advcl", "nmod:tmod"})


@lru_cache(maxsize=4096)
def verb_for(noun: str) -> str | None:
    """The verb an action noun comes from: "afhandeling" -> "afhandelen", "registratie" -> "registreren".

    Candidates are built from the suffix; wordfreq picks the one Dutch uses.
    """
    noun = noun.lower()
    if noun in SUFFIXLESS_ACTION_NOUNS:
        return SUFFIXLESS_ACTION_NOUNS[noun]
    if noun in NON_ACTION_NOUNS:
        return None
    candidates: list[str] = []
    if noun.endswith("ing") and len(noun) >= 6:
        stem = noun[:-3]
        candidates = [stem + "en", stem + "n", stem]  # betalen, herzien
    elif noun.endswith(("atie", "itie")):
        candidates = [noun[:-4] + "eren"]  # registreren
    elif noun.endswith("ctie"):
        candidates = [noun[:-3] + "teren"]  # inspecteren
    scored = [(zipf_frequency(candidate, "nl"), candidate) for candidate in candidates]
    best = max(scored, default=(0.0, ""))
    return best[1] if best[0] >= 2.0 else None


def is_action_noun(token: Token) -> bool:
    """A noun derived from a verb. The tagger calls some suffixless ones adjectives ("een controle") or,
    in lower case, names."""
    form = token.lower_
    if form in SUFFIXLESS_ACTION_NOUNS:
        return token.pos_ in {"NOUN", "ADJ"} or (token.pos_ == "PROPN" and token.text == form)  # "controle" as a name
    return token.pos_ == "NOUN" and form.endswith(_NOMINAL_SUFFIXES) and verb_for(form) is not None


def _split_particle(verb: str) -> tuple[str, str]:
    """("af", "handelen") for "afhandelen"; ("", verb) for a verb without a separable particle."""
    for particle in _SEPARABLE:
        rest = verb[len(particle) :]
        if verb.startswith(particle) and len(rest) >= 5 and zipf_frequency(rest, "nl") >= 2.5:
            return particle, rest
    return "", verb


def rewrite_hints(verb: str) -> dict[str, str]:
    """Word forms for a rewrite with `verb`: "handelen ... af" (main clause), "af te handelen", and the
    doer with the verb at the end of a subordinate clause ("wij ... afhandelen", "u ... verliest")."""
    particle, rest = _split_particle(verb)
    reader = verb in READER_ACTIONS
    return {
        "verb": verb,
        "main_verb": f"{rest} ... {particle}" if particle else f"{verb} ...",
        "te_verb": f"{particle} te {rest}" if particle else f"te {verb}",
        "subject": "u" if reader else "wij",
        "finite": particle + present(rest, "u") if reader else verb,
    }


def _participants(noun: Token, verb: Token | None = None) -> bool:
    """The noun names its object or owner: "van uw aanvraag", "uw", or a "van" phrase the parser hung on the verb."""
    for child in noun.children:
        if child.dep_ == "nmod:poss" or (child.dep_.startswith("nmod") and _case(child) == "van"
                                         and not _is_date(child)):
            return True
    if verb is not None:
        return any(
            child.dep_.startswith("obl") and child.i > noun.i and _case(child) == "van" for child in verb.children
        )
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ == "van" and not _is_date(after.head)


def _phrase_end(noun: Token) -> int:
    """The last token of the noun and its "van" phrase (not of clauses hanging on it)."""
    end = noun.i
    for child in noun.children:
        if child.i > noun.i and child.dep_.startswith("nmod"):
            end = max(end, child.right_edge.i)
    return end


_PREMODIFIER_DEPS = frozenset({"det", "nmod:poss", "amod", "nummod", "compound", "advmod"})


def _phrase_start(noun: Token) -> int:
    """The first token of the noun's own words before it: article, possessive, adjectives."""
    return min([noun.i, *(child.left_edge.i for child in noun.children
                          if child.i < noun.i and child.dep_ in _PREMODIFIER_DEPS)])


def find_nominal_style(doc_or_span: Doc | Span) -> list[Structure]:
    """Action nouns with an empty verb, in an adverbial phrase, or as "het" + infinitive + "van"."""
    found = []
    for token in _tokens(doc_or_span):
        if is_action_noun(token):
            structure = _empty_verb_nominal(token) or _adverbial_nominal(token)
        else:
            structure = _infinitive_nominal(token)
        if structure is not None:
            found.append(structure)
    return found


def _empty_verb_nominal(noun: Token) -> Structure | None:
    """"de afhandeling van uw aanvraag vindt plaats", "wij gaan over tot uitbetaling van de premie" (an action noun)."""
    if noun.head == noun:
        return None
    verb = _governing_verb(noun)
    if verb is None:
        return None
    role = EMPTY_VERBS.get(_verb_lemma(verb))
    dep = noun.dep_
    if role is None and _lemma(verb) in EMPTY_PREDICATES and dep.startswith("nsubj"):
        role = "subject"  # "een aanpassing van het bedrag is mogelijk"
    if role is None:
        return None
    fits = (
        (role == "subject" and dep.startswith("nsubj"))
        or (role == "object" and dep == "obj")
        or (role in {"tot", "voor"} and dep.startswith("obl") and _case(noun) == role)
    )
    if not fits or not _participants(noun, verb):
        return None
    verb_parts = [verb, *(child for child in verb.children if child.dep_ in {"compound:prt", "cop"})]
    start = min([_phrase_start(noun), *(part.i for part in verb_parts)])
    end = max([_phrase_end(noun), *(part.i for part in verb_parts)])
    verb_form = verb_for(noun.lower_)
    hints = {"noun": noun.text}
    if verb_form:
        hints["rewrite"] = f"'wij {rewrite_hints(verb_form)['main_verb']}'"
    return Structure("naamwoordstijl", noun.doc[start : end + 1], variant="leeg-werkwoord" if verb_form else "",
                     hints=hints)


def _governing_verb(noun: Token) -> Token | None:
    """The verb the noun is an argument of.

    Its head, else (a parse slip: "de terugbetaling van het teveel betaalde
    bedrag vindt plaats" hangs the subject on "betaalde") the nearest verb
    above it that heads a clause. An auxiliary with an empty verb in its
    cluster stands for that verb ("hebben een analyse ... uitgevoerd").
    """
    verb = noun.head
    while verb.head != verb and (verb.pos_ not in {"VERB", "AUX", "ADJ"} or verb.dep_ in {"amod", "acl"}):
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return None
    if verb.dep_ == "cop" and verb.head != verb:
        return verb.head  # "een spreiding van de betaling is mogelijk" with the subject on "is"
    if _verb_lemma(verb) not in EMPTY_VERBS and _lemma(verb) in AUXILIARY_LEMMAS:
        for child in verb.children:
            if child.i > noun.i and child.pos_ == "VERB" and _verb_lemma(child) in EMPTY_VERBS:
                return child
    return verb


def _adverbial_nominal(noun: Token) -> Structure | None:
    """"na ontvangst van uw betaling", "voor de berekening van uw huurpremie": an action noun in an adverbial phrase."""
    doc = noun.doc
    # The preposition before the noun, with only articles and adjectives between ("bij laattijdige betaling").
    index = noun.i - 1
    while index >= 0 and doc[index].pos_ in {"DET", "ADJ", "PRON"} and doc[index].lower_ not in PREPOSITION_REWRITES:
        index -= 1
    if index < 0 or doc[index].lower_ not in PREPOSITION_REWRITES:
        return None
    preposition = doc[index]
    # The phrase modifies the clause, not a noun: "de regels voor de toekenning van ..." is no naamwoordstijl.
    phrase_head = preposition.head if preposition.dep_ in {"case", "mark"} else preposition
    if preposition.dep_ == "fixed":
        phrase_head = preposition.head.head  # "Na ontvangst" parsed as a fixed preposition of the next noun
    adverbial = phrase_head.dep_ in _ADVERBIAL_DEPS or (phrase_head == noun and noun.dep_ in _ADVERBIAL_DEPS)
    if not (adverbial or preposition.is_sent_start or _after_time_noun(phrase_head)) or _noun_modifier(preposition):
        return None
    if not _participants(noun):
        return None
    end = _van_phrase_end(noun)
    verb = verb_for(noun.lower_)
    hints = {"noun": noun.text}
    if verb:
        hints["rewrite"] = "'" + PREPOSITION_REWRITES[preposition.lower_].format(**rewrite_hints(verb)) + "'"
    return Structure("naamwoordstijl", doc[preposition.i : end + 1], variant="voorzetsel" if verb else "",
                     hints=hints)


def _noun_modifier(preposition: Token) -> bool:
    """A "voor", "tot" or "bij" phrase right after a noun is the noun's, wherever the parser hung it
    ("de kosten voor de vervanging van ...", "uw verzoek tot verlaging van ..."); so is the object
    of a verb that takes the preposition ("wij danken u voor uw melding van ...")."""
    doc = preposition.doc
    before = doc[preposition.i - 1] if preposition.i else None
    if preposition.lower_ in _NOUN_MODIFYING and before is not None and before.pos_ in {"NOUN", "PROPN"} \
            and not _is_date(before):
        return True
    verb = preposition.head.head
    return preposition.head.dep_ == "obl:arg" and preposition.lower_ in VERB_PREPOSITIONS.get(_verb_lemma(verb), ())


_NOUN_MODIFYING = frozenset({"voor", "tot", "bij"})  # prepositions that as often modify a noun as a clause


def _after_time_noun(phrase_head: Token) -> bool:
    """The phrase hangs on a time noun, which makes it say when: "binnen de 15 dagen na ontvangst van
    uw brief". (A phrase that opens the sentence is adverbial too: it has no noun before it.)"""
    return phrase_head.dep_.startswith("nmod") and _lemma(phrase_head.head) in _TIME_NOUNS


# Infinitives that are plain nouns: "het inkomen van uw gezin" names no action; "uw schrijven van
# 3 maart" is officialese for a letter (the jargon rules flag it).
LEXICALISED_INFINITIVES = frozenset({
    "bestaan", "eten", "genoegen", "inkomen", "leven", "ontstaan", "optreden", "overlijden", "schrijven",
    "verlangen", "verleden", "vermogen", "vertrouwen", "voorkomen", "wezen",
})


def _infinitive_nominal(verb: Token) -> Structure | None:
    """"het indienen van een bezwaar": "het" + infinitive + "van"."""
    if (
        verb.pos_ not in {"VERB", "AUX"}
        or "Inf" not in verb.morph.get("VerbForm")
        or verb.lower_ in LEXICALISED_INFINITIVES
        or not verb.lower_.endswith(("en", "aan", "oen", "ien"))  # not a noun the tagger took for one ("het station")
    ):
        return None
    doc = verb.doc
    article = next((child for child in verb.children if child.dep_ == "det" and child.lower_ == "het"), None)
    if article is None:  # "het in behandeling nemen": the parser may hang "het" elsewhere
        index = verb.i - 1
        while index >= 0 and doc[index].pos_ in {"ADP", "NOUN", "ADJ", "ADV"} and verb.i - index <= 4:
            index -= 1
        if index >= 0 and doc[index].lower_ == "het" and doc[index].head.i >= index:
            article = doc[index]
    if article is None or verb.i + 1 >= len(doc) or doc[verb.i + 1].lower_ != "van":
        return None
    forms = rewrite_hints(verb.lower_)
    hints = {
        "noun": doc[article.i : verb.i + 1].text,
        "rewrite": f"'wij {forms['main_verb']}' of 'u kunt ... {verb.lower_}'",
    }
    return Structure("naamwoordstijl", doc[article.i : _van_phrase_end(verb) + 1], variant="infinitief", hints=hints)


def _van_phrase_end(word: Token) -> int:
    """The last token of the "van" phrase right after `word`, however the parser hung that phrase."""
    doc = word.doc
    if word.i + 1 < len(doc) and doc[word.i + 1].lower_ == "van":
        phrase = doc[word.i + 1].head
        if phrase.i > word.i + 1:
            return phrase.right_edge.i
    return _phrase_end(word)


# -- tang ----------------------------------------------------------------------

# Relations by which a verb heads a subordinate clause (its word order is verb-final).
_SUBORDINATE_DEPS = frozenset({"acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp"})
_ARTICLES = frozenset({"de", "het", "een"})
DEMONSTRATIVES = frozenset({"deze", "die", "dit", "dat"})


def _is_determiner(token: Token) -> bool:
    """An article, a demonstrative used as one ("die regeling", not the relative "die"), or a possessive."""
    return (
        token.lower_ in _ARTICLES
        or (token.lower_ in DEMONSTRATIVES and token.dep_ == "det")
        or token.dep_ == "nmod:poss"
    )


def _is_finite(token: Token) -> bool:
    return token.pos_ in {"AUX", "VERB"} and "Fin" in token.morph.get("VerbForm")


def _main_clause(verb: Token) -> bool:
    """The clause of `verb` is a main clause: no subordinator, not a relative or complement clause."""
    head = verb
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return head.dep_ not in _SUBORDINATE_DEPS and not any(child.dep_ == "mark" for child in verb.children)


def find_tangs(doc_or_span: Doc | Span, verb_gap: int = 8, article_gap: int = 4) -> list[Structure]:
    """Verb parts more than `verb_gap` words apart, articles more than `article_gap` words before their noun."""
    tokens = _tokens(doc_or_span)
    doc = tokens.doc
    found = []
    for sentence in _sentences(tokens):
        main_finite = _sentence_finite(sentence)
        for token in doc[max(sentence.start, tokens.start) : min(sentence.end, tokens.end)]:
            if _is_finite(token):
                closing = _closing_part(token, token == main_finite, sentence.end, verb_gap)
                if closing is not None:
                    gap = _words_between(doc, token.i, closing.i)
                    if gap > verb_gap:
                        found.append(Structure("tang", doc[token.i : closing.i + 1], gap, "werkwoord",
                                               {"first": token.text, "last": closing.text}))
            elif _is_determiner(token):
                noun = _article_noun(token)
                if noun is not None:
                    gap = _words_between(doc, token.i, noun.i)
                    if gap > article_gap:
                        found.append(Structure("tang", doc[token.i : noun.i + 1], gap, "lidwoord",
                                               {"first": token.text, "last": noun.text}))
    return found


def _closing_part(finite: Token, main: bool, sentence_end: int, verb_gap: int) -> Token | None:
    """The first verb part that closes the main clause of `finite`: a participle, infinitive or particle.

    The tree proposes one; the word order proposes one too when the tree
    or the sentence says the clause is a main clause (the parser is least
    sure of long clauses). The earliest wins: in "kunt ... bellen of ...
    indienen" the cluster closes at "bellen". A tree part within
    `verb_gap` words leaves nothing to find.
    """
    tree = _tree_part(finite)
    if tree is not None and _words_between(finite.doc, finite.i, tree.i) <= verb_gap:
        return tree
    if not main and tree is None:
        return None
    return _cluster_part(finite, tree.i if tree is not None else sentence_end) or tree


def _tree_part(finite: Token) -> Token | None:
    if finite.dep_ in {"aux", "aux:pass"}:
        verb = finite.head
        bare = _lemma(finite) in MODALS and _is_bare_infinitive(verb)
        if verb.i < finite.i or not _main_clause(verb) or not (
            _is_cluster_verb(verb) or bare or _is_mistagged_cluster_verb(verb, finite)
        ):
            return None
        if _new_clause_between(finite, verb) or (
            verb.doc[verb.i - 1].lower_ == "te" and any(t.text == "," for t in verb.doc[finite.i : verb.i])
        ):
            return None  # "Heeft u nog een vraag, gelieve mij dan te contacteren": another clause
        cluster = [child for child in verb.children if child.dep_.startswith("aux") and child.i > finite.i]
        return min([verb, *cluster], key=lambda part: part.i)
    if finite.dep_ == "cop" or not _main_clause(finite):
        return None
    particles = [
        child for child in finite.children
        if child.dep_ == "compound:prt" and child.i > finite.i and _closes(child, extraposed=True)
        and _makes_verb(child, finite, min_zipf=1.0)
        and not any(
            token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"amod", "acl"}
            for token in finite.doc[finite.i + 1 : child.i]
        )
    ]
    return particles[0] if particles else None


def _is_mistagged_cluster_verb(verb: Token, auxiliary: Token) -> bool:
    """A verb tagged finite that governs a finite auxiliary: a clause has one finite verb, so the shape
    decides ("hebben ... doorgegeven", "zal ... vergoeden" with both verbs tagged finite): a participle
    after "hebben", "zijn" or "worden", an infinitive after the others."""
    if verb.pos_ not in {"VERB", "AUX"} or "Fin" not in verb.morph.get("VerbForm"):
        return False
    if _lemma(auxiliary) in PERFECT_AUXILIARIES:
        return PARTICIPLE_FORM.match(verb.lower_) is not None or verb.lower_ in IPP_INFINITIVES
    return verb.lower_.endswith("n")


# Infinitives that stand for a participle after "hebben" or "zijn" when another infinitive follows:
# "wij hadden u ... moeten meedelen", "zij is ... blijven wachten".
IPP_INFINITIVES = frozenset({
    "blijven", "gaan", "horen", "komen", "kunnen", "laten", "moeten", "mogen", "willen", "zien",
})


def _new_clause_between(first: Token, last: Token) -> bool:
    """A verb right after a conjunction, a comma or "dan" starts a clause of its own:
    "mail ... of vul het formulier in", "Heeft u nog een vraag, gelieve ... te contacteren"."""
    doc = first.doc
    return any(
        doc[i + 1].pos_ in {"VERB", "AUX"} and (doc[i].pos_ == "CCONJ" or doc[i].lower_ in {",", "dan"})
        for i in range(first.i + 1, last.i - 1)
    )


def _closes(particle: Token, extraposed: bool = False) -> bool:
    """Nothing of the clause follows the particle (or, with `extraposed`, only a phrase after it:
    "betalen ... terug op uw rekening"); a particle followed by a noun is a preposition."""
    doc = particle.doc
    after = doc[particle.i + 1] if particle.i + 1 < len(doc) else None
    return (
        after is None or not is_word(after) or after.pos_ == "CCONJ"
        or (extraposed and after.pos_ == "ADP" and after.lower_ != "te")  # "toe te zien" is a verb's
    )


# Verbs that take a participle or infinitive in the verb cluster.
AUXILIARY_LEMMAS = frozenset({
    "blijven", "gaan", "hebben", "hoeven", "komen", "kunnen", "laten", "moeten", "mogen", "willen", "worden",
    "zijn", "zullen",
})
_CLAUSE_BREAKS = frozenset({":", ";", "(", ")", "?", "!"})
_RELATIVES = frozenset({"die", "dat", "wat", "wie"})


def _cluster_part(finite: Token, stop: int) -> Token | None:
    """The verb cluster of a main clause's finite verb, read from the word order.

    After the finite verb, the first participle or infinitive (for an
    auxiliary) or the clause-final particle that makes a verb with it
    ("nemen ... op"), skipping embedded clauses up to their comma, and
    stopping at the next finite verb or at a verb right after a comma (a
    new clause: "Heeft u nog een vraag, bel ..."). The scan ends before `stop`.
    """
    doc = finite.doc
    auxiliary = _lemma(finite) in AUXILIARY_LEMMAS
    embedded = after_comma = closing_embedded = False
    for token in doc[finite.i + 1 : stop]:
        if closing_embedded and (token.pos_ in {"VERB", "AUX"} or _is_cluster_verb(token)
                                 or _is_bare_infinitive(token)):
            continue  # the rest of an embedded clause's verb cluster: "dat u ... had buitengezet"
        closing_embedded = False
        if token.text in _CLAUSE_BREAKS:
            return None
        if token.text == ",":
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.pos_ in {"VERB", "AUX", "CCONJ"}:
                return None  # ", bel ...", ", en ...": a new clause
            after_comma = after_comma or not embedded
            embedded = False
        elif after_comma and token.lower_ == "te":
            return None  # ", gelieve mij dan te contacteren": a clause of its own
        elif _opens_clause(token) or _is_relative(token):
            embedded = True
        elif embedded:
            if _is_finite(token):  # an embedded clause is verb-final: its finite verb closes it
                embedded, closing_embedded = False, True
            continue
        elif auxiliary and _mistagged_infinitive(token, finite):
            return token
        elif _is_finite(token) and not _in_noun_phrase(token):
            return None
        elif auxiliary and _lemma(finite) in PERFECT_AUXILIARIES and token.lower_ in IPP_INFINITIVES:
            return token  # "hadden ... moeten meedelen", the modal tagged finite
        elif auxiliary and (_is_cluster_verb(token) or (_lemma(finite) in MODALS and (
                _is_bare_infinitive(token) or _is_closing_infinitive(token)))):
            return token
        elif _is_particle_of(token, finite):
            return token
    return None


MODALS = frozenset({"kunnen", "moeten", "mogen", "willen", "zullen"})
COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken"})


def _in_noun_phrase(token: Token) -> bool:
    """A word after an article, a possessive, an inflected adjective or a numeral is a noun,
    whatever the tagger says ("uw appartement", "op tweede verblijven", "tien wooneenheden")."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return _is_determiner(before) or before.pos_ == "NUM" or (before.pos_ == "ADJ" and before.lower_.endswith("e"))


def _mistagged_infinitive(token: Token, modal: Token) -> bool:
    """A modal's infinitive tagged finite ("U kunt de folder ... downloaden op onze website"): an
    "-en" word the parser hung on the modal as its complement."""
    return (
        _lemma(modal) in MODALS and token.head.i == modal.i and token.dep_ in {"xcomp", "obj", "ccomp"}
        and token.lower_.endswith("en") and token.text.islower() and not _in_noun_phrase(token)
    )


# Adverbs in "-en" a tagger may call a noun, never an infinitive: "U mag de fiets morgen ... ophalen".
ADVERBS_IN_EN = frozenset({
    "beneden", "binnen", "boven", "buiten", "eergisteren", "even", "gisteren", "meteen", "morgen", "open",
    "overmorgen", "samen", "tegen", "voren",
})


def _is_bare_infinitive(token: Token) -> bool:
    """An infinitive the tagger took for a plural noun ("U kunt gratis bellen"): "-en" and nothing a noun has.

    An uninflected "adjective" before it is an adverb: before a plural noun it would end in -e.
    """
    return (
        token.pos_ == "NOUN"
        and token.lower_.endswith("en")
        and token.lower_ not in ADVERBS_IN_EN
        and not any(
            child.i < token.i
            and (child.dep_ in {"det", "nmod:poss", "nummod"} or (child.dep_ == "amod" and child.lower_.endswith("e")))
            for child in token.children
        )
        and (token.i == 0 or token.doc[token.i - 1].pos_ not in {"DET", "NUM"})
    )


def _is_closing_infinitive(token: Token) -> bool:
    """The word that closes a modal's clause, read as a noun after a long middle ("kunt ... in de
    bibliotheek van uw deelgemeente afhalen", "naar ons mailen"): an "-en" word with no article
    before it, tagged a verb or, when tagged a noun, its own lemma in the lookup table (a verb, not
    a plural like "kosten"; the table reads "zetten" as the plural of "zet")."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.pos_ in {"NOUN", "VERB", "PROPN"} and token.text.islower() and token.lower_.endswith("en")
        and (following is None or following.text in {".", "?", "!"})
        and doc[token.i - 1].lower_ not in ARTICLES
        and (token.pos_ == "VERB" or lookup_lemma(token.lower_) == token.lower_)
    )


ARTICLES = frozenset({"de", "het", "een", "deze", "die", "dit", "dat", "elke", "iedere", "geen"})
# The words that open a noun phrase: articles, possessives, demonstratives, "geen", "elk(e)".
DETERMINERS = ARTICLES | frozenset("uw zijn haar mijn ons onze hun elk ieder".split())


def _is_relative(token: Token) -> bool:
    """"die", "dat", "waarop" ... opening a relative clause (not "die periode", a determiner)."""
    if token.dep_ == "det":
        return False
    return (token.lower_ in _RELATIVES and token.pos_ == "PRON") or is_relative_adverb(token)


def _opens_clause(token: Token) -> bool:
    """A subordinator; "om" only with its "te" ("om ... te vragen"), else it is a preposition."""
    if token.lower_ == "om":
        rest = token.doc[token.i + 1 : _sentence_end(token)]
        comma = next((word.i for word in rest if word.text == ","), rest.end)
        return any(word.lower_ == "te" and word.i < comma for word in rest)
    if token.dep_ == "fixed":
        return False  # "meer dan tien": a comparison, no clause
    return token.pos_ == "SCONJ" or (token.dep_ == "mark" and token.lower_ != "te")


def _is_cluster_verb(token: Token) -> bool:
    """A bare participle or infinitive: not an inflected one before a noun ("het berekende bedrag"),
    not a noun in disguise ("onderhavig schrijven"). The passive detector's shape test finds the
    participles the tagger missed ("verzocht")."""
    nominal = {"det", "nmod:poss", "case"}  # an infinitive with these is a noun: "na ... onderhavig schrijven"
    if token.is_title and not token.is_sent_start:
        return False  # a name: "de dienst Wonen"
    if (token.dep_ in {"amod", "acl"} and not _closes(token)) or any(
            0 < token.i - child.i <= 3 and child.dep_ in {"det", "nmod:poss"} for child in token.children):
        return False  # an attribute; but one that closes the clause is its verb ("Ik heb het dossier ... opgevraagd.")
    verb_form = token.morph.get("VerbForm")
    if token.pos_ in {"VERB", "AUX"} and "Inf" in verb_form:
        return not any(child.i < token.i and child.dep_ in nominal for child in token.children)
    return is_past_participle(token) or (
        token.pos_ in {"VERB", "AUX"} and "Part" in verb_form and not token.lower_.endswith("e")
    )


def _is_particle_of(token: Token, verb: Token) -> bool:
    """A particle that closes the clause, or only a phrase follows it, and makes a verb with `verb`:
    "nemen ... op" = "opnemen", "sturen ... door naar de politie"."""
    return _closes(token, extraposed=True) and _makes_verb(token, verb)


def _makes_verb(particle: Token, verb: Token, min_zipf: float = 2.0) -> bool:
    """"op" + "nemen" is a Dutch verb ("opnemen"), and so is "klaar" + "zetten"; a noun the parser
    called a particle is not. A particle the parser attached itself needs less proof ("langssturen")."""
    return particle.pos_ in {"ADP", "ADV", "ADJ"} and zipf_frequency(particle.lower_ + _lemma(verb), "nl") >= min_zipf


def _article_noun(article: Token) -> Token | None:
    """The noun of an article or possessive.

    The parse decides, except where it is least sure: an article followed by
    a preposition ("de door u op 3 maart ingediende aanvraag") or a time
    phrase ("uw vorige maand ... gerichte klacht") opens a modifier that
    ends in an inflected adjective or a participle right before the noun.
    Another article followed by a preposition opens a modifier of its own
    ("een van de door u ingediende documenten").
    """
    doc = article.doc
    following = doc[article.i + 1] if article.i + 1 < len(doc) else None
    if following is not None and (following.pos_ == "ADP" or following.lower_ in {"het", "de"} | TIME_OPENERS
                                  or (following.pos_ == "ADJ" and article.i + 2 < len(doc)
                                      and doc[article.i + 2].text == ",")):
        for token in doc[article.i + 2 : min(len(doc) - 1, article.i + 20)]:
            inflected = token.lower_.endswith(("de", "te")) and token.pos_ in {"ADJ", "VERB"}
            participle = token.pos_ in {"ADJ", "VERB"} and (
                "Part" in token.morph.get("VerbForm") or PARTICIPLE_FORM.match(token.lower_) is not None
            )
            inner = doc[token.i - 1].lower_ in ARTICLES  # "aan de verkeerde dienst": the inner article's adjective
            noun = _attributive_noun(token) if (inflected or participle) and not inner else None
            if noun is not None:
                return noun
            # A finite verb ends the search; "-de"/"-te" forms may be inflected participles the tagger took for one.
            if (
                (_is_finite(token) and not inflected)
                or token.text in _CLAUSE_BREAKS
                or token.text == "."
                or (_is_determiner(token) and doc[token.i + 1].pos_ == "ADP")
            ):
                break
    noun = article.head
    if (article.dep_ in {"det", "nmod:poss"}) and noun.i > article.i and noun.pos_ in {"NOUN", "PROPN"}:
        return noun
    return None


# Words that open a time phrase inside a noun phrase: "het vorige week ... geplaatste toestel".
TIME_OPENERS = frozenset({"vorige", "volgende", "afgelopen", "gisteren", "eergisteren", "vorig"})
# Prepositions: a word after an attributive that is none of these is the noun, whatever its tag
# ("de ... gevallen tak" with "tak" read as a preposition, "vastgelegde tarieven" as a verb).
PREPOSITIONS = frozenset({
    "aan", "achter", "bij", "binnen", "boven", "buiten", "door", "in", "langs", "met", "na", "naar", "naast", "om",
    "onder", "op", "over", "per", "rond", "sinds", "te", "tegen", "tijdens", "tot", "tussen", "uit", "van", "via",
    "voor", "zonder",
})


def _attributive_noun(attributive: Token) -> Token | None:
    """The noun right after an attributive participle or adjective, over further adjectives.

    An "adjective" that ends the phrase is a rare noun the tagger missed ("de ... gegraven sleuf"),
    and so is a lowercase word tagged preposition or verb that is none ("gevallen tak").
    """
    doc = attributive.doc
    for token in doc[attributive.i + 1 : attributive.i + 4]:
        if token.pos_ in {"NOUN", "PROPN"} or (
                token.pos_ in {"ADP", "VERB"} and token.is_lower and token.is_alpha and token.lower_ not in PREPOSITIONS
                and not token.lower_.endswith("e")):  # "opgevraagde bijkomende stukken": another attributive
            return token
        if token.pos_ != "ADJ":
            return None
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return token
    return None


def _sentence_end(token: Token) -> int:
    """The index after the last token of `token`'s sentence (cheaper than spaCy's `token.sent`)."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and not doc[end].is_sent_start:
        end += 1
    return end


def _sentences(tokens: Span) -> list[Span]:
    return list(tokens.sents) if tokens.doc.has_annotation("SENT_START") else [tokens]


def _sentence_finite(sentence: Span) -> Token | None:
    """The finite verb of the sentence's main clause: the first one, or the one after an opening clause."""
    words = [token for token in sentence if is_word(token)]
    clause = _opening_clause(words[0]) if words and words[0].lower_ in SUBORDINATORS else None
    if clause is not None:
        main = _main_finite(clause, sentence)
        return main if main is not None and _is_finite(main) else None
    return next((token for token in sentence if _is_finite(token)), None)


# -- van-keten -------------------------------------------------------------------

# Prepositions that start an adverbial phrase, hardly ever a noun's modifier: a parser that hangs
# "na het advies" on the noun before it does not make a chain.
ADVERBIAL_PREPOSITIONS = frozenset({
    "dankzij", "gedurende", "na", "ondanks", "per", "sinds", "tijdens", "via", "volgens", "wegens",
})


# "Dank u voor uw brief van ...": the thanks formula's "voor" names the reason, it does not stack.
THANKS = frozenset({"bedankt", "dank", "dankuwel"})

# Verbs of complaint replies with the preposition of their prepositional object: in "wij hebben de
# sleutel van de berging aan de conciërge gegeven" the "aan" phrase is the verb's, wherever the
# parser hung it, and so is the place of a verb of placing ("op de website gezet", "in de bus
# steken"). "van" is left out: it hardly ever introduces a verb's object.
_PREPOSITIONAL_OBJECTS = {
    "aan": "bezorgen betalen denken deelnemen doorgeven doorsturen geven hangen herinneren melden meedelen "
           "overhandigen overmaken schrijven sturen terugbetalen tonen toevoegen uitleggen vertellen "
           "voldoen voorleggen vragen werken",
    "over": "aanspreken beschikken beslissen communiceren discussiëren informeren inlichten klagen nadenken "
            "onderhandelen oordelen overleggen praten spreken vertellen verwittigen",
    "met": "afspreken bespreken houden overleggen praten samenwerken spreken",
    "op": "aandringen antwoorden ingaan leggen letten plaatsen reageren rekenen toezien wachten wijzen zetten",
    "in": "leggen plaatsen steken stoppen zetten",  # verbs of placing take where as their object
    "voor": "bedanken betalen danken kiezen verontschuldigen waarschuwen zorgen",
    "naar": "bellen doorsturen kijken mailen sturen verwijzen zoeken",
    "om": "verzoeken vragen",
    "tot": "behoren besluiten leiden overgaan",
    "bij": "aansluiten indienen",
    "uit": "komen ontstaan voortkomen",  # where something comes from: "komt uit een lek in de dakgoot"
}
RECIPIENT_PRONOUNS = frozenset({"u", "ons", "mij", "me", "hem", "haar", "hen", "hun", "je", "jou"})
# Verbs that say where something is: a phrase right before them at the end of a clause is their place.
LOCATION_VERBS = frozenset({"zitten", "liggen", "staan", "hangen", "wonen", "blijven", "zijn"})
# Nouns of complaint replies with the preposition of their complement ("uw aanvraag tot aansluiting",
# "het recht op een premie"): right after the noun, that phrase is the noun's, wherever the parser
# hung it. The nouns' own valency, as a dictionary gives it; "van" needs no entry.
_NOUN_COMPLEMENTS = {
    "aan": "behoefte bijdrage deelname gebrek herinnering schade tekort twijfel",
    "in": "inzage inzicht tegemoetkoming tussenkomst vertrouwen",
    "naar": "onderzoek verwijzing vraag zoektocht",
    "om": "verzoek vraag",
    "op": "aanspraak aansluiting antwoord controle invloed korting recht reactie toezicht zicht",
    "over": "advies beslissing discussie informatie inlichtingen klacht melding uitleg vraag",
    "tegen": "beroep bezwaar klacht maatregelen protest",
    "tot": "aanvraag toegang toelating verzoek",
    "voor": "aanvraag attest premie subsidie toelage vergunning",
}
VERB_PREPOSITIONS = {
    verb: frozenset(preposition for preposition, verbs in _PREPOSITIONAL_OBJECTS.items() if verb in verbs.split())
    for verb in {verb for verbs in _PREPOSITIONAL_OBJECTS.values() for verb in verbs.split()}
}
NOUN_PREPOSITIONS = {
    noun: frozenset(preposition for preposition, nouns in _NOUN_COMPLEMENTS.items() if noun in nouns.split())
    for noun in {noun for nouns in _NOUN_COMPLEMENTS.values() for noun in nouns.split()}
}


def find_preposition_chains(doc_or_span: Doc | Span, min_phrases: int = 3) -> list[Structure]:
    """Noun phrases with `min_phrases` or more prepositional phrases stacked after the noun."""
    tokens = _tokens(doc_or_span)
    doc = tokens.doc
    found: list[Structure] = []
    covered = -1
    for token in tokens:
        if token.i <= covered or not (token.pos_ in {"NOUN", "PROPN", "NUM", "ADJ"} or _is_nominal_infinitive(token)) \
                or token.lower_ in THANKS or _is_date(token):
            continue
        phrases = _stacked_phrases(token)
        if len(phrases) >= min_phrases:
            start = _phrase_start(token)
            covered = _phrase_tail(phrases[-1])
            found.append(Structure("van-keten", doc[start : covered + 1], len(phrases)))
    return found


def _stacked_phrases(noun: Token) -> list[Token]:
    """The nouns of the prepositional phrases stacked right after `noun`, in text order.

    Each phrase follows the one before without a gap and hangs on a noun of
    the chain; a "van" phrase counts wherever the parser hung it, since
    "van" hardly ever modifies a verb, and so does any phrase in front of
    the finite verb when the chain opens the sentence: a main clause has one
    constituent there ("De kosten voor het onderhoud van ... zijn gestegen").
    A date ("uw brief van 3 maart over ...") links the chain but does not
    count as a phrase.
    """
    doc = noun.doc
    chain = [noun]
    position = _extraposed_from(noun)
    first_position, checked = None, noun.i  # found out when a phrase needs it, up to `checked`
    while position + 1 < len(doc):
        preposition = doc[position + 1]
        if preposition.pos_ != "ADP" or preposition.lower_ in ADVERBIAL_PREPOSITIONS:
            break
        phrase, loose_om = preposition.head, _loose_om(preposition)
        if loose_om is not None:
            phrase = loose_om
        if phrase.i <= preposition.i or not _is_nominal(phrase) or phrase.dep_.startswith("nsubj") \
                or _is_adverbial(phrase) or _verb_object(preposition, noun) or _until_clause(preposition) \
                or (_is_date(phrase) and preposition.lower_ != "van"):  # "op zaterdag" says when
            break  # a subject after "tot" or "voor" opens a clause; a time phrase or formula is the verb's
        if not (phrase.head in chain or preposition.lower_ == "van" or loose_om is not None
                or _has_own_phrase(phrase) or preposition.lower_ in NOUN_PREPOSITIONS.get(_lemma(chain[-1]), ())):
            if first_position is None:
                first_position = doc[_phrase_start(noun)].is_sent_start
            first_position = first_position and not any(_is_finite(token) for token in doc[checked : preposition.i])
            checked = preposition.i
            if not first_position:
                break
        phrase = _surface_noun(phrase)
        if _before_its_verb(phrase, preposition):
            break
        chain.append(phrase)
        position = _phrase_tail(phrase)
    return [phrase for phrase in chain[1:] if not _is_date(phrase)]


# Nouns of time that, after a preposition of time, say when rather than what: "op de dag van de
# verhuis", "binnen de acht dagen" end a chain.
_TIME_NOUNS = frozenset({
    "avond", "dag", "jaar", "maand", "middag", "moment", "nacht", "namiddag", "ochtend", "periode",
    "tijdstip", "voormiddag", "week", "weekend",
})
_CLOCK_AND_TIME_NOUNS = _TIME_NOUNS | {"uur", "u", "minuut", "seconde"}
_TIME_PREPOSITIONS = frozenset({"binnen", "in", "na", "op", "sinds", "tegen", "tot", "vanaf", "voor"})
# Fixed adverbial formulas that end a chain: "op vraag van de vrederechter".
_ADVERBIAL_FORMULAS = frozenset({
    ("op", "vraag"), ("op", "verzoek"), ("op", "aanvraag"), ("op", "initiatief"), ("op", "basis"),
    ("in", "opdracht"), ("in", "naam"), ("op", "advies"), ("op", "afspraak"), ("op", "tijd"), ("in", "principe"),
    ("in", "totaal"), ("op", "voorhand"), ("met", "spoed"), ("onder", "voorwaarden"),
})


def _extraposed_from(noun: Token) -> int:
    """Where the noun's phrases start: right after it, or after the verbs that close its clause when
    a "van" phrase follows them ("heeft u een kopie gekregen van het verslag van ..."): an object's
    "van" phrase may stand after the verb, and "van" hardly ever belongs to a verb."""
    doc = noun.doc
    tail = _phrase_tail(noun)
    if noun.dep_ not in {"obj", "iobj"}:
        return tail
    position = tail
    while position + 1 < len(doc) and position - tail < 2 and (
            doc[position + 1].pos_ in {"VERB", "AUX"} or doc[position + 1].dep_ == "compound:prt"):
        position += 1
    following = doc[position + 1] if position + 1 < len(doc) else None
    return position if position > tail and following is not None and following.lower_ == "van" else tail


def _surface_noun(phrase: Token) -> Token:
    """The noun that ends the phrase's words where the tagger took a numeral, an adjective or an
    article for the phrase's head ("van de twaalf kapotte lampen", "van De Zonnebloem"), or an
    inflected adjective for its noun; a date or time ("van 12 november", "van 17.05 uur") stays as
    it is."""
    following = phrase.doc[phrase.i + 1] if phrase.i + 1 < len(phrase.doc) else None
    if phrase.pos_ == "NOUN" and phrase.lower_.endswith("e") and following is not None and \
            following.pos_ == "NOUN" and following.text.islower():
        return following  # an inflected adjective read as the noun: "over de vuile ramen"
    if phrase.pos_ not in {"NUM", "ADJ", "DET"}:
        return phrase
    for token in phrase.doc[phrase.i + 1 : phrase.i + 4]:
        if token.pos_ in {"NOUN", "PROPN"}:
            return phrase if token.lower_ in MONTHS or _lemma(token) in _CLOCK_AND_TIME_NOUNS else token
        if token.pos_ not in {"NUM", "ADJ"}:
            break
    return phrase


def _is_adverbial(noun: Token) -> bool:
    """A time phrase or a fixed adverbial formula, which has no article ("op vraag van", not "het
    antwoord op uw vraag"): it says when or on whose word, not what."""
    prepositions = {child.lower_ for child in noun.children if child.dep_ == "case"}
    bare = not any(child.dep_ in {"det", "nmod:poss"} for child in noun.children)
    time = noun.lower_ in _TIME_NOUNS or _lemma(noun) in _TIME_NOUNS  # "binnen de acht dagen"
    return (time and bool(prepositions & _TIME_PREPOSITIONS)) or (bare and any(
        (preposition, noun.lower_) in _ADVERBIAL_FORMULAS for preposition in prepositions))


def _has_own_phrase(noun: Token) -> bool:
    """The phrase goes on with a "van" phrase of its own ("aan het loket van de dienst ..."): a
    phrase that long sits in a noun phrase more often than on the verb. (Any phrase of its own
    would find more chains, but also places: "of de brief in alle straten rond de werf in de bus zit".)"""
    tail = _phrase_tail(noun)
    following = noun.doc[tail + 1] if tail + 1 < len(noun.doc) else None
    return following is not None and following.pos_ == "ADP" and following.head.head == noun


def _before_its_verb(noun: Token, preposition: Token) -> bool:
    """ "(of de brief in alle straten rond de werf) in de bus zit": a phrase right before the verb that
    ends the clause is the verb's when the verb takes it: its parse says so, the verb takes that
    preposition, or it says where something is ("in de bus zitten")."""
    doc = noun.doc
    after = _phrase_tail(noun) + 1
    if after + 1 >= len(doc) or not _is_verb_form(doc[after]) or not (
            doc[after + 1].is_punct or doc[after + 1].pos_ in {"CCONJ", "SCONJ"}):
        return False
    verb = doc[after]
    lemma = _verb_lemma(verb) if verb.pos_ in {"VERB", "AUX"} else next(iter(verb_lemma(verb.lower_)), "")
    return noun.head == verb or lemma in LOCATION_VERBS or preposition.lower_ in VERB_PREPOSITIONS.get(lemma, ())


def _is_verb_form(token: Token) -> bool:
    """A verb, or a participle the tagger took for an adjective ("aan de dienst Wegen bezorgd")."""
    return token.pos_ in {"VERB", "AUX"} or (token.pos_ == "ADJ" and bool(PARTICIPLE_FORM.match(token.lower_)))


def _until_clause(preposition: Token) -> bool:
    """ "(u mag parkeren) tot de werken aan uw garage klaar zijn": after its clause's finite verb, a
    "tot" with a finite verb of its own before the next comma opens a clause ("until"), whatever
    the parser says."""
    if preposition.lower_ != "tot":
        return False
    doc = preposition.doc
    start = preposition.i
    while start > 0 and not doc[start].is_sent_start and not _breaks_clause(doc[start - 1]):
        start -= 1
    end = _sentence_end(preposition)
    comma = next((token.i for token in doc[preposition.i + 1 : end] if token.text == ","), end)
    return any(_is_finite(token) for token in doc[start : preposition.i]) and any(
        _is_finite(token) for token in doc[preposition.i + 1 : comma])


def _loose_om(preposition: Token) -> Token | None:
    """The noun after an "om" the parser read as "om ... te" where no "te" follows: then "om" opens a
    noun's phrase ("uw verzoek om een kopie van ..."), and the noun is its first nominal word."""
    if preposition.lower_ != "om" or preposition.dep_ != "mark" or _opens_clause(preposition):
        return None
    following = preposition.doc[preposition.i + 1 : preposition.i + 5]
    return next((token for token in following if token.pos_ in {"NOUN", "PROPN"}), None)


def _verb_object(preposition: Token, noun: Token) -> bool:
    """The phrase `preposition` opens is the prepositional object of a verb of its clause, whose slot
    no phrase before the chain's `noun` fills: "de sleutel ... aan de conciërge gegeven", but not the
    second "voor" of "wij verontschuldigen ons voor de fout in de berekening voor uw garage"."""
    if preposition.lower_ not in _PREPOSITIONAL_OBJECTS or (noun.dep_.startswith("nsubj") and not _second_subject(noun)):
        return False  # a phrase on the subject is not the verb's object: "de premie voor de aankoop ... is betaald"
    doc = preposition.doc
    start, end = noun.i, preposition.i
    while start > 0 and not _breaks_clause(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and not _breaks_clause(doc[end + 1]):
        end += 1
    verbs = [token for token in doc[start : end + 1] if token.pos_ in {"VERB", "AUX"}]
    if not any(preposition.lower_ in VERB_PREPOSITIONS.get(_verb_lemma(verb), ()) for verb in verbs):
        return False
    if preposition.lower_ == "aan" and any(token.lower_ in RECIPIENT_PRONOUNS for token in doc[start : noun.i]):
        return False  # "ik stuur u een kopie van de brief aan de eigenaar": the receiver is named already
    if doc[start].is_sent_start and not any(_is_finite(token) for token in doc[start : preposition.i]):
        return False  # in front of the finite verb: one constituent ("De facturen ... aan uw dak zijn betaald")
    return not any(token.lower_ == preposition.lower_ for token in doc[start : noun.i])


def _second_subject(noun: Token) -> bool:
    """A "subject" after another subject of the same verb is its object, misread: "de stad stuurt de plannen"."""
    return any(child.dep_.startswith("nsubj") and child.i < noun.i for child in noun.head.children)


def _breaks_clause(token: Token) -> bool:
    return token.text in {",", ".", *_CLAUSE_BREAKS} or token.pos_ in {"SCONJ", "CCONJ"} or _is_relative(token)


def _is_nominal(token: Token) -> bool:
    """The noun of a prepositional phrase; an article or possessive overrules the tagger ("de tuin" as ADV,
    "uw appartement" as a verb),
    and so do a name ("voor Binnenlands Bestuur", "van Wilrijk") and a plural right after the
    preposition that ends the phrase ("voor alleenstaanden", "van eigenaars"), both tagged adjectives."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i else None
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    ends_phrase = following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}
    return (
        token.pos_ in {"NOUN", "PROPN", "NUM"}
        or _is_nominal_infinitive(token)
        or (not (token.pos_ in {"VERB", "AUX"} and token.morph.get("VerbForm") == ["Part"])
            and any(child.dep_ in {"det", "nmod:poss"} for child in token.children))
        or (token.pos_ == "ADJ" and previous is not None and previous.pos_ == "ADP" and (
            token.lower_.endswith("en")
            or (token.text[:1].isupper() and (ends_phrase or any(child.dep_ == "flat" for child in token.children)))
            or (token.lower_.endswith("s") and ends_phrase)))
    )


def _is_nominal_infinitive(verb: Token) -> bool:
    """"(voor) het indienen": an infinitive with "het" is a noun."""
    return "Inf" in verb.morph.get("VerbForm") and verb.i > 0 and verb.doc[verb.i - 1].lower_ == "het"


def _phrase_tail(noun: Token) -> int:
    """The last token of a noun with its name parts ("3 maart", "dienst Wonen", "dienst Sociale Zaken")."""
    end = noun.i
    for child in noun.children:
        if child.i == end + 1 and child.dep_ in {"flat", "compound", "appos", "nummod"}:
            end = _phrase_tail(child)
    return end


# -- dubbele ontkenning -----------------------------------------------------------

NEGATIVE_PREPOSITIONS = frozenset({"zonder"})
# A word with one of these prefixes is negative when the rest is a frequent Dutch word itself
# ("onmogelijk" = on + mogelijk; not "onmiddellijk", "ongeveer", "onder").
NEGATIVE_PREFIXES = ("on",)
_NEGATIVE_WORD_CLASSES = frozenset({"ADJ", "ADV", "VERB"})
_WINDOW = 3  # words after the negation that still count as the same phrase


# Endings of adjectives: a word with one of them that the tagger calls a noun is an adjective it missed.
_ADJECTIVE_ENDING = re.compile(r"(?:lijk|ig|baar|zaam|isch)e?$")


def is_negative_word(token: Token) -> bool:
    """A negative-prefix adjective, adverb or participle: the rest is a frequent Dutch word.

    A "noun" counts only in an adjective's or participle's shape ("niet onbeantwoord" tagged NOUN);
    real nouns ("ongeluk", "onkosten") mean something of their own.
    """
    form = token.lower_
    if token.pos_ not in _NEGATIVE_WORD_CLASSES and token.pos_ != "NOUN":
        return False
    for prefix in NEGATIVE_PREFIXES:
        rest = form[len(prefix) :]
        if not form.startswith(prefix) or len(rest) < 4:
            continue
        if token.pos_ == "NOUN" and not (_ADJECTIVE_ENDING.search(rest) or PARTICIPLE_FORM.match(rest)):
            continue
        if zipf_frequency(rest, "nl") >= 2.5:
            return True
    return False


def find_double_negations(doc_or_span: Doc | Span) -> list[Structure]:
    tokens = _tokens(doc_or_span)
    doc = tokens.doc
    found = []
    for negation in tokens:
        if negation.lower_ not in NEGATIONS:
            continue
        for other in doc[negation.i + 1 : min(len(doc), negation.i + 1 + _WINDOW + 1)]:
            if not is_word(other):
                break  # a comma or a bracket ends the phrase
            if _negates(other) and _same_phrase(negation, other):
                positive = _positive(negation, other)
                found.append(Structure("dubbele-ontkenning", doc[negation.i : other.i + 1], 0,
                                       "prefix" if positive else "", {"positive": positive} if positive else {}))
                break
    return found


def _positive(negation: Token, word: Token) -> str:
    """"niet onmogelijk" -> "mogelijk": only for "niet" right before a negative-prefix word."""
    if negation.lower_ != "niet" or word.i != negation.i + 1 or not is_negative_word(word):
        return ""
    prefix = next(prefix for prefix in NEGATIVE_PREFIXES if word.lower_.startswith(prefix))
    return word.text[len(prefix) :]


def _negates(token: Token) -> bool:
    return token.lower_ in NEGATIONS or token.lower_ in NEGATIVE_PREPOSITIONS or is_negative_word(token)


def _same_phrase(negation: Token, other: Token) -> bool:
    """The negation modifies the other word, shares its head, or (for "zonder") its phrase's head.

    Where the tree disagrees, the word order decides: a negation right before the other word
    negates it ("niet onbeantwoord", "niet zonder"), unless "niet" precedes an adjective of a noun
    ("belt niet onbekende nummers" negates the verb; "geen" always belongs to its noun phrase).
    """
    anchors = {other, other.head}
    if other.lower_ in NEGATIVE_PREPOSITIONS:
        anchors.add(other.head.head)
    if negation.head in anchors or other.head == negation:
        return True
    if other.i != negation.i + 1:
        return False
    doc = other.doc
    before_noun = other.i + 1 < len(doc) and doc[other.i + 1].pos_ in {"NOUN", "PROPN"}
    return negation.lower_ == "geen" or not (before_noun and is_negative_word(other))


# -- lange bijzin ------------------------------------------------------------------

SUBORDINATORS = frozenset({
    "aangezien", "als", "doordat", "hoewel", "indien", "mits", "nadat", "ofschoon", "om", "omdat", "opdat",
    "sinds", "tenzij", "terwijl", "toen", "vermits", "voordat", "wanneer", "zodat", "zodra", "zolang",
})


def find_long_openings(doc_or_span: Doc | Span, max_words: int = 12) -> list[Structure]:
    """Sentences that open with a subordinate clause of more than `max_words` words before the main verb."""
    found = []
    for sentence in _sentences(_tokens(doc_or_span)):
        opening = _long_opening(sentence, max_words)
        if opening is not None:
            found.append(opening)
    return found


def _long_opening(sentence: Span, max_words: int) -> Structure | None:
    doc = sentence.doc
    words = [token for token in sentence if is_word(token)]
    if not words or words[0].lower_ not in SUBORDINATORS:
        return None
    opener = words[0]
    clause = _opening_clause(opener)
    main = _main_finite(clause, sentence) if clause is not None else None
    if main is None and _opens_clause(opener):
        main = _main_after_comma(opener, sentence)
    if main is None:
        return None
    size = _words_between(doc, opener.i - 1, main.i)
    if size <= max_words:
        return None
    end = main.i - 1
    while end > opener.i and not is_word(doc[end]):
        end -= 1
    return Structure("lange-bijzin", doc[opener.i : end + 1], size, hints={"subordinator": opener.text})


_NOT_VERBS = frozenset({"ADP", "CCONJ", "DET", "NUM", "PRON", "PROPN", "PUNCT", "SCONJ"})


def _main_after_comma(opener: Token, sentence: Span) -> Token | None:
    """The word order when the tree shows no opening clause: the main clause starts with its finite
    verb right after the comma that closes the opening clause ("Zodra ..., krijgt u ..."), a verb or
    a word before a subject pronoun ("..., berekenen wij ..." with "berekenen" tagged as an adverb)."""
    doc = sentence.doc
    for comma in doc[opener.i + 1 : sentence.end - 2]:
        if comma.text != ",":
            continue
        verb, after = doc[comma.i + 1], doc[comma.i + 2]
        if verb.pos_ in {"VERB", "AUX"} or (
            verb.pos_ not in _NOT_VERBS and after.pos_ == "PRON" and "Nom" in after.morph.get("Case")
        ):
            return verb
    return None


def _opening_clause(opener: Token) -> Token | None:
    """The head of the clause `opener` introduces: its head, or (the parser hung the subordinator on
    a noun of the clause) the subordinate verb above that noun. "Als ambtenaar ..." has no clause."""
    if opener.dep_ not in {"mark", "case"}:
        return None
    head = opener.head
    if _is_clause(head):
        return head
    while head.head != head and head.pos_ not in {"VERB", "AUX"}:
        head = head.head
    return head if head.pos_ in {"VERB", "AUX"} and head.dep_ == "advcl" and head.i > opener.i else None


def _is_clause(head: Token) -> bool:
    """A verb, or a predicate with a copula or auxiliary: "als u vragen heeft", "zodra de werken klaar zijn"."""
    return head.pos_ in {"VERB", "AUX"} or any(child.dep_ in {"cop", "aux", "aux:pass"} for child in head.children)


def _main_finite(clause: Token, tokens: Span) -> Token | None:
    """The finite verb of the main clause after the opening clause.

    Along the tree when the opening clause hangs on the main verb; else (a
    parse slip, or a verb the tagger missed) the first word after the
    opening clause's subtree.
    """
    if clause.dep_ == "advcl" and clause.head.i > clause.i:
        main = clause.head
        candidates = [main, *(child for child in main.children if child.dep_ in {"aux", "aux:pass", "cop"})]
        finite = [token for token in candidates if _is_finite(token) and token.i > clause.i]
        if finite:
            return min(finite, key=lambda token: token.i)
    # Else the word right after the opening clause: in a main clause the finite verb comes second.
    after = clause.right_edge.i
    return next((token for token in tokens if token.i > after and is_word(token)), None)


# -- all -------------------------------------------------------------------------

DETECTORS: dict[StructureKind, Callable[..., list[Structure]]] = {
    "naamwoordstijl": find_nominal_style,
    "tang": find_tangs,
    "van-keten": find_preposition_chains,
    "dubbele-ontkenning": find_double_negations,
    "lange-bijzin": find_long_openings,
}
# The thresholds each detector takes, with their defaults (the rule file and the profile override them).
OPTIONS: dict[StructureKind, dict[str, int]] = {
    "naamwoordstijl": {},
    "tang": {"verb_gap": 8, "article_gap": 4},
    "van-keten": {"min_phrases": 3},
    "dubbele-ontkenning": {},
    "lange-bijzin": {"max_words": 12},
}


def find_structures(doc_or_span: Doc | Span, kinds: Iterable[StructureKind] = KINDS, **options: int) -> list[Structure]:
    """All structures of `kinds` in text order; each detector takes its own `options` (see OPTIONS)."""
    found: list[Structure] = []
    for kind in kinds:
        own = {key: value for key, value in options.items() if key in OPTIONS[kind]}
        found += DETECTORS[kind](doc_or_span, **own)
    return sorted(found, key=lambda structure: (structure.span.start, structure.span.end))
