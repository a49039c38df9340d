"""How often helder's passive -> active rewrites are offered and right, on labelled sentences.

The data is a YAML file with `items:`, each a sentence with one passive clause:
`text`, `agent` (true when it names who acts), `accepted` (the whole active
sentences a trainer accepts), `wij_ok` (agentless items: is "wij" the right
actor in a letter the service signs?) and `split` (train or heldout). Each
sentence goes through the full checker inside a short signed letter, as a
complaint officer would write it; the passive finding on the sentence is
the one measured. A rewrite is correct when the sentence with the finding's
replacement applied equals an accepted sentence, ignoring case and
punctuation. The repository's file is `tests/fixtures/rewrite/passives.yaml`;
tests/ is not packaged, so an installed helder needs `--data`.

Figures per split:
- detected: the passive detector's recall on these sentences;
- offered / correct: among sentences with an agent, how many get a rewrite,
  and how many of those are accepted;
- wij offered / correct: among agentless sentences, how many get a rewrite,
  and how many of those are right (wij is the right actor and the sentence
  is accepted; any rewrite where wij is wrong counts as wrong).
Failures are collected for the train split only: held-out errors stay unseen.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "rewrite" / "passives.yaml"
SPLITS = ("train", "heldout")
GREETING = "Beste mevrouw Peeters,\n\n"
LETTER = GREETING + "{sentence}\n\nMet vriendelijke groeten,\nAn Peeters\nDienst Wonen"
PASSIVE = "passive_voice"


class RewriteDataError(ValueError):
    """The sentence file is missing or malformed; the message is Dutch."""


@dataclass
class SplitFigures:
    sentences: int = 0
    detected: int = 0
    agent: int = 0
    agent_offered: int = 0
    agent_correct: int = 0
    agentless: int = 0
    wij_offered: int = 0
    wij_correct: int = 0
    wij_offered_wrongly: int = 0  # offered where wij is not the actor

    @property
    def recall(self) -> float:
        return _share(self.detected, self.sentences)

    @property
    def offered_share(self) -> float:
        return _share(self.agent_offered, self.agent)

    @property
    def correct_share(self) -> float:
        return _share(self.agent_correct, self.agent_offered)

    @property
    def wij_correct_share(self) -> float:
        return _share(self.wij_correct, self.wij_offered)

    def as_dict(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "detector_recall": round(self.recall, 3),
            "agent": {"sentences": self.agent, "offered": self.agent_offered, "correct": self.agent_correct,
                      "offered_share": round(self.offered_share, 3), "correct_share": round(self.correct_share, 3)},
            "agentless": {"sentences": self.agentless, "wij_offered": self.wij_offered, "wij_correct": self.wij_correct,
                          "wij_offered_where_wrong_actor": self.wij_offered_wrongly,
                          "wij_correct_share": round(self.wij_correct_share, 3)},
        }


@dataclass
class RewriteScores:
    figures: dict[str, SplitFigures]
    # Train-split failures only: (sentence, what went wrong, the rewritten sentence or "").
    train_errors: list[tuple[str, str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class Outcome:
    """What the checker did with one sentence."""

    detected: bool
    rewritten: str | None  # the whole sentence with the rewrite applied, or None when none was offered


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def normalise(sentence: str) -> str:
    """Lower case, punctuation dropped, single spaces: how rewrites are compared."""
    return " ".join(re.sub(r"[^\w\s]", " ", sentence.lower()).split())


def load_items(path: Path = DEFAULT_DATA) -> list[dict[str, Any]]:
    if not path.is_file():
        raise RewriteDataError(f"Het bestand met lijdende zinnen bestaat niet: {path}. Geef er een op met --data.")
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
        for item in items:
            if not (isinstance(item["text"], str) and isinstance(item["accepted"], list)
                    and item["split"] in SPLITS and isinstance(item["agent"], bool)):
                raise TypeError(item)
    except (KeyError, TypeError, yaml.YAMLError) as error:
        raise RewriteDataError(f"Het bestand {path} heeft niet de vorm van gelabelde lijdende zinnen: {error}") from error
    return list(items)


def outcomes(sentences: list[str], checker: Any = None) -> list[Outcome]:
    """Each sentence checked inside a signed letter: was its passive found, and what is the rewritten sentence?"""
    if checker is None:
        from helder import Checker

        checker = Checker()
    letters = [LETTER.format(sentence=sentence) for sentence in sentences]
    results = []
    for sentence, report in zip(sentences, checker.check_many(letters)):
        start, end = len(GREETING), len(GREETING) + len(sentence)
        found = [f for f in report.findings if f.dimension == PASSIVE and f.start < end and start < f.end]
        offered = next((f for f in found if f.replacements), None)
        rewritten = None
        if offered is not None:
            rewritten = sentence[: offered.start - start] + offered.replacements[0] + sentence[offered.end - start :]
        results.append(Outcome(bool(found), rewritten))
    return results


def evaluate(items: list[dict[str, Any]], checker: Any = None) -> RewriteScores:
    """The figures per split, and the train split's failures."""
    scores = RewriteScores({split: SplitFigures() for split in SPLITS})
    for item, outcome in zip(items, outcomes([item["text"] for item in items], checker)):
        figures = scores.figures[item["split"]]
        accepted = {normalise(sentence) for sentence in item["accepted"]}
        right = outcome.rewritten is not None and normalise(outcome.rewritten) in accepted
        figures.sentences += 1
        figures.detected += outcome.detected
        offered = outcome.rewritten is not None
        if item["agent"]:
            figures.agent += 1
            figures.agent_offered += offered
            figures.agent_correct += right
        else:
            right = right and bool(item.get("wij_ok"))
            figures.agentless += 1
            figures.wij_offered += offered
            figures.wij_correct += right
            figures.wij_offered_wrongly += offered and not item.get("wij_ok")
        if item["split"] == "train":
            problem = _problem(item, outcome, right)
            if problem:
                scores.train_errors.append((item["text"], problem, outcome.rewritten or ""))
    return scores


