"""Jargon and officialese ("ambtelijke taal"): words the reader has to decode.

The lexicons are substitution rules in `rules/`; this module adds two
detectors: unexplained abbreviations, and rare or very long words measured
with wordfreq's Dutch Zipf frequency. Transparent compounds of common words
("huurpremie", "klantendienst") are not rare to a reader and pass.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from spacy.tokens import Doc, Span, Token
from wordfreq import zipf_frequency

from helder.analysis import ParsedSentence
from helder.dimensions import Context, drop_nested
from helder.matching import ends_on_the_infinitive, missing_prepositions
from helder.nlp.genders import gender, known_noun
from helder.nlp.inflect import PARTICLES, conjugation, verb_lemma
from helder.nlp.lookup import is_known, lookup_lemma
from helder.report import DimensionResult, Finding
from helder.rulebook import Rule, slug

ID = "jargon"
LABEL = "Jargon en ambtelijke taal"

_ABBREVIATION = re.compile(r"^(?:[A-Z][A-Z&]{1,7}s?|(?:[A-Za-z]\.){2,5})$")
_ROMAN = re.compile(r"^[IVXLC]+$")
_LINKS = ("", "s", "e", "en", "er")
SHORT_PART_ZIPF = 4.0  # a three-letter first part must be an everyday word: "dak", "bus", "tuin"
# A long first part may be rarer in wordfreq, whose Dutch is mostly that of the Netherlands:
# everyday Flemish words score 2.3-2.6 ("reservatie", "ophaling", "recyclage").
LONG_PART, LONG_PART_ZIPF = 6, 2.3
_SEVERITY_WEIGHTS = {"info": 0.5, "warning": 1.0, "error": 2.0}
EMPHASIS_ZIPF = 4.0  # as frequent as "gehele": a word, not an abbreviation
SIGN_WORD_LENGTH = 5  # a dictionary word this long in capitals is no abbreviation: "AFSLAG", "OMLEIDING"
LONG_WORD_EVERYDAY_ZIPF = 3.0  # a very long word a reader meets every day ("verantwoordelijkheid") reads as one word
# An explanation right after a word: "het kadastraal inkomen (het bedrag waarop ...)",
# "de indexering, dat wil zeggen ...", "de retributie: het bedrag dat u betaalt", "het kadaster, de
# dienst die alle percelen bijhoudt", "een actualisatie: wij sturen iedereen een brief ...".
_EXPLANATION_AFTER = re.compile(
    r"[\"'’”»]?[ \t]*(?:\(|:|,?[ \t]*(?:(?:dat|dit|wat)[ \t]+(?:is|zijn|wil[ \t]+zeggen|betekent)|d\.w\.z\.|"
    r"met[ \t]+andere[ \t]+woorden|oftewel|namelijk|of[ \t]+anders[ \t]+gezegd)\b"
    r"|,\s+(?:de|het|een)\s+(?:[\w-]+\s+){1,4}?(?:die|dat|waar\w*|wie)\b"
    # ... or what it is for: "een rolrecht, een bijdrage om uw zaak te laten inschrijven"
    r"|,\s+een\s+[\w-]+\s+om\s+(?:[\w-]+\s+){1,8}?te\s+[\w-]+"
    # a clause on what happens in it: "een openbaar onderzoek, waarin u bezwaar kunt indienen"
    r"|,\s+waar(?:in|bij|mee)\s+"
    # what it pays for: "een wederbeleggingsvergoeding, voor de kosten die u maakt als ..."
    r"|,\s+voor\s+(?:de|het)\s+(?:[\w-]+\s+){1,3}?(?:die|dat|waar\w*)\b"
    # ... also as an item of a list of parts: "- de gemeentelijke saneringsbijdrage, voor de riolering in uw gemeente;"
    r"|,[ \t]+voor[ \t]+(?:de|het|uw)[ \t]+(?:[\w-]+[ \t]+){0,6}[\w-]+[ \t]*;"
    # an apposition that closes the sentence: "de griffie, het secretariaat van de rechtbank.", "een
    # proces-verbaal, een officieel verslag.", "uw EPC, uw energieprestatiecertificaat.", also with two nouns
    # joined inside it ("het leegstandsregister, de lijst van alle leegstaande woningen en gebouwen in onze stad."),
    # but not the next item of a list ("uw naam, de datum en de handtekening.")
    r"|,\s+(?:de|het|een|uw)\s+(?:(?!(?:en|of)\s+(?:de|het|een|uw|onze?)\b|(?:en|of)\s+[\w-]+\s*[.;])[\w-]+\s+){0,9}"
    r"[\w-]+\s*[.;]"
    # or that a comma closes, not an item of a list: "de deputatie, het bestuur van de provincie, via ...", "de
    # RVA, de federale dienst voor de uitkeringen, en aan uw vakbond"
    r"|,\s+(?:de|het)\s+(?:(?!en\b|of\b)[\w-]+\s+){0,9}[\w-]+\s*,\s+(?!(?:de|het|een|uw|onze?|zijn|haar|hun)\b)"
    # ... or before the object, when no list follows: "bekijkt de deputatie, het dagelijks bestuur van de
    # provincie, het hele dossier opnieuw."
    r"|,\s+(?:de|het)\s+(?:(?!en\b|of\b)[\w-]+\s+){2,9}[\w-]+\s*,\s+(?=(?:de|het|een|uw|onze?|zijn|haar|hun)\b)"
    r"(?:(?!\b(?:en|of)\b)[^,.;!?\n])*[.;!?]"
    # a definition in brackets after the word and its verb: "de U-waarde van het glas staan (dat is een cijfer ...)"
    r"|[ \t]+[\w-]+[ \t]*\((?:dat|dit|wat)[ \t]+(?:is|zijn|betekent|wil[ \t]+zeggen)\b)",
    re.IGNORECASE,
)
# A word that is an item of a list: a comma and perhaps an article right before it.
_AN_ITEM = re.compile(r",\s*(?:(?:de|het|een)\s+)?$", re.IGNORECASE)
# A name given to what the sentence just described, at its end: "een vast bedrag per jaar, het vastrecht.",
# "de eigenaar betaalt een belasting: de leegstandsheffing."
# (not the expansion of an abbreviation: "op het EPC, het energieprestatiecertificaat.")
_NAME_BEFORE = re.compile(r"(?<!(?-i:[A-Z]{2}))[,:]\s+(de\s+|het\s+)?$", re.IGNORECASE)  # not after an abbreviation
_SENTENCE_END = re.compile(r"\s*[.;!]")
# A name set between commas after what the sentence describes, before the verb: "Een ambtenaar die daarvoor is
# aangeduid, de sanctionerend ambtenaar, beslist ..." (not an item of a list: "..., de bouwheer, de buren en ...").
_DESCRIPTION_BEFORE = re.compile(r"[a-zà-ÿ],[ \t]+(?:de|het)[ \t]+$")
_APPOSITION_ENDS = re.compile(r",[ \t]+(?!(?:de|het|een|uw|en|of|die|dat)\b)[a-zà-ÿ]")
_THAT_IS = re.compile(r"\s*(?:dat|dit)\s+wil\s+zeggen\b", re.IGNORECASE)
_LAST_IN_SENTENCE = re.compile(r"(?:\s+(?:is|zijn|was|waren|wordt|worden|werd|werden))?\s*[.;!]")  # "... is."
# The particle of a separable verb between a word and its explanation.
_PARTICLE_AFTER = re.compile(r"[ \t]+(?:op|aan|in|uit|af|mee|door|over|toe|terug|bij|na)\b")
# A question the letter asks to explain the word: "Wat is de leegstandsheffing?", "Wat betekent dat?"
_QUESTION = re.compile(r"\s*wat\s+(?:is|zijn|betekent|betekenen)\b", re.IGNORECASE)
# ... or the same question in a clause: "Ik leg uit wat de heffing precies inhoudt."
_WHAT_BEFORE = re.compile(r"\bwat\s+(?:(?:de|het|een|uw)\s+)?$", re.IGNORECASE)
_IS_AFTER = re.compile(r"\s+(?:precies\s+)?(?:is|zijn|inhoudt|inhouden|betekent|betekenen)\b", re.IGNORECASE)
# A rule book whose sentence says what it holds: "Ons politiereglement zegt dat de borden 48 uur vooraf moeten
# staan.", "Ons belastingreglement zegt: wie ...", "... geeft een vrijstelling bij renovatie", "... legt vast wie
# ze krijgt", "... tot 1 uur. Zo staat het in het politiereglement."
_RULE_SAYS_AFTER = re.compile(
    r"(?:\s+van\s+(?:de|het|onze?)\s+[\w-]+)?(?:,[^,.;:]{1,80},)?"  # "Ons belastingreglement, met de regels ..., zegt"
    r"\s+(?:(?:zegt|bepaalt|schrijft\s+voor)\s*(?:dat\b|:)"
    r"|geeft\s+(?:een|geen)\b|legt\s+vast\s+(?:dat|wie|wat|hoe|welke|wanneer)\b)", re.IGNORECASE)
_RULE_SAYS_BEFORE = re.compile(r"\bzo\s+staat\s+het\s+(?:ook\s+)?in\s+(?:het|de|ons|onze)\s+$", re.IGNORECASE)
# What holds "volgens" a rule book named by its name: "Volgens ons belastingreglement geldt de vrijstelling twee
# jaar" (but an article or a dated law, "Volgens artikel 12 van het decreet van ...", is a citation).
_ACCORDING_TO = re.compile(r"\bvolgens\s+(?:het|de|ons|onze)\s+$", re.IGNORECASE)
# Two hard words that make one name: "verzoek tot heroverweging", "attest van goed gedrag".
_TIED = re.compile(r"\s+(?:tot|van|voor)\s+(?:(?:de|het|een)\s+)?", re.IGNORECASE)


# A sentence that opens with the word, perhaps after an article, and defines it.
# (also with a possessive: "Uw domicilie is het adres waar u officieel woont.")
_OPENINGS = frozenset({"", "de", "het", "een", "uw", "zijn", "haar", "hun", "onze", "ons"})
# A sentence that explains the word before it: "Dat is het bedrag waarop ...", "Dat is een officieel
# verslag van ...", "Dat betekent dat ...", "Zo heet het opnieuw meten van ..."; not a bare "Dat is de regel.",
# nor a comment on the whole sentence ("Dat is een fout van ons.").
_COMMENT_NOUNS = (r"(?:fout|fouten|vergissing|probleem|misverstand|schande|pech|uitzondering|goede|slechte|terechte"
                  r"|verklaring|excuus|reden|oorzaak|gevolg)\b")  # "Dat is een verklaring, geen excuus."
_THEN_VERBS = (r"(?:kan|kunnen|kon|konden|mag|mogen|mocht|mochten|krijgt|krijgen|kijkt|kijken|bekijkt|bekijken"
               r"|beslist|beslissen|gaat|gaan|komt|komen|onderzoekt|onderzoeken|controleert|controleren)\b")
_COMPARING = r"(?:evenveel|zoveel|even|meer|minder|hetzelfde|dezelfde|anders|ongeveer|bijna|precies|net)\b"
_EXPLANATION_NEXT = re.compile(
    r"\s*(?:(?:dat|dit)\s+(?:(?:is|zijn|was|waren)\s+(?:de|het|een|uw|ons|onze)\s+"
    rf"(?!{_COMMENT_NOUNS})(?:[\w-]+\s+){{1,6}}?(?:die|dat|waar\w*)\b"
    r"|zijn\s+(?!(?:de|het|een)\b)(?:[\w-]+\s+){1,3}?(?:die|waar\w*)\b"  # "Dat zijn extra kosten die ..."
    # a thing without an article, an adjective and a noun: "Dat is extra steun als ...", "Dat is beperkte
    # ondersteuning zonder dat ..."; not a comparison ("Dat is ongeveer evenveel als vorig jaar.")
    r"|is\s+(?!(?:de|het|een|niet|geen|ook|al|nog|dus|wel|echt|zo|heel|erg|zeer)\b)"
    rf"(?:(?!{_COMPARING})[\w-]+\s+){{2,3}}?(?:die|waar\w*|als|zonder\s+dat)\b"
    rf"|(?:is|zijn|was|waren)\s+(?:de|het|een|uw|ons|onze)\s+(?!(?:\w+\s+)?{_COMMENT_NOUNS})[\w-]+(?:,?\s+[\w-]+){{2}}"
    r"|betekent\b|wil\s+zeggen\b|staat\s+voor\b)|zo\s+(?:heet|heten|noemen\s+w(?:e|ij))\b"
    r"|daarmee\s+bedoelen\s+w(?:e|ij)\b|daarin\s+staat\b"
    # a role, by what its holder does: "De sanctionerend ambtenaar ... bekijkt uw uitleg. Zij is de persoon die ..."
    r"|(?:zij|hij)\s+is\s+(?:de|een)\s+(?:[\w-]+\s+){1,4}?(?:die|wie)\b"
    # what is checked in it: "... langs voor een woonstcontrole. Hij gaat na of u echt op het adres woont."
    r"|(?:zij|hij|ze|men)\s+(?:gaat|gaan|kijkt|kijken)\s+na\s+(?:of|wat|hoe|hoeveel)\b"
    # what is done in it: "Voor elke aanvraag doen we een watertoets. Daarbij kijken we naar ..."
    r"|daar(?:bij|in|mee)\s+(?:kijk(?:t|en)|bekijk(?:t|en)|meet|meten|controleer(?:t|en)|onderzoek(?:t|en)|gaa?t|gaan)"
    r"\s+(?:w(?:e|ij)|hij|zij|ze|men|de\s+[\w-]+)\b"
    # what happens then: "... houdt de stad een openbaar onderzoek. Dan kunnen buren ...", "De commissie
    # bekijkt dan opnieuw ...", "Buren kunnen dan bezwaar indienen."; not the conclusion "Er kan dan ook ..."
    # ... or in that time: "... een openbaar onderzoek van 60 dagen. In die periode kan iedereen ...", "... kunt u ..."
    rf"|(?:in|tijdens|gedurende)\s+die\s+(?:periode|tijd|weken|dagen|maanden)\s+(?:kunt\b|{_THEN_VERBS})"
    rf"|(?P<then>dan\s+(?:kunt\s+u\b|{_THEN_VERBS}))|u\s+kunt\s+dan\b"  # "Dan kunt u ...", "U kunt dan ..."
    r"|(?:(?:de|het|uw|onze?|zijn|haar|hun)\s+)?(?!er\b)[\w-]+"
    r"(?:\s+(?:en|of)\s+(?:[\w-]+\s+)?[\w-]+)?\s+"
    rf"{_THEN_VERBS}\s+(?:[\w-]+\s+){{0,3}}?dan\b(?!\s+ook\b)"  # "Iedereen kan het plan dan inkijken."
    # "Dat is hoeveel stroom u tegelijk gebruikt.", "Ik leg uit wat dat is."
    r"|(?:dat|dit)\s+is\s+(?:hoeveel|wat|wanneer|hoe)\b"
    r"|(?:ik|we|wij)\s+leg(?:gen)?\s+(?:u\s+)?(?:graag\s+|even\s+)?uit\s+wat)",
    re.IGNORECASE)
# A sentence that names what the one before it described: "Dat heet de actualisatie.", "Dat noemen we
# gelijkgestelde periodes."
_NAMING = re.compile(r"\s*(?:(?:dat|dit|die|zo|zoiets)(?:\s+[\w-]+)?\s+(?:heet|heten|noemen\s+w(?:e|ij)|noemt\s+men)"
                     r"|w(?:e|ij)\s+noemen\s+(?:dat|dit|die|zoiets|het))\b", re.IGNORECASE)  # "Die boetes noemen wij"
# A sentence that only gives the name: "... wat de plant niet opnam. Dat is het nitraatresidu."
_NAMES_IT = re.compile(r"\s*(?:dat|dit)\s+(?:is|zijn)\s+(?:de|het)\s+", re.IGNORECASE)
# The word named at the end of the sentence: "Zo'n bezoek met alle partijen heet een tegensprekelijke
# plaatsbeschrijving.", "... noemen we de minwaarde."
# "Vroeger heette dat de tegemoetkoming ...", "Wij noemen zo'n installatie een IBA", "GAS staat voor
# gemeentelijke administratieve sanctie."
_NAMED_BEFORE = re.compile(
    r"\b(?:(?:heet|heten|heette|heetten|noemen\s+w(?:e|ij))(?:\s+(?:dat|dit|die|het))?|noemt\s+(?:men|dat|dit|het)"
    r"|w(?:e|ij)\s+noemen\s+(?:dat|dit|die|het|zoiets|(?:zo['’]n|zulke|die|dat|deze|dit)\s+[\w-]+)"
    r"|(?:(?-i:[A-Z]{2,})|dat|dit|die|het)\s+staat\s+voor)\s+[\"'‘“„«]?(?:(?:een|de|het)\s+)?"
    r"(?:(?-i:[A-Z]{2,})\s*,\s+(?:(?:een|de|het)\s+)?)?$",  # "Wij noemen zo'n installatie een IBA, een ..."
    re.IGNORECASE)
# "... de tegemoetkoming voor hulp aan bejaarden.", "GAS staat voor 'gemeentelijke administratieve sanctie'."
_NAME_ENDS = re.compile(r"(?:\s+[\w-]+){0,4}[\"'’”»]?\s*[.;!:]")  # also before what it means: "...: de gemeente ..."
# The next sentence says in so many words what the word means: "... een navordering. Zo heet het als ..."
# (not "Dat betekent ...": after officialese that is mostly what the whole sentence means for the reader,
# unless the word ends the sentence: "... werd uw zorgbudget geschorst. Dat betekent dat de betaling stopt.")
_MEANS_NEXT = re.compile(r"\s*(?:dat|dit)\s+(?:betekent|wil\s+zeggen)\b", re.IGNORECASE)
_MEANING_NEXT = re.compile(r"\s*(?:(?:dat|dit)\s+heet|zo\s+(?:heet|heten|noemen\s+w(?:e|ij))"
                           r"|daarmee\s+bedoelen\s+w(?:e|ij))\b", re.IGNORECASE)
# "Een raming is een schatting ...", "Een parkeerretributie is geen boete, maar ...", "Verweer betekent: ...",
# "Het ereloon is wat de arts aanrekent ...", "Een prosument is iemand die ..."
# "Het rendement toont hoeveel warmte ...", "LEZ staat voor lage-emissiezone."
# "Een ruimtelijk uitvoeringsplan, kort een RUP, is een plan ...": also after the abbreviation it gets.
# "Ereloonsupplementen zijn extra bedragen die artsen ...": a plural, defined without an article.
_SHORT_FOR = frozenset({"kort", "kortweg", "afgekort"})  # "..., kortweg PVB", "..., kort RUP,"
_DEFINITION_AFTER = re.compile(
    rf"(?:,\s+(?:{'|'.join(sorted(_SHORT_FOR | {'of'}))})\s+(?:(?:de|het|een)\s+)?(?-i:[A-Z]{{2,6}}),)?"
    r"\s+(?:(?:is|zijn)\s+(?:de|het|een|geen|wat|hoeveel|iemand|alle)\b"
    r"|zijn\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:en|s)\s+(?:die|dat|waar\w*|van|voor|om)\b"  # a plural has no article
    r"|(?:(?:zijn|worden)\s+)?(?:betekent|wil\s+zeggen|staat\s+voor)\b"
    r"|(?:toont|geeft\s+aan|zegt|meet)\s+(?:hoeveel|hoe|wat|of|wanneer)\b)",
    re.IGNORECASE)
# a definition of any word class; not a connective: "In concreto betekent dit ..."
_MEANING_AFTER = re.compile(
    r"\s+(?:(?:zijn|worden)\s+)?(?:betekent|wil\s+zeggen)\b(?!\s+(?:dit|dat\s+dit|het|voor)\b)", re.IGNORECASE)
# A definition in so many words, not a connective ("In concreto betekent dit ...") or a claim ("De
# verwerkingsgrondslag is een wettelijke verplichting."): "X betekent (dat) ...", "X is een Y die/van ...".
_SPELLED_OUT = re.compile(rf"(?:{_MEANING_AFTER.pattern}"
                          r"|\s+(?:is|zijn)\s+(?:een|geen)\s+(?:[\w-]+\s+){1,6}?(?:die|dat|waar\w*|wie|van|voor|om)\b"
                          # "De actualisatie is het moment waarop we nagaan ...", not "... is de reden waarom"
                          rf"|\s+(?:is|zijn)\s+(?:de|het)\s+(?!{_COMMENT_NOUNS})(?:[\w-]+\s+){{1,3}}?"
                          r"(?:waarop|waarin|waarbij|waarmee|die|dat)\b)",
                          re.IGNORECASE)

# Words between quotation marks are quoted, not used: "Er stond dat u 'in gebreke' bleef" quotes the
# earlier letter. Single quotes only around a phrase: not the apostrophe of "'s ochtends" or "foto's".
_QUOTED = re.compile(
    r"(?<!\w)[\"“„«]([^\"”“„«»\n]{1,80})[\"”»](?!\w)"
    r"|(?<![\w'’])[‘'](?![stn]\s)([^'’‘\n]{1,80}?)[’'](?!\w)"
)


def _plain_phrases(context: Context) -> dict[str, tuple[str, ...]]:
    """Per finding rule id, its entry's `not_in` phrases: "Wat ons betreft" is plain, "Uw klacht
    betreft" is not."""
    return {f"{rule.id}.{slug(term)}": tuple(phrases)
            for rule in context.rules for term, phrases in (rule.spec.get("entry_exceptions") or {}).items()}


