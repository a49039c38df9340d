"""Agreement inside the noun phrase of a swapped word.

A noun's determiner and adjectives stay in the sentence when the noun is replaced, so the alternative must suit
them ("het reglement" -> not "het regel"); an adjective alternative takes the ending its noun asks ("een adequaat
antwoord" -> "een goed antwoord"), and a plural noun gets its alternative's plural. The words before the span
count more than their tags: the tagger often takes a rare noun for a verb or an adjective.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from helder.nlp import inflect
from helder.nlp.genders import gender, known_noun
from helder.nlp.lookup import is_known
from helder.nlp.structure import COPULAS, DETERMINERS, PREPOSITIONS
from helder.rewrite.clauses import sentence_start, token_after
from helder.rewrite.vocabulary import (ARTICLE_GENDERS, DEGREE_WORDS, GENDER_MARKERS, NOUN_KINDS, NOUN_MODIFIERS,
                                       NOUN_PHRASE_OPENERS, NO_INDEFINITE, PRONOUN_DETERMINERS, QUANTIFIERS,
                                       SINGULAR_DETERMINERS, UNINFLECTING_DETERMINERS, VERBAL, adjective_base,
                                       article_of, determiner_fits, head_kind, head_noun, infinitive, noun_only,
                                       own_phrase, plural_already, verb_first, verbal_term)


def after_article(token: Token) -> bool:
    """A word right after an article or possessive is a noun, whatever its tag: "het rondschrijven"."""
    before = token.doc[token.i - 1] if token.i else None
    return before is not None and before.lower_ in DETERMINERS and (
        before.pos_ == "DET" or before.lower_ in _ONLY_DETERMINERS)  # "elk" tagged PRON


# Determiners that are never pronouns, whatever their tag ("ons", "zijn" and "het" can be: "voor ons verhelderd").
_ONLY_DETERMINERS = frozenset({"elk", "elke", "ieder", "iedere", "onze", "uw"})


def attributive(token: Token) -> bool:
    return _noun_after(token) is not None


ATTRIBUTE_WORDS = frozenset({"ADJ", "ADV", "PUNCT", "CCONJ"})  # what may stand between an adjective and its noun


def _noun_after(token: Token) -> Token | None:
    """The noun a word stands before as its attribute: its head (a noun, or a word the gender table
    knows as one: "de kwestieuze boete" with "boete" tagged as an adjective), with only adjectives,
    adverbs and commas between ("een duidelijk, kort antwoord", "de door u ingeroepen argumenten"; not
    "contactname met de aannemer"), or, where the tagger saw no attribute, the noun right after a word that
    follows an article ("de plaatsvervangend directeur")."""
    doc = token.doc
    head = token.head
    attribute = token.dep_ == "amod" or token.dep_ == "acl" and token.morph.get("VerbForm") == ["Part"]
    if attribute and token.pos_ != "NOUN" and head.i > token.i and (
            head.pos_ in {"NOUN", "PROPN"} or known_noun(head.lower_)) and all(
            between.pos_ in ATTRIBUTE_WORDS for between in doc[token.i + 1 : head.i]):
        return head  # not "mededinging verbieden", two nouns to the tagger
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.pos_ == "NOUN" and token.pos_ not in {"NOUN", "PROPN"} and (
            after_article(token)) and not infinitive(following.lower_):
        return following  # not "die optiek begrijpen wij", with a verb tagged as a noun
    return None


def noun_following(span: Span) -> Token | None:
    """The noun the span stands before as an attribute, by the parse or, for a term of more words the
    tagger reads one by one ("ad hoc"), as the next word."""
    noun = _noun_after(span[-1])
    if noun is not None or len(span) == 1 or span.end >= len(span.doc):
        return noun
    following = span.doc[span.end]
    noun_like = following.pos_ in {"NOUN", "PROPN"} or known_noun(following.lower_) and following.pos_ != "VERB"
    if span[-1].head == following and span[-1].dep_ in {"amod", "acl"} and following.pos_ == "NOUN":
        return following  # "ter zake doende documenten", though "documenten" looks like an infinitive
    return following if noun_like and not infinitive(following.lower_) else None


def _before_a_noun(span: Span) -> bool:
    """The span is an attribute of the noun after it ("een ad hoc oplossing"): the words before belong
    to that noun."""
    return noun_following(span) is not None


def _noun_phrase_before(span: Span) -> tuple[Token | None, list[Token]]:
    """The determiner (or None) and the adjectives before the span in its noun phrase: ("een",
    ["nieuw"]) for "een nieuw paradigma", (None, ["herhaald"]) for "bij herhaald schoolverzuim"."""
    doc = span.doc
    index = span.start - 1
    adjectives = []
    while index >= sentence_start(span) and doc[index].pos_ in {"ADJ", "VERB"} and (
            span.start <= doc[index].head.i < span.end) and doc[index].lower_ not in NOUN_PHRASE_OPENERS and (
            gender(doc[index].lower_) is None or adjective_base(doc[index].lower_)):  # not "de boete abusievelijk"
        adjectives.append(doc[index])
        index -= 1
    opener = doc[index] if index >= sentence_start(span) and doc[index].lower_ in NOUN_PHRASE_OPENERS else None
    return opener, adjectives


def _determines(determiner: Token, term: str) -> bool:
    """Whether a word that can also be a pronoun ("het", "ons", "dat") is the term's determiner: not
    where the term has the other gender ("heeft voor ons prioriteit": "ons" is no determiner there,
    whatever the parser says)."""
    if determiner.pos_ in VERBAL:
        return False  # "zijn" the verb
    if determiner.lower_ not in PRONOUN_DETERMINERS:
        return True
    own = head_kind(term.split())
    return own is None or own == "infinitive" or GENDER_MARKERS.get(determiner.lower_) in {None, own}


def _tagged_determiner(token: Token) -> bool:
    """A determiner by its tag, or a word that can be nothing else ("uw", "hetzelfde")."""
    return token.pos_ == "DET" or token.dep_ in {"det", "nmod:poss"} or token.lower_ not in PRONOUN_DETERMINERS


def fits_determiners(alternative: str, term: str, token: Token) -> bool:
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
        return not any(child.dep_ in {"det", "nmod:poss"} for child in before) and not after_article(token)
    if noun != token or (token.pos_ not in {"NOUN", "PROPN"} and not after_article(token)):
        return True
    if infinitive(term) and infinitive(alternative):
        return True  # a verb for a verb, whatever the tagger says: "een nieuwe loods inplanten" -> "plaatsen"
    article = next((ARTICLE_GENDERS[child.lower_] for child in before if child.lower_ in ARTICLE_GENDERS), None)
    if not _adjectives_keep_their_form(alternative, article or gender(term), token) or (
            plural_already(alternative) and any(child.lower_ in SINGULAR_DETERMINERS for child in before)):
        return False  # "een nieuw toetsingskader" -> not "een nieuw regels"
    marked = any(child.lower_ in GENDER_WORDS and (child.dep_ in {"det", "nmod:poss"} or child == previous)
                 for child in before)
    if not marked:
        return True
    found = article or {"Com": "de", "Neut": "het"}.get(next(iter(token.morph.get("Gender")), "")) or gender(term)
    wanted = article_of(alternative)
    nominal_adjectives = term.endswith("e") and alternative.endswith("e")  # "het vorenstaande" -> "het voorgaande"
    if article == "het" and wanted is None and adjective_base(alternative.lower()) is None and not (
            nominal_adjectives) and inflect.attested_plural(alternative.lower()) is not None:  # a noun, not "ook"
        return False  # most nouns take "de": "het recipiënt" -> not "het container", whose gender is unknown
    return found is None or wanted is None or wanted == found  # unknown: no noun, or a tagging slip ("frequent")


# Words before a noun whose form shows its gender: "het reglement", "deze regel", "ons plan", "elke week".
GENDER_WORDS = frozenset({"de", "het", "deze", "dit", "die", "dat", "ons", "onze", "elk", "elke", "ieder", "iedere",
                          "welk", "welke", "zulk", "zulke"})


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
    wanted = article_of(alternative)
    if not adjectives or wanted is None or wanted == term_gender:
        return True  # the same gender, or an unknown one: no noun, or a tagging slip (see `fits_determiners`)
    bare = _bare_adjective_before(noun, wanted, noun.children)
    for adjective in adjectives:
        form = adjective.lower_
        inflected = inflect.attributive(form)
        if inflected == form and not form.endswith("e") or inflected != form and not is_known(inflected):
            continue  # one form ("open"), or no adjective ("nog", "meer")
        if bare != (inflected != form):
            return False
    return True


def _bare_adjective_before(noun: Token, noun_gender: str | None, words: Iterable[Token]) -> bool | None:
    """Whether an adjective before `noun` goes without -e, given the noun phrase's `words`: yes for a
    singular "het" noun after "een", "geen", "elk" or no determiner ("een groot huis"), no elsewhere;
    None where that depends on a gender nobody knows."""
    determiners = [word for word in words if word.dep_ in {"det", "nmod:poss"} and word.i < noun.i]
    if noun.morph.get("Number") == ["Plur"] or any(
            word.lower_ not in UNINFLECTING_DETERMINERS for word in determiners):
        return False
    return None if noun_gender is None else noun_gender == "het"


def after_its_noun(alternative: str, token: Token) -> bool:
    """ "uw brief van 3 maart jl." + "vorige": an attributive alternative cannot follow its noun."""
    previous = token.doc[token.i - 1] if token.i else None
    return (previous is not None and previous.pos_ in {"NOUN", "PROPN", "NUM"} and token.pos_ not in {"NOUN", "PROPN"}
            and alternative.endswith("e") and inflect.attributive(alternative) == alternative)


def needs_an_article(alternative: str, token: Token) -> bool:
    """ "Na beëindiging" -> not "Na einde", "bij aanvang" -> not "bij begin": a noun the writer put
    without article after a preposition, whose alternative cannot go without one."""
    doc = token.doc
    previous = doc[token.i - 1] if token.i else None
    return previous is not None and previous.pos_ == "ADP" and alternative.lower() in ARTICLE_NOUNS and not any(
        child.dep_ in NOUN_MODIFIERS and child.i < token.i for child in token.children)


# Nouns that need an article where the term went without one ("na beëindiging" -> not "na einde"; "na
# controle", "bij verkoop" are fine).
ARTICLE_NOUNS = frozenset({"begin", "einde", "eind", "start"})


def words_before_disagree(replacement: str, term: str, span: Span) -> bool:
    """Whether the determiner and adjectives before the span, which the swap leaves as they are, cannot
    go with the replacement's head noun: "het beroepsorgaan" -> not "het beroepscommissie", "ons
    webportaal" -> not "ons website", "geen enkele adstructie" -> not "geen enkele bewijs", "een
    nieuw paradigma" -> not "een nieuw denkwijze", "een gescheiden stelsel" -> not "een aparte buizen",
    "de bewaring" -> not "de bewaren". Read from the words, not the tags: the tagger often takes a rare
    noun for a verb or an adjective. A verb for a verb, and an attribute before its noun, are left to
    the other checks."""
    found_plural = found_as_plural(term, span)
    kind = "plural" if found_plural else head_kind(replacement.lower().split())
    if kind is None or verbal_term(term) or own_phrase(term) or _before_a_noun(span):
        return False
    determiner, adjectives = _noun_phrase_before(span)
    word = determiner.lower_ if determiner is not None and _determines(determiner, term) else None
    if word in SINGULAR_DETERMINERS and _head_in(replacement.lower().split(), NO_INDEFINITE):
        return True  # "een gunstig bericht" -> not "een goed nieuws"
    # before the writer's plural, a bare word is an adverb ("uitsluitend zorgverstrekkers")
    return _disagree_with(kind, word, [] if found_plural else adjectives)


def _head_in(words: list[str], nouns: frozenset[str]) -> bool:
    head = head_noun(words)
    return head is not None and words[head] in nouns


def _disagree_with(kind: str, determiner: str | None, adjectives: list[Token]) -> bool:
    """Whether a determiner and adjectives cannot go with a head of this kind ("de", "het", "plural",
    "infinitive"): "het" not before a "de" noun, "een nieuw" not before one either. After "de" or "uw"
    the ending says nothing of the gender ("uw persoonlijke leven")."""
    if determiner is not None and not determiner_fits(determiner, kind):
        return True
    if determiner is not None and determiner not in UNINFLECTING_DETERMINERS:
        return False
    bare = kind in {"het", "infinitive"}
    return any((_bare_form(adjective) == adjective.lower_) != bare
               for adjective in adjectives if _bare_form(adjective) is not None)


def _bare_form(adjective: Token) -> str | None:
    """An adjective's bare form, also of a weak participle the adjective table lacks ("een gemotiveerd
    verzoek": bare, so no "een gemotiveerd vraag"); an -en participle has one form and says nothing."""
    word = adjective.lower_
    base = adjective_base(word)
    if base is None and adjective.morph.get("VerbForm") == ["Part"] and word.endswith(("d", "t", "de", "te")):
        return word[:-1] if word.endswith("e") else word
    return base


