"""Read what a sentence commits to: outcome, reason, service actions, promises, contact.

Ombudsman criterion 4 asks a reply to say how the complaint ends: the verdict
and why, what the service will do (who, what, when), what the reader can do
and whom to ask. This module reads one parsed sentence and reports which of
those it holds; `helder.dimensions.solution` turns that into findings.

The phrase lists are data (the detector rules in `rules/solution.yaml`) and
come in as a `Cues`; what stays here is grammar: who is the subject of a
verb, its tense, whether a sentence is an imperative, and what a time
expression looks like. A fault admitted by the service comes from
`helder.nlp.stance` as well as from the rule file's own fault phrases.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Token
from wordfreq import zipf_frequency

from helder.calendar_words import MONTH_NUMBERS, WEEKDAYS, alternation
from helder.contacts import EMAIL, PHONE, WEBSITE
from helder.nlp.inflect import past, present, verb_lemma
from helder.nlp.negation import NEGATIONS
from helder.nlp.stance import read_sentence, understanding_at

_NUMBER_WORDS = "een twee drie vier vijf zes zeven acht negen tien elf twaalf veertien vijftien twintig dertig".split()
_UNITS = r"(?:werk)?dagen|dag|weken|week|maanden|maand|uur|jaar"
_MONTH = "(?:" + alternation(MONTH_NUMBERS) + r")\b"
_WEEKDAY = "(?:" + alternation(WEEKDAYS) + ")"
_COUNT = r"(?:\d+|" + "|".join(_NUMBER_WORDS) + ")"
_PERIOD = r"(?:week|maand|jaar|zomer|winter|herfst|lente|voormiddag|namiddag|middag|avond)"
# A point or limit in time the reader can hold the service to.
TIME = re.compile(
    r"\b(?:"
    rf"\d{{1,2}}(?:ste|de|e)? {_MONTH}"  # 15 januari
    rf"|\d{{1,2}}[/.-]\d{{1,2}}(?:[/.-]\d{{2,4}})?"  # 15/01, 15.01.2025
    rf"|{_WEEKDAY}"  # vrijdag
    rf"|(?:eind|begin|half|midden|medio|einde) {_MONTH}"  # eind maart
    rf"|(?:in|vanaf|tegen|sinds|voor|vóór|na|tot) {_MONTH}"  # vanaf april
    rf"|(?:deze|volgende|komende|de volgende|de komende|nog deze) {_PERIOD}"  # deze week
    rf"|(?:binnen|na|over|in) (?:de |het )?(?:{_COUNT} )?(?:{_UNITS})\b"  # binnen tien dagen, binnen de maand
    rf"|(?:tegen|vóór|voor|uiterlijk|ten laatste|ten laatste op) (?:het )?(?:einde|eind|begin) van "
    rf"(?:de|het|deze|volgende) {_PERIOD}"  # tegen het einde van de week
    r"|morgen|overmorgen|vandaag|vanmiddag|vanavond|vanochtend|vanmorgen"
    r"|vanaf nu|vanaf vandaag|uiterlijk|ten laatste"
    r"|in week \d{1,2}"
    r")",
    re.IGNORECASE,
)

_SUBJECT_DEPS = ("nsubj", "nsubj:pass")
_READER = {"u", "je", "jij", "jullie"}
_WRITER = {"wij", "we", "ik"}
_OWN = {"onze", "ons", "mijn"}
_PRONOUN_SUBJECTS = _READER | _WRITER | {"hij", "zij", "ze", "het", "dat", "dit", "er", "men", "die", "wat", "wie"}


@dataclass(frozen=True)
class Cues:
    """Phrase lists (lowercase regular expressions) and word lists from the rule file."""

    outcome: tuple[re.Pattern[str], ...] = ()
    fault: tuple[re.Pattern[str], ...] = ()
    reason: tuple[re.Pattern[str], ...] = ()
    feelings: frozenset[str] = frozenset()
    vague: tuple[re.Pattern[str], ...] = ()
    learning: tuple[re.Pattern[str], ...] = ()
    question: tuple[re.Pattern[str], ...] = ()
    reach: tuple[re.Pattern[str], ...] = ()
    reader_requests: tuple[re.Pattern[str], ...] = ()
    submissions: tuple[re.Pattern[str], ...] = ()
    non_action_objects: tuple[re.Pattern[str], ...] = ()
    deliveries: tuple[re.Pattern[str], ...] = ()
    inquiries: frozenset[str] = frozenset()
    reply: tuple[re.Pattern[str], ...] = ()
    service_nouns: frozenset[str] = frozenset()
    service_compound: re.Pattern[str] | None = None  # a word ending in a service noun of 6+ letters: "groendienst"
    non_actions: tuple[str, ...] = ()
    receive: frozenset[str] = frozenset()
    searches: tuple[tuple[str, frozenset[str]], ...] = ()
    second_line: re.Pattern[str] | None = None
    second_line_channels: re.Pattern[str] | None = None  # the profile's phone numbers, websites, e-mail addresses

    @classmethod
    def from_options(cls, options: Mapping[str, Iterable[str]], bodies: Iterable[str] = (),
                     channels: Iterable[str] = ()) -> Cues:
        """Build from the detector options of `rules/solution.yaml` and the profile's second line."""

        def patterns(key: str) -> tuple[re.Pattern[str], ...]:
            return tuple(re.compile(item, re.IGNORECASE) for item in options.get(key, ()))

        def words(key: str) -> frozenset[str]:
            return frozenset(str(item).lower() for item in options.get(key, ()))

        names = sorted((re.escape(body.lower()) for body in bodies if body.strip()), key=len, reverse=True)
        return cls(
            outcome=patterns("outcome"),
            fault=patterns("fault"),
            reason=patterns("reason"),
            feelings=words("feelings"),
            vague=patterns("vague"),
            learning=patterns("learning"),
            question=patterns("question"),
            reach=patterns("reach"),
            reader_requests=patterns("reader_requests"),
            submissions=patterns("submissions"),
            non_action_objects=patterns("non_action_objects"),
            deliveries=patterns("deliveries"),
            inquiries=words("inquiries"),
            reply=patterns("reply"),
            service_nouns=words("service_nouns"),
            service_compound=_ending_in(noun for noun in words("service_nouns") if len(noun) > 5),
            non_actions=tuple(sorted(words("non_actions"))),
            receive=words("receive"),
            searches=tuple((str(word).lower(), frozenset(str(verb).lower() for verb in verbs))
                           for word, verbs in dict(options.get("searches", {})).items()),
            second_line=re.compile(r"(?<!\w)(?:" + "|".join(names) + r")(?!\w)", re.IGNORECASE) if names else None,
            second_line_channels=_any_of(re.sub(r"\s+", " ", str(item)).lower() for item in channels),
        )

    @classmethod
    def with_second_line(cls, options: Mapping[str, Iterable[str]], escalation: Mapping[str, object],
                         local_service: str = "") -> Cues:
        """Build from detector options and a profile's `escalation` block (bodies and channels)."""
        channels = escalation.get("channels")
        channels = channels if isinstance(channels, Mapping) else {}
        bodies = [str(body) for body in escalation.get("bodies") or ()]  # type: ignore[attr-defined]
        bodies += [local_service] if local_service else []
        known = [str(item) for key in ("phones", "websites", "emails") for item in channels.get(key, [])]
        return cls.from_options(options, bodies, known)


