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
terugsturen"; so is a separable verb whose particle stands apart ("wendden de
premie aan" -> "gebruikten de premie").

The parts live beside this module: `verbs` and `expressions` inflect verbs and verbal expressions,
`noun_phrases` keeps a noun's determiner and adjectives in agreement and `articles` rewrites them where the
noun's gender changes (`fit_all`), `reflexives` handles a verb's reflexive pronoun, `clauses` the clause around
the span, and `vocabulary` holds the word sets and word tests they share.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import is_known, lookup_lemma
from helder.nlp.structure import COPULAS, DETERMINERS, PREPOSITIONS
from helder.rewrite.articles import (TWO_GENDERS, own_article_fits, own_article_phrase, switchable_noun_phrase,
                                    with_own_article, with_switched_article)
from helder.rewrite.clauses import (after_a_preposition, after_te, agent_needs_a_participle, clause_before_main_clause,
                                    clause_out_of_place, comma_left_behind, doubles_a_neighbour, finite_verb,
                                    full_stop_taken, main_clause, negation_turns_it, phrase_before_its_noun,
                                    preposition_of_the_term_left, preposition_without_object, reads_as_agent,
                                    relative_after_preposition, relative_clause_before_verb, sentence_end,
                                    sentence_start, token_span, verb_for_a_noun, wrong_word_class)
from helder.rewrite.expressions import clause_to_its_end, fit_expression, fit_split_verb, with_particle_at_end
from helder.rewrite.noun_phrases import (after_a_noun, after_article, after_its_noun, agreeing, attributive,
                                         determiner_left_behind, fits_determiners, found_as_plural, needs_an_article,
                                         noun_following, participle_as_predicate, plural_of, with_agreeing_adjectives,
                                         words_before_disagree)
from helder.rewrite.reflexives import (has_reflexive, own_reflexive, placed_reflexive, pronoun_after, reflexive_verb,
                                      verb_term)
from helder.rewrite.verbs import (as_participle, bare_participle, changes_subject, double_infinitive_after,
                                  fit_untagged_verb, fit_verb, fit_verb_phrase, found_verb_form, modal_after_a_modal,
                                  modal_before_te, object_after_verb, participle, participle_by_context,
                                  participle_term, preposition_left_behind, quantity_for_a_singular_subject,
                                  split_here)
from helder.rewrite.vocabulary import (ARTICLE_GENDERS, CLAUSE_OPENERS, DEGREE_WORDS, NOUN_PHRASE_OPENERS, QUANTIFIERS,
                                       REFLEXIVES, SUBJECT_PERSON, UNINFLECTING_DETERMINERS, VERBAL, adjective_base,
                                       finite_form, head_kind, head_noun, infinitive, noun_only, participle_of,
                                       verb_first, verb_like, verb_word)


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
    if "zich" not in term.split() and (reflexive or verb_term(term, span)):
        pronoun = own_reflexive(span) is not None
        if reflexive and not pronoun or pronoun and not (reflexive or reflexive_verb(alternative)):
            return None  # "wij kunnen niet plooien" has no pronoun for "zich aanpassen"; not "ons overleggen met"
        alternative = " ".join(word for word in alternative.split() if word != "zich")
    fitted = _fit(alternative, term, span)
    if fitted is None or opens_wrongly(fitted, span) or wrong_case(fitted, span) or article_after_ter(fitted, span) or (
            modal_before_te(alternative, span)) or wrong_word_class(alternative, term, span) or (
            preposition_left_behind(alternative, term, span)) or doubles_a_neighbour(fitted, span) or (
            comma_left_behind(fitted, term, span)) or words_before_disagree(fitted, term, span) or (
            reads_as_agent(fitted, span)) or negation_turns_it(fitted, span) or (
            participle_as_predicate(fitted, span)) or preposition_without_object(alternative, term, span) or (
            agent_needs_a_participle(fitted, span)) or relative_after_preposition(fitted, span) or (
            preposition_of_the_term_left(fitted, term, span)) or verb_for_a_noun(fitted, term, span) or (
            phrase_before_its_noun(fitted, span)) or modal_after_a_modal(fitted, span):
        return None
    full_stop = full_stop_taken(fitted, term, span)
    if full_stop is None:
        return None
    comma = clause_before_main_clause(fitted, term, span) or relative_clause_before_verb(fitted, span)
    return f"{fitted}." if full_stop else f"{fitted}," if comma else fitted