def determiner_left_behind(alternative: str, term: str, span: Span) -> bool:
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
    kind = None if words[0] in DETERMINERS | QUANTIFIERS else head_kind(words)
    word = opener.lower_ if opener is not None else None
    return kind not in NOUN_KINDS or _disagree_with(kind, word, adjectives)


def _noun_then_verb(words: list[str]) -> bool:
    """ "poging ondernemen", "gevolg geven aan": a noun and its verb, perhaps with a preposition after it."""
    core = list(words)
    while len(core) > 2 and core[-1] in PREPOSITIONS:
        core.pop()
    return len(core) >= 2 and infinitive(core[-1]) and not verb_first(words) and not own_phrase(" ".join(words))


def after_a_noun(alternative: str, term: str, span: Span) -> bool:
    """ "een conditio sine qua non" -> not "een conditio absolute voorwaarde": a term of more words
    right after "een" and a noun is that noun's modifier, and a noun phrase in its place would stand
    beside it ("de dienst straatreiniging", "twee uur hulp" are fine)."""
    before = span.doc[span.start - 1] if span.start else None
    if own_phrase(term) or verbal_term(term):
        return False  # "de plannen in drievoud" -> "drie keer": a phrase for a phrase, no noun beside a noun
    indefinite = before is not None and before.i > 0 and span.doc[before.i - 1].lower_ in {"een", "geen"}
    return indefinite and before.pos_ == "NOUN" and head_kind(alternative.lower().split()) in NOUN_KINDS


