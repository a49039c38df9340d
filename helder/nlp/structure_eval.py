"""Precision and recall of the sentence-structure detectors on labelled sentences.

The data is a YAML file with `sentences:`, each with `text`, `labels` (the
structures a trainer would mark) and `split` (train or heldout). A sentence
counts per structure: found and labelled is a hit, found and not labelled a
false alarm, labelled and not found a miss. The repository's file is
`tests/fixtures/structure/sentences.yaml`; tests/ is not packaged, so an
installed helder needs `--data`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from spacy.language import Language

from helder.nlp.structure import KINDS, find_structures

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "structure" / "sentences.yaml"
SPLITS = ("train", "heldout")


class StructureDataError(ValueError):
    """The sentence file is missing or malformed; the message is Dutch."""


@dataclass
class Counts:
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0

    @property
    def precision(self) -> float:
        found = self.hits + self.false_alarms
        return self.hits / found if found else 1.0

    @property
    def recall(self) -> float:
        labelled = self.hits + self.misses
        return self.hits / labelled if labelled else 1.0


@dataclass
class StructureScores:
    counts: dict[str, dict[str, Counts]]
    sentences: dict[str, int]
    # Train-split mistakes only (text, structure, "gemist" or "vals alarm"): held-out errors stay unseen.
    train_errors: list[tuple[str, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            split: {
                "sentences": self.sentences[split],
                **{
                    kind: {"precision": round(c.precision, 3), "recall": round(c.recall, 3),
                           "hits": c.hits, "false_alarms": c.false_alarms, "misses": c.misses}
                    for kind, c in self.counts[split].items()
                },
            }
            for split in SPLITS
        }


def load_sentences(path: Path) -> list[dict]:
    if not path.is_file():
        raise StructureDataError(f"Het bestand met zinnen bestaat niet: {path}")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise StructureDataError(f"Het bestand {path} is geen geldig YAML-bestand: {error}") from error
    sentences = data.get("sentences") if isinstance(data, dict) else None
    if not isinstance(sentences, list) or not sentences:
        raise StructureDataError(f"Het bestand {path} bevat geen lijst 'sentences'.")
    for number, item in enumerate(sentences, 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise StructureDataError(f"Zin {number} in {path} heeft geen tekst.")
        if item.get("split") not in SPLITS:
            raise StructureDataError(f"Zin {number} in {path}: 'split' moet 'train' of 'heldout' zijn.")
        unknown = set(item.get("labels") or []) - set(KINDS)
        if unknown:
            raise StructureDataError(f"Zin {number} in {path} heeft een onbekend label: {', '.join(sorted(unknown))}.")
    return sentences


def evaluate_structures(sentences: list[dict], nlp: Language, **options) -> StructureScores:
    """Score each structure per split; `options` are the detectors' thresholds."""
    counts = {split: {kind: Counts() for kind in KINDS} for split in SPLITS}
    totals = dict.fromkeys(SPLITS, 0)
    errors: list[tuple[str, str, str]] = []
    docs = nlp.pipe(item["text"] for item in sentences)
    for item, doc in zip(sentences, docs):
        split = item["split"]
        totals[split] += 1
        found = {structure.kind for structure in find_structures(doc, **options)}
        expected = set(item.get("labels") or [])
        for kind in KINDS:
            tally = counts[split][kind]
            if kind in found and kind in expected:
                tally.hits += 1
            elif kind in found:
                tally.false_alarms += 1
            elif kind in expected:
                tally.misses += 1
            if split == "train" and (kind in found) != (kind in expected):
                errors.append((item["text"], kind, "gemist" if kind in expected else "vals alarm"))
    return StructureScores(counts, totals, errors)


def format_json(scores: StructureScores) -> str:
    return json.dumps(scores.as_dict(), indent=2, ensure_ascii=False)


def format_text(scores: StructureScores, max_errors: int = 0) -> str:
    lines = []
    for split in SPLITS:
        lines.append(f"{split} ({scores.sentences[split]} zinnen)")
        lines.append(f"  {'structuur':<20} {'precisie':>8} {'recall':>8} {'juist':>6} {'vals':>6} {'gemist':>6}")
        for kind, tally in scores.counts[split].items():
            lines.append(
                f"  {kind:<20} {tally.precision:>8.2f} {tally.recall:>8.2f} "
                f"{tally.hits:>6} {tally.false_alarms:>6} {tally.misses:>6}"
            )
    if max_errors > 0:
        lines.append("\nfouten in het afstemmingsdeel (train):")
        lines += [f"  {what:<10} {kind:<20} {text}" for text, kind, what in scores.train_errors[:max_errors]]
    return "\n".join(lines)
