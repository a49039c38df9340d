"""A lexicon alternative in the form of the word it replaces.

The lexicon writes terms and alternatives as lemmas ("verzoeken: [vragen]").
The letter has "verzocht", "verzochten", "verzoekt u": the replacement must be
"gevraagd", "vroegen", "vraagt u", or the sentence breaks. `fit` inflects the
alternative like the found word, and only when the term itself, inflected the
same way, gives back the found word; otherwise it returns None and the caller
keeps the base form as advice.

A one-word term found in its base form may also get a phrase ("herroepbaar" -> "in te trekken")
where the phrase fits as it is (`_fit_phrase`).

A term with a gap ("dienen … te") is rewritten over its whole span: "dient u
het formulier terug te sturen" with "moeten" becomes "moet u het formulier
terugsturen".
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.passive import HEBBEN_FORMS, PARTICIPLE_FORM, PERFECT_FORMS, WORDEN_FORMS
from helder.nlp.lookup import is_known, lookup_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.structure import (ADVERBIAL_PREPOSITIONS, ADVERBS_IN_EN, DETERMINERS, MODALS, PREPOSITIONS,
                                  SUBORDINATORS)

VERBAL = frozenset({"VERB", "AUX"})
# Subject pronouns and the person they give the verb.
SUBJECT_PERSON = {"ik": "1sg", "jij": "2sg", "je": "2sg", "u": "u", "wij": "pl", "we": "pl", "jullie": "pl", "zij": None,
                  "ze": None}


OMIT = "weglaten"  # an alternative that says: leave the term out ("3 maart jl.")


def is_instruction(alternative: str) -> bool:
    """ "weglaten", or a frame for the writer to fill in ("als ... niet komt"): advice, never a swap
    (deleting the span would leave its spaces behind; the frame's dots would stand in the letter)."""
    return alternative == OMIT or "..." in alternative or "…" in alternative


def fit(alternative: str, term: str, span: Span) -> str | None:
    """`alternative` inflected like the term's occurrence in `span`, or None when that is not sure."""
    if is_instruction(alternative):
        return None
    reflexive = "zich" in alternative.split()
    if "zich" not in term.split() and (reflexive or _verb_term(term, span)):
        pronoun = _own_reflexive(span) is not None
        if reflexive and not pronoun or pronoun and not (reflexive or _reflexive_verb(alternative)):
            return None  # "wij kunnen niet plooien" has no pronoun for "zich aanpassen"; not "ons overleggen met"
        alternative = " ".join(word for word in alternative.split() if word != "zich")
    fitted = _fit(alternative, term, span)
    if fitted is None or _wrong_word_class(alternative, term, span) or (
            _preposition_left_behind(alternative, term, span)) or _doubles_a_neighbour(fitted, span) or (
            _comma_left_behind(fitted, term, span)) or _words_before_disagree(fitted, term, span):
        return None
    full_stop = _full_stop_taken(fitted, term, span)
    if full_stop is None:
        return None
    comma = _clause_before_main_clause(fitted, term, span) or _relative_clause_before_verb(fitted, span)
    return f"{fitted}." if full_stop else f"{fitted}," if comma else fitted


def fit_all(alternatives: Iterable[str], term: str, span: Span, following: Doc | None = None,
            taken: Iterable[Span] = ()) -> tuple[Span, list[str | None]]:
    """Each alternative fitted to the found words (`fit`), or, where only the other gender of its noun
    stands in the way, with the determiner and adjectives before the noun rewritten for it: "het
    recipiënt" -> "de container", "een nieuwe begroting" -> "een nieuw budget". Such a replacement
    covers the noun phrase from its determiner on, and then all the others do too ("het vat"): the
    span they replace comes first. `following` is the next sentence, whose pronouns may point back;
    `taken` are the spans of other terms in the sentence, which the phrase may not take in ("een kort
    geding" is a term of its own, no "een korte rechtszaak")."""
    alternatives = list(alternatives)
    fitted = [fit(alternative, term, span) for alternative in alternatives]
    phrase = None if all(fitted) else _switchable_noun_phrase(term, span, following)
    if phrase is not None and any(other.start < span.start and other.end > phrase.start for other in taken):
        phrase = None
    switched = [None if done or phrase is None else _with_switched_article(alternative, phrase, span)
                for alternative, done in zip(alternatives, fitted)]
    if phrase is None or not any(switched):
        return span, fitted
    lead = span.doc.text[phrase.start_char : span.start_char]
    return phrase, [switch or (lead + done if done else None) for switch, done in zip(switched, fitted)]


def _switchable_noun_phrase(term: str, span: Span, following: Doc | None) -> Span | None:
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
            _adjective_base(words[0]) is not None and not known_noun(words[0])) or _verb_like(words[0]) or (
            span.root != noun):
        # a plural or diminutive, a name ("Het Recipiënt"), a first word that is no head ("openbaar domein")
        return None
    if noun.pos_ not in {"NOUN", "PROPN"} and not _after_article(noun) or noun.dep_ in {"compound", "flat", "fixed"}:
        return None
    after = doc[span.end] if span.end < len(doc) else None
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
    base = _adjective_base(word) or (word[:-1] if word.endswith("nde") and is_known(word[:-1]) else None)
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
    return marked is not None and kind is not None and not _determiner_fits(token.lower_, kind)


def _with_switched_article(alternative: str, phrase: Span, span: Span) -> str | None:
    """The noun phrase `phrase` with the alternative for the term's words `span` and its determiner and
    adjectives in the forms the alternative's head noun asks, where that noun has the other gender:
    "Het recipiënt" -> "De container", "een groot recipiënt" -> "een grote container", "ons
    webportaal" -> "onze website". None for anything else: a plural ("de kosten"), a noun without
    "een" after one ("een goed nieuws"), no noun phrase."""
    words = alternative.split()
    lowered = [word.lower() for word in words]
    head = _head_noun(lowered)
    noun = lowered[head] if head is not None else ""
    verb_last = len(words) > 1 and _verb_word(lowered[-1]) and lowered[-2] not in DETERMINERS | PREPOSITIONS
    if len(words) > 1 and (lowered[0] in CLAUSE_OPENERS or verb_last or (
            any(_finite_form(word) for index, word in enumerate(lowered) if index != head))):
        return None  # a verb phrase or a clause: "weer aan het werk gaan" has no head noun "weer"
    wanted = gender(noun) if head is not None and not _plural_already(noun) and not _verb_like(noun) else None
    if wanted is None or wanted == gender(span[0].lower_) or noun in TWO_GENDERS or (
            _adjective_base(noun) is not None and not known_noun(noun)) or _misfit_tail(lowered[head + 1 :], span):
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
    replacement = "".join(written) + " ".join([*adjectives, *words[head:]])
    repeated = noun in {token.lower_ for token in span.doc[span.end : span.end + 3]}  # "de stad van de stad"
    return None if repeated or _doubles_a_neighbour(replacement, phrase) else replacement


def _misfit_tail(tail: list[str], span: Span) -> bool:
    """Whether the words after the alternative's head noun cannot follow it here: an adjective with
    no noun ("aantal nieuwe"), or a phrase with a preposition where the sentence has one of its own
    right after the span ("het verband tussen oorzaak en gevolg tussen de put en de val")."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if not tail:
        return False
    opening = tail[0] in PREPOSITIONS | {"om"} or _plural_already(tail[0]) or gender(tail[0]) is not None
    return not opening or after is not None and after.pos_ == "ADP" and bool(set(tail) & PREPOSITIONS)


def _same_case(original: str, word: str) -> str:
    """ `word` with a capital where the writer's word has one: "Het" -> "De"."""
    return word[:1].upper() + word[1:] if original[:1].isupper() else word


def _wrong_word_class(alternative: str, term: str, span: Span) -> bool:
    """ "niettegenstaande u had voldaan" -> "hoewel u", not "ondanks u"; "niettegenstaande uw
    herinnering" -> "ondanks", not "hoewel": for a one-word term, a conjunction goes where a clause
    follows, a preposition where a noun phrase does. Where helder cannot tell, the lexicon's word
    class stands (as for "aangaande", "overeenkomstig": prepositions only)."""
    conjunction = alternative in CONJUNCTIONS
    if " " in term or len(span) != 1 or not (conjunction or alternative in ADPOSITIONS):
        return False
    follows = _clause_follows(span)
    return follows is not None and follows != conjunction


# Words of one class only ("als", "sinds", "om", "tot", "voor" are both or neither; "toen", "wanneer" and
# "zolang" are adverbs too).
CONJUNCTIONS = SUBORDINATORS - {"als", "om", "sinds", "toen", "wanneer", "zolang"}
ADPOSITIONS = (PREPOSITIONS | ADVERBIAL_PREPOSITIONS) - {"om", "sinds", "te", "tot", "voor"}
CLAUSE_SUBJECTS = frozenset({*SUBJECT_PERSON, "hij", "men", "er"})  # pronouns that open a clause, not "het"