# Adverbs that never open a sentence: "Meer bepaald ontbreekt het plan" is no "Namelijk ontbreekt ...".
_NEVER_FIRST = frozenset({"namelijk"})


def opens_wrongly(fitted: str, span: Span) -> bool:
    """A replacement that cannot open the sentence the term opens: "namelijk", or a lone finite verb for
    a participle ("Gebleken is dat ..." is no question "Bleek dat ...?")."""
    if span.start != sentence_start(span):
        return False
    first, found = fitted.split()[0].lower(), span[0].lower_
    return first in _NEVER_FIRST or (
        fitted.lower() == first and finite_form(first) and participle_of(lookup_lemma(found)) == found)


def article_after_ter(fitted: str, span: Span) -> bool:
    """ "ter" and "ten" hold an article, "ter" the one of a "de" noun and "ten" of a "het" noun: "ter
    invordering" is no "ter het innen", "ter staving" no "ter bewijs"."""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in {"ter", "ten"}:
        return False
    words = fitted.lower().split()
    wanted = "de" if span.doc[span.start - 1].lower_ == "ter" else "het"
    return words[0] in {"de", "het", "een"} or len(words) == 1 and gender(words[0]) not in {None, wanted}


_SUBJECT_PRONOUNS = frozenset({"ik", "jij", "wij", "we", "zij"})
_OBJECT_PRONOUNS = frozenset({"mij", "ons"})


def wrong_case(fitted: str, span: Span) -> bool:
    """A pronoun in the wrong case: a subject form after a preposition ("aan ik"), an object form
    anywhere else ("Mij heeft uw dossier bekeken")."""
    words = fitted.lower().split()
    if len(words) != 1 or words[0] not in _SUBJECT_PRONOUNS | _OBJECT_PRONOUNS:
        return False
    return after_a_preposition(span) != (words[0] in _OBJECT_PRONOUNS)


def fit_all(alternatives: Iterable[str], term: str, span: Span, following: Doc | None = None,
            taken: Iterable[Span] = ()) -> tuple[Span, list[str | None]]:
    """Each alternative fitted to the found words (`fit`), or, where only the other gender of its noun
    stands in the way, with the determiner and adjectives before the noun rewritten for it: "het
    recipiënt" -> "de container", "een nieuwe begroting" -> "een nieuw budget". Such a replacement
    covers the noun phrase from its determiner on, and then all the others do too ("het vat"): the
    span they replace comes first. `following` is the next sentence, whose pronouns may point back;
    `taken` are the spans of other terms in the sentence, which the phrase may not take in ("een kort
    geding" is a term of its own, no "een korte rechtszaak").
    Where no alternative fits the found words alone, the span may also grow in three other ways, each
    only where it is safe: over the article for an alternative with an article of its own ("De inning"
    -> "Het innen"), over the rest of a main clause for a separable alternative whose particle goes
    to its end ("retourneerden de documenten per post" -> "stuurden de documenten per post terug"), and
    over a reflexive pronoun right after the verb for an alternative without one ("bevindt zich" ->
    "ligt")."""
    alternatives = list(alternatives)
    fitted = [fit(alternative, term, span) for alternative in alternatives]
    phrase = None if all(fitted) else switchable_noun_phrase(term, span, following)
    if phrase is not None and any(other.start < span.start and other.end > phrase.start for other in taken):
        phrase = None
    switched = [None if done or phrase is None else with_switched_article(alternative, phrase, span)
                for alternative, done in zip(alternatives, fitted)]
    if not all(fitted) and not any(switched):
        # "De inning van de boete" -> "Het innen van de boete": an alternative with an article of its own
        phrase = own_article_phrase(term, span)
        if phrase is not None and any(other.start < span.start and other.end > phrase.start for other in taken):
            phrase = None
        switched = [None if done or phrase is None or is_instruction(alternative) else
                    with_own_article(alternative, phrase, span, following)
                    for alternative, done in zip(alternatives, fitted)]
    if phrase is None or not any(switched):
        clause = None if all(fitted) else clause_to_its_end(term, span)
        if clause is not None and any(other.start < clause.end and other.end > span.end for other in taken):
            clause = None  # "Wij interpreteren de regels extensief": "extensief" is a term of its own
        moved = [None if done or clause is None or is_instruction(alternative) else
                 with_particle_at_end(alternative, term, clause) for alternative, done in zip(alternatives, fitted)]
        if clause is None or not any(moved):
            return _without_the_pronoun(alternatives, term, span, fitted)
        # "Wij retourneerden de documenten per post" -> "Wij stuurden de documenten per post terug"
        rest = span.doc.text[span.end_char : clause.end_char]
        return clause, [move or (done + rest if done else None) for move, done in zip(moved, fitted)]
    lead = span.doc.text[phrase.start_char : span.start_char]
    return phrase, [switch or (lead + done if done else None) for switch, done in zip(switched, fitted)]


