"""Score helder's pipeline against a UD Dutch CoNLL-U file, starting from raw text.

The pipeline sees only the text, as it does in use: it tokenises, splits
sentences, tags, lemmatises and parses on its own, and spaCy's alignment maps
its tokens onto the gold words. Gold sentences are grouped into multi-sentence
docs (`to_docs`), so sentence splitting is scored as well.

Verb lemmas get their own score, by class, because helder matches jargon
on them ("verzocht" must become "verzoeken"): every gold VERB/AUX token that
is a participle or a past tense counts, and its class comes from the gold
lemma and form (`verb_form_class`):

- separable: the form holds a separable particle before the verb ("teruggestort",
  gold lemma "terug_storten"; in files without the "_" marker: particle + "ge");
- regular: the form is one of the weak (-de/-te, ge-...-d/-t) forms of the lemma;
- strong: everything else: strong and irregular verbs ("bekwam", "verzocht", "had").

A finite verb split from its particle ("stortte ... terug") is scored against
the verb without the particle ("storten") and classed as regular or strong:
helder joins the particle itself through the parse (`helder/matching.py`).
"""

from __future__ import annotations

import itertools
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
from helder.nlp.passive import _PARTICLES, find_passives

SCORE_KEYS = (
    "pos_acc", "morph_acc", "lemma_acc", "uas", "las", "sents_f",
    "passive_p", "passive_r", "passive_f", "regex_passive_p", "regex_passive_r", "regex_passive_f",
    "verb_lemma_all", "verb_lemma_regular", "verb_lemma_strong", "verb_lemma_separable",
)

VERB_CLASSES = ("regular", "strong", "separable")
_PARTICLE_PARTICIPLE = re.compile(rf"^(?:{_PARTICLES})ge")
_PARTICLE_LEMMA = re.compile(rf"^(?:{_PARTICLES})")
_NO_GE_PREFIXES = ("be", "ge", "her", "ver", "ont", "er")
_VOICELESS = frozenset("tkfschpx")  # 't kofschip: these stems take -te / -t

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
    verbs = verb_lemma_counts(predicted, gold_docs, sentences)
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
        **{f"verb_lemma_{name}": _share(verbs[name]) for name in ("all", *VERB_CLASSES)},
        "verb_lemma_n": {name: verbs[name][1] for name in ("all", *VERB_CLASSES)},
        "words_per_second": round(n_words / seconds) if seconds > 0 else 0,
    }
    for key in SCORE_KEYS:
        result[key] = round(float(result[key] or 0.0), 4)
    return result


def _share(counts: list[int]) -> float:
    return counts[0] / counts[1] if counts[1] else 0.0


def weak_forms(lemma: str) -> set[str]:
    """The regular (weak) past tenses and participles of an infinitive: "storten" -> stortte(n), gestort(e)."""
    if not lemma.endswith("en") or len(lemma) < 4:
        return set()
    base = lemma[:-2]
    if len(base) > 1 and base[-1] == base[-2] and base[-1] not in "aeiou":
        stems = {base[:-1]}  # "zetten" -> "zet"
    else:
        stems = {base}
        if len(base) > 2 and base[-1] not in "aeiouy" and base[-2] in "aeou" and base[-3] not in "aeiouy":
            stems.add(base[:-1] + base[-2] + base[-1])  # open syllable: "maken" -> "maak"
    ending = "t" if base[-1] in _VOICELESS else "d"
    # Unstressed prefixes drop "ge-" ("betaald"); "over-", "onder-" and the like may or may not ("overlegd").
    prefixes = ("",) if lemma.startswith(_NO_GE_PREFIXES) else ("", "ge")
    forms = set()
    for stem, prefix in itertools.product(stems, prefixes):
        stem = stem[:-1] + {"v": "f", "z": "s"}.get(stem[-1], stem[-1])  # "leven" -> "leef"
        past = stem + ending + "e"
        participle = prefix + stem + ("" if stem.endswith(ending) else ending)
        forms |= {past, past + "n", participle, participle + "e"}
    return forms


def verb_form_class(form: str, raw_lemma: str) -> tuple[str, str]:
    """(class, expected lemma) of a gold participle or past tense; see the module docstring."""
    form, lemma = form.lower(), normalise_lemma(raw_lemma).lower()
    particle = raw_lemma.lower().split("_", 1)[0] if "_" in raw_lemma else ""
    if particle and not form.startswith(particle):
        lemma = raw_lemma.lower().rsplit("_", 1)[1]  # split off: "stortte ... terug" -> "storten"
    elif particle or (_PARTICLE_PARTICIPLE.match(form) and _PARTICLE_LEMMA.match(lemma)
                      and form.startswith(lemma[: form.index("ge", 1)])):
        return "separable", lemma
    return ("regular" if form in weak_forms(lemma) else "strong"), lemma


def verb_lemma_counts(predicted: list[Doc], gold: list[Doc], sentences: list) -> dict[str, list[int]]:
    """[correct, total] of verb lemmas per class and overall, over gold tokens aligned one-to-one."""
    raw = iter(lemma for sentence in sentences for lemma in sentence.raw_lemmas)
    counts = {name: [0, 0] for name in ("all", *VERB_CLASSES)}
    for pred, gold_doc in zip(predicted, gold):
        alignment = Example(pred, gold_doc).alignment
        for token in gold_doc:
            raw_lemma = next(raw)
            if token.pos_ not in ("VERB", "AUX") or not ("Part" in token.morph.get("VerbForm")
                                                         or "Past" in token.morph.get("Tense")):
                continue
            aligned = alignment.y2x[token.i]
            if len(aligned) != 1 or pred[int(aligned[0])].text != token.text:
                continue
            name, expected = verb_form_class(token.text, raw_lemma)
            correct = pred[int(aligned[0])].lemma_.lower() == expected
            for key in ("all", name):
                counts[key][0] += correct
                counts[key][1] += 1
    return counts


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
        if clause.kind != "krijgen":  # UD marks only worden/zijn passives (aux:pass), not the krijgen-passive
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
    ("Werkwoordlemma (deelw., verl. tijd)", "verb_lemma_all"),
    ("  regelmatig", "verb_lemma_regular"),
    ("  sterk en onregelmatig", "verb_lemma_strong"),
    ("  scheidbaar", "verb_lemma_separable"),
)


def format_text(results: dict | list[dict]) -> str:
    """One result, or several (one column per file), as an aligned table for the terminal."""
    results = [results] if isinstance(results, dict) else results
    lines = [f"Model:    {results[0]['model']}"]
    lines += [f"Bestand {i}: {r['file']} ({r['n_sentences']} zinnen, {r['n_words']} woorden)"
              for i, r in enumerate(results, start=1)]
    width = max(len(label) for label, _ in _ROWS)
    header = "".join(f"  {f'[{i}]':>8}" for i in range(1, len(results) + 1))
    lines += ["", f"{'':<{width}}{header}"]
    for label, key in _ROWS:
        lines.append(f"{label:<{width}}" + "".join(f"  {r[key]:8.3f}" for r in results))
    counts = "".join(f"  {r['verb_lemma_n']['all']:8d}" for r in results)
    lines.append(f"{'Werkwoordvormen (aantal)':<{width}}{counts}")
    lines.append(f"{'Snelheid (woorden/s)':<{width}}" + "".join(f"  {r['words_per_second']:8d}" for r in results))
    return "\n".join(lines)


def format_json(results: dict | list[dict]) -> str:
    """One result, or a list of them, as JSON."""
    return json.dumps(results, ensure_ascii=False, indent=2)