def _clause_follows(span: Span) -> bool | None:
    """Whether a clause follows the span rather than a noun phrase, up to the next punctuation,
    subordinating conjunction or relative pronoun. A noun phrase: one followed by a main clause's finite
    verb and its subject ("uw herinnering kreeg u", "deze periode wordt een busdienst ingelegd"), or one
    without a verb up to the punctuation. A clause: a subject pronoun and a verb ("u het bedrag had
    voldaan"), or, where the span opens the sentence or follows a comma, words whose only finite verb
    comes last ("de werken klaar zijn, is"; not "omdat uw klacht betreffende de overlast gegrond is").
    None where that is unsure ("het kruispunt deel uitmaakt van een gewestweg", "de man die ...")."""
    doc = span.doc
    stretch = []
    for token in doc[span.end : _sentence_end(span)]:
        if token.is_punct or token.pos_ == "SCONJ" or "Rel" in token.morph.get("PronType"):
            break
        stretch.append(token)
    if not stretch:
        return False
    following = doc[stretch[-1].i + 1] if stretch[-1].i + 1 < len(doc) else None

    def verbal(token: Token) -> bool:  # not "de oorspronkelijke akte", a noun tagged as a verb; "kapot was" is one
        return token.pos_ == "AUX" or token.pos_ == "VERB" and not (
            known_noun(token.lower_) and doc[token.i - 1].pos_ in {"DET", "ADJ"})

    verbs = [token for token in stretch if verbal(token)]
    if verbs and stretch[0].lower_ in CLAUSE_SUBJECTS:
        return True
    index = 0
    while index < len(stretch) and (stretch[index].lower_ in NOUN_PHRASE_OPENERS or stretch[index].pos_ in {
            "DET", "ADJ", "NUM", "NOUN", "PROPN"} or index and (
                stretch[index].morph.get("VerbForm") == ["Part"] or not verbal(stretch[index]))):
        index += 1  # "het voorgaande": a participle after a determiner is an adjective or noun
    if 0 < index < len(stretch) - 1 and verbal(stretch[index]) and _finite(stretch[index]) and (
            stretch[index + 1].lower_ in CLAUSE_SUBJECTS | NOUN_PHRASE_OPENERS):
        return False
    if index and not verbs and (following is None or following.is_punct):
        return False  # "uw betaling van 12 juli."
    last_verbs = list(itertools.takewhile(verbal, reversed(stretch)))
    finite = [token for token in verbs if token.morph.get("VerbForm") == ["Fin"]]
    opens = span.start == _sentence_start(span) or doc[span.start - 1].text == ","  # not "hetwelk wegens ..."
    if opens and finite and set(finite) <= set(last_verbs) and (following is None or following.is_punct):
        return True
    return None


def _preposition_left_behind(alternative: str, term: str, span: Span) -> bool:
    """ "een controle uitvoeren van uw meter" -> not "controleren van uw meter", "kennisnemen van uw
    brief" -> not "lezen van uw brief": the "van" after a verb made of a noun belongs to that noun. A
    verb without a noun of its own takes that phrase as its object, without "van" and in another
    place ("uw meter controleren"): the writer rebuilds the clause. A verb's own "van" may suit its
    alternative ("u ontheffen van" -> "u vrijstellen van")."""
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    return following is not None and following.lower_ == "van" and _nominal_frame(term) and (
        _head_kind(alternative.lower().split()) == "infinitive")


def _nominal_frame(term: str) -> bool:
    """A verb with a noun that carries its meaning: "een controle uitvoeren", "overgaan tot betaling",
    "kennisnemen" ("kennis" + "nemen")."""
    words = term.split()
    if not _verbal_term(term):
        return False
    if len(words) == 1:
        words = list(inflect.split_separable(words[0]) or words)
    return any(gender(word) is not None and not _infinitive(word) for word in words)


def _full_stop_taken(replacement: str, term: str, span: Span) -> bool | None:
    """ "Wij bellen u t.z.t." -> "Wij bellen u later.": an abbreviation that closes its sentence holds
    the sentence's full stop, which its replacement must give back. A sentence ends where the letter,
    its line or its capitalised next word says so; a polite capital ("U", "Uw") leaves that unsure
    (None). A preposition ends no sentence ("i.s.m. De Lijn" -> "samen met De Lijn"), nor does an
    abbreviation after a comma, which opens what follows ("het basistarief, i.e. 25 euro")."""
    doc = span.doc
    if not (term.endswith(".") and span.text.endswith(".")) or replacement.endswith(".") or (
            replacement.lower().split()[-1] in PREPOSITIONS) or span.start and doc[span.start - 1].text == ",":
        return False
    following = doc[span.end] if span.end < len(doc) else None
    if following is None or "\n" in doc[span.end - 1].whitespace_ + following.text:
        return True
    if not following.text[:1].isupper():
        return False
    return None if following.lower_ in {"u", "uw"} else True


def _relative_clause_before_verb(replacement: str, span: Span) -> bool:
    """ "De sanctionerend ambtenaar bekijkt" -> "De ambtenaar die over de boete beslist, bekijkt": a
    clause the replacement brings ends in a comma where a verb follows. "wat" opens none here: "koste
    wat het kost vermijden"."""
    words = replacement.lower().split()
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (after is not None and after.pos_ in VERBAL and len(words) > 2 and _finite_form(words[-1])
            and any(word in CLAUSE_LINKS or word.startswith("waar") for word in words[1:-1]))


CLAUSE_LINKS = frozenset({"die", "dat", "wie"})  # words that open a relative or "dat" clause inside a phrase


def _clause_before_main_clause(replacement: str, term: str, span: Span) -> bool:
    """ "Zo nodig komt een medewerker langs" -> "Als het nodig is, komt": a clause that the
    replacement puts at the head of the sentence ends in a comma before the main clause. A term that
    ends in a clause's opener ("overwegende dat") leaves its clause to the sentence."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    return (span.start == _sentence_start(span) and after is not None and not after.is_punct
            and _whole_clause(replacement) and term.split()[-1] not in CLAUSE_OPENERS)


def _comma_left_behind(replacement: str, term: str, span: Span) -> bool:
    """ "Wat ons aangaat, is het dossier afgesloten" -> not "Voor ons, is": a clause at the head of
    the sentence leaves its comma, which a phrase in its place cannot keep."""
    doc = span.doc
    return (span.start == _sentence_start(span) and span.end < len(doc) and doc[span.end].text == ","
            and _whole_clause(term) and not _whole_clause(replacement))


def _sentence_start(span: Span) -> int:
    """Where the span's sentence starts; a salutation or closing is only tokenised, one sentence."""
    return span.sent.start if span.doc.has_annotation("SENT_START") else 0


def _sentence_end(span: Span) -> int:
    """Where the span's sentence ends (see `_sentence_start`)."""
    return span.sent.end if span.doc.has_annotation("SENT_START") else len(span.doc)


def _whole_clause(text: str) -> bool:
    """A conjunction or question word with a subject and a finite verb after it: "als het nodig is",
    "wat ons aangaat"; not "als laatste stap" ("stap" looks like a verb form)."""
    words = text.lower().split()
    plural_verb = words[1:2] in (["wij"], ["we"], ["jullie"], ["zij"], ["ze"]) and _infinitive(words[-1])
    return (words[0] in CLAUSE_OPENERS and len(words) > 2 and words[1] in CLAUSE_SUBJECT_STARTS
            and (plural_verb or any(map(_finite_form, words[2:]))))  # "als wij ons niet vergissen"


# Words a clause's subject may start with, right after its conjunction: "als het ...", "toen wij ...".
CLAUSE_SUBJECT_STARTS = frozenset({*SUBJECT_PERSON, "ons", "het", "dat", "dit", "er", "hij", "men", *DETERMINERS})


def _own_reflexive(span: Span) -> Token | None:
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
        if _after_te(span[0]) and objects:
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

    start = next((token.i + 1 for token in reversed(doc[_sentence_start(span) : span.start]) if edge(token)),
                 _sentence_start(span))
    end = next((token.i for token in doc[span.end : _sentence_end(span)] if edge(token)), _sentence_end(span))
    return start, end


AUXILIARIES = MODALS | {"hebben", "zijn", "worden"}  # their reflexive pronoun is the verb's after them


def _reflexive_verb(alternative: str) -> bool:
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


# The reflexive pronouns of the subject pronouns ("wij ... ons", "u ... u"); "zich" goes with any subject.
SUBJECT_REFLEXIVES = {"ik": {"me", "mij"}, "jij": {"je"}, "je": {"je"}, "wij": {"ons"}, "we": {"ons"}, "u": {"u"},
                      "jullie": {"je"}}
REFLEXIVE_PRONOUNS = frozenset({"zich", *(word for words in SUBJECT_REFLEXIVES.values() for word in words)})


def _doubles_a_neighbour(replacement: str, span: Span) -> bool:
    """ "letten op op", "wilt u u": a replacement that repeats the word beside it has taken a word the
    sentence already has."""
    doc = span.doc
    words = replacement.lower().split()
    before = doc[span.start - 1].lower_ if span.start else None
    after = doc[span.end].lower_ if span.end < len(doc) else None
    return bool(words) and (words[0] == before or words[-1] == after)


def _fit(alternative: str, term: str, span: Span) -> str | None:
    if len(span) == 1:
        return _fit_word(alternative, term, span[0])
    if "…" in term:
        return _fit_gapped(alternative, term, span)
    if _verb_first(term.split()) and _bare_participle(span[0]) and _infinitive(alternative.split()[0]):
        return None  # "het startbedrag, voorzien in artikel 20" is no "zorgen voor": it describes, no action
    if span.text.lower().split() == term.split() or _plural_after_a_preposition(term, span):
        refused = _clause_out_of_place(alternative, term, span) or _object_after_verb(alternative, term, span) or (
            _determiner_left_behind(alternative, term, span)) or _after_a_noun(alternative, term, span) or (
            alternative in SUBJECT_PERSON and _changes_subject(alternative, span.root)) or (  # not "ik heeft"
            _quantity_for_a_singular_subject(alternative, span)) or _modal_before_te(alternative, span)
        if refused:
            return None
        auxiliary = _double_infinitive_after(term, span)
        if auxiliary:
            return _as_participle(alternative, auxiliary)
        last = term.split()[-1]
        if _infinitive(last) and _participle_of(last) == last and _participle_by_context(span[-1]):
            # "heeft een wijziging ondergaan" is a participle: "is veranderd" needs another auxiliary;
            # "in dank ontvangen" -> "ontvangen" has the same shape
            return alternative if _participle_of(alternative) == alternative else None
        if " " in alternative:
            return _with_agreeing_adjectives(alternative, term, span)
        *before, last = term.split()
        attribute = _adjective_base(alternative) not in {None, alternative} or last.endswith("nde") and (
            before[-1:] != [] and before[-1] not in DETERMINERS and _noun_following(span) is not None)
        # "alle ter zake doende documenten" -> "alle belangrijke documenten"; "het voorgaande" is a noun
        return _agreeing(alternative, span, term) if attribute else (
            alternative)  # the lexicon's "speciale" is an attribute; "uiterlijk" for "ten laatste" may be none
    return _fit_expression(alternative, term, span)


def _modal_before_te(alternative: str, span: Span) -> bool:
    """ "Het is u toegelaten uw wagen ... te zetten" -> not "U mag uw wagen ... te zetten": a modal takes
    its infinitive without "te", and the "te" stays behind in the sentence."""
    if not any(word in MODALS or lookup_lemma(word) in MODALS for word in alternative.lower().split()):
        return False
    return any(token.lower_ == "te" for token in span.doc[span.end : span.sent.end])


