"""Find passive clauses in parsed Dutch text.

The parser (trained on UD Dutch) marks most passives with ``aux:pass``, but
on a small treebank it is unsure exactly where Dutch is hard: ``zijn`` +
participle is a passive ("de brief is verstuurd") or a perfect tense ("het
pakket is aangekomen"), participles double as adjectives, and modal chains
get attached in several ways. So the parse proposes a participle and its
auxiliary, and Dutch rules decide:

* ``worden`` + past participle is always a passive ("wordt betaald",
  "moet worden ingediend", "is betaald geworden"); copular ``worden`` takes
  an adjective or noun ("hij wordt boos"), which is never a past participle.
* ``zijn`` + past participle is a passive (UD's state passive) unless the
  verb forms its perfect with ``zijn`` (an unaccusative verb: "is gekomen",
  "is gestegen") or the participle names a state ("is verplicht"). Verbs
  that take both ("is veranderd", "is gestopt") count only with the parser's
  ``aux:pass`` and a "door" agent.
* ``er`` + ``worden`` without a subject is the impersonal passive.
* ``krijgen`` + participle of a verb of giving or sending is the
  recipient passive ("u krijgt het bedrag teruggestort").

The parser knows little letter Dutch, so a second pass repairs its slips:
a bare ``worden`` or ``zijn``, or a ``krijgen``, is matched with the
participle in its verb cluster, and a predicate-less ``worden`` with the
participle in its clause. Participles negated with "on-" ("ongewijzigd")
and inflected ones ("het ingevulde formulier") are adjectives throughout.

The word lists below are small, closed and documented; they were compiled
from the zijn-perfects and adjectival participles in the training part of
UD Dutch (Alpino, LassySmall) plus the common verbs of administrative letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from spacy.tokens import Doc, Span, Token

from helder.nlp.inflect import PARTICLES, past, past_participle, perfect_auxiliary, verb_lemma

PassiveKind = Literal["worden", "zijn", "er", "krijgen"]

WORDEN_FORMS = frozenset({"word", "wordt", "worden", "werd", "werden", "geworden"})
ZIJN_FORMS = frozenset({"ben", "bent", "is", "zijn", "zijt", "was", "waren", "ware", "geweest", "wezen"})
KRIJGEN_FORMS = frozenset({"krijg", "krijgt", "krijgen", "kreeg", "kregen", "gekregen"})

# Separable particles that can precede "ge-" in a participle ("teruggestort", "leeggepompt"): the verb
# tables' particles (without the "on" of negated participles) and a few only participles show
# ("liefgehad", "misgelopen", "prijsgegeven", "zoekgeraakt").
_PARTICLES = "|".join(sorted({*PARTICLES, "lief", "mis", "prijs", "zoek"} - {"on"}, key=len, reverse=True))
# Unstressed prefixes that replace "ge-" ("betaald", "verstuurd", "onderzocht").
_PREFIXES = "ge|be|ver|ont|her|er|mis|onder|over|door|om|vol|achter|weer|voor"
# Auxiliaries a past participle goes with: "heeft betaald", "is verstuurd", "wordt betaald".
PERFECT_AUXILIARIES = frozenset({"hebben", "zijn", "worden"})
PARTICIPLE_FORM = re.compile(rf"^(?:{_PARTICLES}){{0,2}}(?:{_PREFIXES})\w{{2,}}[dtn]$")
_PARTICLE_PARTICIPLE_FORM = re.compile(rf"^(?:{_PARTICLES}){{1,2}}ge\w{{2,}}[dtn]$")  # "opgevangen"
# Participles negated with "on-" are adjectives: "ongewijzigd", "onbeantwoord", "onopgemerkt".
_NEGATED_FORM = re.compile(rf"^on(?:ge|be|ver|her|er|ont|(?:{_PARTICLES})ge)\w")

# Adjectives shaped like participles; they never head a passive.
# Source: UPOS ADJ tokens of the UD Dutch training part matching the shape above, and "geleden" (ago).
ADJECTIVE_LOOKALIKES = frozenset({
    "bekend", "beroemd", "bevriend", "bevoegd", "bewust", "bereid", "beschaafd", "beschaamd",
    "gebaat", "geleden", "geliefd", "gemiddeld", "gerust", "geschikt", "gewend", "gewoon", "gezond",
    "omstreden", "ontevreden", "verkeerd", "verliefd", "verstrooid", "vertrouwd", "verwant",
    "volwassen",
    # adjectives whose verb is rare or means something else ("ingewikkeld", "verslaafd")
    "begaafd", "bejaard", "beleefd", "gehaast", "gerenommeerd", "ingewikkeld",
    "verslaafd", "verwaand", "verzot",
})

# Participles whose verb lives on in them alone ("geboren": "baren" is archaic).
IRREGULAR_PARTICIPLES = frozenset({"geboren"})

# Participles of verbs that form their perfect with "zijn" only, so "zijn" +
# participle is never a passive ("is overleden"). Participle forms, not lemmas,
# so a lemmatiser slip cannot open the gate. Source: participles under a
# zijn-"aux" in the UD Dutch training part, plus frequent relatives in letters.
ZIJN_PERFECT_PARTICIPLES = frozenset({
    "afgereisd", "beland", "bevallen", "bezweken", "binnengedrongen", "doorgedrongen", "doorgeslagen",
    "gearriveerd", "gebarsten", "gebeurd", "gebleken", "gedaald", "gekrompen", "gelukt", "gerezen", "geschied",
    "geschrokken", "geslaagd", "geslonken", "gesneuveld", "gestorven", "gestruikeld", "geweest", "geworden",
    "gezonken", "geëmigreerd", "geëscaleerd", "geëvolueerd", "ingeslapen", "ingestort", "kwijtgeraakt",
    "losgeraakt", "mislukt", "omgekomen", "ontbrand", "ontploft", "ontsnapt", "ontstaan", "ontwaakt",
    "opgedoken", "opgestaan", "overleden", "toegenomen", "verdampt", "verdwenen", "vergaan", "verlopen",
    "verongelukt", "verouderd", "verschenen", "verstreken", "vertrokken", "vervallen", "verwaterd",
    "zoekgeraakt",
})
# Participles of zijn-verbs whose particle compounds take "zijn" too:
# "aangekomen", "weggevallen", "teruggekeerd" are checked without their particle.
ZIJN_PERFECT_STEMS = frozenset({
    "gebleven", "gegaan", "gegroeid", "gekeerd", "gekomen", "gelopen", "gereisd",
    "gesprongen", "gestapt", "gestegen", "getreden", "gevallen", "gevlucht", "gezakt",
})
# Participles that after "zijn" describe a state or feeling, as adjectives
# do ("wij zijn genoodzaakt", "de kat is behaard"); UD Dutch annotates them
# as copula + predicate. Source: zijn-"cop" participles of the UD Dutch
# training part, plus the frequent ones in letters (verplicht, genoodzaakt, ...) and a feeling
# and bonds of the older Wikipedia and news files (belust, verloofd, verbonden met, uitverkocht).
STATIVE_PARTICIPLES = frozenset({
    "behaard", "beledigd", "belust", "beperkt", "betrokken", "bezet", "geblesseerd", "gebonden", "gecharmeerd",
    "gehuwd", "gekleurd", "geladen", "gelegen", "gemachtigd", "geneigd", "genoodzaakt", "gerechtigd", "gesteld",
    "gewild",
    "geïnteresseerd", "omkranst", "onderverdeeld", "overtuigd", "teleurgesteld", "verbaasd", "verheugd",
    "verbonden", "verboden", "verloofd", "uitverkocht", "verplicht", "verschuldigd", "volgroeid",
    # from news-style sentences written for tuning (December 2026): Belgian "gekend" (= bekend), bonds and
    # conditions ("gespecialiseerd in", "gehecht aan", "overbelast", "uitgeput", "gelegerd in")
    "gehecht", "gekend", "gelegerd", "gespecialiseerd", "overbelast", "uitgeput",
    "gevat",  # witty; but "werd gevat" is the Belgian passive of "vatten" (to catch)
    # from blind good letters (December 2026): "hij is 's nachts vaak verward", "de uitspraak was niet gepast"
    "gepast", "verward",
})
# Participles whose verb, said of a person, takes "zijn" for its perfect: "u bent hersteld" (recovered),
# "u bent gescheiden" (divorced), "u bent ingetrokken" (moved in); "de lamp is hersteld" is a passive.
PERSON_PERFECT_PARTICIPLES = frozenset({"bevallen", "gescheiden", "hersteld", "ingetrokken"})
_PERSONAL_SUBJECTS = frozenset({"ik", "jij", "je", "u", "wij", "we", "jullie"})  # not "hij": "de lamp? Hij is ..."
# Feelings: after "zijn" a state ("wij waren geschokt"), unless a "door" names their cause
# ("geschokt door de beelden", a passive in UD Dutch). Source: the older Wikipedia file and the
# training part of UD Dutch.
FEELING_PARTICIPLES = frozenset({
    "geërgerd", "geschokt", "gefrustreerd", "gestresseerd", "gestrest", "ontgoocheld", "ontroerd", "opgelucht",
})
# Copulas whose perfect takes "zijn": "is ... geraakt" serves them, not the predicate before them.
ZIJN_COPULAS = frozenset({"blijken", "blijven", "geraken", "raken"})
# Participles of verbs with both a zijn-perfect and a passive ("is gestopt"):
# here the parser's aux:pass decides.
DUAL_PARTICIPLES = frozenset({
    "afgenomen", "begonnen", "gebroken", "gedegradeerd", "geëindigd", "genezen", "gepromoveerd", "gesmolten",
    "gestart", "gestopt", "getrouwd", "opgelopen", "opgestart", "geraakt", "veranderd", "verbeterd",
    "verdubbeld", "vergeten", "verhuisd", "verminderd", "verslechterd", "overgeschakeld",
    # a fire or a dike "is afgebrand / doorgebroken / overgeslagen", a driver "is gereden"
    "afgebrand", "afgeketst", "doorgebroken", "gereden", "overgeslagen",
    # institutions "zijn gefuseerd / samengesmolten", a truck "is gekanteld", an animal "is overgestoken"
    "gefuseerd", "gekanteld", "overgestoken", "samengesmolten",
})
# Degree words make a participle after "zijn" a state: "is zo sterk vervuild", "is erg gehecht aan" (with
# "zo" and "te", which matching.DEGREE_WORDS, the degree words a term may hold, must leave out).
_STATE_DEGREE_WORDS = frozenset({"zeer", "erg", "heel", "zo", "te", "nogal", "vrij", "uiterst", "hoogst", "bijzonder",
                                "enorm", "ontzettend", "behoorlijk", "best"})
# Words that open an elliptic comparison with a bare participle: "sneller dan verwacht", "zoals gepland".
_COMPARISON_WORDS = frozenset({"dan", "zoals", "als"})
# Words that open an indirect question; not "wat" and "wie" of `particles._QUESTION_WORDS`, which also
# mean "somewhat" and "someone" inside a clause ("De brief werd wat later verzonden").
_INDIRECT_QUESTION_WORDS = frozenset({"hoeveel", "waarom", "wanneer", "hoe", "waar", "welke"})
_FIXED_AFTER_HOE = re.compile(r"hoe\s+dan\s+ook\b", re.IGNORECASE)  # "werd hoe dan ook verzonden"

# Participle cores (particle and "ge-" removed) of verbs of giving and sending,
# the only verbs that form a "krijgen"-passive.
TRANSFER_CORES = frozenset({
    "betaald", "bezorgd", "boden", "bracht", "deeld", "geven", "handigd", "kend", "leend", "legd",
    "leverd", "maild", "rekend", "reikt", "schonken", "stort", "stuurd", "vergoed", "verleend",
    "verstuurd", "verzonden", "wezen", "zonden",
})

# Word classes a participle is never tagged with, though some share its shape ("omdat", "bijvoorbeeld").
_NON_VERBAL_POS = frozenset({"ADP", "ADV", "CCONJ", "DET", "INTJ", "NUM", "PRON", "PUNCT", "SCONJ", "SYM"})
_SUBJECT_DEPS = ("nsubj", "csubj")
# Dependents only a noun has.
_NOMINAL_DEPS = frozenset({"amod", "det", "nummod"})
# Relations by which a participle heads a clause of its own, not a verb cluster with its head.
_CLAUSE_DEPS = frozenset({"acl", "acl:relcl", "amod", "ccomp", "conj", "csubj", "parataxis"})
# Relations no auxiliary has: its own clause or an argument role.
_NON_AUXILIARY_DEPS = _CLAUSE_DEPS | {
    "advcl", "appos", "csubj:pass", "iobj", "nsubj", "nsubj:pass", "obj", "obl", "obl:agent", "xcomp",
}
# Dependents that make a verb a main verb rather than an auxiliary (subjects
# are left out: the parser often hangs them on the finite auxiliary).
_ARGUMENT_DEPS = frozenset({"obj", "iobj", "xcomp", "ccomp"})
# Word classes an argument never has: a particle or conjunction labelled xcomp is a parse slip ("af en toe").
_NON_ARGUMENT_POS = frozenset({"ADP", "CCONJ", "PUNCT", "SCONJ"})
HEBBEN_FORMS = frozenset({"heb", "hebt", "heeft", "hebben", "had", "hadden", "gehad"})
PERFECT_FORMS = HEBBEN_FORMS | ZIJN_FORMS  # the forms of a perfect's auxiliary: "heeft", "is"


@dataclass(frozen=True)
class PassiveClause:
    """One passive: its auxiliary, its participle and the "door" phrase, if any."""

    clause: Span
    auxiliary: Token
    participle: Token
    agent: Span | None
    kind: PassiveKind

    @property
    def agent_text(self) -> str | None:
        """The agent without "door": "de dienst" for "door de dienst"."""
        if self.agent is None:
            return None
        words = list(self.agent)
        if words[0].lower_ == "door":
            words = words[1:]
        return self.agent.doc[words[0].i : words[-1].i + 1].text if words else None


def find_passives(doc_or_span: Doc | Span) -> list[PassiveClause]:
    """All passive clauses whose auxiliary and participle lie in `doc_or_span`, in text order."""
    doc = doc_or_span if isinstance(doc_or_span, Doc) else doc_or_span.doc
    if not doc.has_annotation("DEP"):
        raise ValueError("find_passives needs a parsed Doc (dependency annotation missing)")
    tokens = doc[0 : len(doc)] if isinstance(doc_or_span, Doc) else doc_or_span
    found: dict[int, tuple[Token, PassiveKind]] = {}
    for token in tokens:
        passive = _passive_of(token)
        if passive is not None:
            found[token.i] = passive
    # Second pass: a bare "worden" or "zijn", or a "krijgen", the parser did not attach to its
    # participle ("zijn" only when parsed as a main verb: as an auxiliary it serves another verb).
    used = {auxiliary.i for auxiliary, _ in found.values()}
    for token in tokens:
        if token.i in used:
            continue
        if _is_bare(token, "worden", WORDEN_FORMS):
            participle = _cluster_participle(token, by_form=True) or _orphan_participle(token) \
                or _participle_later_in_clause(token, by_form=True)
            if participle is not None and participle.i not in found:
                found[participle.i] = (token, _worden_kind(participle, token))
        elif _is_form(token, "worden", WORDEN_FORMS) and token.dep_ == "cop":
            participle = _adjacent_participle(token) or _participle_later_in_clause(token, by_form=True)
            if participle is not None and participle.i not in found:
                found[participle.i] = (token, _worden_kind(participle, token))
        elif _is_form(token, "worden", WORDEN_FORMS) and token.dep_ not in {"aux", "aux:pass"}:
            # a main verb with a predicate the parser invented: "België werd in oude tijden bevolkt
            # door ..." with "stammen" as the predicate; only with its agent or an impersonal "er"
            # ("wordt er extra opgelet"), as "werd voorzitter" has a predicate of its own
            participle = _participle_later_in_clause(token, by_form=True)
            if participle is not None and participle.i not in found and (
                    _agent_follows(participle) or _with_er(token)):
                found[participle.i] = (token, _worden_kind(participle, token))
            elif (participle := _adjacent_participle(token)) is not None and participle.i not in found:
                found[participle.i] = (token, _worden_kind(participle, token))
        elif _is_form(token, "zijn", ZIJN_FORMS) and token.dep_ == "cop":
            participle = _participle_later_in_clause(token)
            if participle is not None and participle.i not in found and _zijn_passive(participle, token) \
                    and not _beside_a_noun(participle):
                found[participle.i] = (token, "zijn")
        elif _is_bare(token, "zijn", ZIJN_FORMS) and token.dep_ not in {"aux", "aux:pass"}:
            participle = _cluster_participle(token)
            if participle is not None and participle.i not in found and _zijn_passive(participle, token):
                found[participle.i] = (token, "zijn")
        elif token.dep_ == "aux:pass" and token.head.i not in found and not is_past_participle(token.head):
            # a passive auxiliary the parser hung on a word that is no participle ("werden lichtjes verwond
            # toen ... inreed", "is vanochtend ... opgeschort" with "vanochtend" as the verb)
            by_form = _is_form(token, "worden", WORDEN_FORMS)
            participle = _participle_later_in_clause(token, by_form=by_form)
            if by_form and participle is not None and participle.i not in found:
                found[participle.i] = (token, _worden_kind(participle, token))
            elif _is_form(token, "zijn", ZIJN_FORMS) and participle is not None and participle.i not in found \
                    and _zijn_passive(participle, token) and not _beside_a_noun(participle):
                found[participle.i] = (token, "zijn")
        elif _is_form(token, "krijgen", KRIJGEN_FORMS):  # its object is the thing given: never bare
            participle = _cluster_participle(token) or _particle_participle_child(token)
            if participle is not None and participle.i not in found and _is_transfer(participle):
                found[participle.i] = (token, "krijgen")
    clauses = []
    for index, (auxiliary, kind) in sorted(found.items()):
        if kind in {"worden", "er"} and doc[index].lower_ in ZIJN_PERFECT_PARTICIPLES:
            continue  # a verb with only a "zijn" perfect has no passive: "wordt krijgsgevangen, maar ontsnapt"
        if _adverbial_participle(doc[index]):
            continue  # "Achteraf gezien was dat de juiste keuze."
        if tokens.start <= auxiliary.i < tokens.end:
            participle = doc[index]
            first, last = sorted((auxiliary.i, index))
            agent = _agent(participle) or _agent(auxiliary)
            clauses.append(PassiveClause(doc[first : last + 1], auxiliary, participle, agent, kind))
    return clauses


def is_past_participle(token: Token) -> bool:
    """A past participle in a verb cluster: never inflected, never a present participle.

    The shape decides (particle, "ge-" or an unstressed prefix, -d/-t/-n),
    else the morphology. The tagger knows little letter vocabulary
    ("teruggestort" as a noun), so the parse can overrule its tags.
    """
    form = token.lower_
    if form in ADJECTIVE_LOOKALIKES or form.endswith("e"):
        return False
    shaped = PARTICIPLE_FORM.match(form) is not None
    if token.pos_ in _NON_VERBAL_POS and not (
            token.pos_ == "ADV" and shaped and any(_is_worden_of(child, token) for child in token.children)):
        return False  # an adverb only with its "worden": "Kaas werd verfilmd" tagged ADV
    if _NEGATED_FORM.match(form):
        return False  # "ongewijzigd" is an adjective
    if not is_participle_form(form):
        return False  # the tagger's "participles" "glad", "garagist", "verwerken" are none
    if _inside_a_noun_phrase(token):
        return False  # "De in Doornik geboren Eleutherius werd ...", "het door u geschreven verslag"
    if shaped and any(_is_worden_of(child, token) for child in token.children):
        return True  # "worden" takes nothing else: "verkocht" tagged finite, "aangehangen" infinitive, "vernomen" noun
    if any(child.dep_ in _NOMINAL_DEPS for child in token.children):
        return False  # an article or adjective makes a noun: "een geluid", "is de gewezen voetballer"
    if shaped and token.pos_ == "VERB" and any(
        child.dep_ in {"aux", "aux:pass", "cop"} and _is_form(child, "zijn", ZIJN_FORMS) for child in token.children
    ):
        return True  # a verb in participle shape under "zijn": "is rechtgezet" tagged finite
    verb_form = token.morph.get("VerbForm")
    if ("Fin" in verb_form and not _PARTICLE_PARTICIPLE_FORM.match(form)) or (
            "Inf" in verb_form and form[-1:] not in {"d", "t"}):
        return False  # an "infinitive" in -d/-t is a tagging slip ("beantwoord"), so is a finite "opgeheven"
    if token.pos_ in {"NOUN", "PROPN"} and not _PARTICLE_PARTICIPLE_FORM.match(form):
        return False  # nouns share the shape ("bedragen", "gebied"), but hardly ever with a particle + ge-
    if not shaped and "-" in form:
        return False  # a hyphenated compound the tagger made a participle: "werd minister-president"
    return shaped or (token.pos_ == "VERB" and "Part" in verb_form and form[-1:] in {"d", "t"})  # "aanvaard"


_PHRASE_ARTICLES = frozenset({"de", "het", "een", "deze", "dit", "die", "dat"})


def _inside_a_noun_phrase(participle: Token) -> bool:
    """A participle between an article with a phrase of its own and the noun: "de in 1950 geboren
    schrijver", "het door u geschreven verslag" (an uninflected attribute, which a participle in -en
    always is)."""
    doc = participle.doc
    if participle.i + 1 >= len(doc) or doc[participle.i + 1].pos_ not in {"NOUN", "PROPN"}:
        return False
    phrase = False
    for word in reversed(doc[max(0, participle.i - 8) : participle.i]):
        if word.pos_ == "ADP":
            phrase = True
        elif word.pos_ == "DET" and word.lower_ in _PHRASE_ARTICLES:
            return phrase
        elif word.pos_ not in {"NOUN", "PROPN", "NUM", "ADV", "ADJ", "PRON"}:
            return False
    return False


def _is_worden_of(child: Token, participle: Token) -> bool:
    """A "worden" the parser attached to a participle-shaped word as its auxiliary, or as the copula
    of a predicate it tagged noun or verb ("wordt de partij ... verweten"): an adjective after a
    copular "worden" is tagged ADJ ("werd bezorgd")."""
    return _is_form(child, "worden", WORDEN_FORMS) and (
        child.dep_ in {"aux", "aux:pass"} or (child.dep_ == "cop" and participle.pos_ in {"NOUN", "VERB"}))


def _passive_of(participle: Token) -> tuple[Token, PassiveKind] | None:
    """The passive auxiliary the parse gives `participle`, checked by the rules, and the kind."""
    if not is_past_participle(participle):
        return None
    worden = _auxiliary(participle, "worden", WORDEN_FORMS)
    if worden is not None:
        return worden, _worden_kind(participle, worden)
    if _has_hebben(participle):
        return None  # without "worden", "heeft gelezen" is an active perfect ("had ... moeten worden" is not)
    zijn = _auxiliary(participle, "zijn", ZIJN_FORMS, lambda auxiliary: _zijn_passive(participle, auxiliary))
    if zijn is not None:
        return zijn, "zijn"
    krijgen = _krijgen_auxiliary(participle)
    if krijgen is not None:
        return krijgen, "krijgen"
    return _shared_auxiliary(participle)


def _is_form(token: Token, lemma: str, forms: frozenset[str]) -> bool:
    return token.pos_ in {"AUX", "VERB"} and (token.lemma_.lower() == lemma or token.lower_ in forms)


def _is_auxiliary_of(child: Token, lemma: str, forms: frozenset[str]) -> bool:
    """`child` is an auxiliary of its head in the head's own clause, with the given lemma.

    Any relation but a clause or an argument will do: the parser knows
    little letter Dutch and labels a stray "bent" advmod. An auxiliary has no
    arguments of its own (unless the parser called it the passive auxiliary: then
    its "argument" is a misplaced subject), and it follows the subordinator of a
    subordinate clause: in "het probleem is dat niemand ... gelezen" the "is" belongs to
    the main clause.
    """
    return (
        child.dep_ not in _NON_AUXILIARY_DEPS
        and _is_form(child, lemma, forms)
        and (child.dep_ == "aux:pass" or not any(_is_argument(grandchild) for grandchild in child.children))
        and all(child.i > sibling.i for sibling in child.head.children if _subordinator(sibling))
    )


def _subordinator(token: Token) -> bool:
    """A "mark" that opens a subordinate clause ("dat", "omdat"); not a preposition the parser marked
    by mistake ("is door u verkeerd ingevuld", "werd tot in de 19de eeuw ... omringd"), nor the "als"
    of a predicate ("wordt als ontaard beschouwd"), which no subject of its own follows."""
    if token.dep_ != "mark" or token.pos_ not in {"SCONJ", "ADP"} or token.lower_ == "door":
        return False  # "dan" is no subordinator ("Er wordt dan verwezen naar")
    if token.pos_ == "ADP":  # "om" and "te" open an infinitive clause, "om de 5 jaar" is a preposition
        return token.lower_ in {"om", "te"} and "Inf" in token.head.morph.get("VerbForm")
    if token.lower_ in {"als", "zoals"}:
        return any(sibling.dep_.startswith("nsubj") and sibling.i > token.i for sibling in token.head.children)
    return True


def _auxiliary(participle: Token, lemma: str, forms: frozenset[str], fits=lambda auxiliary: True) -> Token | None:
    """The auxiliary `lemma` of `participle`, attached to it or (a parse slip) heading it.

    "wordt betaald", "moet worden ingediend", "is betaald geworden", "is verstuurd";
    `fits` lets the caller veto a candidate ("is aangekomen" is no passive).
    """
    for child in participle.children:
        if _is_auxiliary_of(child, lemma, forms) and fits(child):
            return child
    head = participle.head
    if (
        head != participle
        and participle.dep_ not in _CLAUSE_DEPS
        and _is_bare(head, lemma, forms, participle)
        and fits(head)
    ):
        return head
    return None


def _zijn_passive(participle: Token, zijn: Token) -> bool:
    """"is verstuurd" is a passive, "is aangekomen" a perfect (see module docstring)."""
    form = participle.lower_
    if form in ZIJN_PERFECT_PARTICIPLES or (form in STATIVE_PARTICIPLES and not _with_particle(participle)):
        return False  # but a particle makes a verb of a state: "is niemand in verdenking gesteld"
    if form in PERSON_PERFECT_PARTICIPLES and any(
            child.dep_.startswith("nsubj") and child.lower_ in _PERSONAL_SUBJECTS
            for head in (participle, zijn) for child in head.children):
        return False  # "dat u intussen goed hersteld bent"
    if any(child.dep_ == "cop" and child.lemma_.lower() in ZIJN_COPULAS for child in participle.children):
        return False  # "zijn" is the perfect of a copula: "de kachel is oververhit geraakt"
    if _without_particles(form) in ZIJN_PERFECT_STEMS:
        return False
    agent = _agent(participle) is not None
    if form in FEELING_PARTICIPLES or _degree_of(participle):
        return agent
    # the tagger's lemma, or the verb of the form when it read a noun ("zijn we tekortgeschoten")
    lemma = participle.lemma_ if participle.pos_ in {"VERB", "AUX"} else next(iter(verb_lemma(form)[:1]), "")
    if not agent and lemma and perfect_auxiliary(lemma) == "zijn":
        return False  # a verb that forms its perfect with "zijn": "het kalf is verdronken", "zijn afgesprongen"
    if zijn.dep_ == "cop" and not (agent or participle.pos_ in {"VERB", "X"} or (
            participle.pos_ == "NOUN" and _PARTICLE_PARTICIPLE_FORM.match(form))):
        return False  # a copula with an adjective-tagged participle: "de winkel is gesloten op zondag"
        # (a participle the tagger gave up on, "X", is a verb: "is op 3 december teruggestort"; so is a
        # particle + "ge-" form it called a noun: "tot de herstellingen zijn afgerond")
    if form in DUAL_PARTICIPLES:
        return zijn.dep_ == "aux:pass" and agent  # "de situatie is veranderd", but "... door de wet veranderd"
    return True


# Participles that make a fixed adverbial with the word before them: "achteraf gezien", "eerlijk gezegd",
# "strikt genomen"; such a phrase opens the clause, it is no verb of the auxiliary after it.
_ADVERBIAL_PARTICIPLES = frozenset({"gezien", "gezegd", "genomen", "bekeken"})


def _adverbial_participle(participle: Token) -> bool:
    doc = participle.doc
    before = doc[participle.i - 1] if participle.i else None
    after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    return participle.lower_ in _ADVERBIAL_PARTICIPLES and before is not None and before.pos_ in {"ADV", "ADJ"} and (
        after is not None and after.pos_ in {"AUX", "VERB"} and "Fin" in after.morph.get("VerbForm"))


def _with_particle(participle: Token) -> bool:
    return any(child.dep_ == "compound:prt" for child in participle.children)


def _degree_of(participle: Token) -> bool:
    """A degree word right before the participle or among its modifiers: "erg gehecht", "zo sterk vervuild"."""
    before = participle.doc[participle.i - 1] if participle.i else None
    return (before is not None and before.lower_ in _STATE_DEGREE_WORDS) or any(
        child.dep_ == "advmod" and child.lower_ in _STATE_DEGREE_WORDS for child in participle.children)


def _krijgen_auxiliary(participle: Token) -> Token | None:
    """"u krijgt het bedrag teruggestort": krijgen and a participle of giving or sending."""
    if not _is_transfer(participle):
        return None
    for child in participle.children:
        if _is_auxiliary_of(child, "krijgen", KRIJGEN_FORMS):
            return child
    head = participle.head
    clause_of_its_own = participle.dep_ in _CLAUSE_DEPS and not _uncoordinated_conjunct(participle)
    if head != participle and not clause_of_its_own and _is_form(head, "krijgen", KRIJGEN_FORMS):
        return head
    return None


def _uncoordinated_conjunct(token: Token) -> bool:
    """A "conjunct" without "en", "of" or a comma before it: the parser split one clause in two
    ("U krijgt de kaart binnen twee weken toegestuurd" read as two clauses)."""
    return token.dep_ == "conj" and not any(
        other.pos_ == "CCONJ" or other.text in {",", ";"} for other in token.doc[token.head.i + 1 : token.i])


def _is_transfer(participle: Token) -> bool:
    return _core(participle.lower_) in TRANSFER_CORES


def _shared_auxiliary(participle: Token) -> tuple[Token, PassiveKind] | None:
    """"werd gebouwd en in 1900 geopend": a conjunct participle without its own auxiliary or subject."""
    if participle.dep_ != "conj" or participle.head == participle:
        return None
    if any(child.dep_.startswith(("aux", "cop", *_SUBJECT_DEPS)) for child in participle.children):
        return None
    return _passive_of(participle.head)


def _is_bare(token: Token, lemma: str, forms: frozenset[str], participle: Token | None = None) -> bool:
    """A form of `lemma` that is no copula and has no predicate (other than `participle`)."""
    return (
        _is_form(token, lemma, forms)
        and token.dep_ != "cop"
        and not any(_is_argument(child) and child != participle for child in token.children)
    )


def _is_argument(token: Token) -> bool:
    return token.dep_ in _ARGUMENT_DEPS and token.pos_ not in _NON_ARGUMENT_POS


def _cluster_participle(auxiliary: Token, by_form: bool = False) -> Token | None:
    """The participle in the verb cluster of `auxiliary`: "uitgeschopt dreigde te worden", "behandeld is".

    Dutch verb clusters are contiguous, so only modals, "te" and other
    non-participle verbs may stand between the two; the participle before
    the auxiliary is tried first (subordinate-clause order). With `by_form`
    (for "worden", which takes nothing else in its cluster), a word in the
    shape of a verb's participle will do, whatever its tag ("benut worden"
    with "benut" tagged as a noun).
    """
    sentence = auxiliary.sent
    for step in (-1, 1):
        index = auxiliary.i + step
        while sentence.start <= index < sentence.end and _is_cluster_link(auxiliary.doc[index]):
            index += step
        if sentence.start <= index < sentence.end and (
                _is_free_participle(word := auxiliary.doc[index]) or (by_form and _free_by_form(word))):
            return word
    return None


def _adjacent_participle(worden: Token) -> Token | None:
    """A participle right next to a "worden" the parser made a copula ("kan worden aangevraagd via
    het e-loket" read as "worden ... e-loket"): a participle beside "worden" is its passive,
    unless a noun follows it (then it is attributive: "worden gevraagde bedragen"). A word in the
    shape of a verb's participle counts whatever its tag ("benut worden", "benut" a noun)."""
    doc = worden.doc
    for index in (worden.i + 1, worden.i - 1):
        if not 0 <= index < len(doc) or not (
                is_past_participle(word := doc[index]) or (_participle_of_a_verb(word) and not _is_nominal(word))):
            continue
        following = doc[index + 1] if index + 1 < len(doc) else None
        if following is None or following.pos_ not in {"NOUN", "PROPN", "ADJ"}:
            return doc[index]
    return None


def _participle_later_in_clause(copula: Token, by_form: bool = False) -> Token | None:
    """A verb-tagged participle later in the clause of a "worden" or "zijn" the parser made a copula of
    another word ("Uw vraag wordt door ons doorgestuurd": "wordt" on "vraag"; "De brief werd helaas
    ... verzonden": on "helaas"). A copula's own predicate is an adjective or noun, so a participle
    the tagger calls a verb is the auxiliary's; with `by_form` (for "worden", which has no perfect of
    its own to confuse) also a word in the shape of a verb's participle. The clause ends at a comma,
    a conjunction, a subordinator, a relative pronoun or another finite verb."""
    doc = copula.doc
    index, end = copula.i + 1, copula.sent.end
    while index < end:
        token = doc[index]
        index += 1
        if token.text == "," and (closing := _insertion_end(token, end)) is not None:
            index = closing + 1  # "werd hij, nog een kleuter, door ... benoemd"
            continue
        if token.text in {",", ";", ":"} or (token.pos_ == "CCONJ" and not _joins_nouns(token)) or (
                token.pos_ == "SCONJ") or (
                token.pos_ == "PRON" and token.dep_.startswith("nsubj") and token.lower_ in {"die", "dat", "wat"}):
            return None
        if token.lower_ in _COMPARISON_WORDS and token.i + 1 < end and doc[token.i + 1].dep_ == "advcl":
            return None  # an elliptic comparison: "... af te bouwen dan verwacht"
        if token.lower_ in _INDIRECT_QUESTION_WORDS and not _FIXED_AFTER_HOE.match(doc[token.i : token.i + 3].text):
            return None  # an indirect question: "Dat is hoeveel stroom u tegelijk gebruikt"
        if (token.pos_ == "VERB" and _is_free_participle(token)) or (
                by_form and _free_by_form(token)):
            return token
        if token.pos_ in {"VERB", "AUX"} and "Fin" in token.morph.get("VerbForm"):
            return None
    return None


def _joins_nouns(conjunction: Token) -> bool:
    """An "en" or "of" between two noun phrases, inside the clause: "werden twintig kilo heroïne en vijf
    vuurwapens in beslag genomen"."""
    doc = conjunction.doc
    if not 0 < conjunction.i < len(doc) - 1:
        return False
    return doc[conjunction.i - 1].pos_ in {"NOUN", "PROPN", "NUM"} and (
        doc[conjunction.i + 1].pos_ in {"DET", "NUM", "NOUN", "PROPN", "ADJ"})


def _insertion_end(comma: Token, end: int) -> int | None:
    """The comma that closes an insertion opened by `comma` ("wordt, als niveau binnen de politie,
    vertegenwoordigd"; "wordt, zodra alles binnen is, uitgenodigd"), or None. An insertion does not
    start with a conjunction, and has a finite verb only as a subordinate clause."""
    doc = comma.doc
    for index in range(comma.i + 1, end):
        if doc[index].text == ",":
            words = doc[comma.i + 1 : index]
            if not words or words[0].pos_ == "CCONJ":
                return None
            finite = any(t.pos_ in {"VERB", "AUX"} and "Fin" in t.morph.get("VerbForm") for t in words)
            return index if not finite or words[0].pos_ == "SCONJ" else None
        if doc[index].text in {";", ":"}:
            return None
    return None


def _with_er(worden: Token) -> bool:
    """An "er" right after "worden" ("wordt er ... gewerkt"): an impersonal passive, as copular
    "worden" takes a predicate, never a participle."""
    doc = worden.doc
    return worden.i + 1 < len(doc) and doc[worden.i + 1].lower_ == "er"


def _agent_follows(participle: Token) -> bool:
    """ "... bevolkt door verschillende stammen": a "door" right after the participle names its agent."""
    doc = participle.doc
    return participle.i + 1 < len(doc) and doc[participle.i + 1].lower_ == "door"


def _beside_a_noun(participle: Token) -> bool:
    """Right after a noun ("is een land begrensd door de zee") or right before one ("zijn willekeurig
    gekozen regels"): a participle that describes the noun, with "zijn" as the copula of that noun.
    Not at the end of the clause after the noun of a prepositional phrase: "is de beslissing naar uw
    vader verstuurd" (but "vatbaar voor ziekten veroorzaakt door bacteriën")."""
    doc = participle.doc
    before = doc[participle.i - 1] if participle.i else None
    after = doc[participle.i + 1] if participle.i + 1 < len(doc) else None
    clause_end = after is None or after.is_punct or after.pos_ in {"CCONJ", "SCONJ"}
    return (before is not None and before.pos_ in {"NOUN", "PROPN", "SYM"}
            and not (clause_end and any(child.dep_ == "case" for child in before.children))) or (
        after is not None and after.pos_ in {"NOUN", "PROPN", "ADJ"})


def _is_nominal(token: Token) -> bool:
    """A noun by its dependents or by the word before it: "voor andere gevallen", "de gevallen",
    "onder zijn bewind"; a name inside the sentence ("Guy Verhofstadt werd"). A particle + "ge-" form
    is hardly ever a noun, whatever the parse: "wordt er extra opgelet"."""
    if _PARTICLE_PARTICIPLE_FORM.match(token.lower_):
        return False
    if token.pos_ == "PROPN" and token.text[:1].isupper() and not token.is_sent_start:
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    possessive = before is not None and (before.dep_ == "nmod:poss" or before.morph.get("Poss") == ["Yes"])
    return before is not None and (before.pos_ in {"ADP", "DET"} or possessive) or any(
        child.dep_ in _NOMINAL_DEPS for child in token.children)


def _free_by_form(token: Token) -> bool:
    """A word in the shape of a verb's participle, whatever its tag, that is no noun and has no
    perfect of its own: the participle of a "worden" in its cluster or later in its clause."""
    return _participle_of_a_verb(token) and not _has_hebben(token) and not _is_nominal(token)


def _participle_of_a_verb(token: Token) -> bool:
    """A word in participle shape that is the participle of a verb, whatever the tagger says
    ("doorgestuurd" as a noun, "verzonden" as a past tense): after a copular "worden" such a word
    is its passive participle ("wordt ... doorgestuurd")."""
    form = token.lower_
    if form in ADJECTIVE_LOOKALIKES or form.endswith("e") or not PARTICIPLE_FORM.match(form):
        return False
    return is_participle_form(form)


@lru_cache(maxsize=16384)
def is_participle_form(form: str) -> bool:
    """Whether Dutch morphology reads `form` as the past participle of a verb: the participle of
    one of the verbs `verb_lemma` finds in it. Shape alone also lets in "glad", "discreet",
    "gemeentegrenzen" and infinitives ("verwerken"), which the tagger at times calls participles."""
    if form in IRREGULAR_PARTICIPLES or _PARTICLE_PARTICIPLE_FORM.match(form) and not (
            _inflected_weak(form) or _particle_infinitive_of_geven(form)):
        return True  # particle + "ge-" is a participle even of a verb the lemma tables lack ("voorgetrokken")
    candidates = verb_lemma(form)[:2]
    return any(_safe_participle(lemma) == form and not _inflected_form_of(lemma, candidates[0])
               for lemma in candidates)


def _particle_infinitive_of_geven(form: str) -> bool:
    """An infinitive whose particle meets the "ge" of its verb: "teruggeven", "afgeven" (participles
    "teruggegeven", "afgegeven"), not the participle "voorgetrokken"."""
    particle = _PARTICLE_BEFORE_GE.match(form)
    rest = form[particle.end():] if particle else ""
    return bool(rest) and verb_lemma(rest)[:1] == [rest] and _safe_participle(form) not in (None, form)


_PARTICLE_BEFORE_GE = re.compile(rf"^(?:{_PARTICLES})(?=ge)")


def _inflected_weak(form: str) -> bool:
    """A weak participle with the -en of a noun or plural: "ingewijden" ("ingewijd" + en), not "opgeheven"."""
    base = form[:-2]
    if not form.endswith("en") or base[-1:] not in {"d", "t"}:
        return False
    return any(_safe_participle(lemma) == base for lemma in verb_lemma(base)[:2])


def _safe_participle(lemma: str) -> str | None:
    try:
        return past_participle(lemma)
    except ValueError:  # a modal such as "zullen"
        return None


def _inflected_form_of(candidate: str, best: str) -> bool:
    """A runner-up "infinitive" that is a past plural of the best one ("besloten" of "besluiten"):
    its "participle" ("besloot") is the best verb's past tense."""
    try:
        return candidate != best and candidate in {past(best, plural=True), past_participle(best)}
    except ValueError:
        return False


def _particle_participle_child(verb: Token) -> Token | None:
    """A particle + "ge-" participle the parser made an argument of `verb` ("kreeg een boete opgelegd").

    That shape is hardly ever a noun, whatever the tagger says about its dependents.
    """
    for child in verb.children:
        if child.dep_ in {"obj", "xcomp", "ccomp"} and _PARTICLE_PARTICIPLE_FORM.match(child.lower_):
            return child
    return None


def _orphan_participle(worden: Token) -> Token | None:
    """For a predicate-less "worden" without participle: the nearest free participle in its clause.

    Copular "worden" always has a predicate, so a predicate-less "worden" is
    a passive auxiliary the parser mis-attached: as a main verb ("Zo werd X,
    ooit door Y genoemd, uit de partij gezet") or to a word that is no
    participle ("U wordt binnenkort ... opgebeld"). A participle above that
    word in the same clause is taken first, else the nearest one in its
    subtree after "worden" (main-clause order), then before it.
    """
    clause = worden.head if worden.dep_ in {"aux", "aux:pass"} else worden
    if clause != worden and is_past_participle(clause):
        return None  # attached to a participle after all: the first pass has decided
    ancestor = clause
    while ancestor.dep_ not in _CLAUSE_DEPS | {"advcl", "ROOT"}:
        ancestor = ancestor.head  # "worden" on the subject, the subject on the participle
        if _is_free_participle(ancestor):
            return ancestor
    below = [token for token in clause.subtree if token != worden and _is_free_participle(token)]
    after = [token for token in below if token.i > worden.i]
    before = [token for token in below if token.i < worden.i]
    return after[0] if after else (before[-1] if before else None)


def _is_free_participle(token: Token) -> bool:
    """A past participle that is not an adjective and has no perfect auxiliary of its own."""
    return (
        is_past_participle(token)
        and token.dep_ != "amod"
        and not _has_hebben(token)
        and not any((child.dep_.startswith("aux") or child.dep_ == "cop") and _is_form(child, "zijn", ZIJN_FORMS)
                    for child in token.children)
    )


def _has_hebben(token: Token) -> bool:
    """A perfect's "hebben" among the participle's auxiliaries (the parser at times calls it aux:pass)."""
    return any(child.dep_ in {"aux", "aux:pass"} and _is_form(child, "hebben", HEBBEN_FORMS)
               for child in token.children)


def _is_cluster_link(token: Token) -> bool:
    if token.lower_ == "te":
        return True
    verb_form = token.morph.get("VerbForm")
    return (
        token.pos_ in {"AUX", "VERB"}
        and ("Fin" in verb_form or "Inf" in verb_form)
        and token.lower_ not in HEBBEN_FORMS
    )


def _worden_kind(participle: Token, auxiliary: Token) -> PassiveKind:
    """"er wordt gewerkt" (an "er" beside the passive and no subject) is the impersonal passive."""
    if any(child.dep_.startswith(_SUBJECT_DEPS) for child in participle.children):
        return "worden"
    if any(child.lower_ == "er" for child in (*participle.children, *auxiliary.children)):
        return "er"
    return "worden"


def _agent(verb: Token) -> Span | None:
    """The "door ..." phrase of the participle (or of a mis-attached auxiliary):
    the parser's obl:agent, else an oblique that starts with "door"."""
    for child in verb.children:
        if child.dep_ == "obl:agent" or (
            child.dep_ == "obl" and any(c.dep_ == "case" and c.lower_ == "door" for c in child.children)
        ):
            return verb.doc[child.left_edge.i : child.right_edge.i + 1]
    return None


def _without_particles(form: str) -> str:
    """A participle without its separable particles: "teruggestort" -> "gestort"."""
    while (match := re.match(rf"^(?:{_PARTICLES})(?=\w{{4,}}$)", form)) is not None:
        form = form[match.end() :]
    return form


def _core(form: str) -> str:
    """A participle without separable particles and "ge-": "teruggestort" -> "stort"."""
    form = _without_particles(form)
    return form[2:] if form.startswith("ge") else form
