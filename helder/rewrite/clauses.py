"""Where the span stands in its sentence, and what a replacement does to the clause around it.

The sentence and clause edges, finite verbs and main clauses that the other modules read, and the checks `fit`
makes on the clause: a conjunction where a clause follows and a preposition where a noun phrase does
("niettegenstaande"), no clause opener where no clause can stand, the comma or full stop a replacement brings
or leaves behind, and no word twice beside the span ("letten op op").
"""

from __future__ import annotations

import itertools

from spacy.tokens import Span, Token

from helder.nlp.genders import known_noun
from helder.nlp.passive import is_participle_form
from helder.nlp.structure import ADVERBIAL_PREPOSITIONS, DETERMINERS, PREPOSITIONS, SUBORDINATORS
from helder.rewrite.vocabulary import (CLAUSE_OPENERS, NOUN_PHRASE_OPENERS, SUBJECT_PERSON, VERBAL, finite_form,
                                       infinitive, verb_word, verbal_term)


def token_after(span: Span) -> Token | None:
    """The word right after the span in its sentence, if any."""
    return span.doc[span.end] if span.end < len(span.doc) else None


def after_a_preposition(span: Span) -> bool:
    """Whether the word before the span is a preposition ("aan ondergetekende", "tijdens hetwelk")."""
    return span.start > 0 and span.doc[span.start - 1].pos_ == "ADP"


def token_span(token: Token) -> Span:
    """The one-word span of `token`, for the checks that read a span."""
    return token.doc[token.i : token.i + 1]


def sentence_start(span: Span) -> int:
    """Where the span's sentence starts; a salutation or closing is only tokenised, one sentence."""
    return span.sent.start if span.doc.has_annotation("SENT_START") else 0


def sentence_end(span: Span) -> int:
    """Where the span's sentence ends (see `sentence_start`)."""
    return span.sent.end if span.doc.has_annotation("SENT_START") else len(span.doc)


def finite_verb(token: Token) -> bool:
    """Tagged finite, or with a subject of its own; an "-en" form the tagger calls finite after the
    clause's finite verb is its infinitive ("wij willen het vandaag retourneren")."""
    if any(child.dep_.startswith("nsubj") for child in token.children):
        return True
    return token.morph.get("VerbForm") == ["Fin"] and not (token.dep_ == "xcomp" and token.head.i < token.i)


def main_clause(token: Token) -> bool:
    """A finite verb of a main clause (verb second): no subordinating conjunction or relative pronoun."""
    if any(child.dep_ == "mark" for child in token.children):
        return False
    return token.dep_ not in ("advcl", "ccomp", "acl", "acl:relcl", "csubj")


def after_te(verb: Token) -> bool:
    """Whether "te" stands right before the verb ("terug te sturen")."""
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ == "te"


def wrong_word_class(alternative: str, term: str, span: Span) -> bool:
    """ "niettegenstaande u had voldaan" -> "hoewel u", not "ondanks u"; "niettegenstaande uw
    herinnering" -> "ondanks", not "hoewel": for a one-word term, a conjunction goes where a clause
    follows, a preposition where a noun phrase does. Where helder cannot tell, the lexicon's word
    class stands (as for "aangaande", "overeenkomstig": prepositions only). An alternative that opens
    with a conjunction is one ("op voorwaarde dat" is not: "omdat er" is), and so is "als" for a
    conjunction ("mits voorlegging van een attest" -> not "als voorlegging")."""
    words = alternative.split()
    conjunction = words[0] in CONJUNCTIONS or alternative == "als" and term in CONJUNCTIONS
    if " " in term or len(span) != 1 or not (conjunction or alternative in ADPOSITIONS):
        return False
    follows = _clause_follows(span)
    if follows is None and _bare_noun_with_van(span):
        follows = False  # "mits voorlegging van een abonnement dat ... geldig was": a noun phrase, whatever comes on
    return follows is not None and follows != conjunction


