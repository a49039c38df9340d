"""The declarative rule types: existence, substitution, occurrence, expectation, conditional.

Terms are compiled into two spaCy `PhraseMatcher`s, one on the lowercase
text and one on the lemma, so "verzoeken" also finds "verzocht" and "dienen
te" finds "dient te"; a phrase matcher looks terms up by hash, so a lexicon
of hundreds of entries costs next to nothing. A one-word term also matches
on the lemma of a lookup table (`helder.nlp.lookup`), which does not depend
on the tagger's guess of the word class. Token patterns go into spaCy
`Matcher`s indexed by their first word. Metric and detector rules belong to
their dimension module.
"""

from __future__ import annotations

import re

from collections import defaultdict
from collections.abc import Collection, Container, Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab
from wordfreq import zipf_frequency

from helder.analysis import SCOPES, Analysis, ParsedSentence
from helder.calendar_words import MONTHS, WEEKDAYS
from helder.errors import RuleError
from helder.nlp.genders import gender, known_noun
from helder.nlp.inflect import PARTICLES, attributive, past, present, split_separable, stem, verb_lemma
from helder.nlp.lookup import is_known, is_own_lemma, lookup_lemma
from helder.nlp.particles import (
    PRONOMINAL_FRONTS,
    clause_before_particle,
    is_a_preposition_apart,
    is_finite,
    opens_a_noun_phrase,
    opens_clause,
    stranded_particle_verb,
)
from helder.nlp.passive import PARTICIPLE_FORM, PERFECT_AUXILIARIES, is_participle_form
from helder.nlp.structure import COPULAS, DEMONSTRATIVES, DETERMINERS, MODALS, PREPOSITIONS
from helder.rulebook import Rule

GENERIC_TYPES = {"existence", "substitution", "occurrence", "expectation", "conditional"}


@dataclass(frozen=True)
class Match:
    """A rule's term or pattern found in a sentence; `entry` is the substitution term."""

    rule: Rule
    key: str  # "" for plain matches, the entry term for substitutions, "if"/"then" for conditionals
    sentence: ParsedSentence
    span: Span

    @property
    def offsets(self) -> tuple[int, int]:
        return self.sentence.offsets(self.span)


class RuleMatcher:
    """Compiles the generic rules once; `find(analysis)` returns every match per rule."""

    def __init__(self, nlp: Language, rules: Sequence[Rule]) -> None:
        self._patterns = AnchoredMatcher(nlp.vocab)
        self._parsed_patterns = AnchoredMatcher(nlp.vocab)  # patterns that read the parse: body sentences only
        self._by_text = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        # Abbreviations whose full stop is also the sentence's ("van 3 maart jl."): the letter's
        # tokenizer splits that stop off (`FinalStopTokenizer`), so they are found without it.
        self._before_final_stop = PhraseMatcher(nlp.vocab, attr="LOWER")
        # Every term as written: another term's variant never takes a term's own form ("hoger vermelde" has an
        # entry of its own beside "hoger vermeld", "naar mijn oordeel" beside "naar ons oordeel").
        self._terms = {term.lower() for rule in rules if rule.type in GENERIC_TYPES
                       for _, matchable in _matchables(rule) for term in matchable.get("terms", ())}
        self._split = SplitTermMatcher(self._terms)
        self._by_lookup = LookupLemmaMatcher()
        self._keys: dict[int, tuple[Rule, str]] = {}
        self._context: dict[int, tuple[int, int]] = {}  # per pattern label: its words of context before and after
        for rule in rules:
            if rule.type not in GENERIC_TYPES:
                continue
            for key, matchable in _matchables(rule):
                label = f"{rule.id}|{key}"
                label_id = nlp.vocab.strings.add(label)
                try:
                    self._add_terms(nlp, label, label_id, matchable.get("terms", ()))
                    for number, pattern in enumerate(matchable.get("patterns", ())):
                        pattern, before, after = _without_context(pattern)
                        own = f"{label}|{number}" if before or after else label
                        own_id = nlp.vocab.strings.add(own)
                        self._keys[own_id] = (rule, key)
                        self._context[own_id] = (before, after)
                        matcher = self._parsed_patterns if _reads_the_parse(pattern) else self._patterns
                        matcher.add(own, [pattern])
                except (ValueError, KeyError, TypeError) as error:
                    where = f"term '{key}'" if rule.type == "substitution" else "patroon"
                    raise RuleError(f"Regelbestand {rule.path}, regel '{rule.id}': ongeldig {where}: {error}") from error
                self._keys[label_id] = (rule, key)

    def _add_terms(self, nlp: Language, label: str, label_id: int, terms: Sequence[str]) -> None:
        phrases = []
        for term in terms:
            words = _words(nlp, term)
            if len(words) == 1 and len(words[0]) > 1 and words[0].endswith("."):
                self._before_final_stop.add(label, [Doc(nlp.vocab, words=[words[0][:-1]])])
            if GAP in words:  # and its other tenses: "wat de kosten aanging"
                for form in [words, *term_variants(words)]:
                    self._split.add_gapped(label_id, form)
            else:
                self._split.add(label_id, words)
                self._by_lookup.add(label_id, words)
                variants = [form for form in term_variants(words) if " ".join(form) not in self._terms]
                phrases += [Doc(nlp.vocab, words=form, lemmas=form) for form in [words, *variants]]
        if phrases:
            self._by_text.add(label, phrases)
            self._by_lemma.add(label, phrases)

    def find(self, analysis: Analysis) -> dict[str, list[Match]]:
        found: dict[str, list[Match]] = defaultdict(list)
        for sentence in analysis.sentences:
            seen: set[tuple[str, str, int, int]] = set()
            doc = sentence.doc
            by_text = [match for match in self._by_text(doc) if not _noun_for_verb(doc, match)]
            by_lemma = [match for match in self._by_lemma(doc)
                        if not _lemma_of_another_word(doc, match) and not _verb_after_a_determiner(doc, match)]
            found_here = [*by_text, *by_lemma, *self._by_lookup(doc), *self._patterns(doc), *self._split(doc),
                          *self._with_inserted_words(doc, [*by_text, *by_lemma]),
                          *[match for match in self._before_final_stop(doc) if _before_the_final_stop(doc, match[2])]]
            found_here = [match for match in found_here if not _subject_and_verb(doc, match)]
            if doc.has_annotation("LEMMA"):  # salutations, references and signatures are not parsed
                found_here += self._parsed_patterns(doc)
            for match_id, start, end in found_here:
                rule, key = self._keys[match_id]
                before, after = self._context.get(match_id, (0, 0))
                start, end = start + before, end - after
                if sentence.part not in SCOPES[rule.scope] or (rule.id, key, start, end) in seen:
                    continue
                seen.add((rule.id, key, start, end))
                found[rule.id].append(Match(rule, key, sentence, sentence.doc[start:end]))
        return {rule_id: _longest(matches) for rule_id, matches in found.items()}


    def _with_inserted_words(self, doc: Doc, phrases: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """Fixed phrases with a degree word or a sentence adverb inside ("van zeer groot belang", "het is ons
        helaas niet mogelijk", "het spreekt dan ook voor zich"), and then also with an adjective inside ("in
        de vaste overtuiging dat", "ter vriendelijke herinnering") or a coordinated word ("passende en duurzame
        arbeid", "in alle openheid en eerlijkheid"): the phrase matchers run once more on the
        sentence without those words, and a match that had one inside counts with it. An adjective that a
        phrase term holds (one of the sentence's `phrases` of more than one word: "van essentieel belang") is no
        inserted word; a one-word term is ("uit elementaire veiligheidsoverwegingen": "elementair" and "uit
        veiligheidsoverwegingen")."""
        held = {index for _, start, end in phrases if end - start > 1 for index in range(start, end)}
        # a copula that a term holds is no inserted word: "in afwachting zijn van" is "in afwachting zijn"
        without_adverbs = [token for token in doc if not _inserted_word(token) or (
            token.i in held and token.lemma_ in COPULAS)]
        found = self._in_view(doc, without_adverbs)
        adjectives = {token.i for token in without_adverbs if _inserted_adjective(token)}
        adjectives |= {index - 1 for index in adjectives if _coordinator(doc[index - 1])}  # "passende en duurzame"
        # a noun coordinated before the phrase's own: "in alle openheid en eerlijkheid"
        adjectives |= {index for token in without_adverbs if _coordinated_before_a_noun(token)
                       for index in (token.i, token.i + 1)}
        adjectives -= held
        if adjectives:
            found += self._in_view(doc, [token for token in without_adverbs if token.i not in adjectives])
        # before the plural noun of an idiom without article, as written: "uit elementaire veiligheidsoverwegingen"
        # (but "in eigen regels" is no "in regel")
        plural = {token.i for token in without_adverbs if _before_a_plural_idiom_noun(token)} - held - adjectives
        if plural:
            kept = [token for token in without_adverbs if token.i not in adjectives | plural]
            found += self._in_view(doc, kept, as_written=True)
        return found

    def _in_view(self, doc: Doc, kept: list[Token], as_written: bool = False) -> list[tuple[int, int, int]]:
        """The phrase matches in the sentence cut down to the `kept` words, where a left-out word stood inside;
        with `as_written`, only the matches of the words as written, not of their lemmas."""
        if len(kept) == len(doc) or not kept:
            return []
        view = Doc(doc.vocab, words=[token.text for token in kept], lemmas=[token.lemma_ or token.text for token in kept])
        found = []
        for label, start, end in [*self._by_text(view), *(() if as_written else self._by_lemma(view))]:
            first, last = kept[start].i, kept[end - 1].i
            if last - first >= end - start:  # a left-out word stood inside the phrase
                found.append((label, first, last + 1))
        return found


# Adverbs of degree a fixed phrase may take before its adjective or noun ("uit louter financiële overwegingen").
DEGREE_WORDS = frozenset({"zeer", "heel", "erg", "bijzonder", "uiterst", "zuiver", "hoogst", "buitengewoon", "louter",
                          "strikt", "puur", "quasi", "nader", "uitdrukkelijk", "enig", "enige", "geheel", "steeds",
                          "veruit", "volstrekt", "totaal", "volkomen", "helemaal", "enigszins", "nogal", "tamelijk",
                          "ietwat"})
# Sentence adverbs a writer puts inside a fixed phrase without changing it: "het is ons helaas niet mogelijk".
SENTENCE_ADVERBS = frozenset({"helaas", "dan", "ook", "dus", "intussen", "natuurlijk", "uiteraard", "echter", "evenwel",
                              "momenteel", "immers", "toch", "wel", "nu", "trouwens", "bijgevolg", "zeker", "nog",
                              "reeds", "hierbij", "eveneens", "onmiddellijk", "thans"})
_INSERTED_WORDS = DEGREE_WORDS | SENTENCE_ADVERBS


def _inserted_word(token: Token) -> bool:
    """A degree word or sentence adverb, but not the noun "geheel" after its article ("in het geheel niet"),
    whereas "louter" read as a name is still one ("op louter tijdelijke basis"); a degree word before an adjective
    ("op meer regelmatige basis", "de weinig klantvriendelijke wijze waarop"); and the agent before a participle
    ("het door u gevraagde")."""
    doc = token.doc
    if token.lower_ in _DEGREE_BEFORE_AN_ADJECTIVE:  # but "zo weinig mogelijk" is no "zo mogelijk"
        return token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "ADJ" and not (
            token.i and doc[token.i - 1].lower_ == "zo")
    if token.lower_ == "door" or token.lower_ in _AGENT_PRONOUNS:
        return _agent_before_a_participle(doc, token.i if token.lower_ == "door" else token.i - 1)
    if token.lemma_ in COPULAS and is_finite(token):
        return _copula_before_its_preposition(token)
    return token.lower_ in _INSERTED_WORDS and not (token.pos_ == "NOUN" and token.i and doc[token.i - 1].pos_ == "DET")


_AGENT_PRONOUNS = frozenset({"u", "ons", "mij", "hem", "haar", "hen", "hun"})


def _copula_before_its_preposition(token: Token) -> bool:
    """The finite verb of a subordinate clause between a predicate and the preposition that goes with it: "dat uw
    aanvraag in strijd is met het reglement", "dat mevrouw Maes belast werd met uw dossier"."""
    doc = token.doc
    return 0 < token.i < len(doc) - 1 and doc[token.i + 1].pos_ == "ADP" and (
        doc[token.i - 1].pos_ in {"ADJ", "NOUN", "VERB"} and not is_finite(doc[token.i - 1]))


def _agent_before_a_participle(doc: Doc, index: int) -> bool:
    """A "door u" between an article and its participle: "het door u gevraagde", "de door ons verstuurde brief"."""
    return 0 < index < len(doc) - 2 and doc[index].lower_ == "door" and doc[index + 1].lower_ in _AGENT_PRONOUNS and (
        doc[index - 1].pos_ == "DET" and doc[index + 2].pos_ in {"ADJ", "VERB"})


# Degree words inserted only before an adjective: "op meer regelmatige basis", "de weinig klantvriendelijke wijze".
_DEGREE_BEFORE_AN_ADJECTIVE = frozenset({"meer", "minder", "weinig"})
# Adjectives that pick one of several, which turn a phrase's noun into a countable thing: "in de eerste zin
# dat" is about a sentence, not "in de zin dat" (in the sense that).
_SELECTING = frozenset({"eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende",
                        "tiende", "laatste", "volgende", "vorige", "andere", "zelfde"})


def _inserted_adjective(token: Token) -> bool:
    """An adjective a writer adds between the article of a fixed phrase and its noun ("in de vaste overtuiging
    dat", "ter verdere ondersteuning", "voor uw eigen rekening"), after the phrase's own adjective ("actieve
    bestuurlijke openbaarheid", "passende en duurzame arbeid"), before it ("langs beveiligde elektronische weg"),
    or between its preposition and a noun that another preposition follows ("op uitdrukkelijke last van", "in
    volledige overeenstemming daarmee"). Not in an idiom without article, where the adjective changes the noun:
    "in slechte staat" is no "in staat"."""
    doc = token.doc
    if not (token.pos_ == "ADJ" or token.pos_ == "VERB" and token.dep_ == "amod") or token.i == 0 or (
            token.lower_ in _SELECTING):
        return False  # an adjective, or a participle before its noun ("gesloten en aangetekende omslag")
    noun = next((word for word in doc[token.i + 1 : token.i + 3] if word.pos_ == "NOUN"), None)
    if noun is None or any(word.pos_ != "ADJ" for word in doc[token.i + 1 : noun.i]):
        return False
    before = doc[token.i - 1]
    after_the_noun = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    # an idiom without article that goes on as a preposition does: "op uitdrukkelijke last van", "in volledige
    # overeenstemming daarmee"
    prepositional = after_the_noun is not None and (
        after_the_noun.pos_ in {"ADP", "SCONJ"} or _is_pronominal_adverb(after_the_noun.lower_))
    return (before.pos_ == "DET" or _adjective_before(before) or before.dep_ == "nmod:poss"
            or before.lower_ in _INSERTED_WORDS | _DEGREE_BEFORE_AN_ADJECTIVE | {"ter", "ten"}
            or before.pos_ == "ADP" and (prepositional or noun.i > token.i + 1)  # "langs beveiligde elektronische weg"
            or _coordinator(before) and before.i > 0 and _adjective_before(doc[before.i - 1]))


def _before_a_plural_idiom_noun(token: Token) -> bool:
    """An adjective between a preposition and a plural noun: "uit elementaire veiligheidsoverwegingen"."""
    doc = token.doc
    return token.pos_ == "ADJ" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].pos_ == "ADP" and (
        doc[token.i + 1].pos_ == "NOUN" and "Plur" in doc[token.i + 1].morph.get("Number"))


