"""Turn a letter into what every dimension reads: parts, parsed sentences, passives.

The letter is segmented first (salutation, body, closing, signature ...),
then each sentence is parsed on its own. A token's offset in the input is
the sentence's start plus the token's index in the sentence, so offsets stay
exact whatever the input contains.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from helder.nlp.passive import PassiveClause, find_passives
from helder.segment import Segmentation, segment
from helder.text import prepare

SCOPES = {
    "body": ("body",),
    "salutation": ("salutation",),
    "closing": ("closing",),
    "signature": ("signature",),
    "letter": ("subject", "reference", "salutation", "body", "closing", "signature", "other"),
}


_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def is_word(token: Token) -> bool:
    """Words are tokens with a letter or digit; punctuation and symbols are not counted."""
    return _LETTER_OR_DIGIT.search(token.text) is not None


@dataclass
class ParsedSentence:
    start: int
    end: int
    part: str
    doc: Doc

    @cached_property
    def words(self) -> int:
        return sum(1 for token in self.doc if is_word(token))

    @cached_property
    def passives(self) -> list[PassiveClause]:
        return find_passives(self.doc) if self.part == "body" else []

    def offsets(self, item: Token | Span) -> tuple[int, int]:
        """Input offsets of a token or span of this sentence."""
        if isinstance(item, Token):
            return self.start + item.idx, self.start + item.idx + len(item.text)
        return self.start + item.start_char, self.start + item.end_char


@dataclass
class Analysis:
    text: str
    prepared: str
    segmentation: Segmentation
    sentences: list[ParsedSentence]
    nlp: Language  # the pipeline that parsed the letter: rewrites are parsed with it before they are offered

    def in_scope(self, scope: str) -> list[ParsedSentence]:
        kinds = SCOPES[scope]
        return [sentence for sentence in self.sentences if sentence.part in kinds]

    @cached_property
    def body(self) -> list[ParsedSentence]:
        return self.in_scope("body")

    @cached_property
    def body_words(self) -> int:
        return sum(sentence.words for sentence in self.body)


def _units(text: str) -> tuple[str, Segmentation, list[tuple[int, int, str]]]:
    prepared = prepare(text)
    segmentation = segment(prepared)
    units = [(sentence.start, sentence.end, sentence.part) for sentence in segmentation.sentences]
    return prepared, segmentation, units


def analyse_many(nlp: Language, texts: Iterable[str], batch_size: int = 64, n_process: int = 1) -> Iterator[Analysis]:
    """Analyse letters in a stream, parsing all their body sentences through one `nlp.pipe`.

    Address blocks, salutations, closings and signatures are only tokenised:
    the rules that read them match words, not structure.
    """
    for chunk in _chunks(texts, batch_size):
        prepared_chunk = [_units(text) for text in chunk]
        # A line break inside a sentence is a soft wrap: the parser and the term matchers see a space.
        body_texts = [
            prepared[start:end].replace("\n", " ")
            for prepared, _, units in prepared_chunk
            for start, end, part in units
            if part == "body"
        ]
        parsed = iter(nlp.pipe(body_texts, batch_size=256, n_process=n_process))
        for text, (prepared, segmentation, units) in zip(chunk, prepared_chunk):
            sentences = [
                ParsedSentence(start, end, part, next(parsed) if part == "body" else nlp.make_doc(prepared[start:end]))
                for start, end, part in units
            ]
            yield Analysis(text=text, prepared=prepared, segmentation=segmentation, sentences=sentences, nlp=nlp)


def _chunks(items: Iterable[str], size: int) -> Iterator[list[str]]:
    chunk: list[str] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