def _quantity_for_a_singular_subject(alternative: str, span: Span) -> bool:
    """ "Een gering aantal bewoners kreeg" -> not "Weinig bewoners kreeg": where a quantity word takes
    the place of the subject's noun ("aantal"), the plural noun after it becomes the subject, and the
    singular verb would have to change with it."""
    root = span.root
    doc = span.doc
    following = doc[span.end] if span.end < len(doc) else None
    if not root.dep_.startswith("nsubj") or root.morph.get("Number") == ["Plur"] or following is None or (
            following.morph.get("Number") != ["Plur"]) or _head_kind(alternative.lower().split()) in NOUN_KINDS:
        return False
    verbs = [root.head, *(child for child in root.head.children if child.dep_ in {"aux", "aux:pass", "cop"})]
    return any(verb.morph.get("Number") == ["Sing"] and _finite(verb) for verb in verbs)


def _plural_after_a_preposition(term: str, span: Span) -> bool:
    """ "zonder opgave van redenen" for the term "zonder opgave van reden": a noun after a preposition
    inside the phrase is no head of it, so its number does not change the alternative ("zonder uitleg")."""
    words, term_words = span.text.lower().split(), term.split()
    if len(words) != len(term_words) or len(words) != len(span):
        return False
    differing = [index for index, (word, term_word) in enumerate(zip(words, term_words)) if word != term_word]
    if len(differing) != 1 or differing[0] == 0:
        return False
    index = differing[0]
    noun = term_words[index]
    token = span[index]
    plural = "Plur" in token.morph.get("Number") or words[index] in {inflect.plural(noun), f"{noun}en", f"{noun}s"}
    return term_words[index - 1] in PREPOSITIONS and token.lemma_.lower() == noun and plural


def _double_infinitive_after(term: str, span: Span) -> str | None:
    """ "U hebt niet doen blijken": a verb with an infinitive of its own, right after a perfect
    auxiliary, stands for its participle. That auxiliary's verb ("hebben", "zijn"), else None."""
    words = term.split()
    if len(words) < 2 or not (_infinitive(words[0]) and _infinitive(words[-1])):
        return None
    doc = span.doc
    previous = next((token for token in reversed(doc[_sentence_start(span) : span.start]) if token.pos_ in VERBAL),
                    None)
    if previous is None or previous.lower_ not in PERFECT_FORMS:
        return None
    return "hebben" if previous.lower_ in HEBBEN_FORMS else "zijn"


def _as_participle(alternative: str, auxiliary: str) -> str | None:
    """The alternative with its verb as participle ("tonen" -> "getoond"), where it takes the same
    perfect auxiliary; None otherwise. One word needs only be an infinitive ("tonen" is also a plural)."""
    one_verb = (alternative, [], []) if _infinitive(alternative) else None
    parts = _alternative_parts(alternative) if " " in alternative else one_verb
    if parts is None:
        return None
    verb, before, after = parts
    try:
        if inflect.perfect_auxiliary(verb) != auxiliary:
            return None
        return " ".join([*before, inflect.past_participle(verb), *after])
    except ValueError:  # a verb without that form
        return None


def _after_a_noun(alternative: str, term: str, span: Span) -> bool:
    """ "een conditio sine qua non" -> not "een conditio absolute voorwaarde": a term of more words
    right after "een" and a noun is that noun's modifier, and a noun phrase in its place would stand
    beside it ("de dienst straatreiniging", "twee uur hulp" are fine)."""
    before = span.doc[span.start - 1] if span.start else None
    if _own_phrase(term) or _verbal_term(term):
        return False  # "de plannen in drievoud" -> "drie keer": a phrase for a phrase, no noun beside a noun
    indefinite = before is not None and before.i > 0 and span.doc[before.i - 1].lower_ in {"een", "geen"}
    return indefinite and before.pos_ == "NOUN" and _head_kind(alternative.lower().split()) in NOUN_KINDS


def _determiner_left_behind(alternative: str, term: str, span: Span) -> bool:
    """ "geen gevolg geven aan" -> not "geen ingaan op", "uw handtekening plaatsen" -> not "uw
    tekenen", "een nieuwe poging ondernemen" -> not "een nieuwe proberen", "geen overtreding begaan"
    -> not "geen een regel overtreden", "geen enkele handeling stellen" -> not "geen enkele iets doen":
    the term's noun leaves its article, possessive or adjectives before the span, and only a noun of
    the alternative that agrees with them can take them over ("geen enkele stap zetten")."""
    before = span.doc[span.start - 1] if span.start else None
    words = alternative.lower().split()
    determiner = before is not None and (before.pos_ == "DET" or "Yes" in before.morph.get("Poss"))
    if determiner and span.start <= before.head.i < span.end and words[0] in inflect.verb_lemma(words[0]):
        return True
    if not _noun_then_verb(term.split()) or term.split()[0] in NOUN_PHRASE_OPENERS:
        return False  # "morgen een telefoontje plegen": the term has its own determiner
    opener, adjectives = _noun_phrase_before(span)
    if opener is None and not adjectives:
        return False
    kind = None if words[0] in DETERMINERS | QUANTIFIERS else _head_kind(words)
    word = opener.lower_ if opener is not None else None
    return kind not in NOUN_KINDS or _disagree_with(kind, word, adjectives)


def _noun_then_verb(words: list[str]) -> bool:
    """ "poging ondernemen", "gevolg geven aan": a noun and its verb, perhaps with a preposition after it."""
    core = list(words)
    while len(core) > 2 and core[-1] in PREPOSITIONS:
        core.pop()
    return len(core) >= 2 and _infinitive(core[-1]) and not _verb_first(words) and not _own_phrase(" ".join(words))


def _object_after_verb(alternative: str, term: str, span: Span) -> bool:
    """A verb for a verb and its preposition, with the preposition's object after it: "zullen afzien
    van de boete" -> not "zullen opgeven de boete". The object becomes the verb's and goes before it
    ("zullen de boete opgeven"): the writer moves it. An alternative that keeps a preposition
    ("letten op") may stand there."""
    words = alternative.lower().split()
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if any(token.pos_ in VERBAL and _main_clause(token) and not any(
            other.pos_ in VERBAL for other in doc[token.sent.start : token.i]) for token in span):
        return False  # a main clause's first verb is finite and comes before its object: "wij hebben het attest"
    return (term.split()[-1] in PREPOSITIONS and words[-1] not in PREPOSITIONS
            and words[-1] in inflect.verb_lemma(words[-1]) and after is not None and after.pos_ in _PHRASE_STARTS)


_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})  # the words a noun phrase opens with


def _bare_participle(token: Token) -> bool:
    """A participle without auxiliary or subject: it describes ("voorzien in artikel 20"). The shape
    must agree: the tagger also calls "strekt" a participle."""
    return (token.morph.get("VerbForm") == ["Part"] and PARTICIPLE_FORM.match(token.lower_) is not None
            and not any(child.dep_ in {"aux", "aux:pass", "cop"} or child.dep_.startswith("nsubj")
                        for child in token.children))


def _clause_out_of_place(alternative: str, term: str, span: Span) -> bool:
    """An alternative that opens a clause where no clause can stand: after a preposition ("te wijten
    aan het feit dat" -> "aan dat"), as a bare conjunction for a phrase that ends in a preposition
    ("onder voorbehoud van beschikbaarheid" -> "als beschikbaarheid"), or inside a clause ("wordt ter
    kennisgeving overgemaakt" -> "wordt zodat u het weet overgemaakt"). A clause for a clause ("het is
    noodzakelijk dat" -> "het is nodig dat") and "als" before a noun ("ter bevestiging" -> "als
    bevestiging", "zo groot als") are fine."""
    words = alternative.lower().split()
    openers = CLAUSE_OPENERS & {words[0]} | {"dat"} & set(words)  # "dat" anywhere: "op voorwaarde dat"
    if not openers:
        return False  # "op een of andere manier", "koste wat het kost": no clause
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "ADP" and before.dep_ != "compound:prt" and openers - QUESTION_WORDS:
        return True  # "aan dat" cannot stand; "over hoe", "volgens wat" can
    if CLAUSE_OPENERS & set(term.split()) or (openers == {"als"} and not any(map(_finite_form, words))):
        return False
    if len(words) == 1:
        return term.split()[-1] in PREPOSITIONS
    after = doc[span.end] if span.end < len(doc) else None
    at_edge = before is None or before.is_sent_start and span.start == before.i or before.text == "," or (
        span[0].is_sent_start) or after is None or after.is_punct
    return not at_edge


def _fit_word(alternative: str, term: str, token: Token) -> str | None:
    if " " in term:
        return None
    found = token.lower_
    if _found_plural(term, _word(token)) and token.pos_ == "NOUN" and (
            gender(term) or _head_noun(alternative.lower().split()) is not None):
        return _plural_of(alternative, token)  # a noun's plural; "vereisten" is no plural of "vereist"
    if found == term and _split_here(alternative, token):
        return None
    if " " in alternative:
        return _fit_phrase(alternative, term, token)
    # A term that is no infinitive is no verb, whatever the tagger says ("adequaat heeft gereageerd").
    verbal = (token.pos_ in VERBAL or bool(token.morph.get("VerbForm"))) and not _after_article(token) and (
        term.endswith("n")) and not _participle_term(term)
    if _reflexive(token) and not _placed_reflexive(term, token) or _changes_subject(alternative, token):
        return None  # "uw dossier bevindt zich" -> "is zich": a pronoun `fit` has not placed would stay
    if found == term and _attributive(token):  # whatever the tagger calls it: "malafide" as a verb
        if _noun_only(alternative):
            return None  # a noun the tagger took for an adjective: "het areaal grasland" -> not "het oppervlakte"
        return _agreeing(alternative, _word(token), term) if _fits_determiners(alternative, term, token) else None
    if verbal and token.pos_ not in {"NOUN", "PROPN"}:
        if found == term and not (_finite(token) and _main_clause(token)) and not (
                _participle(token) and _infinitive(term)):  # "voorbehouden": an infinitive, here a participle
            return alternative
        return _fit_verb(alternative, term, token)
    if found == term:
        if not _fits_determiners(alternative, term, token) or _after_its_noun(alternative, token) or (
                token.pos_ == "NOUN" and _needs_an_article(alternative, token)):
            return None
        return _agreeing(alternative, _word(token), term)
    if found == inflect.attributive(term):  # "nadere informatie" -> "verdere", not "vake" for "frequente"
        return inflect.attributive(alternative) if inflect.has_attributive(alternative) else None
    if found == inflect.diminutive(term):
        return inflect.diminutive(alternative)
    return None