def _coordinated_before_a_noun(token: Token) -> bool:
    """A noun after an article or preposition, then "en" or "of" and another noun: "in alle openheid en
    eerlijkheid"."""
    doc = token.doc
    return token.pos_ == "NOUN" and 0 < token.i < len(doc) - 2 and doc[token.i + 1].lower_ in {"en", "of"} and (
        doc[token.i + 2].pos_ == "NOUN" and (doc[token.i - 1].pos_ in {"DET", "ADP"}))


def _adjective_before(token: Token) -> bool:
    """An adjective, also one the tagger read as a verb or noun: an "-e" form ("passende en duurzame arbeid"), a
    participle ("onder gesloten en aangetekende omslag", "een gezworen en erkende vertaler") or a word of an
    adjective's shape ("het maatschappelijk en financieel onderzoek")."""
    if token.pos_ == "ADJ":
        return True
    if token.pos_ == "VERB" and not is_finite(token):
        return token.lower_.endswith("e") or is_participle_form(token.lower_)
    return token.pos_ == "NOUN" and (token.lower_.endswith(_ADJECTIVE_ENDINGS) or is_participle_form(token.lower_))


def _coordinator(token: Token) -> bool:
    """ "en", "of" or a comma between two adjectives: "passende en duurzame arbeid", "een vrijliggend, verhoogd
    fietspad"."""
    return token.lower_ in {"en", "of", ","}


_PARSE_ATTRIBUTES = frozenset({"LEMMA", "POS", "TAG", "MORPH", "DEP"})


def _before_the_final_stop(doc: Doc, index: int) -> bool:
    """Whether the token at `index` is the sentence's closing full stop (only spaces after it)."""
    return index < len(doc) and doc[index].text == "." and all(token.is_space for token in doc[index + 1 :])


def _without_context(pattern: list[dict]) -> tuple[list[dict], int, int]:
    """A token pattern without the marks of its words of context ("CONTEXT": true), which the pattern
    needs but the finding does not cover, and how many stand before and after: "opsturen [dan wel] afgeven"."""
    before = next((index for index, token in enumerate(pattern) if not token.get("CONTEXT")), len(pattern))
    after = next((index for index, token in enumerate(reversed(pattern)) if not token.get("CONTEXT")), 0)
    if before == len(pattern) or any(token.get("OP") for token in pattern if token.get("CONTEXT")):
        raise ValueError("woorden van context (CONTEXT) staan één per keer voor of na de gevonden woorden")
    if any(token.get("CONTEXT") for token in pattern[before : len(pattern) - after]):
        raise ValueError("woorden van context (CONTEXT) staan alleen aan het begin of het einde van een patroon")
    return [{name: value for name, value in token.items() if name != "CONTEXT"} for token in pattern], before, after


def _reads_the_parse(pattern: list[dict]) -> bool:
    """A token pattern that asks for a lemma, word class, morphology or relation, which only the
    parsed sentences of the letter's body have."""
    return any(_PARSE_ATTRIBUTES & set(token) for token in pattern)


def _noun_for_verb(doc: Doc, match: tuple[int, int, int]) -> bool:
    """A verb term written as its infinitive that matched a plural noun: "bedragen" in "de bedragen".

    Only after a determiner that goes with a plural: the tagger also calls a rare infinitive after a
    modal a noun ("wij zullen de controles aanscherpen"), and "het retentiebekken" is a singular noun
    term whatever the table reads in it; and only when the lookup table reads a plural noun
    there: "uw arbeidsinkomen" is a noun term in its own right, "de naastgelegen straat" a
    participle (of "naastliggen").
    """
    _, start, end = match
    token = doc[start]
    singular = lookup_lemma(token.lower_)
    return (
        end - start == 1 and token.pos_ == "NOUN" and token.lower_.endswith("en")
        and token.lemma_.lower() != token.lower_ and singular != token.lower_ and not singular.endswith("en")
        and start > 0 and doc[start - 1].lower_ in _PLURAL_DETERMINERS
        and verb_lemma(token.lower_)[:1] == [token.lower_]  # an infinitive: "voorschreven" is a past tense
    )


def _lemma_of_another_word(doc: Doc, match: tuple[int, int, int]) -> bool:
    """A one-word match on a model lemma that turned a word of its own into another one.

    "indienen" tagged as a noun got the lemma "indien"; "verleden" as a verb
    "verlijden". The lookup table knows both as lemmas of their own, so the
    model's lemma is not trusted there, nor for a present participle that is an adjective of its
    own ("verstrekkende"). Nor is an infinitive made of a bare
    word after an article or preposition, which is a noun: "op voorhand" is
    not "voorhanden", "de waarborg" not "waarborgen".
    """
    _, start, end = match
    token = doc[start]
    if end - start != 1 or token.lemma_.lower() == token.lower_ or _participle_after_auxiliary(token):
        return False  # "wij hebben het geïntegreerd": the verb, not the adjective
    if _attributive_form(token) and token.lemma_.lower() in _without_attributive_e(token.lower_):
        return False  # "de accessoire kosten": the adjective, though "accessoire" is also a noun
    if is_finite(token) and verb_lemma(token.lower_)[:1] == [token.lemma_.lower()] and any(
            child.dep_ == "nsubj" for child in token.children) and not any(
            child.dep_ == "expl:pv" or child.lower_ in {"zich", "ons"} for child in token.children):
        return False  # "wij bekwamen": model and inflection table read the past of "bekomen", no "zich bekwamen"
    stem_infinitive = token.lemma_.lower() in (token.lower_ + "en", token.lower_ + "n")
    return is_own_lemma(token.lower_) or _own_adjective(token.lower_) or (
        stem_infinitive and start > 0 and doc[start - 1].lower_ in _FUNCTION_WORDS)


def _verb_after_a_determiner(doc: Doc, match: tuple[int, int, int]) -> bool:
    """A finite verb where the phrase has a noun after its determiner: "dat u ons dit schreef" is not
    "dit schrijven" (this letter)."""
    _, start, end = match
    return any(is_finite(doc[index]) and doc[index - 1].lower_ in DETERMINERS for index in range(start + 1, end))


