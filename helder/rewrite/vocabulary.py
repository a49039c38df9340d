"""The words that fitting a replacement relies on, and what a word can be by its form alone.

The word sets that more than one module of `helder.rewrite` reads (subject pronouns, determiners and the gender
their form shows, clause openers, degree words), and tests on one word without its sentence: can it be an
infinitive, a finite verb, a plural, an adjective with two forms; which word heads a noun phrase, and what the
words before that phrase must suit. A set that one module alone reads lives in that module.
"""

from __future__ import annotations

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import is_known, lookup_lemma
from helder.nlp.structure import ADVERBS_IN_EN, DETERMINERS, PREPOSITIONS


VERBAL = frozenset({"VERB", "AUX"})
FUNCTION_TAGS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ"})  # never a subject, whatever the parser hangs on them
NOUN_MODIFIERS = frozenset({"det", "amod", "nummod", "nmod:poss", "nmod"})

# Subject pronouns and the person they give the verb.
SUBJECT_PERSON = {"ik": "1sg", "jij": "2sg", "je": "2sg", "u": "u", "wij": "pl", "we": "pl", "jullie": "pl",
                  "zij": None, "ze": None}
RELATIVE_PRONOUNS = frozenset({"die", "dat", "wat", "wie"})
REFLEXIVES = frozenset({"zich", "zijn", "ons", "me", "mij", "je"})
CLAUSE_OPENERS = frozenset({
    "als", "dat", "doordat", "hoe", "indien", "nadat", "of", "omdat", "tenzij", "terwijl", "toen", "voordat", "waar",
    "wanneer", "wat", "wie", "zodat", "zodra", "zolang",
})
COORDINATORS = frozenset({"en", "of", "en/of"})

# Before a singular "het" noun, an adjective after these (or after none) has no -e: "een groot huis".
UNINFLECTING_DETERMINERS = frozenset({"een", "geen", "elk", "ieder", "zo'n", "welk", "veel", "weinig", "enig",
                                      "enkel"})
SINGULAR_DETERMINERS = frozenset({"een", "elk", "elke", "ieder", "iedere", "zo'n"})  # never before a plural
# Determiners whose form says the gender of a singular noun ("ieder" also goes with "de": "ieder mens").
ARTICLE_GENDERS = {"de": "de", "deze": "de", "die": "de", "elke": "de", "iedere": "de", "welke": "de",
                   "het": "het", "dit": "het", "dat": "het", "elk": "het", "welk": "het"}
# The words before a singular noun whose form shows its gender, the articles' and more: "ons plan",
# "geen enkele regel", "hetzelfde stramien".
GENDER_MARKERS = {**ARTICLE_GENDERS, "ons": "het", "onze": "de", "enkel": "het", "enkele": "de", "hetzelfde": "het",
                  "dezelfde": "de"}
NOUN_PHRASE_OPENERS = DETERMINERS | GENDER_MARKERS.keys() | UNINFLECTING_DETERMINERS  # before a noun's adjectives
PRONOUN_DETERMINERS = frozenset({"het", "dat", "die", "deze", "dit", "ons", "zijn", "haar"})  # also pronouns
QUANTIFIERS = frozenset({"genoeg", "weinig", "veel", "wat", "iets", "niets", "niks"})  # no noun after an article
DEGREE_WORDS = frozenset({"te", "zeer", "heel", "erg", "zo", "nogal", "vrij", "meer", "minder", "meest", "minst"})
# Nouns that never take "een" ("een goed nieuws").
NO_INDEFINITE = frozenset({"nieuws", "geld", "informatie", "personeel", "afval", "verkeer", "vervoer", "gedrag"})
NOUN_KINDS = frozenset({"de", "het", "plural"})  # the kinds of head `head_kind` gives a noun phrase


def infinitive(word: str) -> bool:
    """Can be an infinitive ("geven", "gaan", also "kosten" and "gaten"; not "tegen"): beside a noun or
    the alternative's verb, doubt is a refusal."""
    return word.endswith("n") and word not in ADVERBS_IN_EN and inflect.verb_lemma(word)[:1] == [word]


def verb_word(word: str) -> bool:
    """An infinitive ("geven", "gaan"), not a noun plural or adverb that looks like one ("gaten", "samen")."""
    return infinitive(word) and lookup_lemma(word) == word


def verb_like(word: str) -> bool:
    """An infinitive by its shape and its lemma, rare verbs too ("finaliseren"), no noun plural
    ("tienerjaren", "mensen"); `infinitive` is the stricter test."""
    return word.endswith("n") and word not in ADVERBS_IN_EN and lookup_lemma(word) == word and (
        word in inflect.verb_lemma(word))


def finite_form(word: str) -> bool:
    """A finite verb form: the lookup table reads it as another word, one of its infinitives ("komt")."""
    lemma = lookup_lemma(word)
    return lemma != word and lemma in inflect.verb_lemma(word)


