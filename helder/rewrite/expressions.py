"""A verbal expression replaced over its whole span, in the form of its verb.

"wij nemen uw aanvraag snel in behandeling" with "behandelen" becomes "wij behandelen uw aanvraag snel": the
expression's verb and its other words may stand apart, and the words between them stay where they are. Where
the sentence needs more than a swap, the alternative stays advice.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import lookup_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.structure import DETERMINERS, PREPOSITIONS
from helder.rewrite.clauses import after_te, main_clause, sentence_end, sentence_start, token_after
from helder.rewrite.reflexives import has_reflexive
from helder.rewrite.verbs import verb_person, found_verb_form, verb_parts
from helder.rewrite.vocabulary import (NOUN_MODIFIERS, VERBAL, adjective_base, infinitive, plural_already,
                                       verb_first)


CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp", "advcl", "acl"})


def fit_expression(alternative: str, term: str, span: Span) -> str | None:
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
    if after and not verb_first(words):
        return None  # "zorgen voor" cannot stand where "in behandeling nemen" stood
    if not _swappable(verb, rest, middle, before) or (NEGATIONS & set(before) and _negated(span)):
        return None
    term_verb = _term_verb(words)
    found_form = found_verb_form(term_verb, verb)
    if found_form is None:
        return None
    form_of, finite = found_form
    separable = inflect.split_separable(head)
    rest_first = rest[0].i < verb.i
    try:
        if term_verb != "zijn" and inflect.perfect_auxiliary(term_verb) != inflect.perfect_auxiliary(head) and not (
                finite and words[0] == "tot"):
            # "het kwam ons ter ore" is no "het hoorde ons": another kind of verb. But who comes "tot een
            # beslissing" decides: a finite verb needs no auxiliary ("kwamen snel tot een beslissing" -> "beslisten")
            return None
        middle_words = [token.text for token in middle]
        if rest_first and verb_first(words):  # "aan de normen beantwoordt" -> "aan de normen voldoet"
            return " ".join([*after, *middle_words, *before, form_of(head, False)])
        if rest_first:  # rest + middle + verb: the alternative's words take the rest's place
            if middle_words[-1:] == ["te"] and verb.lower_ == term_verb:
                verb_part = f"{separable[0]} te {separable[1]}" if separable else f"te {head}"
                return " ".join([*before, *middle_words[:-1], verb_part, *after])
            return " ".join([*before, *middle_words, form_of(head, False), *after])
        if separable and after_te(verb):
            return None  # "te resulteren in" -> "uit te monden in" needs the "te" outside the span
        split = bool(separable) and finite and main_clause(verb)
        closing = [*before, *([separable[0]] if split else []), *after]
        return " ".join([form_of(head, split), *middle_words, *closing])
    except ValueError:  # the alternative's verb lacks that form
        return None


def _alternative_parts(alternative: str) -> tuple[str, list[str], list[str]] | None:
    """`verb_parts`, and a one-word alternative that can be an infinitive as its own verb: the lemma table
    reads some infinitives as other words ("sturen" as "stuur")."""
    return (alternative, [], []) if " " not in alternative and infinitive(alternative) else verb_parts(alternative)


def _term_verb(words: list[str]) -> str:
    return words[0] if verb_first(words) else words[-1]


def _expression_parts(words: list[str], span: Span) -> tuple[Token, list[Token], list[Token]] | None:
    """The span as (the verb, the expression's other words in one run, the words between them);
    None when the span has another shape."""
    verb_word = _term_verb(words)
    rest = words[1:] if verb_first(words) else words[:-1]
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
    if has_reflexive(verb) or any(
            token.lower_ == "zich" or token.morph.get("Reflex") == ["Yes"] for token in middle):
        return False
    doc = verb.doc
    end = max(verb.i, rest[-1].i) + 1
    following = doc[end] if end < len(doc) else None
    # a "dat" clause suits a verb as well as the expression: "kwam tot de bevinding dat ..." -> "zag dat ..."
    complement = following is not None and (following.pos_ == "ADP" or following.lower_ in {"om", "te"}) or any(
        child.i >= end and child.pos_ in VERBAL and child.dep_ in CLAUSE_COMPLEMENTS and not _that_clause(child)
        for token in (verb, *rest) for child in token.children)
    if following is not None and following.pos_ == "ADP":
        return False  # the phrase's preposition may not suit the alternative ("de basis aan")
    return not complement or before[:1] != [] and before[0] in DETERMINERS  # "de kans geven om"


def _that_clause(verb: Token) -> bool:
    """A clause that opens with "dat": the expression's verb and its alternative both take one."""
    return any(child.dep_ == "mark" and child.lower_ == "dat" for child in verb.children)


def _negated(span: Span) -> bool:
    """A negation in the span or just before it: "niet zomaar terzijde gelegd" + "niet gebruiken"."""
    doc = span.doc
    return any(token.lower_ in NEGATIONS for token in doc[max(span.sent.start, span.start - 5) : span.end])


def fit_split_verb(alternative: str, term: str, span: Span) -> str | None:
    """A separable verb whose particle stands apart in a main clause, over its whole span, with the
    words between as they are: "wij wendden de premie aan" + "gebruiken" -> "wij gebruikten de premie",
    + "inzetten" -> "wij zetten de premie in", "wij werkten het plan uit" + "concreet maken" -> "wij
    maakten het plan concreet" (the alternative's other words take the particle's place, where the
    clause's verbs close it), "wij haken graag in op uw voorstel" + "ingaan op" -> "wij gaan graag in"
    (the preposition is the sentence's). A term with its preposition keeps it for an alternative with
    the same one ("leunt aan bij" + "aansluiten bij" -> "sluit aan bij"). None for anything else: a
    reflexive pronoun between, an alternative whose own preposition would stand without its object, a
    particle that may also be an inseparable prefix ("voorkomen": "kwam ... voor" or "voorkwam")."""
    words = term.split()
    separable = inflect.split_separable(words[0])
    term_prepositions = words[1:]
    if separable is None or any(word not in PREPOSITIONS for word in term_prepositions):
        return None
    tokens = list(span)
    if [token.lower_ for token in tokens[len(tokens) - len(term_prepositions) :]] != term_prepositions:
        return None
    tokens = tokens[: len(tokens) - len(term_prepositions)]
    verb, particle, middle = tokens[0], tokens[-1], tokens[1:-1]
    if len(tokens) < 2 or particle.lower_ != separable[0] or not main_clause(verb) or has_reflexive(verb) or any(
            token.lower_ in SPLIT_REFLEXIVES or token.dep_ == "expl:pv" for token in middle):
        return None
    forms = _split_forms(words[0], verb)
    parts = _alternative_parts(alternative)
    if not forms or parts is None:
        return None
    head, before, after = parts
    doc = span.doc
    following = [token.lower_ for token in doc[span.end : span.end + len(after)]]
    if after != term_prepositions and (term_prepositions or following != after):
        return None  # "behoort toe aan" -> not "hoort bij aan"; "wij haken in" -> not "wij gaan in op"
    if before and not _closes_with_a_complement(verb, middle, span, before):
        return None
    own = _sure_split(head)
    if own is None and inflect.split_separable(head) or before and NEGATIONS & set(before):
        return None  # "ontbeert" -> not "heeft ... niet": the negation would not stand where it must
    try:
        finites = {form_of(head, own is not None) for form_of in forms}
    except ValueError:  # a verb without that form
        return None
    if len(finites) != 1:
        return None  # "zetten": a present or past plural, and the alternative has two forms
    finite = finites.pop()
    closing = [*before, *([own[0]] if own else []), *(after if term_prepositions else [])]
    return " ".join([finite, *(token.text for token in middle), *closing])


def _closes_with_a_complement(verb: Token, middle: list[Token], span: Span, before: list[str]) -> bool:
    """Whether the alternative's other words may close the clause where the particle stood: as what
    becomes of the verb's object ("scherpen de controles aan" -> "maken de controles strenger"). Not
    without an object ("sleept al maanden aan" -> not "duurt al maanden lang"), before a preposition of
    the sentence ("stemt niet overeen met" -> not "is niet gelijk met"), beside a word they repeat
    ("ontwikkelen de app verder door" -> not "werken de app verder verder uit") or with an article after
    a negation ("schreven de aannemer niet aan" -> not "stuurden de aannemer niet een brief")."""
    following = token_after(span)
    words = {token.lower_ for token in middle}
    return _has_object(verb, middle) and not (
        following is not None and following.pos_ == "ADP") and middle[-1].lower_ != before[0] and not (
        set(before) & DETERMINERS and words & NEGATIONS)


def _has_object(verb: Token, middle: list[Token]) -> bool:
    """Whether the verb's direct object stands among `middle`; the parser sometimes calls it a second
    subject ("Het college herriep de beslissing", with "beslissing" as nsubj)."""
    subject_before = any(child.dep_.startswith("nsubj") and child.i < verb.i for child in verb.children)
    return any(token.head == verb and (token.dep_ == "obj" or subject_before and token.dep_.startswith("nsubj"))
               for token in middle)


def _sure_split(verb: str) -> tuple[str, str] | None:
    """The particle and rest of a separable verb, where no other reading is near: not a particle that
    may also be an inseparable prefix ("voorkomen"), nor a verb that splits in two ways ("voortrekken":
    "voor" + "trekken", not "voort" + "rekken")."""
    own = inflect.split_separable(verb)
    if own is None or own[0] in AMBIGUOUS_PARTICLES:
        return None
    others = [particle for particle in inflect.PARTICLES if particle != own[0] and verb.startswith(particle) and (
        infinitive(verb[len(particle) :]))]
    return None if others else own


def _adverbial(words: list[str]) -> bool:
    """Words before an alternative's verb that may close a clause as its particle would: adverbs and
    adjectives ("opnieuw", "apart", "concreet"), no noun, article, preposition or negation ("regels
    vastleggen", "niet hebben")."""
    return not any(word in DETERMINERS | PREPOSITIONS | NEGATIONS or gender(word) is not None or (
        plural_already(word) or known_noun(word) and adjective_base(word) is None) for word in words)


# Particles that are also inseparable prefixes ("voorkomen", "doorlopen", "ondergaan"): which one the
# alternative means, the lexicon does not say.
AMBIGUOUS_PARTICLES = frozenset({"achter", "door", "mis", "om", "onder", "over", "vol", "voor", "weer"})
SPLIT_REFLEXIVES = frozenset({"zich", "me", "mij", "ons", "je"})  # "behoudt zich ... voor": the verb's own pronoun


def _split_forms(term: str, verb: Token) -> list[Callable[[str, bool], str]]:
    """The finite forms (past or present, singular or plural) that give `verb` as the separated form
    of `term`, narrowed by the verb's number where the parse gives one."""
    person = verb_person(verb) or "3sg"
    forms: list[tuple[Callable[[str, bool], str], bool]] = [
        (lambda lemma, split: inflect.past(lemma, plural=False, separated=split), False),
        (lambda lemma, split: inflect.past(lemma, plural=True, separated=split), True),
        (lambda lemma, split: inflect.present(lemma, person, separated=split), person == "pl"),
        (lambda lemma, split: inflect.present(lemma, "pl", separated=split), True),
    ]
    matching = []
    for form_of, plural in forms:
        try:
            if form_of(term, True) == verb.lower_:
                matching.append((form_of, plural))
        except ValueError:  # a verb without that form
            return []
    number = verb.morph.get("Number")
    if len({plural for _, plural in matching}) > 1 and number:
        matching = [(form_of, plural) for form_of, plural in matching if plural == (number == ["Plur"])]
    return [form_of for form_of, _ in matching]


def clause_to_its_end(term: str, span: Span) -> Span | None:
    """The finite verb of a main clause and the rest of its clause ("accordeerde uw vraag om een extra
    container"), where a separable alternative must put its particle at that clause's end
    (`with_particle_at_end`): up to punctuation or a subordinating conjunction, over no other verb,
    coordinator or relative pronoun, which would make that end unsure ("adviseerde u de factuur niet te
    betalen", "de afspraak en de prijs"), and over no capital ("de dienst Burgerzaken": a finding whose
    later words look like a name is dropped as part of that name)."""
    if len(span) != 1 or not infinitive(term):
        return None
    verb = span[0]
    found_form = found_verb_form(term, verb)
    if found_form is None or not found_form[1] or not main_clause(verb) or has_reflexive(verb) or not any(
            child.dep_.startswith("nsubj") for child in verb.children) or any(
            child.dep_ in {"aux", "aux:pass", "cop"} for child in verb.children):
        return None  # "U kunt uw foto's inzenden": an infinitive, though it looks like a plural
    doc = span.doc
    if any(token.pos_ in VERBAL for token in doc[sentence_start(span) : verb.i]):
        return None  # the clause's finite verb comes before it
    end = verb.i + 1
    while end < sentence_end(span) and not (doc[end].is_punct or doc[end].pos_ == "SCONJ"):
        token = doc[end]
        if token.pos_ in VERBAL or token.pos_ == "CCONJ" or "Rel" in token.morph.get("PronType") or (
                token.lower_ in SPLIT_REFLEXIVES | {"te"}) or token.text[:1].isupper():
            return None  # a capital: the jargon check takes a finding over a name for part of that name
        end += 1
    if end == verb.i + 1:
        return None  # nothing between: the verb keeps its particle beside it ("wij stellen voor")
    return doc[verb.i : end]


def with_particle_at_end(alternative: str, term: str, clause: Span) -> str | None:
    """A separable alternative over the clause from its finite verb: "Het college accordeerde uw vraag"
    + "goedkeuren" -> "Het college keurde uw vraag goed", "wij heroverwegen uw aanvraag" + "opnieuw
    bekijken" -> "wij bekijken uw aanvraag opnieuw" (an adverb or adjective before the verb goes to the
    end as its particle would, where the verb has an object before it). None for an alternative that
    does not split, or has a noun, article or preposition of its own."""
    verb = clause[0]
    middle = list(clause[1:])
    parts = _alternative_parts(alternative)
    if parts is None:
        return None
    head, before, after = parts
    own = _sure_split(head)
    if after or own is None and (inflect.split_separable(head) or not before) or not _has_object(verb, middle):
        return None  # without an object, a phrase of the verb may want another preposition ("zwichten voor")
    if before and (not _adverbial(before) or not _closes_with_a_complement(verb, middle, clause, before)):
        return None
    found_form = found_verb_form(term, verb)
    if found_form is None:
        return None
    try:
        finite = found_form[0](head, own is not None)
    except ValueError:  # a verb without that form
        return None
    closing = " ".join([*before, *([own[0]] if own else [])])
    replacement = f"{finite} {clause[1:].text} {closing}"
    doc = clause.doc
    following = doc[clause.end].lower_ if clause.end < len(doc) else None
    return None if closing.split()[-1] == following else replacement