def agreeing(alternative: str, span: Span, term: str, participle: bool = False) -> str | None:
    """An adjective alternative in the form the noun after it asks: "malafide firma's" -> "oneerlijke
    firma's", "een adequaat antwoord" -> "een goed antwoord", "een ad hoc overleg" -> "een speciaal
    overleg" (the lexicon may write the inflected form); one with one form as it is ("een privé
    geschil"). Where the noun's gender is unknown, the found word's own bare form decides, else there
    is no swap; without a noun, an inflected form cannot stand ("wij beslissen ad hoc" -> not "speciale").
    A `participle` on -d or -t is its own bare form ("de ingeroepen argumenten" -> "de gebruikte argumenten")."""
    base = None if " " in alternative else alternative.lower() if participle else adjective_base(alternative.lower())
    noun = noun_following(span)
    if noun is not None and span.text.lower() == term and adjective_base(term) is None and span[-1].pos_ == "ADV":
        return alternative  # an adverb before a noun: "biedt slechts tussenkomst" -> "maar", not "mare"
    if noun is not None and not inflect.has_attributive(alternative) and alternative not in DETERMINERS:
        return None  # an adverb before a noun: "frequent gebruik" -> not "vaak gebruik"
    if base is None or noun_only(alternative.lower()):
        return alternative  # one form, or a noun ("bijlage"; not "belangrijk", though "rijk" is one)
    if noun is not None and _predicative(span):
        return base  # "is aldus gerechtigd supplementen aan te rekenen": the noun is no head of the word
    if noun is None:  # "de betrokkene", "als volledig werkloze": an inflected form used as a noun stays one
        last = term.split()[-1]
        nominal = span[0].pos_ in {"NOUN", "PROPN"} or after_article(span[0]) or adjective_base(last) not in {
            None, last}
        return None if base != alternative.lower() and not nominal else alternative
    bare = _bare_adjective_before(noun, gender(noun.lemma_ or noun.lower_), (*noun.children, *span[-1].children))
    determiner, _ = _noun_phrase_before(span)
    if determiner is not None and determiner.lower_ not in UNINFLECTING_DETERMINERS:
        bare = False  # "het ad hoc overleg" -> "het speciale overleg", wherever the parser hung "het"
    if bare is None and adjective_base(term) == term == span.text.lower():
        bare = True  # "een privaatrechtelijk geschil": the writer's bare form says "het"
    if bare is None:
        return None
    return base if bare else inflect.attributive(base)