def _verbal_present_participle(token: Token) -> bool:
    """A present participle in its base form that heads a phrase of its own instead of a noun:
    "rekening houdend met uw situatie" is the verb, "het besluit houdende de regels" the term."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    previous = token.doc[token.i - 1] if token.i else None
    # "31 december eerstkomend"
    after_a_date = previous is not None and (previous.lower_ in MONTHS or previous.like_num)
    return token.lower_.endswith("end") and following is not None and following.pos_ in {"ADP", "DET", "PRON"} and (
        not after_a_date)


def _own_adjective(form: str) -> bool:
    """A present participle that is an adjective of its own ("verstrekkende gevolgen" is no
    "verstrekken", "afdoende" no "afdoen"): the lookup table knows its base as a lemma."""
    return form.endswith("ende") and is_own_lemma(form[:-1])


class LookupLemmaMatcher:
    """One-word terms found through the lookup table's lemma ("rechtsgevolgen" -> "rechtsgevolg").

    Only where the table's lemma differs from the word and the model's lemma
    (the phrase matchers have found the rest), and not from a bare stem to
    its infinitive: the table reads the noun "waarborg" as "ik waarborg".
    An adjective also matches without its attributive "-e", a term written
    in its attributive form ("onderhavige") also in its base form, and the last
    part of a hyphenated word as a word of its own ("niet-naleving"): the hyphen
    is a word boundary, unlike the join of a compound.
    """

    def __init__(self) -> None:
        self._terms: dict[str, list[int]] = defaultdict(list)
        self._bases: dict[str, list[int]] = defaultdict(list)  # "onderhavig" -> the label of "onderhavige"

    def add(self, label: int, words: list[str]) -> None:
        if len(words) == 1:
            self._terms[words[0]].append(label)
            if _attributive(words[0]):
                for base in _without_attributive_e(words[0]):
                    self._bases[base].append(label)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = []
        for token in doc:
            for lemma in self._lemmas(token):
                found.extend((label, token.i, token.i + 1) for label in self._terms.get(lemma, ()))
            if not _verbal_present_participle(token):
                found.extend((label, token.i, token.i + 1) for label in self._bases.get(token.lower_, ()))
        return found

    @staticmethod
    def _lemmas(token: Token) -> set[str]:
        if _own_adjective(token.lower_):
            return {token.lower_[:-1]} - {token.lemma_}  # "verstrekkende" is "verstrekkend", no verb
        lemmas = {lemma for lemma in (lookup_lemma(token.lower_),) if not _misread_by_the_table(token, lemma)}
        if not is_known(token.lower_) and token.pos_ in _VERB_SHAPED and token.lower_.endswith(_VERB_ENDINGS):
            lemmas.update(verb_lemma(token.lower_)[:1])  # a verb form the table lacks: "loost" -> "lozen"
        if token.lower_.endswith("e") and (token.pos_ == "ADJ" or token.dep_ == "amod" or token.i == 0
                                           or "Part" in token.morph.get("VerbForm")):
            lemmas |= _without_attributive_e(token.lower_)  # one the table does not know: "dwingende", "adequate";
            # a participle before its noun: "op het bij ons gekende rekeningnummer"
        if token.lower_.endswith("en") and token.i and token.doc[token.i - 1].lower_ in _PLURAL_DETERMINERS and (
                token.doc[token.i - 1].pos_ == "DET" and token.pos_ != "AUX"):  # "Ook die mogen wij ..." is no "moge"
            lemmas.add(token.lower_[:-1])  # a person named by an adjective: "de betrokkenen" ("betrokkene")
        elif token.lower_.endswith(_NOMINAL_PLURALS) and zipf_frequency(token.lower_, "nl") < _EVERYDAY_PLURAL_ZIPF:
            lemmas.add(token.lower_[:-1])  # ... also without an article: "bestemd voor minvermogenden"
        last = token.lower_.rpartition("-")[2]
        if last != token.lower_ and len(last) >= _MIN_HYPHEN_PART:  # "niet-naleving", "milieu-inbreuken"
            lemmas |= {last, lookup_lemma(last), *(_without_attributive_e(last) if last.endswith("e") else ())}
        lemmas -= {token.lower_, token.lemma_}  # the phrase matchers' keys (a capitalised lemma is none)
        infinitives = {word + ending for word in {token.lower_, last} for ending in ("en", "n")}  # "software-update"
        if lemmas & infinitives and _noun_shaped(token) and not _participle_after_auxiliary(token):
            lemmas -= infinitives  # "de waarborg" is no "waarborgen"; "wij hebben dat betwist" is
        return lemmas


def _misread_by_the_table(token: Token, lemma: str) -> bool:
    """The lookup table reads an "-e" word as an old subjunctive or a stem of a verb, a form no letter
    uses today: "het is zonde" is no "zenden", "nuttige informatie" no "nuttigen"."""
    word = token.lower_
    return (word.endswith("e") and lemma.endswith("en") and lemma not in (word, word[:-1])  # "clandestien" is fine
            and lemma not in verb_lemma(word))


# The plurals of adjectives and participles used as nouns ("zorgbehoevenden", "aangeslotenen"); one a reader meets
# every day is plain without its article, whatever its singular: "buren en andere betrokkenen".
_NOMINAL_PLURALS = ("nden", "enen")
_EVERYDAY_PLURAL_ZIPF = 3.0
_PLURAL_DETERMINERS = frozenset({"de", "deze", "die", "alle", "beide", "geen", "onze", "uw", "hun"})
_MIN_HYPHEN_PART = 5  # the last part of a hyphenated word that may be a term of its own ("naleving")
# Word classes a tagger gives a rare verb form, and the endings of finite verbs and participles.
_VERB_SHAPED = frozenset({"VERB", "AUX", "ADJ", "NOUN"})
_PARTICLE_TAGS = frozenset({"ADP", "ADV", "ADJ", "NOUN"})  # what a tagger calls a particle it misses
_VERB_ENDINGS = ("t", "d", "de", "te", "den", "ten")


def _noun_shaped(token: Token) -> bool:
    """A word that stands where a noun does: after an article, preposition, "als" or adjective, or
    with one of its own ("de waarborg", "als waarborg"), not clause-final after another noun ("... het
    dossier toelicht")."""
    previous = token.doc[token.i - 1] if token.i else None
    return (previous is not None and (previous.lower_ in _FUNCTION_WORDS | _QUANTIFIERS | {"als"}
                                      or previous.pos_ in {"ADP", "ADJ", "DET", "NUM"})) or _has_noun_dependents(token)


def _without_attributive_e(form: str) -> set[str]:
    """The adjective an attributive form can come from: "dwingende" -> "dwingend"; with the vowel
    the spelling dropped, "adequate" -> "adequaat", "notariële" -> "notarieel", "contractuele" ->
    "contractueel"; with the voiced consonant, "proefsgewijze" -> "proefsgewijs", "actieve" -> "actief"."""
    stem = form[:-1]
    bases = {stem}
    if stem[-1:] in ("z", "v"):
        stem = stem[:-1] + {"z": "s", "v": "f"}[stem[-1]]
        bases.add(stem)
    if stem.endswith(("iël", "uel")):
        bases.add(stem[:-2] + "eel")
    elif len(stem) >= 3 and stem[-2] in "aeou" and stem[-3] not in "aeiou" and stem[-1] not in "aeiouw":
        bases.add(stem[:-1] + stem[-2] + stem[-1])
    return bases


def _participle_after_auxiliary(token: Token) -> bool:
    """A participle-shaped word ("betwist", "doorgrond", "verleden") after a form of hebben, zijn or
    worden, and not a noun of that shape ("veel geduld", "het gebied", "het verleden"). After a
    preposition only a verb's own participle counts: "er wordt op gereageerd", but "op voorhand"."""
    previous = token.doc[token.i - 1] if token.i else None
    form = token.lower_
    shaped = form[-1:] in ("t", "d") and not (previous is not None and previous.pos_ == "ADP")
    return (
        PARTICIPLE_FORM.match(form) is not None and (shaped or is_participle_form(form))
        and (previous is None or previous.lower_ not in DETERMINERS | _QUANTIFIERS)
        and not _has_noun_dependents(token)
        and _auxiliary_in_clause(token)
    )


def _auxiliary_in_clause(token: Token) -> bool:
    """A form of hebben, zijn or worden before the word in its own clause: "als het druk is aan het
    loket, mag u ... geduld verwachten" has its "is" in another clause."""
    for other in reversed(token.doc[: token.i]):
        if other.lemma_.lower() in PERFECT_AUXILIARIES:
            return True
        if other.text in {",", ";", ":"} or other.pos_ == "SCONJ":
            return False
    return False


_QUANTIFIERS = frozenset("veel weinig meer minder geen genoeg wat".split())
_NOUN_DEPENDENTS = frozenset({"det", "amod", "nummod", "nmod:poss"})
_MODIFIER_DEPS = _NOUN_DEPENDENTS | {"advmod"}


def _has_noun_dependents(token: Token) -> bool:
    """An article, adjective, number or possessive on the word: it heads a noun phrase."""
    return any(child.dep_ in _NOUN_DEPENDENTS for child in token.children)


# Endings of Dutch adjectives: a term in "-e" after one of them is an adjective written attributively.
# (Participles are left out: "de geadresseerde" is a person, "geadresseerd" an everyday word.)
_ADJECTIVE_ENDINGS = ("ig", "end", "lijk", "isch", "eel", "aal", "air", "ief", "baar", "zaam", "loos", "ant", "ent")


# Referring participles ("voornoemde", "hogervermelde", "bovenstaande"): their base form is just as stiff.
_REFERRING_ENDINGS = ("vermelde", "noemde", "melde", "bedoelde", "staande")


def _attributive(word: str) -> bool:
    """An adjective term in its attributive "-e" form ("onderhavige", "vigerende", "voornoemde")."""
    return word.endswith("e") and (any(base.endswith(_ADJECTIVE_ENDINGS) for base in _without_attributive_e(word)) or (
        word.endswith(_REFERRING_ENDINGS) and not word.startswith(("ge", "be"))))


class AnchoredMatcher:
    """Token patterns, indexed by the words one of their tokens must be.

    spaCy's `Matcher` tries every pattern at every token, which made token
    patterns the costliest part of a check. Nearly every pattern holds a
    literal word, so each goes into a small `Matcher` per such word, run
    only on sentences that contain the word; the others run everywhere.
    """

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._anywhere = Matcher(vocab, validate=True)
        self._by_anchor: dict[str, Matcher] = {}
        self._by_prefix: dict[str, Matcher] = {}  # first tokens given by a regular expression "^art\\.\\d"

    def add(self, label: str, patterns: Sequence[list[dict]]) -> None:
        for pattern in patterns:
            # any required word will do: the matcher runs on the whole sentence that holds it
            anchors = next((words for words in map(_anchors, pattern) if words), [])
            prefix = "" if anchors else _literal_prefix(pattern[0])
            if anchors:
                for anchor in anchors:
                    self._by_anchor.setdefault(anchor, Matcher(self._vocab, validate=True)).add(label, [pattern])
            elif prefix:
                self._by_prefix.setdefault(prefix, Matcher(self._vocab, validate=True)).add(label, [pattern])
            else:
                self._anywhere.add(label, [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not (self._by_anchor or self._by_prefix or len(self._anywhere)):
            return []
        found = list(self._anywhere(doc)) if len(self._anywhere) else []
        words = {token.lower_ for token in doc}
        for word in words & self._by_anchor.keys():
            found.extend(self._by_anchor[word](doc))
        for prefix, matcher in self._by_prefix.items():
            if any(word.startswith(prefix) for word in words):
                found.extend(matcher(doc))
        return found


def _anchors(first: dict) -> list[str]:
    """The lowercase words a pattern's first token must be; empty if it may be anything (or absent)."""
    operator = str(first.get("OP", "1"))
    if operator in ("?", "*") or operator.startswith("{0") or operator.startswith("{,"):
        return []
    for key in ("LOWER", "ORTH", "TEXT"):
        value = first.get(key)
        if isinstance(value, str):
            return [value.lower()]
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(item, str) for item in value["IN"]):
            return sorted({item.lower() for item in value["IN"]})
    return []


def _literal_prefix(first: dict) -> str:
    """The lowercase text a first token given by a regular expression must start with ("^art\\.\\d" ->
    "art."); empty when the expression has no literal start or the token is optional. The matcher
    still applies the whole expression: the prefix only says which sentences can match."""
    if str(first.get("OP", "1")) not in ("1", "+"):
        return ""
    for key in ("LOWER", "ORTH", "TEXT"):
        value = first.get(key)
        if isinstance(value, dict) and set(value) == {"REGEX"} and value["REGEX"].startswith("^"):
            rest = value["REGEX"][1:]
            literal = re.match(r"(?:[^\\.^$*+?()\[\]{}|]|\\[.\-/])+", rest)
            if not literal:
                return ""
            text = literal.group(0)
            if rest[len(text) : len(text) + 1] in ("?", "*", "{"):
                # its last character is optional ("^ab\\.?x" starts with "ab")
                text = text[:-2] if text.endswith(("\\.", "\\-", "\\/")) else text[:-1]
            return text.replace("\\", "").lower()
    return ""


def _matchables(rule: Rule) -> list[tuple[str, dict]]:
    spec = rule.spec
    if rule.type == "substitution":
        return [(term, {"terms": [term]}) for term in spec["entries"]]
    if rule.type == "conditional":
        return [("if", spec["if"]), ("then", spec["then"])]
    return [("", {key: spec[key] for key in ("terms", "patterns") if key in spec})]


def _words(nlp: Language, term: str) -> list[str]:
    """A term's words, lowercase; terms are written as lemmas, so the words are also the lemmas.

    spaCy's own tokenizer, not the letter's (`FinalStopTokenizer`): a term's final full stop
    belongs to its abbreviation ("resp.").
    """
    tokenizer = getattr(nlp.tokenizer, "tokenizer", nlp.tokenizer)
    return [token.lower_ for token in tokenizer(term.strip())]


# What one writer says for the "wij" of a phrase; "ons" is "mij" or "mijn" by its role ("het is mij niet
# mogelijk", "naar mijn weten").
_WE = frozenset({"wij", "we"})
_ONE_WRITER = {"wij": "ik", "we": "ik", "onze": "mijn"}
_IMPERSONAL_SUBJECTS = frozenset({"het", "er"})


def term_variants(words: list[str]) -> list[list[str]]:
    """The other forms a fixed phrase in the "wij" form or the present tense takes in letters:
    - said by one writer ("ik veroorloof mij", "het is mij niet mogelijk"). "ons" gets both the object and the
      possessive form ("mij", "mijn"): the one that does not fit never occurs in a letter;
    - in the past ("het was zaak", "is ons gebleken" -> "was ons gebleken", "de reden daarvoor was dat");
    - with the participle before "worden" ("kan niet uitgesloten worden");
    - with the verb before its subject ("wijzen wij erop", "kan het voorkomen dat");
    - with the participle before a noun ("een met redenen omklede beslissing");
    - with the possessive of another owner ("in haar zitting van", "in zijn hoofde").
    A phrase matcher holds every form at no cost."""
    variants = []
    if any(word in _ONE_WRITER or word == "ons" for word in words):
        variants += [[_first_person(words, index, pronoun) for index in range(len(words))]
                     for pronoun in ("mij", "mijn")]
    owner = next((index for index, word in enumerate(words)
                  if word in _SWAPPED_OWNERS and index and words[index - 1] in PREPOSITIONS), None)
    if owner is not None and not (words[owner] == "uw" and "rekening" in words):
        # another owner: "in haar zitting van", "in zijn hoofde"; but who pays matters: "voor onze rekening" is no
        # "voor uw rekening", nor is "de stad neemt het verschil voor haar rekening"; and "buiten uw wil" is no
        # "buiten onze wil"
        variants += [[*words[:owner], possessive, *words[owner + 1 :]]
                     for possessive in sorted(_THIRD_PERSON_OWNERS - {words[owner]})]
    impersonal = len(words) > 2 and words[0] in _IMPERSONAL_SUBJECTS and _finite_verb(words[1]) is not None
    verb = 1 if impersonal else next((index for index in range(len(words)) if _finite_verb_at(words, index)), -1)
    lemma = _finite_verb(words[verb]) if len(words) > 1 and verb >= 0 else None
    if lemma:
        variants += [[*form[:verb], past(lemma), *form[verb + 1 :]] for form in [words, *variants]]
    if len(words) > 2 and words[-2] == "worden" and lookup_lemma(words[-1]) != words[-1]:
        # the participle before "worden", as Flemish writes the cluster: "het kan niet uitgesloten worden"
        variants += [[*form[:-2], form[-1], form[-2]] for form in [words, *variants]]
    if impersonal or len(words) > 1 and words[0] in _WE and verb_lemma(words[1])[:1] == [words[1]]:
        # the verb before its subject, after an adverbial: "Tot slot wijzen wij erop", "Soms kan het voorkomen dat"
        variants += [[form[1], form[0], *form[2:]] for form in [words, *variants]]
    inflected = _attributive_participle(words[-1]) if len(words) > 1 and words[-2] not in _AUXILIARY_FORMS else None
    if inflected:
        variants += [[*form[:-1], inflected] for form in [words, *variants]]
    unique = []
    for variant in variants:
        if variant != words and variant not in unique:
            unique.append(variant)
    return unique


_THIRD_PERSON_OWNERS = frozenset({"zijn", "haar", "hun"})
_SWAPPED_OWNERS = frozenset({"zijn", "uw"})  # the owners a phrase term writes that another may take
_AUXILIARY_FORMS = frozenset({"worden", "wordt", "werd", "werden", "zijn", "is", "was", "waren"})  # "is gebleken"


def _attributive_participle(word: str) -> str | None:
    """The form before a noun of a participle that ends a phrase ("met redenen omkleed" -> "een met redenen
    omklede beslissing"), when the lookup table reads both as forms of one verb; None for other words."""
    inflected, lemma = attributive(word), lookup_lemma(word)
    # not "septische put", nor "in uw bezit", a present tense's form
    participle = word.endswith(("d", "t")) and verb_lemma(word)[:1] == [lemma] and present(lemma, "3sg") != word
    return inflected if participle and inflected != word != lemma == lookup_lemma(inflected) else None


def _first_person(words: list[str], index: int, object_pronoun: str) -> str:
    """The word at `index` as one writer says it: "wij" becomes "ik", its verb "veroorloven" "veroorloof"."""
    word = words[index]
    if word == "ons":
        return object_pronoun
    if word in _ONE_WRITER:
        return _ONE_WRITER[word]
    beside = {words[other] for other in (index - 1, index + 1) if 0 <= other < len(words)}
    if beside & _WE and word.endswith("n") and word in verb_lemma(word):  # "veroorloven", "zijn"
        lemma = verb_lemma(word)[0]
        if lemma != word and past(lemma, plural=True) == word:
            return past(lemma)  # a past plural: "wij zouden" -> "ik zou", "wij konden" -> "ik kon"
        return present(word, "1sg")
    return word


def _finite_verb_at(words: list[str], index: int) -> bool:
    """A present tense in a phrase, not a word that looks like one: no noun after its article, possessive or
    preposition ("in uw bezit", "septische put"), no participle ("zich verplicht voelen") and a form the lemma table
    reads as a verb's ("dit neemt niet weg", not "niet")."""
    word, before = words[index], words[index - 1] if index else ""
    subject = index == 1 and before in DEMONSTRATIVES  # "dit neemt niet weg dat"
    return (subject or before not in PREPOSITIONS | DETERMINERS | {"ten", "ter"}) and lookup_lemma(word) != word and (
        word not in PREPOSITIONS and not known_noun(word) and not is_participle_form(word)
        and _finite_verb(word) is not None)


def _finite_verb(word: str) -> str | None:
    """The infinitive of a third-person present tense ("is", "ligt", "spreekt") whose past is a word, None
    for another word ("feit" is no present of "feiten")."""
    return next((lemma for lemma in verb_lemma(word)[:1]
                 if lemma != word and present(lemma, "3sg") == word and is_known(past(lemma))), None)


_DEFINITE_ARTICLES = frozenset({"de", "het"})
_ARTICLES = _DEFINITE_ARTICLES | {"een"}
_PHRASE_START_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "AUX", "ADV", "NUM", "X"})  # not "de", "in", ","
# First words that never inflect: a phrase term starting with one needs no inflected-phrase search.
_UNINFLECTED_STARTS = PREPOSITIONS | frozenset({"de", "het", "een", "zich", "niet", "geen", "ten", "ter", "als", "zo"})
# Infinitives that the lexicon's terms use as nouns: "een aangetekend schrijven" is a letter, so
# "u schrijft dat de brief aangetekend was" is no split expression.
_NOMINAL_INFINITIVES = frozenset({"schrijven"})
_CAUSATIVES = frozenset({"laten", "doen"})  # verbs whose infinitive carries an expression's clause: "laat ... wachten"
_OWN_TE = frozenset({"om", ","})  # words after which a "te" belongs to a clause of its own
GAP = "…"  # in a term, any few words of the same clause: "dienen … te" finds "dient u het formulier te"
MAX_GAP = 14  # words a gap may span: a Dutch middle field can be long ("dient u binnen de maand na ... te")
MAX_SPLIT = 15  # words between a verb and the rest of its expression
MAX_INSERTED = 2  # adverbs between the other words of an expression ("u evenwel vrij")
_VERBAL = frozenset({"VERB", "AUX"})
# The prepositions a verb of the lexicon takes, "als" among them ("fungeren als").
_VERB_PREPOSITIONS = PREPOSITIONS | {"als"}
# The finite verb of a cluster that the parser hung on the infinitive ("kunt" in "niet kunt verenigen").
_CLUSTER_DEPS = frozenset({"aux", "advmod"})
_PREPOSITIONAL_OBJECT_DEPS = frozenset({"obl", "obl:arg", "nmod"})  # "nmod" on a verb is a mislabelled "obl"
_COPULAR = frozenset({"cop", "aux", "aux:pass"})
_BOUNDARIES = frozenset({".", "!", "?", ";", ":"})