def _verb_term(term: str, span: Span) -> bool:
    """A verb or a verb and its preposition, also where the tagger reads no verb ("wij zullen ons verstaan
    met"); not a word the tagger reads as an adjective, adverb or conjunction that only looks like an
    infinitive ("ons onverdroten inzetten", "indien")."""
    words = term.split()
    return _verb_first(words) or _verbal_term(term) and span[-1].pos_ not in FUNCTION_TAGS | {"ADJ"}


def _placed_reflexive(term: str, token: Token) -> bool:
    """Whether `fit` has matched the verb's reflexive pronoun with the alternative, and no
    prepositional object follows whose preposition the alternative may not take ("heeft zich
    gecommitteerd aan" -> not "heeft zich ingezet aan")."""
    doc = token.doc
    pronoun = _own_reflexive(_word(token))
    if not _verb_term(term, _word(token)) or pronoun is None:
        return False
    index = token.i + 1 + (pronoun.i == token.i + 1)
    return index >= len(doc) or doc[index].pos_ != "ADP" or doc[index].dep_ == "compound:prt"


def _participle_term(term: str) -> bool:
    """ "overeengekomen", "geraden": a term that is a participle, no infinitive; its alternatives are
    participles or adjectives as they stand ("afgesproken", not a verb to inflect into "afgesprookt")."""
    lemma = inflect.verb_lemma(term)[:1]
    return lemma != [term] and bool(lemma) and _participle_of(lemma[0]) == term


def _split_here(alternative: str, token: Token) -> bool:
    """ "De wachten patrouilleren vanaf nu" -> not "De wachten rondlopen": an infinitive's form is also
    a finite plural, and a separable verb or a verb phrase cannot take a finite verb's place as it is
    ("lopen ... rond"). It stays whole where the clause ends in its verbs, or as a noun."""
    words = alternative.lower().split()
    verb = inflect.split_separable(words[0]) if len(words) == 1 else _verb_word(words[-1]) and "te" not in words
    return bool(verb) and _verb_like(token.lower_) and not _stays_whole(token)


def _stays_whole(token: Token) -> bool:
    """Whether a verb stands where its clause keeps its verbs together at the end: after a finite verb
    or a word that opens a subordinate clause, over no comma or conjunction ("zal ... patrouilleren",
    "dat zij patrouilleren"), not after "te" ("rond te lopen"); or after an article, as a noun."""
    doc = token.doc
    if _after_article(token):
        return True
    if token.i and doc[token.i - 1].lower_ == "te":
        return False
    for other in reversed(doc[_sentence_start(_word(token)) : token.i]):
        if other.text == "," or other.pos_ == "CCONJ":
            return False
        if other.pos_ == "SCONJ" or "Rel" in other.morph.get("PronType") or other.pos_ in VERBAL and _finite(other):
            return True
    return False


def _plural_of(alternative: str, token: Token) -> str | None:
    """The alternative for the plural noun `token`: a plural as it is ("kosten"), else with its head
    noun's known plural ("nadeel" -> "nadelen", not "nadeels"; "praktische regel" -> "praktische
    regels"); None where that noun has no plural ("verkeer", "drukte"), the phrase has no head noun up
    front, or its adjectives would follow the sentence's ("gerechtelijke eerdere veroordelingen")."""
    words = alternative.split()
    head = _head_noun([word.lower() for word in words])
    if head is None or head and token.i and token.doc[token.i - 1].pos_ == "ADJ":
        return None
    noun = words[head].lower()
    plural = noun if _plural_already(noun) else inflect.attested_plural(noun)
    return None if plural is None else " ".join([*_with_endings(words[:head]), plural, *words[head + 1 :]])


def _head_noun(words: list[str]) -> int | None:
    """Where a noun phrase's head noun stands: after adjectives ("praktische regel", "vast patroon"), before
    any preposition ("manier van betalen"); None for a phrase that opens otherwise ("een", a verb), a
    second noun beside it ("kind of kleinkind": both would need the plural) or a clause that agrees
    with it ("familielid dat moet bijdragen")."""
    if set(words) & (CLAUSE_OPENERS | RELATIVE_PRONOUNS) or any(word.startswith("waar") for word in words):
        return None
    for index, word in enumerate(words):
        if word in DETERMINERS or word in PREPOSITIONS:
            return None  # "vertegenwoordigd door": "door" is no noun here
        if _plural_already(word) or gender(word) is not None:
            following = next((other for other in words[index + 1 :] if other in PREPOSITIONS | COORDINATORS), None)
            return None if following in COORDINATORS else index
        if not word.endswith("e") and _adjective_base(word) is None:
            return None
    return None


def _head_kind(words: list[str]) -> str | None:
    """What the words before a noun phrase must suit: its head noun's article ("de", "het"), "plural"
    ("aparte buizen") or, for a verb ("bewaren", "genoeg drinken"), "infinitive" ("het bewaren");
    None where helder cannot tell."""
    head = _head_noun(words)
    before = words[: next((index for index, word in enumerate(words) if word in PREPOSITIONS), len(words))]
    noun = words[head] if head is not None else next(  # else the first noun of the phrase: "straat en stoep"
        (word for word in before if _plural_already(word) or gender(word) is not None), None)
    if noun is not None:
        return "plural" if _plural_already(noun) else gender(noun)
    return "infinitive" if before and _verb_like(before[-1]) else None


NOUN_KINDS = frozenset({"de", "het", "plural"})


def _verb_like(word: str) -> bool:
    """An infinitive by its shape and its lemma, rare verbs too ("finaliseren"), no noun plural
    ("tienerjaren", "mensen"); `_infinitive` is the stricter test."""
    return word.endswith("n") and word not in ADVERBS_IN_EN and lookup_lemma(word) == word and (
        word in inflect.verb_lemma(word))


def _adjective_base(word: str) -> str | None:
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
    if word.endswith("e") and any(_participle_of(verb) == participle for verb in inflect.verb_lemma(participle)[:1]):
        return participle
    return None  # "voldoende", "die", "zie"


def _participle_of(verb: str) -> str | None:
    try:
        return inflect.past_participle(verb)
    except ValueError:  # a verb without one
        return None


def _words_before_disagree(replacement: str, term: str, span: Span) -> bool:
    """Whether the determiner and adjectives before the span, which the swap leaves as they are, cannot
    go with the replacement's head noun: "het beroepsorgaan" -> not "het beroepscommissie", "ons
    webportaal" -> not "ons website", "geen enkele adstructie" -> not "geen enkele bewijs", "een
    nieuw paradigma" -> not "een nieuw denkwijze", "een gescheiden stelsel" -> not "een aparte buizen",
    "de bewaring" -> not "de bewaren". Read from the words, not the tags: the tagger often takes a rare
    noun for a verb or an adjective. A verb for a verb, and an attribute before its noun, are left to
    the other checks."""
    found_plural = _found_plural(term, span)
    kind = "plural" if found_plural else _head_kind(replacement.lower().split())
    if kind is None or _verbal_term(term) or _own_phrase(term) or _before_a_noun(span):
        return False
    determiner, adjectives = _noun_phrase_before(span)
    word = determiner.lower_ if determiner is not None and _determines(determiner, term) else None
    if word in SINGULAR_DETERMINERS and _head_in(replacement.lower().split(), NO_INDEFINITE):
        return True  # "een gunstig bericht" -> not "een goed nieuws"
    # before the writer's plural, a bare word is an adverb ("uitsluitend zorgverstrekkers")
    return _disagree_with(kind, word, [] if found_plural else adjectives)


def _head_in(words: list[str], nouns: frozenset[str]) -> bool:
    head = _head_noun(words)
    return head is not None and words[head] in nouns


# Nouns that never take "een" ("een goed nieuws"), and nouns that need an article where the term went
# without one ("na beëindiging" -> not "na einde"; "na controle", "bij verkoop" are fine).
NO_INDEFINITE = frozenset({"nieuws", "geld", "informatie", "personeel", "afval", "verkeer", "vervoer", "gedrag"})
ARTICLE_NOUNS = frozenset({"begin", "einde", "eind", "start"})


