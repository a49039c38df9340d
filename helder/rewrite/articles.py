"""The article switch: a noun alternative of the other gender, with its noun phrase rewritten for it.

`fit` keeps the determiner and adjectives before a noun, so "het recipiënt" -> "de container" is no swap of the
noun alone. `fit_all` takes from here the noun phrase from its own determiner on, where rewriting it is safe (no
name or compound, no determiner shared with another noun, no pronoun pointing back at the noun), and that
phrase with the alternative and the determiner and adjective forms its gender asks ("een nieuwe begroting" ->
"een nieuw budget").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import is_known
from helder.nlp.structure import DETERMINERS, PREPOSITIONS
from helder.rewrite.clauses import doubles_a_neighbour, token_after
from helder.rewrite.noun_phrases import after_article
from helder.rewrite.vocabulary import (CLAUSE_OPENERS, COORDINATORS, DEGREE_WORDS, GENDER_MARKERS, NOUN_PHRASE_OPENERS,
                                       NO_INDEFINITE, PRONOUN_DETERMINERS, SINGULAR_DETERMINERS,
                                       UNINFLECTING_DETERMINERS, adjective_base, determiner_fits, finite_form,
                                       head_noun, plural_already, verb_like, verb_word)


def switchable_noun_phrase(term: str, span: Span, following: Doc | None) -> Span | None:
    """The noun phrase whose article and adjectives may change with the term's noun, from its own
    determiner to the span's end ("het groot recipiënt" is no phrase, "een groot recipiënt" is); None
    where that is not safe: the term's noun is not the singular first word of the span, is part of a
    compound or name, has a gender nobody knows or one its determiner or adjectives contradict,
    shares its determiner with a noun after it ("de planning en uitvoering"), or a pronoun later on
    may point back at it ("het recipiënt, dat ...", "... Het staat ...")."""
    doc = span.doc
    words = term.split()
    noun = span[0]
    own = gender(words[0])
    if own is None or words[0] in TWO_GENDERS or noun.text != noun.lower_ or span.text.lower().split() != words or (
            adjective_base(words[0]) is not None and not known_noun(words[0])) or verb_like(words[0]) or (
            span.root != noun):
        # a plural or diminutive, a name ("Het Recipiënt"), a first word that is no head ("openbaar domein")
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} and not after_article(noun) or noun.dep_ in {"compound", "flat", "fixed"}:
        return None
    after = token_after(span)
    if after is not None and (not span[-1].whitespace_ and not after.is_punct or after.text in {"-", "/"}):
        return None  # "recipiënt-deksel", "recipiënt/bak"
    determiner, between = _own_determiner(noun)
    if determiner is None or _determiner_for(determiner.lower_, own) != determiner.lower_:
        return None  # "ons begroting", "ieder recipiënt" (the writer's own slip or another gender)
    if any(token.text[:1].isupper() for token in between):
        return None  # "de Vlaamse begroting": a capital inside the phrase reads as a name to the jargon check
    bare = own == "het" and determiner.lower_ in BARE_DETERMINERS
    if any(_adjective_form(token.lower_, bare) != token.lower_ for token in between if _inflecting(token)):
        return None  # "een grote recipiënt": the writer's adjective says another gender
    if _shares_its_determiner(noun, span) or _pointed_back_at(own, span, following):
        return None
    return doc[determiner.i : span.end]


def _own_determiner(noun: Token) -> tuple[Token | None, list[Token]]:
    """The noun's determiner and the words between them: adjectives, the degree words before them,
    commas and "en" between them ("een groot, zwaar recipiënt"). Only a word that is no pronoun
    ("de", "een", "uw") may be taken by its place; "het", "dat", "ons" must be the noun's by the parse."""
    doc = noun.doc
    index = noun.i - 1
    between = []
    while index >= 0 and (doc[index].pos_ in {"ADJ", "ADV"} or doc[index].pos_ == "VERB" and doc[index].dep_ == "amod"
                          or doc[index].text == "," or doc[index].pos_ == "CCONJ") and (
            doc[index].lower_ not in SWITCHED_DETERMINERS | GENDERLESS_DETERMINERS):
        between.insert(0, doc[index])
        index -= 1
    if index < 0 or any(token.text == "," or token.pos_ == "CCONJ" for token in (*between[:1], *between[-1:])):
        return None, []
    determiner = doc[index]
    word = determiner.lower_
    owned = determiner.head == noun and determiner.dep_ in {"det", "nmod:poss"}
    if word not in SWITCHED_DETERMINERS | GENDERLESS_DETERMINERS or word in PRONOUN_DETERMINERS and not owned:
        return None, []
    return determiner, between