def participle_as_predicate(replacement: str, span: Span) -> bool:
    """ "U bent woonachtig in ..." -> not "U bent wonend in ...": a present participle is no predicate."""
    word = replacement.lower()  # "wonend"; not the adjective "voldoende"
    following = token_after(span)
    copula_after = following is not None and following.pos_ in {"AUX", "VERB"} and following.lemma_ in COPULAS
    return " " not in word and word.endswith("end") and infinitive(word[:-1]) and (
        _predicative(span) or copula_after)  # "dat u sinds maart woonachtig bent"


def _predicative(span: Span) -> bool:
    """The word follows a copula, perhaps over adverbs and an inverted subject: "Het ziekenhuis is aldus
    gerechtigd ...", "Voordien bent u niet gerechtigd ..."."""
    for token in reversed(span.doc[: span.start]):
        if token.pos_ not in {"ADV", "PRON"}:
            return token.pos_ in {"AUX", "VERB"} and token.lemma_ in COPULAS
    return False


def with_agreeing_adjectives(alternative: str, term: str, span: Span) -> str:
    """A noun phrase alternative whose adjectives take the ending its place asks. The lexicon writes
    them as after "een" or no determiner ("vast patroon", "laatste beroep"), which stays; "hetzelfde"
    asks for "vaste patroon", "haar" for "financiële verslag". A phrase that is no noun phrase stays as
    written, and so does one after a word that may be no determiner ("voor ons van groot belang")."""
    words = alternative.split()
    head = head_noun([word.lower() for word in words])
    determiner, _ = _noun_phrase_before(span)
    if not head or _before_a_noun(span) or determiner is None or not _tagged_determiner(determiner) or (
            determiner.lower_ in UNINFLECTING_DETERMINERS) or own_phrase(term):
        return alternative
    return " ".join([*_with_endings(words[:head]), *words[head:]])