class SplitTermMatcher:
    """Terms whose words the clause pulls apart, which phrase matchers cannot find.

    * A separable verb split by word order: "aanvullen" in "wij vullen uw
      dossier aan" (the particle is the verb's `compound:prt`, or a word that
      ends the clause of a finite verb before it, wherever the parser hung it:
      "wij schalen uw woning in volgens ...").
    * A verbal expression that ends in its verb: "in behandeling nemen" in
      "wij nemen uw klacht zo snel mogelijk in behandeling". The other words
      must stand together in the verb's own clause.
    * A term with a gap (`GAP`): "dienen … te" in "dient u het formulier te sturen".
    * A verb and its preposition apart, also in a "te" frame: "wenden tot" in "u kunt zich steeds
      wenden tot", "te wijten aan" in "of de vertraging te wijten is aan".
    * A verbal expression whose verb hangs on "laten" or "doen": "verstek laten gaan" in
      "de eigenaar liet opnieuw verstek gaan".
    * A phrase whose words the phrase matchers cannot see as one, as its adjective is inflected
      and its noun plural: "onroerend goed" in "onroerende goederen".
    A verbal expression with an article is also found without it ("wij bevestigen ontvangst van").

    Words match on the lowercase text or the lemma, always as whole tokens.
    """

    def __init__(self, terms: Collection[str] = frozenset()) -> None:
        self._terms = terms  # every term of the lexicon: a variant of one term never takes another's words
        self._single: dict[str, list[int]] = defaultdict(list)  # "aanvullen" -> labels
        self._particles: set[str] = set()  # the particles of the separable verbs among the terms ("aan")
        self._verbal: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)  # "nemen" -> (label, rest)
        self._gapped: dict[str, list[tuple[int, list[list[str]]]]] = defaultdict(list)  # first word -> (label, parts)
        # "beschikken" -> (label, "over", ()), "wijten" -> (label, "aan", ("te",))
        self._prepositional: dict[str, list[tuple[int, str, tuple[str, ...]]]] = defaultdict(list)
        self._reflexive: set[int] = set()  # labels of "zich" + verb + preposition: the clause needs its "zich"
        self._phrases: dict[str, list[tuple[int, tuple[str, ...]]]] = defaultdict(list)  # first word -> (label, words)
        # Expressions found without their preposition ("u maakt melding van"): their other words only as
        # written, as "werk maken" without "van" is also "de werken maken lawaai".
        self._as_written: set[int] = set()
        # Expressions also found without their article ("wij bevestigen ontvangst"): (label, rest without it).
        self._without_article: set[tuple[int, tuple[str, ...]]] = set()
        # Reflexive expressions whose "zich" stands apart in the clause ("heeft zich op 12 juni met het voorstel
        # akkoord verklaard"): (label, rest without "zich").
        self._reflexive_apart: set[tuple[int, tuple[str, ...]]] = set()

    def add(self, label: int, words: list[str]) -> None:
        if len(words) == 1:
            self._single[words[0]].append(label)
            self._add_particle(words[0])
            return
        if words[0] not in _UNINFLECTED_STARTS:  # "in het kader van": the phrase matchers find those
            self._phrases[words[0]].append((label, tuple(words)))
        frame = tuple(words[:-2])
        te_frame = frame[-1:] == ("te",)
        if words[-1] in _VERB_PREPOSITIONS and words[-2].endswith("n") and (frame in {(), ("zich",)} or te_frame):
            # "beschikken over", "zich richten tot", "te wijten aan", "toe te schrijven aan"
            self._prepositional[words[-2]].append((label, words[-1], () if frame == ("zich",) else frame))
            if frame == ("zich",):
                self._reflexive.add(label)
            self._add_particle(words[-2])
        elif words[-1] in PREPOSITIONS:
            if len(words) > 2 and words[-2].endswith("n") and _verbal_rest(words[:-2]):
                self._add_verbal(label, words[:-1])  # "melding maken van" split: "u maakt melding van een lek"
                self._as_written.add(label)
        elif words[-1].endswith("n") and words[-1] not in _NOMINAL_INFINITIVES and _verbal_rest(words[:-1]):
            self._add_verbal(label, words)  # a verbal expression ends in an infinitive

    def _add_verbal(self, label: int, words: list[str]) -> None:
        """A verbal expression under its infinitive, with the words before it as the rest."""
        rest = tuple(words[:-1])
        self._verbal[words[-1]].append((label, rest))
        singular = lookup_lemma(rest[0]) if len(rest) == 1 and rest[0].endswith("en") else rest[0]
        if singular != rest[0] and not singular.endswith("n") and known_noun(singular) and not any(
                f"{singular} {words[-1]}" in term for term in self._terms):  # "het recht openen op" is a term
            self._verbal[words[-1]].append((label, (singular,)))  # "een maatregel treffen" ("maatregelen treffen")
        if rest[0] in _DEFINITE_ARTICLES and len(rest) > 1 and _verbal_rest(list(rest[1:])):
            self._verbal[words[-1]].append((label, rest[1:]))  # "(de) ontvangst bevestigen"
            self._without_article.add((label, rest[1:]))
        if rest[0] == "zich" and len(rest) > 1 and _verbal_rest(list(rest[1:])):
            self._verbal[words[-1]].append((label, rest[1:]))  # "zich ... akkoord verklaren"
            self._reflexive_apart.add((label, rest[1:]))
        self._add_particle(words[-1])

    def _add_particle(self, verb: str) -> None:
        parts = split_separable(verb)
        if parts is not None:
            self._particles.add(parts[0])

    def add_gapped(self, label: int, words: list[str]) -> None:
        parts: list[list[str]] = [[]]
        for word in words:
            if word == GAP:
                parts.append([])
            else:
                parts[-1].append(word)
        if any(not part for part in parts):
            raise ValueError(f"'{GAP}' moet tussen twee woorden staan")
        self._gapped[parts[0][0]].append((label, parts))

    def _separable(self, particle: Token, present: set[str]) -> list[tuple[int, int, int]]:
        """A separable verb, or a verbal expression ending in one ("brengen advies uit"), split by the clause."""
        found = []
        for verb in _candidate_verbs(particle):
            infinitives = {verb.lemma_.lower(), *verb_lemma(verb.lower_)[:1]}
            if len(infinitives) > 1 or verb.pos_ not in _VERBAL:  # the table's context-free reading, unless the
                infinitives.add(lookup_lemma(verb.lower_))  # model and the rules agree: "las ... in" is "inlezen"
            if _PLURAL_FORM.search(verb.lower_) and verb.lemma_ not in _PARTICIPLE_AUXILIARIES:
                infinitives.add(verb.lower_)  # a plural the model read as another verb's: "Wij wenden ... aan" ("wennen")
            infinitives = {form for form in infinitives if form.endswith("n")}  # not "rol" of "rollen"
            for joined in {particle.lower_ + infinitive for infinitive in infinitives}:
                for label in self._single.get(joined, ()):
                    found.append((label, min(particle.i, verb.i), max(particle.i, verb.i) + 1))
                found += self._expressions(verb, joined, present, particle.i + 1)
                found += [(label, min(start, particle.i), max(end, particle.i + 1))
                          for label, start, end in self._with_preposition(verb, joined)]  # "zien ... af van"
                found += [(label, min(verb.i, particle.i), particle.i + 2)
                          for label, preposition, frame in self._prepositional.get(joined, ())
                          if not frame and _next_word(particle) == preposition]  # "vloeien voort uit"
                found += self._with_pronominal_adverb(verb, joined, particle)
        return found

    def _expressions(self, verb: Token, infinitive: str, present: set[str], end: int = 0) -> list[tuple[int, int, int]]:
        """The verbal expressions of `infinitive` whose other words stand in `verb`'s clause."""
        found = []
        for label, rest in self._verbal.get(infinitive, ()):
            if not present.issuperset(rest):
                continue  # the other words are not in the sentence at all
            if "worden" in rest and is_finite(verb):
                continue  # a passive term needs its participle: "betekent" is no "(wordt) betekend"
            phrase = _clause_phrase(verb, rest)
            if phrase is None:
                start = _antecedent_phrase(verb, rest)
                phrase = None if start is None else (start, start + len(rest))
            if phrase is not None and label in self._as_written and not set(rest) <= {
                    token.lower_ for token in verb.doc[phrase[0] : phrase[1]]}:
                continue
            if phrase is not None and (label, rest) in self._without_article and _counted(verb.doc[phrase[0]]):
                continue  # the article's noun, but counted: "u hebt twee mogelijkheden" is no "de mogelijkheid"
            if phrase is not None and _the_subject(verb, phrase):
                continue  # "Deze maatregel treft vooral gezinnen" takes no measures ("maatregelen treffen")
            if phrase is not None and (label, rest) in self._reflexive_apart:
                own = _reflexive_before(verb, phrase[0])
                if own is None:
                    continue  # "het college verklaarde het voorstel akkoord" is no "zich akkoord verklaren"
                phrase = (own.i, phrase[1])
            if phrase is not None:
                found.append((label, min(phrase[0], verb.i), max(phrase[1], verb.i + 1, end)))
            elif rest[-1] in _CAUSATIVES and verb.dep_ == "xcomp" and _same(verb.head, rest[-1]):
                causative = verb.head  # "laat lang op zich wachten": the other words are in "laten"'s clause
                phrase = _clause_phrase(causative, rest[:-1])
                if phrase is not None:
                    found.append((label, min(phrase[0], causative.i), max(phrase[1], verb.i + 1, end)))
        return found

    def _with_preposition(self, verb: Token, infinitive: str) -> list[tuple[int, int, int]]:
        """A verb and its preposition apart ("u kunt zich steeds wenden tot", "dat de isolatie aan de
        normen beantwoordt"), or side by side with the verb's "zich" elsewhere ("u zich rechtstreeks
        te wenden tot"): the preposition opens a phrase the parser hung on the verb."""
        cluster = [verb, *(child for child in verb.children if child.pos_ in {"AUX", "VERB"} and child.i < verb.i
                           and child.dep_ in _CLUSTER_DEPS)]  # "zich met deze beslissing niet kunt verenigen"
        cases = [case for member in cluster for child in member.children if child.dep_ in _PREPOSITIONAL_OBJECT_DEPS
                 and not _a_time(child) for case in child.children if case.dep_ == "case" and case.pos_ == "ADP"]
        # the phrase right after the verb's object, which the parser hung on the object: "wij toetsen uw
        # aanvraag aan de voorwaarden"
        cases += [case for child in verb.children if child.dep_ == "obj" and child.i > verb.i
                  for phrase in child.children if phrase.dep_ == "nmod" and phrase.i > child.i and not _a_time(phrase)
                  for case in phrase.children if case.dep_ == "case" and case.pos_ == "ADP" and case.i == child.i + 1]
        # "als" on the verb or on its nominal dependent: "die als hoofdverblijfplaats fungeert", not "Als u ..."
        cases += [child for child in verb.children if child.lower_ == "als" and child.dep_ in {"case", "mark"}
                  and child.i > min(verb.left_edge.i, verb.i)]
        cases += [grandchild for child in verb.children if child.pos_ in {"NOUN", "PROPN", "ADJ"}
                  for grandchild in child.children
                  if grandchild.lower_ == "als" and grandchild.dep_ in {"case", "mark"}]
        after = [case for case in cases if case.i > verb.i]
        before = [case for case in cases if case.i < verb.i]
        nearest = [min(after, key=lambda case: case.i)] if after else []  # "voorziet in opvang voor ...": "in"
        if before:  # verb-final: "tot het onthaal richten", "zich tot uw maatschappelijk werker wenden met ..."
            nearest.append(max(before, key=lambda case: case.i))
        doc = verb.doc
        following = _after_pronouns_and_adverbs(verb)
        if following is not None and following.lemma_ == "zijn" and verb.i > 0 and doc[verb.i - 1].lower_ == "te":
            following = _after_pronouns_and_adverbs(following)  # "te wijten is aan", whatever the parser made of "is"
        if following is not None and following.pos_ == "ADP" and not (
                following.i < following.head.i <= following.i + _TIME_REACH and _a_time(following.head)):
            # right after the verb ("leent zich niet tot"), wherever the parser hung it; a time opens near its
            # preposition ("op 3 maart"), not at a number further on ("wendt u zich best tot ..., op 1700")
            nearest.append(following)
        entries = self._prepositional.get(infinitive, ())
        # "het lenen ... voor" is no "zich lenen voor": only read the sentence for a "zich" when a term needs one
        reflexive = not any(label in self._reflexive for label, _, _ in entries) or any(
            token.lower_ in ("zich", "zichzelf") or _reflexive(token) for token in doc)
        possible = {label for label, _, _ in entries if reflexive or label not in self._reflexive}
        # a reflexive verb holds on to its preposition past other phrases ("boog zich in zijn zitting van 14 mei
        # over uw verzoek"), also one the parser hung on such a phrase ("wendt zich met uw vragen tot de dienst")
        held = cases + [case for nested in _nested_phrases(verb) for case in nested.children
                        if case.dep_ == "case" and case.pos_ == "ADP"] if possible & self._reflexive else []
        found = [(label, min(case.i, verb.i - len(frame)), max(case.i, verb.i) + 1)
                 for label, preposition, frame in entries if label in possible
                 for case in (nearest + held if label in self._reflexive else nearest) if case.lower_ == preposition
                 and not any(token.text == "," for token in doc[min(case.i, verb.i):max(case.i, verb.i)])
                 and _runs_at(doc, verb.i - len(frame), frame) and verb.i >= len(frame)]
        # wherever the parser hung it: "beslist tot afvoering over te gaan" ("overgaan tot")
        case = _preposition_before_the_verb(verb)
        found += [(label, case.i, verb.i + 1) for label, preposition, frame in entries if label in possible
                  and case is not None and not frame and case.lower_ == preposition and case not in nearest]
        return found + [match for match in self._with_pronominal_adverb(verb, infinitive) if match[0] in possible]

    def _with_pronominal_adverb(self, verb: Token, infinitive: str,
                                particle: Token | None = None) -> list[tuple[int, int, int]]:
        """A verb whose preposition stands in a pronominal adverb, in one word ("de aannemer staat
        daarvoor in", "wij beschikken daarover niet") or split over the clause ("wij kunnen ons daar
        niet mee verenigen", "de gegevens waar wij over beschikken", "wij gaan er niet toe over")."""
        parts = [verb] if particle is None else [verb, particle]
        found = []
        for label, preposition, frame in self._prepositional.get(infinitive, ()):
            if frame:
                continue
            words = [[adverb] for adverb in verb.children if adverb.lower_ in _pronominal_adverbs(preposition)]
            words += _split_pronominal_adverb(verb, preposition)
            found += [(label, min(word.i for word in [*pair, *parts]), max(word.i for word in [*pair, *parts]) + 1)
                      for pair in words]
        return found

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found: list[tuple[int, int, int]] = []
        present = {form for token in doc for form in (token.lower_, token.lemma_.lower(), lookup_lemma(token.lower_))}
        if any(_reflexive(token) for token in doc):
            present.add("zich")  # "wij onthouden ons": a term's "zich" in the subject's person
        for token in doc:
            if token.lower_ in self._particles:
                found += self._separable(token, present)
            infinitives = _infinitives(token, self._verbal)
            for infinitive in infinitives if infinitives and not _heads_no_expression(token) else ():
                found += self._expressions(token, infinitive, present)
            prepositional = _infinitives(token, self._prepositional)
            particle = _particle_child(token) if prepositional else None
            for infinitive in prepositional:
                # a verb with its separable particle is another verb: "wij vonden uw brief terug in" is no "vinden
                # in" ("terugvinden"), unless the term writes the particle ("toe te schrijven aan")
                joined = particle is not None and is_known(particle + infinitive)  # not "toe" + "overgaan"
                framed = {label for label, _, frame in self._prepositional[infinitive] if particle in frame} if (
                    joined) else set()
                found += [match for match in self._with_preposition(token, infinitive)
                          if not joined or match[0] in framed]
            for key in _forms(token) if token.pos_ in _PHRASE_START_TAGS or token.lower_ in _WEAK_PRONOUNS else ():
                found += [(label, token.i, token.i + len(words)) for label, words in self._phrases.get(key, ())
                          if _runs_at(doc, token.i, words)]
            for key in {token.lower_, token.lemma_.lower()}:
                for label, parts in self._gapped.get(key, ()):
                    end = _gapped_end(doc, token.i, parts)
                    if end is not None:
                        found.append((label, token.i, end))
        return found


