"""The declarative rule types: existence, substitution, occurrence, expectation, conditional.

Terms are compiled into two spaCy `PhraseMatcher`s, one on the lowercase
text and one on the lemma, so "verzoeken" also finds "verzocht" and "dienen
te" finds "dient te"; a phrase matcher looks terms up by hash, so a lexicon
of hundreds of entries costs next to nothing. Token patterns go into spaCy
`Matcher`s indexed by their first word. Metric and detector rules belong to
their dimension module.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from helder.analysis import SCOPES, Analysis, ParsedSentence
from helder.errors import RuleError
from helder.rulebook import Rule

GENERIC_TYPES = {"existence", "substitution", "occurrence", "expectation", "conditional"}


@dataclass(frozen=True)
class Match:
    """A rule's term or pattern found in a sentence; `entry` is the substitution term."""

    rule: Rule
    key: str  # "" for plain matches, the entry term for substitutions, "if"/"then" for conditionals
    sentence: ParsedSentence
    span: Span

    @property
    def offsets(self) -> tuple[int, int]:
        return self.sentence.offsets(self.span)


class RuleMatcher:
    """Compiles the generic rules once; `find(analysis)` returns every match per rule."""

    def __init__(self, nlp: Language, rules: Sequence[Rule]) -> None:
        self._patterns = AnchoredMatcher(nlp.vocab)
        self._by_text = PhraseMatcher(nlp.vocab, attr="LOWER")
        self._by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self._keys: dict[int, tuple[Rule, str]] = {}
        for rule in rules:
            if rule.type not in GENERIC_TYPES:
                continue
            for key, matchable in _matchables(rule):
                label = f"{rule.id}|{key}"
                terms = [_term_doc(nlp, term) for term in matchable.get("terms", ())]
                if terms:
                    self._by_text.add(label, terms)
                    self._by_lemma.add(label, terms)
                try:
                    if matchable.get("patterns"):
                        self._patterns.add(label, matchable["patterns"])
                except (ValueError, KeyError, TypeError) as error:
                    raise RuleError(f"Regelbestand {rule.path}, regel '{rule.id}': ongeldig patroon: {error}") from error
                self._keys[nlp.vocab.strings[label]] = (rule, key)

    def find(self, analysis: Analysis) -> dict[str, list[Match]]:
        found: dict[str, list[Match]] = defaultdict(list)
        for sentence in analysis.sentences:
            seen: set[tuple[str, str, int, int]] = set()
            doc = sentence.doc
            for match_id, start, end in [*self._by_text(doc), *self._by_lemma(doc), *self._patterns(doc)]:
                rule, key = self._keys[match_id]
                if sentence.part not in SCOPES[rule.scope] or (rule.id, key, start, end) in seen:
                    continue
                seen.add((rule.id, key, start, end))
                found[rule.id].append(Match(rule, key, sentence, sentence.doc[start:end]))
        return {rule_id: _longest(matches) for rule_id, matches in found.items()}


class AnchoredMatcher:
    """Token patterns, indexed by the words their first token can be.

    spaCy's `Matcher` tries every pattern at every token, which made token
    patterns the costliest part of a check. Nearly every pattern starts with
    a literal word, so each goes into a small `Matcher` per such word, run
    only on sentences that contain the word; the others run everywhere.
    """

    def __init__(self, vocab: Vocab) -> None:
        self._vocab = vocab
        self._anywhere = Matcher(vocab, validate=True)
        self._by_anchor: dict[str, Matcher] = {}

    def add(self, label: str, patterns: Sequence[list[dict]]) -> None:
        for pattern in patterns:
            anchors = _anchors(pattern[0])
            if not anchors:
                self._anywhere.add(label, [pattern])
            for anchor in anchors:
                self._by_anchor.setdefault(anchor, Matcher(self._vocab, validate=True)).add(label, [pattern])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        found = list(self._anywhere(doc)) if len(self._anywhere) else []
        for word in {token.lower_ for token in doc} & self._by_anchor.keys():
            found.extend(self._by_anchor[word](doc))
        return found


def _anchors(first: dict) -> list[str]:
    """The lowercase words a pattern's first token must be; empty if it may be anything (or absent)."""
    operator = str(first.get("OP", "1"))
    if operator in ("?", "*") or operator.startswith("{0") or operator.startswith("{,"):
        return []
    for key in ("LOWER", "ORTH", "TEXT"):
        value = first.get(key)
        if isinstance(value, str):
            return [value.lower()]
        if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(item, str) for item in value["IN"]):
            return sorted({item.lower() for item in value["IN"]})
    return []


def _matchables(rule: Rule) -> list[tuple[str, dict]]:
    spec = rule.spec
    if rule.type == "substitution":
        return [(term, {"terms": [term]}) for term in spec["entries"]]
    if rule.type == "conditional":
        return [("if", spec["if"]), ("then", spec["then"])]
    return [("", {key: spec[key] for key in ("terms", "patterns") if key in spec})]


def _term_doc(nlp: Language, term: str) -> Doc:
    """A term as a phrase pattern whose words are also its lemmas (terms are written as lemmas)."""
    words = [token.lower_ for token in nlp.tokenizer(term.strip())]
    return Doc(nlp.vocab, words=words, lemmas=words)


def _longest(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches within one rule, in text order.

    A conditional's "if" and "then" are separate questions: "Wij
    verontschuldigen ons voor deze fout" holds both, so they never hide
    each other.
    """
    ordered = sorted(matches, key=lambda match: (match.offsets[0], -(match.offsets[1] - match.offsets[0])))
    kept: list[Match] = []
    last_end: dict[str, int] = {}
    for match in ordered:
        side = match.key if match.rule.type == "conditional" else ""
        if match.offsets[0] < last_end.get(side, -1):
            continue
        last_end[side] = match.offsets[1]
        kept.append(match)
    return kept