@dataclass(frozen=True)
class Reading:
    """What one sentence says. Spans are character offsets into the sentence."""

    outcome: bool = False
    fault: bool = False
    reason: bool = False
    action: tuple[int, int] | None = None
    done: tuple[int, int] | None = None
    dated: bool = False
    vague: tuple[int, int] | None = None
    reader_action: bool = False
    undated_request: bool = False
    contact: bool = False
    learning: bool = False
    second_line: bool = False
    labels: frozenset[str] = field(default_factory=frozenset)


# Words without which `helder.nlp.stance` finds no fault; reading the stance of every sentence is slow.
_MAYBE_FAULT = re.compile(
    r"fout|vergis|verge[tb]|vergat|verkeerd|onjuist|laat|vertrag|wacht|kwijt|verlo|zoek|moeten|mogen|gekund|"
    r"gegrond|terecht|onrecht|gelijk|\bmis|schuld|nalatig|tekort|klop|correct|spijt|excuus|excuses"
)


def read(doc: Doc, cues: Cues, second_line: bool = False) -> Reading:
    """Classify one parsed sentence. `second_line`: it belongs to the "wat nu?" passage."""
    text = doc.text
    lowered = text.lower()
    second_line = second_line or mentions_second_line(text, cues)
    fault = _named_fault(doc, lowered, cues) or (_MAYBE_FAULT.search(lowered) is not None and any(
        cue.category == "fault_admission" and _outside_whether(lowered, cue.span.end_char)
        for cue in read_sentence(doc)
    ))
    outcome = fault or _any_outside_whether(cues.outcome, lowered)
    reason = _has_reason(lowered, cues, passive=_is_passive(doc), understood=_understood(doc, lowered))
    timed = is_timed(doc)
    contact = not second_line and _is_contact(doc, text, cues)
    reader = not second_line and not contact and _is_reader_action(doc, lowered, cues)
    question = text.rstrip().endswith("?")
    acts = not (second_line or contact or question)
    searches = not (second_line or timed or reader)
    subjects = _subject_phrases(doc, cues) if acts or searches else []
    action = _service_action(doc, lowered, cues, subjects) if acts else None
    done = _service_action(doc, lowered, cues, subjects, done=True) if acts and not action else None
    vague_match = _first(cues.vague, lowered) if searches else None
    vague = vague_match.span() if vague_match else None
    if vague is None and searches:
        vague = _vague_search(doc, cues, subjects)
    if vague is not None and _past_only(doc):
        vague = None
    if vague is not None:
        action = None
    learning = _first(cues.learning, lowered) is not None and not (reader and _reader_subject(doc))
    reading = Reading(
        outcome=outcome,
        fault=fault,
        reason=reason,
        action=action,
        done=done,
        dated=(action is not None or done is not None) and timed,
        vague=vague,
        reader_action=reader,
        undated_request=reader and not timed and _is_undated_request(doc, lowered, cues),
        contact=contact,
        learning=learning,
        second_line=second_line,
    )
    return Reading(**{**reading.__dict__, "labels": labels_of(reading)})