def participle_of(verb: str) -> str | None:
    """The verb's past participle, or None for a verb without one."""
    try:
        return inflect.past_participle(verb)
    except ValueError:  # a verb without one
        return None


def verb_first(words: list[str]) -> bool:
    """ "resulteren in", "berusten op": a verb and its preposition."""
    return infinitive(words[0]) and all(word in PREPOSITIONS for word in words[1:])


def verbal_term(term: str) -> bool:
    """A verb or verbal expression ("herijken", "afzien van", "laten geworden", "in het oog houden"), no
    noun on "-en" ("examen", "kosten"): the words before it are no determiners of its replacement."""
    words = term.split()
    return any(head_kind([word]) == "infinitive" for word in {words[0], words[-1]}) or verb_first(words) or (
        len(words) > 1 and infinitive(words[-1]) and known_noun(words[-2]))  # "in het bezit stellen": no plural "stel"


def adjective_base(word: str) -> str | None:
    """The base form of an adjective with two forms: "vast" and "vaste" -> "vast", "financiële" ->
    "financieel"; None for a word with one form ("privé", "extra", "te") or no adjective ("ruzie")."""
    if not inflect.has_attributive(word):
        return None  # "zijn", "vaak": no adjective
    inflected = inflect.attributive(word)
    if inflected != word:
        return word if is_known(inflected) else None
    lemma = lookup_lemma(word)
    if lemma != word and inflect.attributive(lemma) == word:
        return lemma  # "vaste", "financiële"
    participle = word[:-1]  # "verplichte": the table reads a verb in it
    if word.endswith("e") and any(participle_of(verb) == participle for verb in inflect.verb_lemma(participle)[:1]):
        return participle
    return None  # "voldoende", "die", "zie"


def plural_already(word: str) -> bool:
    """ "kosten", "gegevens", "voorwaarden": a plural of the word the lemma table reads in it, and no
    noun of its own ("wagen" reads as "wagen" the verb, but is a noun itself)."""
    lemma = lookup_lemma(word)
    return lemma != word and word in {inflect.plural(lemma), f"{lemma}n", f"{lemma}s"} and gender(word) is None


def noun_only(word: str) -> bool:
    """A noun that is no adjective: the gender table has it and it has no attributive form of its own
    ("contact", "oppervlakte"; not "publiek": "publieke")."""
    form = inflect.attributive(word)
    return known_noun(word) and (form == word or not is_known(form))


def article_of(noun: str) -> str | None:
    """The article a noun takes: "de" for a plural ("het juridisch kader" -> not "het regels")."""
    return "de" if plural_already(noun) else gender(noun)


def head_noun(words: list[str]) -> int | None:
    """Where a noun phrase's head noun stands: after adjectives ("praktische regel", "vast patroon"), before
    any preposition ("manier van betalen"); None for a phrase that opens otherwise ("een", a verb), a
    second noun beside it ("kind of kleinkind": both would need the plural) or a clause that agrees
    with it ("familielid dat moet bijdragen")."""
    if set(words) & (CLAUSE_OPENERS | RELATIVE_PRONOUNS) or any(word.startswith("waar") for word in words):
        return None
    for index, word in enumerate(words):
        if word in DETERMINERS or word in PREPOSITIONS:
            return None  # "vertegenwoordigd door": "door" is no noun here
        if plural_already(word) or gender(word) is not None:
            following = next((other for other in words[index + 1 :] if other in PREPOSITIONS | COORDINATORS), None)
            return None if following in COORDINATORS else index
        if not word.endswith("e") and adjective_base(word) is None:
            return None
    return None


def head_kind(words: list[str]) -> str | None:
    """What the words before a noun phrase must suit: its head noun's article ("de", "het"), "plural"
    ("aparte buizen") or, for a verb ("bewaren", "genoeg drinken"), "infinitive" ("het bewaren");
    None where helder cannot tell."""
    head = head_noun(words)
    before = words[: next((index for index, word in enumerate(words) if word in PREPOSITIONS), len(words))]
    noun = words[head] if head is not None else next(  # else the first noun of the phrase: "straat en stoep"
        (word for word in before if plural_already(word) or gender(word) is not None), None)
    if noun is not None:
        return "plural" if plural_already(noun) else gender(noun)
    return "infinitive" if before and verb_like(before[-1]) else None


def determiner_fits(word: str, kind: str) -> bool:
    """Whether a determiner goes with a head of this kind: "het" not with "de" nouns, plurals or
    "een" before an infinitive ("een bewaren"); "ons" not with "de" nouns."""
    marked = GENDER_MARKERS.get(word)
    if kind == "plural":
        return word not in SINGULAR_DETERMINERS and marked != "het"
    if kind == "infinitive":
        return word not in SINGULAR_DETERMINERS and marked in {None, "het"}
    return marked in {None, kind}


def own_phrase(term: str) -> bool:
    """A term that opens with a preposition ("bij herhaling", "in drievoud") is a phrase of its own: the
    words before it are no determiner or adjectives of its replacement."""
    return term.split()[0] in PREPOSITIONS
