"""A verb alternative in the form of the verb it replaces ("verzocht" -> "gevraagd", "verzoekt u" -> "vraagt u").

Finds which form of the term gives the found word (a participle, an infinitive, a past or present tense; the
parse decides where two forms look alike) and builds that form of the alternative. Where the clause would have
to change with it, there is no swap: a separable verb that must split, another perfect auxiliary, a subject that
asks another verb form, a modal before "te", an object or "van" left behind.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import lookup_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.particles import is_finite
from helder.nlp.passive import HEBBEN_FORMS, PARTICIPLE_FORM, PERFECT_FORMS, WORDEN_FORMS
from helder.nlp.structure import DETERMINERS, MODALS, PREPOSITIONS
from helder.rewrite.clauses import finite_verb, main_clause, sentence_start, token_after, token_span
from helder.rewrite.noun_phrases import after_article, attributive
from helder.rewrite.reflexives import has_reflexive
from helder.rewrite.vocabulary import (FUNCTION_TAGS, NOUN_KINDS, REFLEXIVES, SUBJECT_PERSON, VERBAL, finite_form,
                                       head_kind, infinitive, participle_of, verb_like, verb_word, verbal_term)


def fit_verb(alternative: str, term: str, token: Token) -> str | None:
    """The verb alternative in the found form; a separable one only where it stays whole."""
    if " " not in alternative and not infinitive(alternative.lower()):
        return None  # a noun's alternative where the verb's form was found: "misnoegde" -> not "ontevredenheidde"
    found_form = found_verb_form(term, token)
    if found_form is None:
        return None
    form_of, finite = found_form
    if finite and main_clause(token) and inflect.split_separable(alternative):
        return None  # "wij retourneren het" -> "wij sturen het terug": the particle must move
    if _perfect(token) and inflect.perfect_auxiliary(term) != inflect.perfect_auxiliary(alternative):
        return None  # "wij zijn onze belofte nagekomen" -> "zijn ... gehouden"
    if _no_passive(alternative) and _passive(token):
        return None  # "werd onvolledig bevonden" -> not "werd onvolledig geweest"
    try:
        return form_of(alternative, False)
    except ValueError:  # a verb without that form
        return None


# Verbs without a passive: a copula or a verb of place or motion ("werd ... geweest", "werd ... gelegen").
INTRANSITIVE_VERBS = frozenset({"zijn", "worden", "blijven", "lijken", "blijken", "liggen", "staan", "zitten", "gaan",
                                "komen"})


def found_verb_form(term: str, token: Token) -> tuple[Callable[[str, bool], str], bool] | None:
    """How `token` inflects the verb `term`: a function of (lemma, particle split off?), and whether
    the form is finite. None when no form of `term` gives the found word."""
    found = token.lower_
    person = verb_person(token) or "3sg"

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
    if not participle(token):
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
    finite = finite_verb(token) and not any(child.dep_ in ("aux", "aux:pass", "cop") for child in token.children) and (
        not participle_by_context(token))  # "het ongemak dat u hebt ondervonden": "hebt" hangs elsewhere
    chosen = next((form for form in matching if form[1] == finite), None)
    if chosen is not None and chosen[0] is inflected and not _before_a_noun(token):
        # "dat u ter plaatse vertoefde": a past tense the tagger took for a participle, no "geweeste"
        chosen = next((form for form in matching if form[1]), None)
    if chosen is None and len(matching) == 1 and matching[0][0] is not inflected:
        return matching[0]  # one reading, the tag notwithstanding ("heeft ... medegedeeld" tagged finite)
    return chosen  # not an attributive form for a finite verb: "ontzegde" is no "geweigerde"


def _before_a_noun(token: Token) -> bool:
    """An inflected participle stands before its noun ("de verzochte documenten") or as one ("de betrokkene")."""
    return attributive(token) or token.pos_ == "NOUN" or after_article(token)


def verb_person(token: Token) -> str | None:
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


def participle(token: Token) -> bool:
    """A participle by its tag or by the auxiliary around it (`participle_by_context`)."""
    return token.morph.get("VerbForm") == ["Part"] or participle_by_context(token)


def participle_by_context(token: Token) -> bool:
    """After its auxiliary ("heeft ... herzien") or before it ("herzien heeft", "kan niet weerhouden worden"),
    whatever the tag; not after a modal that stands between ("had moeten herzien": an infinitive)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return _after_an_auxiliary(token) or _perfect(token, auxiliary_after=True) or (
        following is not None and following.lower_ in WORDEN_FORMS)


