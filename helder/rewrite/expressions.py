"""A verbal expression replaced over its whole span, in the form of its verb.

"wij nemen uw aanvraag snel in behandeling" with "behandelen" becomes "wij behandelen uw aanvraag snel": the
expression's verb and its other words may stand apart, and the words between them stay where they are. Where
the sentence needs more than a swap, the alternative stays advice.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from helder.nlp import inflect
from helder.nlp.lookup import lookup_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.structure import DETERMINERS
from helder.rewrite.clauses import after_te, main_clause
from helder.rewrite.reflexives import has_reflexive
from helder.rewrite.verbs import found_verb_form, verb_parts
from helder.rewrite.vocabulary import NOUN_MODIFIERS, VERBAL, verb_first


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
    alternative_parts = verb_parts(alternative)
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
        if term_verb != "zijn" and inflect.perfect_auxiliary(term_verb) != inflect.perfect_auxiliary(head):
            return None  # "het kwam ons ter ore" is no "het hoorde ons": another kind of verb
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