def _inside_a_phrase(finding: Finding, phrases: tuple[str, ...], text: str) -> bool:
    return any(start <= finding.start and finding.end <= end
               for start, end in (match.span() for match in _phrase_pattern(phrases).finditer(text)))


_NUMBER = r"(?:\d+[a-z]?|[IVX]+)"  # "2", "3b", "IV"


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """Phrases as one pattern, across line breaks and in the plural ("gestructureerde mededelingen", "zwaar
    zorgbehoevenden");
    "…" stands for up to six words of the same clause ("wat … betreft"), "#" for a number ("in bijlage #":
    a numbered annex is a reference, not "attached")."""
    def words(part: str) -> str:
        return r"\s+".join(_NUMBER if word == "#" else re.escape(word) for word in part.split())
    gap = r"\s+(?:[^\s,;:.!?]+\s+){0,6}?"
    alternatives = [gap.join(words(part) for part in phrase.split("…")) + r"(?:e?n|s)?" for phrase in phrases]
    return re.compile(rf"(?<!\w)(?:{'|'.join(alternatives)})(?!\w)", re.IGNORECASE)


def _inside_a_name(finding: Finding) -> bool:
    """A term whose later words are capitalised is part of a name: "het Bijzonder Comité voor de Sociale
    Dienst" holds no "in het bijzonder" (the polite "U" and "Uw" aside; a code or an abbreviation in a
    term's gap is no name: "dient op rekening BE12 3456 te"; nor is a name in the gap of a split term:
    "dient aan de hoek met de Molenstraat te")."""
    words = _term_words(finding)
    if words is None:
        return False
    later = finding.text.split()[1:]
    if len(later) >= len(words):  # a split term: only its own words can make it a name
        later = [word for word in later if any(_same_word(word, own) for own in words)]
    return any(word[:1].isupper() and word not in _POLITE and not word.isupper() and not any(c.isdigit() for c in word)
               for word in later)


