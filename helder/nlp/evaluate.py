"""Score helder's pipeline against a UD Dutch CoNLL-U file, starting from raw text.

The pipeline sees only the text, as it does in use: it tokenises, splits
sentences, tags, lemmatises and parses on its own, and spaCy's alignment maps
its tokens onto the gold words. Gold sentences are grouped into multi-sentence
docs (`to_docs`), so sentence splitting is scored as well.
"""

from __future__ import annotations

import json
import re
import time
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.scorer import PRFScore, Scorer
from spacy.tokens import Doc
from spacy.training import Example

from helder.nlp import load_pipeline
from helder.nlp.conllu import CoNLLUError, normalise_lemma, read_sentences, to_docs
from helder.nlp.passive import find_passives

SCORE_KEYS = (
    "pos_acc", "morph_acc", "lemma_acc", "uas", "las", "sents_f",
    "passive_p", "passive_r", "passive_f", "regex_passive_p", "regex_passive_r", "regex_passive_f",
)

# The naive baseline the detector must beat: a form of "worden" and a word "ge...d/t" in one sentence.
_REGEX_WORDEN = re.compile(r"\b(?:word|wordt|worden|werd|werden|geworden)\b", re.IGNORECASE)
_REGEX_PARTICIPLE = re.compile(r"\bge\w+[dt]\b", re.IGNORECASE)


@dataclass(frozen=True)
class SentencePassive:
    """Whether one gold sentence is passive: by the gold tree, by helder's detector, by the regex."""

    text: str
    gold: bool
    detected: bool
    regex: bool


def evaluate(path: Path, nlp: Language | None = None, sents_per_doc: int = 10) -> dict:
    """Scores of `nlp` (default: the shipped pipeline) on the CoNLL-U file at `path`.

    Raises CoNLLUError for a broken or empty file, ModelError when no pipeline can be loaded.
    """
    nlp = nlp or load_pipeline()
    sentences = list(read_sentences(path))
    if not sentences:
        raise CoNLLUError(f"{path}: het bestand bevat geen zinnen")
    gold_docs = list(to_docs(nlp.vocab, sentences, sents_per_doc))
    started = time.perf_counter()
    predicted = list(nlp.pipe(doc.text for doc in gold_docs))
    seconds = time.perf_counter() - started
    for doc in predicted:
        for token in doc:
            token.lemma_ = normalise_lemma(token.lemma_)
    scores = Scorer(nlp).score([Example(pred, gold) for pred, gold in zip(predicted, gold_docs)])
    passives = [flag for pred, gold in zip(predicted, gold_docs) for flag in sentence_passives(pred, gold)]
    n_words = sum(len(sentence.words) for sentence in sentences)
    result = {
        "model": f"{nlp.meta.get('name', '?')} {nlp.meta.get('version', '?')}",
        "file": path.name,
        "n_sentences": len(sentences),
        "n_words": n_words,
        "pos_acc": scores["pos_acc"],
        "morph_acc": scores["morph_acc"],
        "lemma_acc": scores["lemma_acc"],
        "uas": scores["dep_uas"],
        "las": scores["dep_las"],
        "sents_f": scores["sents_f"],
        **_prf("passive", [(s.gold, s.detected) for s in passives]),
        **_prf("regex_passive", [(s.gold, s.regex) for s in passives]),
        "words_per_second": round(n_words / seconds) if seconds > 0 else 0,
    }
    for key in SCORE_KEYS:
        result[key] = round(float(result[key] or 0.0), 4)
    return result


def sentence_passives(predicted: Doc, gold: Doc) -> list[SentencePassive]:
    """One verdict per gold sentence of `gold`, which `predicted` parses from the same text.

    The predicted sentences need not match the gold ones, so detected clauses
    are mapped by character offset, not by sentence: a clause counts for the
    gold sentence that contains the first character of its participle (the
    verb the passive is about). Both docs share one text, so offsets agree
    whatever the tokenisation; a gold sentence is "detected" when at least one
    clause maps into it. The regex baseline sees each gold sentence's text.
    """
    sentences = list(gold.sents)
    starts = [sentence.start_char for sentence in sentences]
    detected = set()
    for clause in find_passives(predicted):
        detected.add(bisect_right(starts, clause.participle.idx) - 1)
    return [
        SentencePassive(
            text=sentence.text,
            gold=any(token.dep_ == "aux:pass" for token in sentence),
            detected=index in detected,
            regex=bool(_REGEX_WORDEN.search(sentence.text) and _REGEX_PARTICIPLE.search(sentence.text)),
        )
        for index, sentence in enumerate(sentences)
    ]


def _prf(prefix: str, pairs: list[tuple[bool, bool]]) -> dict[str, float]:
    score = PRFScore()
    for gold, predicted in pairs:
        score.tp += gold and predicted
        score.fp += predicted and not gold
        score.fn += gold and not predicted
    return {f"{prefix}_p": score.precision, f"{prefix}_r": score.recall, f"{prefix}_f": score.fscore}


_ROWS = (
    ("Woordsoort (UPOS)", "pos_acc"),
    ("Morfologie", "morph_acc"),
    ("Lemma", "lemma_acc"),
    ("Afhankelijkheden UAS", "uas"),
    ("Afhankelijkheden LAS", "las"),
    ("Zinsgrenzen F", "sents_f"),
    ("Lijdende vorm P", "passive_p"),
    ("Lijdende vorm R", "passive_r"),
    ("Lijdende vorm F", "passive_f"),
    ("Lijdende vorm F, naïeve regex", "regex_passive_f"),
)


def format_text(result: dict) -> str:
    """The result as an aligned table for the terminal."""
    lines = [
        f"Model:    {result['model']}",
        f"Bestand:  {result['file']} ({result['n_sentences']} zinnen, {result['n_words']} woorden)",
        "",
    ]
    width = max(len(label) for label, _ in _ROWS)
    lines += [f"{label:<{width}}  {result[key]:6.3f}" for label, key in _ROWS]
    lines.append(f"{'Snelheid (woorden/s)':<{width}}  {result['words_per_second']:6d}")
    return "\n".join(lines)


def format_json(result: dict) -> str:
    """The result as JSON."""
    return json.dumps(result, ensure_ascii=False, indent=2)