# Words after which an infinitive is a noun ("uw schrijven", "het indienen"), and words that carry no content.
_FUNCTION_WORDS = DETERMINERS | frozenset("aan bij in met na naar om op over te ten ter tot uit van voor".split())


def _nested_phrases(verb: Token) -> list[Token]:
    """The nouns of the phrases that follow one of `verb`'s prepositional phrases and that the parser hung on it
    rather than on the verb: "tot de dienst" in "wendt zich met uw vragen tot de dienst", also further down ("voor
    vragen over uw pensioen tot de Federale Pensioendienst")."""
    phrases = [child for child in verb.children if child.dep_ in _PREPOSITIONAL_OBJECT_DEPS and not _a_time(child)
               and any(case.dep_ == "case" and case.pos_ == "ADP" for case in child.children)]
    nested: list[Token] = []
    while phrases:
        phrases = [child for phrase in phrases for child in phrase.children
                   if child.dep_ == "nmod" and child.i > phrase.i]
        nested += phrases
    return nested


def _a_time(noun: Token) -> bool:
    """A day, month, date or a word for now or then is no prepositional object: "Op maandag zetten we een
    medewerker in" holds no "inzetten op", nor do "Op drukke dagen zetten we ... in" and "ressorteert vanaf nu
    onder" (whose preposition is "onder")."""
    return noun.lower_ in _TIME_WORDS or noun.lemma_.lower() in _TIME_WORDS or noun.like_num