def _bare_noun_with_van(span: Span) -> bool:
    """A noun without a determiner and its "van" right after the word: a noun phrase ("betaling van",
    "voorlegging van"), never the subject of a clause."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end + 1].lower_ == "van"


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
    for token in doc[span.end : sentence_end(span)]:
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
    if 0 < index < len(stretch) - 1 and verbal(stretch[index]) and finite_verb(stretch[index]) and (
            stretch[index + 1].lower_ in CLAUSE_SUBJECTS | NOUN_PHRASE_OPENERS):
        return False
    if index and not verbs and (following is None or following.is_punct):
        return False  # "uw betaling van 12 juli."
    last_verbs = list(itertools.takewhile(verbal, reversed(stretch)))
    finite = [token for token in verbs if token.morph.get("VerbForm") == ["Fin"]]
    opens = span.start == sentence_start(span) or doc[span.start - 1].text == ","  # not "hetwelk wegens ..."
    if opens and finite and set(finite) <= set(last_verbs) and (following is None or following.is_punct):
        return True
    return None


def clause_out_of_place(alternative: str, term: str, span: Span) -> bool:
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
    if CLAUSE_OPENERS & set(term.split()) or (openers == {"als"} and not any(map(finite_form, words))):
        return False
    if len(words) == 1:
        return term.split()[-1] in PREPOSITIONS
    after = token_after(span)
    at_edge = before is None or before.is_sent_start and span.start == before.i or before.text == "," or (
        span[0].is_sent_start) or after is None or after.is_punct
    return not at_edge


QUESTION_WORDS = frozenset({"hoe", "waar", "wanneer", "wat", "wie"})  # they may follow a preposition: "over hoe"


def clause_before_main_clause(replacement: str, term: str, span: Span) -> bool:
    """ "Zo nodig komt een medewerker langs" -> "Als het nodig is, komt": a clause that the
    replacement puts at the head of the sentence ends in a comma before the main clause. A term that
    ends in a clause's opener ("overwegende dat") leaves its clause to the sentence."""
    after = token_after(span)
    return (span.start == sentence_start(span) and after is not None and not after.is_punct
            and _whole_clause(replacement) and term.split()[-1] not in CLAUSE_OPENERS)


def comma_left_behind(replacement: str, term: str, span: Span) -> bool:
    """ "Wat ons aangaat, is het dossier afgesloten" -> not "Voor ons, is": a clause at the head of
    the sentence leaves its comma, which a phrase in its place cannot keep."""
    doc = span.doc
    return (span.start == sentence_start(span) and span.end < len(doc) and doc[span.end].text == ","
            and _whole_clause(term) and not _whole_clause(replacement))


def _whole_clause(text: str) -> bool:
    """A conjunction or question word with a subject and a finite verb after it: "als het nodig is",
    "wat ons aangaat"; not "als laatste stap" ("stap" looks like a verb form)."""
    words = text.lower().split()
    plural_verb = words[1:2] in (["wij"], ["we"], ["jullie"], ["zij"], ["ze"]) and infinitive(words[-1])
    return (words[0] in CLAUSE_OPENERS and len(words) > 2 and words[1] in CLAUSE_SUBJECT_STARTS
            and (plural_verb or any(map(finite_form, words[2:]))))  # "als wij ons niet vergissen"


# Words a clause's subject may start with, right after its conjunction: "als het ...", "toen wij ...".
CLAUSE_SUBJECT_STARTS = frozenset({*SUBJECT_PERSON, "ons", "het", "dat", "dit", "er", "hij", "men", *DETERMINERS})


def relative_clause_before_verb(replacement: str, span: Span) -> bool:
    """ "De sanctionerend ambtenaar bekijkt" -> "De ambtenaar die over de boete beslist, bekijkt": a
    clause the replacement brings ends in a comma where a verb follows. "wat" opens none here: "koste
    wat het kost vermijden"."""
    words = replacement.lower().split()
    after = token_after(span)
    return (after is not None and after.pos_ in VERBAL and len(words) > 2 and finite_form(words[-1])
            and any(word in CLAUSE_LINKS or word.startswith("waar") for word in words[1:-1]))


CLAUSE_LINKS = frozenset({"die", "dat", "wie"})  # words that open a relative or "dat" clause inside a phrase


def full_stop_taken(replacement: str, term: str, span: Span) -> bool | None:
    """ "Wij bellen u t.z.t." -> "Wij bellen u later.": an abbreviation that closes its sentence holds
    the sentence's full stop, which its replacement must give back. A sentence ends where the letter,
    its line or its capitalised next word says so; a polite capital ("U", "Uw") leaves that unsure
    (None). A preposition ends no sentence ("i.s.m. De Lijn" -> "samen met De Lijn"), nor does an
    abbreviation after a comma, which opens what follows ("het basistarief, i.e. 25 euro")."""
    doc = span.doc
    if not (term.endswith(".") and span.text.endswith(".")) or replacement.endswith(".") or (
            replacement.lower().split()[-1] in PREPOSITIONS) or span.start and doc[span.start - 1].text == ",":
        return False
    following = token_after(span)
    if following is None or "\n" in doc[span.end - 1].whitespace_ + following.text:
        return True
    if not following.text[:1].isupper():
        return False
    return None if following.lower_ in {"u", "uw"} else True


_NEAR = 5  # words after the span in which the replacement's noun may not stand again


def doubles_a_neighbour(replacement: str, span: Span) -> bool:
    """ "letten op op", "wilt u u", "bij de rechtbank van de rechtbank": a replacement that repeats the
    word beside it, or its noun a few words on, has taken a word the sentence already has."""
    doc = span.doc
    words = replacement.lower().split()
    before = doc[span.start - 1].lower_ if span.start else None
    following = token_after(span)
    after = following.lower_ if following is not None else None
    noun_again = len(words) > 1 and len(words[-1]) >= 4 and words[-1] not in PREPOSITIONS and words[-1] in {
        token.lower_ for token in doc[span.end : span.end + _NEAR]}
    return bool(words) and (words[0] == before or words[-1] == after or noun_again)