def _inflecting(token: Token) -> bool:
    """An adjective of the noun phrase whose ending may change: not a degree word before another one
    ("zeer", "erg" in "een erg groot recipiënt"), a comma or "en"."""
    return token.text != "," and token.pos_ != "CCONJ" and token.lower_ not in DEGREE_WORDS and not (
        token.pos_ == "ADV" and token.head.pos_ in {"ADJ", "ADV"} and token.head.i > token.i)


def _determiner_for(word: str, noun_gender: str) -> str:
    """The determiner `word` in the form a singular noun of this gender asks: "het" -> "de", "dit" ->
    "deze", "ons" -> "onze", "elk" -> "elke"; "een", "uw", "zo'n" as they are."""
    pair = next((pair for pair in DETERMINER_PAIRS if word in pair), None)
    return word if pair is None else pair[noun_gender == "het"]


def _adjective_form(word: str, bare: bool) -> str | None:
    """The adjective `word` without -e (`bare`: "een groot budget") or with it ("een grote container");
    one with one form as it is ("open", "extra", "eerste"); None where helder does not know its forms."""
    base = adjective_base(word) or (word[:-1] if word.endswith("nde") and is_known(word[:-1]) else None)
    if base is not None:
        return base if bare else inflect.attributive(base)
    one_form = inflect.attributive(word) == word and (not word.endswith("e") or word.endswith("ste") or (
        word in ORDINALS))
    return word if one_form else None


def _shares_its_determiner(noun: Token, span: Span) -> bool:
    """ "de planning en uitvoering": a noun after "en" or "of" without a determiner of its own takes
    the term's, which would not suit it after the switch."""
    doc = span.doc
    if any(child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "ADJ"} and not any(
            grandchild.dep_ in {"det", "nmod:poss"} for grandchild in child.children) for child in noun.children):
        return True
    following = doc[span.end : span.end + 2]
    return len(following) == 2 and following[0].lower_ in COORDINATORS and following[1].lower_ not in (
        NOUN_PHRASE_OPENERS) and following[1].pos_ in {"NOUN", "PROPN", "ADJ"}


def _pointed_back_at(noun_gender: str, span: Span, following: Doc | None) -> bool:
    """Whether a pronoun after the noun, in its sentence or the next, may stand for it and would keep
    the old gender: "het recipiënt, dat u kreeg" (a relative pronoun, whatever its tag), "het
    recipiënt ... u kunt het ophalen", "de begroting ... Ze werd goedgekeurd"; one the parse makes
    its relative clause, too."""
    doc = span.doc
    noun = span[0]
    if any(child.dep_ == "acl:relcl" for child in noun.children):
        return True
    for token in doc[span.end :]:
        previous = doc[token.i - 1]
        if token.lower_ in RELATIVE_OPENERS and (previous.text == "," or previous.pos_ in {"NOUN", "PROPN"} or (
                previous.i == span.end - 1)):
            return True
    pointers = BACK_POINTERS[noun_gender]
    return any(token.lower_ in pointers and _pronoun(token) for token in [*doc[span.end :], *(following or [])])


def _pronoun(token: Token) -> bool:
    """A word that stands for a noun, not one that determines a noun after it ("het plan", "dat oude
    plan") or a conjunction ("dat u komt"). The tagger also calls "het" in "u kunt het morgen ophalen"
    a determiner, so the words after it decide: adjectives and adverbs, then a noun that can take it
    ("morgen" takes "de"). Possessives ("zijn", "haar") point back at their owner whatever follows."""
    if token.pos_ in {"SCONJ", "AUX", "VERB"}:
        return False
    if token.lower_ in {"zijn", "haar"}:
        return True
    doc = token.doc
    index = token.i + 1
    while index < len(doc) and doc[index].pos_ in {"ADJ", "ADV", "NUM"}:
        index += 1
    noun = doc[index] if index < len(doc) and doc[index].pos_ in {"NOUN", "PROPN"} else None
    if noun is None:
        return True
    marked = GENDER_MARKERS.get(token.lower_)
    kind = "plural" if noun.morph.get("Number") == ["Plur"] else gender(noun.lower_)
    return marked is not None and kind is not None and not determiner_fits(token.lower_, kind)