def _without_the_pronoun(alternatives: list[str], term: str, span: Span,
                         fitted: list[str | None]) -> tuple[Span, list[str | None]]:
    """ "Uw dossier bevindt zich bij de dienst" -> "Uw dossier ligt bij de dienst": a one-word verb
    alternative without a reflexive pronoun takes the term's pronoun right after the verb along, where
    the verb is a main clause's finite verb and the alternative need not split. The replacement then
    covers the pronoun, and an alternative that keeps it ("zich richten op") writes it again."""
    pronoun = None if all(fitted) else pronoun_after(term, span)
    verb = span[0]
    found_form = found_verb_form(term, verb) if pronoun is not None else None
    if pronoun is None or found_form is None or not found_form[1] or not main_clause(verb):
        return span, fitted
    bare = [None if done or " " in alternative or is_instruction(alternative) or reflexive_verb(alternative) or (
        inflect.split_separable(alternative)) else fit_verb(alternative, term, verb)
        for alternative, done in zip(alternatives, fitted)]
    if not any(bare):
        return span, fitted
    rest = span.doc.text[span.end_char : pronoun.idx + len(pronoun.text)]
    return span.doc[span.start : pronoun.i + 1], [form or (done + rest if done else None)
                                                  for form, done in zip(bare, fitted)]


def _fit(alternative: str, term: str, span: Span) -> str | None:
    """The alternative in the form of the found words, before `fit` checks the sentence around them."""
    if len(span) == 1:
        return _fit_word(alternative, term, span[0])
    if "…" in term:
        return _fit_gapped(alternative, term, span)
    if verb_first(term.split()) and (bare_participle(span[0]) or _after_zijn(span) or (
            participle_by_context(span[0]))) and infinitive(alternative.split()[0]):
        # "het startbedrag, voorzien in artikel 20", "is voorzien in het voorjaar": a state, no "zorgen voor";
        # "de wet heeft voorzien in": a participle that looks like the infinitive
        return None
    if span.text.lower().split() == term.split() or _plural_after_a_preposition(term, span) or (
            _determiner_form(alternative, term, span)):
        refused = clause_out_of_place(alternative, term, span) or object_after_verb(alternative, term, span) or (
            determiner_left_behind(alternative, term, span)) or after_a_noun(alternative, term, span) or (
            alternative in SUBJECT_PERSON and changes_subject(alternative, span.root)) or (  # not "ik heeft"
            quantity_for_a_singular_subject(alternative, span))  # a modal before "te": `fit` refuses it
        if refused:
            return None
        auxiliary = double_infinitive_after(term, span)
        if auxiliary:
            return as_participle(alternative, auxiliary)
        last = term.split()[-1]
        if infinitive(last) and participle_of(last) == last and participle_by_context(span[-1]):
            # "heeft een wijziging ondergaan" is a participle: "is veranderd" needs another auxiliary;
            # "in dank ontvangen" -> "ontvangen" has the same shape
            return alternative if participle_of(alternative) == alternative else None
        if " " in alternative:
            return with_agreeing_adjectives(alternative, term, span)
        *before, last = term.split()
        attribute = adjective_base(alternative) not in {None, alternative} or last.endswith("nde") and (
            before[-1:] != [] and before[-1] not in DETERMINERS and noun_following(span) is not None)
        # "alle ter zake doende documenten" -> "alle belangrijke documenten"; "het voorgaande" is a noun
        return agreeing(alternative, span, term) if attribute else (
            alternative)  # the lexicon's "speciale" is an attribute; "uiterlijk" for "ten laatste" may be none
    return fit_split_verb(alternative, term, span) or fit_expression(alternative, term, span)