def reads_as_agent(replacement: str, span: Span) -> bool:
    """ "De bomen werden gesnoeid door de veiligheid": "door" after the participle of a passive names who
    did it, not why, so a cause ("omwille van", "wegens") takes another word there; so right after a
    participle, and a few words after the participle of a passive ("werd u een boete opgelegd van 58
    euro wegens ...")."""
    if replacement.lower().split()[:1] != ["door"] or span.start == 0:
        return False
    doc = span.doc
    if "Part" in doc[span.start - 1].morph.get("VerbForm"):
        return True
    before = doc[max(0, span.start - _PASSIVE_REACH) : span.start]
    return any(token.dep_ == "aux:pass" for token in doc[: span.start]) and any(
        is_participle_form(token.lower_) for token in before)


_PASSIVE_REACH = 6  # words back from a cause to the participle of its passive


_RESTRICTIONS = frozenset({"alleen", "enkel", "slechts", "pas", "maar"})


def negation_turns_it(replacement: str, span: Span) -> bool:
    """ "is niet vergunningsplichtig" -> not "is niet alleen toegestaan met een vergunning": after a
    negation, a replacement that restricts says something else."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in {"niet", "geen", "nooit"} and bool(
        _RESTRICTIONS & set(replacement.lower().split()))


def preposition_without_object(replacement: str, term: str, span: Span) -> bool:
    """ "welke tegemoetkomingen in aanmerking komen" -> not "... recht hebben op.": a replacement that
    ends in a preposition the term did not end in needs a noun phrase after it."""
    words = replacement.lower().split()
    if not words or words[-1] not in PREPOSITIONS or term.split()[-1] in PREPOSITIONS:
        return False
    following = token_after(span)
    if following is not None and following.lower_ == words[-1]:
        return False  # the sentence has it already: "haken graag in op uw voorstel" -> "gaan graag in (op)"
    return following is None or following.is_punct or following.pos_ in {"CCONJ", "SCONJ", "ADP"}


def agent_needs_a_participle(replacement: str, span: Span) -> bool:
    """ "zoals vereist door de polisvoorwaarden" -> not "zoals nodig door ...": before its agent ("door")
    a participle stays a participle."""
    words = replacement.lower().split()
    following = token_after(span)
    return bool(words) and following is not None and following.lower_ == "door" and (
        is_participle_form(span[-1].lower_)) and not is_participle_form(words[-1])


def relative_after_preposition(replacement: str, span: Span) -> bool:
    """ "tijdens hetwelk u geen bezwaar indiende" -> not "tijdens dat": after a preposition a relative
    pronoun is "waar-" + preposition, which the writer rebuilds."""
    return replacement.lower() in {"dat", "die", "wat"} and after_a_preposition(span)


def preposition_of_the_term_left(replacement: str, term: str, span: Span) -> bool:
    """ "u kan in aanmerking komen voor een vermindering" -> not "kunnen krijgen voor": a verbal idiom
    that opens with its own prepositional phrase ("in aanmerking komen", "in kennis stellen") governs
    the preposition after it when that phrase hangs on its verb, and a replacement without a
    preposition of its own takes no such phrase ("een nieuwe loods inplanten naast uw tuin" is free)."""
    following = token_after(span)
    words = term.split()
    if following is None or following.pos_ != "ADP" or words[-1] in PREPOSITIONS or words[0] not in PREPOSITIONS or (
            len(words) < 3 or not verbal_term(term)):
        return False
    governs = following.head.head if following.dep_ == "case" else following.head
    return span.start <= governs.i < span.end and replacement.lower().split()[-1] not in PREPOSITIONS


def verb_for_a_noun(replacement: str, term: str, span: Span) -> bool:
    """ "dergelijke voorvallen" -> not "dergelijke gebeuren": a verb term found as a plural noun after
    its determiner or adjective takes no verb."""
    doc = span.doc
    return len(span) == 1 and span[0].pos_ == "NOUN" and span.start > 0 and doc[span.start - 1].pos_ in {
        "DET", "ADJ"} and infinitive(term) and verb_word(replacement.lower())


def phrase_before_its_noun(replacement: str, span: Span) -> bool:
    """ "het gevraagde attest" -> not "uw vraag attest", "geen pro forma gesprek" -> not "geen voor de vorm
    gesprek": words that modify the noun after them take a replacement of one word."""
    noun = token_after(span)
    if noun is None or " " not in replacement.strip():
        return False
    return noun.pos_ in {"NOUN", "PROPN"} and any(
        token.head.i == noun.i and token.dep_ in {"amod", "advmod", "det"} for token in span)