_POLITE = frozenset({"U", "Uw", "Uwe", "Uwer"})
_NAME_AHEAD = re.compile(r"[ \t]+(?:(?:en|van|voor|de|der)[ \t]+){0,2}(?!Uw?\b)[A-Z][a-z]")  # "Opmetingen |en Waarderingen"
_AFTER_A_WORD = re.compile(r"[\w,][ \t]+$")
_NAME_BEHIND = re.compile(r"[\w,][ \t]+(?!Uw?\b)[A-Z][\w-]*[ \t]+$")  # "... de Vlaamse Codex |Fiscaliteit"


def _in_a_capitalised_name(finding: Finding, text: str) -> bool:
    """A capitalised term inside a sentence next to another capitalised word, perhaps across "en" or "van", is
    part of a name: "bij de Toezichthouder Sociaal Wonen", "in de Vlaamse Codex Fiscaliteit", "het kantoor
    Opmetingen en Waarderingen"."""
    before = text[max(0, finding.start - 40) : finding.start]
    return finding.tier is not None and finding.text[:1].isupper() and bool(
        (_NAME_AHEAD.match(text, finding.end) and _AFTER_A_WORD.search(before)) or _NAME_BEHIND.search(before))


# The capitalised head of a body's name and the lower-case words of its name up to a word: "de Commissie |inzake
# Leerlingenrechten", "de Raad voor |betwistingen |inzake studietoelagen"; not past a capitalised word ("de Raad van
# State inzake uw vergunning" names the Raad van State only).
_BODY_BEFORE = re.compile(
    r"\b(?:Raad|Commissie|College|Comité|Hof|Kamer|Agentschap|Fonds|Instituut|Centrum)"
    r"(?:[ \t]+(?:voor|van|inzake|over)(?:[ \t]+(?:de|het))?[ \t]+[a-zà-ÿ-]+)*"
    r"(?:[ \t]+(?:voor|van|inzake|over)(?:[ \t]+(?:de|het))?)?[ \t]+$")
_BODY_REACH = 80  # characters between the head of the name and the word


def _in_the_name_of_a_body(finding: Finding, text: str) -> bool:
    """A word in the official name of a body, which the letter must give as it is: "de Commissie inzake
    Leerlingenrechten", "de Raad voor betwistingen inzake studietoelagen"."""
    return _BODY_BEFORE.search(text, max(0, finding.start - _BODY_REACH), finding.start) is not None


# A definition names the kind of thing and then what sets it apart: "Een X is een bedrag dat ...".
_KIND_AFTER = re.compile(r"\s+(?:is|zijn)\s+(?:de|het|een)\b", re.IGNORECASE)
_DEFINING_VERBS = frozenset({"is", "zijn"})
_KINDS = frozenset({
    "bedrag", "som", "document", "brief", "formulier", "attest", "bewijs", "verslag", "kaart", "lijst", "register",
    "databank", "plan", "dienst", "instelling", "organisatie", "orgaan", "agentschap", "groep", "team", "commissie",
    "persoon", "mens", "toestemming", "recht", "regel", "wet", "periode", "tijd", "plaats", "systeem", "manier",
    "vergoeding", "premie", "tegemoetkoming", "belasting", "boete", "prijs", "toelage", "uitkering", "geheel",
    "deel", "vraag", "aanvraag", "procedure", "onderzoek", "controle", "toestel", "gebied", "zone", "grond",
    "schatting", "bijdrage", "kost", "waarde", "nummer", "vergunning", "overeenkomst", "contract", "verklaring",
    "grens", "lijn", "stuk", "strook",
})
_NAMING_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "ADP"})
_MAX_DEFINED_WORDS = 5


def _in_an_explanation(context: Context, finding: Finding, officialese: set[int]) -> bool:
    """The word is one of those that explain another: the rest of a sentence that defines a thing ("Een
    erfgoedpremie is een tegemoetkoming van ...", "De RVA is de federale dienst die ... toekent"), or an
    apposition to a name or noun ("het Comité P, het onafhankelijke toezichtsorgaan op de politie"). A
    writer who explains uses the words the reader meets on the forms; the word defined still counts.
    A sentence that opens with officialese (`officialese`: where such findings start) defines nothing:
    "Dientengevolge zijn de kosten ten uwen laste", with "Dientengevolge" read as a name."""
    span = _span(context, finding)
    if span is None:
        return False
    sentence_start = finding.start - span.start_char
    return (_in_a_definition(span) and sentence_start not in officialese) or any(
        _apposition(token) for token in (span.root, *span.root.ancestors))


def _bracketed_after_a_noun(finding: Finding, text: str) -> bool:
    """A hard word in brackets right after a plain noun phrase, which the brackets name or explain: "de
    Vlaamse regel voor hemelwater (de gewestelijke stedenbouwkundige verordening)", "uw verzamelaanvraag (de
    jaarlijkse aanvraag voor uw percelen)", "aan de straatkant uithangen (de 'aanplakking')"; or after a colon,
    where it opens what the noun before it is: "een huurpremie: een tegemoetkoming in de huur die u betaalt" (not
    an item of a list: "twee dingen: een tegemoetkoming en een premie"). Only hard words and Flemish names: "(in
    casu de stad)" stays officialese."""
    if finding.tier not in {"moeilijk", "vlaams"}:
        return False
    before = text[max(0, finding.start - _BRACKET_REACH) : finding.start]
    return bool(_BRACKET_AFTER_A_NOUN.search(before)) or bool(
        _COLON_AFTER_A_NOUN.search(before) and _GOES_ON_TELLING.match(text, finding.end)
        and not _MORE_ITEMS.match(text, finding.end))


_BRACKET_REACH = 120  # characters between an opening bracket and a word inside it
# a word, then "(" and an article, and no bracket or sentence end up to the finding
_BRACKET_AFTER_A_NOUN = re.compile(r"[a-zà-ÿ]{3,}[ \t]+\((?:de|het|een|uw)[ \t]+[^()\n.;]*$", re.IGNORECASE)
_COLON_AFTER_A_NOUN = re.compile(r"[a-zà-ÿ]{3,}:[ \t]+(?:een|de|het)[ \t]+(?:[\w-]+[ \t]+){0,2}$", re.IGNORECASE)
_MORE_ITEMS = re.compile(r"[^.;:!?\n]*,[ \t]+(?:de|het|een|uw|en)[ \t]")  # "het vonnis van ..., de facturen ..."
_GOES_ON_TELLING = re.compile(r"[ \t]+(?:in|voor|van|bij|die|dat|waar\w*|om)\b", re.IGNORECASE)


def _in_a_definition(span: Span) -> bool:
    """The words that tell about the kind of thing in a sentence that defines a noun ("Een tegemoetkoming
    voor hulpmiddelen is een bedrag dat het VAPH terugbetaalt", "Dat is een team van begeleiders dat ...
    bijstaat"); not a claim, whose predicate is no kind ("De lekkage is het gevolg van een
    veronachtzaming"), nor the kind itself ("Huursubsidie is een maandelijkse tegemoetkoming")."""
    sentence = span.doc
    verb = next((token.i for token in sentence if token.lower_ in _DEFINING_VERBS), 0)
    opening = sentence[:verb]
    kind = next((token for token in sentence[verb + 1 :] if token.pos_ == "NOUN"), None)
    if not opening or kind is None or kind.lemma_.lower() not in _KINDS or span.start <= kind.i or (
            not _KIND_AFTER.match(sentence.text, opening.end_char)):
        return False
    if len(opening) == 1 and opening[0].lower_ in {"dat", "dit"}:  # not "Het is de regel dat wij ...": no kind
        return kind.i + 1 < len(sentence) and sentence[kind.i + 1].pos_ != "SCONJ"
    # one noun phrase, the subject, that opens with an article or is one word; not one that points back
    # ("Deze sanctie is het gevolg van ...") nor a phrase before an inverted verb ("Gelet op de middelen is ...");
    # its abbreviation may stand between commas ("Een ruimtelijk uitvoeringsplan, kort RUP, is een plan ...")
    comma = next((token.i for token in opening if token.text == ","), None)
    rest = opening[comma + 1 :] if comma is not None else opening[:0]
    shortened = all(token.is_punct or token.is_upper or token.lower_ in _SHORT_FOR | {"of"} for token in rest)
    words = opening[:comma] if shortened else opening
    heads = [token for token in words if not opening.start <= token.head.i < opening.end or token.head == token]
    return 0 < len(words) <= _MAX_DEFINED_WORDS and (len(words) == 1 or words[0].lower_ in _OPENINGS) and all(
        token.pos_ in _NAMING_WORDS for token in words) and words[-1].pos_ in {"NOUN", "PROPN"} and (
        len(heads) == 1 and heads[0].dep_ == "nsubj" and heads[0].pos_ in {"NOUN", "PROPN"})


