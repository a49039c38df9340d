"""Dutch inflection: verb forms from a lemma, and verb lemmas from a form.

Plain strings in, plain lowercase strings out; no spaCy. Rewriting code calls
it to put a replacement word in the form of the word it replaces ("verzocht"
-> "vroeg"), and the lemmatizer (`helder/nlp/lemmatizer.py`) may call
`verb_lemma()` to find the infinitive of a verb form: keep its signature.

API
---
present(lemma, person, separated=False)   person: "1sg" (ik werk), "2sg" (jij werkt),
                                          "2sg_inv" (werk jij), "u" (u werkt; u heeft, u kunt),
                                          "3sg" (hij werkt), "pl" (wij werken)
past(lemma, plural=False, separated=False) werkte/werkten, vroeg/vroegen, was/waren
past_participle(lemma)                    gewerkt, betaald, opgevolgd, ontvangen, geïnformeerd
present_participle(lemma)                 werkend
perfect_auxiliary(lemma)                  "hebben" or "zijn"
inflect_like(lemma, feats, person=None, tag=None, separated=False)
                                          the form for UD features (and a CGN tag, if known)
split_separable(lemma)                    "opvolgen" -> ("op", "volgen"); None if not separable
verb_class(lemma)                         "separable", "inseparable", "strong" or "regular"
verb_lemma(form)                          candidate infinitives, best first
plural(noun), diminutive(noun), attributive(adjective)
attested_plural(noun)                     the plural where it is a known word: None for "verkeer"

`separated=True` asks for the finite verb of a main clause, where a separable
verb leaves its particle behind ("hij belt u op"); the default is the joined
form of a subordinate clause ("dat hij u opbelt").

Choices
-------
- "u heeft" and "u kunt" (both standard; helder's own letters use them).
- Strong and irregular verbs come from `helder/data/strong_verbs.tsv`. A
  compound is derived from its base: ontvangen from vangen (ont- takes no ge-),
  opnemen from nemen (op + genomen). Auxiliaries of compounds follow the base
  (be- compounds take "hebben"), unless the compound has its own row.
- Particles that can also be unstressed prefixes (onder, over, door, om, voor,
  achter, vol, weer) count as separable, except for the compounds in
  INSEPARABLE_COMPOUNDS: overleggen, ondertekenen, voldoen ... "voorkomen" is
  taken as separable (het komt voor, is voorgekomen).
- ge- gets a trema before e, i, u (geëist, geïnformeerd, geüpload), not before
  "ui" or "ij" (geuit, geijkt).
- Regular stems: vowel doubling in an open stressed syllable (maken -> maak),
  none after a schwa (tekenen -> teken), final consonant undoubled (zetten ->
  zet), v/z devoiced (leven -> leef, reizen -> reis); 't kofschip is decided on
  the sound of the infinitive (leefde, reisde, fietste). Whether the e of an
  -eren verb is stressed (reserveren -> reserveer) or a schwa (verbeteren ->
  verbeter) or a schwa, in longer stems, is decided by which of the two 3sg
  and past spellings is more frequent (wordfreq); when neither is known, an
  -eren verb counts as French (stressed). The same frequency check keeps
  look-alikes apart: naderen is no na + deren ("genaderd" is a word).
- verb_lemma() ranks spelling non-words last (vrijwaaren: an open
  syllable has one vowel letter; schriken: a short vowel doubles the consonant),
  reads weak forms of strong verbs (opgeschrikt: opschrikken) and om/over/door...
  as unstressed prefixes (omkaderd: omkaderen), and for a rare word prefers a
  candidate that is a word at all or a known word + a known verb (nestzoekende:
  nest + zoeken); in a particle participle, a compound that is a word beats one
  that only borrows its core's frequency (aangewend: aanwenden, not aanwennen).

Known gaps: verbs on -iën (skiën), archaic subjunctives, the choice between
variants (wou/wilde, vaarde/voer: the table's first form), and verb_lemma()
between homographs that are both verbs (gemest: mesten or messen).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

from helder.nlp.lookup import is_own_lemma, lookup_lemma

STRONG_VERBS_FILE = Path(__file__).resolve().parent.parent / "data" / "strong_verbs.tsv"

PERSONS = ("1sg", "2sg", "2sg_inv", "u", "3sg", "pl")

# Present tense of the few verbs whose present is not stem (+t): 1sg, 2sg, 2sg_inv, u, 3sg.
IRREGULAR_PRESENT = {
    "zijn": ("ben", "bent", "ben", "bent", "is"),
    "hebben": ("heb", "hebt", "heb", "heeft", "heeft"),
    "kunnen": ("kan", "kunt", "kun", "kunt", "kan"),
    "zullen": ("zal", "zult", "zul", "zult", "zal"),
    "willen": ("wil", "wilt", "wil", "wilt", "wil"),
    "mogen": ("mag", "mag", "mag", "mag", "mag"),
    "gaan": ("ga", "gaat", "ga", "gaat", "gaat"),
    "doen": ("doe", "doet", "doe", "doet", "doet"),
    "slaan": ("sla", "slaat", "sla", "slaat", "slaat"),
    "zien": ("zie", "ziet", "zie", "ziet", "ziet"),
    "staan": ("sta", "staat", "sta", "staat", "staat"),
    "komen": ("kom", "komt", "kom", "komt", "komt"),
}

# Unstressed prefixes: the participle takes no ge- (betaald, verstuurd, ontvangen, herhaald, erkend).
INSEPARABLE_PREFIXES = ("ont", "ver", "her", "mis", "be", "ge", "er")

# Separable particles, longest first so "terug" wins over "ter"-like accidents.
PARTICLES = tuple(sorted((
    "aan", "aaneen", "achter", "achterna", "achteruit", "af", "bekend", "beneden", "bezig", "bij", "bijeen",
    "binnen", "bloot", "boven", "buiten", "deel", "dicht", "dood", "door", "fijn", "gade",
    "gebruik", "gelijk", "gevangen", "goed", "heen", "hoog", "in", "ineen", "kapot", "kennis",
    "klaar", "kwijt", "langs", "lastig", "leeg", "les", "los", "mede", "mee", "na", "neer", "om", "omhoog",
    "omlaag", "omver", "onder", "op", "open", "opzij", "over", "overeen", "plaats", "plat", "recht", "rond",
    "samen", "schoon", "stil", "stop", "stuk", "tegen", "tegemoet", "tekort", "teleur", "teniet",
    "tentoon", "terecht", "terug", "teweeg", "tewerk", "thuis", "toe", "tussen", "uit", "uiteen",
    "vast", "verder", "vol", "voor", "vooraf", "voorbij", "voorop", "vooruit", "voort", "vrij",
    "waar", "weer", "weg", "zeker",
    "on",  # not a particle, but negated participles join like one: on + geschoold, on + verwacht
), key=len, reverse=True))

# Compounds with a particle that are inseparable (stress on the verb): no ge-, never split.
INSEPARABLE_COMPOUNDS = frozenset({
    "aanbidden", "aanschouwen", "aanvaarden", "achterhalen", "achtervolgen", "doordringen",
    "doorgronden", "doorkruisen", "doorstaan", "doorzien", "doorzoeken", "mislukken", "omarmen", "omcirkelen",
    "omgeven", "omheinen", "omhelzen", "omhullen", "omringen", "omschrijven", "omsingelen",
    "omkransen", "omsluiten", "omvatten", "omzeilen", "onderbouwen",
    "onderbreken", "ondergaan", "onderhandelen", "onderhouden", "ondermijnen", "ondernemen", "onderrichten",
    "onderscheiden", "onderscheppen", "onderschatten", "onderschrijven", "ondersteunen",
    "onderstrepen", "ondertekenen", "ondervinden", "ondervragen", "onderwerpen", "onderwijzen",
    "onderzoeken", "overbelasten", "overbruggen", "overdenken", "overdrijven", "overhandigen",
    "overheersen", "overhoren", "overlappen", "overleggen", "overleven", "overlijden",
    "overnachten", "overschatten", "overschrijden", "overspoelen", "overstromen", "overtreden",
    "overtreffen", "overtuigen", "overvallen", "overwegen", "overweldigen", "overwinnen",
    "overzien", "volbrengen", "voldoen", "volgroeien", "volharden", "volstaan", "voltooien", "voltrekken",
    "volvoeren", "voorspellen", "voorzien", "weerhouden", "weerkaatsen", "weerklinken", "weerleggen",
    "weerspiegelen", "weerspreken", "weerstaan", "weerstreven",
})

# Words that look like particle + verb but are not compounds.
NOT_SEPARABLE = frozenset({
    "informeren", "openen", "ordenen", "uiten", "volgen", "opteren", "waarschuwen", "waarborgen",
    "rechtvaardigen", "onteren",
})

# Verbs that look like prefix + strong verb but are regular words of their own.
NOT_DERIVED = frozenset({"ontmoeten", "verplegen"})

# Words that look like prefix + verb but take ge- (stress on the first syllable).
NOT_PREFIXED = frozenset({"ergeren", "herbergen", "bedelen", "bezigen", "geeuwen", "erven", "verven", "eren"})

# Separable compounds with mis- (the other mis- verbs are inseparable).
SEPARABLE_MIS = frozenset({"misgaan", "mislopen", "misrekenen"})

# Regular verbs that form the perfect with "zijn".
ZIJN_VERBS = frozenset({
    "belanden", "gebeuren", "groeien", "lukken", "mislukken", "ontsnappen", "ontwaken", "slagen",
    "stranden", "verdwalen", "verhuizen", "verouderen", "vluchten", "ontvluchten", "landen",
    "emigreren", "immigreren", "crashen", "sneuvelen", "verongelukken", "afhaken", "verwelken",
    "reizen", "trouwen", "raken", "dalen", "promoveren", "verwateren", "kristalliseren", "bloeden",
    "stoppen", "starten", "verdampen", "ontploffen", "overstappen", "verbleken", "verarmen",
    "aftreden", "toetreden", "uittreden", "intreden", "neerstorten", "instorten", "opdagen", "afstuderen",
    "ontsporen", "aanspoelen", "aanslibben", "uitdrogen", "verhongeren", "verroesten", "verrotten", "verzuren",
    "ontdooien", "dichtvriezen", "ontvlammen", "verschrompelen", "verdorren", "verzanden", "ontaarden",
    "vereenzamen", "verwilderen", "verkommeren", "vergrijzen", "ontkiemen", "kapseizen", "verkleuren",
    "kwijnen", "afbrokkelen", "verzakken", "hertrouwen", "tekortschieten",
})

# Motion verbs that take "zijn" as soon as a particle gives a direction (is weggelopen).
MOTION_VERBS = frozenset({
    "lopen", "rijden", "vliegen", "zwemmen", "springen", "klimmen", "kruipen", "sluipen", "duiken",
    "glijden", "varen", "dringen", "schrijden", "stuiven", "waaien",
})

_VOWELS = "aeiouyäëïöüéèáóúâêîôû"
_TREMA = {"e": "ë", "i": "ï", "u": "ü"}
_UNTREMA = str.maketrans("äëïöüéèáóúâêîôû", "aeioueeaouaeiou")
MIN_ZIPF = 1.5  # a regular candidate must be at least this frequent (wordfreq), when any is
_KOFSCHIP = ("t", "k", "f", "s", "x", "p", "ch", "sh", "c")


@dataclass(frozen=True)
class StrongVerb:
    infinitive: str
    past_sg: tuple[str, ...]
    past_pl: tuple[str, ...]
    participle: tuple[str, ...]  # empty for zullen
    auxiliary: str  # the usual one, where the table gives both


@lru_cache(maxsize=1)
def strong_verbs() -> dict[str, StrongVerb]:
    """The strong and irregular verb table, by infinitive."""
    table: dict[str, StrongVerb] = {}
    for line in STRONG_VERBS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("infinitive\t"):
            continue
        infinitive, past_sg, past_pl, participle, auxiliary = line.split("\t")

        def forms(cell: str) -> tuple[str, ...]:
            return tuple(form for form in cell.split(",") if form != "-")

        table[infinitive] = StrongVerb(infinitive, forms(past_sg), forms(past_pl), forms(participle),
                                       auxiliary.split(",")[0])
    return table


# --- small helpers -------------------------------------------------------------------------

_SYLLABLE = re.compile(r"[äëïöü]|eeu|ieu|oei|aai|ooi|aa|ee|oo|uu|ie|oe|ei|eu|ui|ou|au|ij|[aeiouyéèáóúâêîôû]")


def _syllables(word: str) -> int:
    """Syllable nuclei: groeien 2, leeuw 1, geëist 3 (a trema starts a new one)."""
    return len(_SYLLABLE.findall(word))


def _has_vowel(word: str) -> bool:
    return any(char in _VOWELS for char in word)


def _known(word: str) -> float:
    return zipf_frequency(word, "nl")


def _ends_with_kofschip(sound_stem: str) -> bool:
    return sound_stem.endswith(_KOFSCHIP)


def _with_ge(body: str) -> str:
    """ge- + body, with a trema where ge- meets e, i or u (geëist, geïnd, geüpload; geuit, geijkt)."""
    if body[:1] in _TREMA and not body.startswith(("ui", "ij")):
        return "ge" + _TREMA[body[0]] + body[1:]
    return "ge" + body


def _valid_rest(prefix: str, rest: str) -> bool:
    """Is `rest` a plausible verb after an inseparable prefix (not a split inside a digraph)?"""
    if not rest.endswith("n") or not _has_vowel(rest[:-2] if rest.endswith("en") else rest[:-1]):
        return False
    if prefix.endswith("e") and rest[:1] in ("e", "i", "u"):  # be+uken would be "beu-": a digraph
        return False
    return True


def split_inseparable(lemma: str) -> tuple[str, str] | None:
    """("ver", "zoeken") for verzoeken; None when the verb has no unstressed prefix.

    Particle compounds in INSEPARABLE_COMPOUNDS count too ("onder", "werpen").
    """
    lemma = lemma.lower()
    if lemma in NOT_PREFIXED:
        return None
    if lemma in INSEPARABLE_COMPOUNDS:
        for particle in PARTICLES:
            if lemma.startswith(particle):
                return particle, lemma[len(particle):]
    for prefix in INSEPARABLE_PREFIXES:
        if lemma.startswith(prefix) and lemma not in SEPARABLE_MIS:
            rest = lemma[len(prefix):]
            if _valid_rest(prefix, rest):
                return prefix, rest
    return None


@lru_cache(maxsize=8192)
def split_separable(lemma: str) -> tuple[str, str] | None:
    """("op", "volgen") for opvolgen, ("terug", "betalen") for terugbetalen; None otherwise.

    The rest must be a verb: in the strong table, or a known word (wordfreq) of
    at least two syllables ending in -en. Inseparable look-alikes (overleggen,
    ondertekenen, voldoen: INSEPARABLE_COMPOUNDS) and prefixed verbs
    (ontvangen, betalen) give None. For a regular rest the participles decide
    too: naderen is no na + deren, as "genaderd" is a word and "nagederd" not.
    """
    lemma = lemma.lower()
    if lemma in INSEPARABLE_COMPOUNDS or lemma in NOT_SEPARABLE:
        return None
    if lemma in SEPARABLE_MIS:
        return "mis", lemma[3:]
    table = strong_verbs()
    for particle in PARTICLES:
        if not lemma.startswith(particle) or len(lemma) - len(particle) < 3:
            continue
        rest = lemma[len(particle):]
        if rest in table or rest in IRREGULAR_PRESENT:
            return particle, rest
        if (rest.endswith("en") and _syllables(rest) >= 2 and _known(rest) >= 2.0
                or split_inseparable(rest) is not None and _known(rest) >= 1.0):
            return (particle, rest) if _separable_participle_wins(particle, rest) else None
    return None


def _separable_participle_wins(particle: str, rest: str) -> bool:
    """Is particle + participle of rest (nagederd) at least as frequent as the participle of the
    whole verb taken as one word (genaderd, or without ge-: aanvaard)?"""
    joined = 0.0
    for body in (particle + rest[:-2], particle + rest[:-3] + "e" + rest[-3]):  # waarder, waardeer
        joined = max(joined, *(_known(body + ending) for ending in ("d", "t", "de", "te")),
                     _known("ge" + body + "d"), _known("ge" + body + "t"))
    if re.search(r"(^|[^aeiouy])[aou][^aeiouyjw]$", rest[:-2]):  # the whole verb's open syllable: gevrijwaard
        body = particle + rest[:-3] + rest[-4] + rest[-3]
        joined = max(joined, _known("ge" + body + "d"), _known("ge" + body + "t"))
    if not joined:
        return True
    separated = _known(particle + past_participle(rest))
    return separated >= joined - 0.5


@dataclass(frozen=True)
class _Parts:
    particle: str  # separable particle, "" if none
    prefix: str  # unstressed prefix(es) before a strong base, or before a regular core
    core: str  # the verb the forms come from


@lru_cache(maxsize=8192)
def _analyse(lemma: str, whole: bool = True) -> _Parts:
    """Split a verb into particle, prefix and the verb its forms come from.

    With `whole`, a verb in the strong table stays whole (its row gives the
    past and participle); without, only the bases do (for the present stem:
    vergeten -> ver + geten -> vergeet; ontstaan -> ont + staan -> ontstaat).
    """
    table = strong_verbs()
    if lemma in table and (whole or lemma in IRREGULAR_PRESENT or not (
            split_separable(lemma) or split_inseparable(lemma))):
        return _Parts("", "", lemma)
    separable = split_separable(lemma)
    if separable:
        particle, rest = separable
        inner = _analyse(rest, whole)
        return _Parts(particle + inner.particle, inner.prefix, inner.core)
    inseparable = split_inseparable(lemma)
    if inseparable:
        prefix, rest = inseparable
        inner = _analyse(rest, whole)
        if not inner.particle and (inner.core in table or inner.core in IRREGULAR_PRESENT):
            return _Parts("", prefix + inner.prefix, inner.core)  # ver+ont+... over a strong base only
        return _Parts("", prefix, rest)
    return _Parts("", "", lemma)


def verb_class(lemma: str) -> str:
    """"separable", "inseparable", "strong" or "regular", in that order of precedence."""
    lemma = lemma.lower()
    if split_separable(lemma):
        return "separable"
    if split_inseparable(lemma):
        return "inseparable"
    if _analyse(lemma).core in strong_verbs():
        return "strong"
    return "regular"


# --- regular stems --------------------------------------------------------------------------

def _stressed_e(body: str, core: str) -> bool:
    """Is the last e of a longer stem stressed (reserveren -> reserveer, veroordelen -> veroordeel)?

    Usually it is a schwa (tekenen -> teken, verbeteren -> verbeter). The more
    frequent of the two 3sg and past forms decides (wordfreq); when neither is
    known, an -eren verb is taken as French (stressed) unless its stem is a word
    itself (lauweren from lauwer), and any other verb as a schwa.
    """
    doubled = body[:-1] + "e" + body[-1]
    stressed = _known(doubled + "t") + _known(doubled + "de") + _known(doubled + "te")
    schwa = _known(body + "t") + _known(body + "de") + _known(body + "te")
    if stressed or schwa:
        return stressed > schwa
    return core.endswith("eren") and _known(core[:-2]) < 1.5


@lru_cache(maxsize=8192)
def _stems(lemma: str) -> tuple[str, str]:
    """(written stem, sound stem): leven -> ("leef", "leev"), zetten -> ("zet", "zet")."""
    parts = _analyse(lemma, whole=False)
    prefix = parts.particle + parts.prefix
    core = parts.core
    if core.endswith("en") and _has_vowel(core[:-2]):
        body = core[:-2]
    elif core.endswith("n"):
        body = core[:-1]  # gaan -> ga
    else:
        body = core
    if len(body) >= 2 and body[-1] == body[-2] and body[-1] not in _VOWELS:
        body = body[:-1]  # zetten -> zet, bellen -> bel
    elif re.search(r"uer$|ër$", body) and _syllables(body) > 1:
        # French verbs with a vowel before -eren: evolueren -> evolueer, initiëren -> initieer,
        # creëren -> creëer.
        head = body[:-2]
        body = head + ("ëer" if head.endswith("e") else "eer")
    elif re.search(r"(^|[^aeiouy])[aeou][^aeiouyjw]$", body) and not body.endswith("ch"):
        open_stress = _syllables(body) == 1 or (body[-2] != "e" and not body.endswith("or")) or _stressed_e(
            prefix + body, core)  # an unstressed "-or" stays short: monitoren -> monitor, sponsoren -> sponsor
        if open_stress:
            body = body[:-1] + body[-2] + body[-1]  # maken -> maak, reserveren -> reserveer
    sound = body
    if body.endswith("v"):
        body = body[:-1] + "f"
    elif body.endswith("z"):
        body = body[:-1] + "s"
    return prefix + body, prefix + sound


def stem(lemma: str) -> str:
    """The written stem: werken -> werk, maken -> maak, zetten -> zet, leven -> leef."""
    return _stems(lemma.lower())[0]


def _weak_suffix(lemma: str) -> str:
    return "t" if _ends_with_kofschip(_stems(lemma)[1]) else "d"


def _strip_particle(form: str, lemma: str, separated: bool) -> str:
    """The form without its particle when the caller says the particle stands apart.

    The caller knows better than split_separable() here: "de zon ging onder"
    uses ondergaan separably although it is listed as inseparable.
    """
    if not separated:
        return form
    particle = _particle(lemma) or next(
        (particle for particle in PARTICLES if lemma.startswith(particle) and form.startswith(particle)
         and _looks_like_verb(lemma[len(particle):])), "")
    if particle and form.startswith(particle):
        return form[len(particle):]
    return form


def _looks_like_verb(word: str) -> bool:
    """A known strong verb, or two syllables or more ending in -n (not "gen" of volgen)."""
    return word in strong_verbs() or word.endswith("n") and _syllables(word) >= 2


def _bare(participle: str, infinitive: str) -> str | None:
    """The participle without its ge- prefix (gekomen -> komen, gegeven -> geven), or None when
    the ge- belongs to the verb itself (gelijken -> geleken, genieten -> genoten)."""
    own_ge = (split_inseparable(infinitive) or ("",))[0] == "ge"
    return participle[2:] if participle.startswith("ge") and not own_ge else None


def _strong_entry(lemma: str) -> tuple[_Parts, StrongVerb] | None:
    table = strong_verbs()
    if lemma in NOT_DERIVED:
        return None
    if lemma in table:
        return _Parts("", "", lemma), table[lemma]
    parts = _analyse(lemma)
    if parts.core in table:
        return parts, table[parts.core]
    return None


# --- verb forms -----------------------------------------------------------------------------

def present(lemma: str, person: str, separated: bool = False) -> str:
    """Present tense: present("werken", "3sg") == "werkt"; present("kunnen", "u") == "kunt"."""
    if person not in PERSONS:
        raise ValueError(f"unknown person {person!r}; expected one of {PERSONS}")
    lemma = lemma.lower()
    parts = _analyse(lemma, whole=False)
    if person == "pl":
        form = lemma
    elif parts.core in IRREGULAR_PRESENT:
        index = ("1sg", "2sg", "2sg_inv", "u", "3sg").index(person)
        form = parts.particle + parts.prefix + IRREGULAR_PRESENT[parts.core][index]
    else:
        written = stem(lemma)
        if person in ("1sg", "2sg_inv") or written.endswith("t"):
            form = written
        else:
            form = written + "t"
    return _strip_particle(form, lemma, separated)


def past(lemma: str, plural: bool = False, separated: bool = False) -> str:
    """Simple past: werkte/werkten, vroeg/vroegen, bekwam, verzocht."""
    lemma = lemma.lower()
    entry = _strong_entry(lemma)
    if entry:
        parts, verb = entry
        form = parts.particle + parts.prefix + (verb.past_pl if plural else verb.past_sg)[0]
    else:
        form = stem(lemma) + _weak_suffix(lemma) + "e" + ("n" if plural else "")
    return _strip_particle(form, lemma, separated)


def past_participle(lemma: str) -> str:
    """gewerkt, gevraagd, gekregen, opgevolgd, betaald, ontvangen, geïnformeerd, gereisd."""
    lemma = lemma.lower()
    entry = _strong_entry(lemma)
    parts = _analyse(lemma)
    if entry:
        parts, verb = entry
        if not verb.participle:
            raise ValueError(f"{lemma!r} has no past participle")
        body = verb.participle[0]
        if parts.prefix:
            body = _bare(body, verb.infinitive) or body
        return parts.particle + parts.prefix + body
    written = stem(lemma)
    suffix = _weak_suffix(lemma)
    body = written if written.endswith(("t", "d")) else written + suffix
    body = body[len(parts.particle):]
    if parts.prefix:
        return parts.particle + body
    return parts.particle + _with_ge(body)


def conjugation(lemma: str) -> frozenset[str]:
    """The forms a reader meets of a verb: infinitive, present, past and participle ("verstuiken" ->
    verstuik, verstuikt, verstuikte, verstuikten); the infinitive alone for a verb without a participle."""
    lemma = lemma.lower()
    forms = {lemma, present(lemma, "1sg"), present(lemma, "3sg"), past(lemma), past(lemma, plural=True)}
    try:
        forms.add(past_participle(lemma))
    except ValueError:
        pass
    return frozenset(forms)


def inflected_participle(participle: str, lemma: str, nominal: bool = False) -> str:
    """With -e: gewerkte, gezette, werkende, geziene, gedane; -en participles only as nouns
    (de betrokkene; "de gekregen brief" keeps gekregen)."""
    if participle.endswith("en") and _syllables(_analyse(lemma, whole=False).core) > 1:
        return participle + "e" if nominal else participle
    return attributive(participle)


def _particle(lemma: str) -> str:
    separable = split_separable(lemma)
    return separable[0] if separable else ""


def present_participle(lemma: str) -> str:
    """werkend, zijnd, gaand."""
    return lemma.lower() + "d"


def perfect_auxiliary(lemma: str) -> str:
    """"zijn" for verbs of change or motion without object (komen, gaan, blijven, worden,
    gebeuren, ...: the table's column and ZIJN_VERBS), "hebben" otherwise.

    Compounds follow their base, with two exceptions: be- and the stressed-verb
    compounds (bekomen, ondergaan, overvallen) are transitive and take
    "hebben"; a particle gives a motion verb (MOTION_VERBS) a direction, so
    "zijn" (is weggelopen, is binnengedrongen).
    """
    lemma = lemma.lower()
    if lemma in ZIJN_VERBS:
        return "zijn"
    table = strong_verbs()
    if lemma in table:
        return table[lemma].auxiliary
    parts = _analyse(lemma)
    if not parts.particle and (parts.prefix.startswith("be") or lemma in INSEPARABLE_COMPOUNDS):
        return "hebben"
    if parts.particle and parts.core in MOTION_VERBS:
        return "zijn"
    if parts.core in table:
        return table[parts.core].auxiliary
    if parts.prefix + parts.core in ZIJN_VERBS:  # "aanbelanden" as "belanden"
        return "zijn"
    return "zijn" if parts.core in ZIJN_VERBS and not parts.prefix else "hebben"  # "vertrouwen" is no "trouwen"


def parse_feats(feats: Mapping[str, str] | str) -> dict[str, str]:
    """UD features as a dict, from "Gender=Com|Number=Sing" or a mapping."""
    if isinstance(feats, str):
        return dict(item.split("=", 1) for item in feats.split("|") if "=" in item)
    return {str(key): str(value) for key, value in feats.items()}


_PERSON_FEATURE = {"1": "1sg", "2": "2sg", "3": "3sg"}


def inflect_like(lemma: str, feats: Mapping[str, str] | str, person: str | None = None,
                 tag: str | None = None, separated: bool = False) -> str:
    """The form of `lemma` with these UD features (VerbForm, Tense, Number, Person).

    inflect_like("vragen", "Number=Sing|Tense=Past|VerbForm=Fin") == "vroeg".
    UD Dutch has no Person feature, so the present singular needs `person`
    (see PERSONS) or a Person feature; failing both, the CGN `tag` decides
    ("WW|pv|tgw|ev": stem, as in "ik werk" or an imperative) and else 3sg.
    The tag also tells present from past participles ("WW|od|...": werkend) and
    the inflected forms ("prenom|met-e": gewerkte, "nom|met-e|mv-n": betrokkenen).
    """
    lemma = lemma.lower()
    features = parse_feats(feats)
    tag_parts = tag.split("|") if tag else []
    verb_form = features.get("VerbForm", "Fin")
    if verb_form == "Inf":
        return lemma
    if verb_form == "Part":
        present_part = "od" in tag_parts
        form = present_participle(lemma) if present_part else past_participle(lemma)
        if separated:
            form = _strip_particle(form, lemma, True)
        if "met-e" in tag_parts:
            form = inflected_participle(form, lemma, nominal="nom" in tag_parts)
            if "mv-n" in tag_parts:
                form += "n"
        return form
    number = features.get("Number", "Sing")
    if features.get("Tense") == "Past":
        return past(lemma, plural=number == "Plur", separated=separated)
    if number == "Plur":
        return present(lemma, "pl", separated=separated)
    if person is None:
        person = _PERSON_FEATURE.get(features.get("Person", ""))
    if person is None:
        person = "1sg" if "ev" in tag_parts else "3sg"
    return present(lemma, person, separated=separated)


# --- from form to lemma ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _strong_index() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(form -> infinitives, participle without ge- -> infinitives) for the strong table.

    Forms include the present, the past, the participle and the inflected
    participle (gebrachte, gevangenen).
    """
    forms: dict[str, list[str]] = {}
    bare_participles: dict[str, list[str]] = {}

    def add(index: dict[str, list[str]], form: str, infinitive: str) -> None:
        index.setdefault(form, [])
        if infinitive not in index[form]:
            index[form].append(infinitive)

    for infinitive, verb in strong_verbs().items():
        add(forms, infinitive, infinitive)
        for form in (*verb.past_sg, *verb.past_pl):
            add(forms, form, infinitive)
        for person in ("1sg", "2sg", "2sg_inv", "u", "3sg"):
            add(forms, present(infinitive, person), infinitive)
        for participle in verb.participle:
            inflected = inflected_participle(participle, infinitive, nominal=True)
            for form in (participle, inflected, inflected + "n",
                         inflected_participle(participle, infinitive)):
                add(forms, form, infinitive)
                bare = _bare(form, infinitive)
                if bare:
                    add(bare_participles, bare, infinitive)
    return forms, bare_participles


@lru_cache(maxsize=16384)
def _strong_candidates(form: str) -> tuple[str, ...]:
    """Infinitives from the strong table, directly or through a prefix or particle, most frequent
    first: be+kwam -> bekomen, ver+zocht -> verzoeken, onder+worpen -> onderwerpen, op+genomen -> opnemen."""
    forms, bare = _strong_index()
    found = list(forms.get(form, []))
    for prefix in INSEPARABLE_PREFIXES:
        if not form.startswith(prefix) or len(form) - len(prefix) < 2 or prefix == "ge":
            continue  # ge+scheiden is the participle of scheiden, not a verb "gescheiden"
        rest = form[len(prefix):]
        derived = [prefix + infinitive for infinitive in forms.get(rest, []) if rest not in bare]
        derived += [prefix + infinitive for infinitive in bare.get(rest, [])]
        found += [lemma for lemma in derived if _known(lemma) > 0]  # be+vrijd is no "bevrijen"
    for particle in PARTICLES:
        if form.startswith(particle) and len(form) - len(particle) >= 2:
            rest = form[len(particle):]
            found += [particle + lemma for lemma in _strong_candidates(rest)]
            found += [particle + lemma for lemma in bare.get(rest, [])]  # onder+worpen (inseparable)
    found = [lemma for lemma in dict.fromkeys(found) if _consistent(lemma, form)]
    return tuple(sorted(found, key=lambda lemma: -_known(lemma)))


def _stem_to_infinitives(written: str) -> list[str]:
    """Infinitives whose stem could be `written`, likeliest spelling first:
    maak -> maken, bel -> bellen, titel -> titelen, leef -> leven, reis -> reizen."""
    if written[-1] in _VOWELS:
        return [written + "en"]
    if written.endswith("ieer"):  # kopieer -> kopiëren
        return [written[:-3] + "ëren", written[:-2] + "ren"]
    if written.endswith("ëer"):  # creëer -> creëren
        return [written[:-2] + "ren"]
    bases = []
    long_vowel = re.search(r"([aeou])\1([^aeiouy])$", written)
    if long_vowel:
        bases = [written[:-3] + long_vowel.group(1) + long_vowel.group(2), written]  # maak -> mak(en)
    elif re.search(r"(^|[^aeiouy])[aeiou][^aeiouyjw]$", written):
        doubled = written + written[-1]  # bel -> bell(en)
        core = written
        for prefix in (*INSEPARABLE_PREFIXES, *PARTICLES):
            if written.startswith(prefix) and _has_vowel(written[len(prefix):]):
                core = written[len(prefix):]
                break
        # Only a stressed last syllable doubles: vertel -> vertellen, but titel, begenadig.
        bases = [doubled, written] if _syllables(core) == 1 else [written, doubled]
    else:
        bases = [written]
    candidates = []
    voiced_first = bool(long_vowel) or bool(re.search(r"(ie|oe|ei|ij|ui|ou|au|eu|[lr])[fs]$", written))
    for base in bases:
        voiced = ""
        if base.endswith("f") and not base.endswith("ff"):
            voiced = base[:-1] + "ven"
        elif base.endswith("s") and not base.endswith("ss"):
            voiced = base[:-1] + "zen"
        plain = base + "en"
        candidates += [voiced, plain] if voiced_first else [plain, voiced]
    return [candidate for candidate in candidates if candidate]


def _undouble(body: str) -> str:
    """gezett(e) -> gezet: a doubled final consonant before -e."""
    if len(body) > 2 and body[-1] == body[-2] and body[-1] not in _VOWELS:
        return body[:-1]
    return body


def _regular_candidates(form: str) -> list[str]:
    """Infinitives by undoing regular inflection, likeliest analysis first:
    participle (ge- stripped first), past, present and inflected forms, the form itself."""
    stems: list[str] = []
    infinitives: list[str] = []
    bodies = [form]
    if form.endswith("e"):
        bodies.append(_undouble(form[:-1]))  # gewerkte, gezette
    if form.endswith("en"):
        bodies.append(_undouble(form[:-2]))  # gerelateerden
    for body in bodies:
        if body.startswith("ge") and len(body) > 4 and body.endswith(("t", "d")):
            bare = body[2:]
            if bare[:1] in "ëïü":
                bare = bare[0].translate(_UNTREMA) + bare[1:]
            stems += [bare[:-1], bare]  # gewerkt -> werk, gezet -> zet
    for ending in ("ten", "den", "te", "de"):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            stems.append(form[: -len(ending)])  # werkte(n) -> werk
    for body in bodies:
        if body.endswith(("t", "d")):
            stems += [body[:-1], body]  # betaald -> betaal, werkt -> werk, verbrand -> verbrand
    for ending in ("enden", "ende", "end"):
        if form.endswith(ending) and len(form) > len(ending) + 1:
            infinitives.append(form[: -len(ending)] + "en")  # werkend(e) -> werken
            break
    for ending in ("den", "de", "d"):
        if form.endswith(ending) and form[: -len(ending)].endswith(("aan", "oen", "ien", "zijn")):
            infinitives.append(form[: -len(ending)])  # staande -> staan, gaande -> gaan, zijnde -> zijn
            break
    if form.endswith("en") and len(form) > 3:
        infinitives.append(form)  # an infinitive or plural: the lemma is the form
    stems.append(form)  # ik werk
    candidates: list[str] = []
    for item in stems:
        if not item or len(item) >= 2 and item[-1] == item[-2] and item[-1] not in _VOWELS + "td":
            continue  # a doubled consonant never ends a stem
        if re.search(r"[^aeiouy]e$", item):
            continue  # nor does a consonant + e (vaarde is a past tense, not a stem)
        candidates.extend(_stem_to_infinitives(item))
    return list(dict.fromkeys(candidates[:2] + infinitives + candidates[2:]))


def _regular_scores(form: str) -> dict[str, tuple[float, int]]:
    """Regular candidates that regenerate `form`, with (frequency score, rule order)."""
    scored: dict[str, tuple[float, int]] = {}

    def consider(candidate: str, score: float) -> None:
        if candidate in scored:
            scored[candidate] = (max(score, scored[candidate][0]), scored[candidate][1])
        elif _consistent(candidate, form) or _other_reading(candidate, form):
            scored[candidate] = (score, len(scored))

    for candidate in _regular_candidates(form):
        score = _known(candidate)
        if form.startswith("ge") and candidate.startswith("ge") and candidate != form:
            score -= 1.0  # gebruiken over bruiken only when much more frequent: slagen over geslagen
        consider(candidate, score)
    # A particle before ge-: terug + gestort, op + gevolgd; joined finite forms: op + volgt.
    borrowed: dict[str, str] = {}  # compound -> particle, for a compound scored by its core's frequency
    attested: set[str] = set()  # particles with a compound that is a word itself
    for particle in PARTICLES:
        if form.startswith(particle) and len(form) - len(particle) >= 3:
            rest = form[len(particle):]
            for candidate in _regular_candidates(rest):
                if rest.startswith("ge") and candidate.startswith("ge"):
                    continue  # op+ge+volgd, not op+gevolgen
                compound = particle + candidate
                own = _known(compound)
                core = _known(candidate) if candidate in strong_verbs() or _looks_like_verb(candidate) and _known(
                    present(candidate, "3sg")) > 0 else 0.0
                score = max(own, core - 0.5)  # the core counts as a verb with a 3sg of its own: not "eben" (ebt)
                if rest.startswith("ge") and compound not in scored and not _consistent(compound, form) \
                        and not _other_reading(compound, form) \
                        and (_consistent(candidate, rest) or _other_reading(candidate, rest)):
                    scored[compound] = (score, len(scored))  # a rare separable verb: af + gewaterd
                else:
                    consider(compound, score)
                if compound in scored and rest.startswith("ge"):  # a participle: aan + ge + wend
                    if own > 0:
                        attested.add(particle)
                    else:
                        borrowed[compound] = particle
    # In a participle, a compound that is a word beats one that only borrows the frequency of its
    # core verb: "aangewend" is aanwenden, although wennen is more common than wenden.
    for compound, particle in borrowed.items():
        if particle in attested:
            scored[compound] = (0.0, scored[compound][1])
    return scored


def _weak_forms(written: str, suffix: str, particle: str = "", prefixed: bool = False) -> set[str]:
    """Past tense and participle of a regular verb from its written stem (with particle and prefix)."""
    participle = written if written.endswith(("t", "d")) else written + suffix
    if not prefixed:
        participle = particle + _with_ge(participle[len(particle):])
    forms = {written + suffix + "e", written + suffix + "en", participle}
    if particle:
        forms |= {written[len(particle):] + suffix + "e", written[len(particle):] + suffix + "en"}
    return forms


@lru_cache(maxsize=65536)
def _other_reading(lemma: str, form: str) -> bool:
    """Does `lemma` make `form` (past or participle) in a reading the generator does not choose?

    - A strong verb conjugated weakly: opgeschrikt, schrikte (schrikken); many strong verbs have
      weak forms too (lachte, raadde, bakte), and their compounds often only those.
    - A compound with a particle that can also be an unstressed prefix (om, over, door, onder,
      voor, achter, vol, weer), read as inseparable, without ge-: omkaderd (om + kaderen).
    - The other stress of the e in a longer stem on -er, -el, -en, which frequency could not
      decide for a rare verb: opwaardeerde (waardeer), opgemonterd (monter).
    """
    if lemma == form or not lemma.endswith("en") or _syllables(lemma) < 2 or lemma in IRREGULAR_PRESENT:
        return False
    try:
        written = stem(lemma)
    except ValueError:
        return False
    parts = _analyse(lemma)
    suffix = _weak_suffix(lemma)
    forms: set[str] = set()
    entry = _strong_entry(lemma)
    if entry is not None:
        if entry[0].core not in IRREGULAR_PRESENT and _syllables(entry[0].core) >= 2:
            forms |= _weak_forms(written, suffix, parts.particle, bool(parts.prefix))
    else:
        for particle in _PREFIX_PARTICLES:
            rest = lemma[len(particle):]
            if lemma.startswith(particle) and len(rest) > 4 \
                    and (_known(past_participle(rest)) > 0 or _known(lemma) > 0 and _known(rest[:-2]) > 0
                         and not rest[:-2].endswith(("d", "t"))):  # koepel(en); not over + grotten, voor + aanstaanden
                forms |= _weak_forms(particle + stem(rest), _weak_suffix(rest), prefixed=True)
        other = re.sub(r"(?<=[^e])e([lnr])$", r"ee\1", written)
        if other == written:
            other = re.sub(r"ee([lnr])$", r"e\1", written)
        if other != written and _syllables(written[len(parts.particle + parts.prefix):]) >= 2:
            forms |= _weak_forms(other, suffix, parts.particle, bool(parts.prefix))
    forms |= {_lengthen_or_double(item, True) + "e" for item in forms if item[-1:] in ("d", "t")}  # omspitte
    return form in forms


# Particles that are unstressed prefixes in some verbs (omarmen, overleggen, doorgronden).
_PREFIX_PARTICLES = frozenset({"om", "over", "door", "onder", "voor", "achter", "vol", "weer"})

# Spelling that no Dutch infinitive on -en has: a doubled vowel letter in an open syllable (vrijwaaren:
# the syllable is open, so one letter, vrijwaren), and a short i before one consonant in a stressed
# syllable (schriken: a short vowel is closed by doubling the consonant, schrikken; an unstressed
# -ig stays single, verdedigen).
_OPEN_DOUBLE_VOWEL = re.compile(r"(aa|ee|oo|uu)[bcdfgklmnprstvz]en$")
_OPEN_SHORT_I = re.compile(r"(^|[^aeiouy])i[bcdfgklmnprstvz]en$")


def _well_spelled(infinitive: str) -> bool:
    """Could `infinitive` be a Dutch verb by its spelling? vrijwaren, schrikken yes; vrijwaaren, schriken no."""
    if _OPEN_DOUBLE_VOWEL.search(infinitive):
        return False
    if _OPEN_SHORT_I.search(infinitive):
        return infinitive.endswith("igen") and _syllables(infinitive) > 2
    return True


@lru_cache(maxsize=16384)
def _verb_lemma(form: str) -> tuple[str, ...]:
    forms, _ = _strong_index()
    strong = list(_strong_candidates(form))
    scored = {lemma: score for lemma, score in _regular_scores(form).items() if lemma not in strong}
    known = {lemma: score for lemma, score in scored.items() if score[0] >= MIN_ZIPF}
    stem_readings: frozenset[str] = frozenset()
    headed: set[str] = set()  # rare candidates made of a known word + a known verb (nest + zoeken)
    plausible: set[str] = set()  # those, and rare candidates that are words at all
    rare = not known and not strong
    if known:
        regular = sorted(known, key=lambda lemma: (-known[lemma][0], known[lemma][1]))
    elif not strong:
        # A rare word: the rule order decides, after a particle + ge- participle's verb, and after
        # candidates that are words at all or compounds of a known verb (nestzoekende: nest + zoeken).
        known = scored
        if len(known) > 1:
            headed = {lemma for lemma in known if _known_head(lemma, form)}
            plausible = headed | {lemma for lemma in known if _known(lemma) > 0}
        regular = sorted(known, key=lambda lemma: (not _separable_participle_of(lemma, form), lemma not in plausible,
                                                   not _known(lemma), known[lemma][1]))
        if form.endswith("en") and form in known:
            # "finaliseren" is an infinitive before it is "ik finaliseren" of a verb "finaliserenen"
            stem_readings = frozenset(_stem_to_infinitives(form)) - {form}
    else:
        regular = []

    def inflected(lemma: str) -> bool:
        """Is this candidate a form of another one (werkten of werken, geslagen of slaan)?"""
        if any(infinitive != lemma for infinitive in forms.get(lemma, [])):
            return True
        return any(other != lemma and _consistent(other, lemma) and other not in stem_readings and (
            (rare and len(other) < len(lemma) and (other in plausible or lemma not in headed))  # getalenteerden
            or ((lemma not in plausible or other in plausible)  # no "ik nestzoeken" of "nestzoekenen"
                and known.get(other, (99.0, 0))[0] >= known[lemma][0] - 1.0)) for other in [*strong, *regular])

    misspelled = [lemma for lemma in regular if not _well_spelled(lemma)]
    demoted = [lemma for lemma in regular if lemma not in misspelled and (inflected(lemma) or lemma in stem_readings)]
    ordered = strong + [lemma for lemma in regular if lemma not in demoted and lemma not in misspelled]
    ordered += demoted + misspelled
    if strong and form in regular and known[form][0] >= _known(strong[0]) + OWN_INFINITIVE_MARGIN \
            and not _is_participle_of(strong[0], form) and _has_own_past(form):
        ordered = [form] + [lemma for lemma in ordered if lemma != form]
    return tuple(ordered)


@lru_cache(maxsize=16384)
def _known_head(lemma: str, form: str) -> bool:
    """Is a rare verb a compound of a known word and a known verb, whose form ends the form
    (nest + zoeken in nestzoekende, alleen + staan, ver + luiden in verluid)?

    "nestzoekenen" ends in no verb, and "nestzoekennen" only in "kennen" after "nestzoe", no word.
    A known verb is in the strong table, or a word on -en whose 3sg is a word too (zoekt, luidt;
    not "tenen", whose "teent" is none). The first part is a particle, a prefix or a known word.
    """
    table = strong_verbs()
    for start in range(2, len(lemma) - 3):
        left, tail = lemma[:start], lemma[start:]
        if not form.startswith(left) or not (tail in table or tail.endswith("en") and _syllables(tail) >= 2
                                             and _known(tail) >= 3.0 and _known(present(tail, "3sg")) >= 2.0):
            continue
        if (left in PARTICLES or left in INSEPARABLE_PREFIXES or len(left) > 2 and _known(left) >= 2.0) \
                and (_consistent(tail, form[start:]) or _other_reading(tail, form[start:])):
            return True
    return False


def _separable_participle_of(lemma: str, form: str) -> bool:
    """ "afgewaterd" is the participle of "afwateren" (af + ge + waterd), not a form of "afgewaterden"."""
    return any(form.startswith(particle + "ge") and lemma.startswith(particle) and not lemma.startswith(particle + "ge")
               for particle in PARTICLES)


def _is_participle_of(lemma: str, form: str) -> bool:
    """ "uitgegeven" is the participle of "uitgeven", not an infinitive of its own."""
    entry = _strong_entry(lemma)
    if entry is None:
        return False
    parts, verb = entry
    return any(parts.particle + parts.prefix + participle == form for participle in verb.participle) or (
        past_participle(lemma) == form)


def _has_own_past(infinitive: str) -> bool:
    """A verb of its own has a past tense readers write ("voerde", "rookte"); "ingingen" has none."""
    try:
        return _known(past(infinitive)) >= OWN_PAST_ZIPF
    except ValueError:
        return False


# A form that is an infinitive itself and also a strong past of another verb is read as that
# infinitive when it is clearly the more common word and a verb with a past of its own:
# "voeren" (4.9) is "voeren", not "varen" (4.3); "wezen" (4.5) stays the past of "wijzen" (4.6).
OWN_INFINITIVE_MARGIN = 0.3
OWN_PAST_ZIPF = 2.0


@lru_cache(maxsize=65536)
def _consistent(lemma: str, form: str) -> bool:
    """Does `lemma` really produce `form` (as a finite form, participle or infinitive)?"""
    if lemma == form:
        return True
    try:
        finite = {past(lemma), past(lemma, plural=True), past(lemma, separated=True),
                  past(lemma, True, separated=True)}
        finite |= {present(lemma, person) for person in PERSONS}
        finite |= {present(lemma, person, separated=True) for person in PERSONS}
        participles = {present_participle(lemma)}
        if lemma != "zullen":
            participles.add(past_participle(lemma))
    except ValueError:
        return False
    entry = _strong_entry(lemma)
    if entry:
        parts, verb = entry
        lead = parts.particle + parts.prefix
        for alternative in (*verb.past_sg, *verb.past_pl):
            finite.add(lead + alternative)
        for alternative in verb.participle:
            participles.add(lead + ((_bare(alternative, verb.infinitive) or alternative) if parts.prefix
                                    else alternative))
    # Inflected participles: gewerkte, werkende, betrokkene(n).
    inflected = {inflected_participle(item, lemma, nominal) for item in participles for nominal in (False, True)}
    return form in finite | participles | inflected | {item + "n" for item in inflected}


def verb_lemma(form: str) -> list[str]:
    """Candidate infinitives for a verb form, best first; [] if none.

    Strong-table forms (and compounds derived from them) come first, then
    regular de-inflection ordered by word frequency (wordfreq); a candidate is
    kept only if it regenerates the form, and one that is itself an inflected
    form of another candidate (werkten, vonden) goes last.
    verb_lemma("bekwam") == ["bekomen"], verb_lemma("teruggestort")[0] == "terugstorten".
    Used by the lemmatizer (helder/nlp/lemmatizer.py): the signature stays as it is.
    """
    cleaned = form.strip().lower()
    if not cleaned or not cleaned.isalpha():
        return []
    return list(_verb_lemma(cleaned))


# --- nouns and adjectives -------------------------------------------------------------------

IRREGULAR_PLURALS = {
    "reden": "redenen", "christen": "christenen", "heiden": "heidenen",  # -en nouns with -en, not -s
    "kind": "kinderen", "ei": "eieren", "blad": "bladeren", "lid": "leden", "schip": "schepen",
    "stad": "steden", "dag": "dagen", "weg": "wegen", "glas": "glazen", "hof": "hoven", "god": "goden",
    "gat": "gaten", "bad": "baden", "dak": "daken", "slot": "sloten", "spel": "spelen",
    "verbod": "verboden", "gebed": "gebeden", "gebrek": "gebreken", "bevel": "bevelen",
    "oorlog": "oorlogen", "lot": "loten", "pad": "paden", "smid": "smeden", "vat": "vaten",
    "koe": "koeien", "vlo": "vlooien", "rund": "runderen", "lam": "lammeren", "kalf": "kalveren",
    "lied": "liederen", "been": "benen", "kleed": "kleren", "ambtenaar": "ambtenaren",
    "kruis": "kruisen", "kous": "kousen", "dossier": "dossiers", "museum": "musea",
    "idee": "ideeën", "zee": "zeeën", "bureau": "bureaus", "cadeau": "cadeaus", "team": "teams",
    "e-mail": "e-mails", "mail": "mails", "bedrag": "bedragen",
    "verdrag": "verdragen", "gebod": "geboden", "aanbod": "aanbiedingen", "gezin": "gezinnen",
    "dal": "dalen", "staf": "staven", "hertog": "hertogen", "slag": "slagen", "verlof": "verloven",
}

# Unstressed endings after which the plural takes -s (tafels, medewerkers, dekens, bezems).
_S_ENDINGS = ("el", "er", "em", "en", "aar", "je", "ie", "e", "é", "eau")
_UNSTRESSED = ("ing", "ig", "ik", "lijk", "isch", "es", "is")


def _irregular(word: str, table: dict[str, str]) -> str | None:
    """A table form for the word or for the last part of a compound (aanvraag -> aanvragen)."""
    if word in table:
        return table[word]
    for size in range(len(word) - 2, 1, -1):
        tail = word[-size:]
        if tail in table and len(tail) >= 3:
            return word[:-size] + table[tail]
    return None


def _lengthen_or_double(word: str, stressed: bool) -> str:
    """The spelling of `word` before an ending that starts with a vowel (-en, -e).

    raam -> ram(en), brief -> briev(en), huis -> huiz(en), bon -> bonn(en), groot -> grot(e).
    """
    long_vowel = re.search(r"([aeou])\1([^aeiouy])$", word)
    if long_vowel:
        word = word[:-3] + long_vowel.group(1) + long_vowel.group(2)
        if word[-3:-2] == "i" and word[-2] == "e":  # officieel -> officiël(e)
            word = word[:-2] + "ë" + word[-1]
        short_now = True
    else:
        short_now = False
    if re.search(r"(ie|ee|aa|oo|uu|ei|ij|ui|ou|au|eu|oe)[fs]$", word) or short_now and word[-1] in "fs" \
            or re.search(r"[lr]f$", word):
        return word[:-1] + {"f": "v", "s": "z"}[word[-1]]
    if not short_now and stressed and re.search(r"(^|[^aeiouy])[aeiou][^aeiouyjwhx]$", word):
        return word + word[-1]
    return word


def _stressed_last_syllable(word: str) -> bool:
    return _syllables(word) == 1 or not word.endswith(_UNSTRESSED) and not re.search(r"e[lmnr]$", word)


def plural(noun: str) -> str:
    """aanvraag -> aanvragen, brief -> brieven, kind -> kinderen, formulier -> formulieren, auto -> auto's."""
    word = noun.lower()
    irregular = _irregular(word, IRREGULAR_PLURALS)
    if irregular:
        return irregular
    if word.endswith("heid"):
        return word[:-4] + "heden"
    if re.search(r"[aiouy]$", word) and not word.endswith(("ee", "ie", "oe", "ei", "ij", "au", "ou")):
        return word + "'s"
    if word.endswith("ee"):
        return word + "ën"
    if word.endswith("ier") and _syllables(word) > 1:
        return word + "en"  # formulieren, papieren (people: bankiers, winkeliers: not handled)
    if _unstressed_ending(word) or word.endswith(("oe", "ij", "ei", "au", "ou")):
        return word + "s"
    return _lengthen_or_double(word, _stressed_last_syllable(word)) + "en"


def _unstressed_ending(word: str) -> bool:
    """An ending that takes -s (tafel, deken, eigenaar); "-eel", "-oel", "-ier" after a long vowel are
    stressed and take -en (nadelen, doelen, dieren)."""
    if _syllables(word) == 1 and word[-1] not in _VOWELS or word.endswith("aar") and _syllables(word) == 2 and (
            word.startswith(("be", "ge", "ver"))):
        return False  # a stressed "-aar", "-el": jaren, bellen; after a prefix: bezwaren, gevaren, gebaren
    return word.endswith(_S_ENDINGS) and not re.search(r"[aeiou]e[lmnr]$", word)  # "flyer": a y is no vowel here


def attested_plural(noun: str) -> str | None:
    """The plural of `noun` where the word list knows it as that noun's plural, or that of the
    compound's last part ("zorgdienst": "diensten"); the most frequent of the rule's plural, an -s
    plural for loanwords ("tips", not "tippen") and an -n plural after an -e ("voorwaarden", not
    "voorwaardes"); None for a noun without a plural ("verkeer" ->
    not "verkeren", "drukte") or a word that already is one ("kosten")."""
    word = noun.lower()
    for cut in (0, *range(_MIN_PLURAL_FRONT, len(word) - _MIN_PLURAL_HEAD + 1)):
        head = word[cut:]
        if head in NO_PLURAL:
            return None
        if _known(head) < MIN_ZIPF:
            continue
        by_rule = plural(head)
        candidates = {by_rule, head + "s", *([head + "n"] if re.search(r"[^aeiou]e$", head) else [])}
        attested = [form for form in candidates if _known(form) >= MIN_ZIPF and (
            lookup_lemma(form) == head or form == by_rule and is_own_lemma(form))]  # "werken": also a verb
        if attested:
            return word[:cut] + max(attested, key=_known)
    return None


_MIN_PLURAL_FRONT, _MIN_PLURAL_HEAD = 3, 4  # letters of a compound's parts for `attested_plural` ("erf" + "belasting")
# Nouns without a plural whose plural shape is a word all the same, mostly a verb ("verkeren",
# "uitleggen"): the word list cannot tell them.
NO_PLURAL = frozenset({
    "afval", "beheer", "gedrag", "geld", "herstel", "hulp", "informatie", "inzet", "onderhoud", "overleg",
    "personeel", "steun", "toezicht", "uitleg", "uitstel", "verbruik", "verkeer", "vervoer", "verzet", "wraak",
})


IRREGULAR_DIMINUTIVES = {
    "pad": "paadje", "glas": "glaasje", "schip": "scheepje", "blad": "blaadje", "gat": "gaatje",
    "vat": "vaatje", "lot": "lootje", "spel": "spelletje", "weg": "weggetje", "dag": "dagje",
    "lid": "lidje", "kind": "kindje",
}


def diminutive(noun: str) -> str:
    """brief -> briefje, huis -> huisje, boom -> boompje, bon -> bonnetje, woning -> woninkje."""
    word = noun.lower()
    irregular = _irregular(word, IRREGULAR_DIMINUTIVES)
    if irregular:
        return irregular
    if re.search(r"[aiouy]$", word) and not word.endswith(("ee", "ie", "oe", "ei", "ij", "au", "ou", "aa")):
        return word + "'tje"
    if word[-1] in _VOWELS or word.endswith(("w", "ij")):
        return word + "tje"
    if word.endswith("ing") and _syllables(word) > 1:
        return word[:-1] + "kje"
    short_stressed = _stressed_last_syllable(word) and re.search(r"(^|[^aeiouy])[aeiou][^aeiouy]$", word)
    if word.endswith(("l", "n", "r", "ng", "m")) and short_stressed:
        return word + ("" if word.endswith("ng") else word[-1]) + "etje"
    if word.endswith("m"):
        return word + "pje"
    if word.endswith(("l", "n", "r")):
        return word + "tje"
    return word + "je"


# Adjectives that never take -e: on -en (open, houten), on a vowel (roze, lila, privé), and a few words.
UNINFLECTED_ENDINGS = ("en", "a", "o", "e", "é")
UNINFLECTED_WORDS = frozenset({"gratis", "plus", "beige", "sexy", "oranje", "meer", "genoeg"})
# Words that never stand before a noun as its adjective: determiners, adverbs and a noun the table reads
# as an adjective ("zijne bijlagen", "vake klachten", "zo'ne", "bure" are no Dutch; neither is "vaak klachten").
NO_ATTRIBUTIVE = frozenset({"zijn", "haar", "hun", "mijn", "uw", "zo'n", "vaak", "dikwijls", "soms", "nooit",
                            "altijd", "ook", "nog", "reeds", "zelden", "meestal", "graag", "steeds", "telkens",
                            "dichtbij", "buur", "vanzelf", "meteen", "dadelijk", "samen", "thuis", "toch",
                            "even", "pas", "zo", "nu", "straks", "vooraf", "achteraf", "opnieuw", "maar",
                            "ik", "mij", "me", "wij", "we", "ons", "u", "hij", "zij", "ze", "hem", "hen", "zelf"})
_PRONOMINAL_ADVERB = re.compile(r"^(er|daar|hier|waar)(aan|achter|bij|boven|door|in|langs|mee|na|naast|om|onder|op|"
                                r"over|tegen|toe|tussen|uit|van|voor)$")


def has_attributive(word: str) -> bool:
    """Whether a word can stand before a noun as its adjective: not "zijn", "vaak" or "ernaast", nor an
    adverb whose form with -e no one writes ("helemaal": no "helemale")."""
    word = word.lower()
    if word in NO_ATTRIBUTIVE or _PRONOMINAL_ADVERB.match(word):
        return False
    form = attributive(word)
    return form == word or " " in word or _known(form) > 0


def attributive(adjective: str) -> str:
    """The form before a noun: duidelijk -> duidelijke, groot -> grote, snel -> snelle, lief -> lieve."""
    word = adjective.lower()
    if (word in UNINFLECTED_WORDS or word.endswith("'")
            or word.endswith(UNINFLECTED_ENDINGS) and not re.search(r"(aa|ie|oe|ee)n$", word)):
        return word  # gedaan, gezien: -aan/-ien is no -en ending
    if word[-1] in _VOWELS and not word.endswith(("ij", "ee")):
        return word + "e"
    if word.endswith("ee"):
        return word + "ë"
    stressed = _syllables(word) == 1 or word.endswith("vol") or (  # "kwaliteitsvolle"
        word.startswith(("ge", "be", "ver", "ont", "her", "er")) and _syllables(word) == 2
        and not word.endswith(_UNSTRESSED) and not re.search(r"[^e]er$", word))  # "verdere"
    return _lengthen_or_double(word, stressed) + "e"