def _after_zijn(span: Span) -> bool:
    """The term's first word right after a form of "zijn": a participle of state, whatever its shape."""
    return span.start > 0 and span.doc[span.start - 1].lemma_ == "zijn" and span.doc[span.start - 1].pos_ == "AUX"


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


def _determiner_form(alternative: str, term: str, span: Span) -> bool:
    """ "een dergelijke maatregel" for the term "een dergelijk" and the alternative "zo'n": the found words
    differ only by an adjective's -e, and the alternative is a determiner, the same before any noun."""
    words, term_words = span.text.lower().split(), term.split()
    return alternative in UNINFLECTING_DETERMINERS and len(words) == len(term_words) and all(
        word in {term_word, f"{term_word}e"} for word, term_word in zip(words, term_words))


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
        and middle[-1].lower_ in inflect.PARTICLES and is_known(middle[-1].lower_ + verb.lower_) else None
    # "verlof te nemen" is no "verlofnemen", "er op te wijzen" no "er opwijzen"
    if particle is not None:
        middle = middle[:-1]
        verb_text = particle.text + verb.text
    else:
        verb_text = verb.text
    text = " ".join(item for item in (opening, middle.text, verb_text) if item)
    return text[:1].upper() + text[1:] if head.text[:1].isupper() else text


def _fit_word(alternative: str, term: str, token: Token) -> str | None:
    if " " in term:
        return None
    found = token.lower_
    if found_as_plural(term, token_span(token)) and token.pos_ == "NOUN" and (
            gender(term) or head_noun(alternative.lower().split()) is not None):
        return plural_of(alternative, token)  # a noun's plural; "vereisten" is no plural of "vereist"
    if found == term and split_here(alternative, token):
        return None
    if " " in alternative:
        return _fit_phrase(alternative, term, token) or (
            fit_verb_phrase(alternative, term, token) if token.pos_ in VERBAL or token.morph.get("VerbForm") else None)
    # A term that is no infinitive is no verb, whatever the tagger says ("adequaat heeft gereageerd").
    verbal = (token.pos_ in VERBAL or bool(token.morph.get("VerbForm"))) and not after_article(token) and (
        term.endswith("n")) and not participle_term(term)
    if has_reflexive(token) and not placed_reflexive(term, token) or changes_subject(alternative, token):
        return None  # "uw dossier bevindt zich" -> "is zich": a pronoun `fit` has not placed would stay
    if found == term and attributive(token):  # whatever the tagger calls it: "malafide" as a verb
        if noun_only(alternative):
            return None  # a noun the tagger took for an adjective: "het areaal grasland" -> not "het oppervlakte"
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        if following is not None and following.pos_ in {"VERB", "AUX"} and agreeing(term, token_span(token), term) != (
                found):
            return alternative  # bare before a verb where an attribute takes its -e: an adverb ("limitatief opgesomd")
        return agreeing(alternative, token_span(token), term) if fits_determiners(alternative, term, token) else None
    if verbal and token.pos_ not in {"NOUN", "PROPN"}:
        if found == term and not (finite_verb(token) and main_clause(token)) and not (
                participle(token) and infinitive(term)):  # "voorbehouden": an infinitive, here a participle
            return alternative
        return _before_its_noun(fit_verb(alternative, term, token), term, token)
    if found == term:
        if not fits_determiners(alternative, term, token) or after_its_noun(alternative, token) or (
                token.pos_ == "NOUN" and needs_an_article(alternative, token)):
            return None
        return agreeing(alternative, token_span(token), term)
    if found == inflect.attributive(term):  # "nadere informatie" -> "verdere", not "vake" for "frequente"
        if term.endswith("wijs") and not attributive(token):
            return alternative  # "Natuurlijkerwijze": the adverb's other spelling -> "Natuurlijk", not "Natuurlijke"
        if verb_word(term) and inflect.past_participle(term) == term:
            # the participle of a verb that is its own infinitive: "een herziene beslissing" -> "aangepaste"
            return inflect.inflected_participle(inflect.past_participle(alternative), alternative) if (
                verb_word(alternative)) else None
        return inflect.attributive(alternative) if inflect.has_attributive(alternative) else None
    if found == inflect.diminutive(term):
        return inflect.diminutive(alternative)
    if _other_plural(term, token) and head_noun(alternative.lower().split()) is not None:
        return _plural_of_a_count_noun(alternative, token)  # "actoren", "bouwwerkzaamheden", "gedupeerden"
    return _before_its_noun(fit_untagged_verb(alternative, term, token), term, token)