def _after_an_auxiliary(token: Token) -> bool:
    """ "zal worden herzien", "wij hebben het plan herzien": a participle that looks like an
    infinitive, which the tagger calls one; the clause's verb before it, over no conjunction or comma,
    is a perfect or passive auxiliary ("wij zullen het plan herzien", "te herzien" are infinitives)."""
    doc = token.doc
    if token.i and doc[token.i - 1].lower_ == "te":
        return False
    for other in reversed(doc[sentence_start(token_span(token)) : token.i]):
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


def _passive(token: Token) -> bool:
    """A participle after or with a form of "worden": "werd ... bevonden"."""
    return any(child.dep_ == "aux:pass" for child in token.children) or _after_an_auxiliary(token) and any(
        other.lower_ in WORDEN_FORMS for other in token.doc[sentence_start(token_span(token)) : token.i])


def participle_term(term: str) -> bool:
    """ "overeengekomen", "geraden": a term that is a participle, no infinitive; its alternatives are
    participles or adjectives as they stand ("afgesproken", not a verb to inflect into "afgesprookt")."""
    lemma = inflect.verb_lemma(term)[:1]
    return lemma != [term] and bool(lemma) and participle_of(lemma[0]) == term


def bare_participle(token: Token) -> bool:
    """A participle without auxiliary or subject: it describes ("voorzien in artikel 20"). The shape
    must agree: the tagger also calls "strekt" a participle."""
    return (token.morph.get("VerbForm") == ["Part"] and PARTICIPLE_FORM.match(token.lower_) is not None
            and not any(child.dep_ in {"aux", "aux:pass", "cop"} or child.dep_.startswith("nsubj")
                        for child in token.children))


def as_participle(alternative: str, auxiliary: str) -> str | None:
    """The alternative with its verb as participle ("tonen" -> "getoond"), where it takes the same
    perfect auxiliary; None otherwise. One word needs only be an infinitive ("tonen" is also a plural)."""
    one_verb = (alternative, [], []) if infinitive(alternative) else None
    parts = verb_parts(alternative) if " " in alternative else one_verb
    if parts is None:
        return None
    verb, before, after = parts
    try:
        if inflect.perfect_auxiliary(verb) != auxiliary:
            return None
        return " ".join([*before, inflect.past_participle(verb), *after])
    except ValueError:  # a verb without that form
        return None


def verb_parts(alternative: str) -> tuple[str, list[str], list[str]] | None:
    """The alternative as (its verb, the words before it, the words after it), for one verb with
    non-verbal words before it ("in de gaten houden") or prepositions after it ("leiden tot").
    Modals need their own infinitive ("in staat zijn" -> "kunnen"): the writer rebuilds that clause."""
    words = alternative.split()
    if words[0] in REFLEXIVES or "te" in words or PRONOMINAL_ADVERBS & set(words):
        return None  # "er zijn" would need "er" up front
    if words[-1] not in MODALS and verb_word(words[-1]) and not any(map(infinitive, words[:-1])):
        return words[-1], words[:-1], []
    if words[0] not in MODALS and verb_word(words[0]) and all(word in PREPOSITIONS for word in words[1:]):
        return words[0], [], words[1:]
    return None


PRONOMINAL_ADVERBS = frozenset({"er", "daar", "hier"})


def double_infinitive_after(term: str, span: Span) -> str | None:
    """ "U hebt niet doen blijken": a verb with an infinitive of its own, right after a perfect
    auxiliary, stands for its participle. That auxiliary's verb ("hebben", "zijn"), else None."""
    words = term.split()
    if len(words) < 2 or not (infinitive(words[0]) and infinitive(words[-1])):
        return None
    doc = span.doc
    previous = next((token for token in reversed(doc[sentence_start(span) : span.start]) if token.pos_ in VERBAL),
                    None)
    if previous is None or previous.lower_ not in PERFECT_FORMS:
        return None
    return "hebben" if previous.lower_ in HEBBEN_FORMS else "zijn"