def _needs_an_article(alternative: str, token: Token) -> bool:
    """ "Na beëindiging" -> not "Na einde", "bij aanvang" -> not "bij begin": a noun the writer put
    without article after a preposition, whose alternative cannot go without one."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i else None
    return previous is not None and previous.pos_ == "ADP" and alternative.lower() in ARTICLE_NOUNS and not any(
        child.dep_ in NOUN_MODIFIERS and child.i < token.i for child in token.children)


def _disagree_with(kind: str, determiner: str | None, adjectives: list[Token]) -> bool:
    """Whether a determiner and adjectives cannot go with a head of this kind ("de", "het", "plural",
    "infinitive"): "het" not before a "de" noun, "een nieuw" not before one either. After "de" or "uw"
    the ending says nothing of the gender ("uw persoonlijke leven")."""
    if determiner is not None and not _determiner_fits(determiner, kind):
        return True
    if determiner is not None and determiner not in UNINFLECTING_DETERMINERS:
        return False
    bare = kind in {"het", "infinitive"}
    return any((_adjective_base(adjective.lower_) == adjective.lower_) != bare
               for adjective in adjectives if _adjective_base(adjective.lower_) is not None)


def _found_plural(term: str, span: Span) -> bool:
    """The one-word term found as its plural ("werkzaamheden"): its replacement is a plural too."""
    found = span.text.lower()
    return len(span) == 1 and found != term and found == inflect.plural(term)


def _determiner_fits(word: str, kind: str) -> bool:
    """Whether a determiner goes with a head of this kind: "het" not with "de" nouns, plurals or
    "een" before an infinitive ("een bewaren"); "ons" not with "de" nouns."""
    marked = GENDER_MARKERS.get(word)
    if kind == "plural":
        return word not in SINGULAR_DETERMINERS and marked != "het"
    if kind == "infinitive":
        return word not in SINGULAR_DETERMINERS and marked in {None, "het"}
    return marked in {None, kind}


def _verbal_term(term: str) -> bool:
    """A verb or verbal expression ("herijken", "afzien van", "laten geworden", "in het oog houden"), no
    noun on "-en" ("examen", "kosten"): the words before it are no determiners of its replacement."""
    words = term.split()
    return any(_head_kind([word]) == "infinitive" for word in {words[0], words[-1]}) or _verb_first(words)


def _own_phrase(term: str) -> bool:
    """A term that opens with a preposition ("bij herhaling", "in drievoud") is a phrase of its own: the
    words before it are no determiner or adjectives of its replacement."""
    return term.split()[0] in PREPOSITIONS


def _before_a_noun(span: Span) -> bool:
    """The span is an attribute of the noun after it ("een ad hoc oplossing"): the words before belong
    to that noun."""
    return _noun_following(span) is not None


def _noun_following(span: Span) -> Token | None:
    """The noun the span stands before as an attribute, by the parse or, for a term of more words the
    tagger reads one by one ("ad hoc"), as the next word."""
    noun = _noun_after(span[-1])
    if noun is not None or len(span) == 1 or span.end >= len(span.doc):
        return noun
    following = span.doc[span.end]
    noun_like = following.pos_ in {"NOUN", "PROPN"} or known_noun(following.lower_) and following.pos_ != "VERB"
    if span[-1].head == following and span[-1].dep_ in {"amod", "acl"} and following.pos_ == "NOUN":
        return following  # "ter zake doende documenten", though "documenten" looks like an infinitive
    return following if noun_like and not _infinitive(following.lower_) else None


def _noun_phrase_before(span: Span) -> tuple[Token | None, list[Token]]:
    """The determiner (or None) and the adjectives before the span in its noun phrase: ("een",
    ["nieuw"]) for "een nieuw paradigma", (None, ["herhaald"]) for "bij herhaald schoolverzuim"."""
    doc = span.doc
    index = span.start - 1
    adjectives = []
    while index >= _sentence_start(span) and doc[index].pos_ in {"ADJ", "VERB"} and (
            span.start <= doc[index].head.i < span.end) and doc[index].lower_ not in NOUN_PHRASE_OPENERS and (
            gender(doc[index].lower_) is None or _adjective_base(doc[index].lower_)):  # not "de boete abusievelijk"
        adjectives.append(doc[index])
        index -= 1
    opener = doc[index] if index >= _sentence_start(span) and doc[index].lower_ in NOUN_PHRASE_OPENERS else None
    return opener, adjectives


def _determines(determiner: Token, term: str) -> bool:
    """Whether a word that can also be a pronoun ("het", "ons", "dat") is the term's determiner: not
    where the term has the other gender ("heeft voor ons prioriteit": "ons" is no determiner there,
    whatever the parser says)."""
    if determiner.pos_ in VERBAL:
        return False  # "zijn" the verb
    if determiner.lower_ not in PRONOUN_DETERMINERS:
        return True
    own = _head_kind(term.split())
    return own is None or own == "infinitive" or GENDER_MARKERS.get(determiner.lower_) in {None, own}


def _tagged_determiner(token: Token) -> bool:
    """A determiner by its tag, or a word that can be nothing else ("uw", "hetzelfde")."""
    return token.pos_ == "DET" or token.dep_ in {"det", "nmod:poss"} or token.lower_ not in PRONOUN_DETERMINERS


def _with_agreeing_adjectives(alternative: str, term: str, span: Span) -> str:
    """A noun phrase alternative whose adjectives take the ending its place asks. The lexicon writes
    them as after "een" or no determiner ("vast patroon", "laatste beroep"), which stays; "hetzelfde"
    asks for "vaste patroon", "haar" for "financiële verslag". A phrase that is no noun phrase stays as
    written, and so does one after a word that may be no determiner ("voor ons van groot belang")."""
    words = alternative.split()
    head = _head_noun([word.lower() for word in words])
    determiner, _ = _noun_phrase_before(span)
    if not head or _before_a_noun(span) or determiner is None or not _tagged_determiner(determiner) or (
            determiner.lower_ in UNINFLECTING_DETERMINERS) or _own_phrase(term):
        return alternative
    return " ".join([*_with_endings(words[:head]), *words[head:]])


def _with_endings(adjectives: list[str]) -> list[str]:
    """Adjectives in their form with -e ("verplicht" -> "verplichte"); degree words and words with one
    form as they are ("te lage", "zeer zware", "extra")."""
    return [word if word.lower() in DEGREE_WORDS | QUANTIFIERS or _adjective_base(word.lower()) is None
            else inflect.attributive(_adjective_base(word.lower())) for word in adjectives]


RELATIVE_PRONOUNS = frozenset({"die", "dat", "wat", "wie"})
COORDINATORS = frozenset({"en", "of", "en/of"})


def _article_of(noun: str) -> str | None:
    """The article a noun takes: "de" for a plural ("het juridisch kader" -> not "het regels")."""
    return "de" if _plural_already(noun) else gender(noun)


def _plural_already(word: str) -> bool:
    """ "kosten", "gegevens", "voorwaarden": a plural of the word the lemma table reads in it, and no
    noun of its own ("wagen" reads as "wagen" the verb, but is a noun itself)."""
    lemma = lookup_lemma(word)
    return lemma != word and word in {inflect.plural(lemma), f"{lemma}n", f"{lemma}s"} and gender(word) is None


def _noun_only(word: str) -> bool:
    """A noun that is no adjective: the gender table has it and it has no attributive form of its own
    ("contact", "oppervlakte"; not "publiek": "publieke")."""
    form = inflect.attributive(word)
    return known_noun(word) and (form == word or not is_known(form))


# After a definite determiner the phrase's head may take the other article ("het
# distributienettarief" -> "de kosten"); after any, the phrase must not bring its own ("een een").
DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})
CLAUSE_OPENERS = frozenset({
    "als", "dat", "doordat", "hoe", "indien", "nadat", "of", "omdat", "tenzij", "terwijl", "toen", "voordat", "waar",
    "wanneer", "wat", "wie", "zodat", "zodra", "zolang",
})
QUESTION_WORDS = frozenset({"hoe", "waar", "wanneer", "wat", "wie"})  # they may follow a preposition: "over hoe"
REFLEXIVES = frozenset({"zich", "zijn", "ons", "me", "mij", "je"})
QUANTIFIERS = frozenset({"genoeg", "weinig", "veel", "wat", "iets", "niets", "niks"})  # no noun after an article
DEGREE_WORDS = frozenset({"te", "zeer", "heel", "erg", "zo", "nogal", "vrij", "meer", "minder", "meest", "minst"})
NOUN_MODIFIERS = frozenset({"det", "amod", "nummod", "nmod:poss", "nmod"})
PRONOMINAL_ADVERBS = frozenset({"er", "daar", "hier"})
# Words before a noun whose form shows its gender: "het reglement", "deze regel", "ons plan", "elke week".
GENDER_WORDS = frozenset({"de", "het", "deze", "dit", "die", "dat", "ons", "onze", "elk", "elke", "ieder", "iedere",
                          "welk", "welke", "zulk", "zulke"})
# Before a singular "het" noun, an adjective after these (or after none) has no -e: "een groot huis".
UNINFLECTING_DETERMINERS = frozenset({"een", "geen", "elk", "ieder", "zo'n", "welk", "veel", "weinig", "enig",
                                      "enkel"})
SINGULAR_DETERMINERS = frozenset({"een", "elk", "elke", "ieder", "iedere", "zo'n"})  # never before a plural
# Determiners that are never pronouns, whatever their tag ("ons", "zijn" and "het" can be: "voor ons verhelderd").
_ONLY_DETERMINERS = frozenset({"elk", "elke", "ieder", "iedere", "onze", "uw"})
# Determiners whose form says the gender of a singular noun ("ieder" also goes with "de": "ieder mens").
ARTICLE_GENDERS = {"de": "de", "deze": "de", "die": "de", "elke": "de", "iedere": "de", "welke": "de",
                   "het": "het", "dit": "het", "dat": "het", "elk": "het", "welk": "het"}
CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "acl"})
# The words before a singular noun whose form shows its gender, the articles' and more: "ons plan",
# "geen enkele regel", "hetzelfde stramien".
GENDER_MARKERS = {**ARTICLE_GENDERS, "ons": "het", "onze": "de", "enkel": "het", "enkele": "de", "hetzelfde": "het",
                  "dezelfde": "de"}
NOUN_PHRASE_OPENERS = DETERMINERS | GENDER_MARKERS.keys() | UNINFLECTING_DETERMINERS  # before a noun's adjectives
PRONOUN_DETERMINERS = frozenset({"het", "dat", "die", "deze", "dit", "ons", "zijn", "haar"})  # also pronouns
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


def _fit_phrase(alternative: str, term: str, token: Token) -> str | None:
    """A phrase in the place of a one-word term found in its base form, where the phrase can stand
    there as it is: an infinitive phrase without an object of its own for an infinitive ("wil het
    beleid herijken" -> "wil het beleid opnieuw bekijken"), a noun phrase for a noun after "een", a
    possessive or no article ("uw referentie-inkomen" -> "uw inkomen waarop wij ons baseren"), and a
    phrase for an adjective or adverb that does not stand before a noun ("is herroepbaar" -> "is in
    te trekken"). Elsewhere the phrase stays advice: the writer fits it in."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    words = alternative.lower().split()
    adverb = _adverb_by_position(token, term, words)
    if token.lower_ != term or (following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"} and not (
            _degree_of_a_predicate(token, words))):  # "lichtelijk ontstemd" -> "een beetje ontstemd"
        return None  # an inflected form, or a word before a noun ("minvermogende huurders", "het belendende pand")
    previous = doc[token.i - 1].lower_ if token.i else ""
    verb_phrase = _infinitive(words[-1]) and words[-2:-1] != ["te"]  # "niet willen"; not "op te eisen"
    if words[0] in PREPOSITIONS and "te" not in words and (_misfit_predicate(token) or (
            token.i and doc[token.i - 1].pos_ == "ADP")):
        return None  # "wordt met weinig verkeer", "kiest voor met hergebruik bouwen"; "is in te trekken" stands
    if (token.pos_ in VERBAL or token.morph.get("VerbForm")) and not _after_article(token):
        if _participle_of(term) == term and _participle(token):  # "zal worden herzien" -> "opnieuw bekeken"
            return _as_participle(alternative, inflect.perfect_auxiliary(term))
        modal = any(child.dep_ == "aux" and child.i < token.i for child in token.children)  # "moeten ... herhuisvesten"
        if not term.endswith("n") or (_finite(token) and not modal) or previous == "te" or not verb_phrase:
            return None  # "om te herhuisvesten" would need "om ... te geven"
        reflexive = any(child.dep_ == "expl:pv" or child.lower_ == "zich" for child in token.children)
        before = {word.lower_ for word in doc[max(0, token.i - 3) : token.i]}
        if reflexive or set(words[:-1]) & (DETERMINERS | REFLEXIVES) or before & set(words):
            return None  # "ons beijveren" -> "ons best doen"; an object of its own; "alle moeite" + "moeite doen"
        return alternative
    if (previous in NOUN_PHRASE_OPENERS or token.pos_ in {"NOUN", "PROPN"}) and not adverb:  # or an adjective as one
        if previous in DEFINITE or (previous in DETERMINERS and words[0] in DETERMINERS) or (
                token.i and doc[token.i - 1].pos_ == "ADJ"):
            return None  # the phrase's head may want the other article, or the adjective another ending
        if _infinitive(words[0]) or verb_phrase or words[0] in CLAUSE_OPENERS or any(map(_finite_form, words)):
            return None  # a verb phrase or a clause ("automatisch werken", "hoe het ervoor staat")
        opening = next((word for word in words if word not in DEGREE_WORDS), "")
        if _after_article(token) and opening in PREPOSITIONS | QUANTIFIERS:
            return None  # "een onderbemanning" -> not "een te weinig personeel"; "een te lage bloedsuiker" stands
        return _with_agreeing_adjectives(alternative, term, _word(token))
    if token.pos_ not in {"ADJ", "ADV"} and not adverb or previous in DEGREE_WORDS or verb_phrase or (
            words[-1] in PREPOSITIONS):
        return None  # "te reactief" -> "te pas achteraf"; "de schuld van" needs its noun
    if token.pos_ == "ADJ" and following is not None and following.pos_ == "ADP" and following.dep_ != "compound:prt":
        return None  # the adjective's own phrase follows: "verwijtbaar aan u"; not a particle: "laattijdig binnen"
    return alternative  # "is herroepbaar" -> "is in te trekken"


def _degree_of_a_predicate(token: Token, words: list[str]) -> bool:
    """ "waren lichtelijk ontstemd" -> "een beetje ontstemd", "is onevenredig hoog" -> "buiten verhouding
    hoog": an adverb before the adjective it modifies takes an adverbial phrase, where that adjective
    stands before no noun ("hoogwaardig openbaar vervoer") and the phrase is no adjective's ("te groot
    hoog"; "op het eerste gezicht hoog" stands)."""
    doc = token.doc
    adjective = doc[token.i + 1]
    after = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else None
    adjective_phrase = _adjective_base(words[-1]) is not None and not set(words) & DETERMINERS
    return adjective.pos_ == "ADJ" and token.head == adjective and token.dep_ == "advmod" and (
        after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"}) and not adjective_phrase


def _adverb_by_position(token: Token, term: str, words: list[str]) -> bool:
    """ "Primo is uw aanvraag" -> "Ten eerste is", "Sedertdien hebben wij" -> "Sinds dan hebben": a
    word alone before the finite verb at the head of its sentence, whose alternative is an adverbial
    phrase, is an adverb, whatever its tag (a subject would get a noun phrase: "Ondergetekende
    heeft"). So is a word at the head of a sentence without a verb, whose alternative brings one:
    "Ziedaar de reden" -> "Dat is de reden"."""
    doc = token.doc
    if token.i != _sentence_start(_word(token)) or known_noun(term):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ in VERBAL and _finite(following):
        return words[0] in PREPOSITIONS | {"ten", "ter"}
    return following is not None and not following.is_punct and not any(
        other.pos_ in VERBAL for other in doc[token.i : _sentence_end(_word(token))]) and any(map(_finite_form, words))


def _misfit_predicate(token: Token) -> bool:
    """ "De schoolstraat wordt verkeersluw" -> not "wordt met weinig verkeer": what a subject becomes is
    seldom a prepositional phrase ("is in fout", "waren met elkaar in tegenspraak" are fine)."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    copulas = [child for child in token.children if child.dep_ == "cop" and (
        child.i < token.i or token.i > token.sent.start)]  # not "Getalsmatig is het aantal ... gedaald"
    if token.i > 0 and doc[token.i - 1].lemma_ in COPULAS and (following is None or following.is_punct):
        copulas.append(doc[token.i - 1])
    return any(copula.lemma_ == "worden" for copula in copulas)


COPULAS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken"})


def _infinitive(word: str) -> bool:
    """Can be an infinitive ("geven", "gaan", also "kosten" and "gaten"; not "tegen"): beside a noun or
    the alternative's verb, doubt is a refusal."""
    return word.endswith("n") and word not in ADVERBS_IN_EN and inflect.verb_lemma(word)[:1] == [word]


def _finite_form(word: str) -> bool:
    """A finite verb form: the lookup table reads it as another word, one of its infinitives ("komt")."""
    lemma = lookup_lemma(word)
    return lemma != word and lemma in inflect.verb_lemma(word)


def _fit_verb(alternative: str, term: str, token: Token) -> str | None:
    """The verb alternative in the found form; a separable one only where it stays whole."""
    found_form = _found_form(term, token)
    if found_form is None:
        return None
    form_of, finite = found_form
    if finite and _main_clause(token) and inflect.split_separable(alternative):
        return None  # "wij retourneren het" -> "wij sturen het terug": the particle must move
    if _perfect(token) and inflect.perfect_auxiliary(term) != inflect.perfect_auxiliary(alternative):
        return None  # "wij zijn onze belofte nagekomen" -> "zijn ... gehouden"
    if alternative in INTRANSITIVE_VERBS and _passive(token):
        return None  # "werd onvolledig bevonden" -> not "werd onvolledig geweest"
    try:
        return form_of(alternative, False)
    except ValueError:  # a verb without that form
        return None


# Verbs without a passive: a copula or a verb of place or motion ("werd ... geweest", "werd ... gelegen").
INTRANSITIVE_VERBS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken", "liggen", "staan", "zitten", "gaan",
                                "komen"})


