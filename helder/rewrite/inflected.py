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

from spacy.tokens import Span, Token

from helder.nlp import inflect
from helder.nlp.lookup import lookup_lemma
from helder.nlp.structure import ADVERBS_IN_EN, DETERMINERS, PREPOSITIONS

VERBAL = frozenset({"VERB", "AUX"})
# Subject pronouns and the person they give the verb.
SUBJECT_PERSON = {"ik": "1sg", "jij": "2sg", "je": "2sg", "u": "u", "wij": "pl", "we": "pl", "jullie": "pl", "zij": None,
                  "ze": None}


def fit(alternative: str, term: str, span: Span) -> str | None:
    """`alternative` inflected like the term's occurrence in `span`, or None when that is not sure."""
    if len(span) == 1:
        return _fit_word(alternative, term, span[0])
    if "…" in term:
        return _fit_gapped(alternative, term, span)
    return alternative if span.text.lower().split() == term.split() else None


def _fit_word(alternative: str, term: str, token: Token) -> str | None:
    if " " in term:
        return None
    if " " in alternative:
        return _fit_phrase(alternative, term, token)
    found = token.lower_
    verbal = token.pos_ in VERBAL or bool(token.morph.get("VerbForm"))
    if found == term and not (verbal and _finite(token) and _main_clause(token)):
        return alternative
    if verbal:
        return _fit_verb(alternative, term, token)
    if found == term:
        return alternative
    if found == inflect.plural(term):
        return inflect.plural(alternative)
    if found == inflect.attributive(term):
        return inflect.attributive(alternative)
    if found == inflect.diminutive(term):
        return inflect.diminutive(alternative)
    return None


# After a definite determiner the phrase's head may take the other article ("het
# distributienettarief" -> "de kosten"); after any, the phrase must not bring its own ("een een").
DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})
CLAUSE_OPENERS = frozenset({"als", "dat", "hoe", "of", "omdat", "waar", "wanneer", "wat", "wie", "zodat"})
REFLEXIVES = frozenset({"zich", "zijn", "ons", "me", "mij", "je"})
DEGREE_WORDS = frozenset({"te", "zeer", "heel", "erg", "zo", "nogal", "vrij", "meer", "minder", "meest", "minst"})


def _fit_phrase(alternative: str, term: str, token: Token) -> str | None:
    """A phrase in the place of a one-word term found in its base form, where the phrase can stand
    there as it is: an infinitive phrase without an object of its own for an infinitive ("wil het
    beleid herijken" -> "wil het beleid opnieuw bekijken"), a noun phrase for a noun after "een", a
    possessive or no article ("uw referentie-inkomen" -> "uw inkomen waarop wij ons baseren"), and a
    phrase for an adjective or adverb that does not stand before a noun ("is herroepbaar" -> "is in
    te trekken"). Elsewhere the phrase stays advice: the writer fits it in."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token.lower_ != term or (following is not None and following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}):
        return None  # an inflected form, or a word before a noun ("minvermogende huurders", "het belendende pand")
    words = alternative.lower().split()
    previous = doc[token.i - 1].lower_ if token.i else ""
    verb_phrase = _infinitive(words[-1]) and words[-2:-1] != ["te"]  # "niet willen"; not "op te eisen"
    if token.pos_ in VERBAL or token.morph.get("VerbForm"):
        modal = any(child.dep_ == "aux" and child.i < token.i for child in token.children)  # "moeten ... herhuisvesten"
        if not term.endswith("n") or (_finite(token) and not modal) or previous == "te" or not verb_phrase:
            return None  # "om te herhuisvesten" would need "om ... te geven"
        reflexive = any(child.dep_ == "expl:pv" or child.lower_ == "zich" for child in token.children)
        before = {word.lower_ for word in doc[max(0, token.i - 3) : token.i]}
        if reflexive or set(words[:-1]) & (DETERMINERS | REFLEXIVES) or before & set(words):
            return None  # "ons beijveren" -> "ons best doen"; an object of its own; "alle moeite" + "moeite doen"
        return alternative
    if previous in DETERMINERS or token.pos_ in {"NOUN", "PROPN"}:  # a noun, or an adjective used as one
        if previous in DEFINITE or (previous in DETERMINERS and words[0] in DETERMINERS) or (
                token.i and doc[token.i - 1].pos_ == "ADJ"):
            return None  # the phrase's head may want the other article, or the adjective another ending
        if _infinitive(words[0]) or verb_phrase or words[0] in CLAUSE_OPENERS or any(map(_finite_form, words)):
            return None  # a verb phrase or a clause ("automatisch werken", "hoe het ervoor staat")
        return alternative
    if token.pos_ not in {"ADJ", "ADV"} or previous in DEGREE_WORDS or verb_phrase or words[-1] in PREPOSITIONS:
        return None  # "te reactief" -> "te pas achteraf"; "de schuld van" needs its noun
    if token.pos_ == "ADJ" and following is not None and following.pos_ == "ADP":
        return None  # the adjective's own phrase follows: "verwijtbaar aan u"
    return alternative  # "is herroepbaar" -> "is in te trekken"


def _infinitive(word: str) -> bool:
    """Can be an infinitive ("geven", also "kosten"; not "tegen"): for a noun's phrase, doubt is a refusal."""
    return word.endswith("en") and word not in ADVERBS_IN_EN and inflect.verb_lemma(word)[:1] == [word]


def _finite_form(word: str) -> bool:
    """A finite verb form: the lookup table reads it as another word, one of its infinitives ("komt")."""
    lemma = lookup_lemma(word)
    return lemma != word and lemma in inflect.verb_lemma(word)


def _fit_verb(alternative: str, term: str, token: Token) -> str | None:
    """The verb alternative in the found form; a separable one only where it stays whole."""
    found = token.lower_
    person = _person(token) or "3sg"
    forms = (  # (form of a lemma, finite?)
        (inflect.past_participle, False),
        (lambda lemma: inflect.inflected_participle(inflect.past_participle(lemma), lemma), False),
        (lambda lemma: inflect.past(lemma, plural=False), True),
        (lambda lemma: inflect.past(lemma, plural=True), True),
        (lambda lemma: inflect.present(lemma, person), True),
        (lambda lemma: inflect.present(lemma, "pl"), True),
    )
    for form_of, finite in forms:
        try:
            if form_of(term) != found:
                continue
            if finite and _main_clause(token) and inflect.split_separable(alternative):
                return None  # "wij retourneren het" -> "wij sturen het terug": the particle must move
            return form_of(alternative)
        except ValueError:  # a verb without that form
            return None
    return None


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
    if " " in alternative:
        opening = alternative
    else:
        opening = _fit_word(alternative, first[0], head) if head.lower_ != first[0] else alternative
        if opening is None:
            return None
    middle = span.doc[head.i + 1 : te.i]
    verb = span[-1]
    particle = middle[-1] if len(middle) and middle[-1].dep_ == "compound:prt" and middle[-1].head == verb else None
    if particle is not None:
        middle = middle[:-1]
        verb_text = particle.text + verb.text
    else:
        verb_text = verb.text
    text = " ".join(item for item in (opening, middle.text, verb_text) if item)
    return text[:1].upper() + text[1:] if head.text[:1].isupper() else text
