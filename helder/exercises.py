"""Trainer exercises as data: load, validate, and check a rewrite against its goals.

An exercise (one YAML file in `exercises/`, schema `schema/exercise.schema.json`)
gives a poor letter, the goal in words and as machine-checkable goals. The goal
vocabulary is evaluated on a report dict (`Report.to_dict()`), so the web page,
its live script (through the server) and the tests judge a rewrite the same way:

- `min_score: 75`: the total score is at least 75;
- `dimension_ok: [escalation, empathy]`: these dimensions have status `ok`;
- `min_dimension_score: {jargon: 90}`: a dimension scores at least this;
- `no_findings: [passive_voice, jargon.ambtelijk]`: no finding of a rule, a rule
  family or a dimension (an id or a prefix, as in a profile's `disable:`);
- `max_avg_sentence_words: 15` and `max_sentence_words: 20`: sentence length in
  the body of the letter;
- `present: [solution.action, escalation.complete]`: a dimension metric is true.

`HELDER_EXERCISES` (environment or app setting) names the folders to read,
separated by `os.pathsep`; the word `standaard` stands for the built-in set, so
`standaard:/srv/oefeningen` extends it and `/srv/oefeningen` replaces it. An
exercise with the id of an earlier one replaces it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import jsonschema

from helder.errors import HelderError
from helder.report import DIMENSION_IDS
from helder.resources import data_dir
from helder.rulebook import is_disabled
from helder.yamlfile import load_mapping

EXERCISES_ENV = "HELDER_EXERCISES"
BUILT_IN = "standaard"
_SCHEMA_PATH = Path(__file__).parent / "schema" / "exercise.schema.json"

# Dutch names of the metrics a `present` goal can ask for.
PRESENT_LABELS = {
    "empathy.thanks": "Een bedanking voor de klacht",
    "empathy.acknowledgement": "Erkenning van wat de burger meemaakte",
    "empathy.apology": "Excuses voor de fout",
    "escalation.complete": "Een volledige wat-nu-alinea (voorwaarde, instantie, kanaal)",
    "personal_tone.personal_salutation": "Een aanhef met de naam van de burger",
    "solution.outcome": "De uitkomst van de klacht",
    "solution.reason": "De reden van de uitkomst",
    "solution.action": "Een concrete actie van de dienst",
    "solution.reader_action": "Wat de burger moet doen (of dat die niets hoeft te doen)",
    "solution.contact": "Een contactpersoon voor vragen",
    "solution.learning": "Wat de dienst verandert na de fout",
}


class ExerciseError(HelderError):
    """An exercise file is broken; the message names the file and the problem."""


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str
    level: str
    situation: str
    text: str
    goal: str
    goals: dict[str, Any]
    hints: tuple[str, ...]
    model_answer: str
    dimensions: tuple[str, ...]
    path: Path


@dataclass(frozen=True)
class GoalResult:
    """One checkable goal: what it asks (Dutch), whether the text meets it, and why not."""

    key: str
    label: str
    met: bool
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "met": self.met, "detail": self.detail}


@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    return jsonschema.Draft202012Validator(json.loads(_SCHEMA_PATH.read_text(encoding="utf-8")))


def load_exercise(path: Path) -> Exercise:
    """Read and validate one exercise file."""
    document = load_mapping(path, "Oefening", ExerciseError, "onder meer 'id', 'title' en 'goals'")
    error = jsonschema.exceptions.best_match(_validator().iter_errors(document))
    if error is not None:
        where = "/".join(str(part) for part in error.absolute_path) or "bestand"
        raise ExerciseError(f"Oefening {path}, veld '{where}': {error.message}")
    return Exercise(
        id=document["id"], title=document["title"], level=document["level"],
        situation=document["situation"].strip(), text=document["text"], goal=document["goal"],
        goals=document["goals"], hints=tuple(document["hints"]), model_answer=document["model_answer"],
        dimensions=tuple(document.get("dimensions", ())), path=path,
    )


def exercise_dirs(setting: str | None = None) -> list[Path]:
    """The folders to read: `setting` (or HELDER_EXERCISES), else the built-in set."""
    value = setting if setting is not None else os.environ.get(EXERCISES_ENV, "")
    parts = [part for part in value.split(os.pathsep) if part.strip()] or [BUILT_IN]
    return [data_dir("exercises") if part == BUILT_IN else Path(part) for part in parts]


def load_exercises(setting: str | None = None) -> list[Exercise]:
    """Every exercise, in folder and file-name order; a later id replaces an earlier one."""
    found: dict[str, Exercise] = {}
    for folder in exercise_dirs(setting):
        if not folder.is_dir():
            raise ExerciseError(f"Oefenmap {folder} bestaat niet.")
        for path in sorted(folder.glob("*.yaml")):
            exercise = load_exercise(path)
            found[exercise.id] = exercise
    return list(found.values())


def evaluate(goals: dict[str, Any], report: dict[str, Any]) -> list[GoalResult]:
    """Check each goal on a report dict, in the order the vocabulary lists them."""
    dimensions = report["dimensions"]

    def label(dimension: str) -> str:
        return dimensions.get(dimension, {}).get("label", dimension)

    results: list[GoalResult] = []
    if "min_score" in goals:
        results.append(GoalResult("min_score", f"Totaalscore minstens {goals['min_score']}",
                                  report["score"] >= goals["min_score"], f"nu {report['score']}"))
    for dimension in goals.get("dimension_ok", ()):
        result = dimensions[dimension]
        results.append(GoalResult(f"dimension_ok:{dimension}", f"‘{label(dimension)}’ in orde",
                                  result["status"] == "ok", f"nu {result['score']}/100"))
    for dimension, minimum in goals.get("min_dimension_score", {}).items():
        score = dimensions[dimension]["score"]
        results.append(GoalResult(f"min_dimension_score:{dimension}", f"‘{label(dimension)}’ minstens {minimum}",
                                  score >= minimum, f"nu {score}/100"))
    for rule in goals.get("no_findings", ()):
        hits = [finding for finding in report["findings"] if is_disabled(finding["rule"], [rule])]
        name = f"over ‘{label(rule)}’" if rule in DIMENSION_IDS else f"van de regel {rule}"
        quoted = ", ".join(dict.fromkeys(f"‘{hit['text'].strip()[:40]}’" for hit in hits if hit["scope"] == "span"))
        results.append(GoalResult(f"no_findings:{rule}", f"Geen opmerkingen {name}", not hits,
                                  f"nog {len(hits)}{': ' + quoted if quoted else ''}" if hits else ""))
    average = report["stats"]["avg_sentence_words"]
    if "max_avg_sentence_words" in goals:
        limit = goals["max_avg_sentence_words"]
        results.append(GoalResult("max_avg_sentence_words", f"Gemiddeld hoogstens {limit} woorden per zin",
                                  average <= limit, f"nu {average:.1f}".replace(".", ",")))
    if "max_sentence_words" in goals:
        longest = dimensions["sentence_length"]["metrics"].get("longest", 0)
        limit = goals["max_sentence_words"]
        results.append(GoalResult("max_sentence_words", f"Geen zin langer dan {limit} woorden",
                                  longest <= limit, f"langste zin nu {longest}"))
    for key in goals.get("present", ()):
        dimension, metric = key.split(".", 1)
        present = bool(dimensions.get(dimension, {}).get("metrics", {}).get(metric))
        results.append(GoalResult(f"present:{key}", PRESENT_LABELS[key], present, "" if present else "ontbreekt"))
    return results