def _apposition(token: Token) -> bool:
    """A noun phrase set after a name or noun between commas: "de RVA, de federale dienst die ..."."""
    first = next((word for word in token.subtree if not word.is_punct), token)  # the comma may hang from it
    after = token.doc[token.right_edge.i + 1 : token.right_edge.i + 3]
    listed = len(after) == 2 and after[0].text == "," and after[1].pos_ in {"DET", "PRON"} or (
        len(after) > 0 and after[0].lower_ in {"en", "of"})  # "uw naam, een dagtekening, een omschrijving"
    return token.dep_ == "appos" and token.head.i < token.i and token.head.pos_ in {"NOUN", "PROPN"} and (
        first.lower_ in {"de", "het", "een"} and first.i > 0 and first.nbor(-1).text == ",") and not listed


_SERVICE_BEFORE = re.compile(r"\b(?:dienst|afdeling|team|cel|directie)[ \t]+$", re.IGNORECASE)


def _names_a_service(finding: Finding, text: str) -> bool:
    """A capitalised term after "dienst" or "afdeling" is the service's name: "onze dienst Handhaving"
    (not so in lower case: "de dienst ruimtelijke ordening" still needs explaining)."""
    before = _SERVICE_BEFORE.search(text, max(0, finding.start - 20), finding.start)
    return finding.text[:1].isupper() and before is not None


# A person's name after a word: "Uw trajectbegeleider, Lotte Aerts, helpt u graag.", "onze
# dossierbeheerder An Peeters", "onze zorgcoördinator, meneer Declercq,".
_TITLE = r"(?:mevrouw|meneer|de[ \t]+heer|dokter|dr\.)"
_PERSON_AFTER = re.compile(rf",?[ \t]+(?:{_TITLE}[ \t]+)?[A-Z][a-zà-ÿ]+"
                           r"(?:[ \t]+(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er)[ \t]+)*[A-Z][a-zà-ÿ'-]+)?\b")
_PERSON_TITLE = re.compile(rf",?[ \t]+{_TITLE}[ \t]")
# the service's own people or the reader's, not "de curator, Jan Peeters," whose role the reader must learn;
# also after an adjective: "uw vaste dossierbeheerder, Thomas Aerts"
_OWNER_BEFORE = re.compile(r"\b(?:uw|onze?)[ \t]+(?:[a-zà-ÿ]+e[ \t]+)?$", re.IGNORECASE)
_OWNER_REACH = 30  # characters before the role
# a word for a person: "begeleider", "consulent", "stedenbouwkundige"
_PERSON_NOUN = re.compile(r"(?:er|aar|eur|ier|ist|ent|ant|oog|or|ster|man|vrouw|kundige)$")


def _role_of_a_person(finding: Finding, text: str) -> bool:
    """A job title with the person's name after it: the reader learns who helps, and needs no more
    ("Uw trajectbegeleider, Lotte Aerts, helpt u graag"): a word for a person, then two capitalised
    words or a title and a name ("onze zorgcoördinator, meneer Declercq")."""
    person = _PERSON_AFTER.match(text, finding.end)
    if person is None or not _PERSON_NOUN.search(finding.text) or not _OWNER_BEFORE.search(
            text, max(0, finding.start - _OWNER_REACH), finding.start):
        return False
    names = re.findall(r"\b[A-Z][a-zà-ÿ'-]+", person.group())
    return len(names) >= 2 or _PERSON_TITLE.match(text, finding.end) is not None


def _same_word(word: str, own: str) -> bool:
    """A word of the text as a term's word, perhaps inflected ("Sociale" for "sociaal")."""
    word = word.lower()
    return word == own if len(own) < 4 else word.startswith(own[:4])


def _quoted_from_elsewhere(finding: Finding, quote: re.Match[str]) -> bool:
    """A finding in a quotation from another letter ("dat u 'in gebreke' bleef", "U schreef: '...'"),
    not a formula the reader is asked to write, which is quoted whole: "Schrijf 'Goed voor akkoord'"."""
    start, end = quote.span()
    if not start <= finding.start < end:
        return False
    words = quote.group(1) or quote.group(2)
    return words.strip(" .,!?").lower() != finding.text.lower()


def assess(context: Context) -> DimensionResult:
    findings = context.generic_findings()
    for rule in context.rules_of("detector", "abbreviation"):
        findings += _abbreviations(context, rule)
    for rule in context.rules_of("detector", "rare_word"):
        covered = {(finding.start, finding.end) for finding in findings}
        findings += [finding for finding in _rare_words(context, rule) if (finding.start, finding.end) not in covered]
    for rule in context.rules_of("detector", "relative_welke"):
        findings += _relative_welke(context, rule)
    own = _own_rules(context)
    findings = drop_nested(findings, _hides, lambda finding: (not _of_rules(finding, own), *_preference(finding)))
    findings = _hard_words_once(context, findings)
    # The profile's accepted phrases are fixed names a letter must use ("gestructureerde mededeling"):
    # no word inside one is jargon.
    names = tuple(sorted(phrase for phrase in context.profile.accept if " " in phrase))
    text = context.analysis.prepared
    plain = _plain_phrases(context)
    findings = [finding for finding in findings
                if not (names and _inside_a_phrase(finding, names, text))
                and not (finding.rule in plain and _inside_a_phrase(finding, plain[finding.rule], text))]
    officialese = {finding.start for finding in findings if finding.tier in _OFFICIALESE_TIERS}
    findings = [finding for finding in findings
                if not _inside_a_name(finding) and not _in_a_capitalised_name(finding, text)
                and not _in_the_name_of_a_body(finding, text)
                and not _names_a_service(finding, text) and not _role_of_a_person(finding, text)
                and not _in_an_explanation(context, finding, officialese)
                and not _bracketed_after_a_noun(finding, text)]
    quoted = list(_QUOTED.finditer(text))
    findings = [finding for finding in findings if not any(_quoted_from_elsewhere(finding, quote) for quote in quoted)]
    words = max(context.analysis.body_words, 1)
    weighted = sum(_SEVERITY_WEIGHTS[finding.severity] for finding in findings)
    density = 100.0 * weighted / words
    score = 100.0 - 14.0 * density
    metrics = {
        "findings": len(findings),
        "officialese": sum(1 for finding in findings if finding.severity != "info"),
        "per_100_words": round(100.0 * len(findings) / words, 2),
        "tiers": _tier_counts(findings),
    }
    return context.result(ID, LABEL, score, _summary(findings), findings, metrics)


def _tier_counts(findings: list[Finding]) -> dict[str, int]:
    """Lexicon findings per tier (ambtelijk, omslachtig, moeilijk, archaisch, vlaams)."""
    counts: dict[str, int] = {}
    for finding in findings:
        if finding.tier is not None:
            counts[finding.tier] = counts.get(finding.tier, 0) + 1
    return counts


def _summary(findings: list[Finding]) -> str:
    if not findings:
        return "Geen jargon of ambtelijke taal gevonden."
    heavy = sum(1 for finding in findings if finding.severity != "info")
    light = len(findings) - heavy
    parts = []
    if heavy:
        parts.append(f"{heavy} ambtelijke {'term' if heavy == 1 else 'termen'}")
    if light:
        parts.append(f"{light} {'woord' if light == 1 else 'woorden'} om uit te leggen of te vervangen")
    verb = "staat" if parts[0].startswith("1 ") else "staan"
    return f"In de brief {verb} " + " en ".join(parts) + "."


def _abbreviations(context: Context, rule: Rule) -> list[Finding]:
    """Every use of an abbreviation the letter does not spell out at any of its uses ("de RVA (Rijksdienst
    voor Arbeidsvoorziening)"); `_hard_words_once` keeps the first, unless another use is explained
    otherwise ("De RVA is de federale dienst die ...")."""
    known = {item.lower() for item in context.setting(rule, "known", [])}
    uses = []
    for sentence in context.analysis.body:
        shouting = sum(1 for token in sentence.doc if token.is_upper and len(token) > 1) > len(sentence.doc) / 2
        for token in sentence.doc:
            text = _letters(token.text)
            if shouting or not _ABBREVIATION.match(text) or _ROMAN.match(text) or _emphasis(text) \
                    or _shouted_with(token):
                continue
            if text.lower() in known or context.accepted(text) or _part_of_a_code(token):
                continue
            uses.append((sentence, token))
    spelled_out = {_letters(token.text).lower() for sentence, token in uses if _explained(sentence, token.i)}
    return [context.finding(rule, *sentence.offsets(token)) for sentence, token in uses
            if _letters(token.text).lower() not in spelled_out]


def _letters(word: str) -> str:
    """An abbreviation without the ending of its plural: "twee RUP's" are two "RUP"."""
    return _PLURAL_OF_LETTERS.sub("", word)


_PLURAL_OF_LETTERS = re.compile(r"(?<=[A-Z])['’]s$")


# What follows a relative pronoun: its clause's subject or object, or its verb ("welke bijdraagt").
_CLAUSE_OPENERS = frozenset({"u", "je", "jij", "jullie", "wij", "we", "ik", "hij", "zij", "ze", "men", "het", "de",
                             "een", "er", "uw", "ons", "onze", "mijn", "zijn", "haar", "hun", "deze", "dit", "iedereen",
                             "niemand", "iemand"})


_MIDDLE_FIELD_ADVERBS = frozenset({"reeds", "al", "nog", "niet", "ook", "eerder", "vroeger", "thans", "momenteel",
                                   "destijds", "steeds", "nu"})


def _opens_a_relative_clause(following: Token) -> bool:
    """A word that opens the middle field of a relative clause after "welke": an adverb ("welke reeds betaald
    zijn") or a preposition ("welke van toepassing zijn", "welke bij de aanvraag horen"), but not the "van" of a
    choice ("de vraag welke van de twee")."""
    if following.lower_ in _MIDDLE_FIELD_ADVERBS:
        return True
    if following.pos_ != "ADP":
        return False
    after = following.doc[following.i + 1] if following.i + 1 < len(following.doc) else None
    return following.lower_ != "van" or after is not None and after.pos_ not in ("DET", "NUM", "PRON")


def _relative_welke(context: Context, rule: Rule) -> list[Finding]:
    """"welke" or "welk" as a relative pronoun after its noun: "de documenten welke u stuurde" ->
    "die", "het formulier, welk u invulde" -> "dat"; after a preposition ("de dienst bij welke u ...")
    advice only. A question word ("Welke documenten?", "Ik weet niet welke u bedoelt") is plain."""
    findings = []
    for sentence in context.analysis.body:
        for token in sentence.doc:
            if token.lower_ not in ("welke", "welk") or token.i == 0:
                continue
            following = sentence.doc[token.i + 1] if token.i + 1 < len(sentence.doc) else None
            if following is None:
                continue
            after_comma = sentence.doc[token.i - 1].text == ","
            # after a comma and before no noun, a relative whatever the parser says: "een bon van 10 euro, welke
            # geldig is"; else a determiner, whatever the parser says: "na welke vaccins hij nog nodig heeft"
            relative = after_comma and following.pos_ not in ("NOUN", "PROPN", "NUM", "DET")
            if not relative and (token.dep_ == "det" or not (following.lower_ in _CLAUSE_OPENERS
                                                              or following.pos_ in ("VERB", "AUX")
                                                              or _opens_a_relative_clause(following))):
                continue
            before = sentence.doc[token.i - 1]
            preposition = before.pos_ == "ADP"
            if (before.text == "," or preposition) and before.i > 0:
                before = sentence.doc[before.i - 1]
            if before.pos_ not in ("NOUN", "PROPN") and not (after_comma and before.pos_ == "ADJ"):
                continue  # "euro" is at times read as an adjective
            plural = "Plur" in before.morph.get("Number")
            pronoun = "dat" if not plural and gender(before.lemma_) == "het" else "die"
            replacements = [] if preposition else [pronoun if token.text.islower() else pronoun.capitalize()]
            findings.append(context.finding(rule, *sentence.offsets(token), replacements=replacements,
                                            suggestions=replacements or None))
    return findings