_TIME_REACH = 3  # words from a preposition to the time it opens: "vanaf 1 januari", "op de eerste dag"
_TIME_WORDS = frozenset((*WEEKDAYS, *MONTHS, "dag", "week", "maand", "jaar", "ochtend", "middag", "avond",
                         "moment", "ogenblik", "tijdstip", "datum",
                         "nu", "toen", "dan", "heden", "vandaag", "morgen", "gisteren"))  # "vanaf nu", "tot dan"


def _pronominal_adverbs(preposition: str) -> set[str]:
    """The pronominal adverbs of a preposition: "voor" -> "hiervoor", "daarvoor", "waarvoor", "ervoor"."""
    stem = _PRONOMINAL_STEMS.get(preposition, preposition)
    return {front + stem for front in ("hier", "daar", "waar", "er")}


def _is_pronominal_adverb(word: str) -> bool:
    """A pronominal adverb in one word: "daarmee", "hierover", "ervoor"."""
    return any(word.startswith(front) and word[len(front):] in _PREPOSITION_STEMS for front in PRONOMINAL_FRONTS)


_PRONOMINAL_STEMS = {"met": "mee", "tot": "toe"}  # "daarmee", "waartoe"
_PREPOSITION_STEMS = (PREPOSITIONS - set(_PRONOMINAL_STEMS)) | set(_PRONOMINAL_STEMS.values())  # "mee" of "daarmee"


def _split_pronominal_adverb(verb: Token, preposition: str) -> list[list[Token]]:
    """A pronominal adverb split over `verb`'s clause: "er", "daar", "hier" or "waar" and, later in
    the clause, the preposition left standing without a noun ("daar ... mee", "waar ... over").
    The parser hangs both words anywhere, so the clause is read in word order: no comma or
    conjunction between the words and the verb, and the preposition opens no noun phrase
    ("wij beschikken daar over een loket" is a place)."""
    doc = verb.doc
    stranded = _PRONOMINAL_STEMS.get(preposition, preposition)
    found = []
    for front in doc[max(0, verb.i - _SPLIT_REACH) : verb.i + _SPLIT_REACH]:
        if front.lower_ not in PRONOMINAL_FRONTS or not _in_clause_or_cluster(front, verb):
            continue
        for word in doc[front.i + 1 : front.i + _SPLIT_REACH]:
            if _breaks_the_clause(word):
                break
            if word.lower_ == stranded and word.pos_ == "ADP" and not opens_a_noun_phrase(word):
                span = doc[min(front.i, verb.i) : max(word.i, verb.i) + 1]
                if not any(_breaks_the_clause(token) for token in span if token.i != front.i):
                    found.append([front, word])
                break
    return found


def _breaks_the_clause(token: Token) -> bool:
    return token.text in ",;:" or token.pos_ in {"SCONJ", "CCONJ"}


_SPLIT_REACH = 8  # words between the parts of a split pronominal adverb and its verb


def _in_clause_or_cluster(token: Token, verb: Token) -> bool:
    """`token` in `verb`'s clause, also when the parser hung it on one of the verb's auxiliaries
    ("wij hebben er geen rekening mee gehouden")."""
    head = token.head
    return _in_clause_of(token, verb) or (head.head.i == verb.i and head.dep_ in _CLUSTER_DEPS | {"cop"})


def _candidate_verbs(particle: Token) -> list[Token]:
    """The verb a particle may belong to: its own (`_verb_of_particle`), or, when the tagger read
    no word of the clause as a finite verb ("De dienst licht het dossier toe" with "licht" an
    adjective), every word of the clause; the lexicon decides which one makes a term."""
    if is_a_preposition_apart(particle):
        return []
    infinitive = _te_infinitive_after(particle)
    if infinitive is not None:
        return [infinitive]
    verb = _verb_of_particle(particle) or _verb_after_its_auxiliaries(particle)
    if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "obj" and verb.head.pos_ in _VERBAL:
        return [verb.head, verb]  # the parser hung the particle on the verb's object: "stelde ... beroep in"
    if verb is not None and not _a_noun_phrase(verb):
        return [verb, *_main_verb_past(verb, particle)]
    verb = _finite_verb_right_before(particle)
    if verb is not None:
        return [verb]
    read_as_a_verb = particle.pos_ == "VERB" and lookup_lemma(particle.lower_) == particle.lower_  # "voort" as "voren"
    if particle.pos_ not in _PARTICLE_TAGS and not read_as_a_verb:
        return []
    clause = clause_before_particle(particle)
    if any(is_finite(token) for token in clause):
        return []
    return [token for token in clause if token.pos_ in _VERB_SHAPED | {"ADV", "X"} and token.is_alpha
            and verb_lemma(token.lower_)  # "De kosten vloeien voort uit ..." with "vloeien" read as an adverb
            and not _a_known_noun_phrase(token)]


def _main_verb_past(verb: Token, particle: Token) -> list[Token]:
    """The main clause's finite verb, when the parser gave a particle to a verb that cannot take it: the finite verb
    of a subordinate clause before it (such a clause puts its particle before its verb: "dat u uitkreeg") or a
    participle before its noun. "Wij keren het bedrag dat u te weinig kreeg in één keer uit.", "U biedt zich op
    het afgesproken uur aan."."""
    subordinate = verb.dep_ in _CLAUSE_DEPS and is_finite(verb)
    attributive_participle = "Part" in verb.morph.get("VerbForm") and verb.i + 1 < len(verb.doc) and (
        verb.doc[verb.i + 1].pos_ == "NOUN")
    root = particle.sent.root
    if verb.i > particle.i or not (subordinate or attributive_participle) or root.i > particle.i or root == verb:
        return []
    return [root] if root.pos_ in _VERBAL and is_finite(root) else []


def _finite_verb_right_before(particle: Token) -> Token | None:
    """The finite verb right before a particle that is never a preposition, perhaps past a pronoun, when the
    clause goes on after it: "zegde toe de informatie te geven", "deelden ons mee dat ..."."""
    if particle.lower_ not in _NEVER_PREPOSITIONS:
        return None
    doc = particle.doc
    index = particle.i - 1
    while index > particle.i - 3 and index >= 0 and doc[index].lower_ in _PRONOUNS_AFTER_A_VERB:
        index -= 1
    verb = doc[index] if index >= 0 else None
    return verb if verb is not None and verb.pos_ in _VERBAL and is_finite(verb) else None


_NEVER_PREPOSITIONS = frozenset({"toe", "mee", "mede", "af", "terug", "weg", "heen", "neer", "bijeen", "uiteen",
                                 "teweeg", "teniet", "overeen", "voort"})
_PRONOUNS_AFTER_A_VERB = frozenset({"u", "ons", "hem", "haar", "hen", "hun", "zich", "het", "wij", "we", "zij", "ze"})


def _a_known_noun_phrase(token: Token) -> bool:
    """A noun of the gender table with its own article or adjective: "uw hand op" holds no verb, but "Dit vloeit
    voort uit" does, with "dit" read as the article of "vloeit"."""
    return known_noun(token.lower_) and _has_noun_dependents(token)


def _te_infinitive_after(particle: Token) -> Token | None:
    """The infinitive of a particle right before "te", whatever the tagger made of the particle: "om
    het plan uiteen te zetten", "de commissie bijeen te roepen". Not "om te", which opens the clause."""
    doc = particle.doc
    if particle.lower_ == "om" or particle.i + 2 >= len(doc) or doc[particle.i + 1].lower_ != "te":
        return None
    verb = doc[particle.i + 2]
    return verb if verb.is_alpha and verb.lower_.endswith("n") else None


def _a_noun_phrase(token: Token) -> bool:
    """A noun with its own article, adjective or number: the parser hung the particle on the wrong word
    ("De stad werft drie nieuwe gemeenschapswachten aan", with "werft" read as a foreign word)."""
    return token.pos_ in {"NOUN", "PROPN"} and _has_noun_dependents(token)


def _verb_after_its_auxiliaries(particle: Token) -> Token | None:
    """The verb of a particle that stands before the verb cluster, as Flemish writes it: "die de brief
    teweeg heeft gebracht", "of u de aanvraag in zal dienen" (one or two auxiliaries or modals, then
    the participle or infinitive)."""
    doc = particle.doc
    index = particle.i + 1
    while index < min(len(doc), particle.i + 3) and doc[index].pos_ in _VERBAL and is_finite(doc[index]):
        index += 1
    if index == particle.i + 1 or index >= len(doc):
        return None
    verb = doc[index]
    forms = verb.morph.get("VerbForm")
    return verb if verb.pos_ in _VERB_SHAPED and ("Part" in forms or "Inf" in forms) else None


_PHRASE_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})
_MAX_PHRASE = 5  # words of a noun phrase between a preposition and the verb at the end of its clause


def _preposition_before_the_verb(verb: Token) -> Token | None:
    """The preposition whose noun phrase stands right before an infinitive or participle at the end of
    its clause (past "te", a particle and the verbs of its cluster): "tot afvoering over te gaan", "tot
    betaling overgegaan", "u zich voor een lening tot de kredietbank kunt wenden"."""
    forms = verb.morph.get("VerbForm")
    if "Inf" not in forms and "Part" not in forms:
        return None
    doc = verb.doc
    index = verb.i - 1
    while index >= 0 and (doc[index].lower_ == "te" or doc[index].dep_ == "compound:prt" or (
            doc[index].pos_ in {"AUX", "VERB"} and (doc[index] == verb.head or doc[index].head == verb))):
        index -= 1
    end = index
    while index >= 0 and end - index < _MAX_PHRASE and doc[index].pos_ in _PHRASE_WORDS:
        index -= 1
    if index == end or index < 0 or doc[index].pos_ != "ADP" or doc[end].pos_ not in {"NOUN", "PROPN"}:
        return None
    return doc[index]


def _after_pronouns_and_adverbs(verb: Token) -> Token | None:
    """The first word after a verb and the pronouns and adverbs right behind it (at most three), also the
    adverbs the tagger calls adjectives: "wendt u zich best tot"."""
    doc = verb.doc
    index = verb.i + 1
    while index < min(len(doc), verb.i + 4) and (
            doc[index].pos_ in {"PRON", "ADV"} or doc[index].lower_ in _ADVERBS_READ_AS_ADJECTIVES):
        index += 1
    return doc[index] if index < len(doc) else None


_ADVERBS_READ_AS_ADJECTIVES = frozenset({"best", "beter", "liefst", "gerust", "rechtstreeks", "eerst"})


def _next_word(token: Token) -> str:
    return token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""


def _verb_of_particle(token: Token) -> Token | None:
    """The verb a separable particle belongs to: the parser's `compound:prt` head (its attachment
    decides, not the tag: "schortten" read as ADP), or else the finite verb of the clause the
    word closes (`helder.nlp.particles`)."""
    if token.dep_ == "compound:prt" and token.head.i != token.i:
        return token.head if _particle(token) else None
    return stranded_particle_verb(token)


def _infinitives(token: Token, wanted: Container[str]) -> set[str]:
    """The verb a token may be, among the `wanted` ones: its lemma for a verb; for a bare "noun" or
    "adjective", the infinitive its form comes from (the tagger reads a rare verb as one: "De stad
    hecht groot belang", "Wij verlenen goedkeuring"). The "deze" of "bij deze" (hereby) is no
    article: "Bij deze brengen wij u ter kennis"."""
    if token.pos_ in _VERBAL:  # a plural is its infinitive, whatever the model read: "Wij wenden ons tot" ("wennen")
        plural = token.pos_ == "VERB" and "Fin" in token.morph.get("VerbForm") and _PLURAL_FORM.search(token.lower_)
        return {token.lemma_.lower()} | ({token.lower_} if plural and token.lower_ in wanted else set())
    if token.pos_ not in {"NOUN", "ADJ"}:
        return set()
    # the form itself, when it is a wanted infinitive: "zich steeds wenden tot" is no "wennen"
    candidates = {lemma for lemma in (token.lower_, *verb_lemma(token.lower_)[:1]) if lemma in wanted
                  and not _a_noun_as_first_person(token, lemma)}
    article = _an_article_before(token)
    if candidates and not article and any(child.dep_ == "expl:pv" and child.i < token.i for child in token.children):
        return candidates  # a noun takes no "zich": "u kunt zich gratis richten tot", with "gratis" as its adjective
    if candidates and is_participle_form(token.lower_) and not article and _auxiliary_in_clause(token):
        return candidates  # a participle the tagger read as a noun, with "gebreke" as its adjective: "is in
        # gebreke gebleven"
    if not candidates or article or token.i and token.doc[token.i - 1].lower_ in _QUANTIFIERS or any(
            (child.dep_ == "amod" and child.pos_ not in {"NOUN", "ADV"})  # "het aanslagbiljet toekomen"
            or (child.lower_ in DETERMINERS and child.i < token.i - 1)  # an article stands before its noun
            for child in token.children):  # "wenden wij ons tot": a pronoun after it
        return set()
    return candidates


