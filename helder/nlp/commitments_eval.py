"""Precision and recall of the sentence reader in `helder.nlp.commitments`.

Scores the labelled sentences (tests/fixtures/solution/sentences.yaml) per
category, for the train and the held-out split separately. The held-out
split was fixed before the cues were written; tune only on train.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from helder.nlp import load_pipeline
from helder.nlp.commitments import Cues, read

CATEGORIES = (
    "outcome", "reason", "action", "dated_action", "vague_promise", "reader_action", "contact", "learning", "none",
)
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "solution" / "sentences.yaml"


@dataclass(frozen=True)
class Score:
    support: int
    true_positives: int
    predicted: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 1.0


def solution_cues(profile_id: str | None = None) -> Cues:
    """The cues of every rule in rules/solution.yaml, with the profile's second line."""
    from helder.profiles import DEFAULT_PROFILE
    from helder.profiles import load as load_profile
    from helder.rulebook import load_rules

    profile = load_profile(profile_id or DEFAULT_PROFILE)
    options: dict[str, Any] = {}
    for rule in load_rules():
        if rule.dimension == "solution":
            options.update(rule.spec.get("options") or {})
    return Cues.with_second_line(options, profile.escalation, profile.local_service)


def load_sentences(path: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return list(data["sentences"])


def evaluate(path: Path = DEFAULT_DATA) -> dict[str, dict[str, Score]]:
    """Per split, per category: support, true positives and predictions."""
    sentences = load_sentences(path)
    cues = solution_cues()
    nlp = load_pipeline()
    predictions = [read(doc, cues).labels for doc in nlp.pipe(item["text"] for item in sentences)]
    result: dict[str, dict[str, Score]] = {}
    for split in ("train", "heldout"):
        pairs = [(set(item["labels"]), found) for item, found in zip(sentences, predictions) if item["split"] == split]
        result[split] = {
            category: Score(
                support=sum(category in gold for gold, _ in pairs),
                true_positives=sum(category in gold and category in found for gold, found in pairs),
                predicted=sum(category in found for _, found in pairs),
            )
            for category in CATEGORIES
        }
    return result


def errors(path: Path = DEFAULT_DATA, split: str = "train") -> list[tuple[str, list[str], list[str]]]:
    """The sentences of one split where the reader disagrees with the labels."""
    sentences = [item for item in load_sentences(path) if item["split"] == split]
    cues = solution_cues()
    nlp = load_pipeline()
    wrong = []
    for item, doc in zip(sentences, nlp.pipe(item["text"] for item in sentences)):
        found = read(doc, cues).labels
        if set(item["labels"]) != set(found):
            wrong.append((item["text"], sorted(item["labels"]), sorted(found)))
    return wrong


def format_json(result: dict[str, dict[str, Score]]) -> str:
    return json.dumps({
        split: {
            category: {
                "support": score.support, "precision": round(score.precision, 3), "recall": round(score.recall, 3),
            }
            for category, score in scores.items()
        }
        for split, scores in result.items()
    }, indent=2)


def format_text(result: dict[str, dict[str, Score]]) -> str:
    lines = []
    for split, scores in result.items():
        lines.append(f"{'train' if split == 'train' else 'achtergehouden'}:")
        lines.append(f"  {'categorie':<15}{'aantal':>7}{'precisie':>10}{'recall':>8}")
        for category, score in scores.items():
            lines.append(f"  {category:<15}{score.support:>7}{score.precision:>10.2f}{score.recall:>8.2f}")
    return "\n".join(lines)