def _before_its_noun(verb: str | None, term: str, token: Token) -> str | None:
    """A weak participle for one before its noun takes the ending the noun asks: "de door u ingeroepen
    argumenten" -> "de door u gebruikte argumenten" (an -en participle has one form)."""
    if verb and verb.endswith(("d", "t")) and participle(token) and attributive(token):
        return agreeing(verb, token_span(token), term, participle=True)
    return verb


def _other_plural(term: str, token: Token) -> bool:
    """A plural of the noun term that `found_as_plural` does not give: "actoren" for "actor",
    "gedupeerden" for "gedupeerde", "werkzaamheden" for "werkzaamheid"; by its ending, as the tagger
    and the lemma table often miss such words (a noun as a verb, a plural as a singular)."""
    found = token.lower_
    endings = {f"{term}en", f"{term}n", f"{term}s", f"{term[:-4]}heden" if term.endswith("heid") else ""}
    noun = gender(term) is not None or term.endswith("e") and found == f"{term}n"  # "de gedupeerde(n)"
    return found in endings - {""} and noun and not verb_like(found) and not after_te(token)


def _plural_of_a_count_noun(alternative: str, token: Token) -> str | None:
    """`plural_of`, but not an -s plural of a noun on -en: those are often no count nouns, or have
    another plural ("voldoende bestaansmiddelen" -> not "voldoende inkomens", "redenen" not "redens")."""
    plural = plural_of(alternative, token)
    head = head_noun(alternative.lower().split())
    noun = alternative.lower().split()[head] if head is not None else ""
    return None if plural is None or noun.endswith("en") and f"{noun}s" in plural.lower().split() else plural


# After a definite determiner the phrase's head may take the other article ("het
# distributienettarief" -> "de kosten"); after any, the phrase must not bring its own ("een een").
DEFINITE = frozenset({"de", "het", "deze", "dit", "die", "dat"})


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
    verb_phrase = infinitive(words[-1]) and words[-2:-1] != ["te"]  # "niet willen"; not "op te eisen"
    if words[0] in PREPOSITIONS and "te" not in words and (_misfit_predicate(token) or (
            token.i and doc[token.i - 1].pos_ == "ADP")):
        return None  # "wordt met weinig verkeer", "kiest voor met hergebruik bouwen"; "is in te trekken" stands
    if (token.pos_ in VERBAL or token.morph.get("VerbForm")) and not after_article(token):
        if participle_of(term) == term and participle(token):  # "zal worden herzien" -> "opnieuw bekeken"
            return as_participle(alternative, inflect.perfect_auxiliary(term))
        modal = any(child.dep_ == "aux" and child.i < token.i for child in token.children)  # "moeten ... herhuisvesten"
        if not term.endswith("n") or (finite_verb(token) and not modal) or previous == "te" or not verb_phrase:
            return None  # "om te herhuisvesten" would need "om ... te geven"
        reflexive = any(child.dep_ == "expl:pv" or child.lower_ == "zich" for child in token.children)
        before = {word.lower_ for word in doc[max(0, token.i - 3) : token.i]}
        if reflexive or set(words[:-1]) & (DETERMINERS | REFLEXIVES) or before & set(words):
            return None  # "ons beijveren" -> "ons best doen"; an object of its own; "alle moeite" + "moeite doen"
        return alternative
    if (previous in NOUN_PHRASE_OPENERS or token.pos_ in {"NOUN", "PROPN"}) and not adverb:  # or an adjective as one
        if previous in DEFINITE and not _same_gender_phrase(token, words) or (
                previous in DETERMINERS and words[0] in DETERMINERS) or (token.i and doc[token.i - 1].pos_ == "ADJ"):
            return None  # the phrase's head may want the other article, or the adjective another ending
        if _bare_after_a_preposition(token) and own_article_fits(words, token_span(token)):
            return alternative  # "Na indiening van uw aanvraag" -> "Na het indienen van uw aanvraag"
        if infinitive(words[0]) or verb_phrase or words[0] in CLAUSE_OPENERS or any(map(finite_form, words)):
            return None  # a verb phrase or a clause ("automatisch werken", "hoe het ervoor staat")
        opening = next((word for word in words if word not in DEGREE_WORDS), "")
        if after_article(token) and opening in PREPOSITIONS | QUANTIFIERS:
            return None  # "een onderbemanning" -> not "een te weinig personeel"; "een te lage bloedsuiker" stands
        return with_agreeing_adjectives(alternative, term, token_span(token))
    if token.pos_ not in {"ADJ", "ADV"} and not adverb or previous in DEGREE_WORDS or verb_phrase or (
            words[-1] in PREPOSITIONS):
        return None  # "te reactief" -> "te pas achteraf"; "de schuld van" needs its noun
    if token.pos_ == "ADJ" and following is not None and following.pos_ == "ADP" and following.dep_ != "compound:prt":
        return None  # the adjective's own phrase follows: "verwijtbaar aan u"; not a particle: "laattijdig binnen"
    return alternative  # "is herroepbaar" -> "is in te trekken"