def _named_fault(doc: Doc, lowered: str, cues: Cues) -> bool:
    """A fault phrase, outside a "whether" clause and outside an understanding of the reader's
    feeling ("ik begrijp dat u zich onterecht beschuldigd voelt" is how the reader sees it)."""
    if _first(cues.fault, lowered) is None:
        return False  # one search of all phrases first: most sentences name no fault
    starts = [match.start() for pattern in cues.fault for match in pattern.finditer(lowered)
              if _outside_whether(lowered, match.start())]
    if not starts:
        return False
    understood = understanding_at(read_sentence(doc))
    return understood is None or min(starts) < understood


def is_timed(doc: Doc) -> bool:
    """A date or term the reader can hold the service to. A month right after a noun and "voor"
    says what the noun is for ("de toeslag voor september"), not when: "vóór 15 september" does."""
    for match in TIME.finditer(doc.text):
        if match.group(0).lower().startswith("voor "):
            before = [token for token in doc if token.idx + len(token.text) <= match.start()]
            if before and before[-1].pos_ in ("NOUN", "PROPN"):
                continue
        return True
    return False


def _vague_search(doc: Doc, cues: Cues, subjects: list[tuple[int, int, bool]]) -> tuple[int, int] | None:
    """The service looks into something without a result: "ik bekijk of", "wij gaan na of",
    "zoeken wij naar": a searching verb (by its lemma, in any person and word order) before "of",
    "hoe" or "naar", with the service as subject of the clause."""
    searches = dict(cues.searches)
    for start, end, by_service in subjects:
        if not by_service:
            continue
        rest = _clause_after(doc, end - 1)
        following = rest[-1].i + 1 if rest else end
        if following < len(doc) and doc[following].lower_ in searches:
            rest.append(doc[following])
        clause = [token for token in doc[max(0, start - 2) : end] if not token.is_punct] + rest
        for index, token in enumerate(clause):
            searched = searches.get(token.lower_)
            if not searched:
                continue
            before = clause[:index]
            particles = {word.lower_ for word in before}
            verbs = {lemma for word in before if word.i < token.i and could_be_verb(word, plural=True)
                     for lemma in _lemmas(word.lower_)}
            if any(verb in searched or any(particle + verb in searched for particle in particles) for verb in verbs):
                first = min(start, clause[0].i)
                return doc[first].idx, token.idx + len(token.text)
    return None


def labels_of(reading: Reading) -> frozenset[str]:
    """The label set of the sentence data (tests/fixtures/solution/sentences.yaml)."""
    labels = {
        "outcome": reading.outcome,
        "reason": reading.reason,
        "action": reading.action is not None,
        "dated_action": reading.dated and reading.action is not None,
        "vague_promise": reading.vague is not None,
        "reader_action": reading.reader_action,
        "contact": reading.contact,
        "learning": reading.learning,
    }
    found = frozenset(name for name, present in labels.items() if present)
    return found or frozenset({"none"})