def _problem(item: dict[str, Any], outcome: Outcome, right: bool) -> str:
    if not outcome.detected:
        return "niet gevonden"
    if outcome.rewritten is None:
        return "geen herschrijving" if item["agent"] or item.get("wij_ok") else ""
    if right:
        return ""
    if not item["agent"] and not item.get("wij_ok"):
        return "wij-gok waar wij niet handelt"
    return "foute herschrijving"


def format_json(scores: RewriteScores) -> str:
    return json.dumps({split: figures.as_dict() for split, figures in scores.figures.items()}, indent=2)


def format_text(scores: RewriteScores, show_errors: bool = False) -> str:
    lines = []
    for split, f in scores.figures.items():
        lines += [
            f"{'train' if split == 'train' else 'achtergehouden'} ({f.sentences} zinnen):",
            f"  lijdende vorm gevonden        {f.detected:>4}/{f.sentences:<4} {f.recall:.2f}",
            "  met handelende persoon:",
            f"    herschrijving aangeboden    {f.agent_offered:>4}/{f.agent:<4} {f.offered_share:.2f}",
            f"    juist, van de aangeboden    {f.agent_correct:>4}/{f.agent_offered:<4} {f.correct_share:.2f}",
            "  zonder handelende persoon (wij-gok):",
            f"    aangeboden                  {f.wij_offered:>4}/{f.agentless:<4}",
            f"    juist, van de aangeboden    {f.wij_correct:>4}/{f.wij_offered:<4} {f.wij_correct_share:.2f}",
            f"    aangeboden waar wij niet handelt {f.wij_offered_wrongly:>4}",
        ]
    if show_errors:
        lines.append(f"\nfouten in het trainingsdeel ({len(scores.train_errors)}):")
        for text, problem, rewritten in scores.train_errors:
            lines.append(f"  {problem}: {text}" + (f"\n      -> {rewritten}" if rewritten else ""))
    return "\n".join(lines)