def split_here(alternative: str, token: Token) -> bool:
    """ "De wachten patrouilleren vanaf nu" -> not "De wachten rondlopen": an infinitive's form is also
    a finite plural, and a separable verb or a verb phrase cannot take a finite verb's place as it is
    ("lopen ... rond"). It stays whole where the clause ends in its verbs, or as a noun."""
    words = alternative.lower().split()
    verb = inflect.split_separable(words[0]) if len(words) == 1 else verb_word(words[-1]) and "te" not in words
    return bool(verb) and verb_like(token.lower_) and not _stays_whole(token)


def _stays_whole(token: Token) -> bool:
    """Whether a verb stands where its clause keeps its verbs together at the end: after a finite verb
    or a word that opens a subordinate clause, over no comma or conjunction ("zal ... patrouilleren",
    "dat zij patrouilleren"), not after "te" ("rond te lopen"); or after an article, as a noun."""
    doc = token.doc
    if after_article(token):
        return True
    if token.i and doc[token.i - 1].lower_ == "te":
        return False
    for other in reversed(doc[sentence_start(token_span(token)) : token.i]):
        if other.text == "," or other.pos_ == "CCONJ":
            return False
        if other.pos_ == "SCONJ" or "Rel" in other.morph.get("PronType") or other.pos_ in VERBAL and finite_verb(other):
            return True
    return False


def changes_subject(alternative: str, token: Token) -> bool:
    """A subject whose alternative would need another verb form: "de regelgeving laat" -> "de regels
    laten", "ondergetekende heeft" -> "ik heb". A noun the parser made the root of its sentence may be
    a subject it missed: "De nieuwe uurregeling start" -> not "De nieuwe uren start"."""
    subject = token.dep_.startswith("nsubj") or token.dep_ == "ROOT" and token.pos_ in {"NOUN", "PROPN"} and not any(
        child.dep_ == "cop" for child in token.children)  # "Uw inkomen is een parameter": no subject
    if not subject or token.morph.get("Number") == ["Plur"] or token.pos_ in FUNCTION_TAGS:  # "Sedertdien hebben"
        return False
    plural = alternative.endswith(("en", "s")) and lookup_lemma(alternative) != alternative and (
        gender(alternative) is None)
    return plural or alternative in SUBJECT_PERSON and SUBJECT_PERSON[alternative] != "3sg"  # "reden" is a noun


def quantity_for_a_singular_subject(alternative: str, span: Span) -> bool:
    """ "Een gering aantal bewoners kreeg" -> not "Weinig bewoners kreeg": where a quantity word takes
    the place of the subject's noun ("aantal"), the plural noun after it becomes the subject, and the
    singular verb would have to change with it."""
    root = span.root
    following = token_after(span)
    if not root.dep_.startswith("nsubj") or root.morph.get("Number") == ["Plur"] or following is None or (
            following.morph.get("Number") != ["Plur"]) or head_kind(alternative.lower().split()) in NOUN_KINDS:
        return False
    verbs = [root.head, *(child for child in root.head.children if child.dep_ in {"aux", "aux:pass", "cop"})]
    return any(verb.morph.get("Number") == ["Sing"] and finite_verb(verb) for verb in verbs)


def modal_before_te(alternative: str, span: Span) -> bool:
    """ "Het is u toegelaten uw wagen ... te zetten" -> not "U mag uw wagen ... te zetten": a modal takes
    its infinitive without "te", and the "te" stays behind in the sentence."""
    if not any(word in MODALS or lookup_lemma(word) in MODALS for word in alternative.lower().split()):
        return False
    return any(token.lower_ == "te" for token in span.doc[span.end : span.sent.end])


def modal_after_a_modal(fitted: str, span: Span) -> bool:
    """ "dan kan dat deel wel in aanmerking komen" -> not "... kan dat deel wel kunnen krijgen": an infinitive
    phrase that opens with a modal does not stand after a modal of the clause."""
    if fitted.split()[0].lower() not in MODALS:
        return False
    clause = span.doc[sentence_start(span) : span.start]
    return any(token.lemma_.lower() in MODALS and is_finite(token) for token in clause)