def mentions_second_line(text: str, cues: Cues) -> bool:
    """The ombudsman or another second-line body, or one of its known channels."""
    if cues.second_line is not None and cues.second_line.search(text):
        return True
    if cues.second_line_channels is None:
        return False
    return cues.second_line_channels.search(re.sub(r"\s+", " ", text).lower()) is not None


# -- helpers ---------------------------------------------------------------------------------------

def _any_of(channels: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for "one of these channels, as a whole": "1700" not inside "17000"."""
    ordered = sorted({channel for channel in channels if channel}, key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, ordered)) + r")(?!\w)") if ordered else None


def _ending_in(words: Iterable[str]) -> re.Pattern[str] | None:
    """One pattern for "ends in one of these words": one search instead of a loop over the list."""
    ordered = sorted(words, key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, ordered)) + ")$") if ordered else None


def _first(patterns: tuple[re.Pattern[str], ...], text: str) -> re.Match[str] | None:
    """The leftmost match of any of the patterns (the earlier pattern where two start together)
    in a lowercase `text`."""
    combined = _alternation(patterns)
    return combined.search(text) if combined is not None else None


@lru_cache(maxsize=256)
def _alternation(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str] | None:
    """One regular expression for a cue list: one search per sentence instead of one per phrase.

    Case-sensitive when no pattern holds a capital (the texts are lowercase): two to three times
    faster than ignoring case.
    """
    if not patterns:
        return None
    capitals = any(_CAPITAL.search(pattern.pattern) for pattern in patterns)
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in patterns), re.IGNORECASE if capitals else 0)


_CAPITAL = re.compile(r"(?<!\\)[A-Z]")  # a capital letter that is no escape such as \S or \W


# "of" after a verb of checking or asking opens a "whether" clause; elsewhere it is "or". Only the
# characters just before a cue are searched, so a long run-on sentence stays linear.
WHETHER_WINDOW = 200
_WHETHER = re.compile(
    r"\b(?:na|nagegaan|nagaan|nagekeken|nakijken|onderzocht|onderzochten|onderzoeken|bekeken|bekijken|gecontroleerd|"
    r"controleren|gekeken|kijken|keken|vragen|vroeg|vroegen|weten|wist|twijfelt|twijfel)\b[^,.;]{0,40}?\bof\b"
)


_CLAUSE_END = re.compile(r",|\bmaar\b")


def _outside_whether(text: str, start: int) -> bool:
    """Whether the text at `start` is not inside a "whether" clause ("wij gingen na of uw klacht gegrond is")."""
    window = text[max(0, start - WHETHER_WINDOW) : start]
    whether = None
    for whether in _WHETHER.finditer(window):
        pass
    return whether is None or _CLAUSE_END.search(window, whether.end()) is not None


def _any_outside_whether(patterns: Iterable[re.Pattern[str]], text: str) -> bool:
    return any(_outside_whether(text, match.start()) for pattern in patterns for match in pattern.finditer(text))


def _understood(doc: Doc, lowered: str) -> tuple[int, int] | None:
    """The stretch of an understanding of the reader's feeling: from "ik begrijp" to a "maar"."""
    start = understanding_at(read_sentence(doc)) if _UNDERSTANDING.search(lowered) else None
    if start is None:
        return None
    end = _CLAUSE_END_CONTRAST.search(lowered, start)
    return start, end.start() if end else len(lowered)


_UNDERSTANDING = re.compile(r"\b(?:begrijp|snap|voel)")
_CLAUSE_END_CONTRAST = re.compile(r"\bmaar\b|[;:]")


def _has_reason(text: str, cues: Cues, passive: bool, understood: tuple[int, int] | None = None) -> bool:
    """A causal connective, unless it only explains the reader's feelings ("boos omdat",
    "ik begrijp dat u zich niet gehoord voelt, zeker omdat ...")."""
    for pattern in cues.reason:
        for match in pattern.finditer(text):
            if passive and match.group(0).startswith("door "):
                continue  # "door" names the agent of a passive, not a cause
            if understood is not None and understood[0] < match.start() < understood[1]:
                continue
            preceding = re.findall(r"[\w'-]+", text[max(0, match.start() - 60) : match.start()])[-3:]
            if any(word in cues.feelings for word in preceding):
                continue
            return True
    return False


def _is_passive(doc: Doc) -> bool:
    return any(token.dep_ == "aux:pass" for token in doc)


_AUX_FUTURE = {"zal", "zullen", "zult", "ga", "gaan", "gaat"}
_AUX_PERFECT = {"heb", "hebben", "heeft", "hebt", "ben", "zijn", "is", "bent"}
_AUX_PASSIVE = {"word", "wordt", "worden"}
_MODAL_FORMS = {"kan", "kunnen", "kunt", "wil", "willen", "wilt", "mag", "mogen", "moet", "moeten", "hoeft", "hoeven"}
MIN_LEMMA_ZIPF = 2.5
# A word the tagger did not call a verb is read as one only if the verb is common ("vullen", not "noren").
MIN_VERB_ZIPF = 3.0
_CLAUSE_BREAK = {",", ";", ":", "en", "maar", "of", "want", "omdat", "dat", "die", "als", "zodat", "wanneer", "doordat"}
_NOT_VERBS = {
    "de", "het", "een", "u", "uw", "je", "jouw", "ons", "onze", "mijn", "hem", "haar", "hen", "hun", "dit", "deze",
    "nog", "ook", "al", "graag", "dan", "daarom", "dus", "wel", "er", "hier", "daar", "zo", "toch", "nu", "zelf",
    "alsnog", "meteen", "onmiddellijk", "opnieuw", "samen", "intussen", "inmiddels", "gerust", "zeker", "echt",
}


def is_past(token: Token) -> bool:
    """A past-tense finite verb. The tagger often calls a present plural ("schrappen") past,
    so a form in -en counts as past only if it is no infinitive and is a past plural of its lemma."""
    form = token.lower_
    if form in {"werd", "werden", "was", "waren", "had", "hadden"}:
        return True
    lemmas = _lemmas(form) if form.isalpha() else []
    if form.endswith("en"):
        return any(lemma != form and past(lemma, plural=True) == form for lemma in lemmas)
    if any(past(lemma) == form for lemma in lemmas if lemma != form):
        return True
    return "Past" in token.morph.get("Tense") and not lemmas


def _lemmas(form: str) -> list[str]:
    """Infinitives a form can come from, leaving out rare and dialect ones ("houen")."""
    return [lemma for lemma in verb_lemma(form) if lemma == form or zipf_frequency(lemma, "nl") >= MIN_LEMMA_ZIPF]


def could_be_verb(token: Token, plural: bool = False) -> bool:
    """A present-tense verb form, also where the tagger calls it a noun or a name ("Vul", "plan");
    not after an article or possessive ("uw factuur", "het best")."""
    if token.pos_ in ("VERB", "AUX"):
        return True
    form = token.lower_
    if not token.is_alpha or form in _NOT_VERBS or token.pos_ in ("ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM"):
        return False
    previous = token.doc[token.i - 1] if token.i else None
    if previous is not None and (previous.pos_ == "DET" or previous.lower_ in _OWN | {"uw", "jouw"}):
        return False
    forms = ("1sg", "3sg", "pl") if plural else ("1sg", "3sg")
    return any(
        form in {present(lemma, person) for person in forms} and zipf_frequency(lemma, "nl") >= MIN_VERB_ZIPF
        for lemma in _lemmas(form) if lemma != form or plural
    )


def _verb_like(token: Token) -> bool:
    return token.is_alpha and token.lower_ not in _NOT_VERBS and token.pos_ not in (
        "ADP", "DET", "PRON", "CCONJ", "SCONJ", "NUM", "PUNCT", "ADV")


def _clause_after(doc: Doc, index: int) -> list[Token]:
    """The tokens after `index` up to the end of the clause."""
    tokens = []
    for token in doc[index + 1:]:
        if token.lower_ in _CLAUSE_BREAK and tokens:
            break
        tokens.append(token)
    return tokens


def _is_service(subject: Token, cues: Cues) -> bool:
    """A noun that stands for the service: "onze technieker", "de groendienst", "mijn collega"."""
    word = subject.lower_
    if cues.second_line is not None and cues.second_line.search(subject.text):
        return False
    owned = subject.i > 0 and subject.doc[subject.i - 1].lower_ in _OWN
    return owned or word in cues.service_nouns or (
        cues.service_compound is not None and cues.service_compound.search(word) is not None)


def _is_non_action(verb: Token, cues: Cues) -> bool:
    forms = (verb.lower_, verb.lemma_.lower())
    return any(
        form == stem or (len(stem) >= 4 and form.startswith(stem)) for form in forms for stem in cues.non_actions
    )


def _subject_phrases(doc: Doc, cues: Cues) -> list[tuple[int, int, bool]]:
    """(start, end, by_service) token ranges of subjects that stand for the service, or the reader
    receiving something ("u krijgt")."""
    phrases: list[tuple[int, int, bool]] = []
    for token in doc:
        word = token.lower_
        if phrases and token.i < phrases[-1][1]:
            continue
        if word in _WRITER or word in _READER:
            phrases.append((token.i, token.i + 1, word in _WRITER))
            continue
        noun = token.pos_ in ("NOUN", "PROPN") or word in cues.service_nouns
        if not noun or (token.i and doc[token.i - 1].lower_ in {"uw", "jouw"}) or not _is_service(token, cues):
            continue
        start = token.i
        while start > 0 and _in_noun_phrase(doc[start - 1], cues):
            start -= 1
        end = token.i + 1
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        phrases.append((start, end, True))
    return phrases


def _agrees(subject: Token, verb: Token) -> bool:
    """A singular noun does not go with a verb in -en ("de ploeg ... sturen")."""
    singular = subject.pos_ == "NOUN" and subject.morph.get("Number") == ["Sing"]
    return not (singular and verb.lower_.endswith("en") and verb.lower_ not in _AUX_PERFECT | _AUX_PASSIVE)


def _in_noun_phrase(token: Token, cues: Cues) -> bool:
    """Words before a service noun that belong to its phrase: "de technische dienst", "mijn collega",
    "de bezoekende ploeg" (a participle before the noun is no finite verb)."""
    return token.lower_ in _OWN | {"de", "het", "een"} or token.pos_ == "ADJ" or token.dep_ == "amod" or (
        token.pos_ in ("NOUN", "PROPN") and token.lower_ in cues.service_nouns)


def _service_action(doc: Doc, lowered: str, cues: Cues, subjects: list[tuple[int, int, bool]],
                    done: bool = False) -> tuple[int, int] | None:
    """The first clause in which the service (or "u krijgt") does something concrete, now or later;
    with `done`, something it did already ("Op 10 maart herstelden wij uw dossier"). `subjects`:
    the sentence's `_subject_phrases`.

    Word order finds the finite verb: right after the subject ("Wij betalen"), right before it
    ("Morgen bel ik u", "Op 2 mei haalt de intercommunale ..."), or later in a subordinate clause.
    """
    if _first(cues.reader_requests, lowered):
        return None
    delivery = None if done else _first(cues.deliveries, lowered)
    if delivery is not None:
        return delivery.span()
    for start, end, by_service in subjects:
        before = doc[start - 1] if start > 0 else None
        finite = before if before is not None and before.lower_ not in _CLAUSE_BREAK and could_be_verb(before) else None
        rest = _clause_after(doc, end - 1)
        if finite is None and rest and could_be_verb(rest[0]):
            finite = rest[0]
        if finite is None:
            finite = next((token for token in rest if token.pos_ in ("VERB", "AUX") and _verb_like(token)), None)
            if finite is not None and not _agrees(doc[end - 1], finite):
                continue  # "U moest ... en de bezoekende ploeg naar huis sturen": an object, not the subject
        if finite is None:
            continue
        for verb, clause in _with_conjoined(doc, finite, [*doc[start:end], finite, *rest]):
            if _is_commitment(verb, clause, by_service, cues, done):
                first = min(start, verb.i)
                last = max(end - 1, verb.i)
                return doc[first].idx, doc[last].idx + len(doc[last].text)
    return None if done else _passive_action(doc, lowered, cues)


def _with_conjoined(doc: Doc, finite: Token, clause: list[Token]) -> list[tuple[Token, list[Token]]]:
    """The clause, and a second verb that shares its subject: "Wij gaan in op uw vraag en schrappen ..."."""
    found = [(finite, clause)]
    end = clause[-1].i + 1
    if end + 1 < len(doc) and doc[end].lower_ in ("en", "of") and could_be_verb(doc[end + 1], plural=True) \
            and doc[end + 1].lower_ not in _WRITER | _READER:
        verb = doc[end + 1]
        found.append((verb, [verb, *_clause_after(doc, verb.i)]))
    return found


def _is_commitment(finite: Token, clause: list[Token], by_service: bool, cues: Cues, done: bool = False) -> bool:
    form = finite.lower_
    words = {token.lower_ for token in clause}
    if words & NEGATIONS or _first(cues.non_action_objects, " ".join(t.lower_ for t in clause)):
        return False
    if done:
        if not by_service:
            return False
        if form in _AUX_PERFECT:
            main = [token for token in clause if token.i > finite.i and "Part" in token.morph.get("VerbForm")]
            return bool(main) and not _is_non_action(main[-1], cues) and main[-1].lower_ not in cues.inquiries
        return is_past(finite) and not _is_non_action(finite, cues) and not any(
            lemma in cues.inquiries for lemma in (form, *_lemmas(form)))
    if is_past(finite):
        return False
    if not by_service:  # the reader as subject: only "u krijgt / ontvangt"
        return form in cues.receive
    if form in _AUX_PERFECT or form in _MODAL_FORMS:
        return False  # a report ("wij hebben ... gedaan"), a state, or an ability, not a commitment
    if form in _AUX_FUTURE or form in _AUX_PASSIVE:
        main = [token for token in clause if token.i > finite.i and _verb_like(token) and token.pos_ in ("VERB", "AUX")]
        return bool(main) and not _is_non_action(main[-1], cues)
    return not _is_non_action(finite, cues)


_PASSIVE_AUX = re.compile(r"\bword(?:t|en)?\b")
# A past participle the tagger missed: "teruggestort", "uitbetaald".
_PARTICIPLE = re.compile(r"^(?:ge|be|ver|her|ont|terug|uit|op|af|aan|in)\w+[dt]$")


def _passive_action(doc: Doc, lowered: str, cues: Cues) -> tuple[int, int] | None:
    """"Het bedrag wordt vóór 15 januari teruggestort": a concrete passive now or later."""
    if _PASSIVE_AUX.search(lowered) is None:
        return None
    words = {token.lower_ for token in doc}
    if words & NEGATIONS or any(is_past(token) for token in doc if "Fin" in token.morph.get("VerbForm")):
        return None
    for token in doc:
        if token.lower_ not in ("wordt", "word") and not (token.lower_ == "worden" and words & _AUX_FUTURE):
            continue
        rest = [t for t in _clause_after(doc, token.i) if t.is_alpha]
        participles = [t for t in rest if t.lower_ not in _AUX_PASSIVE and (
            "Part" in t.morph.get("VerbForm") or _PARTICIPLE.match(t.lower_))]
        if participles and not _is_non_action(participles[-1], cues):
            return token.idx, participles[-1].idx + len(participles[-1].text)
    return None


def _past_only(doc: Doc) -> bool:
    """Every finite verb is in the past, or the clause is perfect: a report, not a promise."""
    finite = [token for token in doc if token.pos_ in ("VERB", "AUX") and "Fin" in token.morph.get("VerbForm")]
    return bool(finite) and all(is_past(token) or token.lower_ in _AUX_PERFECT for token in finite)


def _reader_subject(doc: Doc) -> bool:
    return any(token.dep_ in _SUBJECT_DEPS and token.lower_ in _READER for token in doc)


_MODALS = {"kunt", "kan", "moet", "moeten", "hoeft", "hoef", "hoeven", "mag", "mogen", "dient", "zult", "wilt", "wil"}
_NOTHING = re.compile(r"\b(?:hoeft|hoef|hoeven|moet|moeten)\b.{0,40}\b(?:niets|niks|geen)\b")


def _is_reader_action(doc: Doc, lowered: str, cues: Cues) -> bool:
    """What the reader can, must or need not do: "u kunt ...", "u hoeft niets te doen", "Stuur ons ..."."""
    if _NOTHING.search(lowered) and (_reader_subject(doc) or re.search(r"\b(?:door u|u|je)\b", lowered)):
        return True
    if _first(cues.reader_requests, lowered):
        return True
    words = [token for token in doc if not token.is_punct]
    return _reader_modal(words) or _is_imperative(words)


_MUST = re.compile(r"\b(?:u|je) (?:moet|dient)\b|\b(?:moet|dient) (?:u|je)\b")


def _is_undated_request(doc: Doc, lowered: str, cues: Cues) -> bool:
    """The reader must send, pay or fill in something, and the sentence says not by when."""
    words = [token for token in doc if not token.is_punct]
    if not _reader_submits(words, lowered, cues):
        return False
    return bool(_MUST.search(lowered) or _first(cues.reader_requests, lowered) or _is_imperative(words))


def _reader_submits(words: list[Token], lowered: str, cues: Cues) -> bool:
    """A submission verb of the reader, not one next to "wij" or "ik" ("dan betalen wij terug")."""
    for pattern in cues.submissions:
        for match in pattern.finditer(lowered):
            index = next((index for index, word in enumerate(words) if word.idx + len(word.text) > match.start()), None)
            if index is not None and not any(word.lower_ in _WRITER for word in words[max(0, index - 1) : index + 2]):
                return True
    return False


def _reader_modal(words: list[Token]) -> bool:
    """"u kunt ...", "Dan moet u ..."; not "Ik kan u ..." (u as object) nor a sentence-initial "Kunt u ...?"."""
    for index, token in enumerate(words[:-1]):
        following = words[index + 1].lower_
        if token.lower_ in _READER and following in _MODALS and not (index and words[index - 1].lower_ in _MODALS):
            return True
        if token.lower_ in _READER and index and words[index - 1].lower_ in {"die", "dat", "wat", "als", "zodat"}:
            clause = [word.lower_ for word in words[index + 1 : index + 6]]
            if any(word in _MODALS for word in clause) and not any(word in _CLAUSE_BREAK for word in clause):
                return True
        if token.lower_ in _MODALS and following in _READER and index > 0 and words[index - 1].lower_ not in _WRITER:
            return True
    return False


def _is_imperative(words: list[Token]) -> bool:
    """A sentence that opens with a bare present-tense verb not followed by a subject: "Stuur ons ..."."""
    if not words or words[-1].text == "?" or words[0].text.endswith("?"):
        return False
    start = 1 if words[0].lower_ in {"dan", "graag", "ook"} and len(words) > 1 else 0
    first = words[start]
    if not could_be_verb(first) or first.lower_ in {"bedankt", "dank", "welkom", "excuses", "sorry"}:
        return False
    if first.lower_ in _MODALS or first.lower_ in {"is", "zijn", "heeft", "hebben", "was", "werd", "wordt"}:
        return False
    if "Past" in first.morph.get("Tense") or {"Part", "Inf"} & set(first.morph.get("VerbForm")):
        return False
    following = words[start + 1] if start + 1 < len(words) else None
    return following is None or following.pos_ != "PRON" or following.lower_ not in _PRONOUN_SUBJECTS


def _is_contact(doc: Doc, text: str, cues: Cues) -> bool:
    """Whom to ask about this case: a way to reach someone, and who or how."""
    lowered = text.lower()
    if _first(cues.reply, lowered):
        return True
    reach = _first(cues.reach, lowered)
    if reach is None:
        return False
    channel = any(pattern.search(text) for pattern in (PHONE, EMAIL, WEBSITE))
    person = any(token.lower_ in {"mij", "me", "ons"} for token in doc) or any(
        token.pos_ == "PROPN" and token.text[:1].isupper() and token.i > 0 for token in doc
    ) or any(token.lower_ in cues.service_nouns for token in doc)
    asked = _first(cues.question, lowered) is not None
    words = [token for token in doc if not token.is_punct]
    if not channel and _calls_reader(words, cues):
        return False  # "Onze medewerker belt u op 8 oktober": a service action, no way to reach anyone
    addressed = (re.search(r"\bbereik|\b(?:bel|mail|contacteer)\b(?: of \w+)? (?:mij|me|ons)\b", lowered) is not None
                 or _reader_modal(words) or _is_imperative(words))
    return (channel or person) and (asked or channel or addressed)


def _calls_reader(words: list[Token], cues: Cues) -> bool:
    """Someone of the service reaches the reader: a reaching verb next to "u" as its object
    ("belt u op", "zal u bellen"), not the reader who may call ("u kunt ons bellen", "Belt u gerust")."""
    if _reader_modal(words) or _is_imperative(words):
        return False
    for index, token in enumerate(words):
        if index == 0 or _first(cues.reach, token.lower_) is None:
            continue
        after = words[index + 1] if index + 1 < len(words) else None
        if after is not None and after.lower_ in _READER and index + 2 < len(words) \
                and words[index + 2].lower_ not in {"ons", "mij", "me", "naar", "gerust", "best", "dan"}:
            return True
        if "Fin" not in token.morph.get("VerbForm") and any(word.lower_ in _READER for word in words[max(0, index - 3) : index]):
            return True  # "zal u volgende week bellen"; "als u belt" is the reader
    return False