def _passive(token: Token) -> bool:
    """A participle after or with a form of "worden": "werd ... bevonden"."""
    return any(child.dep_ == "aux:pass" for child in token.children) or _after_an_auxiliary(token) and any(
        other.lower_ in WORDEN_FORMS for other in token.doc[_sentence_start(_word(token)) : token.i])


def _found_form(term: str, token: Token) -> tuple[Callable[[str, bool], str], bool] | None:
    """How `token` inflects the verb `term`: a function of (lemma, particle split off?), and whether
    the form is finite. None when no form of `term` gives the found word."""
    found = token.lower_
    person = _person(token) or "3sg"

    def inflected(lemma: str, split: bool) -> str:
        return inflect.inflected_participle(inflect.past_participle(lemma), lemma)

    forms: tuple[tuple[Callable[[str, bool], str], bool], ...] = (
        (lambda lemma, split: inflect.past_participle(lemma), False),
        (lambda lemma, split: lemma, False),
        (inflected, False),
        (lambda lemma, split: inflect.past(lemma, plural=False, separated=split), True),
        (lambda lemma, split: inflect.past(lemma, plural=True, separated=split), True),
        (lambda lemma, split: inflect.present(lemma, person, separated=split), True),
        (lambda lemma, split: inflect.present(lemma, "pl", separated=split), True),
    )
    if not _participle(token):
        forms = (forms[1], forms[0], *forms[2:])  # "voorbehouden": infinitive unless the parse says participle
    if token.morph.get("Tense") == ["Pres"]:
        forms = (*forms[:3], *forms[5:], *forms[3:5])  # "wij zetten": a present plural, also a past one
    matching = []
    for form_of, finite in forms:
        try:
            if form_of(term, False) == found:
                matching.append((form_of, finite))
        except ValueError:  # a verb without that form
            return None
    # "verklaarde" is a past tense and an inflected participle, "nemen" an infinitive and a plural: the
    # parse decides; a participle or infinitive has its auxiliary, though its subject may hang on it
    # ("de termijn is verstreken")
    finite = _finite(token) and not any(child.dep_ in ("aux", "aux:pass", "cop") for child in token.children)
    chosen = next((form for form in matching if form[1] == finite), None)
    if chosen is None and len(matching) == 1 and matching[0][0] is not inflected:
        return matching[0]  # one reading, the tag notwithstanding ("heeft ... medegedeeld" tagged finite)
    return chosen  # not an attributive form for a finite verb: "ontzegde" is no "geweigerde"


def _participle(token: Token) -> bool:
    return token.morph.get("VerbForm") == ["Part"] or _participle_by_context(token)


def _participle_by_context(token: Token) -> bool:
    """After its auxiliary ("heeft ... herzien") or before it ("herzien heeft"), whatever the tag; not
    after a modal that stands between ("had moeten herzien": an infinitive)."""
    return _after_an_auxiliary(token) or _perfect(token, auxiliary_after=True)


def _after_an_auxiliary(token: Token) -> bool:
    """ "zal worden herzien", "wij hebben het plan herzien": a participle that looks like an
    infinitive, which the tagger calls one; the clause's verb before it, over no conjunction or comma,
    is a perfect or passive auxiliary ("wij zullen het plan herzien", "te herzien" are infinitives)."""
    doc = token.doc
    if token.i and doc[token.i - 1].lower_ == "te":
        return False
    for other in reversed(doc[_sentence_start(_word(token)) : token.i]):
        if other.text == "," or other.pos_ in {"CCONJ", "SCONJ"}:
            return False
        if other.pos_ in VERBAL:
            return other.lower_ in PERFECT_FORMS | WORDEN_FORMS
    return False