def _bare_after_a_preposition(token: Token) -> bool:
    """A noun without determiner or adjective right after its preposition: "na indiening", "voor ruiming"."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i else None
    return previous is not None and previous.pos_ == "ADP" and previous.dep_ != "compound:prt" and (
        token.pos_ in {"NOUN", "PROPN"}) and not any(
        child.dep_ in {"det", "amod", "nmod:poss", "nummod"} and child.i < token.i for child in token.children)


def _same_gender_phrase(token: Token, words: list[str]) -> bool:
    """ "De beroepstermijn is dertig dagen" -> "De tijd om in beroep te gaan is": after a definite
    determiner of its own, a noun phrase may take the noun's place where its head noun is singular and
    takes that determiner too. Words after the head stand only before the sentence's verb or its
    punctuation ("de tijd om in beroep te gaan die ..." would mix two phrases) and open with a preposition,
    or with "om" for a subject ("De tijd om bezwaar te maken loopt", no "korting meenemen naar")."""
    doc = token.doc
    determiner = doc[token.i - 1]
    head = head_noun(words)
    if head is None or determiner.pos_ != "DET" or determiner.head != token or token.dep_ in {"compound", "flat"}:
        return False
    if ARTICLE_GENDERS.get(determiner.lower_) != head_kind(words) or words[head] in TWO_GENDERS:
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    tail = words[head + 1 :]
    if not tail:
        return True
    if tail[0] == "om":  # "wij stoppen de procedure om te innen" also reads as a purpose; a subject does not
        return following is not None and following.pos_ in VERBAL
    return tail[0] in PREPOSITIONS and not any(map(finite_form, tail)) and (
        following is None or following.is_punct or following.pos_ in VERBAL)


def _degree_of_a_predicate(token: Token, words: list[str]) -> bool:
    """ "waren lichtelijk ontstemd" -> "een beetje ontstemd", "is onevenredig hoog" -> "buiten verhouding
    hoog": an adverb before the adjective it modifies takes an adverbial phrase, where that adjective
    stands before no noun ("hoogwaardig openbaar vervoer") and the phrase is no adjective's ("te groot
    hoog"; "op het eerste gezicht hoog" stands)."""
    doc = token.doc
    adjective = doc[token.i + 1]
    after = doc[adjective.i + 1] if adjective.i + 1 < len(doc) else None
    adjective_phrase = adjective_base(words[-1]) is not None and not set(words) & DETERMINERS
    return adjective.pos_ == "ADJ" and token.head == adjective and token.dep_ == "advmod" and (
        after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ"}) and not adjective_phrase


def _adverb_by_position(token: Token, term: str, words: list[str]) -> bool:
    """ "Primo is uw aanvraag" -> "Ten eerste is", "Sedertdien hebben wij" -> "Sinds dan hebben": a
    word alone before the finite verb at the head of its sentence, whose alternative is an adverbial
    phrase, is an adverb, whatever its tag (a subject would get a noun phrase: "Ondergetekende
    heeft"). So is a word at the head of a sentence without a verb, whose alternative brings one:
    "Ziedaar de reden" -> "Dat is de reden"."""
    doc = token.doc
    if token.i != sentence_start(token_span(token)) or known_noun(term):
        return False
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ in VERBAL and finite_verb(following):
        return words[0] in PREPOSITIONS | {"ten", "ter"}
    return following is not None and not following.is_punct and not any(
        other.pos_ in VERBAL for other in doc[token.i : sentence_end(token_span(token))]) and (
        any(map(finite_form, words)))


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