def _with_endings(adjectives: list[str]) -> list[str]:
    """Adjectives in their form with -e ("verplicht" -> "verplichte"); degree words and words with one
    form as they are ("te lage", "zeer zware", "extra")."""
    return [word if word.lower() in DEGREE_WORDS | QUANTIFIERS or adjective_base(word.lower()) is None
            else inflect.attributive(adjective_base(word.lower())) for word in adjectives]


def found_as_plural(term: str, span: Span) -> bool:
    """The one-word term found as its plural ("werkzaamheden"): its replacement is a plural too."""
    found = span.text.lower()
    return len(span) == 1 and found != term and found == inflect.plural(term)


def plural_of(alternative: str, token: Token) -> str | None:
    """The alternative for the plural noun `token`: a plural as it is ("kosten"), else with its head
    noun's known plural ("nadeel" -> "nadelen", not "nadeels"; "praktische regel" -> "praktische
    regels"); None where that noun has no plural ("verkeer", "drukte"), the phrase has no head noun up
    front, or its adjectives would follow the sentence's ("gerechtelijke eerdere veroordelingen")."""
    words = alternative.split()
    head = head_noun([word.lower() for word in words])
    if head is None or head and token.i and token.doc[token.i - 1].pos_ == "ADJ":
        return None
    noun = words[head].lower()
    plural = noun if plural_already(noun) else inflect.attested_plural(noun)
    return None if plural is None else " ".join([*_with_endings(words[:head]), plural, *words[head + 1 :]])