def with_switched_article(alternative: str, phrase: Span, span: Span) -> str | None:
    """The noun phrase `phrase` with the alternative for the term's words `span` and its determiner and
    adjectives in the forms the alternative's head noun asks, where that noun has the other gender:
    "Het recipiënt" -> "De container", "een groot recipiënt" -> "een grote container", "ons
    webportaal" -> "onze website". None for anything else: a plural ("de kosten"), a noun without
    "een" after one ("een goed nieuws"), no noun phrase."""
    words = alternative.split()
    lowered = [word.lower() for word in words]
    head = head_noun(lowered)
    noun = lowered[head] if head is not None else ""
    verb_last = len(words) > 1 and verb_word(lowered[-1]) and lowered[-2] not in DETERMINERS | PREPOSITIONS
    if len(words) > 1 and (lowered[0] in CLAUSE_OPENERS or verb_last or (
            any(finite_form(word) for index, word in enumerate(lowered) if index != head))):
        return None  # a verb phrase or a clause: "weer aan het werk gaan" has no head noun "weer"
    wanted = gender(noun) if head is not None and not plural_already(noun) and not verb_like(noun) else None
    if wanted is None or wanted == gender(span[0].lower_) or noun in TWO_GENDERS or (
            adjective_base(noun) is not None and not known_noun(noun)) or _misfit_tail(lowered[head + 1 :], span):
        return None
    determiner = _determiner_for(phrase[0].lower_, wanted)
    if determiner in SINGULAR_DETERMINERS and noun in NO_INDEFINITE:
        return None
    bare = wanted == "het" and determiner in BARE_DETERMINERS
    written = [_same_case(phrase[0].text, determiner) + phrase[0].whitespace_]
    for token in phrase[1 : span.start - phrase.start]:
        form = _adjective_form(token.lower_, bare) if _inflecting(token) else token.lower_
        if form is None:
            return None
        written.append(_same_case(token.text, form) + token.whitespace_)
    adjectives = [word if word.lower() in DEGREE_WORDS else _adjective_form(word.lower(), bare)
                  for word in words[:head]]
    if None in adjectives:
        return None
    adjectives = [_same_case(word, form) for word, form in zip(words, adjectives)]  # "Vlaamse wet" keeps its capital
    replacement = "".join(written) + " ".join([*adjectives, *words[head:]])
    repeated = noun in {token.lower_ for token in span.doc[span.end : span.end + 3]}  # "de stad van de stad"
    return None if repeated or doubles_a_neighbour(replacement, phrase) else replacement


def _misfit_tail(tail: list[str], span: Span) -> bool:
    """Whether the words after the alternative's head noun cannot follow it here: an adjective with
    no noun ("aantal nieuwe"), or a phrase with a preposition where the sentence has one of its own
    right after the span ("het verband tussen oorzaak en gevolg tussen de put en de val")."""
    after = token_after(span)
    if not tail:
        return False
    opening = tail[0] in PREPOSITIONS | {"om"} or plural_already(tail[0]) or gender(tail[0]) is not None
    return not opening or after is not None and after.pos_ == "ADP" and bool(set(tail) & PREPOSITIONS)


def _same_case(original: str, word: str) -> str:
    """ `word` with a capital where the writer's word has one: "Het" -> "De"."""
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


# Determiners with a form for each gender of a singular noun: (before "de" nouns, before "het" nouns).
DETERMINER_PAIRS = (("de", "het"), ("deze", "dit"), ("die", "dat"), ("welke", "welk"), ("elke", "elk"),
                    ("iedere", "ieder"), ("onze", "ons"), ("dezelfde", "hetzelfde"), ("zulke", "zulk"))