def object_after_verb(alternative: str, term: str, span: Span) -> bool:
    """A verb for a verb and its preposition, with the preposition's object after it: "zullen afzien
    van de boete" -> not "zullen opgeven de boete". The object becomes the verb's and goes before it
    ("zullen de boete opgeven"): the writer moves it. An alternative that keeps a preposition
    ("letten op") may stand there."""
    words = alternative.lower().split()
    doc = span.doc
    after = token_after(span)
    if any(token.pos_ in VERBAL and main_clause(token) and not any(
            other.pos_ in VERBAL for other in doc[token.sent.start : token.i]) for token in span):
        return False  # a main clause's first verb is finite and comes before its object: "wij hebben het attest"
    return (term.split()[-1] in PREPOSITIONS and words[-1] not in PREPOSITIONS
            and words[-1] in inflect.verb_lemma(words[-1]) and after is not None and after.pos_ in _PHRASE_STARTS)


_PHRASE_STARTS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})  # the words a noun phrase opens with


def preposition_left_behind(alternative: str, term: str, span: Span) -> bool:
    """ "een controle uitvoeren van uw meter" -> not "controleren van uw meter", "kennisnemen van uw
    brief" -> not "lezen van uw brief": the "van" after a verb made of a noun belongs to that noun. A
    verb without a noun of its own takes that phrase as its object, without "van" and in another
    place ("uw meter controleren"): the writer rebuilds the clause. A verb's own "van" may suit its
    alternative ("u ontheffen van" -> "u vrijstellen van")."""
    following = token_after(span)
    return following is not None and following.lower_ == "van" and _nominal_frame(term) and (
        head_kind(alternative.lower().split()) == "infinitive")


def _nominal_frame(term: str) -> bool:
    """A verb with a noun that carries its meaning: "een controle uitvoeren", "overgaan tot betaling",
    "kennisnemen" ("kennis" + "nemen")."""
    words = term.split()
    if not verbal_term(term):
        return False
    if len(words) == 1:
        words = list(inflect.split_separable(words[0]) or words)
    return any(gender(word) is not None and not infinitive(word) for word in words)


def fit_verb_phrase(alternative: str, term: str, token: Token) -> str | None:
    """A verb phrase for a one-word verb in a form the phrase can take where the verb stands:
    - a verb and its preposition for a finite verb of a main clause with its object right after:
      "De vrederechter beslecht het geschil" -> "beslist over het geschil", "Uw klacht betreft de
      ophaling" -> "gaat over de ophaling" (a term in a fixed form takes its alternative as written);
    - a verb with words before it, for a participle ("hebben alle klachten geïnventariseerd" -> "op een
      rij gezet") or for the last verb of a subordinate clause ("dat de stad het plan concretiseert" ->
      "concreet maakt"): those words go where the clause's verbs close it, as they would in the phrase.
    None elsewhere: a main clause's finite verb would have to split from the words before it, a
    subordinate clause has no object after its verb, and a participle or infinitive before its
    object leaves no room for a preposition."""
    found = token.lower_
    if has_reflexive(token) or after_article(token) or (token.i and token.doc[token.i - 1].lower_ == "te"):
        return None
    if not infinitive(term):
        words = alternative.split()
        fixed = found == term and finite_verb(token) and finite_form(words[0]) and len(words) > 1 and all(
            word in PREPOSITIONS for word in words[1:])
        return alternative if fixed and main_clause(token) and _object_right_after(token) else None
    parts = verb_parts(alternative)
    found_form = found_verb_form(term, token)
    if parts is None or found_form is None:
        return None
    head, before, after = parts
    form_of, finite = found_form
    if before and after or _no_passive(head) and _passive(token) or NEGATIONS & set(before):
        return None
    separable = inflect.split_separable(head)
    try:
        if after:
            if not (finite and main_clause(token) and _object_right_after(token)):
                return None
            split = separable is not None
            return " ".join([form_of(head, split), *([separable[0]] if split else []), *after])
        if finite and not main_clause(token) and _ends_its_clause(token):
            if _negated_article(before, token):
                return None
            return " ".join([*before, form_of(head, False)])
        if not finite and form_of(term, False) == inflect.past_participle(term) and participle(token) and (
                _ends_its_clause(token) or _after_an_auxiliary(token)) and token.dep_ != "amod":
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if _negated_article(before, token) or following is not None and following.pos_ == "ADP" and (
                    following.lower_ != "om"):
                return None  # "is toegesneden op" -> not "is op maat gemaakt op": the preposition is the term's
            if _passive(token) and before[0] not in PREPOSITIONS and any(
                    word in DETERMINERS or gender(word) is not None for word in before):
                return None  # "u werd bekeurd" -> not "u werd een boete gegeven": the phrase has its own object
            return as_participle(alternative, inflect.perfect_auxiliary(term))
    except ValueError:  # a verb without that form
        return None
    return None