def _an_article_before(token: Token) -> bool:
    """The word before is an article, not "deze" of "bij deze" (hereby: "Bij deze brengen wij u ter kennis") nor the
    pronoun "het" or "dat" before a verb in "-t" that is no noun ("Het verdient aanbeveling")."""
    doc = token.doc
    previous = doc[token.i - 1].lower_ if token.i else ""
    if previous == "deze" and token.i > 1 and doc[token.i - 2].lower_ == "bij":
        return False
    if previous in _PRONOUNS_OR_ARTICLES and token.lower_.endswith("t") and not known_noun(token.lower_):
        return False
    return previous in DETERMINERS


_PRONOUNS_OR_ARTICLES = frozenset({"het", "dat", "dit", "die"})


def _a_noun_as_first_person(token: Token, infinitive: str) -> bool:
    """A known noun that is also the bare stem of a verb, with no "ik" to make it one: "moest geld lenen" holds
    no "gelden" ("doen gelden"). A stem in -t is also the third person ("De stad hecht groot belang")."""
    form = token.lower_
    return form == stem(infinitive) and not form.endswith("t") and known_noun(form) and not any(
        word.lower_ == "ik" for word in token.sent)


_PARTICIPLE_AUXILIARIES = frozenset({"hebben", "zijn", "worden", "krijgen"})  # the verbs a participle needs
_PLURAL_FORM = re.compile(r"[^aeiou]en$")  # "wenden", not "dien" (the stem of "dienen")


def _heads_no_expression(token: Token) -> bool:
    """A verb form with no clause of its own: the auxiliary of a participle ("wij hebben ons ten doel
    gesteld"), or a participle before its noun ("uw bezwaar met een aangetekende brief"). An
    auxiliary before an infinitive may be the expression's verb ("wij zijn voornemens ... te
    vernieuwen", which parsers read as an auxiliary)."""
    head = token.head
    before = token.doc[token.i - 1] if token.i else None
    if token.dep_ == "amod" and head.i > token.i and before is not None and (
            before.pos_ in {"DET", "ADJ", "ADP", "NUM"} or "Yes" in before.morph.get("Poss") or before.dep_ == "fixed"):
        return True  # inside its noun phrase ("bij ter post aangetekende brief"); "Het college verleende
        # toestemming" is a past tense
    return token.dep_ in {"aux", "aux:pass"} and head.i != token.i and "Part" in head.morph.get("VerbForm") and (
        token.lemma_ in _PARTICIPLE_AUXILIARIES)  # "gaat gepaard met" is "gepaard gaan", no auxiliary


def _particle(token: Token) -> bool:
    """Whether a word the parser calls a verb particle is one: a particle takes no article or
    modifier ("niet genoeg plaats", also when the parser hung "nog" on the verb: "heeft u nog
    plaats"), and a preposition before a noun phrase is no particle ("schreef uw klacht aan het
    loket op")."""
    if any(child.i < token.i and child.dep_ in _MODIFIER_DEPS for child in token.children):
        return False
    if token.pos_ == "NOUN" and token.i and token.doc[token.i - 1].lower_ in _QUANTIFIERS | {"nog"}:
        return False
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "ADJ" and token.i + 2 < len(doc):
        following = doc[token.i + 2]  # "kwam de maaltijd pas na half twee aan": "na" opens "half twee"
    return not (token.pos_ == "ADP" and following is not None and following.pos_ in _NOMINAL_START)


_NOMINAL_START = frozenset({"DET", "NOUN", "PROPN", "NUM"})


def _subject_and_verb(doc: Doc, match: tuple[int, int, int]) -> bool:
    """A verbal expression's words side by side, but its noun is the verb's subject: "De maatregelen
    treffen ook uw straat", "Het bedrag voldoet niet aan de regels"."""
    _, start, end = match
    verb = doc[end - 1]
    return end - start > 1 and verb.pos_ == "VERB" and _the_subject(verb, (start, end - 1))


def _the_subject(verb: Token, phrase: tuple[int, int]) -> bool:
    """The expression's noun is the subject of a verb that has its object elsewhere: "Deze maatregel
    treft vooral gezinnen" (but "dat beroep openstaat" keeps its subject). A copula has no object: in "Er
    is sprake van een vergissing" the parser's object is the expression's own "van" phrase."""
    if verb.lemma_ in COPULAS:
        return False
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    objects = [child for child in verb.children if child.dep_ in {"obj", "obl:arg"}
               and not phrase[0] <= child.i < phrase[1]]
    if len(subjects) != 1 or not phrase[0] <= subjects[0].i < phrase[1] or subjects[0].pos_ != "NOUN" or not objects:
        return False
    if _het_before_a_de_word(subjects[0]):
        return False  # "het" is the subject: "Ondertussen verdient het aanbeveling uw dochter ... aan te melden"
    # a subject agrees with its verb: "paal en perk stellen" has no singular subject "perk"
    return subjects[0].morph.get("Number") == verb.morph.get("Number") or not verb.morph.get("Number")


def _het_before_a_de_word(noun: Token) -> bool:
    """A "het" the parser took for the article of a noun that takes "de": the pronoun."""
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ == "het" and gender(noun.lower_) == "de"


def _counted(noun: Token) -> bool:
    """A noun in the plural or after a number or quantifier: no article was left out before it."""
    before = noun.doc[noun.i - 1] if noun.i else None
    return "Plur" in noun.morph.get("Number") or (before is not None and (
        before.pos_ == "NUM" or before.lower_ in _QUANTIFIERS | DETERMINERS))


def _verbal_rest(rest: list[str]) -> bool:
    """True when the words before an infinitive make a verbal expression ("in behandeling"), not a noun phrase."""
    return rest[-1] not in DETERMINERS and any(word not in _FUNCTION_WORDS for word in rest)


def _same(token: Token, word: str) -> bool:
    """The word itself, or an inflection of it (by the model's or the lookup table's lemma:
    "voorbereidingen" read as a verb; an attributive "-e": "onroerende" read as a verb's form);
    a preposition matches only as written ("ten" has the lemma "te", but "gelieve ... te" does
    not end in "ten laatste"), and a verb not by the lookup table's noun ("gebruiken" is no plural
    of "gebruik" in "wij maken ... en gebruiken ze")."""
    if token.lower_ == word or token.pos_ == "ADP":
        return token.lower_ == word
    if word == "zich":
        return _reflexive(token)
    if _WEAK_PRONOUNS.get(token.lower_) == word:
        return True  # "We wijzen erop" is "wij wijzen erop"
    return word == token.lemma_.lower() or (_nominal(token) and word == lookup_lemma(token.lower_)) or (
        _attributive_form(token) and word in _without_attributive_e(token.lower_))


def _nominal(token: Token) -> bool:
    """Not a verb, or a "verb" with an article, number or adjective of its own, which makes it a noun: "twee
    hinderlijke inrichtingen" (tagged as a verb)."""
    return token.pos_ not in _VERBAL or _has_noun_dependents(token)


def _particle_child(verb: Token) -> str | None:
    """The separable particle the parser hung on a verb, if any (an unparsed salutation has no heads to read)."""
    if not verb.doc.has_annotation("DEP"):
        return None
    return next((child.lower_ for child in verb.children
                 if child.dep_ == "compound:prt" and child.lower_ in PARTICLES), None)


def _reflexive(token: Token) -> bool:
    """A reflexive pronoun in the person of its verb's subject, which a term writes as "zich":
    "wij onthouden ons van", "u kunt u wenden tot"; not the object "ons" in "u kunt ons melden"."""
    persons = _REFLEXIVE_SUBJECTS.get(token.lower_)
    if persons is None or not token.doc.has_annotation("DEP"):
        return False  # an unparsed salutation or signature has no heads to read
    if token.lower_ == "u" and token.i > 0 and _imperative(token.doc[token.i - 1]):
        return True  # "Wend u tot de ombudsman", "Gelieve u te wenden tot": the parser makes "u" the subject
    verb = token.head
    for _ in range(2):  # a "te" clause takes the subject of the verb that controls it: "wij proberen ons ... te"
        if verb.dep_ != "xcomp" or any(child.dep_.startswith("nsubj") for child in verb.children):
            break
        verb = verb.head
    subjects = {child.lower_ for child in verb.children if child.dep_.startswith("nsubj")}
    return not token.dep_.startswith("nsubj") and (token.dep_ == "expl:pv" or bool(subjects & persons))


def _reflexive_before(verb: Token, start: int) -> Token | None:
    """The "zich" of `verb`'s clause before an expression's other words at `start`: "heeft zich op 12 juni met
    het voorstel akkoord verklaard", "wij verklaren ons met uw voorstel akkoord"."""
    doc = verb.doc
    first = max(0, min(verb.i, start) - MAX_SPLIT)
    return next((token for token in doc[first:start] if _same(token, "zich") and _in_clause_of(token, verb)), None)


def _imperative(verb: Token) -> bool:
    """A verb that opens its sentence in its bare stem, or "gelieve": "Wend", "Richt", not "Wendt"."""
    if verb.i != verb.sent.start or verb.pos_ not in {"VERB", "AUX"}:
        return False
    return verb.lower_ == "gelieve" or verb.lower_ == stem(verb.lemma_.lower())


# The weak form of a subject pronoun and the full form a term writes ("wij wijzen erop").
_WEAK_PRONOUNS = {"we": "wij"}
# Reflexive pronouns and the subjects they go with.
_REFLEXIVE_SUBJECTS = {"ons": {"wij", "we"}, "me": {"ik"}, "mij": {"ik"}, "je": {"jij", "je"}, "u": {"u"}}


def _attributive_form(token: Token) -> bool:
    """An adjective or participle in its attributive "-e" form before a noun ("onroerende goederen")."""
    return token.lower_.endswith("e") and (token.pos_ == "ADJ" or token.dep_ == "amod")


def _forms(token: Token) -> set[str]:
    """The words a token can stand for at the start of a phrase term (see `_same`)."""
    forms = {token.lower_, token.lemma_.lower(), _WEAK_PRONOUNS.get(token.lower_, token.lower_)}
    if _nominal(token) and token.pos_ != "ADP":
        forms.add(lookup_lemma(token.lower_))
    if _attributive_form(token):
        forms |= _without_attributive_e(token.lower_)
    return forms


def _runs_at(doc: Doc, start: int, words: Sequence[str]) -> bool:
    return start + len(words) <= len(doc) and all(_same(doc[start + k], word) for k, word in enumerate(words))


def _antecedent_phrase(verb: Token, rest: tuple[str, ...]) -> int | None:
    """The expression's other words as the noun a relative clause of the verb hangs on: "de hinder
    die u hebt ondervonden" is "hinder ondervinden"."""
    noun = verb.head
    if verb.dep_ != "acl:relcl" or noun.i > verb.i or not _same(noun, rest[-1]):
        return None
    start = noun.i - len(rest) + 1
    return start if start >= 0 and _runs_at(verb.doc, start, rest) else None