def _perfect(token: Token, auxiliary_after: bool = False) -> bool:
    """A participle with its perfect auxiliary: "heeft ... voorbehouden", "zijn ... nagekomen"; with
    `auxiliary_after`, only one that follows it ("herzien heeft")."""
    return any(child.dep_ in {"aux", "cop"} and child.lower_ in PERFECT_FORMS
               and (child.i > token.i or not auxiliary_after) for child in token.children)


def _reflexive(token: Token) -> bool:
    return any(child.dep_ == "expl:pv" or child.lower_ == "zich" for child in token.children)


def _fits_determiners(alternative: str, term: str, token: Token) -> bool:
    """Whether a noun alternative fits the words before the noun: the same gender where an article,
    demonstrative or "ons"/"onze" shows it ("het reglement" -> not "het regel"; the article itself
    says it best, then the tagger, then the gender table), adjectives whose ending suits it, and
    no determiner of its own after one ("de voornoemde werken" -> not "de deze werken"). A word
    whose gender `gender()` does not know is taken for no noun."""
    noun = _noun_after(token) or token
    before = [child for child in noun.children if child.i < token.i]
    previous = token.doc[token.i - 1] if token.i else None
    if previous is not None and previous.lower_ in ARTICLE_GENDERS and previous not in before:
        before.append(previous)  # a determiner the parser hung elsewhere: "elk" as an adverb
    if alternative in DETERMINERS:
        return not any(child.dep_ in {"det", "nmod:poss"} for child in before) and not _after_article(token)
    if noun != token or (token.pos_ not in {"NOUN", "PROPN"} and not _after_article(token)):
        return True
    if _infinitive(term) and _infinitive(alternative):
        return True  # a verb for a verb, whatever the tagger says: "een nieuwe loods inplanten" -> "plaatsen"
    article = next((ARTICLE_GENDERS[child.lower_] for child in before if child.lower_ in ARTICLE_GENDERS), None)
    if not _adjectives_keep_their_form(alternative, article or gender(term), token) or (
            _plural_already(alternative) and any(child.lower_ in SINGULAR_DETERMINERS for child in before)):
        return False  # "een nieuw toetsingskader" -> not "een nieuw regels"
    marked = any(child.lower_ in GENDER_WORDS and (child.dep_ in {"det", "nmod:poss"} or child == previous)
                 for child in before)
    if not marked:
        return True
    found = article or {"Com": "de", "Neut": "het"}.get(next(iter(token.morph.get("Gender")), "")) or gender(term)
    wanted = _article_of(alternative)
    nominal_adjectives = term.endswith("e") and alternative.endswith("e")  # "het vorenstaande" -> "het voorgaande"
    if article == "het" and wanted is None and _adjective_base(alternative.lower()) is None and not (
            nominal_adjectives) and inflect.attested_plural(alternative.lower()) is not None:  # a noun, not "ook"
        return False  # most nouns take "de": "het recipiënt" -> not "het container", whose gender is unknown
    return found is None or wanted is None or wanted == found  # unknown: no noun, or a tagging slip ("frequent")