def _shouted_with(token: Token) -> bool:
    """A short common word in capitals beside a longer one for emphasis: "LET OP", "NIET OK"."""
    neighbours = [token.doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(token.doc)]
    return zipf_frequency(token.lower_, "nl") >= EMPHASIS_ZIPF and any(
        neighbour.is_upper and _emphasis(neighbour.text) for neighbour in neighbours)


def _part_of_a_code(token: Token) -> bool:
    """Capitals before a number of three digits or more form a reference, not an abbreviation to
    explain: "uw dossiernummer GP 2026 55 107", "klachtnummer DL 1043" (but "de KBO 2 keer")."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.text.isdigit() and len(following.text) >= 3


def _hides(outer: Finding, inner: Finding) -> bool:
    """Whether a finding makes one inside it redundant: one on the same words always ("decreet" as
    a lexicon term and as a law reference); a term found as written, everything inside it; a term
    the sentence pulled apart ("nemen uw klacht in behandeling"), only a finding on one of its own
    words or at one of its ends ("neemt pas aanvang" hides "aanvang", "dient ingediend te worden"
    hides "dient ingediend"), as the words between its parts are not its own. A "… te" frame ends
    on the infinitive of the clause, not on a word of its own: "dient het formulier behoorlijk in
    te vullen" keeps "behoorlijk invullen"."""
    if (outer.start, outer.end) == (inner.start, inner.end):
        return True
    words = _term_words(outer)
    if words is None or len(outer.text.split()) <= len(words):
        return True
    own_end = inner.end == outer.end and not ends_on_the_infinitive(words)
    return inner.start == outer.start or own_end or inner.text.lower() in words


def _own_rules(context: Context) -> set[str]:
    """The rules of an organisation's own folders: on the same words, their finding stands."""
    return {rule.id for rule in context.rules if not rule.builtin}


def _of_rules(finding: Finding, rule_ids: set[str]) -> bool:
    """Whether a finding comes from one of the rules; an entry's finding adds its term to the rule's id."""
    return finding.rule in rule_ids or finding.rule.rsplit(".", 1)[0] in rule_ids


def _term_words(finding: Finding) -> list[str] | None:
    """A lexicon term's words, the parts of its id's last segment; None for other findings."""
    return None if finding.tier is None else finding.rule.rsplit(".", 1)[-1].split("-")


def _preference(finding: Finding) -> tuple[int, int, bool, int, bool]:
    """Of two findings on the same words, the term whose prepositions all stand there ("maken
    voortaan gebruik" is "gebruik maken", not "gebruik maken van"), then the longer term ("voor lief
    nemen", not "voornemen"), then the term written as it stands ("resp.", not "respectievelijk"),
    then the more severe one, then the lexicon's, which offers alternatives ("decreet")."""
    words = _term_words(finding) or [finding.text.lower()]
    missing = missing_prepositions(words, finding.text.lower().split())
    as_written = finding.tier is None or slug(finding.text) == finding.rule.rsplit(".", 1)[-1]  # "resp." -> "resp"
    return missing, -len(words), not as_written, -_SEVERITY_WEIGHTS[finding.severity], finding.tier is None


def _hard_words_once(context: Context, findings: list[Finding]) -> list[Finding]:
    """A hard word needs explaining once: it is found at its first use only, and not at all when the
    letter explains it ("Het openbaar onderzoek is de periode waarin ...", "... past het kadastraal
    inkomen aan. Dat is het bedrag waarop ..."). Hard words: rare words, law references, the `moeilijk`
    tier, and the names of things of the other tiers except the old words ("deputatie", "verzoekschrift. Dat is
    een brief aan de rechtbank ..."): a letter about an appeal must name it. Officialese ways of saying stay
    officialese, at every use, unless the letter defines them in so many words ("Ongewettigd wil zeggen:
    ...")."""
    hard = [finding for finding in findings if _hard(context, finding)]
    explained = [finding for finding in hard if _explained_in_letter(context, finding, hard)]
    # A term the letter defines in so many words is a word the reader needs, whatever its tier:
    # "Een raming is een schatting van ...", "Ongewettigd wil zeggen: zonder geldige reden."
    explained += [finding for finding in findings if finding not in hard and (_named(context, finding) or (
        _defined(context, finding) and _spelled_out(context.analysis.prepared, finding)))]
    explained += [finding for finding in hard if _after_its_plain_verb(context, finding, findings)]
    explained_words = {_word(finding) for finding in explained}
    explained_stems = {_stem(finding.text.split()[-1]) for finding in explained} | _meanings_given(context)
    seen: set[str] = set()
    seen_stems: set[str] = set()
    kept = []
    for finding in sorted(findings, key=lambda finding: finding.start):
        if _word(finding) in explained_words or (finding in hard and _related(finding, explained_stems)):
            continue
        if finding in hard:
            if _word(finding) in seen or _related(finding, seen_stems, compounds=False):
                continue  # "de heffing" after "de leegstandsheffing": the same hard word again
            if _head_of_an_earlier_compound(context.analysis.prepared, finding):
                continue
            seen.add(_word(finding))
            seen_stems.add(_stem(finding.text.split()[-1]))
        kept.append(finding)
    return kept


def _head_of_an_earlier_compound(text: str, finding: Finding) -> bool:
    """A hard word that names again, for short, what the letter named before by a compound: "U moet de heffing niet
    betalen" after "uw klacht over de leegstandsheffing"; the reader met the thing by its full name. Not a derived
    word ("opheffing"): what stands before the head must be a word of its own."""
    word = finding.text.lower()
    if not word.isalpha() or len(word) < _MIN_STEM:
        return False
    for earlier in re.finditer(rf"\b\w+?-?{word}\b", text[: finding.start], re.IGNORECASE):
        modifier = earlier.group().lower()[: -len(word)].rstrip("-")
        if len(modifier) >= 4 and (_common(modifier) or modifier.endswith("s") and _common(modifier[:-1])):
            return True
    return False


def _after_its_plain_verb(context: Context, finding: Finding, findings: list[Finding]) -> bool:
    """A noun in "-ing" after the letter used its verb in plain words: "... dat uw inschrijving geschrapt is.
    ... Ik heb uw schrapping ongedaan gemaakt." The reader knows the action; the noun names it. Not after a
    verb that was itself a finding ("te verrekenen met" ... "die verrekening"), and not for officialese, nor for
    a noun that carries the action on to its object, which is nominal style ("mits voorlegging van een
    abonnement")."""
    word = finding.text.split()[-1].lower()
    if len(finding.text.split()) > 1 or not word.endswith("ing") or finding.tier not in _HARD_TIERS or (
            _OF_AFTER.match(context.analysis.prepared, finding.end)):
        return False
    stem = _stem(word)
    return any(
        token.pos_ in {"VERB", "AUX"} and _stem(token.lemma_) == stem
        and not any(other.start <= sentence.start + token.idx < other.end for other in findings)
        for sentence in context.analysis.sentences if sentence.start < finding.start
        for token in sentence.doc if sentence.start + token.idx < finding.start)


_OF_AFTER = re.compile(r"\s+van\b", re.IGNORECASE)
_MIN_STEM = 5
_STEM_ENDINGS = ("ingen", "ing", "heid", "en", "e")  # "zelfredzaamheid" and "zelfredzaam" -> "zelfredzaam"
# A sentence that says what its first word means, whether or not that word is a finding: "Zelfredzaamheid wil
# zeggen: ..." explains "zelfredzaam" earlier in the letter.
_MEANING_SENTENCE = re.compile(r"\s*(?:(?:de|het|een)\s+)?([\w-]{5,})\s+(?:betekent|wil\s+zeggen)\b", re.IGNORECASE)


def _meanings_given(context: Context) -> set[str]:
    """The stems of the words whose meaning a sentence of the letter gives."""
    text = context.analysis.prepared
    return {_stem(match.group(1)) for sentence in context.analysis.sentences
            if (match := _MEANING_SENTENCE.match(text, sentence.start))}


def _stem(word: str) -> str:
    """A word without the endings that tie a verb to its noun: "onteigening" and "onteigenen" -> "onteigen"."""
    word = word.lower()
    for ending in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM - 1:  # "heffing" -> "heff"
            return word[: -len(ending)]
    return word


def _related(finding: Finding, stems: set[str], compounds: bool = True) -> bool:
    """A hard word in another form or as the head of one of the stems: "de onteigening" after
    "Onteigenen betekent ...", "de heffing" after "Wat is de leegstandsheffing?"; with `compounds`,
    also a compound of one of them: "parkeerretributie" after "Een retributie is ...", "de
    afkoppelingspremie" after "De afkoppeling betekent ..."."""
    word = finding.text.split()[-1].lower()
    stem = _stem(word)
    return any(stem == other or (len(word) >= _MIN_STEM and other.endswith(stem)) or (
        compounds and len(other) >= _MIN_STEM and (stem.startswith(other) or stem.endswith(other)))
        for other in stems)


def _word(finding: Finding) -> str:
    """What makes two findings the same hard word: the term, or the rare word itself."""
    return _letters(finding.text).lower() if finding.tier is None else finding.rule  # "RUP's" is "rup"


_HARD_DETECTORS = ("jargon.zeldzaam", "jargon.afkorting", "jargon.wetgeving")
_HARD_TIERS = frozenset({None, "moeilijk", "vlaams"})  # the detectors' findings have no tier
_OFFICIALESE_TIERS = frozenset({"ambtelijk", "omslachtig", "archaisch"})  # ways of saying, never a thing defined
# A term that opens with a verb or a preposition is a way of saying, not the name of a thing: "maakten wij
# een schatting", "onder reserve", "aanvechten".
_NOT_A_NAME = frozenset({"ADP", "VERB", "AUX"})