def _clause_phrase(verb: Token, rest: tuple[str, ...]) -> tuple[int, int] | None:
    """Where the expression's other words stand in the verb's clause, not next to it: (start, end).

    Adverbs may stand between them ("het staat u evenwel vrij"). Only within MAX_SPLIT words of
    the verb: a clause is never longer, and a run-on "sentence" of thousands of words must not
    cost a search over all of it for every verb.
    """
    doc = verb.doc
    first = max(0, verb.i - MAX_SPLIT - len(rest))
    last = min(len(doc) - len(rest), verb.i + MAX_SPLIT)
    for start in range(first, last + 1):
        end = _run_end(doc, start, rest)
        if end is None or start <= verb.i < end:
            continue
        if _inside_prepositional_phrase(doc, start):
            continue
        between = doc[end : verb.i] if end <= verb.i else doc[verb.i + 1 : start]
        if any(token.text in _BOUNDARIES for token in between):
            continue  # "maakten wij een schatting: een berekening van ...": a colon ends what the verb makes
        if all(_in_clause_of(doc[k], verb) for k in range(start, end)) or _between_in_clause(verb, start, end) or (
                _past_a_subordinate_clause(verb, start, end)):
            return start, end
    return None


_CLAUSE_END = frozenset({".", "!", "?", ";", ","})


def _past_a_subordinate_clause(verb: Token, start: int, end: int) -> bool:
    """The words close the verb's clause right after a subordinate clause, which the parser gave them to: "Wij nemen
    de klacht die u stuurde zo snel mogelijk in behandeling." A subordinate clause ends in its verb, so what closes
    the sentence after it is the main verb's."""
    doc = verb.doc
    if start <= verb.i or (end < len(doc) and doc[end].text not in _CLAUSE_END):
        return False
    finite = [token for token in doc[verb.i + 1 : start] if is_finite(token)]
    if len(finite) != 1 or finite[0].dep_ not in _CLAUSE_DEPS:
        return False
    return verb in (finite[0].head, finite[0].head.head)  # on the verb or on its object: "de klacht die u stuurde"


def _run_end(doc: Doc, start: int, words: Sequence[str]) -> int | None:
    """The end of `words` from `start`, with at most MAX_INSERTED adverbs between them, or adjectives
    after an article ("aan een grondig onderzoek onderwerpen", also one the tagger read as a verb: "tot een
    bevredigende oplossing komen"); None if they do not run there."""
    index, inserted = start, 0
    for position, word in enumerate(words):
        while position and index < len(doc) and not _same(doc[index], word) and (doc[index].pos_ == "ADV" or (
                (doc[index].pos_ == "ADJ" or doc[index].dep_ == "amod") and words[position - 1] in _ARTICLES)):
            index, inserted = index + 1, inserted + 1
        if inserted > MAX_INSERTED or index >= len(doc) or not _same(doc[index], word):
            return None
        index += 1
    return index


def _inside_prepositional_phrase(doc: Doc, start: int) -> bool:
    """The words from `start` are the noun of a prepositional phrase ("door een achterstand"), not
    the object of the expression; one that starts with its own preposition ("in behandeling") is not."""
    if doc[start].pos_ == "ADP":
        return False
    word = doc[start]
    if word.pos_ in {"ADJ", "VERB"} and word.head.pos_ in _VERBAL and word.head.i != start:
        return False  # a predicate of a verb: "achten een vergoeding van vijftig euro passend"
    if start and _article(word) and doc[start - 1].pos_ != "ADP":
        return False  # an article opens its phrase: "onderging in 2024 een grondige verandering"
    determined = False  # past the phrase's article: what comes before it opens the phrase or not
    for token in reversed(doc[max(0, start - MAX_SPLIT) : start]):
        article = _article(token)
        if _YEAR.fullmatch(token.text) and token.i and doc[token.i - 1].pos_ == "ADP":
            return False  # the year is the phrase's noun: "deed in 2021 afstand van"
        if token.pos_ == "ADP":
            if token.lower_ == "te" and determined:
                return True  # "te dier gelegenheid": "te" before an article is a preposition
            return token.dep_ != "mark" and token.lower_ not in {"om", "te"}  # "om uw medewerking te verlenen"
        if determined or (token.pos_ not in {"ADJ", "NUM"} and not article):
            return False
        determined = article
    return False


_OLD_ARTICLES = frozenset({"dier", "dezer", "des", "der"})  # inflected articles of old formulas ("te dier gelegenheid")


_YEAR = re.compile(r"(?:19|20)\d\d")


def _article(token: Token) -> bool:
    """An article, possessive or other determiner that opens a noun phrase."""
    return token.pos_ == "DET" or token.dep_ == "nmod:poss" or token.lower_ in _OLD_ARTICLES


def _between_in_clause(verb: Token, start: int, end: int) -> bool:
    """Word order's answer where the parse has none: nothing between the verb and the words
    start..end opens or closes a clause, and no finite verb stands there but the verb's own
    auxiliary ("geen letsel hebt opgelopen", "neemt de kosten ... ten laste")."""
    doc = verb.doc
    between = doc[end : verb.i] if end <= verb.i else doc[verb.i + 1 : start]
    coordinated = verb.dep_ == "conj"  # "wij willen u hierbij helpen en sturen u ...": "hierbij" is "helpen"'s
    return not any(opens_clause(token) or _opens_om_clause(token) or (coordinated and token.pos_ == "CCONJ")
                   or (is_finite(token) and not _auxiliary_of(token, verb)) for token in between)


def _opens_om_clause(token: Token) -> bool:
    """The "om" of an "om ... te" clause: "Dank u om ons te laten weten" holds no "dank weten"."""
    return token.lower_ == "om" and token.dep_ == "mark"


def _auxiliary_of(token: Token, verb: Token) -> bool:
    """An auxiliary of `verb` by the parse, or by its place: an auxiliary verb right next to it."""
    return (token.head.i == verb.i and token.dep_ in _COPULAR) or (
        abs(token.i - verb.i) == 1 and token.lemma_.lower() in _CLUSTER_AUXILIARIES)


_CLUSTER_AUXILIARIES = PERFECT_AUXILIARIES | MODALS


_CLAUSE_DEPS = frozenset({"acl:relcl", "acl", "advcl", "ccomp"})


def _in_clause_of(token: Token, verb: Token) -> bool:
    """True when `verb` heads the clause of `token`: the first verb above it. A copula or auxiliary
    heads the clause of its predicate too ("wij waren niet in staat": "waren" and "staat")."""
    heads = {verb.i} | ({verb.head.i} if verb.dep_ in _COPULAR else set())
    if token.i not in heads and (token.pos_ in _VERBAL or token.dep_ in _CLAUSE_DEPS) and any(
            child.dep_ in {"nsubj", "nsubj:pass"} for child in token.children):
        return False  # a verb with a subject of its own: "de maand waarin u de aanvraag doet" is not "geldt"'s,
        # even when the tagger made it a noun: "kinderen die zich verheugden" holds no "verheugd zijn"
    while True:
        if token.i in heads:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
        own_clause = token.pos_ in _VERBAL or any(child.dep_ in {"cop", "nsubj"} for child in token.children)
        if token.i not in heads and own_clause:
            return False  # another verb, or a predicate with a subject of its own ("maar het bedrag is te hoog")


def _gapped_end(doc: Doc, first: int, parts: list[list[str]]) -> int | None:
    """The end of the shortest run of `parts` from `first`, each gap at most MAX_GAP words within the sentence."""
    if not _runs_at(doc, first, parts[0]):
        return None
    if parts[-1] == ["te"] and first > 0 and doc[first - 1].lower_ == "te":
        return None  # a frame's verb is no "te" infinitive itself: "in te dienen en niet opnieuw te betalen"
    position = first + len(parts[0])
    for part in parts[1:]:
        for start in range(position, min(position + MAX_GAP + 1, len(doc))):
            no_infinitive = part == ["te"] and (_degree_te(doc, start) or _place_te(doc, start))
            if _runs_at(doc, start, part) and not no_infinitive:
                position = start + len(part)
                break
            if doc[start].text in _BOUNDARIES or (part == ["te"] and (
                    (doc[start].lower_ in _OWN_TE and not _a_clock_time(doc, start)) or opens_clause(doc[start]))):
                return None  # "het behoort tot uw taak om erover te waken": that "te" is the "om" clause's
        else:
            return None
    if parts[-1] == ["te"] and position < len(doc) and doc[position].pos_ in _VERBAL:
        position += 1  # "… te sturen": the infinitive belongs to the construction
    return position


def _a_clock_time(doc: Doc, index: int) -> bool:
    """ "om 6 uur", "om 7u30", "om 19.00", "om half negen": an "om" of time opens no "om ... te" clause
    (but "om 7 formulieren in te vullen" does)."""
    if doc[index].lower_ != "om" or index + 1 >= len(doc):
        return False
    following = doc[index + 1]
    after = doc[index + 2].lower_ if index + 2 < len(doc) else ""
    return following.lower_ in {"half", "kwart"} or _CLOCK.match(following.text) is not None or (
        following.like_num and after in {"uur", "u"})


_CLOCK = re.compile(r"^\d{1,2}(?:[:.]\d{2}|u\d{0,2}|h\d{0,2})$")


def _place_te(doc: Doc, index: int) -> bool:
    """ "te Gent": a "te" before a name is a preposition of place, it opens no infinitive."""
    following = doc[index + 1] if index + 1 < len(doc) else None
    return following is not None and following.pos_ == "PROPN"


def _degree_te(doc: Doc, index: int) -> bool:
    """ "te laat", "te veel": a "te" before an adjective or adverb says "too", it opens no infinitive."""
    following = doc[index + 1] if index + 1 < len(doc) else None
    return following is not None and following.pos_ in {"ADJ", "ADV"} and not following.lower_.endswith("en")


def ends_on_the_infinitive(words: Sequence[str]) -> bool:
    """A "… te" frame ("dienen … te") ends on the clause's infinitive, not on a word of its own."""
    return words[-1] == "te"


def missing_prepositions(term_words: Sequence[str], found_words: Iterable[str]) -> int:
    """The term's prepositions that are not among the found words: on "maken voortaan gebruik",
    "gebruik maken" fits better than "gebruik maken van"."""
    found = set(found_words)
    return sum(word in PREPOSITIONS and word not in found for word in term_words)


def _reading_order(match: Match) -> tuple[int, int, int, int]:
    """Text order, the longest span first; on the same span, the term whose prepositions stand there."""
    start, end = match.offsets
    words = match.key.split()
    return start, start - end, missing_prepositions(words, (token.lower_ for token in match.span)), -len(words)


def _pulled_apart(match: Match) -> bool:
    return match.rule.type == "substitution" and len(match.span) > len(match.key.split())


def _tighter(other: Match, match: Match) -> bool:
    """`other` is the same term pulled apart over fewer words, overlapping `match`."""
    (start, end), (other_start, other_end) = match.offsets, other.offsets
    return (other is not match and other.key == match.key and other.rule.id == match.rule.id
            and _pulled_apart(match) and _pulled_apart(other)
            and other_start < end and start < other_end and other_end - other_start < end - start)


def _longest(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches within one rule, in text order.

    A conditional's "if" and "then" are separate questions: "Wij
    verontschuldigen ons voor deze fout" holds both, so they never hide
    each other. A term the clause pulled apart ("rekenen ... aan") hides
    nothing between its parts, only a shorter term on its own first or last
    word: "gelieve ... te sturen" hides "gelieve", "delen u mede" hides "mede", "stellen u in het bezit"
    hides "in het bezit van". A "… te" frame ends
    on the clause's infinitive, no word of its own: "dient zich te vergewissen" keeps "vergewissen".
    Of two terms on the same words, the one whose prepositions all stand there wins, then the longer.
    Of two overlapping pulled-apart matches of one term, the tighter one stands for both: "van plan
    gebruik te maken van" is one "gebruikmaken van", on its own "van".
    """
    ordered = sorted(matches, key=_reading_order)
    ordered = [match for match in ordered if not any(_tighter(other, match) for other in ordered)]
    kept: list[Match] = []
    last_end: dict[str, int] = {}
    pulled_apart_spans: list[tuple[int, int, bool]] = []  # start, end, whether the last word is the term's own
    for match in ordered:
        side = match.key if match.rule.type == "conditional" else ""
        pulled_apart = _pulled_apart(match)
        start, end = match.offsets
        on_its_edge = not pulled_apart and any(
            (start == outer_start and end < outer_end) or (own_end and outer_start < start < outer_end <= end)
            for outer_start, outer_end, own_end in pulled_apart_spans)
        if start < last_end.get(side, -1) or on_its_edge:
            continue
        if pulled_apart:
            pulled_apart_spans.append((start, end, not ends_on_the_infinitive(match.key.split())))
        else:
            last_end[side] = match.offsets[1]
        kept.append(match)
    return kept