def _after_article(token: Token) -> bool:
    """A word right after an article or possessive is a noun, whatever its tag: "het rondschrijven"."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.lower_ in DETERMINERS and (
        before.pos_ == "DET" or before.lower_ in _ONLY_DETERMINERS)  # "elk" tagged PRON


def _after_its_noun(alternative: str, token: Token) -> bool:
    """ "uw brief van 3 maart jl." + "vorige": an attributive alternative cannot follow its noun."""
    previous = token.doc[token.i - 1] if token.i else None
    return (previous is not None and previous.pos_ in {"NOUN", "PROPN", "NUM"} and token.pos_ not in {"NOUN", "PROPN"}
            and alternative.endswith("e") and inflect.attributive(alternative) == alternative)


def _attributive(token: Token) -> bool:
    return _noun_after(token) is not None


ATTRIBUTE_WORDS = frozenset({"ADJ", "ADV", "PUNCT", "CCONJ"})  # what may stand between an adjective and its noun


def _noun_after(token: Token) -> Token | None:
    """The noun a word stands before as its attribute: its head (a noun, or a word the gender table
    knows as one: "de kwestieuze boete" with "boete" tagged as an adjective), with only adjectives,
    adverbs and commas between ("een duidelijk, kort antwoord"; not "contactname met de aannemer"), or, where the
    tagger saw no attribute, the noun right after a word that follows an article ("de plaatsvervangend
    directeur")."""
    doc = token.doc
    head = token.head
    if token.dep_ == "amod" and token.pos_ != "NOUN" and head.i > token.i and (
            head.pos_ in {"NOUN", "PROPN"} or known_noun(head.lower_)) and all(
            between.pos_ in ATTRIBUTE_WORDS for between in doc[token.i + 1 : head.i]):
        return head  # not "mededinging verbieden", two nouns to the tagger
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "NOUN" and token.pos_ not in {"NOUN", "PROPN"} and (
            _after_article(token)) and not _infinitive(following.lower_):
        return following  # not "die optiek begrijpen wij", with a verb tagged as a noun
    return None


def _changes_subject(alternative: str, token: Token) -> bool:
    """A subject whose alternative would need another verb form: "de regelgeving laat" -> "de regels
    laten", "ondergetekende heeft" -> "ik heb". A noun the parser made the root of its sentence may be
    a subject it missed: "De nieuwe uurregeling start" -> not "De nieuwe uren start"."""
    subject = token.dep_.startswith("nsubj") or token.dep_ == "ROOT" and token.pos_ in {"NOUN", "PROPN"} and not any(
        child.dep_ == "cop" for child in token.children)  # "Uw inkomen is een parameter": no subject
    if not subject or token.morph.get("Number") == ["Plur"] or token.pos_ in FUNCTION_TAGS:  # "Sedertdien hebben"
        return False
    plural = alternative.endswith(("en", "s")) and lookup_lemma(alternative) != alternative and gender(alternative) is None
    return plural or alternative in SUBJECT_PERSON and SUBJECT_PERSON[alternative] != "3sg"  # "reden" is a noun


FUNCTION_TAGS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ"})  # never a subject, whatever the parser hangs on them


def _agreeing(alternative: str, span: Span, term: str) -> str | None:
    """An adjective alternative in the form the noun after it asks: "malafide firma's" -> "oneerlijke
    firma's", "een adequaat antwoord" -> "een goed antwoord", "een ad hoc overleg" -> "een speciaal
    overleg" (the lexicon may write the inflected form); one with one form as it is ("een privé
    geschil"). Where the noun's gender is unknown, the found word's own bare form decides, else there
    is no swap; without a noun, an inflected form cannot stand ("wij beslissen ad hoc" -> not "speciale")."""
    base = None if " " in alternative else _adjective_base(alternative.lower())
    noun = _noun_following(span)
    if noun is not None and not inflect.has_attributive(alternative) and alternative not in DETERMINERS:
        return None  # an adverb before a noun: "frequent gebruik" -> not "vaak gebruik"
    if base is None or _noun_only(alternative.lower()):
        return alternative  # one form, or a noun ("bijlage"; not "belangrijk", though "rijk" is one)
    if noun is None:  # "de betrokkene", "als volledig werkloze": an inflected form used as a noun stays one
        last = term.split()[-1]
        nominal = span[0].pos_ in {"NOUN", "PROPN"} or _after_article(span[0]) or _adjective_base(last) not in {
            None, last}
        return None if base != alternative.lower() and not nominal else alternative
    bare = _bare_adjective_before(noun, gender(noun.lemma_ or noun.lower_), (*noun.children, *span[-1].children))
    determiner, _ = _noun_phrase_before(span)
    if determiner is not None and determiner.lower_ not in UNINFLECTING_DETERMINERS:
        bare = False  # "het ad hoc overleg" -> "het speciale overleg", wherever the parser hung "het"
    if bare is None and _adjective_base(term) == term == span.text.lower():
        bare = True  # "een privaatrechtelijk geschil": the writer's bare form says "het"
    if bare is None:
        return None
    return base if bare else inflect.attributive(base)


def _word(token: Token) -> Span:
    return token.doc[token.i : token.i + 1]


def _bare_adjective_before(noun: Token, noun_gender: str | None, words: Iterable[Token]) -> bool | None:
    """Whether an adjective before `noun` goes without -e, given the noun phrase's `words`: yes for a
    singular "het" noun after "een", "geen", "elk" or no determiner ("een groot huis"), no elsewhere;
    None where that depends on a gender nobody knows."""
    determiners = [word for word in words if word.dep_ in {"det", "nmod:poss"} and word.i < noun.i]
    if noun.morph.get("Number") == ["Plur"] or any(
            word.lower_ not in UNINFLECTING_DETERMINERS for word in determiners):
        return False
    return None if noun_gender is None else noun_gender == "het"


def _adjectives_keep_their_form(alternative: str, term_gender: str | None, noun: Token) -> bool:
    """ "een ondertekend verzoekschrift" -> not "een ondertekend vraag": the swap covers the noun only,
    so the adjectives before it keep their ending, and where the gender changes that ending must suit
    the alternative too ("een ernstige tekortkoming" -> "een ernstige fout"). An adjective with one
    form ("open") always does.
    After a determiner, an adverb counts too: "een eerder afschrift" has "eerder" as an adverb to the
    tagger (without one, an adverb is the clause's: "niet bevroeden" tagged as a noun)."""
    start = max((child.i for child in noun.children if child.dep_ in {"det", "nmod:poss"} and child.i < noun.i),
                default=-1)
    adjectives = [child for child in noun.children if start < child.i < noun.i and (
        child.dep_ == "amod" or start >= 0 and child.pos_ in {"ADJ", "ADV"})]
    wanted = _article_of(alternative)
    if not adjectives or wanted is None or wanted == term_gender:
        return True  # the same gender, or an unknown one: no noun, or a tagging slip (see `_fits_determiners`)
    bare = _bare_adjective_before(noun, wanted, noun.children)
    for adjective in adjectives:
        form = adjective.lower_
        inflected = inflect.attributive(form)
        if inflected == form and not form.endswith("e") or inflected != form and not is_known(inflected):
            continue  # one form ("open"), or no adjective ("nog", "meer")
        if bare != (inflected != form):
            return False
    return True


def _finite(token: Token) -> bool:
    """Tagged finite, or with a subject of its own; an "-en" form the tagger calls finite after the
    clause's finite verb is its infinitive ("wij willen het vandaag retourneren")."""
    if any(child.dep_.startswith("nsubj") for child in token.children):
        return True
    return token.morph.get("VerbForm") == ["Fin"] and not (token.dep_ == "xcomp" and token.head.i < token.i)


def _person(token: Token) -> str | None:
    """The person of a present-tense verb, from its subject pronoun; None when there is none."""
    for child in token.children:
        if child.dep_.startswith("nsubj"):
            word = child.lower_
            if word in ("jij", "je") and child.i > token.i:
                return "2sg_inv"
            if word in SUBJECT_PERSON:
                return SUBJECT_PERSON[word]
            return "pl" if child.morph.get("Number") == ["Plur"] else "3sg"
    return None


def _main_clause(token: Token) -> bool:
    """A finite verb of a main clause (verb second): no subordinating conjunction or relative pronoun."""
    if any(child.dep_ == "mark" for child in token.children):
        return False
    return token.dep_ not in ("advcl", "ccomp", "acl", "acl:relcl", "csubj")


def _fit_gapped(alternative: str, term: str, span: Span) -> str | None:
    """ "dient u het formulier terug te sturen" + "moeten" -> "moet u het formulier terugsturen"."""
    parts = [part.split() for part in term.split("…")]
    first, last = parts[0], parts[-1]
    if len(parts) != 2 or last != ["te"] or len(first) != 1 or span[-1].lower_ == "te":
        return None
    te = next((token for token in reversed(span) if token.lower_ == "te"), None)
    if te is None or te.i != span[-1].i - 1:
        return None
    head = span[0]
    if head.i + 1 < len(span.doc) and span.doc[head.i + 1].lower_ == "u" and "u" in alternative.split():
        return None  # "gelieve u aan te bieden" -> "wilt u u aanbieden": the pronoun is reflexive there
    if " " in alternative:
        opening = alternative
    else:
        opening = _fit_word(alternative, first[0], head) if head.lower_ != first[0] else alternative
        if opening is None:
            return None
    middle = span.doc[head.i + 1 : te.i]
    verb = span[-1]
    particle = middle[-1] if len(middle) and middle[-1].dep_ == "compound:prt" and middle[-1].head == verb \
        and middle[-1].lower_ in inflect.PARTICLES else None  # "verlof te nemen" is no "verlofnemen"
    if particle is not None:
        middle = middle[:-1]
        verb_text = particle.text + verb.text
    else:
        verb_text = verb.text
    text = " ".join(item for item in (opening, middle.text, verb_text) if item)
    return text[:1].upper() + text[1:] if head.text[:1].isupper() else text


def _fit_expression(alternative: str, term: str, span: Span) -> str | None:
    """A verbal expression's alternative over the whole span, in the form of the expression's verb.

    "wij nemen uw aanvraag snel in behandeling" + "behandelen" -> "wij behandelen uw aanvraag snel";
    "brengen u ter kennis" + "meedelen" -> "delen u mee"; "ter kennis gebracht" -> "meegedeeld";
    "medewerking te verlenen" + "meewerken" -> "mee te werken"; "resulteerde in" + "leiden tot" ->
    "leidde tot". The words between the verb and the rest of the expression stay where they are.
    Where the expression's noun has words of its own outside the span ("geen kennis dragen van"),
    or the verb is reflexive, the alternative stays advice: the sentence needs more than a swap.
    """
    words = term.split()
    parts = _expression_parts(words, span)
    alternative_parts = _alternative_parts(alternative)
    if parts is None or alternative_parts is None:
        return None
    verb, rest, middle = parts
    head, before, after = alternative_parts  # "in de gaten houden": ("houden", ["in", "de", "gaten"], [])
    if after and not _verb_first(words):
        return None  # "zorgen voor" cannot stand where "in behandeling nemen" stood
    if not _swappable(verb, rest, middle, before) or (NEGATIONS & set(before) and _negated(span)):
        return None
    term_verb = _term_verb(words)
    found_form = _found_form(term_verb, verb)
    if found_form is None:
        return None
    form_of, finite = found_form
    separable = inflect.split_separable(head)
    rest_first = rest[0].i < verb.i
    try:
        if term_verb != "zijn" and inflect.perfect_auxiliary(term_verb) != inflect.perfect_auxiliary(head):
            return None  # "het kwam ons ter ore" is no "het hoorde ons": another kind of verb
        middle_words = [token.text for token in middle]
        if rest_first and _verb_first(words):  # "aan de normen beantwoordt" -> "aan de normen voldoet"
            return " ".join([*after, *middle_words, *before, form_of(head, False)])
        if rest_first:  # rest + middle + verb: the alternative's words take the rest's place
            if middle_words[-1:] == ["te"] and verb.lower_ == term_verb:
                verb_part = f"{separable[0]} te {separable[1]}" if separable else f"te {head}"
                return " ".join([*before, *middle_words[:-1], verb_part, *after])
            return " ".join([*before, *middle_words, form_of(head, False), *after])
        if separable and _after_te(verb):
            return None  # "te resulteren in" -> "uit te monden in" needs the "te" outside the span
        split = bool(separable) and finite and _main_clause(verb)
        closing = [*before, *([separable[0]] if split else []), *after]
        return " ".join([form_of(head, split), *middle_words, *closing])
    except ValueError:  # the alternative's verb lacks that form
        return None


def _term_verb(words: list[str]) -> str:
    return words[0] if _verb_first(words) else words[-1]


def _verb_first(words: list[str]) -> bool:
    """ "resulteren in", "berusten op": a verb and its preposition."""
    return _infinitive(words[0]) and all(word in PREPOSITIONS for word in words[1:])


def _expression_parts(words: list[str], span: Span) -> tuple[Token, list[Token], list[Token]] | None:
    """The span as (the verb, the expression's other words in one run, the words between them);
    None when the span has another shape."""
    verb_word = _term_verb(words)
    rest = words[1:] if _verb_first(words) else words[:-1]
    tokens = list(span)
    texts = [token.lower_ for token in tokens]
    if texts[: len(rest)] == rest and _is_verb_of(tokens[-1], verb_word):
        return tokens[-1], tokens[: len(rest)], tokens[len(rest) : -1]
    if texts[-len(rest) :] == rest and _is_verb_of(tokens[0], verb_word):
        return tokens[0], tokens[-len(rest) :], tokens[1 : -len(rest)]
    return None


def _is_verb_of(token: Token, infinitive: str) -> bool:
    return (token.pos_ in VERBAL or bool(token.morph.get("VerbForm"))) and infinitive in {
        token.lower_, token.lemma_.lower(), lookup_lemma(token.lower_), *inflect.verb_lemma(token.lower_)[:1]}


def _alternative_parts(alternative: str) -> tuple[str, list[str], list[str]] | None:
    """The alternative as (its verb, the words before it, the words after it), for one verb with
    non-verbal words before it ("in de gaten houden") or prepositions after it ("leiden tot").
    Modals need their own infinitive ("in staat zijn" -> "kunnen"): the writer rebuilds that clause."""
    words = alternative.split()
    if words[0] in REFLEXIVES or "te" in words or PRONOMINAL_ADVERBS & set(words):
        return None  # "er zijn" would need "er" up front
    if words[-1] not in MODALS and _verb_word(words[-1]) and not any(map(_infinitive, words[:-1])):
        return words[-1], words[:-1], []
    if words[0] not in MODALS and _verb_word(words[0]) and all(word in PREPOSITIONS for word in words[1:]):
        return words[0], [], words[1:]
    return None


def _verb_word(word: str) -> bool:
    """An infinitive ("geven", "gaan"), not a noun plural or adverb that looks like one ("gaten", "samen")."""
    return _infinitive(word) and lookup_lemma(word) == word


def _swappable(verb: Token, rest: list[Token], middle: list[Token], before: list[str]) -> bool:
    """Whether the expression can be swapped without the rest of the clause: its noun has no
    determiner or adjective outside the run ("geen toepassing vinden", "de betaling verrichten"),
    no phrase or clause of its own follows ("gebruik maken van", "in staat zijn om") unless the
    alternative brings a noun of its own ("een gesprek hebben met"), and the verb is not reflexive
    ("zich ten doel stellen")."""
    if verb.dep_ in ("aux", "aux:pass") or set(before) & {token.lower_ for token in middle}:
        return False  # "heeft ten gevolge gehad": the verb is the participle; "nog" + "nog niet zeker zijn"
    if before and any(token.head == verb and token.dep_ == "aux" for token in middle):
        return False  # "schade heeft opgelopen" -> "beschadigd is geraakt": a phrase may want the other auxiliary
    inside = {token.i for token in rest}
    for token in rest:
        if any(child.i not in inside and child.dep_ in NOUN_MODIFIERS for child in token.children):
            return False
    if _reflexive(verb) or any(
            token.lower_ == "zich" or token.morph.get("Reflex") == ["Yes"] for token in middle):
        return False
    doc = verb.doc
    end = max(verb.i, rest[-1].i) + 1
    following = doc[end] if end < len(doc) else None
    complement = following is not None and (following.pos_ == "ADP" or following.lower_ in {"om", "te"}) or any(
        child.i >= end and child.pos_ in VERBAL and child.dep_ in CLAUSE_COMPLEMENTS
        for token in (verb, *rest) for child in token.children)
    if following is not None and following.pos_ == "ADP":
        return False  # the phrase's preposition may not suit the alternative ("de basis aan")
    return not complement or before[:1] != [] and before[0] in DETERMINERS  # "de kans geven om"


def _negated(span: Span) -> bool:
    """A negation in the span or just before it: "niet zomaar terzijde gelegd" + "niet gebruiken"."""
    doc = span.doc
    return any(token.lower_ in NEGATIONS for token in doc[max(span.sent.start, span.start - 5) : span.end])


def _after_te(verb: Token) -> bool:
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ == "te"