def _hard(context: Context, finding: Finding) -> bool:
    if finding.rule.startswith(_HARD_DETECTORS) or finding.tier == "moeilijk":
        return True
    if finding.tier == "archaisch":
        return False  # an old word names nothing a letter must use: "Met vriendelijke groeten en hoogachting, het ..."
    span = _span(context, finding) if finding.tier is not None else None
    # a noun phrase ("kadastraal inkomen", "herziening"), not a prepositional or verbal one ("onder reserve")
    return span is not None and (span[0].pos_ not in _NOT_A_NAME or span[0].dep_ == "amod") and (
        span[-1].pos_ == "NOUN" or known_noun(span[-1].text))  # "gelijkgestelde periodes": a participle as adjective


def _explained_in_letter(context: Context, finding: Finding, hard: list[Finding]) -> bool:
    """Explained right after the word, by a sentence it opens ("Het X is de ..."), or by the next
    sentence when it is the last hard word of its own ("... het kadastraal inkomen aan. Dat is ...") or when that
    sentence takes it up by name ("Dat plan ...")."""
    text = context.analysis.prepared
    particle = _PARTICLE_AFTER.match(text, finding.end)  # "stellen wij een proces-verbaal op, een officieel verslag"
    noun = _NOUN_AFTER.match(text, finding.end) if _adjective(context, finding) else None  # "minnelijke verkoop, een"
    modifier = _MODIFIER_AFTER.match(text, finding.end)  # "de titularis van de nummerplaat: de persoon die ..."
    verb = _verbs_before_explanation(context, finding)
    after = _EXPLANATION_AFTER.match(text, finding.end) or next(
        (match for match in (_EXPLANATION_AFTER.match(text, word.end()) for word in (particle, noun, modifier, verb)
                             if word)
         if match), None)
    if after and after.group().lstrip().startswith(",") and _AN_ITEM.search(text, 0, finding.start):
        after = None  # the next item of a list: "van uw naam, een dagtekening, een omschrijving van ..."
    # officialese is defined in so many words, not by a claim ("De verwerkingsgrondslag is een wettelijke ...")
    defined = _defined(context, finding) and (finding.tier in _HARD_TIERS or _spelled_out(text, finding))
    if after or defined or _named(context, finding):
        return True
    sentences = context.analysis.sentences
    index = _sentence_index(context, finding)
    if index is None:
        return False
    start = sentences[index].start
    if _spells_out_nearby(text[start : sentences[index].end], finding) or _expands_before(text, start, finding):
        return True
    if _AS_ROLE_BEFORE.fullmatch(text, start, finding.start) and _WHAT_I_DO_AFTER.match(text, finding.end):
        return True  # what the writer does in that role: "Als sanctionerend ambtenaar beslis ik over die boetes."
    named = _NAME_BEFORE.search(text, start, finding.start)
    if named and (named.group(1) or finding.text.lower().startswith(("de ", "het "))) and (
            _SENTENCE_END.match(text, finding.end)) and len(finding.text.split()) <= 3:  # a name, not a formula
        return True
    if _DESCRIPTION_BEFORE.search(text, start, finding.start) and _APPOSITION_ENDS.match(text, finding.end):
        return True  # "Een ambtenaar die daarvoor is aangeduid, de sanctionerend ambtenaar, beslist ..."
    if _QUESTION.match(text, start) or index > 0 and _NAMING.match(text, start):
        return True
    during = _DURING.match(text, start)
    if during and during.end() == finding.start and _THEN_AFTER.match(text, finding.end):
        return True  # what happens in it: "Tijdens het openbaar onderzoek kan iedereen bezwaar indienen."
    if finding.rule == "jargon.wetgeving" and (_RULE_SAYS_AFTER.match(text, finding.end) or _RULE_SAYS_BEFORE.search(
            text, start, finding.start) or _ACCORDING_TO.search(text, start, finding.start) and not any(
            character.isdigit() for character in finding.text)):
        return True  # the sentence says what the rule holds, as the rule's message asks
    if _WHAT_BEFORE.search(text, start, finding.start) and _IS_AFTER.match(text, finding.end):
        return True  # the letter says it explains it: "Even uitleggen wat de heffing is."
    if index > 0 and _answers_a_question(text, sentences[index - 1]):
        return True
    if index + 1 == len(sentences):
        return False
    sentence, following = sentences[index], sentences[index + 1]
    # a hard word tied to the next one is one name with it: "een verzoek tot heroverweging. Dat betekent ..."
    last = not any(finding.end <= other.start < sentence.end and not _TIED.fullmatch(text, finding.end, other.start)
                   for other in hard)
    # the next sentence explains the last hard word, unless it takes up this one by name ("... het zoneringsplan
    # ... een IBA plaatsen. Dat plan toont ...")
    explanation = _EXPLANATION_NEXT.match(text, following.start)
    if explanation is None and _ASIDE_NEXT.match(text, following.start) and index + 2 < len(sentences):
        explanation = _EXPLANATION_NEXT.match(text, sentences[index + 2].start)  # "... Dat duurt 30 dagen. Buren ..."
    if explanation and explanation.group("then") and text[sentence.start : sentence.end].rstrip().endswith("?"):
        explanation = None  # what happens then answers the question: "Wilt u het vonnis toevoegen? Dan kan dat via ..."
    return _refers_back(text, following.start, finding, noun.group().strip() if noun else "") or (
        _head_defined_next(text, following.start, finding)) or last and (
        explanation is not None or (_NAME_ENDS.match(text, finding.end) is not None and _described_next(following)))


def _head_defined_next(text: str, start: int, finding: Finding) -> bool:
    """The next sentence defines the first part of a hyphenated compound: "De ANPR-camera herkende uw auto niet.
    ANPR betekent dat de camera nummerplaten automatisch leest."."""
    head, hyphen, _ = finding.text.partition("-")
    if not hyphen or len(head) < 2:
        return False
    opening = re.compile(rf"\s*{re.escape(head)}\b", re.IGNORECASE).match(text, start)
    return opening is not None and _DEFINITION_AFTER.match(text, opening.end()) is not None


def _expands_before(text: str, start: int, finding: Finding) -> bool:
    """The words spell out the abbreviation right before their brackets, which may take letters from inside a
    compound: "Een IBA (individuele behandelingsinstallatie voor afvalwater) is ..."."""
    before = _ABBREVIATION_BEFORE.search(text, start, finding.start)
    initials = _initials(finding)
    return before is not None and len(initials) >= 2 and before.group(1).startswith(initials)


_ABBREVIATION_BEFORE = re.compile(r"\b([A-Z]{2,6})[ \t]*\($")
# The writer's role, and what the writer does in it: "Als sanctionerend ambtenaar beslis ik ..."
_AS_ROLE_BEFORE = re.compile(r"\s*als\s+", re.IGNORECASE)
_WHAT_I_DO_AFTER = re.compile(r"[ \t]+(?:beslis|behandel|bekijk|controleer|begeleid|help|volg|zorg)[ \t]+ik\b",
                              re.IGNORECASE)


def _spells_out_nearby(sentence: str, finding: Finding) -> bool:
    """The words are what an abbreviation in their sentence stands for: "Een GAS-boete is een gemeentelijke
    administratieve sanctie."."""
    initials = _initials(finding)
    return len(initials) >= 2 and re.search(rf"(?<![\w-]){initials}(?![\w])", sentence) is not None


_LINKING_WORDS = frozenset({"de", "het", "een", "van", "voor", "en", "op", "in", "tot"})


def _initials(finding: Finding) -> str:
    """The capitals an abbreviation of the words would have: "gemeentelijke administratieve sanctie" -> "GAS"."""
    return "".join(word[0] for word in finding.text.split() if word.lower() not in _LINKING_WORDS).upper()
