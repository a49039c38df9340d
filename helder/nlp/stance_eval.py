"""Score the stance reader (helder/nlp/stance.py) on labelled sentences.

The sentences (tests/fixtures/empathy/sentences.yaml) carry a list of
labels and a split fixed before tuning: train, and a held-out third that
is only ever measured. A sentence without cues counts as "none".
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from spacy.language import Language

from helder.nlp.stance import CATEGORIES, categories, read_text

LABELS = (*CATEGORIES, "none")
SPLITS = ("train", "heldout")
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "empathy" / "sentences.yaml"


class SentenceDataError(ValueError):
    """The labelled sentences are not in the expected shape (the message is Dutch)."""


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else None


def load_sentences(path: Path = DEFAULT_DATA) -> list[dict]:
    """The labelled sentences, checked: text, known labels and a split for each."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SentenceDataError(f"Het bestand {path} kan niet gelezen worden als YAML: {error}") from error
    sentences = document.get("sentences") if isinstance(document, dict) else None
    if not isinstance(sentences, list):
        raise SentenceDataError(f"Het bestand {path} heeft geen lijst 'sentences'.")
    for number, item in enumerate(sentences, start=1):
        if not (isinstance(item, dict) and isinstance(item.get("text"), str) and isinstance(item.get("labels"), list)):
            raise SentenceDataError(f"Zin {number} in {path} heeft geen 'text' en 'labels'.")
        unknown = set(item["labels"]) - set(LABELS)
        if unknown or item.get("split") not in SPLITS:
            raise SentenceDataError(
                f"Zin {number} in {path}: onbekend label {sorted(unknown)} of deel '{item.get('split')}' "
                f"(labels: {', '.join(LABELS)}; delen: {', '.join(SPLITS)})."
            )
    return sentences


def predict(nlp: Language, text: str) -> set[str]:
    found = set().union(*(categories(cues) for cues in read_text(nlp(text)))) if text else set()
    return found or {"none"}


def evaluate(nlp: Language, sentences: list[dict], split: str) -> tuple[dict[str, Score], list[tuple[str, set, set]]]:
    """Precision and recall per label on one split, and the sentences it got wrong."""
    counts: Counter[tuple[str, str]] = Counter()
    errors = []
    for item in sentences:
        if item["split"] != split:
            continue
        gold, found = set(item["labels"]), predict(nlp, item["text"])
        for label in LABELS:
            if label in gold and label in found:
                counts[(label, "tp")] += 1
            elif label in found:
                counts[(label, "fp")] += 1
            elif label in gold:
                counts[(label, "fn")] += 1
        if gold != found:
            errors.append((item["text"], gold, found))
    scores = {label: Score(counts[(label, "tp")], counts[(label, "fp")], counts[(label, "fn")]) for label in LABELS}
    return scores, errors


def evaluate_splits(nlp: Language, sentences: list[dict]) -> tuple[dict[str, dict[str, Score]], list[tuple[str, set, set]]]:
    """Scores on every split, and the errors on the train split only (the held-out part is never inspected)."""
    results, train_errors = {}, []
    for split in SPLITS:
        results[split], errors = evaluate(nlp, sentences, split)
        if split == "train":
            train_errors = errors
    return results, train_errors


def format_json(results: dict[str, dict[str, Score]]) -> str:
    return json.dumps(
        {
            split: {
                label: {"precision": score.precision, "recall": score.recall,
                        "n": score.true_positives + score.false_negatives}
                for label, score in scores.items()
            }
            for split, scores in results.items()
        },
        indent=2,
    )


def format_scores(results: dict[str, dict[str, Score]]) -> str:
    """A table: per label, precision and recall on each split."""
    splits = list(results)
    header = f"{'categorie':<17}" + "".join(f"{split + ' P':>12}{split + ' R':>12}{'n':>5}" for split in splits)
    lines = [header, "-" * len(header)]

    def cell(value: float | None) -> str:
        return f"{value:>12.2f}" if value is not None else f"{'-':>12}"

    for label in LABELS:
        row = f"{label:<17}"
        for split in splits:
            score = results[split][label]
            row += cell(score.precision) + cell(score.recall) + f"{score.true_positives + score.false_negatives:>5}"
        lines.append(row)
    return "\n".join(lines)