def _object_right_after(verb: Token) -> bool:
    """Whether the verb's direct object opens right after it ("beslecht het geschil"), so that a
    preposition can take its place before it; not an inverted subject ("beslecht de rechter ..."), nor
    where a phrase of the verb follows, which may be the one the alternative's preposition would take."""
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return False
    following = doc[verb.i + 1]
    objects = [child for child in verb.children if child.dep_ == "obj" and child.i > verb.i]
    if any(child.dep_ == "obl" and child.i > verb.i for child in verb.children):
        return False  # "maximeren de huur op een vierde" -> not "beperken tot de huur op": the verb has a phrase
    return any(obj.left_edge.i == following.i and following.pos_ in {"DET", "NOUN", "PROPN", "ADJ", "NUM"}
               for obj in objects) and not any(child.dep_.startswith("nsubj") and child.i > verb.i
                                               for child in verb.children)


def _ends_its_clause(verb: Token) -> bool:
    """Whether the verb closes its clause: punctuation, a conjunction or the end after it."""
    doc = verb.doc
    following = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return following is None or following.is_punct or following.pos_ in {"CCONJ", "SCONJ"}


def _negated_article(before: list[str], verb: Token) -> bool:
    """ "dat de raad hem niet mandateerde" -> not "niet de opdracht gaf": after a negation, an article in the
    phrase would have to become "geen"."""
    if not set(before) & DETERMINERS:
        return False
    doc = verb.doc
    return any(token.lower_ in NEGATIONS for token in doc[sentence_start(token_span(verb)) : verb.i])


def fit_untagged_verb(alternative: str, term: str, token: Token) -> str | None:
    """A verb form the tagger took for a noun or adjective ("U staafde uw vraag" with "staafde" as an
    adjective): where the found word is no noun and one form of the verb term gives it, the alternative
    takes that form. As the parse is unsure there, a participle needs its auxiliary before it in the
    sentence, and the same one for the alternative ("zijn ... aangevangen" -> "zijn ... begonnen"); an
    inflected participle a noun after it ("een geagreëerde aannemer" -> "een erkende aannemer"); and a
    finite verb an alternative that never splits ("wij causeerden" -> "wij veroorzaakten", no "gaven ...
    aan" whose particle might have to move)."""
    found = token.lower_
    if found == term or not verb_like(term) or after_article(token) or known_noun(found) or (
            gender(found) is not None) or " " in alternative or not infinitive(alternative):
        return None
    found_form = found_verb_form(term, token)
    if found_form is None:
        return None
    form_of, finite = found_form
    try:
        if finite:
            if inflect.split_separable(alternative):
                return None
        elif found == inflect.past_participle(term):
            auxiliary = _auxiliary_before(token)
            if auxiliary is None or auxiliary in WORDEN_FORMS and _no_passive(alternative) or (
                    auxiliary in PERFECT_FORMS and inflect.perfect_auxiliary(term) != inflect.perfect_auxiliary(
                        alternative)):
                return None
        elif found == inflect.inflected_participle(inflect.past_participle(term), term):
            following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
            if following is None or following.pos_ not in {"NOUN", "PROPN"}:
                return None
        else:
            return None
        return form_of(alternative, False)
    except ValueError:  # a verb without that form
        return None


def _no_passive(verb: str) -> bool:
    """A verb that may have no passive: a copula or verb of place ("werd ... geweest"), or one whose perfect
    takes "zijn" ("het huwelijk wordt voltrokken" -> not "wordt getrouwd"; "gestart" may be fine, but is
    not sure)."""
    try:
        return verb in INTRANSITIVE_VERBS or inflect.perfect_auxiliary(verb) == "zijn"
    except ValueError:  # no verb
        return True


def _auxiliary_before(token: Token) -> str | None:
    """The nearest perfect or passive auxiliary before the word in its sentence, over no comma or
    conjunction ("zijn op 3 maart aangevangen": "zijn")."""
    for other in reversed(token.doc[sentence_start(token_span(token)) : token.i]):
        if other.text == "," or other.pos_ in {"CCONJ", "SCONJ"}:
            return None
        if other.lower_ in PERFECT_FORMS | WORDEN_FORMS:
            return other.lower_
    return None