# A sentence that opens with the word after "Tijdens het", and goes on with what one can do then.
# (not "Bij een besmettelijke aandoening mag uw kind ...", a condition)
_DURING = re.compile(r"\s*tijdens\s+(?:het|de|dat|die|zo['’]n)\s+", re.IGNORECASE)
_THEN_AFTER = re.compile(r"\s+(?:kan|kunnen|mag|mogen)\b", re.IGNORECASE)  # not "krijgt u geld": no explanation
# A short sentence about the word between it and its explanation: "... het openbaar onderzoek. Dat duurt 30 dagen."
_ASIDE_NEXT = re.compile(r"\s*(?:dat|dit|die|het)\s+(?:duurt|kost|gebeurt|loopt|start|begint|geldt)\b",
                      re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[ \t]+[\w-]+")
_MODIFIER_AFTER = re.compile(r"[ \t]+(?:van|voor|bij|op)[ \t]+(?:(?:de|het|een|uw|zijn|haar|hun)[ \t]+)?[\w-]+")
# The verbs that end the word's clause, before a colon and what the word is: "... hulp krijgen: een beperkte ...",
# "een bewijs van woonst krijgen: dat is een officieel bewijs ...", "uw verweer kon geven: uw kant van het verhaal"
# ... or before a comma and a noun that a relative clause describes: "een beroepsaansprakelijkheidsverzekering hebben,
# een verzekering die schade betaalt"
_VERB_BEFORE_EXPLANATION = re.compile(
    r"(?:[ \t]+[\w-]+){1,2}(?=[ \t]*:[ \t]*(?:(?:dat|dit)[ \t]+is[ \t]+)?"
    r"(?:een|uw|alle[ \t]+[\w-]+[ \t]+(?:die|dat|waar\w*))\b"  # "...: alle inkomsten waarop ..."
    r"|,[ \t]+(?:de|het|een)[ \t]+(?:[\w-]+[ \t]+){1,4}?(?:die|dat|waar\w*)\b)", re.IGNORECASE)


def _verbs_before_explanation(context: Context, finding: Finding) -> re.Match[str] | None:
    """The verbs after a thing and before a colon or an apposition that says what the thing is: "toegankelijke hulp
    krijgen: een beperkte hoeveelheid zorg", "uw verweer kon geven: uw kant van het verhaal", "een verzekering
    hebben, een verzekering die ...", also a predicate ("nodig is: een uitgebreid onderzoek"); not a manner ("werd
    onrechtmatig opgestart: uw leverancier ...") nor an adverb ("Dat is in casu zo: uw tuinhuis ...")."""
    span = _span(context, finding)
    if span is None:
        return None
    # an adjective's noun ("al uw belastbare inkomsten meetellen: alle inkomsten waarop ...")
    noun = span.end if _adjective(context, finding) and span.end < len(span.doc) else None
    head = span[-1] if noun is None else span.doc[noun]
    sentence_start = finding.start - span.start_char
    match = _VERB_BEFORE_EXPLANATION.match(context.analysis.prepared, sentence_start + head.idx + len(head))
    if match is None or head.pos_ not in {"NOUN", "PROPN"}:
        return None
    between = [token for token in span.doc[head.i + 1 :] if sentence_start + token.idx < match.end()]
    verbs = all(token.pos_ in {"VERB", "AUX"} for token in between)
    # or what it is said to be: "of een milieueffectrapport nodig is: een uitgebreid onderzoek ..."
    predicate = [token.pos_ for token in between] == ["ADJ", "AUX"] and between[1].lemma_ in {"zijn", "worden"}
    return match if verbs or predicate else None


def _adjective(context: Context, finding: Finding) -> bool:
    """A term that is an adjective before its noun: the explanation follows the noun."""
    span = _span(context, finding)
    return span is not None and span[-1].pos_ == "ADJ" and span[-1].dep_ == "amod"


_POINTING_WORD = r"(?:een|die|dat|deze|dit|zo['’]n)\s+"
_TAKEN_UP = re.compile(rf"\s*(?:(?:bij|in|tijdens|met|voor|na|door|op)\s+"
                       rf"(?:{_POINTING_WORD}|(?!(?:de|het|uw|onze?)\b))|{_POINTING_WORD})"
                       r"([\w-]+)(?:\s+([\w-]+))?", re.IGNORECASE)  # the word, perhaps after an adjective
_MIN_TAIL = 4


def _refers_back(text: str, start: int, finding: Finding, noun: str = "") -> bool:
    """The next sentence takes the word up to tell what it is: "... een openbaar onderzoek houden.
    Tijdens dat onderzoek kunnen buren ...", "... nam een biopsie. Bij een biopsie neemt de arts ...", "...
    naar schuldbemiddeling. Bij schuldbemiddeling maken wij ...", also by the compound's last part ("... een
    conformiteitsattest aan. Dat attest bevestigt dat ..."), by the noun of a longer term ("Het bijzonder
    comité voor de sociale dienst beslist. Dat comité is ...") or by the `noun` an adjective stands before ("...
    het ruimtelijk uitvoeringsplan. Dat plan legt vast ...")."""
    taken = _TAKEN_UP.match(text, start)
    if taken is None:
        return False
    heads = [word.lower() for word in (*finding.text.split(), noun) if len(word) >= _MIN_TAIL] or [
        finding.text.lower()]
    return any(word == head or (len(word) >= _MIN_TAIL and head.endswith(word))
               for word in (group.lower() for group in taken.groups() if group) for head in heads)


_POINTING = frozenset({"dat", "die", "dit", "deze", "zo'n", "zo’n"})


def _described_next(following: ParsedSentence) -> bool:
    """The word (nearly) ends its sentence, and the next one opens with a pointing word and a noun that sum
    it up, the subject of what it does: "... een geluidsbegrenzer in de zaal. Dat toestel zet de muziek
    stiller."."""
    doc = following.doc
    return len(doc) > 2 and doc[0].lower_ in _POINTING and doc[1].pos_ == "NOUN" and doc[1].dep_ == "nsubj" and (
        doc[1].lemma_.lower() in _KINDS)  # not "Deze beslissing laat ...": a kind of thing, not the matter


def _named(context: Context, finding: Finding) -> bool:
    """The word is the name a sentence gives to what it or the one before described ("Dat heet een
    terugvordering.", "Dat is het nitraatresidu.", "Zo'n bezoek heet een tegensprekelijke
    plaatsbeschrijving."), or it closes its sentence and the next one names it ("... een navordering. Zo heet
    het als ...") or says what it means ("... werd uw zorgbudget geschorst. Dat betekent dat ...", also past a
    verb: "... waar niemand gedomicilieerd is. Dat wil zeggen: ...")."""
    index = _sentence_index(context, finding)
    if index is None:
        return False
    text = context.analysis.prepared
    sentences = context.analysis.sentences
    sentence = sentences[index]
    if _SENTENCE_END.match(text, finding.end) and index and (
            _NAMING.match(text, sentence.start) or _NAMES_IT.fullmatch(text, sentence.start, finding.start)):
        return True
    if index + 1 < len(sentences) and (_SENTENCE_END.match(text, finding.end) and _MEANS_NEXT.match(
            text, sentences[index + 1].start) or _LAST_IN_SENTENCE.match(text, finding.end) and _THAT_IS.match(
            text, sentences[index + 1].start)):
        return True  # "... waar niemand gedomicilieerd is. Dat wil zeggen: ..." (not "Dat betekent" after "is")
    if not _NAME_ENDS.match(text, finding.end):  # a name ends its sentence, perhaps with its noun after it
        return False
    return _NAMED_BEFORE.search(text, sentence.start, finding.start) is not None or (
        index + 1 < len(sentences) and _MEANING_NEXT.match(text, sentences[index + 1].start) is not None)


def _answers_a_question(text: str, previous: ParsedSentence) -> bool:
    """The sentence answers the one before it: "Wat is een GAS-boete? GAS staat voor gemeentelijke
    administratieve sanctie."."""
    question = text[previous.start : previous.end].rstrip()
    return _QUESTION.match(text, previous.start) is not None and question.endswith("?")


def _defined(context: Context, finding: Finding) -> bool:
    """The word opens a sentence that defines it: "(Het) X is de/een ...", "X betekent ...", also as the end of a
    name ("Een voorstel tot X is een voorstel om ..."); not an
    adverb before an inverted verb ("Officieus is de datum al bekend"). A noun is defined by "is",
    any word by "betekent" or "wil zeggen" ("Onteigenen betekent dat ..."); an adjective with its noun ("Het
    belastbaar inkomen is wat ...")."""
    text = context.analysis.prepared
    span = _span(context, finding)
    if span is None:
        return False
    noun = _NOUN_AFTER.match(text, finding.end) if _adjective(context, finding) else None
    end = next((end for end in (finding.end, noun and noun.end()) if end and _DEFINITION_AFTER.match(text, end)), None)
    if end is None:
        end = _meaning_of_the_phrase(text, finding)
    if end is None:
        return False
    # the words before the term, in the sentence and in a span that took the article along for its
    # replacement ("De grootste bottleneck is ..." defines nothing); after a colon, a new start
    lead = span[: max(len(span) - len(_term_words(finding) or [finding.text]), 0)]
    opening = f"{span.doc[:span.start].text} {lead.text}".rpartition(":")[2]  # "Eerst dit: de heffing is ..."
    noun_phrase = (end > finding.end or span[-1].pos_ in {"NOUN", "PROPN"} or known_noun(span[-1].text)) and (
        span[len(lead)].pos_ != "ADP")  # "In casu is de termijn ..."; a noun the tagger missed: "ambtenaar"
    opening = opening.strip().lower()
    before = span.doc[span[len(lead)].i - 1] if span[len(lead)].i else None
    if before is not None and before.dep_ == "amod" and before.lower_.endswith(_RELATIONAL_ENDINGS) and (
            opening.endswith(before.lower_)):
        # an adjective that says which one ("De provinciale X is ..."), not how it is ("De grootste X is ...")
        opening = opening[: -len(before.lower_)].strip()
    return (opening in _OPENINGS or _HEAD_OF_A_NAME.fullmatch(opening) is not None) and (
        noun_phrase or _MEANING_AFTER.match(text, end) is not None)


# The endings of adjectives that say what a thing belongs to, not what it is like: "provinciale", "gemeentelijke",
# "Vlaamse", "federale", "technisch".
_RELATIONAL_ENDINGS = ("aal", "ale", "isch", "ische", "eel", "ele", "lijk", "lijke", "se", "ief", "ieve")


def _meaning_of_the_phrase(text: str, finding: Finding) -> int | None:
    """The end of the word and the one after it, when the sentence says what the two mean together: "Ongewettigd
    afwezig betekent: afwezig zonder geldige reden."."""
    word = _NOUN_AFTER.match(text, finding.end)
    return word.end() if word is not None and _MEANING_AFTER.match(text, word.end()) else None


def _spelled_out(text: str, finding: Finding) -> bool:
    """A definition in so many words follows the word, or the word and the one after it."""
    return _SPELLED_OUT.match(text, finding.end) is not None or _meaning_of_the_phrase(text, finding) is not None


# The word as the end of a name that a sentence defines: "Een voorstel tot onmiddellijke inning is een voorstel om ..."
_HEAD_OF_A_NAME = re.compile(r"(?:(?:een|de|het)\s+)?[\w-]+\s+tot(?:\s+(?:de|het|een))?")


def _span(context: Context, finding: Finding) -> Span | None:
    """The finding's words in the parse of its sentence."""
    index = _sentence_index(context, finding)
    if index is None:
        return None
    sentence = context.analysis.sentences[index]
    return sentence.doc.char_span(finding.start - sentence.start, finding.end - sentence.start,
                                  alignment_mode="expand")


def _sentence_index(context: Context, finding: Finding) -> int | None:
    return next((index for index, sentence in enumerate(context.analysis.sentences)
                 if sentence.start <= finding.start < sentence.end), None)


def _emphasis(text: str) -> bool:
    """A common word in capitals for emphasis ("NIET", "GEHELE") or from a sign ("AFSLAG") is no
    abbreviation. Abbreviations are frequent tokens too ("nmbs", "ocmw"), but no dictionary words."""
    lower = text.lower()
    return len(text) >= 3 and text.isalpha() and (zipf_frequency(lower, "nl") >= EMPHASIS_ZIPF or (
        len(text) >= SIGN_WORD_LENGTH and is_known(lower)))


def _explained(sentence: ParsedSentence, index: int) -> bool:
    """'(OCMW)' after its expansion, 'OCMW (openbaar centrum ...)' or 'RVA, de Rijksdienst voor ...' before
    it, or 'kortweg PVB', ', of PVB' or ', de GECORO,' after it."""
    doc = sentence.doc
    before = doc[index - 1].text if index > 0 else ""
    after = doc[index + 1].text if index + 1 < len(doc) else ""
    expansion = [token.lower_ for token in doc[index + 2 : index + 4]]
    spelled_out = after == "," and len(expansion) == 2 and expansion[0] in {"de", "het", "een"} and (
        expansion[1][:1] == doc[index].lower_[:1])  # "het EPC, het energieprestatiecertificaat"
    shortened = index > 1 and (doc[index - 2].lower_ if before.lower() in {"de", "het", "een"} else before.lower()) in (
        _SHORT_FOR)  # "kortweg PVB", "het energieprestatiecertificaat, kortweg het EPC", "kort een RUP"
    put_otherwise = before == "of" and index > 1 and doc[index - 2].text == ","  # "Een persoonsvolgend budget, of PVB,"
    # "de gemeentelijke commissie voor ruimtelijke ordening, de GECORO, bespreekt ...": an apposition that names a
    # lower-case noun phrase, not an item of a list ("de VDAB, de RVA, de FOD"), as for a term
    word = doc[index]
    named_after = bool(_DESCRIPTION_BEFORE.search(doc.text, 0, word.idx)) and bool(
        _APPOSITION_ENDS.match(doc.text, word.idx + len(word)))
    opening = index - 2 if before.lower() in {"de", "het"} else index - 1  # "... ruimtelijke ordening (de GECORO)"
    bracketed = opening > 0 and doc[opening].text == "(" and after == ")"
    return bracketed or after == "(" or spelled_out or shortened or put_otherwise or named_after


def _rare_words(context: Context, rule: Rule) -> list[Finding]:
    max_zipf = float(context.setting(rule, "max_zipf", 2.0))
    min_length = int(context.setting(rule, "min_length", 7))
    long_length = int(context.setting(rule, "long_word_length", 20))
    long_compound = int(context.setting(rule, "long_compound_length", 25))
    everyday = _everyday_words(tuple(context.setting(rule, "everyday", ())))
    findings = []
    # The bodies a "wat nu?" paragraph must name are rare words, but never jargon.
    seen = {word.lower() for body in context.profile.escalation.get("bodies", []) for word in body.split()}
    # a name opens a sentence too: "Fluvius ging kijken", after "... van Fluvius."
    seen |= {token.lower_ for sentence in context.analysis.body for token in sentence.doc
             if token.i > 0 and token.text[:1].isupper()}
    for sentence in context.analysis.body:
        for token in sentence.doc:
            word = token.text
            lower = word.lower()
            if not token.is_alpha or len(word) < min_length or lower in seen:
                continue
            if token.pos_ == "PROPN" or (word[:1].isupper() and token.i > 0) or context.accepted(word, [token.lemma_]):
                continue
            lemmas = (token.lemma_.lower(), lookup_lemma(lower))
            # a plural is as long as its singular: "overschrijvingsformulieren" reads as "... formulier" + "en"
            length = min((len(lemma) for lemma in lemmas if len(lemma) >= min_length and lower.startswith(lemma)),
                         default=len(word))
            too_long = length >= long_length and zipf_frequency(lower, "nl") < LONG_WORD_EVERYDAY_ZIPF and (
                length >= long_compound or not _two_common_words(lower, everyday))
            if everyday.intersection((lower, *lemmas, *_diminutive_bases(lower), *_singulars(lower))):
                continue
            if not too_long and (_known(lower, lemmas, max_zipf) or _common_plural(lower)
                                 or _transparent_compound(lower, everyday)
                                 or _agent_noun(lower) or _particle_verb(lower, max_zipf)):
                continue
            if _spells_out(sentence.doc, token):
                continue
            seen.add(lower)
            findings.append(context.finding(rule, *sentence.offsets(token), length=len(word)))
    return findings


_SHORTENED = re.compile(rf"[ \t]*(?:\([ \t]*|,[ \t]*(?:{'|'.join(sorted(_SHORT_FOR))})[ \t]+(?:(?:de|het|een)[ \t]+)?)"
                        r"(?-i:[A-Z]{2,6})\b", re.IGNORECASE)
_STANDS_FOR = re.compile(r"\b[A-Z]{2,6}[ \t]+(?:is|staat[ \t]+voor)[ \t]+(?:(?:een|de|het)[ \t]+)?$")
_STANDS_FOR_REACH = 30  # characters before the word: "EPC is een "


def _spells_out(doc: Doc, token: Token) -> bool:
    """The word is what an abbreviation stands for: "het energieprestatiecertificaat (EPC)", "..., kortweg het
    EPC", also with a word after it ("interbibliothecair leenverkeer, kortweg IBL"), or "Een EPC is een
    energieprestatiecertificaat."."""
    text = doc.text
    return any(_SHORTENED.match(text, word.idx + len(word)) for word in doc[token.i : token.i + 2]) or bool(
        _STANDS_FOR.search(text, max(0, token.idx - _STANDS_FOR_REACH), token.idx))


def _common_plural(word: str) -> bool:
    """A singular the reader knows from its plural: "inkomst" (inkomsten)."""
    return any(_common(word + ending) for ending in ("en", "s"))


def _singulars(word: str) -> list[str]:
    """The singulars a plural may come from, for words the lemma table does not know: "zorgkundigen"."""
    return [word[: -len(ending)] for ending in ("en", "n", "s") if word.endswith(ending)]


@lru_cache(maxsize=8)
def _everyday_words(words: tuple[str, ...]) -> frozenset[str]:
    """The rule's `everyday` option: words every Flemish reader knows that wordfreq, whose Dutch is
    mostly that of the Netherlands, counts as rare ("domiciliëring", "nadarhek")."""
    return frozenset(word.lower() for word in words)


@lru_cache(maxsize=4096)
def _transparent_compound(word: str, everyday: frozenset[str] = frozenset()) -> bool:
    """True when the word splits into common Dutch words, with an optional linking s/e/en/er. A word of
    the rule's `everyday` list is common here too: "dossier|taks", "badminton|tornooi"."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if not (_common(tail) or tail in everyday or _common(lookup_lemma(tail)) or _agent_noun(tail)
                or _diminutive_of_common(tail) or _action_noun(tail)
                or (len(tail) > 7 and _transparent_compound(tail, everyday))):  # "beton|mixers"
            continue
        for link in _LINKS:
            stem = head[: len(head) - len(link)] if link else head
            if not head.endswith(link) or len(stem) < 3:
                continue
            if (len(stem) >= 4 and (_common(stem) or stem in everyday or _verb_stem(stem))) \
                    or (len(stem) == 3 and _verb_stem(stem, SHORT_PART_ZIPF)) \
                    or zipf_frequency(stem, "nl") >= SHORT_PART_ZIPF:
                return True
            if len(stem) >= 7 and _transparent_compound(stem, everyday):
                return True  # a compound first part: "warm|water|installatie"
            if (len(stem) >= LONG_PART or (len(stem) >= 4 and zipf_frequency(tail, "nl") >= SHORT_PART_ZIPF)) \
                    and zipf_frequency(stem, "nl") >= LONG_PART_ZIPF:
                return True  # or a shorter one before an everyday word: "bivakzone"
    return False


@lru_cache(maxsize=4096)
def _two_common_words(word: str, everyday: frozenset[str] = frozenset()) -> bool:
    """A long compound a reader takes in as two everyday words ("secretariaats|medewerker",
    "zaal|verantwoordelijke"), the first perhaps a compound of two itself ("warm|water|installatie"),
    unlike "hinderlijkheidstoets", whose first part is rare."""
    for cut in range(3, len(word) - 2):
        head, tail = word[:cut], word[cut:]
        if (_common(tail) or tail in everyday or _diminutive_of_common(tail)) and any(  # "toestemmings|strookje"
                head.endswith(link) and _common_part(head[: len(head) - len(link)] if link else head, everyday)
                for link in _LINKS):
            return True
    return False


def _common_part(part: str, everyday: frozenset[str]) -> bool:
    return _common(part) or part in everyday or (len(part) >= 7 and _transparent_compound(part, everyday))


def _particle_verb(word: str, max_zipf: float) -> bool:
    """A particle, or "her-" (again), before a common verb's infinitive, participle, past or present tense:
    "nazoeken", "afgeblaft" (blaffen), "inzaaide", "inzaait" (zaaien), "herrekend" (rekenen); or before a form
    that is no rare word itself: "toesnauwde" ("snauwde")."""
    for particle in (*PARTICLES, "her"):
        rest = word[len(particle):]
        if word.startswith(particle) and len(rest) >= 4 and (rest.endswith(("en", "de", "te", "t", "d"))
                                                              or rest.startswith("ge")):
            infinitive = verb_lemma(rest)[:1]
            if any(_common(lemma) for lemma in (rest, *infinitive)) or (
                    zipf_frequency(rest, "nl") >= max_zipf and infinitive and is_known(infinitive[0])):
                return True  # not "onzorgvuldigheid": no verb
    return False


def _diminutive_of_common(word: str) -> bool:
    """A diminutive of a common word, also in the plural: "ticketjes" (ticket), "briefje", "bolletje"."""
    return any(_common(base) for base in _diminutive_bases(word))


def _diminutive_bases(word: str) -> list[str]:
    """The words a diminutive may come from: "ticketjes" -> "ticket", "bolletje" -> "bol"."""
    bases = [word[: -len(ending)] for ending in ("etjes", "etje", "tjes", "pjes", "jes", "tje", "pje", "je")
             if word.endswith(ending) and len(word) - len(ending) >= 3]
    return bases + [base[:-1] for base in bases if base[-1:] == base[-2:-1]]  # "bol-l-etje"


def _agent_noun(word: str) -> bool:
    """Who does what a common verb says: "uitbetaler" (uitbetalen), "indieners", "aanvraagster", and with the
    "d" Dutch puts after an "r": "keurders" (keuren), "bestuurder"."""
    for ending in ("sters", "ster", "ers", "er"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:  # "signaal|gever" (geven)
            stem = word[: -len(ending)]
            return _verb_stem(stem) or (stem.endswith("rd") and _verb_stem(stem[:-1]))
    return False


def _action_noun(word: str) -> bool:
    """The "-ing" noun of a common verb: "stof|afzuiging" (afzuigen)."""
    return word.endswith("ing") and len(word) >= 7 and _verb_stem(word[:-3])


def _verb_stem(stem: str, min_zipf: float = 3.0) -> bool:
    """The stem of a common verb, as in "wachttijd", "parkeerkaart", "ophaaldienst", also after a
    particle ("afzuig|installatie": "zuigen"). A three-letter stem must be an everyday verb's ("vul|plaats",
    not "wan|betaling")."""
    infinitives = [stem + "en", stem + "n"]
    if len(stem) >= 3 and stem[-2] == stem[-3] and stem[-2] in "aeou":  # "ophaal" -> "ophalen"
        infinitives.append(stem[:-2] + stem[-1] + "en")
    elif len(stem) >= 3 and stem[-1] not in "aeiouj" and stem[-2] in "aeiou" and stem[-3] not in "aeiou":
        infinitives.append(stem + stem[-1] + "en")  # a short vowel doubles the consonant: "vul" -> "vullen"
    if any(zipf_frequency(infinitive, "nl") >= min_zipf for infinitive in infinitives):
        return True
    return any(stem.startswith(particle) and len(stem) - len(particle) >= 3
               and _verb_stem(stem[len(particle):], min_zipf) for particle in PARTICLES)


def _known(form: str, lemmas: tuple[str, ...], max_zipf: float) -> bool:
    """Frequent as written, or an inflection of a frequent lemma ("annuleerden" of "annuleren"; by
    the model's lemma or the lookup table's, which reads "meetelden" as "meetellen"), or a form of a
    verb whose forms together are frequent: a reader knows the verb, not each form ("verstuikt" is rare
    as written, but "verstuikte" and "verstuikt" together are not)."""
    return zipf_frequency(form, "nl") > max_zipf or any(
        lemma != form and zipf_frequency(lemma, "nl") > max_zipf for lemma in lemmas) or any(
        lemma.endswith("en") and _verb_zipf(lemma) > max_zipf for lemma in lemmas)


@lru_cache(maxsize=4096)
def _verb_zipf(infinitive: str) -> float:
    """The Zipf frequency of a verb as a whole: of all its forms together."""
    per_billion = sum(10 ** zipf for zipf in (zipf_frequency(form, "nl") for form in conjugation(infinitive)) if zipf)
    return math.log10(per_billion) if per_billion else 0.0


def _common(word: str) -> bool:
    return zipf_frequency(word, "nl") >= 3.0