SWITCHED_DETERMINERS = frozenset(word for pair in DETERMINER_PAIRS for word in pair)
GENDERLESS_DETERMINERS = frozenset({"een", "geen", "uw", "zo'n", "mijn", "jouw", "zijn", "haar", "hun"})
# Before a singular "het" noun, an adjective after these has no -e: "een groot budget", "zulk mooi weer".
BARE_DETERMINERS = UNINFLECTING_DETERMINERS | {"zulk"}
ORDINALS = frozenset({"tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "negende", "tiende"})
# Pronouns that point back at a noun of this gender; possessives "zijn", "haar" as well.
BACK_POINTERS = {"het": frozenset({"het", "dat", "dit", "hetwelk", "zijn"}),
                 "de": frozenset({"hij", "hem", "zij", "ze", "die", "deze", "haar"})}
RELATIVE_OPENERS = frozenset({"dat", "die", "welke", "hetwelk", "wat"})
# Nouns with both articles, by meaning or by region ("het koper", "de koper"; "de/het punt"): no article
# can be chosen for them.
TWO_GENDERS = frozenset({"bal", "band", "blik", "bos", "deksel", "hof", "hoorn", "idee", "koper", "kwart", "pad",
                         "patroon", "portier", "punt", "schot", "soort", "stof", "veer", "vocht", "vorst"})


def own_article_phrase(term: str, span: Span) -> Span | None:
    """The term's noun with the definite article right before it ("de invordering"), where an
    alternative with an article of its own may take both their places (`with_own_article`): a
    singular noun in its base form, the article's by the parse, no attribute of a noun after it."""
    doc = span.doc
    noun = span[0]
    if span.start == 0 or span.text.lower() != term or noun.text != noun.lower_ or span.root != noun:
        return None
    article = doc[span.start - 1]
    if article.lower_ not in {"de", "het"} or article.head != noun or article.dep_ != "det" or (
            noun.morph.get("Number") == ["Plur"]) or noun.dep_ in {"compound", "flat", "fixed"}:
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} and not after_article(noun) or gender(term.split()[0]) is None:
        return None
    after = token_after(span)
    if after is not None and (not span[-1].whitespace_ and not after.is_punct or after.pos_ in {"NOUN", "PROPN"}):
        return None  # "de inning-datum", "het laatstvermelde bedrag"
    return doc[article.i : span.end]


def with_own_article(alternative: str, phrase: Span, span: Span, following: Doc | None) -> str | None:
    """An alternative that brings its own article, for the article and noun of `phrase`: "De inning van
    de retributie" -> "Het innen van de retributie", "De regelgever heeft" -> "De overheid heeft". Its
    rest is a verb used as a noun ("het buiten gebruik zetten") or a singular noun phrase whose head takes
    that article, with at most a phrase after it that opens with a preposition and has no finite verb
    ("het geven van vergunningen"; not "het geld komt op uw rekening", "de gracht in een buis leggen",
    "de mensen voor wie ...": `own_article_fits`). Where the article changes, no pronoun may point back
    at the noun."""
    words = alternative.lower().split()
    article = words[0]
    if not own_article_fits(words, span):
        return None
    own = gender(span[0].lower_)
    if article != own and (own is None or _pointed_back_at(own, span, following)):
        return None
    replacement = _same_case(phrase[0].text, article) + " " + " ".join(alternative.split()[1:])
    return None if doubles_a_neighbour(replacement, phrase) else replacement



def own_article_fits(words: list[str], span: Span) -> bool:
    """Whether an alternative with an article of its own (`words`, lower case) is a noun phrase that can
    stand in the span's place: "het" and a verb used as a noun, with only a phrase or adjective before
    it ("het buiten gebruik zetten", "het ongeldig maken"), or "de"/"het" and a singular noun that
    takes it; after either, at most a phrase that opens with a preposition and has no finite verb, and
    none where the sentence has a phrase of its own right after the span."""
    article, rest = words[0], words[1:]
    if article not in {"de", "het"} or not rest or any(map(finite_form, rest)) or (
            set(rest) & (CLAUSE_OPENERS | DETERMINERS) - PREPOSITIONS):
        return False
    verb = next((index for index, word in enumerate(rest) if verb_like(word)), None)
    if article == "het" and verb is not None and all(  # "het buiten gebruik zetten": a phrase before the verb
            word in PREPOSITIONS or adjective_base(word) is not None or index and rest[index - 1] in PREPOSITIONS
            for index, word in enumerate(rest[:verb])):
        tail = rest[verb + 1 :]
    else:
        head = head_noun(rest)
        if head is None or plural_already(rest[head]) or gender(rest[head]) != article or rest[head] in TWO_GENDERS:
            return False
        tail = rest[head + 1 :]
    after = token_after(span)
    # "het geven van vergunningen van de stad" would mix two phrases
    return not tail or tail[0] in PREPOSITIONS and (after is None or after.pos_ != "ADP")
